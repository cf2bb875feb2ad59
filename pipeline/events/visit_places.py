"""Where an act was done when the text places it on a visit.

* "announced £40m in aid during a visit to Malawi", "signed the deal while visiting Kenya": an
  act done during a visit to a place was done there;
* "will travel to Lima, Peru to meet with President X and participate in the summit": what a
  trip is for is done where the trip goes (the trip's own location, :mod:`.venues`);
* "President X welcomed President Y for a State Visit", "hosted Z for an official visit": a
  host receives a visit at home, so the meeting is in the host's country;
* "met X on the margins of the G20 Leaders' Summit in Osaka", "spoke on the
  sidelines of the G20 summit in New Delhi": an act on the margins of a gathering was done
  where the gathering was;
* "traveled to Guatemala, Mexico and Honduras": one visit per country named (one event each,
  :mod:`.multiparty`), each in its own country, not all in the first one's.

Only a place the text names (a GPE entity with a country, or a seat of government) or the
host's own country is recorded, and only for acts whose own clause names no place.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from ..nlp import raw_text
from ..records import Entity, Event
from .embedded_dates import index_at, sentence_start
from .governing_dates import act_governors
from .titles import institution_country

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

VISIT_NOUNS = frozenset({"visit", "trip", "tour", "stop", "stopover", "journey"})
"""nouns of a journey to a place ("during a visit to Malawi")"""
DURING = frozenset({"during", "on"})
"""prepositions that put an act inside a journey ("during a visit to", "on a trip to")"""
MARGIN_NOUNS = frozenset({"margin", "margins", "sideline", "sidelines"})
"""nouns of what is done beside a gathering ("on the sidelines of the summit")"""
_WHERE_PREPS = frozenset({"in", "at"})
TRAVEL_VERBS = frozenset({"travel", "go", "fly", "head", "journey", "come", "visit", "return"})
"""verbs of going somewhere whose infinitive of purpose ("travel to X to meet Y") is done there"""
_JOURNEY_STEMS = ("visit", "trip", "tour", "stop", "journey", "margin", "sideline")
HOST_VERBS = frozenset({"welcome", "host", "receive"})
"""verbs of receiving a visitor"""


class _Places:
    """Token index -> ISO3 for the tokens of place names with a country, read from the entities
    the first time a phrase is looked up (most texts name no visit and never need it)."""

    def __init__(self, starts: list[int], entities: Iterable[Entity]) -> None:
        self._args = (starts, entities)
        self._map: dict[int, str] | None = None

    def get(self, i: int) -> str | None:
        if self._map is None:
            starts, entities = self._args
            self._map = {}
            for ent in entities:
                if ent.label == "GPE" and ent.country:
                    for m in ent.mentions:
                        first = index_at(starts, m.start)
                        last = index_at(starts, max(m.start, m.end - 1))
                        self._map.update((j, ent.country) for j in range(first, last + 1))
        return self._map.get(i)


def _place_of(tok: "Token | None", places: _Places) -> str | None:
    if tok is None:
        return None
    found = places.get(tok.i)
    if found:
        return found
    words = [c for c in tok.children if c.dep_ in ("compound", "amod", "det") and c.i < tok.i] + [tok]
    return institution_country(" ".join(t.text for t in sorted(words, key=lambda t: t.i)))


def _pobj(prep: "Token") -> "Token | None":
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


@lru_cache(maxsize=1)
def topic_on_verbs() -> frozenset[str]:
    """Lemmas of verbs whose "on" phrase is their topic ("briefed X on her trip to Y"; data:
    ``visit_topics.json``)."""
    raw = json.loads(resources.files("pipeline.data").joinpath("visit_topics.json").read_text("utf-8"))
    return frozenset(raw["topic_on_verbs"])


def during_visit(trigger: "Token", places: _Places) -> str | None:
    """The country of a visit the act was done on ("during a visit to Malawi", "while visiting
    Kenya"), or None. An "on" phrase of a verb of speaking about or judging ("briefed X on her
    trip to Y", "congratulated Y on his visit to Z") is the act's topic, not its occasion."""
    for i in act_governors(trigger):
        head = trigger.doc[i]
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ in DURING and not (
                    c.lower_ == "on" and head.lemma_.lower() in topic_on_verbs()):
                noun = _pobj(c)
                if noun is not None and noun.lemma_.lower() in VISIT_NOUNS:
                    to = next((p for p in noun.children if p.dep_ == "prep" and p.lower_ == "to"), None)
                    where = _place_of(_pobj(to), places) if to is not None else None
                    if where:
                        return where
            elif c.dep_ == "advcl" and c.lemma_.lower() == "visit" and any(
                    m.dep_ == "mark" and m.lower_ == "while" for m in c.children):
                where = _place_of(next((o for o in c.children if o.dep_ == "dobj"), None), places)
                if where:
                    return where
    return None


def _held_in(noun: "Token | None", places: _Places, depth: int = 2) -> str | None:
    """The country a gathering's noun phrase places it in ("the Summit in Osaka",
    "the summit of X in Y"), looking at most ``depth`` noun phrases down."""
    if noun is None or depth < 0:
        return None
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in _WHERE_PREPS:
            where = _place_of(_pobj(c), places)
            if where:
                return where
        elif c.dep_ == "prep" and c.lower_ == "of":
            where = _held_in(_pobj(c), places, depth - 1)
            if where:
                return where
    return None


def on_margins(trigger: "Token", places: _Places) -> str | None:
    """The country of the gathering an act was done on the margins of, or None."""
    for i in act_governors(trigger):
        for c in trigger.doc[i].children:
            if c.dep_ == "prep" and c.lower_ in ("on", "at"):
                noun = _pobj(c)
                if noun is not None and noun.lower_ in MARGIN_NOUNS:
                    of = next((p for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"), None)
                    where = _held_in(_pobj(of), places) if of is not None else None
                    if where:
                        return where
    return None


def _purpose_of(trigger: "Token") -> "Token | None":
    """The travel verb an act is the infinitive of purpose of ("travel to X to meet Y"), or None."""
    cur = trigger
    while cur.dep_ == "conj" and cur.head.i != cur.i:
        cur = cur.head
    if cur.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children) \
            and cur.head.lemma_.lower() in TRAVEL_VERBS:
        return cur.head
    return None


def _hosted_visit(trigger: "Token") -> bool:
    """Whether a host verb receives someone "for a (State) visit"."""
    if trigger.lemma_.lower() not in HOST_VERBS:
        return False
    doc = trigger.doc
    for j in range(trigger.i + 1, len(doc)):
        tok = doc[j]
        if tok.is_sent_start or tok.pos_ == "VERB":
            return False
        if tok.lower_ == "for":
            return any(doc[k].lemma_.lower() == "visit" and not doc[k].is_sent_start
                       for k in range(j + 1, min(j + 5, len(doc))))
    return False


def _journey_sentences(doc: "Doc", starts: list[int]) -> set[int]:
    """Starts of the sentences whose text names a journey or a meeting's margins (found in the
    text, not by reading every token)."""
    low = raw_text(doc).lower()
    found = set()
    for stem in _JOURNEY_STEMS:
        at = low.find(stem)
        while at >= 0:
            found.add(sentence_start(doc, index_at(starts, at)))
            at = low.find(stem, at + len(stem))
    return found


def _one_place_each(triggers: list["Token"], events: list[Event], entities: Iterable[Entity]) -> list[Event]:
    """Visits to several countries from one trigger, each placed in its own country (a
    meeting of several, "met in Oslo", stays where it was)."""
    by_trigger: dict[int, list[int]] = {}
    for i, ev in enumerate(events):
        if ev.type in ("CONSULT", "AGREE") and ev.location is not None:
            by_trigger.setdefault(ev.trigger.start, []).append(i)
    groups = [g for g in by_trigger.values() if len(g) > 1
              and triggers[g[0]].lemma_.lower() in TRAVEL_VERBS | VISIT_NOUNS]
    if not groups:
        return events
    countries = {e.id: e.country for e in entities if e.label == "GPE" and e.country}
    for group in groups:
        dest = [countries.get(events[i].recipient or "") for i in group]
        if all(dest) and len(set(dest)) == len(dest) and events[group[0]].location in dest \
                and all(events[i].location == events[group[0]].location for i in group):
            for i, code in zip(group, dest):
                events[i] = replace(events[i], location=code)
    return events


def visit_places(doc: "Doc", events: tuple[Event, ...], entities: Iterable[Entity],
                 starts: list[int], triggers: list["Token"]) -> tuple[Event, ...]:
    """Events placed by the visit they were done on (rules in the module docstring).

    Args:
        doc: The parsed document.
        events: The document's events.
        entities: The document's entities.
        starts: Each token's start offset in the article text.
        triggers: Each event's trigger token.
    """
    events = _one_place_each(triggers, list(events), entities)
    if all(ev.location is not None for ev in events):
        return tuple(events)
    places = _Places(starts, entities)
    placed_at = {t.i: ev.location for ev, t in zip(events, triggers) if ev.location}
    journeys = _journey_sentences(doc, starts)
    # (the phrases of a visit or of a meeting's margins are looked for only in sentences naming one)
    out = []
    for ev, trigger in zip(events, triggers):
        if ev.location is None:
            trip = _purpose_of(trigger)
            where = (during_visit(trigger, places) or on_margins(trigger, places)
                     if sentence_start(doc, trigger.i) in journeys else None) or (
                placed_at.get(trip.i) if trip is not None else None)
            if where is None and ev.type == "CONSULT" and ev.actor_country and _hosted_visit(trigger):
                where = ev.actor_country
            if where is not None:
                ev = replace(ev, location=where)
        out.append(ev)
    return tuple(out)
