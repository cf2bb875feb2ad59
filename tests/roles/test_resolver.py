"""The country resolver: explicit sources ranked, the one that decided recorded (issue #11 item 1)."""

from __future__ import annotations

import pytest
from roles_harness import roles_of  # noqa: F401  (fixture)

from pipeline.roles.resolver import holder

_T = "Talks in Europe\n\n"  # a title line, so that the next line's dateline is read as one


@pytest.mark.parametrize(("name", "role", "date", "expected"), [
    ("Blinken", None, "2023-05-01", ("USA", "foreign_minister")),
    ("Antony Blinken", None, "2025-06-01", None),  # out of office by then
    ("Rubio", None, "2025-06-01", ("USA", "foreign_minister")),
    ("Wang Yi", "foreign_minister", "2023-01-15", None),  # Qin Gang's months
    ("Wang Yi", "foreign_minister", "2024-01-15", ("CHN", "foreign_minister")),
    ("Jean-Noel Barrot", None, "2025-01-10", ("FRA", "foreign_minister")),  # accents folded
    ("Mark Rutte", "official_other", "2025-01-10", None),  # a former leader in another post
    ("Emmanuel Macron", "head_of_state", None, ("FRA", "head_of_state")),  # undated row
    ("Cameron", None, "2024-01-10", None),  # two offices: no single reading
])
def test_holder_table(name, role, date, expected) -> None:
    assert holder(name, role, date) == expected


# One row per source, strongest first: (text, published, publisher country, person, country, source).
RANKING = [
    ("South Korean Defence Minister Shin Won-sik met reporters on Monday.", "2024-03-01", None,
     "Shin Won-sik", "KOR", "title"),
    ("They met Minister of National Defense Shin Won-sik of the Republic of Korea.", "2024-03-01", None,
     "Shin Won-sik", "KOR", "title"),
    ("Taoiseach Leo Varadkar said Ireland would remain neutral.", "2024-03-01", "GBR",
     "Leo Varadkar", "IRL", "title"),
    ("Ukrainian Foreign Minister Andriy Kovalenko met reporters. Kovalenko, a former ambassador, said "
     "the talks were hard.", "2024-03-01", None, "Andriy Kovalenko", "UKR", "earlier_role"),
    ("Spokesman Dmitry Novak told reporters that the talks had stalled, the Kremlin said.", "2024-03-01", None,
     "Dmitry Novak", "RUS", "institution"),
    ("Defence Minister Rustem Umerov said the talks were productive.", "2024-03-01", "GBR",
     "Rustem Umerov", "UKR", "office_holder"),
    (_T + "KYIV—Defence Minister Oleksandr Petrenko said the talks were productive. The Kremlin did not "
     "comment.", "2024-03-01", None, "Oleksandr Petrenko", "UKR", "dateline"),
    (_T + "SEOUL—Defence Minister Kim Yong-hyun said talks with the White House went well.", "2024-03-01", None,
     "Kim Yong-hyun", "KOR", "dateline"),
    ("Defence Minister Oleksandr Petrenko said the talks were productive.", "2024-03-01", "GBR",
     "Oleksandr Petrenko", "GBR", "publisher"),
    ("National Security Advisor Tom Harlan will travel to Tokyo. The White House announced the trip on Monday, "
     "and the White House press office released the schedule.", "2024-03-01", None, "Tom Harlan", "USA", "publisher"),
    ("The White House said National Security Advisor Tom Harlan would travel to Tokyo.", "2024-03-01", None,
     "Tom Harlan", "USA", "institution"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "published", "publisher", "person", "country", "source"), RANKING)
def test_country_source_ranking(roles_of, text, published, publisher, person, country, source) -> None:
    roles, _ = roles_of(text, published=published, country=publisher)
    hits = [r for r in roles if r.person_name == person]
    assert hits, roles
    assert (country, source) in {(r.country, r.country_source) for r in hits}, hits


@pytest.mark.model
def test_seat_of_government_speaks_only_for_its_clause(roles_of) -> None:
    """"The Kremlin did not comment" in another sentence does not make a minister Russian."""
    roles, ctx = roles_of(_T + "KYIV—Defence Minister Oleksandr Petrenko said the talks were productive. "
                          "The Kremlin did not comment. The Kremlin later said it had no plans.")
    assert ctx.home_country == "RUS"  # the text's seats still name a publisher ...
    assert [(r.country, r.country_source) for r in roles] == [("UKR", "dateline")]  # ... below the dateline


