"""Shared fixtures. Model-dependent tests are marked ``model`` and share one loaded pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
DATA = Path(__file__).resolve().parent / "data"
SEED_TXT = CORPUS / "000_0f67e98c915d983e.txt"
SEED_GOLD = DATA / "seed" / "000_0f67e98c915d983e.gold.json"


def shared_dir() -> Path | None:
    """The project's shared/ folder (dev data), beside the checkout; None when absent."""
    for cand in (ROOT.parent / "shared", Path("/work/shared")):
        if (cand / "dev").is_dir():
            return cand
    return None


@pytest.fixture(scope="session")
def nlp():
    from pipeline import nlp as N

    return N.load()


@pytest.fixture(scope="session")
def make_doc(nlp):
    """Process a text like the pipeline does: ``make_doc(text, published=..., title=...)``."""
    from pipeline import nlp as N
    from pipeline.records import Article

    def _make(text: str, *, published: str | None = None, title: str | None = None, dateline: str | None = None,
              country: str | None = None):
        art = Article(id="t", text=text, title=title, published=published, dateline=dateline, country=country)
        return N.process(nlp, art)

    return _make


@pytest.fixture(scope="session")
def dates_of(make_doc):
    """``dates_of(text, published)`` -> ``[(text, type, value), ...]`` as a pipeline run finds them."""
    from pipeline.dates import extract_dates

    def _run(text: str, published: str | None):
        return [(d.text, d.type, d.value) for d in extract_dates(make_doc(text, published=published),
                                                                 published=published)]

    return _run
