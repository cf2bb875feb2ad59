"""Transcripts and signed texts (issue #11): the offices a speaker states of himself or herself in
the first person, speaker labels resolved by surname or by the one named holder of their office,
aides' titles that name the office they serve, and the NSC communications coordinator.

Every text is invented for these tests in the style of White House transcripts and memoranda.
"""

from __future__ import annotations

import pytest
from roles_harness import roles_of  # noqa: F401  (fixture)

from pipeline.knowledge.offices import load_offices


def _triples(roles) -> set[tuple[str, str, str | None, str]]:
    return {(r.person_name.split()[-1], r.role, r.country, r.status) for r in roles}


_REMARKS = ("Remarks by President Biden on Clean Water | Denver, CO\n\n"
            "Union Station\nDenver, Colorado\n\n2:10 P.M. MDT\n\n"
            "THE PRESIDENT:  Thank you all.  Please, sit down.\n\n{line}\n\n"
            "We are going to get this done together.\n")


@pytest.mark.model
@pytest.mark.parametrize(("line", "expected"), [
    ("Years ago, I was a United States senator, and I fought for the river.",
     ("Biden", "legislator", "USA", "former")),
    ("I have come to this state many times as a senator, and I love it.",
     ("Biden", "legislator", "USA", "former")),
    ("When I was Vice President, I came here to see the dam.",
     ("Biden", "official_other", "USA", "former")),
    ("I stand here today as President of the United States to make a promise.",
     ("Biden", "head_of_state", "USA", "current")),
])
def test_first_person_office_of_titled_speaker(roles_of, line, expected) -> None:  # noqa: F811
    roles, _ = roles_of(_REMARKS.format(line=line), published="2023-06-01")
    assert expected in _triples(roles), roles


@pytest.mark.model
@pytest.mark.parametrize("line", [
    "If I were a senator again, I would vote for it.",   # a supposition
    "Someday I will be a grandfather of ten.",           # no office
    "My friend was a senator from this state.",          # not the speaker
])
def test_no_first_person_office(roles_of, line) -> None:  # noqa: F811
    roles, _ = roles_of(_REMARKS.format(line=line), published="2023-06-01")
    assert not any(r.role == "legislator" for r in roles), roles


_BRIEFING = ("Press Briefing by Press Secretary Maria Olsen and National Security Advisor Tom Becker\n\n"
             "James S. Brady Press Briefing Room\n\n1:05 P.M. EDT\n\n"
             "MS. OLSEN:  Good afternoon.  I will turn it over to Tom.\n\n"
             "MR. BECKER:  Thanks, Maria.  {line}\n\n"
             "Q    Thank you.  Was that a mistake?\n\n"
             "MR. BECKER:  No.\n")


@pytest.mark.model
@pytest.mark.parametrize(("line", "expected"), [
    ("Back when I was an ambassador, I saw how these talks work.", ("Becker", "ambassador", "USA", "former")),
    ("I served as Deputy Secretary of State before this job.", ("Becker", "official_other", "USA", "former")),
])
def test_first_person_office_of_labelled_speaker(roles_of, line, expected) -> None:  # noqa: F811
    roles, _ = roles_of(_BRIEFING.format(line=line), published="2024-04-01")
    assert expected in _triples(roles), roles
    assert {("Olsen", "spokesperson", "USA", "current"),
            ("Becker", "national_security_advisor", "USA", "current")} <= _triples(roles), roles


@pytest.mark.model
def test_questioner_gets_no_office(roles_of) -> None:  # noqa: F811
    text = _BRIEFING.format(line="We are watching closely.").replace(
        "Was that a mistake?", "I was a senator once, you know.  Was that a mistake?")
    roles, _ = roles_of(text, published="2024-04-01")
    assert not any(r.role == "legislator" for r in roles), roles


