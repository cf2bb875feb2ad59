"""Events of a text as comparable rows, for the per-round events tests."""

from __future__ import annotations

import pipeline


def event_rows(text: str, published: str = "2023-08-29") -> list[tuple]:
    """(type, actor name, actor country, recipient name, recipient country, trigger text) per event of
    ``text`` run through the whole pipeline as a US government text."""
    record = pipeline.extract(text, published=published, country="USA").to_dict()
    entities = {e["id"]: e for e in record["entities"]}
    name = lambda e, k: (entities.get(e.get(k)) or {}).get("name") or e.get(f"{k}_name")  # noqa: E731
    return [(e["type"], name(e, "actor"), e.get("actor_country"), name(e, "recipient"), e.get("recipient_country"),
             e["trigger"]["text"]) for e in record["events"]]
