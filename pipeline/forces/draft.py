"""A force being assembled from one mention, before mentions of the same force merge."""

from __future__ import annotations

from dataclasses import dataclass, field

@dataclass
class Draft:
    owner: str | None
    size: float | int | None
    approximate: bool
    unit: str
    location: str | None
    status: str | None
    quantities: list[str] = field(default_factory=list)
    first: int = 0
    kind: str | None = None
    """the noun a size-less statement rests on ("deployment", "rotation", "presence")"""