@pytest.mark.model
def test_counterpart_takes_no_fallback_country(roles_of) -> None:
    roles, _ = roles_of("The White House said Defense Secretary Lloyd Austin called his counterpart, "
                        "Nikolai Petrov.", published="2023-05-01")
    by = {r.person_name: r for r in roles}
    assert (by["Lloyd Austin"].country, by["Lloyd Austin"].role) == ("USA", "defence_minister")
    assert by["Nikolai Petrov"].role == "defence_minister" and by["Nikolai Petrov"].country is None


@pytest.mark.model
@pytest.mark.parametrize(("text", "person", "expected"), [
    # a bare "Secretary X" takes the cabinet office the holder table dates to the publication
    ("Secretary Vilsack toured a dairy farm in Iowa on Tuesday.", "Vilsack", "minister_other"),
    # a cabinet secretary's earlier state office keeps its own category
    ("In 2009, the board was appointed by Governor Tom Vilsack.", "Tom Vilsack", "official_other"),
    ("She once worked for Mayor Marty Walsh in Boston.", "Marty Walsh", "official_other"),
])
def test_bare_title_takes_the_table_role_only_for_a_secretary(roles_of, text, person, expected) -> None:
    roles, _ = roles_of(text, published="2022-06-01")
    assert [r.role for r in roles if r.person_name == person] == [expected], roles


@pytest.mark.model
@pytest.mark.parametrize(("text", "published", "person", "expected"), [
    # a foreign or defence minister the dated table says left office before the publication date
    ("Early in her career, Dana Pruitt worked for Secretary of State Colin Powell on trade policy.",
     "2024-09-09", "Colin Powell", ("foreign_minister", "former")),
    ("Mr. Okafor advised Secretary of Defense Mark Esper on Arctic strategy.", "2023-02-01", "Mark Esper",
     ("defence_minister", "former")),
    # in office on the day: current
    ("Secretary of Defense Lloyd Austin met his Polish counterpart in Warsaw.", "2023-02-01", "Lloyd Austin",
     ("defence_minister", "current")),
])
def test_minister_whose_term_ended_is_former(roles_of, text, published, person, expected) -> None:
    roles, _ = roles_of(text, published=published, country="USA")
    assert expected in {(r.role, r.status) for r in roles if r.person_name == person}


@pytest.mark.model
@pytest.mark.parametrize(("text", "person", "expected"), [
    # no dateline, no publisher, one placed official: a title her government has no holder of
    # (a prime minister, a foreign minister) serves the other country the sentence names
    ("Vice President Kamala Harris welcomed Prime Minister Batu Erdenebat to Washington to celebrate "
     "the partnership between the United States and Mongolia.", "Batu Erdenebat", "MNG"),
    ("Secretary Blinken met with Foreign Minister Jonas Petraitis in Vilnius on Monday.", "Jonas Petraitis", "LTU"),
    ("President Biden met with President Ana Ferreira of Cabo Verde at the White House.", "Ana Ferreira", "CPV"),
    # a second foreign minister is placed as the first was: the anchor is read before either
    ("Secretary Blinken met with Foreign Minister Jonas Petraitis in Vilnius on Monday. He met with Foreign "
     "Minister Maria Lind in Stockholm on Tuesday.", "Maria Lind", "SWE"),
    # the sentence names no other country: unknown, and a leader with no country is no role
    ("Vice President Kamala Harris welcomed Prime Minister Batu Erdenebat to Washington.", "Batu Erdenebat", None),
    # the sentence names two: unknown
    ("Secretary Blinken met with Foreign Minister Jonas Petraitis to discuss Russia and Ukraine.",
     "Jonas Petraitis", None),
])
def test_sole_placed_government_says_whose_office_a_title_is_not(roles_of, text, person, expected) -> None:
    roles, _ = roles_of(text, published="2023-08-02")
    got = {r.country for r in roles if r.person_name == person}
    assert got == ({expected} if expected else set()) or (expected is None and got == {None}), roles