@pytest.mark.model
def test_office_label_names_the_one_holder(roles_of) -> None:  # noqa: F811
    text = ("Remarks by President Biden and President Kaya Before Bilateral Meeting\n\n"
            "Oval Office\n\n"
            "PRESIDENT KAYA:  Thank you for having me.\n\n"
            "THE PRESIDENT:  Welcome.  I was a senator when your father visited us.\n\n"
            "PRESIDENT KAYA:  I remember it.\n")
    roles, _ = roles_of(text, published="2023-06-01")
    assert ("Biden", "legislator", "USA", "former") in _triples(roles), roles
    assert not any(r.role == "legislator" and r.person_name.endswith("Kaya") for r in roles), roles


@pytest.mark.model
def test_signed_memorandum_speaker(roles_of) -> None:  # noqa: F811
    text = ("Memorandum on the Delegation of Authority Under Section 7 of the Export Act\n\n"
            "MEMORANDUM FOR THE SECRETARY OF COMMERCE\n\n"
            "By the authority vested in me as President by the Constitution and the laws of the United "
            "States of America, I hereby delegate to the Secretary of Commerce the functions of Section 7.\n\n"
            "JOSEPH R. BIDEN JR.\n")
    roles, _ = roles_of(text, published="2022-05-02")
    assert ("Jr.", "head_of_state", "USA", "current") in _triples(roles) \
        or ("Biden", "head_of_state", "USA", "current") in _triples(roles), roles


@pytest.mark.model
def test_aide_serves_the_government_of_the_office(roles_of) -> None:  # noqa: F811
    text = ("Background Press Call on Port Security\n\nVia Teleconference\n\n"
            "MODERATOR:  Thanks, everyone.  With us is Dana Whitfield, Special Assistant to the "
            "President for Maritime Affairs.\n\n"
            "MS. WHITFIELD:  Thanks.  Next week, President Biden will sign an order on port security.\n")
    roles, _ = roles_of(text, published="2023-06-01")
    assert ("Whitfield", "official_other", "USA", "current") in _triples(roles), roles


@pytest.mark.parametrize(("title", "role"), [
    ("NSC Coordinator for Strategic Communications", "spokesperson"),
    ("Coordinator for Strategic Communications", "spokesperson"),
    ("Coordinator for Counterterrorism", "official_other"),
])
def test_communications_coordinator(title: str, role: str) -> None:
    assert load_offices().classify(title) == role


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Remarks by President Biden at a Town Hall | Lisbon, Portugal\n\nTHE PRESIDENT:  Thank you.\n\n"
     "Back then I worked with a fine senator named Walter Brandt, from Ohio, on that law.\n",
     ("Brandt", "legislator", "USA")),
    ("Remarks by the Prime Minister at a Dinner | Paris, France\n\nYears ago I met a young congresswoman "
     "named Ellen Marsh from Texas at a conference.\n",
     ("Marsh", "legislator", "USA")),
])
def test_title_named_holder_from_place(roles_of, text, expected) -> None:  # noqa: F811
    roles, _ = roles_of(text, published="2023-06-01")
    assert expected in {t[:3] for t in _triples(roles)}, roles


@pytest.mark.model
def test_president_named_is_no_title_of_the_object(roles_of) -> None:  # noqa: F811
    roles, _ = roles_of("Ambassador Named\n\nWASHINGTON — The President named Jane Roe to be "
                        "Ambassador to Chile on Monday.\n", published="2023-06-01")
    assert not any(r.role == "head_of_state" and r.person_name.endswith("Roe") for r in roles), roles


@pytest.mark.model
@pytest.mark.parametrize("sentence", [
    "Before that, she was Consul General in Monterrey.",
    "She later served as the U.S. Consul General in Naples.",
])
def test_consul_general_is_no_general(roles_of, sentence) -> None:  # noqa: F811
    roles, _ = roles_of("President Biden Announces Key Nominees\n\nToday, President Joe Biden announced his "
                        "intent to nominate Karen Whitmore as Ambassador to Peru.\n\nKaren Whitmore is a career "
                        "member of the Senior Foreign Service. " + sentence + "\n", published="2023-06-01")
    assert any(r.person_name.endswith("Whitmore") and "Consul" in r.title and r.role == "official_other"
               for r in roles), roles
    assert not any(r.role == "military_commander" for r in roles), roles


