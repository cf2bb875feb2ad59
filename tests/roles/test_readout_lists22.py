"""Error classes of the twenty-second round on readouts, statements and joint statements: a prime
minister named by the official title of the office ("President of the Council of Ministers",
"President of the Government"); the adviser on national security of the US Vice President named
without the country in the White House's own readouts; a participant list's "Name, Title, Field,
Body" line, whose words after the title are no name; an office written with the government body
it sits in after "at", before the holder's name.

Every sentence is invented for these tests in the style of White House readouts and statements.
"""

from __future__ import annotations

import pytest
from roles_harness import roles_of  # noqa: F401  (fixture)

from pipeline.knowledge.offices import load_offices


def _offices(roles, person: str) -> set[tuple]:
    return {(r.title, r.role, r.country, r.status) for r in roles if r.person_name.endswith(person)}


@pytest.mark.parametrize(("title", "role"), [
    ("President of the Council of Ministers", "head_of_government"),
    ("President of the Government", "head_of_government"),
    ("Vice President of the Council of Ministers", "official_other"),  # a deputy is read as 'vice'
    ("President of the Council", "official_other"),  # a council's chair, no government's head
])
def test_official_titles_of_prime_ministers(title, role):
    assert load_offices().classify(title) == role


@pytest.mark.model
@pytest.mark.parametrize(("text", "person", "expected"), [
    ("Joint Statement\n\nToday, the President of the United States and the President of the Council of "
     "Ministers of Italy, Marco Bellini, met in Washington to discuss trade.",
     "Marco Bellini", {("President of the Council of Ministers", "head_of_government", "current")}),
])
def test_prime_ministers_by_official_title(roles_of, text, person, expected):
    roles, _ = roles_of(text)
    assert {(title, role, status) for title, role, _, status in _offices(roles, person)} == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "person", "expected"), [
    ("Readout of a Trip\n\nNational Security Advisor to the Vice President Dr. Tom Reyes visited Jordan this week "
     "and met with officials in Amman.",
     # (the post's own category since round 56: the "vice" is the principal's, tests/roles/test_round56_roles.py)
     "Tom Reyes", {("National Security Advisor to the Vice President", "national_security_advisor", "USA", "current")}),
])
def test_vice_presidents_adviser_is_the_publishers(roles_of, text, person, expected):
    roles, _ = roles_of(text)
    assert _offices(roles, person) == expected


_PARTICIPANTS = (
    "Readout of a White House Roundtable\n\nThis week, the White House Office of Public Engagement convened "
    "local leaders.\n\nParticipants included:\n\n"
    "-   Maria Ortiz, Director, Border and Trade Policy, Department of Homeland Security\n"
    "-   Kevin Park, Senior Advisor, Office of the Secretary, Department of Labor\n"
    "-   Laura Chen, Director for Western Hemisphere Affairs, National Security Council\n")


@pytest.mark.model
@pytest.mark.parametrize(("person", "expected"), [
    ("Maria Ortiz", {("Director", "official_other", "USA", "current")}),
    ("Laura Chen", {("Director for Western Hemisphere Affairs", "official_other", "USA", "current")}),
])
def test_participant_list_title_then_field(roles_of, person, expected):
    roles, _ = roles_of(_PARTICIPANTS)
    assert _offices(roles, person) == expected
    assert not [r for r in roles if r.person_name in ("Border", "Office")]  # the field or body is no holder


@pytest.mark.model
@pytest.mark.parametrize(("text", "person", "expected"), [
    ("Readout of a White House Meeting\n\nThe Director was joined by Deputy Assistant Secretary for Trade Policy at "
     "the Department of the Treasury Karen Holt and other officials.",
     "Karen Holt",
     {("Deputy Assistant Secretary for Trade Policy at the Department of the Treasury", "official_other", "USA", "current")}),
    ("Readout of a White House Meeting\n\nOfficials included Senior Advisor for Climate Finance at the U.S. "
     "Department of the Treasury Omar Haddad.",
     "Omar Haddad",
     {("Senior Advisor for Climate Finance at the Department of the Treasury", "official_other", "USA", "current")}),
])
def test_office_at_a_government_body_before_the_name(roles_of, text, person, expected):
    roles, _ = roles_of(text)
    assert _offices(roles, person) == expected



@pytest.mark.parametrize(("phrase", "expected"), [
    ("Senior Advisor at the Department of the Treasury Jane Roe", True),
    ("Senior Advisor at the U.S. Department of Energy Jane Roe", True),
    ("Director at the Office of Management and Budget Jane Roe", True),
    ("Director at the Ohio Farm Bureau", False),  # a private body's bureau: no "of" after its noun
    ("attorney at the County Legal Aid Bureau", False),
    ("Director at the Acme Department Store", False),
    ("Director at the request of the Department of State", False),  # "at the request": no body
    ("Senior Advisor at the Department of the Treasury", False),  # a biography's post: no name follows
])
def test_government_body_after_at(phrase, expected):
    import spacy

    from pipeline.roles.at_bodies import government_body_after

    from spacy.tokens import Span

    doc = spacy.blank("en")(phrase)
    if phrase.endswith("Jane Roe"):
        doc.ents = [Span(doc, len(doc) - 2, len(doc), label="PERSON")]
    j = next(t.i for t in doc if t.lower_ == "at")
    assert government_body_after(doc, j, len(doc)) is expected
