"""Rebuild corpus/statements.jsonl from ../shared/dev/statements (texts + sources.tsv).

Each line: id (the file stem), text (the file as published), title, published, source (URL).
Run from the repository root: ``python scripts/build_corpus.py [SHARED_DIR]``.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path


def main() -> None:
    shared = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared")
    src = shared / "dev" / "statements"
    rows = {r["file"]: r for r in csv.DictReader((src / "sources.tsv").open(encoding="utf-8"), delimiter="\t")}
    out = Path("corpus/statements.jsonl")
    with out.open("w", encoding="utf-8") as f:
        for txt in sorted(src.glob("*.txt")):
            meta = rows.get(txt.name, {})
            record = {
                "id": txt.stem,
                "text": txt.read_text(encoding="utf-8"),
                "title": meta.get("title"),
                "published": meta.get("date") or None,
                "source": meta.get("url"),
            }
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"wrote {out} ({len(list(src.glob('*.txt')))} articles)")


if __name__ == "__main__":
    main()
