"""Which event candidates the events stage drops, why, and what each drop costs (round 24).

A development diagnostic, not part of the product. It runs the pipeline of the current checkout on
gold folders (development WORK halves only), keeps each parsed Doc, and runs the events stage again
under a line tracer of :func:`pipeline.events.extract.extract_events`: every ``continue`` of its
trigger loop that fires is a dropped candidate, recorded with its trigger, tentative type, actor and
recipient and its reason: the ``continue`` line (its condition and comment are printed as the
legend); the factuality test adds the lines of :class:`pipeline.events.filters.Factuality` that
returned False ("nonfactual:walk@L322<factual@L283"). The product code is not changed.

Reports:

* ``table``: per reason, the dropped candidates, how many have the type and actor of a gold event
  the document missed (``hit``: anywhere in the document, as the scorer matches; ``near``: the gold
  evidence also overlaps the trigger), and hit / dropped, the precision the filter costs.
  ``--show REASON`` (a prefix of the reason, e.g. ``L236``) lists that reason's candidates.
* ``relax "REASON[,REASON...][;...]"``: the exact cost: the events stage is run again with those drops skipped
  (the tracer jumps past the ``continue``); pooled events scores before and after, and the events
  that appear or vanish, each marked ``+tp``/``-fp`` by the type + actor scoring.

Usage (from the repository root)::

    python -m evaluation.diagnostics.events_drops table FOLDER... [--show REASON]
    python -m evaluation.diagnostics.events_drops relax REASONS FOLDER...
"""

from __future__ import annotations

import ast
import inspect
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pipeline.events as stage
from evaluation.readers.gold import load_gold
from evaluation.run import statement_articles
from evaluation.scorers.compare import spans_overlap
from evaluation.scorers.events import record_events, score_events, sides_match
from pipeline.events import extract as X
from pipeline.events import filters as F
from pipeline.nlp import article_of, evidence
from pipeline.records import to_jsonable


@dataclass(frozen=True)
class Drop:
    """One ``continue`` of the trigger loop: what it says and where a relaxed run goes on."""

    line: int
    legend: str
    target: int | None
    inner: bool


@dataclass
class Candidate:
    """A dropped candidate: reason, trigger, tentative type, actor and recipient (record form)."""

    doc: str
    reason: str
    trigger: str
    span: tuple[int, int]
    type: str | None
    event: dict
    sentence: str
    hit: bool = False
    near: bool = False
    hit_rcp: bool = False
    gold: str | None = None
    """actor of a missed gold event of the same type whose evidence holds the trigger"""
    trig: object = None
    """the dropped Trigger (for further reading in a session)"""


def _loop_drops() -> tuple[dict[int, Drop], dict[str, int]]:
    """The ``continue`` statements of ``extract_events`` and the lines the tracer keys on."""
    src = inspect.getsource(X)
    lines = src.splitlines()
    tree = ast.parse(src)
    func = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "extract_events")
    parent = {c: p for p in ast.walk(func) for c in ast.iter_child_nodes(p)}
    outer = next(n for n in ast.walk(func) if isinstance(n, ast.For) and isinstance(n.target, ast.Name)
                 and n.target.id == "trig")
    marks = {"loop": outer.body[0].lineno}
    for node in ast.walk(outer):
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            tgt = node.targets[0]
            names = [tgt.id] if isinstance(tgt, ast.Name) else [e.id for e in getattr(tgt, "elts", ())
                                                                 if isinstance(e, ast.Name)]
            for name in names:
                key = {"args": "args", "actor": "actor", "typ": "typ"}.get(name)
                if key and key not in marks:
                    marks[key] = node.lineno
    drops = {}
    for node in ast.walk(func):
        if not isinstance(node, ast.Continue):
            continue
        cond, stmt, loop = None, node, parent[node]
        while not isinstance(loop, ast.For):
            if cond is None and isinstance(loop, ast.If):
                cond = ast.get_source_segment(src, loop.test)
            stmt, loop = loop, parent[loop]
        body = loop.body
        i = body.index(stmt)
        target = body[i + 1].lineno if i + 1 < len(body) else None
        text = lines[node.lineno - 1]
        comment = text.split("#", 1)[1].strip() if "#" in text else ""
        legend = " ".join((cond or "").split())[:90] + ("  # " + comment[:80] if comment else "")
        drops[node.lineno] = Drop(node.lineno, legend, target, loop is not outer)
    return drops, marks


