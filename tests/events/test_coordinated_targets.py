"""One event per member of a coordinated target, and who does a gerund after "for".

Invented sentences (not copied from any gold text).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

SPLIT_CASES = [
    # a one-sided act aimed at each member of a coordinated object: one event per target
    ("Prime Minister Ana Ruiz condemned Peru and Bolivia.", "ACCUSE",
     [("ACCUSE", "Ana Ruiz", "PER"), ("ACCUSE", "Ana Ruiz", "BOL")]),
    ("Canada imposed sanctions on Iran and Syria.", "SANCTION", [("SANCTION", "CAN", "IRN"), ("SANCTION", "CAN", "SYR")]),
    # a country and an organisation in one list are two targets
    ("Prime Minister Ana Ruiz condemned Iran and Hezbollah for the rocket fire.", "ACCUSE",
     [("ACCUSE", "Ana Ruiz", "IRN"), ("ACCUSE", "Ana Ruiz", "Hezbollah")]),
    ("Chancellor Karl Weber praised the leadership of Kenya and Ghana.", "SUPPORT",
     [("SUPPORT", "Karl Weber", "KEN"), ("SUPPORT", "Karl Weber", "GHA")]),
    # the members of an "of" complement of a consultation's object are counterparts too
    ("Secretary Mark Olsen met with the foreign ministers of Chile and Argentina.", "CONSULT",
     [("CONSULT", "Mark Olsen", "CHL"), ("CONSULT", "Mark Olsen", "ARG")]),
    # a request to several parties at once is one joint act
    ("Norway urged Ethiopia and Eritrea to respect the truce.", "REQUEST", [("REQUEST", "NOR", "ETH")]),
    # a city and its country are one place, not two targets
    ("Russia shelled Kharkiv, Ukraine, overnight.", "ASSAULT", [("ASSAULT", "RUS", "UKR")]),
    # a possessive conjunct names another act ("Israel and Russia's war"), not another target (and
    # a condemned attack with no named author is aimed at no one named: not at its victim)
    ("Canada condemned attacks against Israel and Russia's war against Ukraine.", "ACCUSE",
     [("ACCUSE", "CAN", None)]),
]


FOR_CASES = [
    # praise for an act takes the act as done, by the one praised
    ("Vice President Lena Park thanked Prime Minister Tomas Berg for hosting the summit and for attending "
     "the conference in Oslo.", "CONSULT", [("CONSULT", "Tomas Berg", None), ("CONSULT", "Tomas Berg", None)]),
    ("Chancellor Karl Weber commended Norway for sending troops to Latvia.", "MOBILIZE", [("MOBILIZE", "NOR", None)]),
    ("The minister praised Japan for delivering food aid to Myanmar.", "AID", [("AID", "JPN", "MMR")]),
    # blame only alleges the act: no event for the gerund
    ("The army blamed Sudan for shelling the market.", "ASSAULT", []),
    ("Police in Lima arrested Juan Rivas for organising the attack.", "ASSAULT", []),
]


ITS_CASES = [
    # "its" before an event noun stands for the nearest country or organisation named before it,
    # and a possessive pronoun presupposes the event as a possessive name does
    ("The ministers discussed efforts to impose sanctions on Peru for its attack on Bolivia.", "ASSAULT",
     [("ASSAULT", "PER", "BOL")]),
    ("Chile joined the coalition that holds Peru responsible for its invasion of Bolivia.", "ASSAULT",
     [("ASSAULT", "PER", "BOL")]),
    # no antecedent named before it in the sentence: no actor, no event
    ("Officials said its attack on Bolivia was unexpected.", "ASSAULT", []),
    # a modifier that makes the act unreal keeps it out
    ("Peru may launch its planned attack on Bolivia.", "ASSAULT", []),
]


NOUN_CASES = [
    # aggression named as an act: only a possessive or by-agent names who commits it
    ("The two ministers condemned Peru's continued aggression against Bolivia.", "ASSAULT", [("ASSAULT", "PER", "BOL")]),
    ("Chile stands as a shield against Peruvian aggression.", "ASSAULT", []),
    # a bailout is monetary aid; a by-phrase the parser hangs on the "of" object names the giver,
    # and the "of" object is the one rescued (:mod:`pipeline.events.implied_recipients`)
    ("Shares rose after the bailout of the carmaker Veltron by the Chilean government.", "AID",
     [("AID", "CHL", "Veltron")]),
    ("Chile condemned the seizure of the tanker by Peru.", "COERCE", [("COERCE", "PER", None)]),
    ("Lawmakers debated the automaker bailout for hours.", "AID", []),
]


# the tables above share one check: the events of one type, as (type, actor, recipient)
TYPED_CASES = SPLIT_CASES + FOR_CASES + ITS_CASES + NOUN_CASES


@pytest.mark.model
@pytest.mark.parametrize("text, typ, expected", TYPED_CASES, ids=[c[0][:48] for c in TYPED_CASES])
def test_events_of_one_type(event_inputs, text, typ, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == typ], expected)


THEME_CASES = [
    # troops among what is sent make it a deployment; weapons alone sent abroad stay aid
    ("Chile sent 20 armoured vehicles and 500 troops to its northern border.", [("MOBILIZE", "CHL", None)]),
    ("Peru dispatched helicopters and two battalions to the flooded region.", [("MOBILIZE", "PER", None)]),
    ("Norway sent tanks and ammunition to Ukraine.", [("AID", "NOR", "UKR")]),  # (aid sent to a country goes to it)
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", THEME_CASES, ids=[c[0][:48] for c in THEME_CASES])
def test_troops_make_a_deployment(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type in ("MOBILIZE", "AID")], expected)


JOINT_CASES = [
    # "we" of a joint statement (no author, no home country) is the pair its opening names
    ("Joint Statement on the Andean Partnership",
     "Joint Statement on the Andean Partnership\n\nIn 2021, Chile, Peru and Bolivia announced a new "
     "security partnership. The partnership has grown. We reaffirmed our commitment to the partnership.",
     [("AGREE", "CHL", "PER"), ("AGREE", "CHL", "PER")]),
    ("Leaders' Statement on the Andean Partnership",
     "Leaders' Statement on the Andean Partnership\n\nToday, the leaders of the partnership – President "
     "Ana Ruiz of Chile, President Luis Paredes of Peru, and President Marco Vargas of Bolivia – reviewed "
     "progress. We also committed today to a new program of joint research.",
     [("AGREE", "Ana Ruiz", "Luis Paredes")]),
    # an opening that names no pair says nothing about who "we" are
    ("Statement on the Floods",
     "Statement on the Floods\n\nHeavy rain fell across the region this week. Rivers rose quickly. "
     "We reaffirmed our commitment to the victims.", []),
]


@pytest.mark.model
@pytest.mark.parametrize("title, text, expected", JOINT_CASES, ids=[c[0][:40] for c in JOINT_CASES])
def test_joint_statement_we(event_inputs, title, text, expected):
    doc, entities, roles, dates = event_inputs(text, title=title)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == "AGREE"], expected)


DATED_NOUN_CASES = [
    # an event noun dated in its own phrase is another occurrence, not a reference back
    ("President Ana Ruiz of Chile spoke with President Luis Paredes of Peru. They reviewed progress since "
     "the two leaders' meeting in Lima in November.",
     [("CONSULT", "Ana Ruiz", "Luis Paredes"), ("CONSULT", "Ana Ruiz", "Luis Paredes")]),
    # an undated one refers back to the event just reported
    ("Chancellor Karl Weber visited Peru on Monday. Weber's visit signifies strong ties.",
     [("CONSULT", "Karl Weber", "PER")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", DATED_NOUN_CASES, ids=[c[0][:48] for c in DATED_NOUN_CASES])
def test_dated_noun_is_another_event(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == "CONSULT"], expected)
