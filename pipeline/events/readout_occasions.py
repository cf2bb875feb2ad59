"""When and where the acts reported of a meeting happened: at the meeting, when it is dated.

A readout or a news report opens with a meeting or call dated by the text ("met today with X",
"spoke by phone on Friday with Y", "met in Washington on October 25"), then reports what its
participants did there: "President Biden thanked X", "He raised concerns about Z", "The two
leaders affirmed ...". Those acts carry no date or place of their own, but the text has stated
both: they happened at the meeting. The annotation guide dates and places them so, and an act
whose own clause states a date or place keeps it.

The occasion is a CONSULT event dated to a day shortly before (or on) the publication date; an
older consultation named in passing ("follows their April 2 call", "since the Camp David summit
in August 2023") is background and does not replace it. Only acts of the occasion's
participants (its actor and the ones it met, as entities) take its date and place (an act its
own clause dates otherwise, "X hosted the forum in May", is not placed there); what others
did ("Russia's war against Ukraine") is not an act of the meeting, nor is what they "will" do
or "had" done before it, nor what the text sets days off it ("two weeks later").
A participant's act dated only by the setting of a pair named in another sentence ("they"
after "numerous trilateral dialogues this year") takes the meeting's date instead; a date in
a phrase the act governs ("welcomed the 10 July statement") is not the act's
(:mod:`.embedded_dates`).

An act is dated to the day: a time of day ("this afternoon", TIMEX "2023-02-06TAF") is cut to
its date, the granularity the guide's event dates have.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ..records import Event, TimeExpression
from .embedded_dates import index_at, sentence_start
from .governing_dates import act_governors

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

RECENT_DAYS = 7
"""how many days before publication a dated meeting can be the occasion a report is about"""


def _day(value: str | None) -> date | None:
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _recent(value: str | None, published: date | None) -> bool:
    day = _day(value)
    return day is not None and published is not None and published - timedelta(days=RECENT_DAYS) <= day <= published


FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo", "’ll"})
"""auxiliaries of an act still to come ("the leaders will discuss X"): not done at the meeting"""


def _not_then(token: "Token") -> bool:
    """Whether the clause of a trigger word puts the act at another time than the meeting's:
    the future ("will discuss", "will make a commitment") or the pluperfect, an act before the
    meeting ("had accused", "had imposed sanctions"); read on the trigger's own verb, else the
    verb it is the object of."""
    for t in (token, *token.ancestors):
        if any(c.dep_ == "aux" and (c.lower_ in FUTURE_AUX or c.lower_ == "had" and t.tag_ == "VBN")
               for c in t.children):
            return True
        if t.pos_ in ("VERB", "AUX"):
            return False
    return False


_DAY_UNITS = frozenset({"day", "week", "fortnight", "month", "year"})
"""units of a span that moves an act off the meeting's day ("two weeks later"; "hours later" may not)"""
_SHIFTS = frozenset({"later", "earlier", "afterwards", "afterward", "ago", "before", "after"})
"""adverbs a span of time measures off the meeting ("two weeks later", "a month earlier")"""


def _another_day(trigger: "Token") -> bool:
    """Whether the act's clause moves it a span of days off the meeting ("Two weeks later, X
    imposed", "days later, X signed"): the text dates it relative to the meeting, not at it
    ("the next day" is a date of its own, which the act keeps). Read on the trigger and the
    words governing its clause (:func:`.governing_dates.act_governors`)."""
    doc = trigger.doc
    for i in act_governors(trigger):
        for c in doc[i].children:
            if c.dep_ == "advmod" and c.lower_ in _SHIFTS and any(
                    n.dep_ == "npadvmod" and n.lemma_.lower() in _DAY_UNITS for n in c.children):
                return True
    return False


def _to_day(ev: Event) -> Event:
    """An act is dated to its day: "this afternoon" (TIMEX "2023-02-06TAF") dates it 2023-02-06."""
    value = ev.date_value
    if value and len(value) > 10 and value[10] == "T" and _day(value) is not None:
        return replace(ev, date_value=value[:10])
    return ev


def _participants(events: list[Event], at: int) -> set[str]:
    """Entity ids on either side of the consultation(s) whose trigger starts at ``at``."""
    out: set[str] = set()
    for ev in events:
        if ev.trigger.start == at:
            out.update(x for x in (ev.actor, ev.recipient) if x)
    return out


def _other_sentence(doc: "Doc", starts: list[int], trigger: "Token", expr: TimeExpression | None) -> bool:
    """Whether an event's date was written in another sentence (the setting of a pair named
    before, :class:`.context.Context`), not in the act's own."""
    return expr is not None and sentence_start(doc, index_at(starts, expr.evidence.start)) != \
        sentence_start(doc, trigger.i)


def dated_by_occasion(doc: "Doc", events: tuple[Event, ...], dates: Mapping[str, TimeExpression],
                      published: str | None, starts: list[int], triggers: list["Token"]) -> tuple[Event, ...]:
    """Events with the date and place of the dated meeting they were done at, when their own
    clause states neither (rules in the module docstring).

    Args:
        doc: The parsed document (the tense of each act's clause is read from it).
        events: The document's events, in text order.
        dates: The document's time expressions by id.
        published: The publication date (ISO), or None: then only the day cut applies.
        starts: Each token's start offset in the article text.
        triggers: Each event's trigger token.
    """
    if not events:
        return events
    out = [_to_day(ev) for ev in events]
    pub = _day(published)
    if pub is None:
        return tuple(out)
    occasion: tuple[int, set[str], str | None, str | None, str | None] | None = None
    # (trigger start, participants, date id, date value, location)
    for i, ev in enumerate(out):
        if ev.type == "CONSULT" and _recent(ev.date_value, pub) and ev.actor:
            if occasion is None or occasion[0] != ev.trigger.start:
                occasion = (ev.trigger.start, _participants(out, ev.trigger.start), ev.date, ev.date_value, ev.location)
            continue
        if occasion is None or ev.trigger.start <= occasion[0] or ev.actor not in occasion[1]:
            continue
        if _not_then(triggers[i]) or _another_day(triggers[i]):
            continue
        if ev.date_value is None or _other_sentence(doc, starts, triggers[i], dates.get(ev.date or "")):
            ev = replace(ev, date=occasion[2], date_value=occasion[3])
        if ev.location is None and occasion[4] is not None and ev.date_value == occasion[3]:
            # (an act dated otherwise, "hosting the forum in May", was done on another occasion)
            ev = replace(ev, location=occasion[4])
        out[i] = ev
    return tuple(out)
