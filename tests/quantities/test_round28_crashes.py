"""Texts that crashed the pipeline (round 28): each must now give a record."""

from __future__ import annotations

import pytest


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # a strength with no noun after it: "N-strong" closing an apposition
    "Our responsibility is to ensure our all-volunteer military, 2.1 million-strong, is ready.",
    "The force, 5,000-strong.",
])
def test_strength_without_a_noun(text) -> None:
    from pipeline import extract

    rec = extract(text, published="2025-05-16").record
    assert any("strong" in q.text for q in rec.quantities)