class Tracer:
    """A ``sys.settrace`` function recording (and optionally skipping) the drops of one Doc."""

    def __init__(self, drops: dict[int, Drop], marks: dict[str, int], relax: frozenset[str] = frozenset()):
        self.drops, self.marks, self.relax = drops, marks, relax
        self.code = X.extract_events.__code__
        self.fact_codes = {F.Factuality.factual.__code__: "factual", F.Factuality._walk.__code__: "walk"}
        self.found: list[tuple[str, dict]] = []
        self.lines: set[int] = set()
        self.false_at: list[str] = []

    def __call__(self, frame, event, arg):
        if frame.f_code is self.code:
            return self.local
        if frame.f_code in self.fact_codes:
            return self.fact_local
        return None

    def fact_local(self, frame, event, arg):
        if event == "return" and arg is False and len(self.false_at) < 2:
            self.false_at.append(f"{self.fact_codes[frame.f_code]}@L{frame.f_lineno}")
        return self.fact_local

    def local(self, frame, event, arg):
        if event != "line":
            return self.local
        n = frame.f_lineno
        if n == self.marks["loop"]:
            self.lines, self.false_at = set(), []
        self.lines.add(n)
        drop = self.drops.get(n)
        if drop is not None:
            reason = self._reason(frame, drop)
            self.found.append((reason, self._tentative(frame)))
            if reason in self.relax and drop.target is not None:
                frame.f_lineno = drop.target
        return self.local

    def _reason(self, frame, drop: Drop) -> str:
        loc = frame.f_locals
        label = f"L{drop.line}" + (":pair" if drop.inner else "")
        if drop.line != min(self.drops):
            return label
        if loc["trig"].token.i in loc["seen"]:
            return label + ":seen"
        if self.false_at:
            return label + ":nonfactual:" + "<".join(self.false_at)
        return label + ":restated"

    def _tentative(self, frame) -> dict:
        """The candidate as the loop had it when dropped (computed when not reached yet)."""
        loc = frame.f_locals
        trig, ctx = loc["trig"], loc["ctx"]
        typ = loc.get("typ") if self.marks["typ"] in self.lines else None
        if typ is None:
            try:
                typ = F.coded_type(trig) or trig.type
            except Exception:  # noqa: BLE001 - a diagnostic: the trigger's own type then
                typ = trig.type
        if self.marks["actor"] in self.lines:
            actor, recipient = loc.get("actor"), loc.get("recipient")
        else:
            args = loc.get("args") if self.marks["args"] in self.lines else X.find_arguments(ctx, trig)
            actor, recipient = args.actor, args.recipient
        return {"trig": trig, "type": typ, "actor": actor, "recipient": recipient}


def _side(party, prefix: str) -> dict:
    if party is None:
        return {prefix: None, f"{prefix}_name": None, f"{prefix}_country": None}
    return {prefix: party.entity.id if party.entity is not None else None,
            f"{prefix}_name": X._name(party), f"{prefix}_country": party.country}


def traced_events(doc, kwargs: dict, tracer: Tracer):
    """The events stage on ``doc`` with ``tracer`` on its trigger loop."""
    inner = stage._events_of_clauses

    def run(d, **kw):
        sys.settrace(tracer)
        try:
            return inner(d, **kw)
        finally:
            sys.settrace(None)

    stage._events_of_clauses = run
    try:
        return stage.extract_events(doc, **kwargs)
    finally:
        stage._events_of_clauses = inner


@dataclass
class Corpus:
    """Parsed development documents: Docs, the events stage's arguments, records and gold."""

    docs: dict[str, tuple] = field(default_factory=dict)
    records: dict[str, dict] = field(default_factory=dict)
    gold: dict[str, object] = field(default_factory=dict)


