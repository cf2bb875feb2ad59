"""Worker-side batching (pipeline/engine.py): ``nlp.pipe`` batches bounded in articles and in
characters, in input order, every article exactly once."""

from __future__ import annotations

import pytest

from pipeline.worker import pipe_groups as _pipe_groups
from pipeline.records import Article


def _arts(lengths: list[int]) -> list[Article]:
    return [Article(id=str(i), text="x" * n) for i, n in enumerate(lengths)]


@pytest.mark.parametrize("lengths, size, chars, expected", [
    ([10] * 10, 8, 1000, [8, 2]),                 # the article count closes a batch
    ([400, 400, 400, 10], 8, 1000, [2, 2]),        # the character budget closes it early
    ([50, 5000, 50, 50], 8, 1000, [1, 1, 2]),      # a longer article is a batch of its own
    ([5000], 8, 1000, [1]),
    ([], 8, 1000, []),
    ([1000, 1], 8, 1000, [1, 1]),                  # exactly at the budget, the next one waits
])
def test_groups_bounded_in_articles_and_characters(lengths, size, chars, expected):
    arts = _arts(lengths)
    groups = list(_pipe_groups(arts, size, chars))
    assert [len(g) for g in groups] == expected
    assert [a.id for g in groups for a in g] == [a.id for a in arts]
    assert all(len(g) == 1 or sum(len(a.text) for a in g) <= chars for g in groups)
