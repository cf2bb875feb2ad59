"""Error classes of the twenty-first round on readouts and statements: a foreign president or
vice president named by title alone in a statement about their country; an office written
after the name whose country ends the name of a body ("Head of the X Department of <country>");
a person's second office joined to the first by "and" ("X, Senior Advisor to the Secretary and
Envoy for ..."); a rank marked "(Retired)" before the name.

Every sentence is invented for these tests in the style of White House readouts and statements.
"""

from __future__ import annotations

import pytest
from roles_harness import roles_of  # noqa: F401  (fixture)


_SANCTIONS = (
    "Statement from NSC Spokesperson Jane Roe on Sanctions\n\nIn Kenya, graft has spread unchecked. Officials have "
    "looted the state for a decade. The Treasury Department has today designated four people, among them President "
    "Samuel Otieno and Vice President Grace Wanjiru, over the theft of public money. Kenya deserves better, and we "
    "stand with the people of Kenya.")


def _offices(roles, person: str) -> set[tuple]:
    return {(r.title, r.role, r.country, r.status) for r in roles if r.person_name.endswith(person)}


@pytest.mark.model
@pytest.mark.parametrize(("text", "person", "expected"), [
    # a statement about one foreign country: its president and vice president named by title only
    (_SANCTIONS,
     "Samuel Otieno",
     {("President", "head_of_state", "KEN", "current")}),
    (_SANCTIONS,
     "Grace Wanjiru",
     {("Vice President", "official_other", "KEN", "current")}),
    # a title written after the name, its country ending the name of the body it heads
    ("Readout of a Meeting\n\nToday, Senior Director Jane Roe met with Dilnoza "
     "Karimova, Head of the Information Security Department of Kyrgyzstan. The two spoke about press freedom.",
     "Dilnoza Karimova", {("Head of the Information Security Department", "official_other", "KGZ", "current")}),
    # a rank marked "(Retired)" before the name: a former officer, of the side the list names
    ("Statement on Sanctions\n\nThe Treasury today designated officials of Kenya, including President Samuel "
     "Otieno, Vice President Grace Wanjiru, Major General (Retired) Peter Kamau, and two companies in Kenya. "
     "We stand with the people of Kenya.",
     "Peter Kamau", {("Major General", "military_commander", "KEN", "former")}),
])
def test_foreign_officials_of_the_country_the_text_is_about(roles_of, text, person, expected):
    roles, _ = roles_of(text, published="2024-03-04")
    assert _offices(roles, person) == expected


@pytest.mark.model
def test_a_desk_for_a_country_is_not_its_government(roles_of):
    text = ("President Biden Announces Key Nominees\n\nAmong her previous assignments, Ann Lee has worked as "
            "Director of the Office of Egypt and Levant Affairs, Bureau of Near Eastern Affairs.")
    # a guard for this round's "Head of the X Department of <country>" rule: passes on the round's start code,
    # fails without the check that the body's name ends at the country
    roles, _ = roles_of(text, published="2023-02-13")
    assert not any(r.country == "EGY" for r in roles if r.person_name == "Ann Lee")


@pytest.mark.model
def test_second_office_written_with_the_first_shares_its_country(roles_of):
    # (no headline: a readout cut from its page)
    text = ("Earlier today, Mary Cole, Assistant to the President and Chair of the Policy Council and Tom Reed, "
            "Senior Advisor to the\nPresident and Principal Director for Europe and Central Asia, held talks with "
            "Dilnoza Karimova, Head of the\nInformation Security Department of\nKyrgyzstan.  The talks covered "
            "press freedom.")
    roles, _ = roles_of(text, published="2024-03-04")
    assert {(r.title, r.country) for r in roles if r.person_name == "Tom Reed"} == {
        ("Senior Advisor to the President", "USA"), ("Principal Director for Europe and Central Asia", "USA")}


@pytest.mark.model
@pytest.mark.parametrize(("text", "person", "title"), [
    ("Statement\n\nThe delegation was led by Colonel (Retired) Ann Lee, who spoke first.", "Ann Lee",
     "Colonel"),
    ("Statement\n\nThe panel heard Brigadier General (Ret.) Tom Hale on readiness.", "Tom Hale", "Brigadier General"),
])
def test_retired_mark_between_rank_and_name(roles_of, text, person, title):
    roles, _ = roles_of(text, published="2024-03-04")
    assert {(r.title, r.status) for r in roles if r.person_name == person} == {(title, "former")}


@pytest.mark.model
@pytest.mark.parametrize(("text", "person", "expected"), [
    # a portfolio joined by "and" up to an appositive name between commas
    ("Statement on Travel\n\nDeputy Assistant to the President and Counselor for the Baltic and Nordic "
     "States, Tom Reed, departed last night for Belgium.", "Tom Reed",
     {("Deputy Assistant to the President", "USA"), ("Counselor for the Baltic and Nordic States", "USA")}),
])
def test_portfolio_joined_by_and_before_an_appositive_name(roles_of, text, person, expected):
    roles, _ = roles_of(text, published="2024-03-04")
    assert {(r.title, r.country) for r in roles if r.person_name == person} == expected


@pytest.mark.model
def test_courtesy_title_between_portfolio_and_name(roles_of):
    text = ("Readout of a Meeting\n\nAlso attending were Director of the National Cancer Institute Dr. Tom Reed "
            "and Senior Advisor Ann Lee.")
    roles, _ = roles_of(text, published="2024-03-04")
    assert {(r.person_name, r.title) for r in roles if "Reed" in r.person_name} == {
        ("Tom Reed", "Director of the National Cancer Institute")}


@pytest.mark.model
@pytest.mark.parametrize(("text", "published"), [
    ("Statement from President Biden Marking Nowruz\n\nSpring is a symbol of renewal. Happy Nowruz!", "2021-03-20"),
    ("Statement from President Biden Honoring Labor Day\n\nWorkers built this country.", "2022-09-05"),
])
def test_headline_verb_glued_to_a_leader_name(roles_of, text, published):
    roles, _ = roles_of(text, published=published)
    assert {(r.person_name, r.role, r.country) for r in roles} == {("Biden", "head_of_state", "USA")}


@pytest.mark.model
@pytest.mark.parametrize(("text", "person", "expected"), [
    # the one congratulated or thanked becomes or serves: the object of the verb the gerund hangs off
    ("Statement from President Joe Biden\n\nI congratulate Ana Ruiz on becoming the new Prime Minister of "
     "Portugal. Our two nations will keep working closely together.", "Ana Ruiz", {("Prime Minister", "head_of_government", "PRT")}),
    ("Statement from President Joe Biden\n\nToday I called Tom Reed to congratulate him. I congratulated him "
     "on becoming Governor of Ohio.", "Tom Reed", {("Governor", "official_other", "USA")}),
])
def test_gerund_office_of_the_object(roles_of, text, person, expected):
    roles, _ = roles_of(text, published="2024-03-04")
    assert {(r.title, r.role, r.country) for r in roles if r.person_name == person} == expected
