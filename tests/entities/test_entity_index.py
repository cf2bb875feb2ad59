"""EntityIndex: the entity behind a character range (:mod:`pipeline.entities.index`)."""

from __future__ import annotations

import pytest

from pipeline.entities import EntityIndex
from pipeline.records import Entity, Span


def _ent(i: int, *ranges: tuple[int, int]) -> Entity:
    return Entity(id=f"E{i}", label="ORG", name=f"Body {i}", country=None,
                  mentions=tuple(Span(start=s, end=e, text="x" * (e - s)) for s, e in ranges))


@pytest.mark.parametrize("entities", [
    [_ent(1, (0, 10)), _ent(2, (20, 30))],
    # shared characters: the earlier entity, and within one entity the earlier mention, wins
    [_ent(1, (5, 15)), _ent(2, (0, 10), (12, 20))],
    [_ent(1, (0, 10), (4, 12)), _ent(2, (8, 30)), _ent(3, (9, 11))],
    [_ent(1), _ent(2, (3, 3), (3, 6))],
])
def test_each_character_finds_its_first_entity_and_mention(entities: list[Entity]) -> None:
    index = EntityIndex.build(entities)
    expected: dict[int, tuple[Entity, Span]] = {}
    for ent in entities:
        for m in ent.mentions:
            for pos in range(m.start, m.end):
                expected.setdefault(pos, (ent, m))
    for pos in range(35):
        hit = expected.get(pos)
        assert index.at(pos, pos + 1) is (hit[0] if hit else None)
        assert index._by_start.get(pos) == hit
