"""Who acts and who receives in government statements: a visit to a town (a place, no one
visited), the doer of each gerund a praise is "for", the government a name calls one, and a
condemned attack named with its victim.

Invented sentences (not copied from any gold text or stress document).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events
from pipeline.events.titles import institution_country

from .test_event_classes import _check

TITLE = "Statement from Press Secretary Jane Roe on Recent Events\n\n"
"""a statement by an official who is not the head of state"""

CASES = [
    # a government's own "the President", named nowhere in the text, is that government (the
    # annotation leaves such a holder unnamed, with his country)
    ("On Monday the President and the Vice President urged Congress to fund the library program.", "2023-05-01",
     [("REQUEST", "USA", "Congress")]),
    # a visit to a town or province is where it happens; a country or its capital is visited
    ("Secretary of State Ana Ruiz will travel to Lyon, France next week.", "2023-05-01",
     [("AGREE", "Ana Ruiz", None)]),
    ("Secretary of State Ana Ruiz will travel to Hanoi next week.", "2023-05-01", [("AGREE", "Ana Ruiz", "VNM")]),
    ("Secretary of State Ana Ruiz will travel to Vietnam next week.", "2023-05-01", [("AGREE", "Ana Ruiz", "VNM")]),
    # every gerund of a list a praise is "for" is done by whom the praise goes to, also when
    # the parser hangs the later ones on the main verb or the praise is a noun ("appreciation to X")
    ("We commend Chile and Peru for holding talks in Lima, negotiating patiently, and signing a border agreement.",
     "2023-05-01", [("SUPPORT", "USA", "CHL"), ("SUPPORT", "USA", "PER"), ("CONSULT", "CHL", "PER"),
                    ("CONSULT", "CHL", "PER"), ("AGREE", "CHL", "PER")]),
    ("The President conveyed his deep appreciation to Norway for hosting the talks, funding the mission, and "
     "leading the alliance.", "2023-05-01",
     [("SUPPORT", "USA", "NOR"), ("CONSULT", "NOR", None), ("AID", "NOR", None)]),
    # a condemnation of an attack named with its victim is aimed at who attacked, also when the
    # parser hangs the victim's phrase on the verb
    ("Iran fired missiles at Erbil. Canada joined Prime Minister Ali Kamal in condemning this assault on the "
     "independence of Iraq.", "2023-05-01", [("ASSAULT", "IRN", "IRQ"), ("ACCUSE", "CAN", "IRN")]),
    # a reaction to an act named with its one author ("the decision by X") is aimed at that
    # author; a statement by several names no one of them
    # (the decision's own act is decided, by its author: round 17, :mod:`pipeline.events.intended_acts`)
    ("We welcome the decision by Chile to extend the truce.", "2023-05-01",
     [("SUPPORT", "USA", "CHL"), ("CONCEDE", "CHL", None)]),
    ("We condemn the move by Freedonia's parliament to ban the newspaper.", "2023-05-01",
     [("ACCUSE", "USA", "Freedonia")]),
    ("We welcome the statement by Chile, Peru, and Bolivia.", "2023-05-01", [("SUPPORT", "USA", None)]),
    # "Congressional leaders" are Congress when the text names it
    ("The senator met with members of Congress on Monday. On Tuesday, Senator Paul Novak held talks with "
     "Congressional leaders about the budget.", "2023-05-01", [("CONSULT", "Paul Novak", "Congress")]),
    # a passive participle after its noun, read by the parser as an active verb, names victims,
    # never the doer; an active harm verb keeps its subject
    ("Our country mourns five Chileans tragically killed at the Ridgeway pit last week.", "2023-05-01", []),
    ("We remember each Canadian wrongfully detained and held hostage in foreign prisons.", "2023-05-01", []),
    ("Officials said Russian forces killed three civilians in Kharkiv.", "2023-05-01", [("ASSAULT", "RUS", "UKR")]),
    # a promise to stand with "the people of X" is a promise to X
    ("Today we reinforce our commitment to stand with the people of Moldova.", "2023-05-01",
     [("AGREE", "USA", "MDA")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, published, expected", CASES, ids=[f"{c[0][:44]}-{c[1][:4]}" for c in CASES])
def test_statement_sides(event_inputs, text, published, expected):
    doc, entities, roles, dates = event_inputs(TITLE + text, published=published, country="USA")
    _check(extract_events(doc, entities=entities, roles=roles, dates=dates, home_country="USA"), expected)


GOVERNMENT_NAMES = [
    ("the Government of Kenya", "KEN"),
    ("Government of the Philippines", "PHL"),
    ("the Chilean Government", "CHL"),
    ("Peru's government", "PER"),
    ("the Kremlin", "RUS"),  # (the institutions table, as before)
    ("Government Accountability Office", None),  # a body named with the word, no country
    ("the Government of Atlantis", None),
]


@pytest.mark.parametrize("name, code", GOVERNMENT_NAMES)
def test_government_names(name, code):
    assert institution_country(name) == code
