"""Round 31: the Senate's confirmation names an officer as appointing does ("Jane Roe was
confirmed by the Senate as Under Secretary of the Treasury", "the Senate confirmed Jane Roe as
..."); "confirm" with no office after "as" names none.

Every sentence is invented for these tests; names are fictional.
"""

from __future__ import annotations

import pytest
from roles_harness import roles_of  # noqa: F401  (fixture)


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Statement on the Vote\n\nDana Whitfield was confirmed by the Senate as Under Secretary of the Treasury "
     "for Terrorism in 2021.", {("Dana Whitfield", "official_other")}),
    ("Statement on the Vote\n\nThe Senate confirmed Dana Whitfield as Under Secretary of the Treasury for "
     "Terrorism on Tuesday.", {("Dana Whitfield", "official_other")}),
    ("Statement on the Talks\n\nDana Whitfield confirmed to reporters that the talks would resume.", set()),
])
def test_confirmed_as_an_office(roles_of, text: str, expected: set) -> None:
    roles, _ = roles_of(text, country="USA")
    assert {(r.person_name, r.role) for r in roles} == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # a body written before a plural title is the office's, as before a singular one
    ("Statement on the Council\n\nEuropean Commission Executive Vice Presidents Anna Lindqvist and Marek Nowak "
     "attended the meeting.", {("Anna Lindqvist", "EU"), ("Marek Nowak", "EU")}),
    ("Statement on the Council\n\nEuropean Commission Vice President Anna Lindqvist attended the meeting.",
     {("Anna Lindqvist", "EU")}),
])
def test_body_before_a_plural_title(roles_of, text: str, expected: set) -> None:
    roles, _ = roles_of(text, country="USA")
    assert {(r.person_name, r.organization) for r in roles} == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "holder"), [
    # the "by" of an appointing verb names the appointer, not the holder of the office after "as"
    ("Statement on the Nominee\n\nSarah Lindqvist was appointed by President Barack Obama as Special Assistant to the "
     "President for Education.", "Sarah Lindqvist"),
    ("Statement on the Nominee\n\nTwice appointed by President Barack Obama as Special Assistant to the President for "
     "Education, Miguel Herrera led the initiative.", "Miguel Herrera"),
])
def test_appointed_by_is_no_holder(roles_of, text: str, holder: str) -> None:
    roles, _ = roles_of(text, country="USA")
    assert {r.person_name for r in roles if r.title.startswith("Special Assistant")} == {holder}


@pytest.mark.parametrize(("sentence", "expected"), [
    # a clerkship at a court named instead of its judge
    ("From 1999 to 2000, Judge Doe served as a law clerk to the Example Second Judicial Circuit in Sioux Falls.",
     [("law clerk", "former")]),
    ("She was a law clerk for the Supreme Court of Ohio from 2001 to 2002.", [("law clerk", "former")]),
    # a clerkship that opens a career, and a second one "and then for Judge Y"
    ("She began her legal career as a law clerk to Judge Jane Roe on the Example Court of Appeals from 2001 to 2002.",
     [("law clerk", "former")]),
    ("She served as a law clerk for Judge Jane Roe from 2005 to 2006, and then for Judge John Doe from 2006 to 2007.",
     [("law clerk", "former"), ("law clerk", "former")]),
    # a judgeship written as the court's name and "judge" in lower case
    ("She has served as a Superior Court judge since 2021.", [("Superior Court judge", "current")]),
    ("She was a District Court judge from 2010 to 2015.", [("District Court judge", "former")]),
    # a public defender is a government lawyer of the courts
    ("She served as a public defender in Cook County from 2005 to 2010.", [("public defender", "former")]),
    # a law firm's clerk, or a defender of rights, holds no public office
    ("She was a law clerk at the firm of Smith and Jones.", []),
    ("She was a human rights defender in Chile.", []),
])
def test_judicial_career_posts(sentence: str, expected: list) -> None:
    from pipeline.roles.nomination_bios import bio_offices

    assert [(t, st) for _, _, t, st, _ in bio_offices(sentence)] == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "unexpected"), [
    # a sentence opened by the subject's firm: what follows is held there
    ("President Announces Key Nominations\n\nMaria Kessler, Nominee for Under Secretary of Commerce for Intellectual "
     "Property\n\nMaria Kessler is the Managing Partner of Example & Roe's Silicon Valley office.\n\nMaria is a "
     "recognized leader in diversity. She is also a member of the firm's Executive Committee. At her prior firm, "
     "Doe & Lane, Maria was the\nLitigation Chair and sat on the firm's management committee.", "Chair"),
])
def test_posts_at_the_subjects_firm(roles_of, text: str, unexpected: str) -> None:
    roles, _ = roles_of(text, country="USA")
    assert not any(r.title.endswith(unexpected) for r in roles), [(r.person_name, r.title) for r in roles]


@pytest.mark.parametrize(("title", "office"), [
    # the Senate list's personal rank for the tenure is the person's, not the office
    ("Chief of Protocol, and to have the rank of Ambassador during his tenure of service", "Chief of Protocol"),
    ("Coordinator for Counterterrorism, with the rank of Ambassador", "Coordinator for Counterterrorism"),
    ("Ambassador Extraordinary and Plenipotentiary to Chile", "Ambassador Extraordinary and Plenipotentiary to Chile"),
])
def test_held_rank_is_no_office(title: str, office: str) -> None:
    from pipeline.roles.held_ranks import without_held_rank

    assert without_held_rank(title) == office
