"""Read hand-annotated gold files: ``NAME.gold.json`` next to ``NAME.txt``.

Layout and conventions: ``shared/dev/README.md``. Two layouts are read:

* statements layout: ``persons`` (names), ``roles``, ``quantities``, ``forces``, ``dates``,
  ``quotes``, ``events``, ``uncertain``; evidence is ``{"text", "occurrence"}`` (the k-th,
  0-based, occurrence of ``text`` in the ``.txt``);
* seed layout: ``entities`` (``label``/``name``/``aliases``), items that may carry
  ``"optional": true``, evidence ``{"start", "end", "text"}`` and a ``must_not`` list.

Any folder laid out this way (``NN_*.txt`` + ``NN_*.gold.json``) is a gold set; a file may
name its ``genre`` (``"statement"``, ``"biography"``, ``"wire"``...), kept on :class:`GoldDoc`
so scores can be split by genre.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.errors import PipelineError

GOLD_SUFFIX = ".gold.json"
KINDS = ("person", "role", "quantity", "force", "date", "quote", "event")
"""Item kinds of a gold file (singular), in the order they are read."""
_PLURALS = {"persons": "person", "roles": "role", "quantities": "quantity", "dates": "date", "quotes": "quote",
            "forces": "force", "events": "event"}


class GoldError(PipelineError):
    """A gold file is malformed or its evidence cannot be found in the text beside it."""


@dataclass(frozen=True, slots=True)
class GoldDoc:
    """One gold file, with every evidence resolved to ``(start, end)`` offsets of ``text``.

    Item lists hold plain dicts (the gold items) with an added ``"span"`` key (``(start, end)``
    or None when the item has no evidence). ``optional`` holds the not-required items per kind
    (``person``, ``role``, ``quantity``, ``force``, ``date``, ``quote``, ``event``,
    ``quote_speaker``...). ``genre`` is the file's own ``genre`` field (None when absent).
    """

    stem: str
    text: str
    published: str | None
    persons: tuple[dict, ...]
    roles: tuple[dict, ...]
    quantities: tuple[dict, ...]
    forces: tuple[dict, ...]
    dates: tuple[dict, ...]
    quotes: tuple[dict, ...]
    optional: dict[str, tuple[dict, ...]] = field(default_factory=dict)
    must_not: tuple[dict, ...] = ()
    events: tuple[dict, ...] = ()
    genre: str | None = None


def occurrence_span(text: str, needle: str, occurrence: int = 0) -> tuple[int, int]:
    """Offsets of the ``occurrence``-th (0-based) occurrence of ``needle`` in ``text``.

    Occurrences are counted at every start position (``"aa"`` occurs twice in ``"aaa"``).

    Raises:
        GoldError: ``needle`` is empty or occurs fewer than ``occurrence + 1`` times.
    """
    if not needle:
        raise GoldError("empty evidence text")
    pos = -1
    for _ in range(occurrence + 1):
        pos = text.find(needle, pos + 1)
        if pos < 0:
            raise GoldError(f"evidence {needle[:60]!r} occurrence {occurrence} not found")
    return pos, pos + len(needle)


def _resolve(text: str, ev: Any) -> tuple[int, int] | None:
    if not isinstance(ev, dict) or not ev.get("text"):
        return None
    start, end = ev.get("start"), ev.get("end")
    if isinstance(start, int) and isinstance(end, int) and text[start:end] == ev["text"]:
        return start, end
    if "occurrence" not in ev and isinstance(start, int):
        # Offsets that do not slice to the text: take the occurrence nearest to them.
        hits = [m.start() for m in re.finditer(re.escape(ev["text"]), text)]
        if not hits:
            raise GoldError(f"evidence {ev['text'][:60]!r} not found")
        best = min(hits, key=lambda h: abs(h - start))
        return best, best + len(ev["text"])
    return occurrence_span(text, ev["text"], int(ev.get("occurrence", 0)))


def kind_of(item: dict) -> str:
    """Singular kind of an ``uncertain`` or ``must_not`` item (``"date"`` for TIMEX types)."""
    kind = str(item.get("kind") or item.get("type") or "").lower()
    if kind.upper() in ("DATE", "DURATION", "SET", "TIME"):
        return "date"
    return _PLURALS.get(kind, kind)


def _with_span(text: str, item: dict) -> dict:
    return {**item, "span": _resolve(text, item.get("evidence"))}


def read_gold(path: Path) -> GoldDoc:
    """Read one ``*.gold.json`` and the ``.txt`` beside it (both layouts).

    Raises:
        GoldError: The JSON is malformed, the text is missing or evidence is not found.
    """
    path = Path(path)
    stem = path.name[: -len(GOLD_SUFFIX)] if path.name.endswith(GOLD_SUFFIX) else path.stem
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise GoldError(f"{path}: {e}") from e
    info = gold.get("article") if isinstance(gold.get("article"), dict) else gold
    txt = path.with_name((info.get("file") or stem + ".txt"))
    if not txt.exists():
        txt = path.with_name(stem + ".txt")
    try:
        text = txt.read_text(encoding="utf-8")
    except OSError as e:
        raise GoldError(f"{path}: text file {txt.name} not readable: {e}") from e

    try:
        required: dict[str, list[dict]] = {k: [] for k in KINDS}
        optional: dict[str, list[dict]] = {}

        def add(kind: str, item: dict) -> None:
            item = _with_span(text, item)
            (optional.setdefault(kind, []) if item.get("optional") else required[kind]).append(item)

        if "persons" in gold:
            for name in gold["persons"]:
                add("person", {"name": name, "names": [name]})
        for ent in gold.get("entities", ()):
            if ent.get("label") == "PERSON":
                add("person", {**ent, "names": [ent["name"], *ent.get("aliases", ())]})
        for key, kind in _PLURALS.items():
            if kind != "person":
                for item in gold.get(key, ()):
                    add(kind, item)
        for item in gold.get("uncertain", ()):
            optional.setdefault(kind_of(item), []).append(_with_span(text, item))
    except GoldError as e:
        raise GoldError(f"{path}: {e}") from e
    return GoldDoc(
        stem=stem,
        text=text,
        published=info.get("published"),
        persons=tuple(required["person"]),
        roles=tuple(required["role"]),
        quantities=tuple(required["quantity"]),
        forces=tuple(required["force"]),
        dates=tuple(required["date"]),
        quotes=tuple(required["quote"]),
        optional={k: tuple(v) for k, v in optional.items()},
        must_not=tuple(gold.get("must_not", ())),
        events=tuple(required["event"]),
        genre=gold.get("genre") or info.get("genre"),
    )


def load_gold(gold_dir: Path | Iterable[Path]) -> dict[str, GoldDoc]:
    """Read every ``*.gold.json`` of one or several directories, keyed by file stem."""
    dirs = [Path(gold_dir)] if isinstance(gold_dir, (str, Path)) else [Path(d) for d in gold_dir]
    docs: dict[str, GoldDoc] = {}
    for d in dirs:
        for path in sorted(d.glob("*" + GOLD_SUFFIX)):
            doc = read_gold(path)
            docs[doc.stem] = doc
    return docs


