"""Events against gold (contract 1.1): who did what to whom, in PLOVER categories.

* ``events_actor``: same ``type`` and the actor matches; ``events_actor_recipient``: also the
  recipient matches. Greedy one-to-one: each gold event, in text order, takes the free
  compatible prediction whose evidence overlaps its own, else the nearest one, else the first.
  Location and date accuracy are reported on the ``events_actor`` pairs whose gold states them.

An actor (or recipient) is compared as a *side*: a name, the ISO3 of the government it belongs
to (``actor_country``) and, when the side is a country as a whole, that country's code. Gold
gives a name ("Jake Sullivan", "NATO") or an ISO3 ("USA" for "the United States"); a record
gives an entity id plus ``actor_name``, and the entity says whether it is a place. Two sides
match when:

* the names match (the person-name rule of roles: the tokens of one name are all among the
  tokens of the other, "Sullivan" ~ "Jake Sullivan"); or
* the names match once plural endings are dropped: a group is named by its members' plural or
  their adjective ("Houthis" ~ "Houthi"); or
* one name is the acronym of the other: an organisation written once in full and once by its
  initials ("EU" ~ "European Union", "U.N." ~ "United Nations", "IAEA" ~ "International Atomic
  Energy Agency"; function words such as "of" and "the" give no letter, but may, as in
  "Organisation of American States" ~ "OAS" or "Food and Agriculture Organization" ~ "FAO"); or
* the gold side is an ISO3 equal to the predicted side's ``*_country`` ("USA" ~ "Joe Biden",
  actor_country USA) or to the code of a predicted country (a GPE entity with that country:
  "the United States", or a capital standing for its government, "Seoul"); or
* the gold side is null: the prediction is null too, or it is a country whose code is the
  gold ``*_country`` (annotators code "a visit to South Korea" with recipient null and
  recipient_country KOR; naming the country is not a different event).

A null predicted side never matches a gold side that names someone, whatever its ``*_country``.

Gold ``optional`` events (seed) and ``uncertain`` events (statements) are not required: a
prediction compatible with one is neither a true nor a false positive.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .compare import evidence_span, name_tokens, names_match, spans_overlap
from .matching import ItemScore, greedy_matching, score_items

EVENT_METRICS = ("events_actor", "events_actor_recipient")
_ISO3 = re.compile(r"^[A-Z]{3}$")
_ACRONYM = re.compile(r"^(?:[A-Z]\.?){2,8}$")
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_FUNCTION_WORDS = frozenset({"of", "the", "and", "for", "on", "in", "&", "to", "de", "du", "des"})
PLACE_LABELS = frozenset({"GPE"})
"""Entity labels whose ``country`` makes an event side "a country as a whole"."""


@dataclass(frozen=True, slots=True)
class Side:
    """One side of an event (actor or recipient), in comparable form."""

    name: str | None
    country: str | None
    code: str | None
    """ISO3 when the side is a country or government as a whole, else None."""


def _iso3(value: Any) -> str | None:
    return value if isinstance(value, str) and _ISO3.match(value) else None


def _upper(value: Any) -> str | None:
    return str(value).upper() if value else None


def gold_side(event: Mapping, key: str) -> Side:
    """The ``actor`` or ``recipient`` side of a gold (annotation-style) event."""
    name = event.get(key) or None
    return Side(name=name, country=_upper(event.get(f"{key}_country")), code=_iso3(name))


def record_side(event: Mapping, key: str, entities: Mapping[str, Mapping]) -> Side:
    """The ``actor`` or ``recipient`` side of a record event (entity id plus ``*_name``)."""
    ent = entities.get(event.get(key) or "") or {}
    name = event.get(f"{key}_name") or ent.get("name") or None
    code = _upper(ent.get("country")) if ent.get("label") in PLACE_LABELS else None
    return Side(name=name, country=_upper(event.get(f"{key}_country")), code=code or _iso3(name))


def _initials(name: str, *, skip_function_words: bool) -> str:
    words = _WORD.findall(name.replace("-", " "))
    return "".join(w[0].upper() for w in words if not (skip_function_words and w.lower() in _FUNCTION_WORDS))


def acronym_match(a: str | None, b: str | None) -> bool:
    """Whether one name is the acronym of the other ("EU" ~ "European Union").

    The short name must be written in capitals (dots allowed: "U.N."), two to eight letters; the
    long name must have as many words as the acronym has letters (function words may or may not
    give a letter: "FAO" ~ "Food and Agriculture Organization", "OAS" ~ "Organization of
    American States").
    """
    if not a or not b:
        return False
    for short, long in ((a.strip(), b.strip()), (b.strip(), a.strip())):
        if not _ACRONYM.match(short) or len(long.split()) < 2:
            continue
        letters = short.replace(".", "")
        if letters in (_initials(long, skip_function_words=True), _initials(long, skip_function_words=False)):
            return True
    return False


def _singular_tokens(name: str) -> frozenset[str]:
    return frozenset(t[:-1] if len(t) > 3 and t.endswith("s") else t for t in name_tokens(name))


def plural_match(a: str | None, b: str | None) -> bool:
    """Whether two names match once a plural "-s" is dropped from their words ("Houthis" ~
    "Houthi", "the Taliban" ~ "Taliban"): the name rule on singular word forms."""
    ta, tb = _singular_tokens(a or ""), _singular_tokens(b or "")
    return bool(ta and tb) and (ta <= tb or tb <= ta)


def sides_match(gold: Side, pred: Side) -> bool:
    """Whether a predicted side matches a gold side (rules in the module docstring)."""
    if gold.name is None:
        return pred.name is None or (gold.country is not None and pred.code == gold.country)
    if pred.name is None:
        return False
    if names_match(gold.name, pred.name) or plural_match(gold.name, pred.name) or acronym_match(gold.name, pred.name):
        return True
    return gold.code is not None and gold.code in (pred.country, pred.code)


def gold_events(events: Iterable[Mapping]) -> list[dict]:
    """Comparable form of annotation-style events (gold, or the other annotator's file)."""
    return [{"type": str(e.get("type") or "").upper(), "actor": gold_side(e, "actor"),
             "recipient": gold_side(e, "recipient"), "location": _upper(e.get("location")),
             "date": e.get("date"), "span": e.get("span"), "evidence": e.get("evidence"),
             "trigger": e.get("trigger")}
            for e in events]


def record_events(record: Mapping) -> list[dict]:
    """Comparable form of a record's ``events`` (DESIGN 1.1)."""
    entities = {e["id"]: e for e in record.get("entities", ()) if e.get("id")}
    out = []
    for e in record.get("events", ()) or ():
        trigger = e.get("trigger")
        out.append({"type": str(e.get("type") or "").upper(), "actor": record_side(e, "actor", entities),
                    "recipient": record_side(e, "recipient", entities), "location": _upper(e.get("location")),
                    "date": e.get("date_value"),
                    "span": evidence_span(e.get("evidence")) or evidence_span(trigger),
                    "evidence": e.get("evidence"),
                    "trigger": trigger.get("text") if isinstance(trigger, dict) else trigger})
    return out


def _actor_ok(g: dict, p: dict) -> bool:
    return bool(g["type"]) and g["type"] == p["type"] and sides_match(g["actor"], p["actor"])


def _both_ok(g: dict, p: dict) -> bool:
    return _actor_ok(g, p) and sides_match(g["recipient"], p["recipient"])


def _matcher(gold: Sequence[dict], pred: Sequence[dict]):
    def preference(i: int, j: int) -> tuple:
        gs, ps = gold[i].get("span"), pred[j].get("span")
        if gs is None or ps is None:
            return (1, 0, j)
        return (0 if spans_overlap(gs, ps) else 1, abs(gs[0] - ps[0]), j)

    return lambda n_gold, n_pred, compatible: greedy_matching(n_gold, n_pred, compatible, preference=preference)


def score_event_lists(gold: Sequence[dict], pred: Sequence[dict], optional: Sequence[dict] = ()) -> dict[str, ItemScore]:
    """Score comparable events (:func:`gold_events` / :func:`record_events`) against gold.

    Returns:
        ``{"events_actor", "events_actor_recipient"}`` item scores.
    """
    gold = sorted(gold, key=lambda g: g["span"][0] if g.get("span") else -1)
    matcher = _matcher(gold, pred)
    actor = score_items(gold, pred, _actor_ok, optional=optional, matcher=matcher)
    for g, p in actor.pairs:
        if g.get("location"):
            actor.counts.tally("location", g["location"] == p.get("location"))
        if g.get("date"):
            actor.counts.tally("date", str(g["date"]).upper() == str(p.get("date") or "").upper())
    both = score_items(gold, pred, _both_ok, optional=optional, matcher=matcher)
    return {"events_actor": actor, "events_actor_recipient": both}


def score_events(record: Mapping, gold: Sequence[Mapping], optional: Sequence[Mapping] = ()) -> dict[str, ItemScore]:
    """Score one record's events against a document's gold events.

    Args:
        record: A record dict (its ``events`` and ``entities`` are read).
        gold: Required gold events (annotation style, with resolved ``span``).
        optional: Not-required gold events (``optional`` or ``uncertain``).
    """
    return score_event_lists(gold_events(gold), record_events(record), gold_events(optional))


def describe(event: dict) -> dict[str, Any]:
    """A short, JSON-friendly view of a comparable event (error analysis)."""
    out: dict[str, Any] = {"type": event["type"]}
    for key in ("actor", "recipient"):
        side = event[key]
        out[key] = side.name
        if side.country:
            out[f"{key}_country"] = side.country
    ev = event.get("evidence")
    if isinstance(ev, dict) and ev.get("text"):
        out["evidence"] = ev["text"][:80]
    return out
