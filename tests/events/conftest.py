"""Fixtures of the events tests: a sentence run through the whole pipeline."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def event_inputs(nlp):
    """``event_inputs(text, published=..., title=..., country=...)`` -> (doc, entities, roles, dates).

    The Doc comes from :func:`pipeline.nlp.process`; entities, roles and dates from the same Doc
    through :func:`pipeline.assemble.build_record`, exactly as a pipeline run makes them.
    """
    from pipeline import nlp as N
    from pipeline.assemble import build_record
    from pipeline.records import Article

    def _make(text: str, *, published: str | None = "2024-05-01", title: str | None = None,
              dateline: str | None = None, country: str | None = None):
        doc = N.process(nlp, Article(id="t", text=text, title=title, published=published, dateline=dateline,
                                     country=country))
        rec = build_record(doc, model=N.model_info(nlp))
        return doc, rec.entities, rec.roles, rec.dates

    return _make
