"""Events: recall on White House transcripts and fact sheets read in round 21 (pool D).

Lists of four and more counterparts (:func:`pipeline.events.object_lists.list_members`) and the
partner of a talk written after its topic (:func:`pipeline.events.object_lists.object_of`); people
held hostage (the ``hold ... hostage`` phrase and :func:`pipeline.events.participles.predicate_agent`)
and detentions placed in a state's prison or territory (:func:`pipeline.events.repression.detaining_state`,
:func:`pipeline.events.nominalacts.detention_state`); partnerships and alliances forged (the lexicon's
``forge``). The
sentences are written for these tests; none comes from the development or evaluation texts.
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

LISTS = [
    # every member of a long list is a counterpart, not only the first three
    ("Secretary Rubio met with the foreign ministers of Peru, Chile, Ecuador, Colombia and Uruguay.",
     [("CONSULT", "Rubio", c) for c in ("PER", "CHL", "ECU", "COL", "URY")]),
    ("The United States imposed sanctions on Iran, Syria, Cuba, Belarus and Venezuela.",
     [("SANCTION", "USA", c) for c in ("IRN", "SYR", "CUB", "BLR", "VEN")]),
    # the partner of a talk after its topic, however the parser attaches it
    ("Secretary Rubio discussed the trade rules with Peru, Chile and Ecuador.",
     [("CONSULT", "Rubio", c) for c in ("PER", "CHL", "ECU")]),
    ("The Administration has already consulted on the draft code with Kenya, Ghana, Brazil, Mexico, India, "
     "Indonesia, the Philippines, and Vietnam.",
     [("CONSULT", "USA", c) for c in ("KEN", "GHA", "BRA", "MEX", "IND", "IDN", "PHL", "VNM")]),
    # a place and its country are one place, not two counterparts
    ("Secretary Rubio met with President Boric in Santiago, Chile.", [("CONSULT", "Rubio", "Boric")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", LISTS, ids=[c[0][:50] for c in LISTS])
def test_long_lists(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates, home_country="USA")
    _check(events, expected)


DETENTIONS = [
    # a person kept as a hostage: the holder named in the by-phrase hung on "hostage"
    ("Two Dutch journalists have been held hostage by Hamas since March.", [("COERCE", "Hamas", "NLD")]),
    ("Special Envoy Adam Boehler met the families of the Britons who are being held hostage by Hamas.",
     [("CONSULT", "Adam Boehler", "GBR"), ("COERCE", "Hamas", "GBR")]),
    # a prison named by its nationality is that state's
    ("Sam Ortiz, a teacher who was wrongfully detained in an Iranian prison for two years, came home today.",
     [("COERCE", "IRN", None)]),
    # a detention noun with its own "in" place: that state's act
    ("Cases like Dana Cole's detention in Belarus lasted over two years.", [("COERCE", "BLR", None)]),
    # a category a policy covers, with no place or holder, stays no event; the people held are
    # never the holder, even where the parser reads "hostage" as their verb's object
    ("The program assists U.S. citizens held hostage or unlawfully detained overseas.", []),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", DETENTIONS, ids=[c[0][:50] for c in DETENTIONS])
def test_detentions(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates, home_country="USA")
    _check([e for e in events if e.type in ("COERCE", "CONSULT")], expected)


FORGED = [
    # forging a partnership or an alliance creates it, as establishing one does
    ("The United States and Brazil are forging a historic partnership to drive innovation.",
     [("COOPERATE", "USA", "BRA")]),
    ("Kenya and Ghana will forge a new alliance on trade.", [("AGREE", "KEN", "GHA")]),
    # forged papers and personal bonds are no act between parties
    ("The gang forged documents to enter Spain.", []),
    ("The two leaders forged a close friendship over the years.", []),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", FORGED, ids=[c[0][:50] for c in FORGED])
def test_forged_partnerships(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates, home_country="USA")
    _check(events, expected)
