"""Build a benchmark corpus of >= 2,000 articles from the real texts in corpus/ and ../shared/dev.

No network. Each article is a deterministic recombination of real paragraphs (a title line, then
4-10 paragraphs drawn from the pool), so the texts are real news prose of realistic length,
and every article is distinct (so incremental runs cannot skip any). Writes one JSONL file.

Usage: python benchmarks/make_corpus.py [--n 2000] [--out benchmarks/data/bench.jsonl] [--shared ../shared]
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path


def paragraphs_from_corpus(root: Path) -> list[str]:
    paras: list[str] = []
    for f in sorted(root.glob("*.txt")):
        paras += [p.strip() for p in f.read_text(encoding="utf-8").split("\n\n")[1:] if len(p.strip()) > 80]
    for f in sorted(root.glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            text = json.loads(line)["text"]
            paras += [p.strip() for p in text.split("\n\n")[1:] if len(p.strip()) > 80]
    return paras


def paragraphs_from_meantime(folder: Path) -> list[str]:
    paras: list[str] = []
    for f in sorted(folder.rglob("*.xml")):
        tokens = re.findall(r"<token [^>]*sentence=\"(\d+)\"[^>]*>([^<]*)</token>", f.read_text(encoding="utf-8"))
        sents: dict[str, list[str]] = {}
        for sent, tok in tokens:
            sents.setdefault(sent, []).append(tok)
        body = [" ".join(t) for k, t in sorted(sents.items(), key=lambda kv: int(kv[0]))][1:]
        for i in range(0, len(body), 3):
            chunk = " ".join(body[i:i + 3])
            if len(chunk) > 80:
                paras.append(chunk.replace("&amp;", "&").replace("&quot;", '"'))
    return paras


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--out", default="benchmarks/data/bench.jsonl")
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    shared = Path(args.shared)
    pool = paragraphs_from_corpus(Path("corpus"))
    if (shared / "dev" / "meantime").exists():
        pool += paragraphs_from_meantime(shared / "dev" / "meantime")
    rng = random.Random(args.seed)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    words = 0
    with out.open("w", encoding="utf-8") as f:
        for i in range(args.n):
            body = rng.sample(pool, rng.randint(4, 10))
            title = " ".join(body[0].split()[:10])
            text = title + "\n\n" + "\n\n".join(body)
            words += len(text.split())
            year = rng.randint(2019, 2025)
            f.write(json.dumps({"id": f"bench-{i:05d}", "text": text, "title": title,
                                "published": f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"}) + "\n")
    print(f"wrote {out}: {args.n} articles, {words} words, from {len(pool)} real paragraphs")


if __name__ == "__main__":
    main()
