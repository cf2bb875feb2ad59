"""Full names the small model mislabels, recognised by a surname the article gives a person.

A transcript names its speakers by surname in the turn labels ("MS. O'MALLEY DILLON:") and
news refers to a person by courtesy title and surname ("Mr. Okafor"); the same article often
writes the full name once, which the small model, unsure of an unfamiliar or compound surname,
may tag as an organisation or a place ("Jen O'Malley Dillon" as ORG). A span of a first name
and exactly the words of such a surname is that person.

Each function takes and returns ``(start, end, label)`` token ranges in text order.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..knowledge.offices import HONORIFICS, OFFICE_WORDS, ORG_LAST_WORDS
from ..names import is_given_name
from .lexicon import TITLE_HEADS, Item

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Labels the model gives a person's full name when it does not know the surname.
_MISLABELS = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART"})


def _words(doc: "Doc", s: int, e: int) -> tuple[str, ...]:
    """Lower-case words of a name, hyphens dropped ("JEAN - PIERRE" -> ("jean", "pierre"))."""
    return tuple(t.lower_ for t in doc[s:e] if t.text not in ("-", "–"))


def _titled_surname(doc: "Doc", s: int) -> bool:
    """Token ``s`` follows a courtesy title or an office word ("Mr. | Okafor", "SENATOR | OKAFOR")."""
    j = s - 1
    if j >= 0 and doc[j].text == ".":
        j -= 1
    return j >= 0 and (doc[j].lower_.rstrip(".") in HONORIFICS or doc[j].lower_ in TITLE_HEADS)


def full_names_of_surnames(doc: "Doc", items: list[Item], lower: frozenset[str]) -> list[Item]:
    """Relabel as PERSON a span tagged as something else that is a first name followed by the
    whole surname of a person the article names by title and surname ("MS. O'MALLEY DILLON:" ...
    "Jen O'Malley Dillon" tagged ORG). The first word is a listed given name, or a capitalised
    word the article never writes in lower case; the span does not end in a company or body word
    ("Dillon Group")."""
    # spans that could be such a name first (cheap tests), the surnames only when there are some
    if not any(lab in _MISLABELS and e - s >= 2 and doc[s].is_title for s, e, lab in items):
        return items
    surnames: set[tuple[str, ...]] = set()
    for s, e, lab in items:
        if lab != "PERSON":
            continue
        titled = _titled_surname(doc, s)
        while s < e and (doc[s].lower_.rstrip(".") in HONORIFICS or doc[s].lower_ in TITLE_HEADS or doc[s].text == "."):
            s, titled = s + 1, True  # "Mr. Okafor" tagged whole
        if titled and s < e:
            surnames.add(_words(doc, s, e))
    if not surnames:
        return items
    longest = max(map(len, surnames))
    out: list[Item] = []
    for s, e, lab in items:
        if lab in _MISLABELS and e - s >= 2:
            first = doc[s]
            tail = _words(doc, s + 1, e)
            if (len(tail) <= longest and tail in surnames and first.is_title and first.is_alpha
                    and first.lower_ not in OFFICE_WORDS and first.lower_ not in TITLE_HEADS
                    and doc[e - 1].lower_ not in ORG_LAST_WORDS
                    and (is_given_name(first.text) or first.lower_ not in lower)):
                lab = "PERSON"
        out.append((s, e, lab))
    return out
