"""Counting and one-to-one matching: precision/recall/F1 counts, accuracies on matched pairs,
and a maximum bipartite matching of gold against predicted items."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

@dataclass(slots=True)
class Counts:
    """True/false positives and negatives plus named correct/total counters (accuracies)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    extra: dict[str, list[int]] = field(default_factory=dict)

    def add(self, other: "Counts") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        for k, (c, t) in other.extra.items():
            acc = self.extra.setdefault(k, [0, 0])
            acc[0] += c
            acc[1] += t

    def tally(self, name: str, correct: bool) -> None:
        acc = self.extra.setdefault(name, [0, 0])
        acc[0] += int(correct)
        acc[1] += 1

    def as_dict(self) -> dict[str, Any]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else None
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else None
        if p is None and r is None:
            f1 = None
        else:
            f1 = 2 * p * r / (p + r) if p and r else 0.0
        out: dict[str, Any] = {"precision": _round(p), "recall": _round(r), "f1": _round(f1),
                               "tp": self.tp, "fp": self.fp, "fn": self.fn}
        for k, (c, t) in sorted(self.extra.items()):
            out[f"{k}_accuracy"] = _round(c / t) if t else None
            out[f"{k}_pairs"] = t
        return out


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 4)


def max_matching(n_gold: int, n_pred: int, compatible: Callable[[int, int], bool]) -> list[tuple[int, int]]:
    """A maximum one-to-one matching (gold index, pred index) of a bipartite relation.

    Candidates are tried in index order, so among equally large matchings earlier pairs win.
    """
    adj = [[j for j in range(n_pred) if compatible(i, j)] for i in range(n_gold)]
    owner: list[int | None] = [None] * n_pred

    def augment(i: int, seen: list[bool]) -> bool:
        for j in adj[i]:
            if not seen[j]:
                seen[j] = True
                if owner[j] is None or augment(owner[j], seen):
                    owner[j] = i
                    return True
        return False

    for i in range(n_gold):
        if adj[i]:
            augment(i, [False] * n_pred)
    return sorted((i, j) for j, i in enumerate(owner) if i is not None)


def greedy_matching(n_gold: int, n_pred: int, compatible: Callable[[int, int], bool], *,
                    preference: Callable[[int, int], Any] | None = None) -> list[tuple[int, int]]:
    """A greedy one-to-one matching: each gold item, in order, takes the best free prediction.

    Args:
        n_gold: Number of gold items.
        n_pred: Number of predictions.
        compatible: Whether gold ``i`` and prediction ``j`` may be paired.
        preference: Sort key of a compatible ``(i, j)`` (lower is better); default: ``j``, so
            the earliest free prediction wins.
    """
    key = preference or (lambda i, j: j)
    taken: set[int] = set()
    pairs = []
    for i in range(n_gold):
        free = [j for j in range(n_pred) if j not in taken and compatible(i, j)]
        if free:
            j = min(free, key=lambda j: key(i, j))
            taken.add(j)
            pairs.append((i, j))
    return pairs


@dataclass(slots=True)
class ItemScore:
    """Counts of one comparison plus the matched pairs, missed gold and spurious predictions."""

    counts: Counts
    pairs: list[tuple[dict, dict]]
    missed: list[dict]
    spurious: list[dict]


def score_items(
    gold: Sequence[dict],
    pred: Sequence[dict],
    compatible: Callable[[dict, dict], bool],
    *,
    optional: Sequence[dict] = (),
    excused: Callable[[dict], bool] | None = None,
    matcher: Callable[[int, int, Callable[[int, int], bool]], list[tuple[int, int]]] | None = None,
) -> ItemScore:
    """One-to-one match ``pred`` against required ``gold`` items.

    Args:
        gold: Required gold items (unmatched ones are false negatives).
        pred: Predicted items.
        compatible: Whether a gold and a predicted item match.
        optional: Not-required gold items: a prediction compatible with one is not counted.
        excused: Another test for predictions that are neither right nor wrong.
        matcher: The one-to-one matching to use (default :func:`max_matching`).
    """
    pairs = (matcher or max_matching)(len(gold), len(pred), lambda i, j: compatible(gold[i], pred[j]))
    matched_g = {i for i, _ in pairs}
    matched_p = {j for _, j in pairs}
    spurious = []
    for j, p in enumerate(pred):
        if j in matched_p:
            continue
        if any(compatible(o, p) for o in optional) or (excused is not None and excused(p)):
            continue
        spurious.append(p)
    missed = [g for i, g in enumerate(gold) if i not in matched_g]
    counts = Counts(tp=len(pairs), fp=len(spurious), fn=len(missed))
    return ItemScore(counts, [(gold[i], pred[j]) for i, j in pairs], missed, spurious)