@pytest.mark.model
@pytest.mark.parametrize(("line", "expected"), [
    ("As a former Under Secretary of the Treasury, I know these numbers well.",
     ("Becker", "official_other", "USA", "former")),
    ("As your National Security Advisor, I have seen these talks up close.",
     ("Becker", "national_security_advisor", "USA", "current")),
])
def test_fronted_as_phrase_of_speaker(roles_of, line, expected) -> None:  # noqa: F811
    roles, _ = roles_of(_BRIEFING.format(line=line), published="2024-04-01")
    assert expected in _triples(roles), roles


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "name", "country"), [
    ("Secretary Blinken is traveling to Tokyo, where he will meet Foreign Minister Yoko Kamikawa.",
     "Kamikawa", "JPN"),
    ("Secretary Austin will host Defense Minister Lee Jong-sup at the Pentagon after his visit to Seoul.",
     "Lee Jong-sup", "KOR"),
])
def test_second_holder_of_a_one_per_government_office(roles_of, sentence, name, country) -> None:  # noqa: F811
    text = ("Press Briefing by Press Secretary Maria Olsen\n\nJames S. Brady Press Briefing Room\n\n"
            "MS. OLSEN:  Good afternoon.  " + sentence + "\n\nQ    Thanks.\n")
    roles, _ = roles_of(text, published="2023-06-01")
    hit = [r for r in roles if r.person_name.endswith(name)]
    assert hit and all(r.country == country for r in hit), roles


@pytest.mark.model
def test_speaker_named_after_by_in_the_title(roles_of) -> None:  # noqa: F811
    text = ("Statement of President Joe Biden on the Passing of Ambassador Ruth Kessler\n\n"
            "Ruth Kessler was a dear friend.  As a Senator, I worked closely with her when she served as "
            "Ambassador to Kenya, Assistant Secretary of State, and as Deputy Secretary of State.  When I "
            "was Vice President, she was always the first call I made.\n")
    roles, _ = roles_of(text, published="2023-06-01")
    triples = _triples(roles)
    assert {("Biden", "legislator", "USA", "former"), ("Biden", "official_other", "USA", "former")} <= triples, roles
    # the coordinated "and as Deputy Secretary of State" is hers, not the speaker's
    assert not any(r.person_name.endswith("Biden") and "Deputy" in r.title for r in roles), roles
    assert any(r.person_name.endswith("Kessler") and r.title == "Deputy Secretary of State"
               and r.status == "former" for r in roles), roles


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "name", "role"), [
    ("Secretary Granholm will visit the plant on Friday.", "Granholm", "minister_other"),
    ("Secretary Buttigieg announced the grants this morning.", "Buttigieg", "minister_other"),
])
def test_bare_secretary_of_the_cabinet(roles_of, sentence, name, role) -> None:  # noqa: F811
    roles, _ = roles_of("Fact Sheet: Building Roads\n\nThe White House said today that " + sentence + "\n",
                        published="2022-06-01")
    assert any(r.person_name.endswith(name) and r.role == role and r.country == "USA" for r in roles), roles


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "expected", "absent"), [
    ("The law passed after years of work, including support from President Biden\nas a senator, and from "
     "many advocates.", ("Biden", "legislator", "USA", "former"), None),
    ("The White House said President Biden will today nominate Jane Roe as Ambassador to Chile.",
     None, ("Roe", "current")),
])
def test_name_as_title(roles_of, sentence, expected, absent) -> None:  # noqa: F811
    roles, _ = roles_of("Fact Sheet: A New Law\n\n" + sentence + "\n", published="2023-06-01")
    if expected:
        assert expected in _triples(roles), roles
    if absent:
        assert not any(r.person_name.endswith(absent[0]) and r.status == absent[1] for r in roles), roles


