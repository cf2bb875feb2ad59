"""Round 45 (roles): an office named through a noun of taking office whose holder is the addressee
of a noun of congratulation ("send my congratulations to X for his appointment as Prime Minister":
``office_taking_nouns``) and the country of such a bare title from the "of" phrase after the
holder's name ("X of Kuwait": ``explicit.trailing_owner``); a guest list's office ends before "&
Mrs." (``title_first_items``, ``title_conjuncts.couple_after``); the office's last word the model
read into a body stays in the title (``title_tails``); a conference "at" which an official speaks
is no employer (``employers``).

Every sentence is invented for these tests (the office holders of the tables aside).
"""

from __future__ import annotations

import pytest
from roles_harness import roles_of  # noqa: F401  (fixture)

import pipeline

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "holder", "title", "country", "home"), [
    ("Statement\n\nI send my warmest congratulations to Jane Roe on her election as President of Chile.",
     "Jane Roe", "President", "CHL", "USA"),
    ("Statement\n\nCongratulations to Jane Roe on her confirmation as Secretary of Labor.",
     "Jane Roe", "Secretary of Labor", "USA", "USA"),
    ("Statement\n\nI offer my congratulations to Sheikh Omar Al-Rashed of Kuwait for his appointment as Prime Minister.",
     "Omar Al-Rashed", "Prime Minister", "KWT", None),
    ("Statement\n\nWe extend our congratulations to Maria Alvarez of Peru on her election as President.",
     "Maria Alvarez", "President", "PER", None),
])
def test_addressee_of_congratulations_holds_the_office(roles_of, text: str, holder: str, title: str,
                                                        country: str, home: str | None) -> None:  # noqa: F811
    # no home country for the last two: the country must come from the "of" phrase itself
    roles, _ = roles_of(text, published="2024-05-06", country=home)
    assert any(r.person_name.endswith(holder.split()[-1]) and r.title.startswith(title) and r.country == country
               for r in roles), roles


def test_of_phrase_of_a_body_gives_no_country(roles_of) -> None:  # noqa: F811
    roles, _ = roles_of("Statement\n\nI congratulate Jane Roe of the Brookings Institution on her election as Chair.",
                        published="2024-05-06", country="USA")
    assert not any(r.country not in (None, "USA") for r in roles), roles


_GUESTS = "White House Releases State Dinner Guest List\n\nThe following is a complete list of expected guests:\n\n"


@pytest.mark.parametrize(("line", "holder", "spouse"), [
    ("His Excellency Tomas Varga, Ambassador of the Republic of Ruritania to the United States & Mrs. Ilona Varga",
     "Tomas Varga", "Ilona Varga"),
    ("The Honorable Jane Roe, U.S. Senator & Mr. John Roe", "Jane Roe", "John Roe"),
    ("The Honorable Ann Lee, Deputy Assistant to the President and Director of Scheduling & Mr. Paul Grant",
     "Ann Lee", "Paul Grant"),
    ("The Honorable Mark Hale, Assistant to the President and Director of Public Engagement & The Honorable "
     "Rita Hale", "Mark Hale", "Rita Hale"),
])
def test_a_guest_lists_spouse_holds_no_office(roles_of, line: str, holder: str, spouse: str) -> None:  # noqa: F811
    roles, _ = roles_of(_GUESTS + line, published="2024-05-23", country="USA")
    names = {r.person_name for r in roles}
    assert holder in names and spouse not in names, roles


def test_a_portfolio_word_the_model_read_into_a_body_stays_in_the_title(roles_of) -> None:  # noqa: F811
    roles, _ = roles_of("Statement\n\nDeputy National Security Advisor for International Economics Daleep Singh "
                        "said the sanctions would bite.", published="2022-03-24", country="USA")
    assert any(r.person_name == "Daleep Singh" and r.title.endswith("International Economics") for r in roles), roles


def test_a_conference_where_an_official_speaks_is_no_employer() -> None:
    text = ("Remarks by President Biden on Ukraine\n\nTHE PRESIDENT:  Good afternoon.  Today I made two calls.\n\n"
            "The first was to a bipartisan group of members of Congress who are representing the United States, "
            "along with Vice President Harris at the Munich Security Conference.\n\nThe second was to our NATO "
            "Allies, to bring them up to date on what the United States thinks is the state of affairs.")
    record = pipeline.extract(text, published="2022-02-18").to_dict()
    names = {e["id"]: e["name"] for e in record["entities"]}
    assert any(names.get(r["person"]) == "Harris" and r["title"] == "Vice President" for r in record["roles"]), record["roles"]


