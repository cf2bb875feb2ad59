"""Event words that report no event: an unreal or upcoming event noun, a kind of event
("such visits"), an act only invited.

Invented sentences (not copied from any gold text).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

CASES = [
    # an upcoming or possible event is not (yet) one
    ("Officials discussed trade ahead of upcoming visits by Japanese Foreign Minister Ken Mori.", "CONSULT", []),
    ("Analysts warned of a possible invasion by Russia.", "ASSAULT", []),
    ("The talks will prepare the forthcoming visit by Indian Prime Minister Raj Mehta.", "CONSULT", []),
    # a kind of event already told is no new one
    ("In 2019 Foreign Minister Anne Leclerc visited Hanoi, the first such visit by a Canadian foreign minister "
     "in a decade.", "CONSULT", [("CONSULT", "Anne Leclerc", "VNM")]),
    # an invitation is the act; the visit it invites is not yet
    ("Chile renewed President Boric's invitation for Peruvian President Dina Boluarte to visit Santiago.",
     "CONSULT", []),
    ("Kenya invited Ethiopian President Abiy Tesfaye to visit Nairobi.", "CONSULT", []),
    # a document named like an organisation acts for no one
    ("The Trans-Sahel Water Framework underscores our shared commitment to clean water.", "AGREE", []),
    # an attack word said of an abstract thing, a verb whose preposition changes its sense
    ("Brazilian President Lula said the tariffs were killing jobs, and that Argentina attacked the very "
     "principles of the trade bloc.", "ASSAULT", []),
    ("The Senate killed the bill on Tuesday.", "ASSAULT", []),
    ("Senator Ann Cole, who hails from Ohio, hailed the decision.", "SUPPORT", [("SUPPORT", "Ann Cole", None)]),
    ("Russian forces attacked the city of Kharkiv.", "ASSAULT", [("ASSAULT", "RUS", "UKR")]),
    # a word that counts only with a party on the other side, when none resolves
    ("Poland stands with its friends.", "SUPPORT", []),
    ("Poland stands with Ukraine.", "SUPPORT", [("SUPPORT", "POL", "UKR")]),
    ("Having fought in two wars, General Tom Reed retired in 2010.", "ASSAULT", []),
    # an order within one government is no demand between actors; an order to another side is
    ("Governor Ann Cole ordered flags lowered to half-staff.", "REQUEST", []),
    ("President Nicolas Duarte ordered the state oil company to issue new licences.", "REQUEST", []),
    ("Russia ordered Ukraine to withdraw its troops.", "REQUEST", [("REQUEST", "RUS", "UKR")]),
    # what a meeting allowed or enabled the parties to do is a possibility, not a reported act
    ("The annual Joint Commission allowed Kenya and Tanzania to collaborate on border security.", "COOPERATE", []),
    # a real visit stays
    ("Japanese Foreign Minister Ken Mori visited Manila on Monday.", "CONSULT", [("CONSULT", "Ken Mori", "PHL")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, typ, expected", CASES, ids=[c[0][:48] for c in CASES])
def test_no_event(event_inputs, text, typ, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == typ], expected)
