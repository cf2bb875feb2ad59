"""Visual review: the article with its extracted facts highlighted (spaCy's displaCy span style).

displaCy's span renderer draws overlapping, labelled spans (a role's evidence covers a person
entity; a quantity sits inside a force statement), which its entity renderer cannot. It works
on tokens, so the text is split into word and punctuation tokens and each fact's character
range is mapped to the tokens it covers.
"""

from __future__ import annotations

import bisect
import html
import re
from collections.abc import Mapping
from typing import Any

_TOKEN = re.compile(r"\w+(?:[’'.-]\w+)*|[^\w\s]")
COLORS = {
    "PERSON": "#f9d5e5", "GPE": "#c6e2ff", "NORP": "#d9f2d9", "ORG": "#ffe4b5", "LOC": "#e0e0ff",
    "QUANTITY": "#ffd27f", "DATE": "#c2f0f0", "ROLE": "#e6ccff", "QUOTE": "#f0f0a0",
}


def _label(kind: str, item: Mapping[str, Any]) -> str:
    if kind == "entity":
        code = f" {item['country']}" if item.get("country") else ""
        return f"{item['label']}{code}"
    if kind == "quantity":
        unit = item.get("unit") or "?"
        return f"QUANTITY {item['value']:g} {unit}"
    if kind == "date":
        return f"DATE {item.get('value')}"
    if kind == "role":
        return f"ROLE {item['role']} {item.get('country') or item.get('organization') or '?'}"
    return f"QUOTE {item.get('speaker_name') or '?'}"


def spans_of(record: Mapping[str, Any]) -> list[tuple[int, int, str]]:
    """Every highlighted character range of a record with its label."""
    out: list[tuple[int, int, str]] = []
    for ent in record.get("entities", ()):
        for m in ent["mentions"]:
            out.append((m["start"], m["end"], _label("entity", ent)))
    for kind, key in (("quantity", "quantities"), ("date", "dates"), ("role", "roles"), ("quote", "quotes")):
        for item in record.get(key, ()):
            ev = item["evidence"]
            out.append((ev["start"], ev["end"], _label(kind, item)))
    return sorted(out)


def render_html(text: str, record: Mapping[str, Any], *, page: bool = False) -> str:
    """HTML of ``text`` with the record's facts highlighted.

    Args:
        text: The article text the record's offsets point into.
        record: A record dict.
        page: A complete HTML page (for a file) instead of a fragment (for Jupyter).
    """
    from spacy import displacy

    toks = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
    starts = [s for s, _ in toks]
    ends = [e for _, e in toks]
    spans = []
    for start, end, label in spans_of(record):
        first = bisect.bisect_right(ends, start)
        last = bisect.bisect_left(starts, end)
        if first < last:
            spans.append({"start_token": first, "end_token": last, "label": label})
    colors = {}
    for s in spans:
        colors[s["label"]] = COLORS.get(s["label"].split()[0], "#ddd")
    data = {"text": text, "tokens": [text[s:e] for s, e in toks], "spans": spans}
    title = (record.get("article") or {}).get("title") or (record.get("article") or {}).get("id", "")
    body = displacy.render(data, style="span", manual=True, page=False, jupyter=False,
                           options={"colors": colors})
    fragment = f"<h2>{html.escape(str(title))}</h2>\n{body}"
    if not page:
        return fragment
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>newsie review</title></head>"
            f"<body style='font-family: sans-serif; max-width: 60em; margin: auto'>{fragment}</body></html>")
