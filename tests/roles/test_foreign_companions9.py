"""Error classes of the ninth round's stress test on readouts, calls, joint statements and wire
copy about foreign governments: the officials named with a foreign official (the rest of a list,
the people who join or accompany a leader, a leader's aide, a country's side or delegation, the
second leader or minister of a two-government text) left with the publisher's country or none;
heirs apparent ("Crown Prince") missed; a monarch's title kept before a given name splitting one
person in two.

Every sentence is invented for these tests in the style of White House readouts and wire copy.
"""

from __future__ import annotations

import pytest
from roles_harness import roles_of  # noqa: F401  (fixture)


def _countries(roles, person: str) -> set[tuple]:
    return {(r.title, r.country) for r in roles if r.person_name.endswith(person)}


@pytest.mark.model
@pytest.mark.parametrize(("text", "person", "expected"), [
    # the rest of a list that opened with a foreign official
    ("Readout of Deputy Secretary Lane's Meeting with the Peruvian Foreign Minister\n\nDeputy Secretary of "
     "State Robert Lane welcomed Peruvian Foreign Minister Carla Rojas, Ambassador Hugo Paredes, and their "
     "delegation to Washington on Monday.", "Hugo Paredes", {("Ambassador", "PER")}),
    ("Readout of National Security Advisor Sullivan's Call with Czech Officials\n\nNational Security Advisor "
     "Jake Sullivan spoke today with Petr Novak, the Czech Republic's National Security Adviser, and Jana "
     "Dvorakova, Minister of State in the Office of the Government.", "Jana Dvorakova",
     {("Minister of State", "CZE")}),
    ("Readout of President Biden's Meeting with Queen Ingrid and Crown Prince Olav\n\nPresident Joseph R. "
     "Biden, Jr. welcomed His Majesty King Sigurd of Norway and His Royal Highness Crown Prince Olav to the "
     "White House today.", "Olav", {("Crown Prince", "NOR")}),
    # the people who join or accompany a foreign leader
    ("Readout of President Biden's Meeting with President-elect Ramon Ortiz of Uruguay\n\nPresident "
     "Joseph R. Biden, Jr. met today with President-elect Ramon Ortiz of Uruguay. The President-elect was "
     "joined by Vice President-elect Lucia Ferrer and incoming Foreign Minister Diego Sosa.", "Lucia Ferrer",
     {("Vice President-elect", "URY")}),
    ("Readout of President Biden's Meeting with President-elect Ramon Ortiz of Uruguay\n\nPresident "
     "Joseph R. Biden, Jr. met today with President-elect Ramon Ortiz of Uruguay. The President-elect was "
     "joined by Vice President-elect Lucia Ferrer and incoming Foreign Minister Diego Sosa.", "Diego Sosa",
     {("Foreign Minister", "URY")}),
    ("Readout of Vice President Harris's Meeting with President Amara Kone of Senegal\n\nVice President "
     "Kamala Harris met today with President Amara Kone of Senegal. The President was accompanied by Minister "
     "of Foreign Affairs Awa Diallo.", "Awa Diallo", {("Minister of Foreign Affairs", "SEN")}),
    # an aide introduced with the leader's possessive pronoun
    ("Readout of President Biden's Call with President-elect Nadia Sousa of Portugal\n\nPresident Biden spoke "
     "today with President-elect Nadia Sousa of Portugal to congratulate her on her election. The "
     "President-elect introduced her incoming National Security Advisor, Rui Costa.", "Rui Costa",
     {("National Security Advisor", "PRT")}),
    # a side or delegation written with its country
    ("Readout of the U.S.-Israel Strategic Dialogue\n\nToday, National Security Advisor Jake Sullivan "
     "convened the strategic dialogue. The Israeli side was led by Minister for Regional Cooperation Avi "
     "Levin.", "Avi Levin", {("Minister for Regional Cooperation", "ISR")}),
    # a two-government text's second leader: the office the other government fills already
    ("Statement by NSC Spokesperson Jane Roe on National Security Advisor Sullivan's Meeting with Trade "
     "Minister Tan of Malaysia\n\nNational Security Advisor Jake Sullivan met with Trade Minister Ahmad Tan "
     "of Malaysia today at the White House. They reviewed the momentum of Prime Minister Razak's recent "
     "visit, including his talks with President Biden.", "Razak", {("Prime Minister", "MYS")}),
    ("Statement on National Security Advisor Sullivan's Meeting with Secretary Ruiz of Chile\n\nNational "
     "Security Advisor Jake Sullivan met with Chilean Secretary for Strategic Affairs Pablo Ruiz at the White "
     "House. They discussed President Biden and President Vargas's shared commitment to clean energy.",
     "Vargas", {("President", "CHL")}),
])
def test_companion_country(roles_of, text, person, expected) -> None:
    roles, _ = roles_of(text, published="2023-11-20", country="USA")
    assert _countries(roles, person) == expected, roles


@pytest.mark.model
@pytest.mark.parametrize(("text", "person", "expected"), [
    # the publisher's own officials in a list stay the publisher's
    ("Readout of the Meeting with the Kenyan Delegation\n\nPrincipal Deputy National Security Advisor Jon "
     "Finer and Secretary of Homeland Security Alejandro Mayorkas welcomed Kenyan Foreign Minister Musa Otieno "
     "to the White House.", "Mayorkas", {("Secretary of Homeland Security", "USA")}),
    # two leaders in one list serve two governments
    ("Readout of President Biden's Call with President Kagame\n\nPresident Joseph R. Biden, Jr. spoke with "
     "President Paul Kagame of Rwanda. President Biden and President Kagame discussed the region.",
     "Joseph R. Biden Jr.", {("President", "USA")}),
])
def test_home_officials_stay(roles_of, text, person, expected) -> None:
    roles, _ = roles_of(text, published="2023-11-20", country="USA")
    assert _countries(roles, person) == expected, roles


