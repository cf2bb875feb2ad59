"""Bylines and credits: the people who wrote, photographed or edited an article are not people
the article reports on, and the annotation guide's persons are the people a text names as
part of what it says.

News marks them by form, not by meaning:

- a byline, a short line of its own that starts with "By" and states nothing ("By Ana Ruiz and
  Tom Hale, Associated Press");
- a credit cue before the name on its line: "Photo:", "Photo by", "Photograph by", "Credit:",
  "Reporting by", "Editing by", "Writing by", "Additional reporting by";
- a photographer and an agency joined by a slash, written without spaces ("AP Photo/Ana Ruiz",
  "Ana Ruiz/AFP").

:func:`credited_names` drops the PERSON items that stand in one of those places.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from ..knowledge.wordlists import word_set
from ..names import is_given_name
from ..tokenarrays import line_breaks
from .lexicon import PERSON_NOUNS, TITLE_HEADS, Item

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Nouns of a credit line: "Photo: Ana Ruiz", "Reporting by Ana Ruiz; Editing by Tom Hale".
_CREDIT_NOUNS = word_set("entities", "credit_line_words")
# Finite verbs and modals: a line with one says something, so "By" starts a sentence, not a byline.
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_BYLINE_MAX_TOKENS = 16
_SLASHES = frozenset({"/", "|"})


def _line_start(doc: "Doc", i: int, limit: int) -> int | None:
    """Start of the line holding token ``i``, None when it is more than ``limit`` tokens back."""
    stop = max(i - limit, 0)
    while i > stop and not (doc[i - 1].is_space and "\n" in doc[i - 1].text):
        i -= 1
    return i if i == 0 or doc[i - 1].is_space and "\n" in doc[i - 1].text else None


def _line_end(doc: "Doc", i: int) -> int:
    if i >= len(doc):
        return i
    breaks = line_breaks(doc)
    k = bisect_left(breaks, i)  # the first line break at or after i
    return breaks[k] if k < len(breaks) else len(doc)


def _byline(doc: "Doc", start: int) -> bool:
    """The line starting at token ``start`` is a byline: "By" first, short, no finite verb, no
    sentence end."""
    end = _line_end(doc, start)
    if doc[start].lower_ != "by" or end - start > _BYLINE_MAX_TOKENS:
        return False
    toks = doc[start:end]
    return not any(t.tag_ in _FINITE for t in toks) and not (toks[-1].text in (".", "!", "?") and len(toks) > 1
                                                            and not toks[-2].text.endswith("."))


def _credit_cue(doc: "Doc", line_start: int, s: int) -> bool:
    """A credit noun before the name on its line, followed by ":" or "by" ("Photo by | Ana Ruiz",
    "Credit: | Ana Ruiz"), with at most a few words between the cue and the name."""
    for j in range(max(line_start, s - 6), s):  # a few words back on the line
        if doc[j].lower_ in _CREDIT_NOUNS and j + 1 < len(doc) and doc[j + 1].lower_ in (":", "by", "/"):
            return True
    return False


def _credit_side(text: str, orgs: set[str]) -> bool:
    """The other side of a credit's slash: "Photo", an agency in capitals ("AFP") or an
    organisation the model tagged ("Reuters")."""
    word = text.strip()
    return word.lower() in _CREDIT_NOUNS or (word.isupper() and word.isalpha()) or word in orgs


def _slashed(doc: "Doc", s: int, e: int, orgs: set[str]) -> bool:
    """The name touches a slash written without spaces whose other side is a credit word or an
    agency ("AP Photo/Ana Ruiz", "Reuters/Ana Ruiz", "Ana Ruiz/AFP"; not "Biden/Harris"), or holds
    one ("Ana Ruiz/AFP" tagged whole)."""
    n = len(doc)
    if s > 1 and doc[s - 1].text in _SLASHES and not doc[s - 2].whitespace_ and not doc[s - 1].whitespace_:
        return _credit_side(doc[s - 2].text, orgs)
    if e + 1 < n and doc[e].text in _SLASHES and not doc[e - 1].whitespace_ and not doc[e].whitespace_:
        return _credit_side(doc[e + 1].text, orgs)
    for t in doc[s:e]:
        left, slash, right = t.text.partition("/")
        if slash and (_credit_side(left, orgs) or _credit_side(right, orgs)):
            return True
    return False




def credited_names(doc: "Doc", items: list[Item]) -> list[Item]:
    """The items without the PERSON spans of bylines and credit lines (see the module
    docstring); a person's name elsewhere in the text is kept there."""
    orgs = {doc[s:e].text for s, e, lab in items if lab == "ORG"}
    out: list[Item] = []
    for s, e, lab in items:
        if lab == "PERSON" and s < e:
            line_start = _line_start(doc, s, _BYLINE_MAX_TOKENS)
            if (_slashed(doc, s, e, orgs) or _credit_cue(doc, 0 if line_start is None else line_start, s)
                    or line_start is not None and _byline(doc, line_start)):
                continue
        out.append((s, e, lab))
    return out


# Words before the comma of a form of address: "Thank you, Dana.", "Go ahead, Sam.", "Yes, Lee?"
_ADDRESS_CUES = frozenset({"thanks", "thank", "you", "ahead", "yes", "yeah", "hi", "hey", "hello", "okay", "ok",
                           "sure", "please", "morning", "afternoon", "evening", "well", "no", "sorry", "right"})
_ADDRESS_ENDS = frozenset({",", ".", "?", "!", ";", ":", "—", "–"})


def addressed(doc: "Doc", s: int, e: int, *, conversation: bool = False) -> bool:
    """The one-word name ``[s, e)`` is a form of address ("Thank you, Dana.", "Go ahead, Sam."):
    in a transcript, the reporters and hosts a speaker calls on by first name, whom the text
    names for nothing else. In a ``conversation`` (a transcript with turn labels) a listed given
    name set off by commas is one too ("Just two things, Dana, on the budget"; "Q  Dana, on
    ..."), unless a noun for a person comes before it (an apposition: "my deputy, Dana,")."""
    if e - s != 1 or e >= len(doc):
        return False
    if doc[e].lower_ == "and" and e + 1 < len(doc) and doc[e + 1].lower_ in ("everyone", "everybody", "all"):
        e += 2  # "Hi, Sam and everyone."
    if e >= len(doc) or doc[e].text not in _ADDRESS_ENDS:
        return False
    if s >= 2 and doc[s - 1].text == "," and doc[s - 2].lower_ in _ADDRESS_CUES:
        return True
    if not conversation or not is_given_name(doc[s].text):
        return False
    if s >= 2 and doc[s - 1].text == ",":
        return doc[s - 2].lower_ not in PERSON_NOUNS and doc[s - 2].lower_ not in TITLE_HEADS
    # first word of a turn: after the line break or the questioner's "Q"
    return doc[e].text == "," and (s == 0 or doc[s - 1].is_space or doc[s - 1].text in ("Q", ":"))
