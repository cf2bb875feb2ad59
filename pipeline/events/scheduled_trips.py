"""Trips announced in the present tense for a time to come.

English announces a scheduled journey with the present progressive or the simple present and a
time still to come ("the Vice President is travelling to Ghana next week", "the Secretary travels
to Japan tomorrow"): the trip is planned, as "will travel" is, so a cooperative trip abroad is a
promise (AGREE by the harmonised future rule), not a visit made. A trip under way has no such
time ("is travelling in the region this week" names the present, not a later time).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .later_acts import present_tense

if TYPE_CHECKING:
    from spacy.tokens import Token

TRIP_VERBS = frozenset({"travel", "visit", "head", "fly", "journey"})
"""verbs of going somewhere that English schedules in the present tense"""

LATER_WORDS = frozenset({"tomorrow", "tonight", "next", "later", "upcoming", "coming"})
"""words of a time adverbial that places the act after the moment of the text ("next week",
"later this month", "in the coming days", "tomorrow")"""

_TIME_DEPS = frozenset({"npadvmod", "advmod", "prep", "tmod", "obl"})


def scheduled_trip(verb: "Token") -> bool:
    """Whether a trip verb in the present tense is dated to a later time ("is travelling to
    Ghana next week"), so that the trip is announced, not made.

    Args:
        verb: The trigger verb.
    """
    if verb.lemma_.lower() not in TRIP_VERBS or not present_tense(verb):
        return False
    return any(c.dep_ in _TIME_DEPS and any(w.lower_ in LATER_WORDS for w in c.subtree)
               for c in verb.children)
