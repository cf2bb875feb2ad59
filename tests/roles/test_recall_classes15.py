"""Round 15 recall classes of the roles stage: posts of a biography's list, the copula with a bare
office, intents naming two offices, the body "the army" refers back to, "newly elected" before
inauguration, the object of a removal verb, a legislator principal's seat (invented sentences)."""

from __future__ import annotations

import pytest

from roles_harness import NOMINATION_HEAD, roles_of  # noqa: F401  (fixture)


def _bio(roles_of, sentence: str) -> set[tuple[str, str]]:  # noqa: F811
    roles, _ = roles_of(NOMINATION_HEAD + sentence + "\n", published="2024-03-01")
    return {(r.title, r.status) for r in roles if r.person_name == "Peter Garland" and "Fiji" not in r.title}


@pytest.mark.parametrize(("sentence", "expected"), [
    # the frame's public body makes each item a post
    ("Garland held senior positions at the State Department, including Deputy Assistant Secretary for "
     "Western Hemisphere Affairs and Director for Andean Affairs.", {"Director for Andean Affairs"}),
    ("Garland served in a variety of roles at the Consumer Financial Protection Bureau including Acting "
     "Director, Chief of Staff, and Deputy Chief Operating Officer.",
     {"Acting Director", "Chief of Staff", "Deputy Chief Operating Officer"}),
    # a public sibling does
    ("Garland's other positions include Special Assistant to the Secretary of State, Desk Officer for Peru, "
     "and Staff Assistant in the Bureau of African Affairs.", {"Desk Officer for Peru"}),
    # a whole title between commas is an item of its own
    ("Garland has held a number of positions at the Department of Energy, including Chief of Staff, Deputy "
     "General Counsel, and Senior Advisor to the Secretary.", {"Chief of Staff", "Deputy General Counsel"}),
    # a career member of the Foreign Service: the assignments are public posts
    ("Garland, a career member of the Senior Foreign Service, serves as Deputy Chief of Mission at the U.S. "
     "Embassy in Rome. His previous overseas assignments include Political Counselor in Madrid and Economic "
     "Officer in Quito.", {"Political Counselor in Madrid", "Economic Officer in Quito"}),
    # the copula with a bare capitalised office
    ("Garland is currently Deputy Chief of Mission at the U.S. Embassy in Rome.",
     {"Deputy Chief of Mission at the U.S. Embassy in Rome"}),
    ("Garland also was Staff Director for the Senate Foreign Relations Subcommittee on African Affairs.",
     {"Staff Director for the Senate Foreign Relations Subcommittee on African Affairs"}),
    ("He also held leadership positions overseas as Management Counselor of the U.S. Embassy in Bangkok and "
     "as Deputy Chief of Mission of the U.S. Embassy in Vientiane.",
     {"Management Counselor of the U.S. Embassy in Bangkok", "Deputy Chief of Mission of the U.S. Embassy in Vientiane"}),
])
def test_biography_list_posts(roles_of, sentence: str, expected: set[str]) -> None:  # noqa: F811
    titles = {t for t, _ in _bio(roles_of, sentence)}
    assert expected <= titles


@pytest.mark.parametrize("sentence", [
    "Garland served in a variety of roles at Acme Holdings LLC, including Chief of Staff and Deputy General Counsel.",
    "Garland is currently Chief Operating Officer of the Contoso Group.",
    "Garland was Director of Admissions at Wexford State University.",
])
def test_private_lists_stay_out(roles_of, sentence: str) -> None:  # noqa: F811
    assert not _bio(roles_of, sentence)


def test_intent_with_two_offices_and_a_second_nominee(roles_of) -> None:  # noqa: F811
    text = ("President Announces Intent to Nominate Jane Roe\n\nWASHINGTON – Today, the President announced his intent "
            "to nominate Jane Roe to serve as Under Secretary of Commerce for Oceans and Atmosphere and as Administrator "
            "of the National Oceanic and Atmospheric Administration, and Tom Lee to serve as Inspector General of the "
            "Department of Labor.\n")
    roles, _ = roles_of(text, published="2024-03-01")
    got = {(r.person_name, r.title, r.status) for r in roles}
    assert ("Jane Roe", "Administrator of the National Oceanic and Atmospheric Administration", "nominee") in got
    assert ("Tom Lee", "Inspector General of the Department of Labor", "nominee") in got
    assert not any(r.person_name == "Jane Roe" and "Inspector" in r.title for r in roles)


