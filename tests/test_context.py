"""pipeline.context: the publisher's home country, the dateline's country, the context record."""

from __future__ import annotations

import re

import pytest

from pipeline.context import ArticleContext, build_context, dateline_country, infer_home_country
from pipeline.knowledge.offices import load_offices
from pipeline.records import Article, Entity


@pytest.mark.parametrize(("text", "expected"), [
    ("The White House said the President would travel to Seoul. The Pentagon confirmed the visit.", "USA"),
    ("Downing Street said the Prime Minister had spoken to allies. Whitehall officials agreed.", "GBR"),
    ("The Kremlin said Mr Putin had no plans to attend.", "RUS"),
    ("The White House and the Kremlin both declined to comment.", None),  # a tie names no one
    ("Officials in Seoul said the drills would continue.", None),  # a dateline-like city is no cue
    ("Whitehouse Street and the Pentagonal building", None),  # inside other words: no match
    ("The pre-Pentagon era", None),  # joined by a hyphen: not the seat
    # the place line of a transcript given in a room of the White House complex
    ("South Lawn\n\n10:02 A.M. EDT\n\nTHE PRESIDENT:  I spoke with the Chancellor this morning.", "USA"),
    ("East Room\n\n2:15 P.M. EST\n\nTHE PRESIDENT:  Please, sit down.", "USA"),
    ("They met in the Cabinet Room of Downing Street.", "GBR"),  # a room name other seats share: no cue
])
def test_infer_home_country(text: str, expected: str | None) -> None:
    assert infer_home_country(text) == expected


def _full_scan(text: str) -> str | None:
    """The inference without the literal pre-check (every seat pattern over the whole text)."""
    counts: dict[str, int] = {}
    for _, rx, code in load_offices().seats:
        n = len(rx.findall(text))
        if n:
            counts[code] = counts.get(code, 0) + n
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]


@pytest.mark.parametrize("text", [
    "The White House, the White House and the Kremlin.",
    "NSC officials met at Camp David; Downing Street was briefed, as was the Élysée.",
    "the Administration's plan; my Administration; the Biden-Harris Administration",
    "Knesset members and the Bundestag; Blue House; Yongsan; Kantei; Zhongnanhai",
    "No seat of government is named here at all.",
])
def test_literal_precheck_gives_identical_results(text: str) -> None:
    assert infer_home_country(text) == _full_scan(text)


@pytest.mark.parametrize(("dateline", "expected"), [
    ("KYIV", "UKR"),
    ("SEOUL", "KOR"),
    ("WASHINGTON", "USA"),
    ("DARWIN, Australia", "AUS"),  # the part after the city says where it is
    ("PARIS, Texas", "USA"),
    ("BRASILIA, Brazil", "BRA"),
    ("Fairhope, AL", "USA"),  # a small town and a USPS state code (transcript titles' place line)
    ("MILLEDGEVILLE, Ga.", "USA"),  # an AP state abbreviation, not Ghana
    ("Kumasi, Ghana", "GHA"),
    (None, None),
])
def test_dateline_country(dateline: str | None, expected: str | None) -> None:
    assert dateline_country(dateline) == expected


def test_dateline_city_known_only_to_the_text_takes_its_entity_country() -> None:
    ents = (Entity(id="E1", label="GPE", name="Smalltown", country="NZL", mentions=()),)
    assert dateline_country("SMALLTOWN", ents) == "NZL"
    assert dateline_country("SMALLTOWN") is None


class _FakeDoc:
    """A Doc stand-in: the context only reads the text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.user_data: dict = {}


@pytest.mark.parametrize(("country", "text", "home", "source"), [
    ("GBR", "The White House said so.", "GBR", "article"),  # the input's country wins
    (None, "The White House said so.", "USA", "text"),
    (None, "Nothing here.", None, None),
])
def test_build_context(country, text, home, source) -> None:
    article = Article(id="a", text=text, title="T", dateline="KYIV", published="2024-05-01", country=country)
    ctx = build_context(_FakeDoc(text), article=article, entities=())
    assert ctx == ArticleContext(published="2024-05-01", title="T", dateline="KYIV", dateline_country="UKR",
                                 home_country=home, home_country_source=source)


def test_context_is_frozen() -> None:
    with pytest.raises(AttributeError):
        ArticleContext().home_country = "USA"  # type: ignore[misc]


def test_seat_patterns_are_whole_words() -> None:
    assert all(isinstance(rx, re.Pattern) and rx.search(lit) for lit, rx, _ in load_offices().seats)
