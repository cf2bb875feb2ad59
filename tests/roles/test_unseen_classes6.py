"""Error classes of roles on unseen text (issue #11, sixth round): appointments announced with
"named ... as the next ...", military commands written "commanding general of ...", and the
country of officials that a text without dateline or publisher leaves unplaced.

Every sentence is invented for these tests in the style of wire copy, biographies and White
House releases.
"""

from __future__ import annotations

import pytest
from roles_harness import roles_of  # noqa: F401  (fixture)


def _hits(roles, person: str) -> list[tuple]:
    return [(r.role, r.country, r.status) for r in roles if r.person_name == person]


# (text, person, role, country, status)
NAMED_AS = [
    ("CANBERRA (AAP) - Jane Whitcombe, named on Tuesday as Australia's next high commissioner to India, "
     "said she was honoured.", "Jane Whitcombe", "ambassador", "AUS", "nominee"),
    ("WASHINGTON (AP) - President Joe Biden on Friday named Mary Ellen Cole as the next U.S. ambassador to "
     "Mexico.", "Mary Ellen Cole", "ambassador", "USA", "nominee"),
    ("OTTAWA (CP) - Prime Minister Justin Trudeau has named Sandra Lavoie as Canada's next ambassador to "
     "Japan, his office said.", "Sandra Lavoie", "ambassador", "CAN", "nominee"),
    ("LONDON (Reuters) - The government on Monday named Tom Ashworth as Britain's next ambassador to "
     "the United States.", "Tom Ashworth", "ambassador", "GBR", "nominee"),
    # no "next": the office is taken up when announced
    ("PARIS (Reuters) - President Emmanuel Macron named Michel Barnier as prime minister on Thursday.",
     "Michel Barnier", "head_of_government", "FRA", "current"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "person", "role", "country", "status"), NAMED_AS)
def test_named_as_next(roles_of, text, person, role, country, status) -> None:
    roles, _ = roles_of(text, published="2024-05-01")
    assert (role, country, status) in _hits(roles, person), roles


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Supporters hope she will be the next president of the republic, Jane Roe said.",
    "Many see Ann Lee as the next prime minister.",
])
def test_hoped_for_office_is_no_role(roles_of, text) -> None:
    roles, _ = roles_of(text, published="2024-05-01")
    assert not [r for r in roles if r.role in ("head_of_state", "head_of_government")], roles


@pytest.mark.parametrize("title", [
    "Major General", "Rear Admiral", "Commodore", "Air Marshal", "Air Chief Marshal", "Group Captain",
    "Wing Commander", "Squadron Leader", "Flight Lieutenant", "commanding general of the 1st Cavalry Division",
    "commanding officer of HMS Kent", "Master Chief Petty Officer of the Navy", "Chief Master Sergeant of the Air Force",
])
def test_compound_ranks_are_military(title: str) -> None:
    from pipeline.roles import classify

    assert classify(title, None) == "military_commander"


@pytest.mark.parametrize("title", ["Federal Air Marshal", "group leader", "Vice Chair"])
def test_not_ranks(title: str) -> None:
    from pipeline.roles import classify

    assert classify(title, None) != "military_commander"


# (text, person, expected title)
COMMANDING = [
    ("Lieutenant General Christopher Donahue, commanding general of the 18th Airborne Corps, told reporters "
     "the troops would deploy.", "Christopher Donahue", "commanding general of the 18th Airborne Corps"),
    ("Major General Ruth Okafor, commanding general of the 10th Mountain Division, said the unit was ready.",
     "Ruth Okafor", "commanding general of the 10th Mountain Division"),
    ("Commodore Peter Lang told the inquiry the fleet was short of sailors.", "Peter Lang", "Commodore"),
    ("Squadron Leader Raj Patel, who flew the first sortie, said the jets would stay.", "Raj Patel", "Squadron Leader"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "person", "title"), COMMANDING)
def test_military_commands(roles_of, text, person, title) -> None:
    roles, _ = roles_of(text, published="2024-05-01")
    mine = [r for r in roles if r.person_name == person]
    assert mine and all(r.role == "military_commander" and r.status == "current" for r in mine), roles
    if title is not None:
        assert title in [r.title for r in mine], roles


@pytest.mark.model
def test_commanding_a_unit_is_no_rank(roles_of) -> None:
    roles, _ = roles_of("Jane Roe, commanding the troops from a bunker, refused to surrender.", published="2024-05-01")
    assert not roles, roles


