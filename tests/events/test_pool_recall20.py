"""Events: recall on White House transcripts and fact sheets read in round 20.

A press call's speaker labelled by the body he speaks for (:func:`pipeline.events.turns.labelled_government`),
the statements a reporter makes before asking (:mod:`pipeline.events.question_prefaces`), the
object of a relative clause's verb (:func:`pipeline.events.verbparts.object_words`) and partner
lists of nouns of cooperation and plural agreements (:mod:`pipeline.events.partner_lists`). The sentences
are written for these tests; none comes from the development or evaluation texts.
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events
from pipeline.events.turns import Turn, Turns, labelled_government
from pipeline.knowledge.offices import load_offices

from .test_event_classes import _check


def _turns(*labels: str) -> Turns:
    return Turns([Turn(start=i * 10, label=lab, speaker=None, question=lab == "Q") for i, lab in enumerate(labels)])


@pytest.mark.parametrize("labels, expected", [
    (("MODERATOR", "SENIOR ADMINISTRATION OFFICIAL", "Q"), "USA"),
    (("SENIOR STATE DEPARTMENT OFFICIAL", "Q"), "USA"),
    (("WHITE HOUSE OFFICIAL",), "USA"),
    # a label naming no seat, or only a person, says nothing about "we"
    (("MODERATOR", "SENIOR OFFICIAL", "Q"), None),
    (("MS. REYES", "Q"), None),
    (("Q",), None),
])
def test_labelled_government(labels, expected):
    assert labelled_government(_turns(*labels), load_offices().seats) == expected


CASES = [
    # "we" of a background call's unnamed official is his government, named by his label only
    ("MODERATOR:  Go ahead.\n\nSENIOR ADMINISTRATION OFFICIAL:  Thanks.  We have worked closely with "
     "Ecuador on migration this year, and we welcomed its new border plan.\n\nQ    Thank you.  Will "
     "Peru join the plan?\n\nSENIOR ADMINISTRATION OFFICIAL:  I would refer you to Lima.",
     [("COOPERATE", "USA", "ECU"), ("SUPPORT", "USA", None)]),
    # a reporter's statement before the question reports an event; the question itself does not
    ("MODERATOR:  Next question.\n\nQ    Yesterday the Secretary General of NATO, Jens Stoltenberg, spoke "
     "in Brussels.  He called on Germany to send more tanks to the front.  Did Berlin refuse the request?"
     "\n\nSENIOR ADMINISTRATION OFFICIAL:  That is for Berlin to say.",
     [("REQUEST", "Jens Stoltenberg", "DEU")]),
    # sentences that address the speaker or speak for the reporter frame the question
    ("MODERATOR:  Next question.\n\nQ    You met with President Lula last week in Brasilia.  I want to "
     "ask you about the talks.  Did he agree to the plan?\n\nSENIOR ADMINISTRATION OFFICIAL:  Not yet.",
     []),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][40:80] for c in CASES])
def test_transcript_turns(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    _check(extract_events(doc, entities=entities, roles=roles, dates=dates), expected)


SENTENCES = [
    # the antecedent of a relative clause is what its verb acts on
    ("The new rules build on the agreements Chile has secured with Peru.", [("AGREE", "CHL", "PER")]),
    ("The aid that Germany has provided to Ukraine this year includes tanks.", [("AID", "DEU", "UKR")]),
    # an antecedent outside the verb's object class is no event
    ("The border crossing that Poland secured last year is calm again.", []),
    # cooperation with several partners is cooperation with each; agreements in the plural are
    # one with each partner, a single agreement with several is one joint text
    ("Canada has close cooperation with both Mexico and Chile on migration.",
     [("COOPERATE", "CAN", "MEX"), ("COOPERATE", "CAN", "CHL")]),
    ("Canada signed agreements with Mexico and Chile.", [("AGREE", "CAN", "MEX"), ("AGREE", "CAN", "CHL")]),
    ("Canada signed an agreement with Mexico and Chile.", [("AGREE", "CAN", "MEX")]),
    # collaboration is the noun of collaborate, as cooperation of cooperate; with no partner, none
    ("Canada expanded its collaboration with Mexico on border security.", [("COOPERATE", "CAN", "MEX")]),
    ("The university praised the collaboration of its students.", []),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", SENTENCES, ids=[c[0][:40] for c in SENTENCES])
def test_objects_and_partners(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    _check(extract_events(doc, entities=entities, roles=roles, dates=dates), expected)
