"""Roles against gold: who holds which office of which country, and in what status.

* ``roles``: person name match + same ``role`` category + same place, where "place" is the ISO3
  country or, when that is null, the organisation (gold ``NATO`` vs record organisation
  ``NATO``). Status accuracy (contract 1.1) is reported on these pairs.
* ``roles_person_country``: person + place, no category.
* ``roles_status``: ``roles`` plus the same ``status`` (``current``, ``former``, ``nominee``,
  ``elect``, ``acting``). A side without a status (gold written before 1.1, a 1.0 record)
  counts as ``current``, the contract's default. ``since`` and ``until`` accuracy is reported
  on the matched pairs whose gold states them (values compared as TIMEX strings, case-insensitive).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from .compare import any_names_match, evidence_span, place, uncertain_excuse
from .matching import ItemScore, score_items

DEFAULT_STATUS = "current"


def status_of(role: Mapping) -> str:
    """A role's status, ``current`` when not stated."""
    return str(role.get("status") or DEFAULT_STATUS).lower()


def _timex(value: object) -> str | None:
    return None if value in (None, "") else str(value).strip().upper()


def score_roles(pred_roles: Iterable[dict], gold_roles: Sequence[dict], optional: Sequence[dict],
                ent_names: Mapping[str, str]) -> dict[str, ItemScore]:
    """Score one document's predicted roles against its gold roles.

    Args:
        pred_roles: The record's ``roles``.
        gold_roles: Required gold roles (with ``span``).
        optional: Not-required gold role items (``uncertain``/``optional``).
        ent_names: The record's entity id -> name map (a role's person may be only an id).

    Returns:
        ``{"roles", "roles_person_country", "roles_status"}`` item scores.
    """
    roles = [dict(r, _names=[r.get("person_name"), ent_names.get(r.get("person") or "")]) for r in pred_roles]

    def person_ok(g: dict, p: dict) -> bool:
        return any_names_match([g.get("person")], p["_names"])

    def full_ok(g: dict, p: dict) -> bool:
        return person_ok(g, p) and g.get("role") == p.get("role") and place(g) == place(p)

    excuse = uncertain_excuse(optional, names=lambda p: p["_names"], spans=lambda p: [evidence_span(p.get("evidence"))])
    typed_optional = [o for o in optional if o.get("role")]
    out = {
        "roles": score_items(gold_roles, roles, full_ok, optional=typed_optional, excused=excuse),
        "roles_person_country": score_items(gold_roles, roles, lambda g, p: person_ok(g, p) and place(g) == place(p),
                                            optional=typed_optional, excused=excuse),
    }
    for g, p in out["roles"].pairs:
        out["roles"].counts.tally("status", status_of(g) == status_of(p))
    res = score_items(gold_roles, roles, lambda g, p: full_ok(g, p) and status_of(g) == status_of(p),
                      optional=typed_optional, excused=excuse)
    for g, p in res.pairs:
        for key in ("since", "until"):
            if _timex(g.get(key)) is not None:
                res.counts.tally(key, _timex(g.get(key)) == _timex(p.get(key)))
    out["roles_status"] = res
    return out
