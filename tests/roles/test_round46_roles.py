"""Round 46 (roles and the persons they name): a holder's name written with a no-break space or
across a wrapped line is still found in the role's evidence (``persons_from_roles``, ``_name_at``);
a headline's double surname joined by a hyphen stays whole after an office (``entities.persons.
split_headline_persons``); a portfolio never runs into the next guest's style of address
(``portfolio._portfolio_word``); the officials of international bodies missing from the gazetteer
(the Red Cross's, the UN funds' and agencies', the development banks') serve the body.

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest
from roles_harness import roles_of  # noqa: F401  (fixture)

import pipeline

pytestmark = pytest.mark.model


@pytest.mark.parametrize("name", ["Jouni Häkkinen", "Eero Niinimäki"])
def test_holder_named_with_any_one_space_is_a_person(name: str) -> None:
    # names the model does not tag, so the person comes from the role; the headline writes a
    # no-break space between the names, the body wraps the line between them
    first, last = name.split()
    text = (f"Readout of the President's Meeting with President of Finland {first}\u00a0{last}\n\n"
            f"The President met today with President of Finland {first}\n{last} to discuss trade.")
    result = pipeline.extract(text, published="2024-05-06")
    persons = [e for e in result.entities if e.label == "PERSON"]
    assert [e.name for e in persons] == [name], persons
    role = next(r for r in result.roles if r.person_name == name)
    assert role.person == persons[0].id
    # every mention is the text at its offsets, the no-break space or line break included
    assert all(text[m.start:m.end] == m.text for m in persons[0].mentions)


@pytest.mark.parametrize(("title", "name"), [
    ("Press Briefing by Press Secretary Ana Ruiz-Vega and Senior Adviser John Kell", "Ana Ruiz-Vega"),
    ("Statement by Press Secretary Marie Jean-Baptiste on the Summit", "Marie Jean-Baptiste"),
])
def test_headline_double_surname_stays_whole(title: str, name: str) -> None:
    # the body calls the press secretary by her first name alone
    first = name.split()[0]
    text = f"{title}\n\nMR. KELL:  Thank you very much, {first}. We did this together."
    result = pipeline.extract(text, published="2024-05-06")
    assert name in [e.name for e in result.entities if e.label == "PERSON"]
    assert any(r.person_name == name and r.title == "Press Secretary" for r in result.roles), result.roles


def test_guest_list_office_ends_before_next_style(roles_of) -> None:  # noqa: F811
    text = ("State Dinner Guest List\n\nThe following is a list of expected guests:\n\n"
            "The Honorable Jane Roe, Secretary of State\n"
            "His Excellency Tomas Varga, Minister of Foreign Affairs of the Republic of Kenya\n"
            "Her Excellency Ilona Varga, Minister of Trade of the Republic of Kenya\n")
    roles, _ = roles_of(text, published="2024-05-06", country="USA")
    titles = {r.person_name: r.title for r in roles}
    assert titles.get("Jane Roe") == "Secretary of State", roles
    assert titles.get("Tomas Varga") == "Minister of Foreign Affairs", roles
    assert {r.country for r in roles if r.person_name.endswith("Varga")} == {"KEN"}, roles


@pytest.mark.parametrize(("sentence", "holder", "org"), [
    ("The Secretary met with ICRC President Ana Ruiz in Geneva.", "Ana Ruiz", "ICRC"),
    ("The Secretary met with the President of the International Committee of the Red Cross, Ana Ruiz, in Geneva.",
     "Ana Ruiz", "ICRC"),
    ("OPCW Director-General Tomas Varga said the stockpile had been destroyed.", "Tomas Varga", "OPCW"),
    ("UNDP Administrator Jane Roe visited the camp on Monday.", "Jane Roe", "UNDP"),
])
def test_officials_of_international_bodies_serve_the_body(roles_of, sentence: str, holder: str,
                                                          org: str) -> None:  # noqa: F811
    roles, _ = roles_of("Readout\n\n" + sentence, published="2024-05-06", country="USA")
    assert any(r.person_name == holder and r.organization == org and r.country is None for r in roles), roles


@pytest.mark.parametrize(("sentence", "holder", "country", "role"), [
    ("It was signed by the President of the Government of Spain, Jane Roe.", "Jane Roe", "ESP", "head_of_government"),
    ("It was signed by Minister Jane Roe of the Government of the Republic of Fiji.", "Jane Roe", "FJI", None),
    ("Tomas Varga, Minister of Foreign Affairs of the Government of Canada, spoke first.", "Tomas Varga", "CAN",
     "foreign_minister"),
])
def test_government_of_a_country_names_the_office_country(roles_of, sentence: str, holder: str, country: str,
                                                          role: str | None) -> None:  # noqa: F811
    # "the Government of X" is the country's government as a whole, not a body whose words join the title
    roles, _ = roles_of("Joint Declaration\n\n" + sentence, published="2024-05-06")
    assert any(r.person_name == holder and r.country == country and role in (None, r.role) for r in roles), roles


@pytest.mark.parametrize(("sentence", "place"), [
    ("79 years ago today, Allied forces stormed the shores of Normandy and launched the greatest amphibious "
     "operation in history.", "Normandy"),
])
def test_part_of_a_place_names_the_place_not_a_person(sentence: str, place: str) -> None:
    result = pipeline.extract("Statement\n\n" + sentence, published="2024-06-06")
    assert place not in [e.name for e in result.entities if e.label == "PERSON"], result.entities


def test_a_persons_family_stays_a_person() -> None:
    result = pipeline.extract("Statement\n\nThe family of Rodney Wallace thanked the people of Burlington.",
                              published="2024-06-06")
    assert "Rodney Wallace" in [e.name for e in result.entities if e.label == "PERSON"]


@pytest.mark.parametrize(("sentence", "holder", "title"), [
    ("Minister for Foreign Affairs The Honourable Penny Roe will attend the meeting.", "Penny Roe",
     "Minister for Foreign Affairs"),
    ("The Minister of Justice His Excellency Pierre Varga opened the conference.", "Pierre Varga", "Minister of Justice"),
])
def test_style_of_address_in_running_text_is_skipped(roles_of, sentence: str, holder: str,
                                                     title: str) -> None:  # noqa: F811
    # on the title's own line the style stands between the office and its holder
    roles, _ = roles_of("Statement\n\n" + sentence, published="2024-05-06")
    assert any(r.person_name == holder and r.title == title for r in roles), roles


def test_government_of_a_capital_is_no_country(roles_of) -> None:  # noqa: F811
    # a capital names its country as a seat of government, but "the Government of Madrid" is the region's
    roles, _ = roles_of("Statement\n\nPresident of the Government of Madrid Jane Roe criticised the plan.",
                        published="2024-05-06")
    assert not any(r.country == "ESP" and r.role == "head_of_government" for r in roles), roles


def test_state_of_a_us_state_name_is_the_us_state() -> None:
    # "the State of Georgia" is the US state; the country is written "Georgia" alone
    result = pipeline.extract("Statement\n\nGovernor Jane Roe of the State of Georgia signed the bill.",
                              published="2024-05-06")
    assert [e.country for e in result.entities if e.name == "Georgia"] == ["USA"], result.entities
    assert [r.country for r in result.roles if r.person_name == "Jane Roe"] == ["USA"], result.roles
