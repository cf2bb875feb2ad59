"""Word-level checks on a date span's edges: a year that belongs to a name, an adverb a span may
end in that limits the claim rather than the time, the ordinal that completes a weekday
("Tuesday" + "the 4th"), a day coordinated with a dated one ("June 4" + "and" + "5, 2023"),
and a period that labels figures already reported."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..knowledge.wordlists import word_set
from .calendar import HOLIDAYS
from .lexicon import MONTHS, SEASONS, WEEKDAYS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["FOCUS_ADVERBS", "coordinated_day", "labels_reported_figures", "names_with_year", "ordinal_after_weekday"]

# Adverbs that a date span from the model may end in but that limit the claim, not the time:
# "in the second quarter alone", "in March only".
FOCUS_ADVERBS = frozenset({"alone", "only", "too", "also", "again"})

# Capitalised words a year may follow as a calendar reference, not a name: months, seasons,
# weekdays, fiscal and quarter words, era marks, and the last word of every holiday name
# ("Christmas 2019", "Election Day 2024", "New Year 2025").
_CALENDAR_BEFORE_YEAR = frozenset({*MONTHS, *SEASONS, *WEEKDAYS, "fiscal", "fy", "financial", "year", "quarter", "half",
                                   "q1", "q2", "q3", "q4", "h1", "h2", "cy", "ad", "bc", "ce", "bce",
                                   *(name.split()[-1] for name in HOLIDAYS)})

_ORDINAL_DAY = re.compile(r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)")


def names_with_year(tok: "Token") -> bool:
    """A capitalised proper noun right before a year makes the year part of a name ("APEC 2024",
    "Vision 2030", "Agenda 2063", "Euro 2024"), unless the word is itself a calendar word ("May
    2024", "Christmas 2019", "Fiscal 2025")."""
    return tok.pos_ == "PROPN" and (tok.is_title or tok.is_upper) and tok.whitespace_ != "" \
        and tok.lower_.rstrip(".") not in _CALENDAR_BEFORE_YEAR


def ordinal_after_weekday(doc: "Doc", e: int) -> int:
    """End of "the 4th" after a span ending in a weekday ("Tuesday the 4th", "Wednesday, the 5th"),
    which names the day of the month the weekday falls on; ``e`` when none follows."""
    if doc[e - 1].lower_ not in WEEKDAYS:
        return e
    k = e + 1 if e < len(doc) and doc[e].text == "," else e
    if k + 1 < len(doc) and doc[k].lower_ == "the" and _ORDINAL_DAY.fullmatch(doc[k + 1].lower_):
        return k + 2
    return e



# Nouns of figures a company or agency publishes after the period they cover.
_REPORTED = word_set("dates", "reported_figures")


def labels_reported_figures(doc: "Doc", s: int, e: int) -> bool:
    """A quarter or half that modifies the figures published for it ("will report third-quarter
    results", "first-half earnings are due"): the period is over whatever the verb's tense, so a
    future verb does not move it to next year."""
    last = doc[e - 1]
    if last.lower_ not in ("quarter", "half") and not (e - s == 1 and last.text in ("Q1", "Q2", "Q3", "Q4")):
        return False
    k = e
    while k < len(doc) and k < e + 3 and doc[k].pos_ in ("NOUN", "PROPN", "ADJ") and doc[k].lower_ not in _REPORTED:
        k += 1  # "third-quarter net profit", "Q3 GDP data"
    return k < len(doc) and doc[k].lower_ in _REPORTED


def coordinated_day(doc: "Doc", end: int, s: int) -> bool:
    """A span from ``s`` that starts with a day number coordinated with the month and day a span
    ending at ``end`` wrote ("June 4 and 5, 2023", "March 3 or 4"): the two are read as one
    expression, so the second day takes the month (and the first the year)."""
    return s == end + 1 and end >= 2 and doc[end].lower_ in ("and", "or", "&") and doc[s].is_digit \
        and doc[end - 1].is_digit and doc[end - 2].lower_.rstrip(".") in MONTHS


# Verbs and adjectives of expectation, intention and schedule whose "to"-infinitive names an
# event later than themselves ("expects to return to profit", "plans to open", "is due to
# report", "is set to close"); Quirk et al. group them as verbs of volition and expectation.
_PROSPECTIVE = word_set("dates", "prospective_words")


def prospective(verb: "Token") -> bool:
    """True when ``verb`` (the head of a "to"-infinitive) is a verb of expectation or intention in
    the present tense ("expects", "plan", "is expected", "are due"): the infinitive's time lies
    after the publication date. A past one ("said in May it expected to ...") looks ahead from a
    past moment, which may be over, so it says nothing."""
    if verb.lemma_.lower() not in _PROSPECTIVE:
        return False
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    # "is expected to", "are due to", "is set to": a present form of "be" with a participle or adjective
    if verb.tag_ not in ("VBN", "JJ"):
        return False
    if verb.dep_ == "acomp" and verb.head.tag_ in ("VBZ", "VBP"):
        return True  # "is due to", "are likely to": the adjective complements "is"
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in verb.children)
