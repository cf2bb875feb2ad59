"""Run the pipeline and the peer baselines on gold-annotated texts and score both in one run.

A gold set is a folder: either a *gold directory* (``NN_*.txt`` beside ``NN_*.gold.json``, the
layout of ``shared/dev/statements`` and the seed; any new annotated set laid out the same way
is scored the same way) or a MEANTIME folder (``*.xml``).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

from pipeline.errors import ConfigError
from pipeline.records import Article

from .readers.gold import GOLD_SUFFIX


def gold_kind(folder: Path) -> str:
    """``"statements"`` for a gold directory, ``"meantime"`` for MEANTIME XML.

    Raises:
        ConfigError: The folder holds neither.
    """
    if any(folder.glob("*" + GOLD_SUFFIX)):
        return "statements"
    if any(folder.rglob("*.xml")):
        return "meantime"
    raise ConfigError(f"{folder}: no *.gold.json or MEANTIME *.xml files found; pass a gold folder")


def statement_articles(folder: Path, inputs: list[str]) -> list[Article]:
    """Articles to score: INPUTs when given, else every text beside a gold file."""
    from pipeline.ingest import Reject, parse_txt, read_inputs

    gold = {p.name[: -len(GOLD_SUFFIX)]: json.loads(p.read_text(encoding="utf-8"))
            for p in sorted(folder.glob("*" + GOLD_SUFFIX))}
    if inputs:
        arts = [a for a in read_inputs(inputs) if not isinstance(a, Reject)]
        out = []
        for a in arts:
            stem = Path(a.source or a.id).stem
            pub = a.published or (gold.get(stem) or gold.get(a.id) or {}).get("published")
            out.append(Article(id=a.id, text=a.text, source=a.source, title=a.title, dateline=a.dateline,
                               published=pub, country=a.country))
        return out
    out = []
    for stem, g in gold.items():
        txt = folder / f"{stem}.txt"
        if not txt.exists():
            continue
        parsed = parse_txt(txt.read_text(encoding="utf-8"), source=str(txt), published=g.get("published"))
        out.append(Article(id=stem, text=parsed.text, source=str(txt), title=parsed.title,
                           dateline=parsed.dateline, published=g.get("published")))
    return out


def pipeline_records(articles: list[Article], model: str | None) -> list[dict]:
    """Records of the pipeline for ``articles`` (a rejected article is reported on stderr)."""
    from pipeline.engine import check_model, process_articles

    check_model(model)
    records = []
    for art_id, record, reject in process_articles(articles, model=model):
        if record is None:
            print(f"warning: {art_id} was rejected: {reject['message']}", file=sys.stderr)
        else:
            records.append(record)
    return records


def baseline_records(articles: list[Article]) -> list[dict]:
    """Records of the peer baselines (:mod:`evaluation.baselines`) for ``articles``."""
    from .baselines import baseline_record, load_baseline_nlp

    nlp = load_baseline_nlp()
    return [baseline_record(a.text, published=a.published, article_id=a.id, source=a.source, title=a.title, nlp=nlp)
            for a in articles]


def evaluate_folder(folder: Path, inputs: list[str], *, model: str | None, baseline: bool,
                    frozen: bool = False) -> dict[str, Any]:
    """Score the pipeline (and the baseline) on one gold folder.

    Args:
        folder: A gold directory or a MEANTIME folder.
        inputs: Files to run instead of the texts beside the gold files (statements layout).
        model: spaCy pipeline name (None: the pipeline's default).
        baseline: Also run and score the peer baselines.
        frozen: Mark the set as frozen (held out; reported in its own section).

    Returns:
        ``{"kind", "gold", "name", "frozen", "documents", "pipeline", "pipeline_seconds"}`` and
        ``"baseline"`` when asked for; ``pipeline``/``baseline`` are the scorer outputs.
    """
    kind = gold_kind(folder)
    t = time.perf_counter()
    if kind == "statements":
        from .scorers.statements import score_statements

        articles = statement_articles(folder, inputs)
        score = lambda recs: score_statements(recs, folder)  # noqa: E731
    else:
        from .readers.meantime import read_meantime, score_meantime

        docs = read_meantime(folder)
        articles = [Article(id=d.id, text=d.text, title=d.title, published=d.published) for d in docs]
        score = lambda recs: score_meantime(recs, docs)  # noqa: E731
    result: dict[str, Any] = {"kind": kind, "gold": str(folder), "name": folder.name, "frozen": frozen,
                              "documents": len(articles)}
    result["pipeline"] = score(pipeline_records(articles, model))
    result["pipeline_seconds"] = round(time.perf_counter() - t, 1)
    if baseline:
        result["baseline"] = score(baseline_records(articles))
    return result
