"""Error classes of persons and roles found by the twelfth round's stress test of White House
remarks, press briefings, gaggles, background calls and fact sheets: a clock time's zone read as
a person ("4:18 P.M. KST", "5:00 a.m. Eastern"); "the Administration" read as a person; a
committee chair's, agency head's or whip's title kept in the name ("Chairwoman Roe"); the title
of another party after "together with" given to the subject; a state office whose region is
written after the holder's name ("Attorney General Roe of New Jersey") read as a national
minister.

Every sentence is invented for these tests in the style of White House transcripts and fact
sheets; the people are fictional.
"""

from __future__ import annotations

import pytest
from roles_harness import roles_of  # noqa: F401  (fixture)

pytestmark = pytest.mark.model

_REMARKS = "Remarks by President Biden at a Community Event\n\nTHE PRESIDENT:  Thank you.  {}\n\nTHE PRESIDENT:  Thanks again."
_CALL = "Background Press Call on the Summit\n\nVia Teleconference\n\n{}\n\nMODERATOR:  Thank you all."


def _persons(text: str) -> list[str]:
    from pipeline import extract

    record = extract(text, published="2023-06-01").record
    return [e.name for e in record.entities if e.label == "PERSON"]


def _hits(roles, person: str) -> list[tuple]:
    return [(r.title, r.role, r.country, r.status) for r in roles if r.person_name and r.person_name.endswith(person)]


@pytest.mark.parametrize("text", [
    "Seoul, Republic of Korea\n\n4:18 P.M. KST\n\nPRESIDENT ORELL:  Thank you all for coming.\n\n4:51 P.M. KST",
    "Rolling Hills, Kansas\n\n11:51 A.M. CDT\n\nTHE PRESIDENT:  Good morning.\n\n11:52 A.M. CDT",
    _CALL.format("MODERATOR:  This call is embargoed until tomorrow at 5:00 a.m. Eastern.  With that, over to you."),
])
def test_clock_times_are_no_persons(text) -> None:
    persons = _persons(text)
    assert not [p for p in persons if p.lower().startswith(("a.m", "p.m")) or p in ("Eastern", "Kst", "Cdt")]


@pytest.mark.parametrize("sentence", [
    "Today’s grants build on the Administration’s progress on clean water.",
    "The Administration will keep working with the states on this.",
])
def test_the_administration_is_no_person(sentence) -> None:
    assert "Administration" not in _persons(_REMARKS.format(sentence))


@pytest.mark.parametrize(("sentence", "name", "title"), [
    ("I want to thank Chairwoman Velkaro for her leadership on this bill.", "Velkaro", "Chairwoman"),
    ("Whip Osterby, I have always appreciated your friendship.", "Osterby", "Whip"),
    ("And Administrator Brannigan is investing in small business.", "Brannigan", "Administrator"),
])
def test_title_before_a_surname_is_not_the_name(roles_of, sentence, name, title) -> None:
    text = _REMARKS.format(sentence)
    persons = _persons(text)
    assert name in persons and f"{title} {name}" not in persons
    roles, _ = roles_of(text, published="2023-06-01")
    assert [h[0] for h in _hits(roles, name)] == [title]


@pytest.mark.parametrize(("sentence", "person"), [
    ("President Biden, together with the President of Mexico and the Prime Minister of Canada, launched the plan.",
     "Biden"),
    ("Senator Halvorsen, alongside the Foreign Minister of Chile, toured the port on Monday.", "Halvorsen"),
])
def test_title_after_with_is_another_party(roles_of, sentence, person) -> None:
    roles, _ = roles_of(_REMARKS.format(sentence), published="2023-06-01")
    assert not [h for h in _hits(roles, person) if h[2] in ("MEX", "CAN", "CHL")]


@pytest.mark.parametrize(("sentence", "person", "country"), [
    ("I want to thank Attorney General Okafor of New Jersey for being here.", "Okafor", "USA"),
    ("Secretary of State Delgado of Michigan has done the work.", "Delgado", "USA"),
])
def test_state_office_with_region_after_name(roles_of, sentence, person, country) -> None:
    roles, _ = roles_of(_REMARKS.format(sentence), published="2023-06-01")
    hits = _hits(roles, person)
    assert hits and all(h[1] == "official_other" and h[2] == country for h in hits)


@pytest.mark.parametrize(("sentence", "person", "role", "country"), [
    ("Prime Minister Tanaka of Japan sent his regards.", "Tanaka", "head_of_government", "JPN"),
    ("Ana Ruiz, the Foreign Minister of Chile, visited the port.", "Ruiz", "foreign_minister", "CHL"),
])
def test_national_offices_stay(roles_of, sentence, person, role, country) -> None:
    roles, _ = roles_of(_REMARKS.format(sentence), published="2023-06-01")
    assert (role, country) in [(h[1], h[2]) for h in _hits(roles, person)]


