"""Recipients named only by a by-phrase inside what the act is done to (:mod:`pipeline.events.by_agents`),
the partner two joined verbs share, and the country whose border forces mass along
(:mod:`pipeline.events.border_targets`).

Invented sentences (not copied from any gold text).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

CASES = [
    # a thing seized or struck is its holder's: "used by", "owned by", "operated by"
    ("The Justice Department announced the seizure of an aircraft used by President Luis Vega.", "COERCE",
     [("COERCE", "Justice Department", "Luis Vega")]),
    ("Italian police seized a yacht owned by businessman Viktor Orlov.", "COERCE", [("COERCE", "ITA", "Viktor Orlov")]),
    ("U.S. forces struck 85 targets at facilities used by Iran's Revolutionary Guard.", "ASSAULT",
     [("ASSAULT", "USA", "Revolutionary Guard")]),
    ("Israeli jets struck weapons depots operated by Hezbollah.", "ASSAULT", [("ASSAULT", "ISR", "Hezbollah")]),
    # ... held by several: the first named is hit
    ("The Treasury announced the seizure of a jet used by President Luis Vega and his ministers.", "COERCE",
     [("COERCE", "Treasury", "Luis Vega")]),
    # ... but a maker or seller no longer holds the thing
    ("Italian police seized a yacht built by a Dutch shipyard.", "COERCE", [("COERCE", "ITA", None)]),
    # a reaction to what someone did or played is aimed at them
    ("The United States is grateful for the role played by King Abdullah as a mediator.", "SUPPORT",
     [("SUPPORT", "USA", "Abdullah")]),
    ("Canada has grave concerns with the passage of the new media law by the Parliament of Kenya.", "ACCUSE",
     [("ACCUSE", "CAN", "KEN")]),
    # ... but not at the host of a gathering supported
    ("Peruvian Foreign Minister Ana Torres voiced support for the talks held by President Luis Vargas of Bolivia.", "SUPPORT",
     [("SUPPORT", "Ana Torres", None)]),
    # accepting a proposal agrees with its author
    ("Defense Secretary Tom Hale said he is accepting the recommendations put forward by the Independent Review "
     "Commission.", "AGREE", [("AGREE", "Tom Hale", "Independent Review Commission")]),
    # two bare verbs joined by "and" share the second one's partner
    ("Chancellor Scholz has met and spoken with Prime Minister Rutte several times.", "CONSULT",
     [("CONSULT", "Scholz", "Rutte"), ("CONSULT", "Scholz", "Rutte")]),
    ("Chancellor Scholz has met and spoken with Prime Minister Rutte several times, including in The Hague.", "CONSULT",
     [("CONSULT", "Scholz", "Rutte"), ("CONSULT", "Scholz", "Rutte")]),
    # forces massed along another country's border are aimed at it
    ("Russia has massed troops along Ukraine's border.", "MOBILIZE", [("MOBILIZE", "RUS", "UKR")]),
    ("Russia's military buildup along Ukraine's border alarmed its neighbours.", "MOBILIZE",
     [("MOBILIZE", "RUS", "UKR")]),
    # ... but sent to the actor's own border, or to a coast, they name no one
    ("Ethiopia deployed troops to its border with Eritrea.", "MOBILIZE", [("MOBILIZE", "ETH", None)]),
    ("Brazil has sent 600 troops to its northern border with Venezuela.", "MOBILIZE", [("MOBILIZE", "BRA", None)]),
    ("China deployed warships near Taiwan's coast.", "MOBILIZE", [("MOBILIZE", "CHN", None)]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, typ, expected", CASES, ids=[c[0][:48] for c in CASES])
def test_by_agent_recipients(event_inputs, text, typ, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == typ], expected)
