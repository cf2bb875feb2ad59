"""A date written inside a phrase or clause the act governs dates that phrase, not the act.

"welcomed the 3 March 2021 statement by Norway": the statement is of 3 March, the welcome is
not; "thanked X for hosting the Dialogue in May": the hosting was in May; "conveyed support for
the plan agreed by ministers in June": the agreeing was in June; "condemned the missile
launches this year": the launches. The clause of the act holds such a date, but the act's own
clause does not state its date, so the event's date is left unstated (or taken from the
meeting it was done at, :mod:`.readout_occasions`).

A date belongs to the act when the dependency path from the date up to the act's trigger (or to
a verb the trigger hangs on: "On Monday, X said it would impose ...") passes through no other
verb and the date is not written before a noun other than the trigger ("the March 2019 bombing"
is the bombing's date; "signed the 2011 border treaty": an agreement is dated by its making).
A date after a noun ("the withdrawal of soldiers in December",
"imposed sanctions last week") is left with the act: the parser often hangs an act's date on
its object.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.attrs import SENT_START

from ..records import Event, TimeExpression

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_VERBS = frozenset({"VERB", "AUX"})
_NOUN_MODIFIER_DEPS = frozenset({"compound", "nmod", "amod", "nummod", "poss"})
"""a date written before a common noun, inside its phrase ("the 3 March 2021 statement", "last
year's summit"); one after it ("sanctions last week") is often the verb's, misattached"""


_SENTENCES_KEY = "newsie_events_sentence_starts"


def sentence_start(doc: "Doc", i: int) -> int:
    """Index of the first token of token ``i``'s sentence (the sentence starts are read once per
    Doc from its array and kept in its ``user_data``, not through ``Token.sent``, which walks
    the sentence on every call)."""
    found = doc.user_data.get(_SENTENCES_KEY)
    if found is None:
        flags = doc.to_array(SENT_START)
        found = doc.user_data[_SENTENCES_KEY] = [0] + [j for j in (flags == 1).nonzero()[0].tolist() if j]
    return found[bisect_right(found, i) - 1]


def index_at(starts: list[int], offset: int) -> int:
    """Index of the token whose range starts at or before the article offset ``offset``."""
    return max(0, bisect_right(starts, offset) - 1)


def token_at(doc: "Doc", starts: list[int], offset: int) -> "Token":
    """The token of ``doc`` whose range starts at or before the article offset ``offset``."""
    return doc[index_at(starts, offset)]


def date_head(doc: "Doc", starts: list[int], expr: TimeExpression) -> "Token | None":
    """The syntactic head of a time expression's tokens (the one whose head lies outside them)."""
    lo = index_at(starts, expr.evidence.start)
    hi = max(lo, index_at(starts, max(expr.evidence.start, expr.evidence.end - 1)))
    return next((t for t in (doc[j] for j in range(lo, hi + 1)) if not lo <= t.head.i <= hi or t.head.i == t.i), None)


def embedded(date_head: "Token", trigger: "Token", typ: str = "") -> bool:
    """Whether a date (its head token) dates something the act governs, not the act (rules in
    the module docstring). A date outside the act's sentence is not judged here."""
    if sentence_start(date_head.doc, date_head.i) != sentence_start(trigger.doc, trigger.i):
        return False
    chain = {trigger.i, *(a.i for a in trigger.ancestors)}
    t = date_head
    while t.i not in chain:
        head = t.head
        if head.i == t.i:
            return False  # (the date is in another branch of the sentence: left as it was found)
        if head.i not in chain and (head.pos_ in _VERBS or (
                head.pos_ == "NOUN" and t.dep_ in _NOUN_MODIFIER_DEPS and t.i < head.i
                and not (typ == "AGREE" and head.dep_ == "dobj" and head.head.i == trigger.i))):
            return True
        t = head
    return False


def without_embedded_dates(doc: "Doc", events: tuple[Event, ...], dates: Mapping[str, TimeExpression],
                           starts: list[int], triggers: list["Token"]) -> tuple[Event, ...]:
    """Events whose date dates a phrase the act governs, with that date removed.

    Args:
        doc: The parsed document.
        events: The document's events.
        dates: The document's time expressions by id.
        starts: Each token's start offset in the article text (:func:`pipeline.syntax.token_ranges`).
        triggers: Each event's trigger token.
    """
    out = []
    for ev, trigger in zip(events, triggers):
        expr = dates.get(ev.date or "")
        if expr is not None:
            head = date_head(doc, starts, expr)
            if head is not None and embedded(head, trigger, ev.type):
                ev = replace(ev, date=None, date_value=None)
        out.append(ev)
    return tuple(out)
