"""Consultations with several named counterparts: one CONSULT per counterpart.

Invented texts in the style of government readouts (not copied from any gold text).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events
from pipeline.events.comparatives import comparative_subjects

from .test_event_classes import _check

CASES = [
    # a call with a group whose members a later "Participants ... included" sentence lists
    (None, "Defense Secretary Laura Grant spoke by phone today with counterparts from our Nordic partners to "
     "discuss maritime security. Participants in the call included Ola Berg, State Secretary to the Norwegian "
     "Prime Minister; Mikko Laine, Defense Adviser to the Finnish President; and Anders Holm, Security "
     "Adviser to the Swedish Prime Minister.",
     [("CONSULT", "Laura Grant", "Ola Berg"), ("CONSULT", "Laura Grant", "Mikko Laine"),
      ("CONSULT", "Laura Grant", "Anders Holm")]),
    # a single named counterpart keeps the one event as found
    (None, "Defense Secretary Laura Grant spoke by phone today with Norwegian Defense Minister Ola Berg. "
     "Participants included senior officials.",
     [("CONSULT", "Laura Grant", "Ola Berg")]),
    # a group noun spelled out by name after a comma: one CONSULT per person; what they
    # consulted on next is the calls' content, not another consultation
    (None, "Today, Foreign Minister Ana Torres of Chile spoke with her Peruvian and Bolivian counterparts, "
     "Foreign Minister Luis Vega of Peru and Foreign Minister Carlos Mendoza of Bolivia. In both calls, the "
     "ministers consulted on a joint response to the floods.",
     [("CONSULT", "Ana Torres", "Luis Vega"), ("CONSULT", "Ana Torres", "Carlos Mendoza")]),
    (None, "Defense Secretary Laura Grant spoke with Norwegian Defense Minister Ola Berg. They also conferred "
     "on Arctic security.", [("CONSULT", "Laura Grant", "Ola Berg")]),
    # no participants list: the group stays unnamed
    (None, "Defense Secretary Laura Grant spoke by phone today with counterparts from our Nordic partners. "
     "She thanked them for their support.",
     [("CONSULT", "Laura Grant", None)]),
]


@pytest.mark.model
@pytest.mark.parametrize("title, text, expected", CASES, ids=[c[1][:48] for c in CASES])
def test_counterparts(event_inputs, title, text, expected):
    doc, entities, roles, dates = event_inputs(text, title=title)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == "CONSULT"], expected)


@pytest.mark.model
@pytest.mark.parametrize("home, expected", [
    # the home country takes part: one CONSULT from it to each other government
    ("CAN", [("CONSULT", "CAN", "ARG"), ("CONSULT", "CAN", "BRA"), ("CONSULT", "CAN", "CHL"),
             ("CONSULT", "CAN", "PER")]),
])
def test_multilateral_meeting(event_inputs, home, expected):
    text = ("On 4 May 2024, the Presidents of Argentina and Canada and the Prime Ministers of Brazil, Chile, and "
            "Peru met in Lima for a regional summit.")
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates, home_country=home)
    _check([e for e in events if e.type == "CONSULT"], expected)


COORDINATED_OBJECT_CASES = [
    # one consultation with each named member of a coordinated object
    ("Chilean Foreign Minister Ana Torres met Prime Minister Jorge Mendez and Speaker Luis Prado in Lima.",
     [("CONSULT", "Ana Torres", "Jorge Mendez"), ("CONSULT", "Ana Torres", "Luis Prado")]),
    ("Chilean Foreign Minister Ana Torres met with Peru and Bolivia on Monday.",
     [("CONSULT", "Ana Torres", "PER"), ("CONSULT", "Ana Torres", "BOL")]),
    # a coordinated subject is a joint meeting, not two counterparts of the first member
    ("Chile and Peru met in Lima on Monday.", [("CONSULT", "CHL", "PER")]),
    # the countries of a group named in a "from" phrase, or allies "in" places: one each
    ("Chilean Foreign Minister Ana Torres spoke with her counterparts from Peru, Bolivia, and Ecuador on Monday.",
     [("CONSULT", "Ana Torres", "PER"), ("CONSULT", "Ana Torres", "BOL"), ("CONSULT", "Ana Torres", "ECU")]),
    ("Chilean Foreign Minister Ana Torres met with our allies in Peru and Bolivia on Friday.",
     [("CONSULT", "Ana Torres", "PER"), ("CONSULT", "Ana Torres", "BOL")]),
    # titled names with their countries, the second parsed as an apposition of the first
    ("Chilean Foreign Minister Ana Torres met President Jorge Mendez of Peru, Prime Minister Luis Prado of "
     "Bolivia, and President Rosa Ortiz of Ecuador.",
     [("CONSULT", "Ana Torres", "Jorge Mendez"), ("CONSULT", "Ana Torres", "Luis Prado"),
      ("CONSULT", "Ana Torres", "Rosa Ortiz")]),
]

ONE_SIDED_LIST_CASES = [
    # the coordinated patients of a passive are targets, one event each, never actors of the act
    ("Chile and Peru were condemned by Bolivia for the raid.", "ACCUSE",
     [("ACCUSE", "BOL", "CHL"), ("ACCUSE", "BOL", "PER")]),
    ("John Miller and David Brown are being wrongfully detained by Bolivia.", "COERCE",
     [("COERCE", "BOL", "John Miller"), ("COERCE", "BOL", "David Brown")]),
    # a relative clause on a coordinated antecedent is about every member
    ("Chile is working to free John Miller and David Brown, who are being wrongfully detained by Bolivia.", "COERCE",
     [("COERCE", "BOL", "John Miller"), ("COERCE", "BOL", "David Brown")]),
    # a one-sided act aimed at titled persons and, last, an organisation: one event per target
    ("President Ana Torres of Chile thanked President Jorge Mendez of Peru, Prime Minister Luis Prado of "
     "Bolivia, and the United Nations for their help.", "SUPPORT",
     [("SUPPORT", "Ana Torres", "Jorge Mendez"), ("SUPPORT", "Ana Torres", "Luis Prado"),
      ("SUPPORT", "Ana Torres", "United Nations")]),
    ("President Ana Torres of Chile expressed her appreciation for the efforts of President Jorge Mendez of "
     "Peru and the World Health Organization.", "SUPPORT",
     [("SUPPORT", "Ana Torres", "Jorge Mendez"), ("SUPPORT", "Ana Torres", "World Health Organization")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, typ, expected", ONE_SIDED_LIST_CASES, ids=[c[0][:40] for c in ONE_SIDED_LIST_CASES])
def test_one_sided_lists(event_inputs, text, typ, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == typ], expected)


@pytest.mark.model
@pytest.mark.parametrize("text, expected", COORDINATED_OBJECT_CASES, ids=[c[0][:40] for c in COORDINATED_OBJECT_CASES])
def test_coordinated_objects(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == "CONSULT"], expected)


CO_ACTOR_CASES = [
    # a partner named "together with" / "along with" the actor of a one-sided act does it too
    ("Chilean forces, together with Peru, conducted strikes against rebel camps in Bolivia.", "ASSAULT",
     [("ASSAULT", "CHL", "BOL"), ("ASSAULT", "PER", "BOL")]),
    ("Chile, along with Peru, imposed sanctions on Bolivia.", "SANCTION",
     [("SANCTION", "CHL", "BOL"), ("SANCTION", "PER", "BOL")]),
    # in a joint act the partner is the other side
    ("Chile met with Peru alongside Bolivia.", "CONSULT", [("CONSULT", "CHL", "PER")]),
    # "with support from" names helpers, not co-actors
    ("Chile, with support from Peru, imposed sanctions on Bolivia.", "SANCTION", [("SANCTION", "CHL", "BOL")]),
    # coordinated subjects of a light verb's one-sided act ("expressed concern"): each a source
    ("Chile and Peru have each expressed serious concern over Bolivia's missile test.", "ACCUSE",
     [("ACCUSE", "CHL", "BOL"), ("ACCUSE", "PER", "BOL")]),
    ("Chile and Peru voiced strong support for the Bolivian government.", "SUPPORT",
     [("SUPPORT", "CHL", "BOL"), ("SUPPORT", "PER", "BOL")]),
    # a comparative "as did Y" / "as Y has" repeats the act: Y is a source too
    ("Chile condemned Bolivia's missile test, as did Peru and Ecuador.", "ACCUSE",
     [("ACCUSE", "CHL", "BOL"), ("ACCUSE", "PER", "BOL"), ("ACCUSE", "ECU", "BOL")]),
    ("Chile imposed sanctions on Bolivia, just as Peru has.", "SANCTION",
     [("SANCTION", "CHL", "BOL"), ("SANCTION", "PER", "BOL")]),
    # "as Y has said" has a verb of its own: no repetition
    ("Chile condemned Bolivia's missile test, as Peru has said.", "ACCUSE", [("ACCUSE", "CHL", "BOL")]),
    # exercises held by two named parties are one joint act: no second deployment by the partner
    ("Chile and Peru held military exercises near the border.", "MOBILIZE", [("MOBILIZE", "CHL", None)]),
    # a catenative verb lends its coordinated subjects to the act it governs: each is a source
    ("Chile and Peru continued to send medical supplies to Bolivia.", "AID",
     [("AID", "CHL", "BOL"), ("AID", "PER", "BOL")]),
    ("Chile and Peru have begun to provide emergency assistance to Bolivia.", "AID",
     [("AID", "CHL", "BOL"), ("AID", "PER", "BOL")]),
    # a verb with an object of its own makes the infinitive its object's act: no co-source
    ("Chile and Peru urged Ecuador to send medical supplies to Bolivia.", "AID", []),
    # a one-sided act promised to a third party: each named subject promises it (AGREE)
    ("Chile and Peru will continue to provide humanitarian assistance to Bolivia.", "AGREE",
     [("AGREE", "CHL", "BOL"), ("AGREE", "PER", "BOL")]),
    ("Chile and Peru will deliver food aid to Bolivia next month.", "AGREE",
     [("AGREE", "CHL", "BOL"), ("AGREE", "PER", "BOL")]),
    # a joint promise between the two subjects stays one act between them
    ("Chile and Peru will hold talks on border security next month.", "AGREE", [("AGREE", "CHL", "PER")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, typ, expected", CO_ACTOR_CASES, ids=[c[0][:40] for c in CO_ACTOR_CASES])
def test_co_actors(event_inputs, text, typ, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == typ], expected)


MOST_NAMED_CASES = [
    # no home country: the government the document names most reports the meeting
    (" Canada will host the next summit, and the Canadian delegation thanked Peru. Canada also pledged "
     "new funds.",
     [("CONSULT", "CAN", "ARG"), ("CONSULT", "CAN", "BRA"), ("CONSULT", "CAN", "CHL"), ("CONSULT", "CAN", "PER")]),
    # no single government named most: the meeting stays as found (the first two)
    ("", [("CONSULT", "ARG", "BRA")]),
]


@pytest.mark.model
@pytest.mark.parametrize("tail, expected", MOST_NAMED_CASES, ids=["most-named", "tie"])
def test_multilateral_meeting_without_home(event_inputs, tail, expected):
    text = ("On 4 May 2024, the Presidents of Argentina and Canada and the Prime Ministers of Brazil, Chile, and "
            "Peru met in Lima for a regional summit." + tail)
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates, home_country=None)
    _check([e for e in events if e.type == "CONSULT"], expected)


REMARKS = [
    # "I" of remarks by one speaker is the speaker the title names
    ("Remarks by President Maria Lopez at the Andean Climate Forum",
     "Remarks by President Maria Lopez at the Andean Climate Forum\n\nThank you all. Today I am announcing "
     "$40 million in humanitarian aid for Haiti.",
     [("AID", "Maria Lopez", "HTI")]),
    # remarks by two speakers: "I" is not settled by the title
    ("Remarks by President Maria Lopez and Prime Minister Kenji Sato before their meeting",
     "Remarks by President Maria Lopez and Prime Minister Kenji Sato before their meeting\n\nThank you all. "
     "Today I am announcing $40 million in humanitarian aid for Haiti.",
     []),
]


@pytest.mark.model
@pytest.mark.parametrize("title, text, expected", REMARKS, ids=[c[0][:48] for c in REMARKS])
def test_remarks_speaker(event_inputs, title, text, expected):
    doc, entities, roles, dates = event_inputs(text, title=title)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.actor_name == "Maria Lopez"], expected)


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # mobilising money finances (AID); mobilising troops is MOBILIZE (the money goes to the one foreign
    # country named with it: :mod:`pipeline.events.nearby_aid_recipients`)
    ("Japan has mobilized $2 billion in private investment for solar projects in Kenya.", [("AID", "JPN", "KEN")]),
    ("Russia mobilized 300,000 reservists last year.", [("MOBILIZE", "RUS", None)]),
])
def test_mobilized_money(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type in ("AID", "MOBILIZE")], expected)


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # the target of a war "of aggression against X" hangs on the "of" noun
    ("The ministers condemned Russia's war of aggression against Georgia.", [("ASSAULT", "RUS", "GEO")]),
    # a bare-apostrophe possessive names the attacker
    ("The council responded to Hamas' rocket attacks against Israel.", [("ASSAULT", "Hamas", "ISR")]),
])
def test_nominal_assault(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == "ASSAULT"], expected)


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # a possessive presupposes the event, whatever the clause around it says
    ("Officials hope to assess the damage caused by Russia's invasion of Georgia.", [("ASSAULT", "RUS", "GEO")]),
    # ... unless a modifier makes it unreal
    ("Officials hope to prepare for China's possible invasion of Taiwan.", []),
])
def test_presupposed_noun(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == "ASSAULT"], expected)


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # co-hosts each host; "their counterparts" names no single guest
    ("Secretary of State Anna Reyes, Trade Representative Paul Kim, and Secretary of the Treasury Mark Olsen "
     "all hosted their Pacific counterparts in Washington.",
     [("CONSULT", "Anna Reyes", None), ("CONSULT", "Paul Kim", None), ("CONSULT", "Mark Olsen", None)]),
    ("Chile and Peru hosted Prime Minister Kenji Sato of Japan.",
     [("CONSULT", "CHL", "Kenji Sato"), ("CONSULT", "PER", "Kenji Sato")]),
    # one host keeps the guest
    ("President Anna Reyes of Chile hosted Prime Minister Kenji Sato of Japan.",
     [("CONSULT", "Anna Reyes", "Kenji Sato")]),
])
def test_co_hosts(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == "CONSULT"], expected)


COMPARATIVE_CASES = [
    ("Chile condemned the test, as did Peru and Ecuador.", "condemned", ["Peru", "Ecuador"]),
    ("Chile condemned the test, just as we have.", "condemned", ["we"]),
    # a verb of its own, or a speaker's "as I did" (the speaker's own words): no repetition
    ("Chile condemned the test, as Peru has said.", "condemned", []),
    ("The agency is unveiling, as I just did, a new policy.", "unveiling", []),
]


@pytest.mark.model
@pytest.mark.parametrize("text, verb, expected", COMPARATIVE_CASES, ids=[c[0][:40] for c in COMPARATIVE_CASES])
def test_comparative_subjects(event_inputs, text, verb, expected):
    doc, _, _, _ = event_inputs(text)
    head = next(t for t in doc if t.text == verb)
    assert [t.text for t in comparative_subjects(head)] == expected
