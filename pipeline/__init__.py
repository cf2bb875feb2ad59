"""newsie: turn English news text into structured, validated, source-grounded records.

Public API (see README "Notebook users"):

- :func:`extract` — one text in, one :class:`Result` out.
- :func:`run` — files and folders in, ``records.jsonl`` / ``rejects.jsonl`` / ``summary.json`` out.
- :func:`read_records` — read a records file back.
- :func:`read_tables` — the flat tables back from Parquet, SQLite or PostgreSQL.
- :func:`to_frames` — many records (or an output folder) as pandas DataFrames.
- :func:`pipe` — many texts (or ``(text, meta)`` pairs) in, Results out, in order.
- :func:`extract_frame` — a DataFrame column of texts in, the flat tables out.
- :func:`load` — the spaCy pipeline with the project's components (``newsie_*``), for
  ``nlp.pipe`` over Docs of your own; results are on ``doc._.newsie_entities``, ``_.newsie_roles``...
"""

from __future__ import annotations

__version__ = "0.1.0"

from .api import Result, extract, read_records, read_tables, run, to_frames  # noqa: E402
from .batch import extract_frame, pipe  # noqa: E402
from .nlp import load  # noqa: E402

__all__ = ["Result", "extract", "extract_frame", "load", "pipe", "read_records", "read_tables", "run", "to_frames",
           "__version__"]
