"""Fixtures for the entities stage tests.

``nlp``: the shared pipeline, with the gazetteer ruler built by
:func:`pipeline.entities.gazetteer_patterns`. Until pipeline/components.py imports that function
(the component contract of issue #10), a pipeline with it is built here for these tests.
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp():
    import pipeline.components as C
    from pipeline import nlp as N
    from pipeline.entities import gazetteer_patterns

    if C.gazetteer_patterns is gazetteer_patterns:
        return N.load()
    saved = C.gazetteer_patterns
    C.gazetteer_patterns = gazetteer_patterns
    try:
        return N.load.__wrapped__()
    finally:
        C.gazetteer_patterns = saved


@pytest.fixture(scope="session")
def make_doc(nlp):
    """Process a text like the pipeline does, with this directory's ``nlp``."""
    from pipeline import nlp as N
    from pipeline.records import Article

    def _make(text: str, *, published: str | None = None, title: str | None = None, dateline: str | None = None,
              country: str | None = None):
        art = Article(id="t", text=text, title=title, published=published, dateline=dateline, country=country)
        return N.process(nlp, art)

    return _make
