"""Error classes of roles found by the tenth round's stress test of readouts of calls and
meetings: the formal title of the US national security advisor and a legislature's deputy
presiding officers read as plain officials; a common noun joined to a title by "and"; an
infinitive under a verb with a person object given to the verb's subject; a capitalised
portfolio joined by "and" cutting a list item's title from its holder; a bare "President" of an
international body given the publisher's country.

Every sentence is invented for these tests in the style of White House readouts.
"""

from __future__ import annotations

import pytest
from roles_harness import roles_of  # noqa: F401  (fixture)

from pipeline.roles.titles import classify


def _hits(roles, person: str) -> list[tuple]:
    return [(r.title, r.role, r.country, r.organization) for r in roles
            if r.person_name and r.person_name.endswith(person)]


@pytest.mark.parametrize(("title", "role"), [
    ("Assistant to the President for National Security Affairs", "national_security_advisor"),
    ("Deputy Assistant to the President for National Security Affairs", "official_other"),
    ("Special Assistant to the President", "official_other"),
    ("Deputy Speaker of Parliament", "legislator"),
    ("Vice-Speaker of the Senate", "legislator"),
    ("First Deputy Speaker of the National Assembly", "legislator"),
    ("Deputy Speaker", "legislator"),
    ("Parliament Deputy Speaker", "legislator"),
    ("Deputy Prime Minister", "minister_other"),
    ("General Secretary", "official_other"),
    ("General Secretary of the Communist Party", "official_other"),
    ("General", "military_commander"),
])
def test_readout_categories(title, role) -> None:
    assert classify(title) == role


@pytest.mark.parametrize(("text", "person", "expected"), [
    ("Readout of a Meeting\n\nThe Vice President discussed the importance of education and President "
     "Lindqvist's plan to reopen schools.", "Lindqvist", ("President", "head_of_state")),
    ("Readout of a Meeting\n\nThey spoke about farming and Minister Okafor's new grain program.",
     "Okafor", ("Minister", "minister_other")),
])
def test_common_noun_not_joined_to_title(roles_of, text, person, expected) -> None:
    roles, _ = roles_of(text)
    assert [h[:2] for h in _hits(roles, person)] == [expected]


@pytest.mark.parametrize(("text", "wrong", "right", "title"), [
    ("Readout of a Call\n\nPresident Tom Avery called Sato Kenji today to congratulate him on his election by "
     "the Diet to become Prime Minister of Japan.", "Avery", "Sato", "Prime Minister"),
    ("Readout of a Meeting\n\nThe Governor Ann Brill asked her to serve as Chair of the Water Board.",
     "Brill", None, "Chair of the Water Board"),
])
def test_infinitive_under_person_object(roles_of, text, wrong, right, title) -> None:
    roles, _ = roles_of(text)
    assert title not in [h[0] for h in _hits(roles, wrong)]


@pytest.mark.parametrize(("text", "person", "title"), [
    ("Readout of a Roundtable\n\nToday, Senior Advisor to the President for Water Policy and Implementation "
     "Daniel Harrow, Assistant to the President and Director of the Domestic Policy Council Maria Keene, and "
     "other officials met with mayors.", "Harrow", "Senior Advisor to the President for Water Policy and Implementation"),
    ("Readout of a Roundtable\n\nToday, Senior Advisor to the President for Water Policy and Implementation "
     "Daniel Harrow, Assistant to the President and Director of the Domestic Policy Council Maria Keene, and "
     "other officials met with mayors.", "Keene", "Director of the Domestic Policy Council"),
    ("Readout of a Meeting\n\nCommissioner for Trade and Industry Lena Ortiz met the delegation.",
     "Ortiz", "Commissioner for Trade and Industry"),
    ("Readout of a Roundtable\n\nToday, Senior Advisor to the President for Clean Water Innovation and\n"
     "Implementation Daniel Harrow, Assistant to the President and Director of\nthe Domestic Policy Council "
     "Maria Keene, and other officials met.", "Harrow",
     "Senior Advisor to the President for Clean Water Innovation and Implementation"),
])
def test_portfolio_joined_by_and(roles_of, text, person, title) -> None:
    roles, _ = roles_of(text)
    assert title in [h[0] for h in _hits(roles, person)]
    if person == "Harrow":
        assert all(h[0].startswith("Senior Advisor") for h in _hits(roles, person))


@pytest.mark.parametrize(("text", "person", "expected"), [
    ("Statement on a Meeting with the European Commission\n\nSenior administration officials met today with "
     "European Commission counterparts on global health. Led by Deputy Secretary of Commerce Tom Avery and "
     "President Ingrid Holm's Head of Cabinet Hans Becker, both sides agreed on next steps.",
     "Holm", ("President", "official_other", None, "EU")),
    ("Readout of a Call\n\nPresident Tom Avery spoke today with European Commission President Ingrid Holm "
     "to discuss support for Ukraine. President Holm congratulated President Avery on the vote in Ukraine.",
     "Holm", ("President", "official_other", None, "EU")),
])
def test_bare_president_of_a_body(roles_of, text, person, expected) -> None:
    roles, _ = roles_of(text, published="2022-05-01")
    assert _hits(roles, person) == [expected]

