"""Round 32: biography lists of staff posts, the principal's own seat, how an office was held,
an acting office held while nominated to it, and portfolio words the model takes for names.

Every sentence is invented for these tests; names are fictional.
"""

from __future__ import annotations

import pytest
from roles_harness import roles_of  # noqa: F401  (fixture)

from pipeline.roles.nomination_bios import bio_offices


@pytest.mark.parametrize(("sentence", "titles"), [
    # each item of a list of staff posts names its own principal: each is a post
    ("Before that, he served as Legislative Director for Congressman Neil Harwood, Military Legislative Assistant "
     "for Congressman Jim Pardee, and Legislative Correspondent for Senator Bill Norcross.",
     ["Legislative Director", "Military Legislative Assistant", "Legislative Correspondent"]),
    ("She served as Chief of Staff for Senator Jane Roe, Deputy Chief of Staff and Legislative Director for "
     "Representative John Doe.", ["Chief of Staff", "Deputy Chief of Staff", "Legislative Director"]),
    # the seat written after the principal is the principal's, not the staffer's
    ("Mr. Bell previously served as senior counsel to U.S. Senator Dana Stroud of Michigan, Chairwoman of the U.S. "
     "Senate Committee on Agriculture, Nutrition, and Forestry, and practiced law in New York.", ["senior counsel"]),
    # "Senate-confirmed" says how the office was held; it is no word of the office
    ("Under the previous administration, he served as the Senate confirmed General Counsel of the United States "
     "Department of Agriculture.", ["General Counsel of the United States Department of Agriculture"]),
    ("She was the Senate-confirmed Inspector General of the Department of Labor from 2010 to 2014.",
     ["Inspector General of the Department of Labor"]),
    # "working for X in various capacities, including as A, B and C": each a post of that service
    ("Ms. Lark has spent twenty years working for the NLRB in various capacities, including as Field Attorney, "
     "Supervisory Field Attorney and Deputy Regional Attorney in the Miami office.",
     ["Field Attorney", "Supervisory Field Attorney", "Deputy Regional Attorney in the Miami"]),
    # a post ended by a place's lower-case "office" does not end the list
    ("Mr. Pike has spent a decade working for the NLRB in various capacities, including as Trial Attorney and "
     "Deputy Regional Attorney in the Denver, Colorado office, as well as Deputy Assistant General Counsel in the Division of "
     "Advice in Washington.",
     ["Trial Attorney", "Deputy Regional Attorney in the Denver, Colorado office",
      "Deputy Assistant General Counsel in the Division of Advice in Washington"]),
])
def test_staff_lists_and_how_held(sentence: str, titles: list[str]) -> None:
    assert [title for _, _, title, _, _ in bio_offices(sentence)] == titles


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # the office held as acting while nominated to it is a role of its own (the guide: a nominee
    # role beside the office held now)
    ("President Biden Announces Key Nominations\n\n**Dorian Blake, Nominee for Assistant Secretary of the Army for "
     "Acquisition, Logistics, and Technology, Department of Defense**\n\nDorian Blake currently serves as the Acting "
     "Assistant Secretary of the Army for Acquisition, Logistics, and Technology where he is responsible for the "
     "Army's acquisition programs.",
     {("Dorian Blake", "nominee"), ("Dorian Blake", "acting")}),
])
def test_acting_while_nominated(roles_of, text: str, expected: set) -> None:
    roles, _ = roles_of(text, country="USA")
    assert {(r.person_name, r.status) for r in roles if r.person_name != "Biden"} == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "not_persons"), [
    # a lawyer's post is no one's name
    ("President Biden Announces Key Nominations\n\nSome of Ms. Quill's assignments included Deputy Staff Judge "
     "Advocate, U.S. Army Intelligence and Security Command; and Administrative Law Attorney, Office of the Judge "
     "Advocate General.", {"Advocate", "Administrative Law Attorney"}),
])
def test_title_words_are_no_persons(make_doc, text: str, not_persons: set) -> None:
    doc = make_doc(text)
    assert not {e.name for e in doc._.newsie_entities if e.label == "PERSON"} & not_persons


@pytest.mark.model
@pytest.mark.parametrize(("text", "person"), [
    # a name typed with and without its accents is one person
    ("President Biden Announces Key Nominations\n\n**Roberto Alvarez, Nominee for Assistant Secretary**\n\n"
     "Roberto Álvarez brings long experience in public service. Twice appointed by President Barack Obama as Deputy "
     "Assistant to the President for Education, Álvarez led the initiatives.", "Roberto Alvarez"),
])
def test_name_with_and_without_accents(make_doc, text: str, person: str) -> None:
    doc = make_doc(text)
    assert [e.name for e in doc._.newsie_entities if e.label == "PERSON" and "lvarez" in e.name] == [person]


@pytest.mark.parametrize(("words", "at", "kept"), [
    # a portfolio list's middle word after an office's "for" is no one's name
    ("the Assistant Secretary of the Army for Acquisition , Logistics , and Technology", 9, False),
    ("Secretary for Health , Education , and Welfare", 4, False),
    # a name after a portfolio is a name
    ("the Special Envoy for Climate , Kerry , said so", 6, True),
    ("a lawyer , Logan , and Technology", 3, True),
])
def test_portfolio_list_words(words: str, at: int, kept: bool) -> None:
    import spacy
    from spacy.tokens import Doc

    from pipeline.entities.titlerests import title_rest

    doc = Doc(spacy.blank("en").vocab, words=words.split())
    assert (title_rest(doc[at:at + 1]) is not None) is kept
