"""Round 41: a release that nominates one person with no heading for the biography has its
biography in the paragraphs after the nomination that name the nominee or open with "She"/"He"
(``sole_nominee.sole_nominee_sections``); a list of posts framed by a government corporation
("worked at the Federal Deposit Insurance Corporation ..., most recently as X") is public
(``bio_list_posts.frame_names_public_body``), and "..., most recently as X" closes a career clause
as "including most recently as X" does.

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest
from roles_harness import roles_of  # noqa: F401  (fixture)

from pipeline.roles.nomination_bios import bio_offices
from pipeline.roles.reader import Candidate
from pipeline.roles.sole_nominee import sole_nominee_sections


@pytest.mark.parametrize(("sentence", "titles"), [
    ("She worked at the Federal Deposit Insurance Corporation for 20 years in several leadership positions, most "
     "recently as Director of the Division of Supervision.", ["Director of the Division of Supervision"]),
    ("He served at the Department of Labor for 12 years, most recently as Director of the Office of Policy.",
     ["Director of the Office of Policy"]),
    # a firm's career stays out, with or without the frame
    ("She worked at Acme Holdings LLC for 10 years, most recently as Director of the Division of Supervision.", []),
    ("He worked at the Example Corporation for 10 years, most recently as Director of the Division of Research.", []),
    # review of the round: a firm named after the public body is where the last post was held
    ("She worked at the Federal Deposit Insurance Corporation and then at Ridgeline Capital for 12 years, most "
     "recently as Managing Director of the Division of Markets.", []),
])
def test_most_recently_as(sentence: str, titles: list[str]) -> None:
    assert [t for _, _, t, _, _ in bio_offices(sentence)] == titles


def _nominee(name: str, start: int) -> Candidate:
    return Candidate(start=start, end=start + len(name), person=None, name=name, title="Director", role="official_other",
                     country="USA", organization=None, status="nominee")


def test_sole_nominee_sections() -> None:
    text = ("Today, the President announced his intent to nominate Jane Roe to serve as Director.\n"
            "Roe has served at the agency since 2010.\n"
            "The agency was founded in 1950.\n"
            "She previously worked at the Treasury.\n")
    sections = sole_nominee_sections(text, [_nominee("Jane Roe", text.index("Jane"))])
    assert [text[a:b] for a, b, _ in sections] == ["Roe has served at the agency since 2010.",
                                                  "She previously worked at the Treasury."]
    # two nominees: each needs its own heading; no section is guessed
    two = [_nominee("Jane Roe", text.index("Jane")), _nominee("John Poe", 0)]
    assert sole_nominee_sections(text, two) == []


@pytest.mark.model
def test_headless_biography_of_one_nominee(roles_of) -> None:  # noqa: F811
    text = ("President Ana Novak Announces Nominee for Director of the National Housing Agency\n\n"
            "Today, President Ana Novak announced her intent to nominate Carla Reyes to serve as the Director of the "
            "National Housing Agency.\n\n"
            "Reyes has over three decades of experience in financial regulation. Prior to joining the agency, Reyes "
            "worked at the Federal Deposit Insurance Corporation for more than 20 years in a variety of leadership "
            "positions, most recently as Director of the Division of Consumer Protection.\n")
    roles, _ = roles_of(text, published="2024-01-01", country="USA")
    got = {(r.person_name, r.title, r.status) for r in roles}
    assert ("Carla Reyes", "Director of the Division of Consumer Protection", "former") in got, roles


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Prime Ministers Hana Sato of Japan and Liam Clarke of Australia met today in Tokyo.",
     {("Hana Sato", "JPN"), ("Liam Clarke", "AUS")}),
    ("Foreign Ministers Ana Novak of Chile and Luis Arce of the Philippines spoke by phone.",
     {("Ana Novak", "CHL"), ("Luis Arce", "PHL")}),
])
def test_plural_title_names_with_their_countries(roles_of, text: str, expected: set) -> None:  # noqa: F811
    # each listed holder's "of COUNTRY" is read past, to the next name, and is that holder's state
    roles, _ = roles_of("Statement\n\n" + text, published="2024-01-01", country="USA")
    assert {(r.person_name, r.country) for r in roles} >= expected, roles


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # the entities stage reads a ruler's title before one name word ("Emir Tamim": Tamim); the
    # roles stage takes the title as the office then, not as the first word of a name
    ("The President spoke with Emir Tamim of Qatar.", ("Tamim", "head_of_state", "QAT")),
    # a given name that a title precedes stays part of the name ("Speaker Amir Ohana")
    ("The President met Speaker Amir Ohana of Israel.", ("Amir Ohana", "legislator", "ISR")),
])
def test_ruler_title_before_one_name(roles_of, text: str, expected: tuple) -> None:  # noqa: F811
    roles, _ = roles_of("Readout\n\n" + text, published="2024-01-01", country="USA")
    assert expected in {(r.person_name, r.role, r.country) for r in roles}, roles
