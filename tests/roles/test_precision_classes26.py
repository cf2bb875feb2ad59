"""Precision classes of roles found in round 26 on unannotated White House pool documents and the
persons+roles pool annotation:

- "and" before a title that joins two holders, not two offices of one holder: a body before it
  ("the White House and President Roe", "the State Department and Secretary Roe") or the same
  office repeated ("the Iraqi Prime Minister and Prime Minister Roe of X", "the Brazilian
  President and President Roe"). The first conjunct's country and category are not the named
  person's; one person's two offices ("Deputy Prime Minister and Foreign Minister Roe") and one
  office's two portfolios ("Foreign Affairs and Trade Minister Roe") stay as they were;
- a past US vice president named with the title alone ("In 2011, Vice President Biden had to
  delay a trip" in 2022): the office was held then, not on the publication date;
- an office written after the name of someone whose death the text reports ("upon the death of
  Sheikh X, President of Y"): a former office, like "the passing of President X".

Every sentence is invented for these tests in the style of White House briefings and readouts
(the names of the vice presidents are those of the dated table, the others fictional).
"""

from __future__ import annotations

import pytest
from roles_harness import roles_of  # noqa: F401  (fixture)


def _hits(roles, person: str) -> set[tuple]:
    return {(r.title, r.role, r.country, r.status) for r in roles if r.person_name and r.person_name.endswith(person)}


@pytest.mark.model
@pytest.mark.parametrize(("text", "person", "expected", "wrong_country"), [
    ("President Biden is welcoming both the Iraqi Prime Minister and Prime Minister Karel Dvorak of the Czech "
     "Republic to the White House.", "Dvorak", ("Prime Minister", "head_of_government", "CZE", "current"), "IRQ"),
    ("Q    The policies of the Brazilian President and President Biden differ on many issues.", "Biden",
     ("President", "head_of_state", "USA", "current"), "BRA"),
    ("Lawmakers will coordinate with the White House and President Ostrova of Moldova on the joint session.",
     "Ostrova", ("President", "head_of_state", "MDA", "current"), "USA"),
])
def test_and_before_a_title_joins_two_holders(roles_of, text, person, expected, wrong_country) -> None:  # noqa: F811
    roles, _ = roles_of("Press Briefing by Press Secretary Jane Roe\n\n" + text + "\n", published="2024-04-10",
                        country="USA")
    hits = _hits(roles, person)
    assert expected in hits, hits
    assert all(country != wrong_country for _, _, country, _ in hits), hits


@pytest.mark.model
@pytest.mark.parametrize(("text", "person", "expected"), [
    ("The President will meet Secretary Blinken at the State Department and Secretary Austin at the Defense "
     "Department.", "Austin", ("Secretary", "defence_minister", "USA", "current")),
    ("Several steps are under the purview of the Department of Homeland Security and Secretary Mayorkas.",
     "Mayorkas", ("Secretary", "minister_other", "USA", "current")),
])
def test_body_before_and_is_no_part_of_the_title(roles_of, text, person, expected) -> None:  # noqa: F811
    roles, _ = roles_of("Press Briefing by Press Secretary Jane Roe\n\n" + text + "\n", published="2023-06-10",
                        country="USA")
    hits = _hits(roles, person)
    assert expected in hits, hits
    assert not any(" and " in title for title, _, _, _ in hits), hits


@pytest.mark.model
@pytest.mark.parametrize(("text", "person", "titles"), [
    ("National Security Advisor Jake Sullivan spoke today with Qatari Deputy Prime Minister and Foreign Minister "
     "Khalid Al-Mansour.", "Al-Mansour", {"Deputy Prime Minister", "Foreign Minister"}),
    ("Australian Foreign Affairs and Trade Minister Jane Marlow arrived in Tokyo.", "Marlow",
     {"Foreign Affairs and Trade Minister"}),
    ("Today, Assistant to the President and Director of the Domestic Policy Council Ana Ruiz met the mayors.",
     "Ana Ruiz", {"Assistant to the President", "Director of the Domestic Policy Council"}),
])
def test_one_holders_coordinated_offices_stay(roles_of, text, person, titles) -> None:  # noqa: F811
    roles, _ = roles_of("Readout of a Call\n\n" + text + "\n", published="2024-04-10", country="USA")
    assert {r.title for r in roles if r.person_name and r.person_name.endswith(person)} == titles


@pytest.mark.model
@pytest.mark.parametrize(("text", "published", "person", "status"), [
    ("Q    In 2011, Vice President Biden had to delay a foreign trip because of the debt ceiling talks.",
     "2022-07-01", "Biden", "former"),
    ("Q    Vice President Biden will travel to Kyiv next week, officials said.", "2015-07-01", "Biden", "current"),
    ("As Vice President Cheney said in 2004, the threat was real.", "2023-03-01", "Cheney", "former"),
    ("Vice President Harris will lead the delegation to Munich.", "2024-02-10", "Harris", "current"),
])
def test_past_vice_presidents(roles_of, text, published, person, status) -> None:  # noqa: F811
    roles, _ = roles_of("Press Briefing by Press Secretary Jane Roe\n\n" + text + "\n", published=published,
                        country="USA")
    got = {r.status for r in roles if r.person_name and r.person_name.endswith(person) and r.title == "Vice President"}
    assert got == {status}, got


@pytest.mark.model
@pytest.mark.parametrize(("text", "person", "status"), [
    ("President Joseph R. Biden, Jr. today announced a Presidential Delegation to pay respects upon the death of "
     "His Highness Sheikh Hamad bin Rashid Al Falasi, President of the United Arab Emirates.", "Al Falasi", "former"),
    ("The death of Paul Ortega, Mayor of Tucson, shocked the city.", "Ortega", "former"),
    # another's death: the holder named after it is alive
    ("The President spoke about the death of the son of Paul Ortega, Mayor of Tucson.", "Ortega", "current"),
])
def test_office_after_the_name_of_the_dead(roles_of, text, person, status) -> None:  # noqa: F811
    roles, _ = roles_of("Statement\n\n" + text + "\n", published="2022-05-20", country="USA")
    got = {r.status for r in roles if r.person_name and r.person_name.endswith(person)}
    assert got == {status}, got


@pytest.mark.model
@pytest.mark.parametrize(("text", "person", "titles"), [
    ("Harry Lowe, Jr. is a senior national security leader with more than four decades of public service.",
     "Harry Lowe Jr.", set()),
    ("Tom Hale is an experienced foreign policy leader who served at the embassy in Rome.", "Tom Hale", set()),
    # the posts a lower-case "leader" names stay
    ("Kim Lee became a minority leader in the Ohio House in 2019.", "Kim Lee", {"minority leader"}),
])
def test_a_leader_in_a_field_is_no_post(roles_of, text, person, titles) -> None:  # noqa: F811
    roles, _ = roles_of("President Announces Key Nominees\n\n" + text + "\n", published="2023-07-01", country="USA")
    assert {r.title for r in roles if r.person_name == person} == titles