@pytest.mark.model
@pytest.mark.parametrize(("text", "person", "expected"), [
    ("Readout of President Biden's Call with His Royal Highness Crown Prince Faris of Jordan\n\nPresident "
     "Joseph R. Biden, Jr. spoke today with His Royal Highness Crown Prince Faris of Jordan about the region.",
     "Faris", {("Crown Prince", "JOR")}),
    ("Gulf heir meets envoy\n\nRIYADH (Reuters) - Saudi Crown Prince Khalid bin Nayef met the U.S. envoy on "
     "Sunday.", "Khalid bin Nayef", {("Crown Prince", "SAU")}),
])
def test_crown_prince(roles_of, text, person, expected) -> None:
    roles, _ = roles_of(text, published="2023-11-20")
    assert _countries(roles, person) == expected, roles


@pytest.mark.model
def test_royal_style_is_no_office(roles_of) -> None:
    """"Prince" alone is a royal style: the foreign minister keeps his office and no "Prince" role."""
    roles, _ = roles_of("Talks in Jeddah\n\nJEDDAH (AFP) - Saudi Arabia's foreign minister, Prince Fahd bin "
                        "Saud, chaired the talks on Tuesday.", published="2023-11-20")
    assert {(r.title.lower(), r.country) for r in roles if "Fahd" in r.person_name} == {("foreign minister", "SAU")}


@pytest.mark.model
def test_monarch_title_in_name_is_one_person(roles_of) -> None:
    """"Sultan Hamid" later in the text is the "Hamid bin Faisal" of the first sentence: one role."""
    roles, _ = roles_of("Readout of President Biden's Call with the Sultan of Brunei\n\nPresident Joseph R. "
                        "Biden, Jr. spoke today with Hamid bin Faisal, the Sultan of Brunei. President Biden "
                        "thanked Sultan Hamid for his leadership.", published="2023-11-20", country="USA")
    sultans = [(r.person_name, r.country) for r in roles if r.title == "Sultan"]
    assert sultans and all(c == "BRN" for _, c in sultans), roles


@pytest.mark.model
@pytest.mark.parametrize(("text", "person", "expected"), [
    # "he and the Prime Minister were unable to meet": the title is the other participant's
    ("Readout of President Biden's Virtual Meeting with Prime Minister Lars Holm of Denmark\n\nPresident "
     "Joseph R. Biden, Jr. met virtually today with Prime Minister Lars Holm of Denmark. The President "
     "expressed regret that he and the Prime Minister were unable to meet in person.", "Joseph R. Biden Jr.",
     {("President", "USA")}),
    # two offices before one name, the second a rotation government's "Alternate Prime Minister"
    ("Statement on National Security Advisor Jake Sullivan's Meeting\n\nNational Security Advisor Jake "
     "Sullivan met today in Washington with Israeli Foreign Minister and Alternate Prime Minister Avi Gold "
     "to discuss regional issues.", "Avi Gold", {("Foreign Minister", "ISR"), ("Alternate Prime Minister", "ISR")}),
])
def test_titles_of_the_other_participant(roles_of, text, person, expected) -> None:
    roles, _ = roles_of(text, published="2021-10-12", country="USA")
    assert _countries(roles, person) == expected, roles


@pytest.mark.model
def test_regnal_name_is_not_a_namesake(roles_of) -> None:
    """"Queen Elizabeth II" is not the article's "Liz Moore" (Liz = Elizabeth): her own role."""
    roles, _ = roles_of("Readout of President Biden's Meeting with Prime Minister Liz Moore of New Zealand\n\n"
                        "President Joseph R. Biden, Jr. met today with Prime Minister Liz Moore of New Zealand. "
                        "President Biden expressed his condolences for the loss of Her Majesty Queen Elizabeth "
                        "II.", published="2022-09-21", country="USA")
    assert {r.title for r in roles if r.person_name == "Liz Moore"} == {"Prime Minister"}, roles
    assert any(r.person_name == "Elizabeth II" and r.title == "Queen" for r in roles), roles


@pytest.mark.model
@pytest.mark.parametrize(("text", "person", "expected"), [
    # an aide who accompanies a visiting leader, in a story filed from the host's capital
    ("Indonesian leader in Tokyo\n\nTOKYO (Reuters) - Indonesian President-elect Prabowo Subianto met Japanese "
     "Prime Minister Fumio Kishida on Tuesday. Prabowo was accompanied by his adviser Budi Santoso.",
     "Budi Santoso", {("adviser", "IDN")}),
])
def test_companion_abroad(roles_of, text, person, expected) -> None:
    roles, _ = roles_of(text, published="2024-04-02")
    assert _countries(roles, person) == expected, roles


@pytest.mark.model
@pytest.mark.parametrize(("text", "person", "org"), [
    ("Labour talks in Geneva\n\nGENEVA (Reuters) - Kofi Mensah, Director-General of the International Labour "
     "Organization, opened the conference on Monday.", "Kofi Mensah", "ILO"),
    ("Trade body meets\n\nGENEVA (AP) — WTO Director-General Ana Moreira warned on Tuesday that tariffs "
     "would slow growth.", "Ana Moreira", "WTO"),
])
def test_international_organisation_posts(roles_of, text, person, org) -> None:
    roles, _ = roles_of(text, published="2024-04-02")
    assert {(r.country, r.organization) for r in roles if r.person_name == person} == {(None, org)}, roles
