"""Inter-annotator agreement on events: one annotation scored against another.

Two annotators code the same texts independently; scoring annotator B against annotator A with
the event scorer (:mod:`evaluation.scorers.events`: same type + actor, and + recipient, greedy
one-to-one) gives an F1 that is the practical ceiling of any system on that task (F1 is
symmetric: swapping A and B swaps precision and recall).

An annotation is a JSON file holding a list of event dicts (the gold ``events`` layout), or a
gold file whose ``events`` key holds them; a folder of such files is paired file by file (same
file name in both folders; a file only one side has is reported as unpaired). Items marked
``"optional": true`` are not required in A and not counted in B.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .readers.gold import GoldError
from .scorers.events import EVENT_METRICS, gold_events, score_event_lists
from .scorers.matching import Counts


def read_events(path: Path) -> list[dict]:
    """The event dicts of one annotation file (a JSON list, or an object with ``events``).

    Raises:
        GoldError: The file is not JSON or holds no list of events.
    """
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise GoldError(f"{path}: {e}") from e
    if isinstance(data, dict):
        data = data.get("events")
    if not isinstance(data, list) or not all(isinstance(e, dict) for e in data):
        raise GoldError(f"{path}: expected a list of event objects (or an object with an 'events' list)")
    return data


def _split(events: list[dict]) -> tuple[list[dict], list[dict]]:
    required = [e for e in events if not e.get("optional")]
    optional = [e for e in events if e.get("optional")]
    return required, optional


def agreement(a: list[dict], b: list[dict]) -> dict[str, Counts]:
    """Counts of annotation ``b`` scored against annotation ``a`` (one document)."""
    a_req, a_opt = _split(a)
    b_req, _ = _split(b)
    scores = score_event_lists(gold_events(a_req), gold_events(b_req), gold_events(a_opt))
    return {m: scores[m].counts for m in EVENT_METRICS}


def _pairs(a: Path, b: Path) -> tuple[list[tuple[str, Path, Path]], list[str]]:
    if a.is_file() and b.is_file():
        return [(a.name, a, b)], []
    if a.is_dir() and b.is_dir():
        names_a = {p.name: p for p in sorted(a.glob("*.json"))}
        names_b = {p.name: p for p in sorted(b.glob("*.json"))}
        paired = [(n, names_a[n], names_b[n]) for n in sorted(set(names_a) & set(names_b))]
        return paired, sorted(set(names_a) ^ set(names_b))
    raise GoldError(f"{a} and {b}: give two files or two folders")


def score_agreement(a: Path, b: Path) -> dict[str, Any]:
    """Agreement of annotation ``b`` with annotation ``a`` (two files or two folders).

    Returns:
        ``{"events_actor": {...}, "events_actor_recipient": {...}}`` (precision, recall, F1 and
        counts, micro-averaged over documents), plus ``documents`` and ``unpaired`` file names.
    """
    pairs, unpaired = _pairs(Path(a), Path(b))
    totals = {m: Counts() for m in EVENT_METRICS}
    for _, pa, pb in pairs:
        for m, c in agreement(read_events(pa), read_events(pb)).items():
            totals[m].add(c)
    out: dict[str, Any] = {m: totals[m].as_dict() for m in EVENT_METRICS}
    out["documents"] = len(pairs)
    out["unpaired"] = unpaired
    return out
