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