def load(folders: list[str]) -> Corpus:
    """Run the pipeline on every gold text of ``folders``, keeping each Doc."""
    from pipeline.worker import process_articles

    corpus = Corpus()
    inner = stage._events_of_clauses

    def keep(doc, **kw):
        corpus.docs[article_of(doc).id] = (doc, kw)
        return inner(doc, **kw)

    for folder in folders:
        name = Path(folder).name
        if "check" in name or "frozen" in str(folder) or not name.startswith("work-"):
            raise SystemExit(f"{folder}: development WORK halves only")
        gold = load_gold(Path(folder))
        arts = statement_articles(Path(folder), [])
        stage._events_of_clauses = keep
        try:
            results = process_articles(arts, time_limit_s=None)
        finally:
            stage._events_of_clauses = inner
        for art_id, record, _ in results:
            if record is not None:
                key = f"{name}/{art_id}"
                corpus.records[key] = record
                corpus.gold[key] = gold[art_id]
                corpus.docs[key] = corpus.docs.pop(art_id)
    return corpus


def _score(record: dict, gold) -> dict:
    return score_events(record, gold.events, gold.optional.get("event", ()))


def candidates(corpus: Corpus, drops, marks) -> list[Candidate]:
    """Every dropped candidate of the corpus, judged against the gold events each document missed."""
    out = []
    for key, (doc, kwargs) in corpus.docs.items():
        record, gold = corpus.records[key], corpus.gold[key]
        tracer = Tracer(drops, marks)
        events = traced_events(doc, kwargs, tracer)
        if to_jsonable(events) != record["events"]:
            print(f"warning: {key}: traced events differ from the record's", file=sys.stderr)
        scores = _score(record, gold)
        missed, missed_rcp = scores["events_actor"].missed, scores["events_actor_recipient"].missed
        for reason, tent in tracer.found:
            tok = tent["trig"].token
            trig = evidence(doc, tok.idx, tok.idx + len(tok.text))
            sent = evidence(doc, tok.sent.start_char, tok.sent.end_char)
            ev = {"type": tent["type"], **_side(tent["actor"], "actor"), **_side(tent["recipient"], "recipient"),
                  "trigger": to_jsonable(trig), "evidence": to_jsonable(sent)}
            pred = record_events({"entities": record.get("entities", ()), "events": [ev]})[0]
            span = (trig.start, trig.end)
            hits = [g for g in missed if g["type"] == pred["type"] and sides_match(g["actor"], pred["actor"])]
            inside = [g for g in missed if g["type"] == pred["type"] and spans_overlap(g.get("span"), span)]
            out.append(Candidate(
                doc=key, reason=reason, trigger=tok.text, span=span, type=tent["type"], event=ev,
                sentence=" ".join(sent.text.split())[:160], hit=bool(hits),
                near=any(spans_overlap(g.get("span"), span) or spans_overlap(g.get("span"), pred.get("span"))
                         for g in hits),
                hit_rcp=any(g["type"] == pred["type"] and sides_match(g["actor"], pred["actor"])
                            and sides_match(g["recipient"], pred["recipient"]) for g in missed_rcp),
                gold=(inside[0]["actor"].name or inside[0]["actor"].country or "-") if inside else None,
                trig=tent["trig"]))
    return out


def table(cands: list[Candidate], drops: dict[int, Drop], show: str | None) -> None:
    """Print the per-reason table (and one reason's candidates)."""
    by = defaultdict(list)
    for c in cands:
        by[c.reason].append(c)
    print(f"{'reason':58} {'drop':>5} {'hit':>4} {'near':>4} {'rcp':>4} {'hit/drop':>8} {'in-gold':>7}")
    tot = Counter()
    for reason, cs in sorted(by.items(), key=lambda kv: (-sum(c.hit for c in kv[1]), -len(kv[1]))):
        n, h, nr, r = len(cs), sum(c.hit for c in cs), sum(c.near for c in cs), sum(c.hit_rcp for c in cs)
        tot.update(drop=n, hit=h, near=nr, rcp=r)
        print(f"{reason[:58]:58} {n:5} {h:4} {nr:4} {r:4} {h / n:8.2f} {sum(c.gold is not None for c in cs):7}")
    print(f"{'TOTAL':58} {tot['drop']:5} {tot['hit']:4} {tot['near']:4} {tot['rcp']:4}")
    print("\nlegend:")
    for line, d in sorted(drops.items()):
        print(f"  L{line}{' (pair loop)' if d.inner else ''}: {d.legend}")
    if show:
        print(f"\n===== {show}")
        for c in cands:
            if c.reason.startswith(show):
                flag = "HIT " if c.near else ("hit " if c.hit else "    ")
                e = c.event
                print(f"{flag}{'G=' + c.gold if c.gold else '':14.14} {c.reason[:40]:40} {c.doc[:50]:50} {c.type} [{c.trigger}] a={e['actor_name']}"
                      f"/{e['actor_country']} r={e['recipient_name']} :: {c.sentence}")


