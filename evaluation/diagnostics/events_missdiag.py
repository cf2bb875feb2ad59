"""Where gold events are missed: what the pipeline emits inside each missed event's evidence.

A development diagnostic (round 15), not part of the product. It reads a score file written by
``python -m evaluation score ... --json SCORE.json`` (which events each document missed), re-runs
the pipeline of the current checkout on the same gold texts, and puts each missed gold event
(type + actor) in one class: no event inside its evidence; an event on the same trigger with the
same type but another actor (or none); the same trigger with another type; another trigger inside
the evidence. Each folder's documents are split by position (even: the half read while writing
rules, odd: the half kept unread); the unread half is reported as class counts only, never texts.

Usage (from the repository root)::

    python -m evaluation.diagnostics.events_missdiag SCORE.json [show]
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter, defaultdict

import pipeline
from evaluation.scorers.events import gold_side, record_side

CLASSES = ("no_event_in_evidence", "same_trigger_type_actor_wrong", "same_trigger_type_actor_null",
           "same_trigger_other_type", "other_trigger_in_evidence_same_type", "other_trigger_in_evidence_other_type")


def _half(folder: str, i: int) -> str:
    """The half a document belongs to: a folder already split into halves (named ``work-*`` or
    ``check-*``) is wholly one; any other folder splits by position (even: read)."""
    if folder.startswith(("work-", "check-")):
        return "read" if folder.startswith("work-") else "unread"
    return "read" if i % 2 == 0 else "unread"


def _jobs(score_path: str) -> list[tuple]:
    """(folder, stem, half, gold, text, missed keys) for every development document of a score file."""
    # Frozen sets are skipped, except a WORK half (``work-*``), which is open for reading; a CHECK
    # half (``check-*``) or any other frozen set stays out.
    results = [r for r in json.load(open(score_path)) if "name" in r
               and (not r.get("frozen") or r["name"].startswith("work-"))
               and "per_document" in r.get("pipeline", {})]
    jobs = []
    for r in results:
        gdir = r["gold"] if os.path.isabs(r["gold"]) else os.path.join(os.getcwd(), r["gold"])
        for i, stem in enumerate(sorted(r["pipeline"]["per_document"])):
            gold = json.load(open(os.path.join(gdir, stem + ".gold.json"), encoding="utf-8"))
            text = open(os.path.join(gdir, stem + ".txt"), encoding="utf-8").read()
            scored = r["pipeline"]["per_document"][stem].get("events_actor") or {}
            missed = {(m.get("type"), (m.get("evidence") or "")[:40]) for m in scored.get("missed", [])}
            jobs.append((r["name"], stem, _half(r["name"], i), gold, text, missed))
    return jobs


def _span(text: str, event: dict) -> tuple[int, int] | None:
    ev = event["evidence"]
    snippet = ev["text"] if isinstance(ev, dict) else ev
    occurrence = ev.get("occurrence", 0) if isinstance(ev, dict) else 0
    pos = -1
    for _ in range(occurrence + 1):
        pos = text.find(snippet, pos + 1)
    return (pos, pos + len(snippet)) if pos >= 0 else None


def classify(text: str, gold_event: dict, preds: list[tuple]) -> str:
    """The class of one missed gold event, given the pipeline's events as (type, trigger start,
    trigger end, actor side) tuples."""
    es, ee = _span(text, gold_event)
    trig = gold_event.get("trigger") or ""
    tp = text.find(trig, es) if trig else -1
    ts, te = (tp, tp + len(trig)) if 0 <= tp < ee else (es, ee)
    at_trigger = [p for p in preds if p[1] is not None and p[1] < te and p[2] > ts]
    in_evidence = [p for p in preds if p[1] is not None and p[1] < ee and p[2] > es]
    if at_trigger:
        same = [p for p in at_trigger if p[0] == gold_event["type"]]
        if not same:
            return "same_trigger_other_type"
        return "same_trigger_type_actor_null" if all(p[3].name is None and p[3].code is None for p in same) \
            else "same_trigger_type_actor_wrong"
    if in_evidence:
        same = any(p[0] == gold_event["type"] for p in in_evidence)
        return "other_trigger_in_evidence_" + ("same_type" if same else "other_type")
    return "no_event_in_evidence"


def _ours(text: str, gold_event: dict, preds: list[tuple]) -> str:
    """The actor sides the pipeline gave on a missed event's trigger (shown with ``show``)."""
    es, ee = _span(text, gold_event)
    trig = gold_event.get("trigger") or ""
    tp = text.find(trig, es) if trig else -1
    ts, te = (tp, tp + len(trig)) if 0 <= tp < ee else (es, ee)
    return "ours=" + "|".join(f"{p[3].name}/{p[3].code}/{p[3].country}" for p in preds
                              if p[1] is not None and p[1] < te and p[2] > ts and p[0] == gold_event["type"])


def main(argv: list[str]) -> None:
    jobs = _jobs(argv[0])
    show = len(argv) > 1 and argv[1] == "show"
    results = pipeline.pipe([(j[4], {"published": j[3].get("published")}) for j in jobs], batch_size=16)
    totals = {"read": Counter(), "unread": Counter()}
    detail = defaultdict(list)
    for (folder, stem, half, gold, text, missed), result in zip(jobs, results):
        record = result.to_dict()
        entities = {e["id"]: e for e in record.get("entities", []) if e.get("id")}
        preds = [(e["type"], (e.get("trigger") or {}).get("start"), (e.get("trigger") or {}).get("end"),
                  record_side(e, "actor", entities)) for e in record.get("events", []) or []]
        for event in gold.get("events", []):
            snippet = event["evidence"]["text"] if isinstance(event["evidence"], dict) else event["evidence"]
            if _span(text, event) is None:
                totals[half]["unlocated"] += 1
            elif (event["type"], snippet[:40]) not in missed:
                totals[half]["matched"] += 1
            else:
                cls = classify(text, event, preds)
                totals[half][cls] += 1
                if half == "read":
                    side = gold_side(event, "actor")
                    ours = _ours(text, event, preds) if cls.startswith("same_trigger_type") else None
                    detail[cls].append((folder, stem[:30], event["type"], event.get("trigger"),
                                        side.name or side.country, snippet[:100].replace("\n", " "))
                                       + ((ours,) if ours else ()))
    for half, counts in totals.items():
        print(half, sorted(counts.items(), key=lambda x: -x[1]))
    if show:
        for cls, rows in detail.items():
            print("=====", cls, len(rows))
            for row in rows:
                print("  ", row)


if __name__ == "__main__":
    main(sys.argv[1:])