@pytest.mark.model
def test_remarks_place_line_with_state_code(roles_of) -> None:  # noqa: F811
    text = ("Remarks by Vice President Harris at a Campaign Event | Fairhope, AL\n\nCity Hall\n\n"
            "THE VICE PRESIDENT:  Thank you.  I want to thank Paul Whitaker, the mayor, for having us.\n")
    roles, _ = roles_of(text, published="2023-06-01")
    assert ("Whitaker", "official_other", "USA", "current") in _triples(roles), roles


@pytest.mark.model
def test_our_beside_an_unplaced_official_is_not_the_others(roles_of) -> None:  # noqa: F811
    text = ("Deputy Chief of Staff Alan Moss spoke today with President Irfaan Ali of Guyana to "
            "deepen our bilateral relationship.\n")
    roles, _ = roles_of(text, published="2023-06-01")
    assert not any(r.person_name.endswith("Moss") and r.country == "GUY" for r in roles), roles


@pytest.mark.model
@pytest.mark.parametrize(("line", "status"), [
    ("Back when I was in the Senate, we passed that bill.", "former"),
    ("I served in the House of Representatives for a decade.", "former"),
])
def test_speaker_served_in_a_legislature(roles_of, line, status) -> None:  # noqa: F811
    roles, _ = roles_of(_REMARKS.format(line=line), published="2023-06-01")
    assert ("Biden", "legislator", "USA", status) in _triples(roles), roles


@pytest.mark.model
def test_a_house_is_no_legislature(roles_of) -> None:  # noqa: F811
    roles, _ = roles_of(_REMARKS.format(line="I was in the House when the storm hit."), published="2023-06-01")
    assert not any(r.role == "legislator" for r in roles), roles


_DEPARTURE = ("Remarks by President Biden on the Budget Talks\n\nSouth Lawn\n\n"
              "THE PRESIDENT:  Good morning.  I will meet with Speaker Johnson this week.\n\n"
              "Q    What about Senator Schumer?\n\n"
              "THE PRESIDENT:  Chuck and I talk all the time.\n\n"
              "SENATOR LOPEZ:  Thank you, Mr. President.\n")


@pytest.mark.model
def test_label_office_is_no_title_of_the_next_words(roles_of) -> None:  # noqa: F811
    roles, _ = roles_of(_DEPARTURE, published="2024-03-01")
    assert not any(r.person_name == "Chuck" for r in roles), roles
    # a label that writes office and name names its holder
    assert any(r.person_name.endswith("LOPEZ") or r.person_name.endswith("Lopez") for r in roles), roles


@pytest.mark.model
def test_officials_of_the_speakers_government(roles_of) -> None:  # noqa: F811
    roles, _ = roles_of(_DEPARTURE, published="2024-03-01")
    assert {("Johnson", "legislator", "USA", "current"), ("Schumer", "legislator", "USA", "current")} \
        <= _triples(roles), roles


@pytest.mark.model
@pytest.mark.parametrize("text,published,expected", [
    # one office label before a whole address: its speaker is the one person the text names whom
    # the office-holder table gives that office on the day (not a guest greeted by first name)
    ("Rose Garden\n\nTHE PRESIDENT:  Thank you, Emmanuel.  Folks in the Biden administration worked hard on this "
     "for a year.  Today I speak to you as President of the United States, and I am proud of it.\n",
     "2022-05-04", ("Biden", "head_of_state", "USA")),
])
def test_single_office_label_speaker_from_the_holder_table(roles_of, text, published, expected):
    roles, _ = roles_of(text, published=published)
    assert expected in {(r.person_name, r.role, r.country) for r in roles}


@pytest.mark.model
def test_single_label_without_office_names_no_speaker(roles_of):
    text = ("NOTE:  The remarks were delayed.\n\nI spoke to the crowd as President of the United States, "
            "said Biden later.\n")
    roles, _ = roles_of(text, published="2022-05-04")
    assert all(r.role != "head_of_state" or r.person_name == "Biden" for r in roles)