@pytest.mark.parametrize(("text", "name", "country"), [
    ("NAIROBI, March 4 (Reuters) - Sudan's army chief Gen. Omar Bashar met envoys on Tuesday. The army's "
     "spokesman, Brig. Nabil Abdallah, said talks had stalled.", "Nabil Abdallah", "SDN"),
    ("BANGKOK (Reuters) - The Myanmar military shelled villages on Monday. The military's spokesman, "
     "Maj. Gen. Zaw Min, denied it.", "Zaw Min", "MMR"),
])
def test_the_army_refers_back(roles_of, text: str, name: str, country: str) -> None:  # noqa: F811
    roles, _ = roles_of(text, published="2024-03-04")
    assert [r.country for r in roles if r.person_name == name] == [country]


@pytest.mark.parametrize(("text", "status"), [
    ("BOGOTA (Reuters) - Newly elected President Daniel Ortez will be sworn in on Friday, officials said.", "elect"),
    ("BOGOTA (Reuters) - Newly elected President Daniel Ortez took office on Friday, officials said.", "current"),
])
def test_newly_elected(roles_of, text: str, status: str) -> None:  # noqa: F811
    roles, _ = roles_of(text, published="2024-03-04")
    assert [r.status for r in roles if r.person_name == "Daniel Ortez"] == [status]


@pytest.mark.parametrize(("text", "name", "status"), [
    ("NIAMEY (Reuters) - France completed its withdrawal after the junta expelled its ambassador, Sylvain Marchand.",
     "Sylvain Marchand", "former"),
    ("KAMPALA (Reuters) - President Yoweri Museveni sacked his defence minister, Alice Nabwire, on Monday.",
     "Alice Nabwire", "former"),
    ("KAMPALA (Reuters) - Museveni will sack his defence minister, Alice Nabwire, officials said.",
     "Alice Nabwire", "current"),
])
def test_object_of_a_removal_verb(roles_of, text: str, name: str, status: str) -> None:  # noqa: F811
    roles, _ = roles_of(text, published="2024-03-04")
    assert [r.status for r in roles if r.person_name == name] == [status]


def test_legislator_principal_keeps_the_seat(roles_of) -> None:  # noqa: F811
    text = NOMINATION_HEAD + ("Prior to this role, Garland worked as Executive Director of Political Operations for "
                              "House Republican Chief Deputy Whip Tom Lakeway.\n")
    roles, _ = roles_of(text, published="2024-03-01")
    assert [r.status for r in roles if r.person_name == "Tom Lakeway"] == ["current"]


@pytest.mark.parametrize("body", [
    "the Centers for Disease Control and Prevention", "the Joint Staff", "the Inter-American Foundation",
    "the Institute of Museum and Library Services",
])
def test_statutory_bodies_with_private_kind_names(roles_of, body: str) -> None:  # noqa: F811
    assert _bio(roles_of, f"Garland previously served as Senior Advisor at {body}.")


@pytest.mark.parametrize(("text", "title"), [
    ("WASHINGTON (Reuters) - Jane Roe, senior adviser to Secretary of State Tom Lakeway, said on Monday the talks "
     "were useful.", "senior adviser"),  # (round 42: the principal's office is read as his, the aide's post alone)
    ("OTTAWA (Reuters) - Jane Roe, National Security Adviser to Prime Minister Tom Lakeway, met officials on Monday.",
     "National Security Adviser"),
])
def test_aide_named_in_apposition(roles_of, text: str, title: str) -> None:  # noqa: F811
    roles, _ = roles_of(text, published="2024-03-04")
    assert any(r.person_name == "Jane Roe" and r.title == title and r.status == "current" for r in roles)
    assert any(r.person_name == "Tom Lakeway" for r in roles)  # the principal keeps the inner office


@pytest.mark.parametrize(("text", "name"), [
    ("BETHESDA, Md. — Dr. Jane Roe, President of the Uniformed Services University of the Health Sciences, spoke at "
     "the ceremony.", "Jane Roe"),
    ("MONTGOMERY, Ala. — Lt. Gen. Jane Roe, commander and president of Air University, welcomed the new class.",
     "Jane Roe"),
])
def test_military_schools_are_public(roles_of, text: str, name: str) -> None:  # noqa: F811
    roles, _ = roles_of(text, published="2024-03-04")
    assert any(r.person_name == name and "University" in r.title for r in roles)


def test_a_private_university_stays_out(roles_of) -> None:  # noqa: F811
    roles, _ = roles_of("BOSTON — Jane Roe, President of Wexford State University, spoke at the ceremony.",
                        published="2024-03-04")
    assert not any("University" in r.title for r in roles)
