"""Markdown tables of scores (docs/accuracy.md and the console)."""

from __future__ import annotations

from typing import Any


def _fmt(x: Any) -> str:
    if x is None:
        return "–"
    return f"{x:.3f}" if isinstance(x, float) else str(x)


def format_table(scores: dict[str, Any], *, title: str | None = None) -> str:
    """A Markdown table of the metrics in ``scores`` (from :func:`score_statements` or
    :func:`evaluation.readers.meantime.score_meantime`), one row per metric, accuracies as notes."""
    lines = []
    if title:
        lines += [f"### {title}", ""]
    lines += ["| metric | precision | recall | F1 | TP | FP | FN | notes |",
              "|---|---:|---:|---:|---:|---:|---:|---|"]
    for name, row in scores.items():
        if not isinstance(row, dict) or "f1" not in row:
            continue
        notes = ", ".join(
            f"{k[: -len('_accuracy')]} acc {_fmt(v)} (n={row.get(k[: -len('_accuracy')] + '_pairs')})"
            for k, v in row.items() if k.endswith("_accuracy")
        )
        lines.append(f"| {name} | {_fmt(row['precision'])} | {_fmt(row['recall'])} | {_fmt(row['f1'])} | "
                     f"{row['tp']} | {row['fp']} | {row['fn']} | {notes} |")
    tail = []
    if "documents" in scores:
        tail.append(f"documents: {scores['documents']}")
    mn = scores.get("must_not")
    if isinstance(mn, dict) and mn.get("checked"):
        tail.append(f"must_not violations: {mn['violated']} of {mn['checked']}")
    if tail:
        lines += ["", "; ".join(tail)]
    return "\n".join(lines)
