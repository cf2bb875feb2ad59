"""Visual review: the article text with its extracted facts underlined and labelled.

Every fact with evidence (entity mentions, roles, quantities, dates, quotes, event triggers) is
drawn as a coloured bar under the text it covers, with a small label badge where it ends. Facts overlap
(a role's evidence covers the person's name; a quote contains place names), so each fact gets
its own lane: bars of overlapping facts sit one under the other, never on top of each other.
Paragraphs stay paragraphs and bullet lines stay lines; hard-wrapped lines flow again (a
wrap's newline is shown as a space, so offsets never shift); a bar continues across line
wraps. Under the text, two tables: the events (type, who, to whom, where, when, and the clause
with its trigger highlighted) and the forces (owner, size, place, status, and the text of the
quantity mentions behind them), with countries by name.

The output is plain HTML with one ``<style>`` block (classes prefixed ``nw-``): it shows in
Jupyter (``Result._repr_html_``), in a browser (``python -m pipeline show``) and needs no
JavaScript.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

__all__ = ["COLORS", "spans_of", "render_html", "render_page", "STYLE"]

#: Bar and badge colour per kind of fact (entity labels, then the other record types).
COLORS = {
    "PERSON": "#f28cb1", "GPE": "#7fb8f0", "NORP": "#8fd68f", "ORG": "#f7b955", "LOC": "#a9a9f5",
    "FAC": "#d2a679", "EVENT": "#c9c9c9", "PRODUCT": "#c9c9c9", "WORK_OF_ART": "#c9c9c9",
    "LAW": "#c9c9c9", "LANGUAGE": "#c9c9c9",
    "QUANTITY": "#ff8c42", "DATE": "#4fc9c9", "ROLE": "#b784f5", "QUOTE": "#d9c84a", "PLOVER": "#e0605a",
}
_DEFAULT_COLOR = "#c9c9c9"
_LANE = 6  # px per lane: a 4 px bar and a 2 px gap
_BAR = 4

STYLE = """<style>
.nw-doc{font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Helvetica,Arial,sans-serif;font-size:16px;
  color:#1d1d1d;max-width:52em;margin:0 0 1.5em 0}
.nw-doc h3{margin:.2em 0}
.nw-meta{color:#666;font-size:.8em;margin:.2em 0 .6em 0}
.nw-legend{font-size:.75em;margin:0 0 .8em 0}
.nw-p{white-space:pre-line;margin:0 0 .5em 0}
.nw-title{font-size:1.2em;font-weight:bold}
.nw-s{background-repeat:no-repeat;-webkit-box-decoration-break:clone;box-decoration-break:clone}
.nw-b{font-size:.62em;font-weight:bold;line-height:1;padding:1px 4px;margin:0 1px 0 3px;border-radius:3px;
  white-space:nowrap;color:#111;vertical-align:.2em;font-family:Menlo,Consolas,monospace}
.nw-forces,.nw-events{font-size:.85em;border-collapse:collapse;margin:.4em 0}
.nw-forces td,.nw-forces th,.nw-events td,.nw-events th{border-bottom:1px solid #ddd;padding:2px 8px;
  text-align:left;vertical-align:top}
.nw-trig{background:#f6c9c6;font-weight:bold;border-radius:2px;padding:0 1px}
</style>"""

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
# A line break inside a paragraph is a hard wrap (shown as a space) unless a bullet, a numbered
# item or a Markdown heading follows it.
_SOFT_BREAK = re.compile(r"\n(?![ \t]*(?:[•▪◦·‣●○■□–—*+-]|\(?\d{1,2}[.)]|#{1,6})[ \t])")


@dataclass(frozen=True, slots=True)
class _Fact:
    start: int
    end: int
    label: str
    color: str
    kind: str


def _number(value: float) -> str:
    if abs(value) >= 1e9:
        return f"{value / 1e9:,.4g} bn"
    if abs(value) >= 1e6:
        return f"{value / 1e6:,.4g} m"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.4g}"


def _facts(record: Mapping[str, Any]) -> list[_Fact]:
    out: list[_Fact] = []
    for ent in record.get("entities", ()):
        label = ent["label"] + (f" {ent['country']}" if ent.get("country") else "")
        color = COLORS.get(ent["label"], _DEFAULT_COLOR)
        out.extend(_Fact(m["start"], m["end"], label, color, ent["label"]) for m in ent.get("mentions", ()))
    for q in record.get("quantities", ()):
        label = f"QUANTITY {'~' if q.get('approximate') else ''}{_number(q['value'])} {q.get('unit') or '?'}"
        owner = (q.get("owner") or {}).get("country")
        where = (q.get("location") or {}).get("country")
        if owner:
            label += f" {owner}"
        if where:
            label += f" in {where}"
        out.append(_Fact(q["evidence"]["start"], q["evidence"]["end"], label, COLORS["QUANTITY"], "QUANTITY"))
    for d in record.get("dates", ()):
        label = f"{d.get('type') or 'DATE'} {d.get('value') or '?'}"
        out.append(_Fact(d["evidence"]["start"], d["evidence"]["end"], label, COLORS["DATE"], "DATE"))
    for r in record.get("roles", ()):
        label = f"ROLE {r['role']} {r.get('country') or r.get('organization') or '?'}"
        out.append(_Fact(r["evidence"]["start"], r["evidence"]["end"], label, COLORS["ROLE"], "ROLE"))
    for t in record.get("quotes", ()):
        label = f"QUOTE {t.get('speaker_name') or '?'}" + (f" ({t['cue']})" if t.get("cue") else "")
        out.append(_Fact(t["evidence"]["start"], t["evidence"]["end"], label, COLORS["QUOTE"], "QUOTE"))
    for v in record.get("events", ()):
        label = f"{v['type']} {_party(v, 'actor')}" + (f" → {_party(v, 'recipient')}" if _has(v, "recipient") else "")
        out.append(_Fact(v["trigger"]["start"], v["trigger"]["end"], label, COLORS["PLOVER"], "PLOVER"))
    return out


def _has(event: Mapping[str, Any], role: str) -> bool:
    return bool(event.get(f"{role}_name") or event.get(f"{role}_country"))


def _party(event: Mapping[str, Any], role: str) -> str:
    """"Olaf Scholz (DEU)", "USA", or "?" for an event's actor or recipient."""
    name, country = event.get(f"{role}_name"), event.get(f"{role}_country")
    if name and country and name != country:
        return f"{name} ({country})"
    return name or country or "?"


def _place(code: str | None) -> str:
    """A country code as a reader wants it: "Poland (POL)"; an organisation ("NATO") as is."""
    if not code:
        return ""
    from .knowledge.countries import load

    name = load().country_name(code)
    return f"{name} ({code})" if name else code


def spans_of(record: Mapping[str, Any]) -> list[tuple[int, int, str]]:
    """Every highlighted character range of a record with its label.

    Args:
        record: A record dict (``ArticleRecord.to_dict()`` or a line of ``records.jsonl``).

    Returns:
        ``(start, end, label)`` triples sorted by position, e.g.
        ``(120, 126, "GPE KOR")`` or ``(0, 33, "ROLE defence_minister USA")``.
    """
    return sorted((f.start, f.end, f.label) for f in _facts(record))


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each paragraph: text between blank lines, outer whitespace left out."""
    out, pos = [], 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    trimmed = []
    for a, b in out:
        stripped = text[a:b]
        a += len(stripped) - len(stripped.lstrip())
        b -= len(stripped) - len(stripped.rstrip())
        if a < b:
            trimmed.append((a, b))
    return trimmed


def _assign_lanes(pieces: Sequence[tuple[int, int, int]]) -> dict[int, int]:
    """Lane per piece (start, end, fact index): the lowest lane free at the piece's start."""
    lane_end: list[int] = []
    lanes: dict[int, int] = {}
    for start, end, i in sorted(pieces, key=lambda p: (p[0], -p[1], p[2])):
        for lane, busy_until in enumerate(lane_end):
            if busy_until <= start:
                lane_end[lane] = end
                break
        else:
            lane = len(lane_end)
            lane_end.append(end)
        lanes[i] = lane
    return lanes


def _covered(content: str, active: Iterable[int], lanes: Mapping[int, int], facts: Sequence[_Fact],
             n_lanes: int) -> str:
    active = sorted(active, key=lanes.__getitem__)
    if not active:
        return content
    pad = 2 + n_lanes * _LANE
    images = ",".join(f"linear-gradient({facts[i].color},{facts[i].color})" for i in active)
    sizes = ",".join(f"100% {_BAR}px" for _ in active)
    positions = ",".join(f"left 0 bottom {pad - 2 - lanes[i] * _LANE - _BAR}px" for i in active)
    tip = html.escape(" | ".join(facts[i].label for i in active), quote=True)
    return (f'<span class="nw-s" title="{tip}" style="padding-bottom:{pad}px;background-image:{images};'
            f'background-size:{sizes};background-position:{positions}">{content}</span>')


def _paragraph_html(text: str, p_start: int, p_end: int, facts: Sequence[_Fact]) -> str:
    # Clip every fact to the paragraph; a fact's badge goes where its last piece ends.
    pieces = [(max(f.start, p_start), min(f.end, p_end), i) for i, f in enumerate(facts)
              if f.start < p_end and f.end > p_start]
    lanes = _assign_lanes(pieces)
    n_lanes = max(lanes.values(), default=-1) + 1
    bounds = sorted({p_start, p_end, *(s for s, _, _ in pieces), *(e for _, e, _ in pieces)})
    starts: dict[int, list[int]] = {}
    ends: dict[int, list[int]] = {}
    for s, e, i in pieces:
        starts.setdefault(s, []).append(i)
        ends.setdefault(e, []).append(i)
    active: set[int] = set()
    out: list[str] = []
    for a, b in zip(bounds, bounds[1:]):
        active.difference_update(ends.get(a, ()))
        active.update(starts.get(a, ()))
        out.append(_covered(html.escape(text[a:b]), active, lanes, facts, n_lanes))
        closing = [i for i in ends.get(b, ()) if facts[i].end <= p_end]
        if closing:
            # Inner (shorter) facts first; bars of facts running on through b go under the badges.
            closing.sort(key=lambda i: (-facts[i].start, facts[i].end))
            badges = "".join(f'<span class="nw-b" style="background:{facts[i].color}">'
                             f"{html.escape(facts[i].label)}</span>" for i in closing)
            through = [i for i in active if i not in closing]
            out.append(_covered(badges, through, lanes, facts, n_lanes))
    line_height = 24 + (2 + n_lanes * _LANE if n_lanes else 0)
    return f'<div class="nw-p" style="line-height:{line_height}px">{"".join(out)}</div>'


def _table(cls: str, head: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """An HTML table; cells are HTML already (escape them before)."""
    th = "".join(f"<th>{h}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>" for cells in rows)
    return f'<table class="{cls}"><tr>{th}</tr>{body}</table>'


def _forces_table(record: Mapping[str, Any]) -> str:
    forces = record.get("forces") or ()
    if not forces:
        return ""
    mentions = {q["id"]: q["text"] for q in record.get("quantities") or ()}
    rows = []
    for f in forces:
        size = "" if f.get("size") is None else ("~" if f.get("approximate") else "") + _number(f["size"])
        said = "; ".join(f"“{mentions[q]}”" for q in f.get("quantities") or () if q in mentions)
        cells = (_place(f.get("owner")) or "?", size, f.get("unit") or "", _place(f.get("location")),
                 f.get("status") or "", said)
        rows.append([html.escape(str(c)) for c in cells])
    return _table("nw-forces", ("owner", "size", "unit", "where", "status", "reported as"), rows)


def _events_table(record: Mapping[str, Any], text: str) -> str:
    events = record.get("events") or ()
    if not events:
        return ""
    when = {d["id"]: d["text"] for d in record.get("dates") or ()}
    rows = []
    for v in sorted(events, key=lambda v: v["trigger"]["start"]):
        ev, tr = v["evidence"], v["trigger"]
        if 0 <= ev["start"] <= tr["start"] < tr["end"] <= ev["end"] <= len(text):
            clause = (html.escape(text[ev["start"]:tr["start"]]) + '<span class="nw-trig">'
                      + html.escape(text[tr["start"]:tr["end"]]) + "</span>" + html.escape(text[tr["end"]:ev["end"]]))
        else:  # offsets that do not fit the text: show the evidence as recorded
            clause = html.escape(ev["text"])
        date = " ".join(x for x in (when.get(v.get("date")), v.get("date_value") and f"({v['date_value']})") if x)
        cells = (v["type"], _party(v, "actor"), _party(v, "recipient") if _has(v, "recipient") else "",
                 _place(v.get("location")), date)
        rows.append([*(html.escape(c) for c in cells), clause])
    return _table("nw-events", ("event", "who", "to whom", "where", "when", "text"), rows)


def render_html(text: str, record: Mapping[str, Any], *, page: bool = False) -> str:
    """HTML of ``text`` with the record's facts underlined and labelled.

    Args:
        text: The article text the record's offsets point into.
        record: A record dict (``ArticleRecord.to_dict()`` or a line of ``records.jsonl``).
        page: A complete HTML page (for a file) instead of a fragment (for Jupyter).

    Returns:
        The HTML: a header (title, id, date, counts, colour legend), the text paragraph by
        paragraph with every fact's bar and label, and a table of the forces.
    """
    article = record.get("article") or {}
    facts = [f for f in _facts(record) if 0 <= f.start < f.end <= len(text)]
    paragraphs = _paragraphs(text)
    shown = _SOFT_BREAK.sub(" ", text)  # same length as text: offsets hold
    title = article.get("title")
    title_in_text = bool(title and paragraphs and text[paragraphs[0][0]:paragraphs[0][1]].strip() == title.strip())

    head: list[str] = []
    if title and not title_in_text:
        head.append(f"<h3>{html.escape(title)}</h3>")
    meta = [f"id {article.get('id', '?')}"]
    for key in ("published", "dateline", "source"):
        if article.get(key):
            meta.append(f"{key} {article[key]}")
    counts = ", ".join(f"{len(record.get(k) or ())} {k}"
                       for k in ("entities", "roles", "quantities", "forces", "dates", "quotes", "events"))
    head.append(f'<div class="nw-meta">{html.escape(" · ".join(meta))} — {counts}</div>')
    kinds = {f.kind: f.color for f in facts}
    legend = " ".join(f'<span class="nw-b" style="background:{color}">{html.escape(kind)}</span>'
                      for kind, color in sorted(kinds.items()))
    if legend:
        head.append(f'<div class="nw-legend">{legend}</div>')

    body = []
    for n, (a, b) in enumerate(paragraphs):
        block = _paragraph_html(shown, a, b, facts)
        if n == 0 and title_in_text:
            block = block.replace('class="nw-p"', 'class="nw-p nw-title"', 1)
        body.append(block)
    tables = _events_table(record, text) + _forces_table(record)
    fragment = f'{STYLE}<div class="nw-doc">{"".join(head)}{"".join(body)}{tables}</div>'
    return render_page([fragment]) if page else fragment


def render_page(fragments: Iterable[str], *, title: str = "newsie review", note: str | None = None) -> str:
    """A complete HTML page holding rendered articles, separated by rules.

    Args:
        fragments: Outputs of :func:`render_html` (``page=False``).
        title: The page title.
        note: A line shown above the articles (e.g. that ``--limit`` left some out).

    Returns:
        The page (UTF-8 declared), ready to write to a ``.html`` file.
    """
    top = f'<p class="nw-note" style="{_NOTE_STYLE}">{html.escape(note)}</p>' if note else ""
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'>"
            f"<title>{html.escape(title)}</title></head>"
            "<body style='margin:2em auto;max-width:56em;padding:0 1em'>"
            + top + "\n<hr>\n".join(fragments) + "</body></html>")


_NOTE_STYLE = "color:#8a5a00;font-family:sans-serif;font-size:.9em"
