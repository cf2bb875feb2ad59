"""The roles tests' fixture (imported by the test modules; a conftest.py here would shadow tests/conftest.py
for modules that import it by name): run the stages up to roles on a text."""

from __future__ import annotations

import pytest

NOMINATION_HEAD = (
    "President Names Key Nominees\n\nWASHINGTON – Today, President Joe Biden announced his intent to "
    "nominate the following individual:\n\n-   Peter Garland, Nominee for Ambassador Extraordinary and "
    "Plenipotentiary to Fiji\n\n**Peter Garland, Nominee for Ambassador Extraordinary and Plenipotentiary "
    "to Fiji**\n\n")
"""The opening of an invented nomination announcement (title, dateline, list, the nominee's heading),
before which the tests put the biography paragraph they read."""


@pytest.fixture(scope="session")
def roles_of():
    """``roles_of(text, published=..., country=...)`` -> (roles, context) for an article text
    (title line and dateline read as ingest reads a .txt file)."""
    from dataclasses import replace

    from pipeline import nlp as N
    from pipeline.context import build_context
    from pipeline.entities import EntityIndex, extract_entities
    from pipeline.ingest import parse_txt
    from pipeline.roles import extract_roles

    nlp = N.load()

    def _run(text: str, *, published: str | None = "2024-03-01", country: str | None = None):
        article = replace(parse_txt(text, source="t", published=published), country=country)
        doc = N.process(nlp, article)
        entities = extract_entities(doc)
        context = build_context(doc, article=article, entities=entities)
        return extract_roles(doc, EntityIndex.build(entities), context=context), context

    return _run
