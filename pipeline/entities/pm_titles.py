"""Names written after the abbreviated title "PM" (prime minister: "PM Jane Roe", "Britain's PM Roe").

"PM" is the usual short form of "Prime Minister" in British, Indian and Australian news (Collins
English Dictionary and Oxford Learner's Dictionaries, "PM": prime minister); the statistical NER
seldom tags the name after it, or takes the whole "PM Roe" for an organisation. The same letters
are the clock's "post meridiem" ("at 5 PM", "4:18 PM Friday") and part of "PM2.5": a "PM" after a
number, or in a line written all in capitals, is no title; in a title-case headline ("PM Roe
Visits Japan") the capitals show no end of the name, and the line is left to the model. The title itself stays out of the span.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..knowledge.offices import OFFICE_WORDS
from ..nlp import text as doc_text
from .lexicon import Item

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["CALENDAR_WORDS", "pm_names"]

# names of days and months: "at 9 PM Monday" when the number is written a line before is rare, but
# a capitalised day or month after "PM" is a date, never a name
CALENDAR_WORDS = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
})
_MAX_NAME = 4
_WORD = re.compile(r"[^\W\d_]{2,}")


def _clock(doc: "Doc", i: int) -> bool:
    """Whether the "PM" at ``i`` is a time of day: a number, or a clock time, is written before it."""
    return i > 0 and (doc[i - 1].like_num or any(ch.isdigit() for ch in doc[i - 1].text))


def _line_words(doc: "Doc", i: int) -> list[str]:
    """The words of the line of token ``i`` other than "PM" (the model's sentences can cut a
    headline at the title)."""
    text = doc_text(doc)
    lo = text.rfind("\n", 0, doc[i].idx) + 1
    hi = text.find("\n", doc[i].idx)
    line = text[lo:hi if hi >= 0 else len(text)]
    return [w for w in _WORD.findall(line) if w != "PM"]


def _shouting(doc: "Doc", i: int) -> bool:
    """Whether the line of token ``i`` is written all in capitals (a headline or a label)."""
    words = _line_words(doc, i)
    return bool(words) and all(w.isupper() for w in words)


def _title_case(doc: "Doc", i: int) -> bool:
    """Whether the line of token ``i`` is a headline in title case (every word of four letters or more capitalised),
    where the capitals after a name are no sign of it going on ("PM Roe Visits Japan")."""
    longer = [w for w in _line_words(doc, i) if len(w) > 3]
    return len(longer) >= 3 and all(w[:1].isupper() for w in longer)


def _name_end(doc: "Doc", i: int) -> int:
    """The end of the run of capitalised name words after token ``i`` (``i + 1`` when none)."""
    j = i + 1
    while (j < len(doc) and j - i <= _MAX_NAME and doc[j].is_title and doc[j].is_alpha
           and doc[j].lower_ not in OFFICE_WORDS and doc[j].lower_ not in CALENDAR_WORDS
           and doc[j].ent_type_ not in ("GPE", "NORP", "DATE", "TIME", "ORG") or
           j < len(doc) and j > i + 1 and doc[j].text == "-" and j + 1 < len(doc) and doc[j + 1].is_title):
        j += 1
    while j > i + 1 and doc[j - 1].text == "-":
        j -= 1
    return j


def pm_names(doc: "Doc", items: list[Item]) -> list[Item]:
    """The spans with a PERSON for each name written after a title "PM" the model missed or
    took with the title into another span.

    Args:
        doc: The parsed article.
        items: The entity spans as ``(start, end, label)``.

    Returns:
        The spans, sorted, with the name after each "PM" a PERSON and the title outside it.
    """
    # (a token "PM" is written in the text: most articles have none, and the token loop is skipped)
    hits = [t.i for t in doc if t.text == "PM"] if "PM" in doc_text(doc) else []
    if not hits:
        return items
    out = list(items)
    for i in hits:
        # a headline in capitals or in title case shows no end of the name: left to the model
        if _clock(doc, i) or _shouting(doc, i) or _title_case(doc, i):
            continue
        e = _name_end(doc, i)
        if e == i + 1:
            continue
        # a PERSON span running past the capitalised words keeps its end ("PM Jane Roe-Smith")
        e = max([e] + [en for s, en, lab in out if lab == "PERSON" and s < e and en > i])
        out = [(s, en, lab) for s, en, lab in out if en <= i or s >= e]
        out.append((i + 1, e, "PERSON"))
    return sorted(out)
