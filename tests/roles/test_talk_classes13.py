"""Error classes of roles found by the thirteenth round's stress test of White House remarks,
press briefings, gaggles and fact sheets: a past president of the home government cited by
surname beside another country's words given that country; "President Biden" joined by the
entities to the spouse's full name losing its country; party committee posts (DNC Chair, a
National Finance Chair) kept as public offices; "when I served as Vice President, Sarah was ..."
giving the speaker's office to the next name; praise ("a great national leader") and rank ("the
first president to ...") read as offices; "my ambassador" given the dateline's country; a plural
title's names joined by a speaker's dash.

Every sentence is invented for these tests in the style of White House transcripts and fact
sheets; the people are fictional, except the presidents of the United States of the office-holder
table (the rules read that table).
"""

from __future__ import annotations

import pytest
from roles_harness import roles_of  # noqa: F401  (fixture)

pytestmark = pytest.mark.model

_REMARKS = "Remarks by President Biden at a Community Event\n\nTHE PRESIDENT:  Thank you.  {}\n\nTHE PRESIDENT:  Thanks again."
_VP = "Remarks by Vice President Harris at a Reception\n\nTHE VICE PRESIDENT:  Thank you.  {}\n\nTHE VICE PRESIDENT:  Thanks again."


def _hits(roles, person: str) -> list[tuple]:
    return [(r.title, r.role, r.country, r.status) for r in roles if r.person_name and r.person_name.endswith(person)]


@pytest.mark.parametrize(("sentence", "person"), [
    ("We meet in the room where President Johnson signed the law, where President Reagan met with Soviet "
     "General Secretary Gorbachev, where President Lincoln lay in state.", "Lincoln"),
    ("We meet in the room where President Johnson signed the law, where President Reagan met with Soviet "
     "General Secretary Gorbachev, where President Lincoln lay in state.", "Johnson"),
    ("She reminded us of President Roosevelt’s executive order on Japanese internment.", "Roosevelt"),
])
def test_past_home_president_beside_another_country(roles_of, sentence, person) -> None:
    roles, _ = roles_of(_REMARKS.format(sentence), published="2024-10-20")
    assert _hits(roles, person) == [("President", "head_of_state", "USA", "former")]


@pytest.mark.parametrize("text", [
    "Remarks by President Biden and President Lemaire of France in Joint Press Statements | Paris, France\n\n"
    "Élysée Palace\nParis, France\n\nPRESIDENT BIDEN:  Thank you.\n\nPRESIDENT LEMAIRE:  Mr. President, you "
    "honor us with a state visit to France with your wife, Dr. Jill Biden.\n\nPRESIDENT BIDEN:  Thank you.",
    _VP.format("President Joe Biden was in Israel today.  I want to thank our First Lady, Dr. Jill Biden.  Just "
               "today, President Biden announced new assistance to the Palestinian people."),
])
def test_president_joined_to_the_spouse(roles_of, text) -> None:
    roles, _ = roles_of(text, published="2023-10-18")
    heads = [(r.person_name, r.country) for r in roles if r.role == "head_of_state" and "Biden" in (r.person_name or "")]
    # the president's name as the text writes it ("Biden", or "Joe Biden" where written in full),
    # never the spouse's
    assert heads and all(h in (("Joe Biden", "USA"), ("Biden", "USA")) for h in heads)


@pytest.mark.parametrize(("sentence", "person"), [
    ("I want to thank Marcus Delacroix, DNC Chair; and Governor Helen Whitcombe.", "Delacroix"),
    ("I want to thank Paul Hendry, the National Finance Chair, and Governor Helen Whitcombe.", "Hendry"),
    ("RNC Chairwoman Laura Pennick was here too.", "Pennick"),
])
def test_party_committee_posts_are_no_roles(roles_of, sentence, person) -> None:
    roles, _ = roles_of(_REMARKS.format(sentence), published="2024-03-20")
    assert _hits(roles, person) == []
    assert _hits(roles, "Whitcombe") or "Whitcombe" not in sentence


@pytest.mark.parametrize(("sentence", "other", "title"), [
    ("And when I served as Vice President, Sarah Pennick was an intern in the White House.", "Pennick",
     "Vice President"),
    ("After I worked as Secretary of State, Daniel Marsh joined the team.", "Marsh", "Secretary of State"),
])
def test_as_title_of_a_clause_subject_is_not_the_next_name(roles_of, sentence, other, title) -> None:
    roles, _ = roles_of(_REMARKS.format(sentence), published="2022-06-15")
    assert not [h for h in _hits(roles, other) if h[0] == title]


def test_as_title_without_subject_keeps_the_name(roles_of) -> None:
    roles, _ = roles_of(_REMARKS.format("As Secretary of Energy, Jennifer Whitcombe has visited every state."),
                        published="2022-06-15")
    assert [h[1] for h in _hits(roles, "Whitcombe")] == ["minister_other"]


@pytest.mark.parametrize(("sentence", "person"), [
    ("I am here for Governor Gretchen Halvorsen.  She is a national leader, and she is a fighter.", "Halvorsen"),
    ("And you are a great national leader, Sherrod Pennick, so thank you.", "Pennick"),
])
def test_praise_is_no_office(roles_of, sentence, person) -> None:
    roles, _ = roles_of(_VP.format(sentence), published="2021-07-13")
    assert not [h for h in _hits(roles, person) if "leader" in h[0]]


