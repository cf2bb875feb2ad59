"""Cooperative acts dated to a time still to come by their own words, not by "will".

English announces a scheduled meeting without a future auxiliary in two ways:

- the event noun carries its time: "the upcoming summit with President X", "a summit with China
  coming up on April 1st", "the Prime Minister's state visit next week", "next month's talks with
  Iran", "his forthcoming visit to Washington";
- a present-tense verb carries a later time adverbial: "Spain is hosting the NATO Summit next
  week", "the President is meeting Prime Minister X tomorrow", "hosts Chancellor Y next Friday"
  (:mod:`.scheduled_trips` does this for verbs of travel only).

Either way the act is planned, not done: the harmonised rule of the project's gold codes a
cooperative act that is scheduled as AGREE (PLOVER AGREE: "All cooperative actions reported in
future tense are also taken to imply intentions"), as it does "will meet". A time word alone is
not enough: "next" must date the act ("next week", "next month's"), not pick an item of a series
("the next generation of leaders", "the next phase of cooperation").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

LATER_ADJECTIVES = frozenset({"upcoming", "forthcoming", "impending"})
"""adjectives that place an event noun after the moment of the text ("the upcoming summit")"""

LATER_DAYS = frozenset({"tomorrow", "tonight"})
"""words that are by themselves a later time"""

LATER_MARKS = frozenset({"next", "later", "coming"})
"""words that make a time noun a later one ("next week", "later this month", "in the coming days")"""

TIME_NOUNS = frozenset({
    "day", "days", "week", "weeks", "weekend", "month", "months", "year", "spring", "summer",
    "autumn", "fall", "winter", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "morning", "afternoon", "evening", "night", "january", "february", "march", "april",
    "may", "june", "july", "august", "september", "october", "november", "december",
})
"""nouns of a span of time that "next", "later" or "coming" can date an act with"""

_ANAPHORIC = frozenset({"the", "that", "those"})
"""determiners that date a time noun from the narrative, not from the moment of the text"""
HOLDING_VERBS = frozenset({"host", "hold", "have", "convene", "attend", "chair", "co-host", "cohost", "join"})
"""verbs whose object is a meeting taking place ("is hosting the summit", "has talks with X")"""

_PRESENT_TAGS = frozenset({"VBZ", "VBP"})
_BE_PRESENT = frozenset({"is", "are", "am", "'s", "'re", "'m", "\u2019s", "\u2019re", "\u2019m"})
_TIME_DEPS = frozenset({"npadvmod", "advmod", "prep", "tmod", "obl", "poss", "compound", "nmod"})
"""dependencies by which a time phrase hangs on the act ("visit next week", "next week's talks",
"meets X on Friday", "is hosting the summit in the coming days")"""


def _later_word(tok: "Token") -> bool:
    """Whether ``tok`` is a word of a later time: "tomorrow", or "next"/"later"/"coming" on a
    noun of time ("next week", "later this month", "the coming days")."""
    low = tok.lower_
    if low in LATER_DAYS:
        return True
    if low not in LATER_MARKS:
        return False
    # ("later this month": "later" heads the phrase, the time noun hangs on it)
    nouns = [tok.head] if tok.head.lower_ in TIME_NOUNS and tok.head.i != tok.i else [
        c for c in tok.children if c.lower_ in TIME_NOUNS]
    # "the next day", "later that week" count from a time the narrative told, past or not;
    # "next week", "later this month" and "in the coming days" from the moment of the text
    return any(low == "coming" or not any(d.dep_ == "det" and d.lower_ in _ANAPHORIC for d in n.children)
               for n in nouns)


def _later_phrase(tok: "Token") -> bool:
    """Whether the phrase of ``tok`` (a dependent of the act) is a later time."""
    return any(_later_word(w) for w in tok.subtree)


def _coming_up(tok: "Token") -> bool:
    """Whether ``tok`` is the "coming" of "coming up"."""
    return tok.lemma_.lower() == "come" and tok.tag_ == "VBG" and any(
        p.dep_ == "prt" and p.lower_ == "up" for p in tok.children)


def _noun_later(noun: "Token") -> bool:
    """Whether an event noun names its own later time (module docstring, first case), or is
    what a present-tense verb with a later time holds ("is hosting the summit next week")."""
    for c in noun.children:
        if c.dep_ == "amod" and c.lower_ in LATER_ADJECTIVES:
            return True  # "the upcoming summit"
        if c.dep_ in _TIME_DEPS and c.i != noun.i and _later_phrase(c):
            return True  # "the state visit next week", "next week's talks"
    # "a summit with Japan coming up on June 3" (the parser may hang "coming" on the partner)
    if any(_coming_up(t) for t in noun.subtree if t.i != noun.i):
        return True
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in HOLDING_VERBS and _verb_later(noun.head)


def present_tense(verb: "Token") -> bool:
    """Whether ``verb`` is in the simple present or the present progressive."""
    if verb.tag_ in _PRESENT_TAGS:
        return True
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in _BE_PRESENT for c in verb.children)


def _verb_later(verb: "Token") -> bool:
    """Whether a present-tense verb is dated to a later time (module docstring, second case)."""
    if verb.pos_ not in ("VERB", "AUX") or not present_tense(verb):
        return False
    return any(c.dep_ in _TIME_DEPS and _later_phrase(c) for c in verb.children)


def later_act(tok: "Token") -> bool:
    """Whether the trigger word ``tok`` names a cooperative act scheduled for a later time
    without a future auxiliary ("the upcoming summit with X", "X is hosting the summit next
    week").

    Args:
        tok: The trigger word (an event noun or a verb).
    """
    if tok.pos_ in ("NOUN", "PROPN"):
        return _noun_later(tok)
    return _verb_later(tok)
