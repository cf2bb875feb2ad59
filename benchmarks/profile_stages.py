"""Time per stage: every component of the pipeline timed separately over the same documents.

Stage times are CPU time of the process (``time.process_time``), so other work on the machine
barely changes them; ``seconds`` is the wall time. The Docs go through ``nlp.pipeline`` as
``nlp.pipe`` takes them: each statistical component's own ``pipe`` over the worker's
``nlp.pipe`` batches, then the extraction components one Doc at a time (an article above
:data:`pipeline.nlp.PARSE_CHUNK_CHARS` through the statistical components piece by piece), then
record assembly and validation, so the time of each statistical and each ``newsie_*``
component is measured on exactly the work the real run does. Also used by the length-scaling
benchmark (``--long CHARS``): one article built by concatenating benchmark documents.

    python benchmarks/profile_stages.py --n 300 [--json FILE]
    python benchmarks/profile_stages.py --long 100000
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
# the checkout this script is in, before any installed copy: a second worktree run with a shared
# interpreter would otherwise profile the installed (editable) tree's pipeline, not its own
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from common import wh_corpus  # noqa: E402


def load_articles(n: int, skip: int = 0):
    from pipeline.records import Article

    arts = []
    with wh_corpus(None if n + skip > 2000 else 2000).open(encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i < skip:
                continue
            if len(arts) >= n:
                break
            o = json.loads(line)
            arts.append(Article(id=o["id"], text=o["text"], title=o.get("title"), published=o.get("published"),
                                source=o.get("source")))
    return arts


def long_article(chars: int, index: int = 0):
    """One article of about ``chars`` characters: whole benchmark documents joined by blank
    lines (the first document's title and date), cut at a paragraph break near ``chars``."""
    from pipeline.records import Article

    parts: list[str] = []
    total = 0
    first = None
    with wh_corpus(None).open(encoding="utf-8") as f:
        for i, line in enumerate(f):
            if i < index * 50:
                continue
            o = json.loads(line)
            first = first or o
            parts.append(o["text"].strip())
            total += len(parts[-1]) + 2
            if total >= chars:
                break
    text = "\n\n".join(parts)
    if len(text) > chars:
        cut = text.rfind("\n\n", 0, chars)
        text = text[:cut if cut > chars // 2 else chars]
    return Article(id=f"long-{chars}-{index}", text=text, title=None, published=first["published"])


def profile(articles, *, batch: int | None = None) -> dict:
    from pipeline import nlp as N
    from pipeline.assemble import build_record
    from pipeline.engine import PIPE_BATCH_SIZE
    from pipeline.validate import validate_record

    batch = batch or PIPE_BATCH_SIZE
    t = time.perf_counter()
    nlp = N.load()
    load_s = time.perf_counter() - t
    info = N.model_info(nlp)
    longest = max(len(a.text) for a in articles)
    if longest >= nlp.max_length:
        nlp.max_length = longest + 1
    # One short article first, so lazy loading (dateparser's data, first-call caches) is not
    # charged to the first stage that triggers it.
    from pipeline.records import Article

    warm = Article(id="warm-up", published="2025-01-02",
                   text="WASHINGTON - The Secretary of State met the Prime Minister of Japan on Monday. "
                        "They discussed $4 billion in aid, the Secretary said.")
    list(N.pipe(nlp, [warm], batch_size=1))
    # Peak so far: the model, the project's components and one short article.
    load_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    times: dict[str, float] = defaultdict(float)
    # How much each stage raised the process's peak RSS (ru_maxrss is monotonic): the stages
    # whose working set sets the peak.
    rises: dict[str, float] = defaultdict(float)

    def maxrss() -> float:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    t_all = time.perf_counter()
    c_all = time.process_time()
    limit = N.parse_chunk_chars()
    statistical, extraction = N.pipeline_parts(nlp)

    def run(procs, docs):
        for name, proc in procs:
            before = maxrss()
            t = time.process_time()
            if hasattr(proc, "pipe"):
                docs = list(proc.pipe(docs, batch_size=batch))
            else:
                docs = [proc(d) for d in docs]
            times[name] += time.process_time() - t
            rises[name] += maxrss() - before
        return docs

    def run_each(procs, docs):
        # The extraction components take one Doc through all of them before the next, as
        # nlp.pipe's generator chain does (they have no batch ``pipe``): stage-by-stage over a
        # list would defeat the EntityIndex the stages after entities share per Doc.
        out = []
        for doc in docs:
            for name, proc in procs:
                before = maxrss()
                t = time.process_time()
                doc = proc(doc)
                times[name] += time.process_time() - t
                rises[name] += maxrss() - before
            out.append(doc)
        return out

    for group in groups(articles, batch):
        t = time.process_time()
        norm = N.prepare(group[0]) if len(group) == 1 and 0 < limit < len(group[0].text) else None
        long = norm is not None and len(norm.text) > limit
        if long:
            # As the worker does it (pipeline.nlp): the pieces one at a time through the
            # statistical components, joined, then the extraction components on the whole.
            pieces = N.make_piece_docs(nlp, group[0], norm, limit)
        else:
            docs = [N.make_doc(nlp, a) for a in group]
        times["make_doc (normalise + tokenizer)"] += time.process_time() - t
        if long:
            parsed = []
            for piece in pieces:
                piece = run(statistical, [piece])[0]
                piece.tensor = piece.tensor[:0]  # as pipeline.nlp does: the tensors are not joined
                parsed.append(piece)
            t = time.process_time()
            docs = [N.join_pieces(parsed, group[0], norm)]
            times["join pieces (Doc.from_docs)"] += time.process_time() - t
            del parsed, pieces
        else:
            docs = run(statistical, docs)
        docs = run_each(extraction, docs)
        for art, doc in zip(group, docs):
            t = time.process_time()
            record = build_record(doc, model=info).to_dict()
            times["build_record"] += time.process_time() - t
            t = time.process_time()
            validate_record(record, text=art.text)
            times["validate_record"] += time.process_time() - t
            t = time.process_time()
            json.dumps(record, ensure_ascii=False)
            times["json.dumps"] += time.process_time() - t
    total = time.perf_counter() - t_all
    cpu_total = time.process_time() - c_all
    return {"docs": len(articles), "chars": sum(len(a.text) for a in articles),
            "words": sum(len(a.text.split()) for a in articles), "load_seconds": load_s,
            "seconds": total, "cpu_seconds": cpu_total, "stages": dict(times),
            "peak_rise_mb": {k: round(v, 1) for k, v in rises.items() if v > 0}, "pipe_names": nlp.pipe_names,
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "load_peak_rss_mb": load_peak,
            "largest_batch_chars": max(sum(len(a.text) for a in g) for g in groups(articles, batch)),
            "parse_chunk_chars": limit}


def groups(articles, batch: int):
    """The ``nlp.pipe`` batches of the worker: at most ``batch`` articles and
    :data:`pipeline.worker.PIPE_BATCH_CHARS` characters; a longer article alone."""
    from pipeline.worker import PIPE_BATCH_CHARS, pipe_groups

    return pipe_groups(articles, batch, PIPE_BATCH_CHARS)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=300, help="documents (the first N of the corpus)")
    ap.add_argument("--skip", type=int, default=0)
    ap.add_argument("--long", type=int, default=None, help="profile one article of this many characters")
    ap.add_argument("--copies", type=int, default=1, help="with --long: this many different long articles")
    ap.add_argument("--batch", type=int, default=None)
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args()
    arts = ([long_article(args.long, i) for i in range(args.copies)] if args.long
            else load_articles(args.n, args.skip))
    res = profile(arts, batch=args.batch)
    if args.json:
        args.json.write_text(json.dumps(res, indent=2) + "\n")
    print(json.dumps(res, indent=2))


if __name__ == "__main__":
    main()
