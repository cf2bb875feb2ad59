"""Round 45: a name written alone that is the surname of one person named in full and a middle
name of another joins the one whose surname it is (``entities.person_groups.group_persons``).

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest

from pipeline.entities import extract_entities

pytestmark = pytest.mark.model


def test_a_lone_name_is_a_surname_before_a_middle_name(make_doc) -> None:
    doc = make_doc("Guests\n\nMr. Andrew Benjamin Bradley attended. Stephen K. Benjamin spoke later. "
                   "Benjamin thanked the hosts.")
    groups = {e.name: [m.text for m in e.mentions] for e in extract_entities(doc) if e.label == "PERSON"}
    assert groups.get("Stephen K. Benjamin", []).count("Benjamin") == 1, groups


@pytest.mark.parametrize(("text", "name"), [
    ("Statement\n\nThe Director of National Drug Control Policy Rahul Gupta spoke at the summit.", "Rahul Gupta"),
])
def test_the_offices_last_word_is_no_part_of_the_name(make_doc, text: str, name: str) -> None:
    persons = {e.name for e in extract_entities(make_doc(text)) if e.label == "PERSON"}
    assert name in persons and not any(p.endswith(name) and p != name for p in persons), persons


@pytest.mark.parametrize(("text", "names"), [
    ("Statement\n\nSenator Rose Gottemoeller and Representative Will Hurd spoke.", {"Rose Gottemoeller", "Will Hurd"}),
    ("Statement\n\nGovernor Janet Mills of Maine met Senator Jim Banks.", {"Janet Mills", "Jim Banks"}),
])
def test_names_that_are_nouns_stay_whole(make_doc, text: str, names: set[str]) -> None:
    persons = {e.name for e in extract_entities(make_doc(text)) if e.label == "PERSON"}
    assert names <= persons, persons


@pytest.mark.parametrize("name", ["Clemency Rose Hart", "Amity Jane Shlaes"])
def test_a_given_name_after_a_title_is_no_portfolio_word(make_doc, name: str) -> None:
    # the review of round 45: only a capitalised run after "for"/"of"/"on" is a portfolio
    persons = {e.name for e in extract_entities(make_doc(f"Statement\n\nSenator {name} introduced a bill."))
               if e.label == "PERSON"}
    assert name in persons, persons