def relax(corpus: Corpus, drops, marks, reasons: frozenset[str], cands: list[Candidate]) -> None:
    """Re-run the documents where ``reasons`` fired with those drops skipped; print the change."""
    fired = {c.doc for c in cands if c.reason in reasons}
    before, after = Counter(), Counter()
    for key in corpus.records:
        record, gold = corpus.records[key], corpus.gold[key]
        s0 = _score(record, gold)
        s1 = s0
        if key in fired:
            doc, kwargs = corpus.docs[key]
            new = dict(record, events=to_jsonable(traced_events(doc, kwargs, Tracer(drops, marks, reasons))))
            s1 = _score(new, gold)
            old_ev = {(e["type"], e["trigger"]["start"], e.get("actor_name"), e.get("recipient_name"))
                      for e in record["events"]}
            new_ev = {(e["type"], e["trigger"]["start"], e.get("actor_name"), e.get("recipient_name"))
                      for e in new["events"]}
            tp1 = {(p["type"], (p.get("span") or (None,))[0]) for _, p in s1["events_actor"].pairs}
            tp0 = {(p["type"], (p.get("span") or (None,))[0]) for _, p in s0["events_actor"].pairs}
            for e in sorted(new_ev - old_ev, key=lambda e: e[1]):
                ev = next(x for x in new["events"] if (x["type"], x["trigger"]["start"]) == e[:2])
                mark = "+tp" if (e[0], ev["evidence"]["start"]) in tp1 else "+fp"
                print(f"{mark} {key[:55]:55} {e[0]} [{ev['trigger']['text']}] a={e[2]} r={e[3]} :: "
                      f"{' '.join(ev['evidence']['text'].split())[:150]}")
            for e in sorted(old_ev - new_ev, key=lambda e: e[1]):
                ev = next(x for x in record["events"] if (x["type"], x["trigger"]["start"]) == e[:2])
                mark = "-tp" if (e[0], ev["evidence"]["start"]) in tp0 else "-fp"
                print(f"{mark} {key[:55]:55} {e[0]} [{ev['trigger']['text']}] a={e[2]} r={e[3]}")
        for metric in ("events_actor", "events_actor_recipient"):
            for tag, s in (("b", s0), ("a", s1)):
                c = s[metric].counts
                (before if tag == "b" else after).update({f"{metric}.tp": c.tp, f"{metric}.fp": c.fp,
                                                          f"{metric}.fn": c.fn})
    for metric in ("events_actor", "events_actor_recipient"):
        for name, cnt in (("before", before), ("after", after)):
            tp, fp, fn = (cnt[f"{metric}.{k}"] for k in ("tp", "fp", "fn"))
            p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
            print(f"{metric:24} {name:6} tp={tp} fp={fp} fn={fn} P={p:.3f} R={r:.3f} F={2 * p * r / max(p + r, 1e-9):.3f}")


def main(argv: list[str]) -> None:
    mode, rest = argv[0], argv[1:]
    show = None
    if "--show" in rest:
        i = rest.index("--show")
        show, rest = rest[i + 1], rest[:i] + rest[i + 2:]
    groups = []
    if mode == "relax":  # "A,B;C": A and B skipped together, then C alone
        groups, rest = [frozenset(g.split(",")) for g in rest[0].split(";")], rest[1:]
    drops, marks = _loop_drops()
    corpus = load(rest)
    cands = candidates(corpus, drops, marks)
    if mode == "table":
        table(cands, drops, show)
    for reasons in groups:
        print(f"\n##### relax {','.join(sorted(reasons))}")
        relax(corpus, drops, marks, reasons, cands)


if __name__ == "__main__":
    main(sys.argv[1:])
