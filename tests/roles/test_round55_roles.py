"""Round 55: offices the stage missed.

* "PRESIDENT ROE:" where the text also names the president's husband "Dr. Mark Roe": the label's
  surname fits two persons, and the one holding the label's office speaks, so "when I visited Lima
  as foreign minister" is her former office (roles/speakers._holding), as the events stage's turns
  already read such a label.
* An excerpt with one speaker's label ("MR. ROE:  ... when I was the ambassador to Chile"): a
  single label naming a person the text names is a turn (roles/speakers._turns); "FACT SHEET:" or
  "SUBJECT:" name no one and stay no turn.

Every text is invented for these tests.
"""

from __future__ import annotations

import pytest

import pipeline

pytestmark = pytest.mark.model

_TRANSCRIPT = """Remarks by President Ana Roe of Ruritania and Prime Minister Tomas Vidal Before Bilateral Meeting

PRESIDENT ROE: Mr. Prime Minister, thank you for being here.

Almost exactly 10 years ago, when I visited Lima as foreign minister, I spoke about our partnership. My husband, \\
Dr. Mark Roe, sends his greetings.

PRIME MINISTER VIDAL: Thank you, Madam President.
"""


def test_a_label_surname_shared_by_two_persons_names_the_one_holding_its_office() -> None:
    roles = pipeline.extract(_TRANSCRIPT, published="2023-06-22", country="USA").to_dict()["roles"]
    former = [(r["person_name"], r["role"], r["status"]) for r in roles if r["title"].lower() == "foreign minister"]
    assert former == [("Ana Roe", "foreign_minister", "former")], roles


_EXCERPT = """Remarks by Secretary Ana Roe and Foreign Minister Tomas Vidal After Their Meeting

SECRETARY ROE:  Thank you, Mr. Minister.

When I was the ambassador to Chile, I learned how much our two countries share.
"""


def test_a_single_label_naming_a_person_is_a_turn() -> None:
    roles = pipeline.extract(_EXCERPT, published="2023-06-22", country="USA").to_dict()["roles"]
    former = [(r["person_name"], r["role"], r["status"]) for r in roles if "ambassador" in r["title"].lower()]
    assert former == [("Ana Roe", "ambassador", "former")], roles


def test_a_heading_label_is_no_turn() -> None:
    text = "Fact Sheet: A New Partnership\n\nFACT SHEET:  When I was the ambassador to Chile, we signed it.\n"
    roles = pipeline.extract(text, published="2023-06-22", country="USA").to_dict()["roles"]
    assert not [r for r in roles if "ambassador" in r["title"].lower() and r["person_name"]], roles
