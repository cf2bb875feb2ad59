"""Reading records files back: a leaf that the API, frames and export share.

Kept apart from :mod:`pipeline.api` so that :mod:`pipeline.frames` and :mod:`pipeline.export`
can read records without importing the API (which imports them): no import cycle.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .errors import PipelineError


def read_records(path: str | Path) -> Iterator[dict[str, Any]]:
    """Iterate over the records of a ``records.jsonl`` file (or an output folder).

    Args:
        path: A ``records.jsonl`` file, or a folder holding one (the ``out_dir`` of :func:`run`).

    Yields:
        One record dict per line, in the contract's JSON form; blank lines are skipped.

    Raises:
        PipelineError: The file is missing or a line is not JSON (the message names the line).
    """
    p = Path(path)
    if p.is_dir():
        p = p / "records.jsonl"
    try:
        fh = p.open(encoding="utf-8")
    except OSError as e:
        raise PipelineError(f"{p}: cannot read records ({e.strerror})") from e
    with fh:
        for lineno, line in enumerate(fh, 1):
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as e:
                    raise PipelineError(f"{p}:{lineno}: not a JSON record ({e.msg})") from e
