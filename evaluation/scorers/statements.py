"""Score pipeline records against hand-annotated gold files (:mod:`evaluation.readers.gold`).

Matching rules (every metric is micro-averaged over documents, one-to-one matching):

* ``persons``: the PERSON entities of a record against the gold names. Two names match when the
  tokens of one are all among the tokens of the other ("Yoon" ~ "Yoon Suk Yeol"; "Joe Biden"
  does not match "Joseph R. Biden Jr.").
* ``roles``: person name match + same ``role`` category + same country, where "country" is the
  ISO3 country or, when that is null, the organisation (gold ``NATO`` vs record organisation
  ``NATO``). ``roles_person_country`` drops the category; ``roles_status`` adds the role's
  ``status`` (``current`` when either side leaves it out), with ``since``/``until`` accuracy
  on the matched pairs whose gold states them (:mod:`evaluation.scorers.roles`).
* ``quantities``: a gold and a predicted quantity are *aligned* when their evidence spans
  overlap, or when they have the same value and start in the same sentence of the text (so a
  shorter or longer evidence span elsewhere in the sentence still counts). ``quantities``
  needs the same value; ``quantities_unit`` also the same unit (case-insensitive, simple
  singular forms, currency symbols and codes to their word; "electric battery park" ~ "park":
  units whose last words agree match). Qualifier/approximate/category accuracy is reported on
  value-matched pairs.
* ``forces``: same owner (ISO3 or organisation) + same unit category (personnel, naval, air,
  missile: from the unit's words; a bare "fighter" may be personnel or air) + same size when
  the gold size is not null. Location accuracy is reported on matched pairs.
* ``dates``: overlapping evidence spans and the same TIMEX3 value; ``dates_span``: overlap
  only (type and value accuracy on those pairs).
* ``quotes``: overlapping evidence spans and speaker match (name rule above; a null gold
  speaker needs a null predicted speaker); ``quotes_span``: overlap only.
* ``events_actor`` and ``events_actor_recipient``: same PLOVER type and actor (and recipient),
  greedy one-to-one (:mod:`evaluation.scorers.events`).

Gold ``uncertain`` items (statements) and ``optional`` items (seed) are not required: a
prediction that matches one is neither a true nor a false positive. ``must_not`` items of the
seed are reported as violations when a record contains a matching item.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..readers.gold import GOLD_SUFFIX, GoldDoc, kind_of, load_gold
from .compare import (
    Sentences,
    any_names_match,
    entity_names,
    evidence_span,
    force_categories,
    names_match,
    place,
    spans_overlap,
    uncertain_excuse,
    timex_equal,
    units_match,
    values_match,
)
from .events import describe, gold_side, record_events, score_events, sides_match
from .matching import Counts, ItemScore, score_items
from .roles import score_roles

METRICS = (
    "persons",
    "roles",
    "roles_person_country",
    "roles_status",
    "quantities",
    "quantities_unit",
    "forces",
    "dates",
    "dates_span",
    "quotes",
    "quotes_span",
    "events_actor",
    "events_actor_recipient",
)
"""The metric keys of :func:`score_statements`, in table order."""


def _short(item: dict, *keys: str) -> dict:
    out = {k: item.get(k) for k in keys if item.get(k) is not None}
    ev = item.get("evidence")
    if isinstance(ev, dict) and ev.get("text"):
        out["evidence"] = ev["text"][:80]
    return out


def _score_doc(record: dict, gold: GoldDoc) -> dict[str, ItemScore]:
    opt = gold.optional
    ent_names = entity_names(record)
    sentences = Sentences(gold.text)
    out: dict[str, ItemScore] = {}

    # persons
    preds = [
        {"name": e["name"], "spans": [evidence_span(m) for m in e.get("mentions", ())]}
        for e in record.get("entities", ()) if e.get("label") == "PERSON"
    ]
    out["persons"] = score_items(
        gold.persons, preds, lambda g, p: any_names_match(g["names"], [p["name"]]),
        optional=[{**o, "names": o.get("names") or [o.get("name") or o.get("text")]} for o in opt.get("person", ())],
        excused=uncertain_excuse(opt.get("person", ()), names=lambda p: [p["name"]], spans=lambda p: p["spans"]),
    )

    # roles
    out.update(score_roles(record.get("roles", ()), gold.roles, opt.get("role", ()), ent_names))

    # events
    out.update(score_events(record, gold.events, opt.get("event", ())))

    # quantities
    quants = [dict(q, span=evidence_span(q.get("evidence"))) for q in record.get("quantities", ())]

    def aligned(g: dict, p: dict) -> bool:
        if spans_overlap(g.get("span"), p["span"]):
            return True
        gs, ps = g.get("span"), p["span"]
        return (gs is not None and ps is not None and values_match(g.get("value"), p.get("value"))
                and sentences.index(gs[0]) == sentences.index(ps[0]))

    q_opt = [o for o in opt.get("quantity", ())]
    q_excuse = uncertain_excuse(q_opt, names=lambda p: (), spans=lambda p: [p["span"]])
    val_ok = lambda g, p: values_match(g.get("value"), p.get("value")) and aligned(g, p)  # noqa: E731
    res = score_items(gold.quantities, quants, val_ok, optional=q_opt, excused=q_excuse)
    for g, p in res.pairs:
        res.counts.tally("qualifier", (g.get("qualifier") or None) == (p.get("qualifier") or None)
                         or str(g.get("qualifier")).lower() == str(p.get("qualifier")).lower())
        res.counts.tally("approximate", bool(g.get("approximate")) == bool(p.get("approximate")))
        res.counts.tally("category", g.get("category") == p.get("category"))
        res.counts.tally("unit", units_match(g.get("unit"), p.get("unit")))
    out["quantities"] = res
    out["quantities_unit"] = score_items(
        gold.quantities, quants, lambda g, p: val_ok(g, p) and units_match(g.get("unit"), p.get("unit")),
        optional=q_opt, excused=q_excuse,
    )

    # forces
    def force_ok(g: dict, p: dict) -> bool:
        return (
            g.get("owner") is not None
            and str(g.get("owner")).upper() == str(p.get("owner")).upper()
            and bool(force_categories(g.get("unit")) & force_categories(p.get("unit")))
            and (g.get("size") is None or values_match(g.get("size"), p.get("size")))
        )

    f_opt = opt.get("force", ())

    def force_excused(p: dict) -> bool:
        return any(
            (o.get("owner") is None or str(o["owner"]).upper() == str(p.get("owner")).upper())
            and (o.get("location") is None or o["location"] == p.get("location"))
            and (o.get("owner") or o.get("location"))
            for o in f_opt
        )

    res = score_items(gold.forces, list(record.get("forces", ())), force_ok, excused=force_excused)
    for g, p in res.pairs:
        res.counts.tally("location", g.get("location") == p.get("location"))
    out["forces"] = res

    # dates
    dates = [dict(d, span=evidence_span(d.get("evidence"))) for d in record.get("dates", ())]
    d_opt = opt.get("date", ())
    d_excuse = uncertain_excuse(d_opt, names=lambda p: (), spans=lambda p: [p["span"]])
    same_value = lambda g, p: timex_equal(g.get("value"), p.get("value"))  # noqa: E731
    out["dates"] = score_items(
        gold.dates, dates, lambda g, p: spans_overlap(g["span"], p["span"]) and same_value(g, p),
        optional=d_opt, excused=d_excuse,
    )
    res = score_items(gold.dates, dates, lambda g, p: spans_overlap(g["span"], p["span"]), optional=d_opt, excused=d_excuse)
    for g, p in res.pairs:
        res.counts.tally("type", g.get("type") == p.get("type"))
        res.counts.tally("value", same_value(g, p))
    out["dates_span"] = res

    # quotes
    quotes = [dict(q, span=evidence_span(q.get("evidence")),
                   _names=[q.get("speaker_name"), ent_names.get(q.get("speaker") or "")]) for q in record.get("quotes", ())]
    spk_opt = opt.get("quote_speaker", ())

    def speaker_ok(g: dict, p: dict) -> bool:
        if any(names_match(g.get("speaker"), o.get("text") or (o.get("evidence") or {}).get("text")) for o in spk_opt):
            return True
        if g.get("speaker") is None:
            return not any(p["_names"])
        return any_names_match([g.get("speaker")], p["_names"])

    t_opt = opt.get("quote", ())
    t_excuse = uncertain_excuse(t_opt, names=lambda p: (), spans=lambda p: [p["span"]])
    out["quotes"] = score_items(
        gold.quotes, quotes, lambda g, p: spans_overlap(g["span"], p["span"]) and speaker_ok(g, p),
        optional=t_opt, excused=t_excuse,
    )
    out["quotes_span"] = score_items(
        gold.quotes, quotes, lambda g, p: spans_overlap(g["span"], p["span"]), optional=t_opt, excused=t_excuse,
    )
    return out


def must_not_violations(record: dict, gold: GoldDoc) -> list[dict]:
    """The gold ``must_not`` items that a record contains (seed layout).

    Kinds: ``quantity`` (``value``), ``date`` (``text``: a date whose text or evidence contains
    it), ``role`` (``person`` and ``country``), ``person`` (``name``), ``quote`` (``text``),
    ``event`` (``type`` and whichever of ``actor``, ``actor_country``, ``recipient``,
    ``recipient_country`` the item gives; sides compared as in :mod:`evaluation.scorers.events`).
    """
    ent_names = entity_names(record)
    found = []
    for item in gold.must_not:
        kind = kind_of(item)
        hit = None
        if kind == "quantity":
            hit = next((q for q in record.get("quantities", ()) if values_match(q.get("value"), item.get("value"))), None)
        elif kind == "date":
            needle = str(item.get("text", "")).lower()
            hit = next((d for d in record.get("dates", ()) if needle and (
                needle in str(d.get("text", "")).lower() or needle in str((d.get("evidence") or {}).get("text", "")).lower()
            )), None)
        elif kind == "role":
            hit = next((r for r in record.get("roles", ())
                        if any_names_match([item.get("person")], [r.get("person_name"), ent_names.get(r.get("person") or "")])
                        and ("country" not in item or place(r) == (item["country"] or "").upper() or
                             (item["country"] is None and place(r) is None))), None)
        elif kind == "person":
            hit = next((e for e in record.get("entities", ())
                        if e.get("label") == "PERSON" and names_match(e.get("name"), item.get("name"))), None)
        elif kind == "quote":
            needle = str(item.get("text", "")).lower()
            hit = next((q for q in record.get("quotes", ()) if needle and needle in str(q.get("text", "")).lower()), None)
        elif kind == "event":
            hit = next((e for e in record_events(record) if _event_forbidden(item, e)), None)
            hit = describe(hit) if hit is not None else None
        if hit is not None:
            found.append({"document": gold.stem, "kind": kind, "why": item.get("why"),
                          "item": {k: v for k, v in item.items() if k not in ("why",)},
                          "found": _short(hit, "text", "value", "person_name", "country")})
    return found


def _event_forbidden(item: dict, event: dict) -> bool:
    if str(item.get("type") or "").upper() not in ("", event["type"]):
        return False
    for key in ("actor", "recipient"):
        side = event[key]
        if item.get(key) is not None and not sides_match(gold_side(item, key), side):
            return False
        code = str(item.get(f"{key}_country") or "").upper()
        if code and code not in (side.country, side.code):
            return False
    return True


# ---- public API ---------------------------------------------------------------------------

def _record_keys(record: dict) -> list[str]:
    art = record.get("article") or {}
    keys = [str(art.get("id") or "")]
    source = art.get("source")
    if source:
        base = Path(str(source)).name
        for suffix in (GOLD_SUFFIX, ".txt", ".json", ".jsonl", ".md"):
            if base.endswith(suffix):
                base = base[: -len(suffix)]
                break
        keys.append(base)
    return [k for k in keys if k]


def _brief(item: dict, *, gold: bool) -> dict:
    if "actor" in item and "recipient" in item and not isinstance(item["actor"], (str, type(None))):
        return describe(item)  # an event in comparable form
    if gold:
        return _short(item, "name", "person", "role", "country", "organization", "text", "value", "unit", "owner",
                      "size", "speaker")
    return _short(item, "name", "person_name", "role", "country", "organization", "text", "value", "unit", "owner",
                  "size", "speaker_name")


def score_statements(records: Iterable[dict], gold_dir: Path | Iterable[Path]) -> dict[str, Any]:
    """Score pipeline records against the gold files of ``gold_dir``.

    A record is scored against the gold file whose stem equals ``article.id`` or the base name
    (without extension) of ``article.source``. Records without gold are ignored; gold files
    without a record are listed under ``missing``.

    Args:
        records: Record dicts (schemas/article.schema.json).
        gold_dir: A directory (or several) holding ``*.gold.json`` and the ``.txt`` files.

    Returns:
        ``{metric: {"precision", "recall", "f1", "tp", "fp", "fn", ...accuracies}}`` for each
        key of :data:`METRICS`, plus ``documents`` (number scored), ``missing`` (gold stems
        without a record), ``unmatched_records``, ``must_not`` (``{"checked", "violated",
        "violations"}``), ``by_genre`` (when gold files name their ``genre``: the metrics per
        genre) and ``per_document`` (per stem and metric: counts, ``missed`` gold
        items and ``spurious`` predictions, for error analysis).
    """
    gold = load_gold(gold_dir)
    totals = {m: Counts() for m in METRICS}
    per_doc: dict[str, Any] = {}
    by_genre: dict[str, dict[str, Counts]] = {}
    violations: list[dict] = []
    checked = 0
    unmatched = 0
    for record in records:
        stem = next((k for k in _record_keys(record) if k in gold), None)
        if stem is None:
            unmatched += 1
            continue
        g = gold[stem]
        results = _score_doc(record, g)
        doc_out = {}
        genre_totals = by_genre.setdefault(g.genre, {m: Counts() for m in METRICS}) if g.genre else None
        for m, res in results.items():
            totals[m].add(res.counts)
            if genre_totals is not None:
                genre_totals[m].add(res.counts)
            doc_out[m] = {"tp": res.counts.tp, "fp": res.counts.fp, "fn": res.counts.fn,
                          "missed": [_brief(x, gold=True) for x in res.missed],
                          "spurious": [_brief(x, gold=False) for x in res.spurious]}
        per_doc[stem] = doc_out
        checked += len(g.must_not)
        violations.extend(must_not_violations(record, g))
    out: dict[str, Any] = {m: totals[m].as_dict() for m in METRICS}
    out["documents"] = len(per_doc)
    out["missing"] = sorted(set(gold) - set(per_doc))
    out["unmatched_records"] = unmatched
    out["must_not"] = {"checked": checked, "violated": len(violations), "violations": violations}
    if by_genre:
        out["by_genre"] = {genre: {m: c.as_dict() for m, c in counts.items()} for genre, counts in sorted(by_genre.items())}
    out["per_document"] = per_doc
    return out