@pytest.mark.parametrize(("sentence", "person"), [
    ("Jimmy Halvorsen was a president of the United States.  He was the first president of the United States "
     "to live to 100.", "Halvorsen"),
])
def test_rank_word_names_no_other_office(roles_of, sentence, person) -> None:
    roles, _ = roles_of(_VP.format(sentence), published="2025-01-07")
    hits = _hits(roles, person)
    assert hits and {h[1] for h in hits} == {"head_of_state"}


def test_my_ambassador_is_the_speakers(roles_of) -> None:
    text = ("Press Gaggle by President Biden | Ramstein Air Base, Germany\n\nTHE PRESIDENT:  I spoke with "
            "Chancellor Scholz.  And David Pennick, my ambassador, is going to be on the ground.\n\n"
            "THE PRESIDENT:  Thanks again.")
    roles, _ = roles_of(text, published="2023-10-18")
    assert [(h[1], h[2]) for h in _hits(roles, "Pennick")] == [("ambassador", "USA")]
    assert [h[2] for h in _hits(roles, "Scholz")] == ["DEU"]


@pytest.mark.parametrize(("sentence", "names"), [
    ("And Senators Kirsten Halvorsen — and Lindsey Pennick.  (Laughter.)", ["Halvorsen", "Pennick"]),
    ("And Governors Maria Delgado -- and Thomas Whitcombe are here.", ["Delgado", "Whitcombe"]),
])
def test_plural_title_list_with_a_dash(roles_of, sentence, names) -> None:
    roles, _ = roles_of(_REMARKS.format(sentence), published="2022-03-03")
    for name in names:
        assert [h[1] for h in _hits(roles, name)] in (["legislator"], ["official_other"])


@pytest.mark.parametrize(("sentence", "person", "title"), [
    ("I want to thank Democratic Caucus Chairman Pete Delgado for his work.", "Delgado", "Democratic Caucus Chairman"),
    ("I want to thank CBC Chair, Steven Whitcombe, for his work.", "Whitcombe", "CBC Chair"),
    ("I want to thank Maria Pennick, the Chair of the Congressional Hispanic Caucus.", "Pennick",
     "Chair of the Congressional Hispanic Caucus"),
])
def test_caucus_chair_is_a_legislator(roles_of, sentence, person, title) -> None:
    roles, _ = roles_of(_REMARKS.format(sentence), published="2023-06-13")
    assert _hits(roles, person) == [(title, "legislator", "USA", "current")]


@pytest.mark.parametrize(("sentence", "person", "status"), [
    ("And Antony Blinken has been a great Secretary of State.", "Blinken", "current"),
    ("Antony Blinken was Deputy Secretary of State, and Tony has been a friend.", "Blinken", "former"),
])
def test_present_perfect_tenure_the_table_dates(roles_of, sentence, person, status) -> None:
    roles, _ = roles_of(_REMARKS.format(sentence), published="2023-10-20")
    hits = _hits(roles, person)
    assert hits and {h[3] for h in hits} == {status}


def test_same_office_reading_gives_the_organisation(roles_of) -> None:
    text = ("On-the-Record Press Gaggle by White House Spokesperson Jane Roe\n\nMODERATOR:  Thank you.\n\nMS. ROE:  "
            "We welcomed the announcement that Dutch Prime Minister Pieter Halvorsen will serve as the next Secretary "
            "General of NATO.  In the fall, the new Secretary General, Pieter Halvorsen, steps into the job.\n\n"
            "MODERATOR:  Thank you.")
    roles, _ = roles_of(text, published="2024-06-26")
    sg = [(r.country, r.organization) for r in roles if "Halvorsen" in (r.person_name or "") and "Secretary" in r.title]
    assert sg and all(o == (None, "NATO") for o in sg)


def test_the_president_label_is_the_title_lines(roles_of) -> None:
    text = ("Press Gaggle by President Biden | Ramstein Air Base, Germany\n\nTHE PRESIDENT:  I just spoke with "
            "President Halvorsen of Egypt.\n\nQ  Mr. President, what did he agree to?\n\nTHE PRESIDENT:  To open "
            "the gate.  Pennick, my ambassador, is in Cairo now.  When I was a senator, I went there.")
    roles, _ = roles_of(text, published="2023-10-18")
    assert [(h[1], h[2]) for h in _hits(roles, "Pennick")] == [("ambassador", "USA")]
    assert ("legislator", "USA", "former") in [(h[1], h[2], h[3]) for h in _hits(roles, "Biden")]


def test_third_person_pronoun_in_a_speech_is_not_its_speaker(roles_of) -> None:
    text = ("Remarks by Vice President Halvorsen at a Roundtable on the Region\n\nCeremonial Office\n\n"
            "THE VICE PRESIDENT:  So I am looking forward to our discussion.  A few weeks ago, the President asked "
            "me to take on this work, similar to the work he did when he was Vice President years ago.\n\n"
            "And so I thank you all.")
    roles, _ = roles_of(text, published="2021-04-14")
    assert [h[3] for h in _hits(roles, "Halvorsen")] == ["current"]


def test_pronoun_for_the_person_a_speech_is_about(roles_of) -> None:
    text = ("Remarks by President Biden at the Funeral of Senator Thomas Pennick\n\nNational Cathedral\n\n"
            "THE PRESIDENT:  Thomas Pennick was a friend.  He served as Secretary of the Navy before the Senate.\n\n"
            "May God bless him.")
    roles, _ = roles_of(text, published="2021-06-23")
    assert "Secretary of the Navy" in [h[0] for h in _hits(roles, "Pennick")]
