"""Tests for pipeline.quotes.speakers: mention lookups by offset (no model)."""

from __future__ import annotations

import pytest

from pipeline.quotemarks import QuotePair, find_quote_pairs
from pipeline.quotes.speakers import Mentions

# (start, end, entity): the entity is any object here
MENTIONS = Mentions([(0, 5, "Biden"), (40, 47, "Sullivan"), (40, 47, "Sullivan"), (90, 95, "Yoon"), (200, 210, "Kishida")])


@pytest.mark.parametrize(
    ("pos", "expected"),
    [(0, None), (1, "Biden"), (40, "Biden"), (41, "Sullivan"), (95, "Yoon"), (10_000, "Kishida")],
)
def test_before_is_the_last_mention_starting_before(pos: int, expected: str | None) -> None:
    found = MENTIONS.before(pos)
    assert (found[2] if found else None) == expected


@pytest.mark.parametrize(
    ("lo", "hi", "expected"),
    [(0, 1, ["Biden"]), (1, 40, []), (40, 91, ["Sullivan", "Sullivan", "Yoon"]), (91, 200, []),
     (0, 10_000, ["Biden", "Sullivan", "Sullivan", "Yoon", "Kishida"])],
)
def test_between_is_half_open(lo: int, hi: int, expected: list) -> None:
    assert [m[2] for m in MENTIONS.between(lo, hi)] == expected


def test_upto_keeps_text_order() -> None:
    assert [m[2] for m in MENTIONS.upto(91)] == ["Biden", "Sullivan", "Sullivan", "Yoon"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said: “We will ‘never’ give up.”", [QuotePair(10, 34, False, False)]),
        ("'Rolling Thunder' was the name.", [QuotePair(1, 16, True, True)]),
        ('No quotes at all, only Korea\'s allies.', []),
    ],
)
def test_quote_pairs_are_public_records(text: str, expected: list[QuotePair]) -> None:
    assert find_quote_pairs(text) == expected


def test_two_entities_sharing_a_span_do_not_break_the_lookup() -> None:
    """Two PERSON entities can hold the same span when the entities stage could not tell which
    of two namesakes a mention is; entities have no order, so sorting must not compare them."""
    import spacy

    from pipeline.entities import EntityIndex
    from pipeline.records import Entity, Span
    from pipeline.quotes.speakers import Speakers

    text = "Sean Kelly said the plan was sound. Kelly left."
    doc = spacy.blank("en")(text)
    shared = Span(start=0, end=10, text="Sean Kelly")
    a = Entity(id="E1", label="PERSON", name="John Kelly", country=None, mentions=(shared,))
    b = Entity(id="E2", label="PERSON", name="Sean Kelly", country=None,
               mentions=(shared, Span(start=36, end=41, text="Kelly")))
    speakers = Speakers(doc, text, EntityIndex.build([a, b]), [])
    assert [m[2].id for m in speakers.persons.between(0, len(text))] == ["E1", "E2", "E2"]