# (text, person, role, status): a holder before the one the text is about, or one who left
FORMER_HOLDERS = [
    ("Her predecessor, Rear Admiral Tom Hale, retired in March.", "Tom Hale", "military_commander", "former"),
    ("His predecessor, Ambassador Ruth Mbeki, now teaches in Cape Town.", "Ruth Mbeki", "ambassador", "former"),
    ("The new chief's predecessor, General Sam Okoro, had led the army for six years.", "Sam Okoro",
     "military_commander", "former"),
    ("Brigadier General Lena Fox resigned on Friday after the inquiry.", "Lena Fox", "military_commander", "former"),
    ("Brigadier General Lena Fox said on Friday the inquiry was fair.", "Lena Fox", "military_commander", "current"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "person", "role", "status"), FORMER_HOLDERS)
def test_predecessors_and_leavers(roles_of, text, person, role, status) -> None:
    roles, _ = roles_of(text, published="2024-05-01")
    assert [(r.role, r.status) for r in roles if r.person_name == person] == [(role, status)], roles


@pytest.mark.model
@pytest.mark.parametrize(("text", "person"), [
    ("Commodore Georgia Whitfield took command on Monday.", "Georgia Whitfield"),
    ("Ambassador Jordan Price arrived in Lima.", "Jordan Price"),
    ("Senator Chad Morrow voted against the bill.", "Chad Morrow"),
])
def test_country_written_as_a_given_name(roles_of, text, person) -> None:
    roles, _ = roles_of(text, published="2024-05-01")
    mine = [r for r in roles if r.person_name == person]
    assert mine and all(r.country in (None, "USA") for r in mine), roles


# (text, person, expected country): officials a text without dateline or publisher leaves unplaced
UNPLACED = [
    # one government-style title is no evidence for the others
    ("Deputy Secretary of State Kurt Vance met Vice Foreign Minister Aiko Mori on Monday. Ambassador Rolf "
     "Brandt also attended the talks in Geneva.", "Rolf Brandt", None),
    ("Assistant Secretary of Defense Mia Torres spoke at the forum. Minister Paulo Reis said his country "
     "would buy the jets.", "Paulo Reis", None),
    # two such titles, or one and an official of the same government, are
    ("Deputy Secretary of Commerce Ann Lowe and Assistant Secretary of State Ben Ortiz met Senator Carla Diaz "
     "on Tuesday.", "Carla Diaz", "USA"),
    ("Secretary of Homeland Security Omar Reyes and Deputy Secretary of Defense Lisa Park briefed Chief of Staff "
     "Dan Wolfe.", "Dan Wolfe", "USA"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "person", "country"), UNPLACED)
def test_government_style_fallback_needs_two_cues(roles_of, text, person, country) -> None:
    roles, _ = roles_of(text, published="2024-05-01")
    mine = [r for r in roles if r.person_name == person]
    assert mine and {r.country for r in mine} == {country}, roles


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Principal Deputy National Security Advisor Jon Vale spoke with Foreign Minister Hugh Todd of Guyana.",
    "Principal Deputy Press Secretary Jon Vale told reporters the call had gone well.",
    "Principal Deputy Assistant Secretary of State Jon Vale will travel to Nairobi.",
])
def test_principal_deputy_titles_are_american(roles_of, text) -> None:
    roles, _ = roles_of(text, published="2024-05-01")
    assert [r.country for r in roles if r.person_name == "Jon Vale"] == ["USA"], roles


# Appointment announcements: list items without a status word, with the appointee's home state,
# and a body named by the initials the introduction defines (forms of White House "intent to
# appoint" releases; names and bodies invented).
APPOINTMENT_LISTS = [
    ("WASHINGTON\nToday, the President announced his intent to appoint the following individuals to serve in key "
     "roles:\n\nJane Roe, to be a Member of the National Space Council Advisory Board\n"
     "Tom Lee, to be a Member of the Commission on Rural Broadband\n",
     {("Jane Roe", "Member of the National Space Council Advisory Board"),
      ("Tom Lee", "Member of the Commission on Rural Broadband")}),
    ("The President announced his intent to appoint members of the National Water Security Board (NWSB), which "
     "advises the Secretary on drought.\n\nThe President announced his intent to appoint the following "
     "individuals to the NWSB:\n\nAda K. Moss of Nevada, Chair\nRui Tanaka of the District of Columbia\n"
     "Ben Ortega of New Mexico\n",
     {("Ada K. Moss", "Chair of the National Water Security Board"),
      ("Rui Tanaka", "Member of the National Water Security Board"),
      ("Ben Ortega", "Member of the National Water Security Board")}),
]