@pytest.mark.parametrize(("sentence", "person", "title"), [
    ("The agencies, under Secretary Brannigan, moved quickly on the rule.", "Brannigan", "Secretary"),
    ("Under Secretary Halvorsen will travel to the region next week.", "Halvorsen", "Under Secretary"),
    ("Under Secretary of Commerce Delgado will lead the delegation.", "Delgado", "Under Secretary of Commerce"),
])
def test_lower_case_under_before_a_title_is_the_preposition(roles_of, sentence, person, title) -> None:
    roles, _ = roles_of(_REMARKS.format(sentence), published="2023-06-01")
    assert [h[0] for h in _hits(roles, person)] == [title]


@pytest.mark.parametrize(("title", "text", "apart"), [
    # a First Lady's speech: "President X" is the office holder of the table, not the speaker
    ("Remarks by First Lady Marta Biden at a Community College",
     "Thank you all.  Marta Biden is my name on the diploma.  Two years ago, my husband, President Biden, "
     "made a promise to rebuild our schools.", ("Biden", "Marta Biden")),
    # a relative named in full beside the office holder's surname
    ("Press Gaggle by Press Secretary Dana Whitfield",
     "Q    What about Carlos Biden and the case?\n\nMS. WHITFIELD:  President Biden has said he will not "
     "intervene.  Carlos Biden is a private citizen.", ("Biden", "Carlos Biden")),
])
def test_office_holder_surname_stays_apart_from_a_relative(title, text, apart) -> None:
    from pipeline import extract

    record = extract(text, title=title, published="2023-06-01").record
    persons = [e.name for e in record.entities if e.label == "PERSON"]
    assert set(apart) <= set(persons)
    assert [r.person_name for r in record.roles if r.role == "head_of_state"] == ["Biden"]


@pytest.mark.parametrize("title, text, joined", [
    # another office than the table's: the surname is the full name's ("Mayor Austin" is no defence minister)
    ("Remarks by President Biden at a Community Event",
     "Steve Austin is here today.  Mayor Austin, thank you for hosting us.", "Steve Austin"),
    # a courtesy title: the relative's own surname (in a text that names no office holder of that
    # surname: beside "President Biden" the surname is the holder's, see above)
    ("Remarks by the First Lady at a Community Event",
     "Marta Biden teaches English.  Dr. Biden has taught for thirty years.", "Marta Biden"),
])
def test_surname_joins_its_full_name(title, text, joined) -> None:
    persons = _persons(_REMARKS.replace("Remarks by President Biden at a Community Event", title).format(text))
    assert joined in persons
    assert joined.split()[-1] not in persons


@pytest.mark.parametrize("text, name", [
    ("Via Teleconference\n\nMR. ZOLLERS:  Thank you for joining us.\n\nQ    Hi, thanks.\n\nMR. ZOLLERS:  Yes.", "Zollers"),
    ("MS. HOLLINGS:  Welcome to the shop.\n\nTHE PRESIDENT:  Thank you.\n\nMS. HOLLINGS:  We roast every day.",
     "Hollings"),
])
def test_speaker_label_surname_ending_in_s(text, name) -> None:
    assert name in _persons(text)


def test_greeting_list_with_a_spouse_style(roles_of) -> None:
    # "TITLE NAME, TITLE NAME" greetings with a spouse's style among them: each title is the next name's
    text = _REMARKS.format("Please be seated.  Marta, Vice President Okafor, Second Gentleman Tellan, Secretary "
                           "Brannigan, Secretary Halvorsen, Secretary Delgado, General Osterby, and veterans, thank you.")
    roles, _ = roles_of(text, published="2023-06-01")
    assert not _hits(roles, "Tellan")
    for name in ("Brannigan", "Halvorsen", "Delgado"):
        assert [h[0] for h in _hits(roles, name)] == ["Secretary"]
    assert "Tellan" in _persons(text)


def test_name_title_list_stays(roles_of) -> None:
    text = _REMARKS.format("The delegation includes Ann Lee, Deputy Assistant to the President, Bob Ray, Special "
                           "Assistant to the President, and Tom Kerr, Senior Advisor.")
    roles, _ = roles_of(text, published="2023-06-01")
    assert [h[0] for h in _hits(roles, "Bob Ray")] == ["Special Assistant to the President"]
    assert [h[0] for h in _hits(roles, "Ann Lee")] == ["Deputy Assistant to the President"]


@pytest.mark.parametrize(("sentence", "person"), [
    ("The military detained State Counsellor Mira Tanlo of Burma and other civilian officials.", "Mira Tanlo"),
    ("State Counselor Mira Tanlo of Burma was detained.", "Mira Tanlo"),
])
def test_counsellor_in_british_spelling_heads_a_title(roles_of, sentence, person) -> None:
    roles, _ = roles_of(_REMARKS.format(sentence), published="2023-06-01")
    assert [h[1] for h in _hits(roles, person)] == ["official_other"]


@pytest.mark.parametrize(("sentence", "first", "second"), [
    ("That is unacceptable to President Halvorsen and Vice President Tellan.", "Halvorsen", "Tellan"),
    ("The Secretary met Chancellor Brannigan and Prime Minister Okafor on Tuesday.", "Brannigan", "Okafor"),
    ("Senator Delgado and Attorney General Hollis spoke to the press.", "Delgado", "Hollis"),
    ("Secretary Velkaro and Defense Secretary Marlowe traveled to the region.", "Velkaro", "Marlowe"),
])
def test_surname_before_and_another_title_is_a_person(sentence, first, second) -> None:
    persons = _persons(_REMARKS.format(sentence))
    assert first in persons and second in persons


