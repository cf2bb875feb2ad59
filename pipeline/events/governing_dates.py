"""An act's date written on a word that governs the act's own clause.

"Today, I am proud to announce $2.5 billion in assistance": "today" hangs on "am", the act
("announce ... assistance") is its complement, so the date is the act's. "The African Union on
Wednesday condemned the shelling and called on the parties to ...": a date written before the
first of two verbs that share a subject dates both. The clause finder of :mod:`.arguments`
cuts an act's clause at its own verb, so these dates were not seen.

The climb from the trigger follows only the links that keep the same act: an infinitive or
adjective complement ("proud to announce", "honored to welcome"), an object ("announce
assistance"), a preposition ("support for"), and a coordinated verb (where only a date written
before the first verb counts). It stops at a clause of reported speech ("said that ..."), an
adverbial or relative clause, and a phrase of another time ("passed the bill on Friday, after a
late-night deal"): the date there dates another act.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING

from ..records import Event, TimeExpression
from .embedded_dates import date_head, index_at, sentence_start
from .purposes import CONSULTATION_VERBS, purpose_infinitive

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_SAME_ACT = frozenset({"xcomp", "acomp", "dobj", "pobj", "prep", "attr"})
"""links from a word up to a word whose date is that act's date"""
_OTHER_TIME_PREPS = frozenset({"after", "before", "since", "following", "until", "till", "ahead", "prior", "amid",
                               "during", "despite"})
"""prepositions that set an act beside the governing verb's, at another time ("passed the bill on
Friday, after a late-night deal"): the verb's date is not the act's"""


def act_governors(trigger: "Token") -> dict[int, bool]:
    """Token index -> whether only a date written before it counts (a verb the act's verb is
    coordinated with), for the trigger and the words governing its clause."""
    out = {trigger.i: False}
    cur = trigger
    while cur.head.i != cur.i:
        if cur.dep_ in _SAME_ACT and not (cur.dep_ == "prep" and cur.lower_ in _OTHER_TIME_PREPS):
            cur = cur.head
            out.setdefault(cur.i, False)
        elif cur.dep_ == "conj" and cur.pos_ == "VERB" and cur.head.pos_ == "VERB":
            cur = cur.head
            out.setdefault(cur.i, True)
        elif cur.dep_ == "advcl" and purpose_infinitive(cur) and cur.head.lemma_.lower() in CONSULTATION_VERBS:
            cur = cur.head  # "On May 2, X went to Lima to meet Y": the trip's date is the meeting's
            out.setdefault(cur.i, False)
        else:
            break
    return out


def _attached(date_head: "Token", governors: Mapping[int, bool]) -> bool:
    t = date_head
    while t.i not in governors:
        if t.head.i == t.i or (t is not date_head and t.pos_ != "ADP"):
            return False
        t = t.head
    return not governors[t.i] or date_head.i < t.i


def governed_dates(doc: "Doc", events: tuple[Event, ...], dates: Mapping[str, TimeExpression],
                   starts: list[int], triggers: list["Token"]) -> tuple[Event, ...]:
    """Events whose clause states no date, dated by a date on a word governing that clause
    (rules in the module docstring).

    Args:
        doc: The parsed document.
        events: The document's events.
        dates: The document's time expressions by id (DATE and TIME ones date acts).
        starts: Each token's start offset in the article text.
        triggers: Each event's trigger token.
    """
    undated = {i: triggers[i] for i, ev in enumerate(events) if ev.date_value is None}
    if not undated:
        return events
    needed = {sentence_start(doc, t.i) for t in undated.values()}
    by_sentence: dict[int, list[tuple["Token", TimeExpression]]] = {}
    for expr in dates.values():
        if expr.type not in ("DATE", "TIME") or expr.value is None:
            continue
        sent = sentence_start(doc, index_at(starts, expr.evidence.start))
        if sent not in needed:
            continue  # (only the sentences of undated acts are read)
        head = date_head(doc, starts, expr)
        if head is not None:
            by_sentence.setdefault(sent, []).append((head, expr))
    out = []
    for i, ev in enumerate(events):
        trigger = undated.get(i)
        if trigger is not None:
            found = by_sentence.get(sentence_start(doc, trigger.i))
            if found:
                governors = act_governors(trigger)
                near = [(abs(h.i - trigger.i), expr) for h, expr in found if _attached(h, governors)]
                if near:
                    expr = min(near, key=lambda x: x[0])[1]
                    ev = replace(ev, date=expr.id, date_value=expr.value)
        out.append(ev)
    return tuple(out)