@pytest.mark.parametrize(("text", "expected"), APPOINTMENT_LISTS)
def test_appointment_list_forms(text: str, expected: set) -> None:
    from pipeline.roles.nominations import find_nominations

    got = {(n.name, n.title) for n in find_nominations(text)[0]}
    assert expected <= got, got
    assert all(n.status == "nominee" for n in find_nominations(text)[0])


@pytest.mark.parametrize("text", [
    "Smith, to be sure, was not appointed to anything.\n",  # no appointment list: "to be" is an idiom
    "The mayor appointed a panel.\nJane Roe, to be honest, left early.\n",
])
def test_to_be_idioms_are_no_appointments(text: str) -> None:
    from pipeline.roles.nominations import find_nominations

    assert not find_nominations(text)[0]


# Biography sentences of nomination and appointment announcements that list a past career
# (invented): "held ... positions ..., including A, B and C"; "... included service as A and B".
BIO_LISTS = [
    ("In Washington, she held several senior posts at the Department of Commerce, including Deputy Under "
     "Secretary for International Trade and Assistant Secretary for Industry and Analysis.",
     {"Deputy Under Secretary for International Trade", "Assistant Secretary for Industry and Analysis"}),
    ("His assignments abroad included service as Ambassador to Ghana and Deputy Chief of Mission in Lima.",
     {"Ambassador to Ghana", "Deputy Chief of Mission in Lima"}),
    ("Over two decades she held a number of positions, including Consul General in Milan.",
     {"Consul General in Milan"}),
]


@pytest.mark.parametrize(("sentence", "titles"), BIO_LISTS)
def test_biography_career_lists(sentence: str, titles: set) -> None:
    from pipeline.roles.nomination_bios import bio_offices

    got = {(title, status) for _, _, title, status, _ in bio_offices(sentence)}
    assert {(t, "former") for t in titles} <= got, got


@pytest.mark.parametrize("sentence", [
    "She thanked him for his continued service as Ambassador to Ghana.",
    "The firm held talks with several banks, including Barclays and HSBC.",
])
def test_not_past_career_lists(sentence: str) -> None:
    from pipeline.roles.nomination_bios import bio_offices

    assert not [o for o in bio_offices(sentence) if o[3] == "former"], bio_offices(sentence)


# (text, person, expected country): legislators of a story without dateline that names the legislature
LEGISLATORS = [
    ("A spending bill failed in the United States Senate on Thursday. Senate Majority leader Ann Cole said she "
     "was disappointed. Republican Senator Tom Ruiz voted against it.", {"Ann Cole": "USA", "Tom Ruiz": "USA"}),
    ("The Australian Senate passed the bill. Senator Jane Hollis said the vote was close.", {"Jane Hollis": "AUS"}),
    # two legislatures named: no country is given
    ("The bill passed the Australian Senate and was debated in the Canadian Parliament. Senator Jane Hollis "
     "spoke.", {"Jane Hollis": None}),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), LEGISLATORS)
def test_legislature_named_with_its_country(roles_of, text, expected) -> None:
    roles, _ = roles_of(text, published="2024-05-01")
    got = {r.person_name: r.country for r in roles if r.role == "legislator"}
    assert {k: got.get(k, "missing") for k in expected} == expected, roles


@pytest.mark.parametrize(("intro", "status"), [
    ("Today, the President appointed the following individuals to regional posts at the Department of Labor "
     "(DOL) and the Federal Highway Administration (FHWA):", "current"),
    ("Today, the President announced his intent to appoint the following individuals to regional posts at the "
     "Department of Labor (DOL) and the Federal Highway Administration (FHWA):", "nominee"),
])
def test_regional_appointment_lists(intro: str, status: str) -> None:
    from pipeline.roles.nominations import find_nominations

    text = (f"WASHINGTON\n{intro}\n\nMara Quinn, DOL Regional Administrator, Wage and Hour Division, Region 3\n"
            "Eli Novak, FHWA Division Administrator, Ohio\nPaul Ives, the new chef, Dayton\n")
    got = {(n.name, n.title, n.status) for n in find_nominations(text)[0]}
    assert got == {("Mara Quinn", "Regional Administrator of the Department of Labor", status),
                   ("Eli Novak", "Division Administrator of the Federal Highway Administration", status)}, got