def test_job_title_with_and_is_still_no_person() -> None:
    persons = _persons(_REMARKS.format("She served as Chief Ethics and Compliance Officer at the firm for a decade."))
    assert not [p for p in persons if p in ("Ethics", "Compliance", "Ethics and Compliance")]


@pytest.mark.parametrize(("sentence", "person", "title", "status"), [
    ("The task force, chaired by former Congressman and veteran Patrick Halvorsen, will support recruitment.",
     "Patrick Halvorsen", "Congressman", "former"),
    ("The new council is led by Ambassador and author Dana Brannigan of our mission to the OSCE.",
     "Dana Brannigan", "Ambassador", "current"),
])
def test_title_and_descriptive_noun_before_a_name(roles_of, sentence, person, title, status) -> None:
    roles, _ = roles_of(_REMARKS.format(sentence), published="2023-06-01")
    assert [(h[0], h[3]) for h in _hits(roles, person)] == [(title, status)]


@pytest.mark.parametrize(("sentence", "person"), [
    ("We are also joined by Deputy Attorney General Lisa Monaco — is here — and the team.", "Lisa Monaco"),
    ("Ambassador Mark Israel arrived this morning.", "Mark Israel"),
])
def test_title_given_name_and_a_country_named_surname(sentence, person) -> None:
    assert person in _persons(_REMARKS.format(sentence))


def test_ally_before_a_country_stays_a_country() -> None:
    assert not [p for p in _persons(_REMARKS.format("Our newest NATO Ally Sweden joined the exercise.")) if "Sweden" in p]


def test_title_line_event_after_the_name_is_no_employer(roles_of) -> None:
    text = ("Remarks by Vice President Harris at the Brightwater Leaders’ Session, “Fast-Tracking the Just and "
            "Orderly Transition”\n\nTHE VICE PRESIDENT:  Thank you.  Senior Director Jane Roe at Contoso Health "
            "joined us.\n\nTHE VICE PRESIDENT:  Thank you.")
    roles, _ = roles_of(text, published="2023-12-02")
    assert ("Vice President", "official_other", "USA", "current") in _hits(roles, "Harris")
    assert not _hits(roles, "Jane Roe")


_CAMPAIGN = "Remarks by Vice President Okafor at a Campaign Event\n\nTHE VICE PRESIDENT:  Thank you.  {}\n\nTHE VICE PRESIDENT:  Thank you."


@pytest.mark.parametrize("sentence", [
    "And when I am president of the United States and Congress passes a bill, I will sign it into law.",
    "Once I am governor, I will fix the roads.",
])
def test_office_to_come_is_no_role(roles_of, sentence) -> None:
    roles, _ = roles_of(_CAMPAIGN.format(sentence), published="2024-08-07")
    assert not [h for h in _hits(roles, "Okafor") if h[0].lower().startswith(("president", "governor"))]


def test_past_office_in_a_when_clause_stays(roles_of) -> None:
    roles, _ = roles_of(_CAMPAIGN.format("When I was a senator, I fought for this."), published="2024-08-07")
    assert ("senator", "legislator", "former") in [(h[0], h[1], h[3]) for h in _hits(roles, "Okafor")]


def test_going_to_be_is_the_spoken_future(roles_of) -> None:
    text = _CAMPAIGN.format("Dana Brannigan is here.  She is going to serve as Special Assistant to the President.")
    roles, _ = roles_of(text, published="2024-08-07")
    assert [h[3] for h in _hits(roles, "Dana Brannigan")] == ["nominee"]


def test_caribbean_head_of_government_from_the_table(roles_of) -> None:
    # the text names no country: the dated office-holder table (its source cited) gives it
    roles, _ = roles_of(_REMARKS.format("I thank the Caribbean leaders here, including Prime Minister Terrance Drew."),
                        published="2023-12-02")
    assert ("Prime Minister", "head_of_government", "KNA", "current") in _hits(roles, "Terrance Drew")


@pytest.mark.parametrize(("text", "spouse"), [
    # a couple greeted by office and courtesy title, the spouse also named in full (an invented
    # first name): the surname after the office is the holder's of the table, not the spouse's
    ("Tonight we welcome Prime Minister Trudeau, and with him Mrs. Trudeau.  My wife has long admired "
     "Mrs. Helena Trudeau.", "Helena Trudeau"),
    ("Tomorrow I will see Prime Minister Trudeau.  The First Lady will meet Mrs. Helena Trudeau.",
     "Helena Trudeau"),
])
def test_holder_and_spouse_of_one_surname(text, spouse) -> None:
    from pipeline import extract

    record = extract(_REMARKS.format(text), published="2023-06-01").record
    persons = [e.name for e in record.entities if e.label == "PERSON"]
    assert "Trudeau" in persons and spouse in persons
    assert [(r.person_name, r.country) for r in record.roles if r.role == "head_of_government"] == [("Trudeau", "CAN")]