def test_a_country_after_the_office_of_an_apposed_name_is_still_read(roles_of) -> None:  # noqa: F811
    text = ("Chair's Summary\n\nThe following participated:\n\n-   His Excellency Marco Ferri, Minister of Ecological "
            "Transition\n    of the Italian Republic")
    roles, _ = roles_of(text, published="2022-06-18")
    assert any(r.person_name == "Marco Ferri" and r.country == "ITA" for r in roles), roles


def test_a_headlines_visit_is_no_word_of_the_visitors_office() -> None:
    text = ("Statement from the Press Secretary on the State Visit of President Ana Novak and First Lady Lena "
            "Novak of the Republic of Korea\n\nPresident Joe Biden and First Lady Jill Biden will host "
            "President Novak for a State Visit on April 26.")
    record = pipeline.extract(text, published="2023-03-07").to_dict()
    names = {e["id"]: e["name"] for e in record["entities"]}
    novak = [r for r in record["roles"] if names.get(r["person"]) == "Ana Novak"]
    assert novak and all(r["role"] == "head_of_state" and "Visit" not in r["title"] for r in novak), record["roles"]


def test_an_event_before_a_title_is_no_body_the_holder_presides() -> None:
    # "the State Visit of | President X": the words before the title name an event, not a body
    # whose president X would be (``body_heads``)
    text = ("Statement from White House Press Secretary Jane Roe on the State Visit of President Min-jun Park and "
            "First Lady Seo-yeon Lee of the Republic of Korea\n\nPresident Joe Biden and First Lady Jill Biden will "
            "host President Min-jun Park and First Lady Seo-yeon Lee of the Republic of Korea for a State Visit to "
            "the United States on April 26, 2023.")
    record = pipeline.extract(text, published="2023-03-07").to_dict()
    assert any(r["role"] == "head_of_state" and r["country"] == "KOR" for r in record["roles"]), record["roles"]


_MARSHALS = ("President Biden Announces Nominees for U.S. Marshal\n\nToday, President Biden announced his intent to "
             "nominate the following individual to serve as United States Marshal:\n\n**John Roe, U.S. Marshal nominee "
             "for the District of Minnesota**\n\n")


@pytest.mark.parametrize(("paragraph", "category"), [
    ("John Roe has served as the Chief of Police for the Springfield Police Department since 2019. From 1993 to "
     "2019, Mr. Roe worked for the Riverside Police Department. He held numerous leadership positions while at the "
     "department, including Deputy Chief of Patrol from 2010 to 2012, Lieutenant Supervisor for the Domestic "
     "Assault Unit from 2012 to 2017, and First Precinct Inspector from 2017 to 2019.", "official_other"),
    ("John Roe has served as the Chief of Police for the Springfield Police Department since 2019. Before that, "
     "Mr. Roe served in the United States Army for 20 years, retiring as a Lieutenant Colonel.", "military_commander"),
])
def test_a_police_departments_rank_is_no_military_command(paragraph: str, category: str) -> None:
    record = pipeline.extract(_MARSHALS + paragraph, published="2021-11-12").to_dict()
    ranks = [r for r in record["roles"] if "Lieutenant" in r["title"]]
    assert ranks and all(r["role"] == category for r in ranks), record["roles"]


def test_a_governors_state_is_no_country(roles_of) -> None:  # noqa: F811
    roles, _ = roles_of("Statement\n\nI send my congratulations to Brian Kemp of Georgia on his reelection as Governor.",
                        published="2024-05-06")
    assert not any(r.country == "GEO" for r in roles), roles


def test_each_addressee_holds_the_office_of_their_own_phrase(roles_of) -> None:  # noqa: F811
    roles, _ = roles_of("Statement\n\nI send my congratulations to Karl Meyer of Germany for his appointment as "
                        "Chancellor, and to Rosa Klein of Austria for her election as President.", published="2024-05-06")
    got = {(r.person_name, r.title, r.country) for r in roles}
    assert {("Karl Meyer", "Chancellor", "DEU"), ("Rosa Klein", "President", "AUT")} <= got, roles


def test_a_national_office_of_another_kind_keeps_its_country(roles_of) -> None:  # noqa: F811
    roles, _ = roles_of("Statement\n\nI send my congratulations to Will Rose of Canada for his election as Speaker.",
                        published="2024-05-06")
    assert any(r.person_name == "Will Rose" and r.country == "CAN" for r in roles), roles
