"""Recipients of round 17: the counterpart of a two-person call as addressee of a demand or
partner of an agreement (:mod:`pipeline.events.call_counterparts`), an object pronoun standing for
an office named as a subject (:mod:`pipeline.events.references`), no region as one of "they"
(:mod:`pipeline.events.context`), the "to" phrase of a transfer noun
(:mod:`pipeline.events.transfer_recipients`), persons of a misparsed titled-name list
(:mod:`pipeline.events.listed_names`), aid to the one foreign country just named
(:mod:`pipeline.events.nearby_aid_recipients`), and the other convener of a meeting told in the
passive (:mod:`pipeline.events.co_conveners`).

Invented sentences (fictional people and generic situations, not copied from any gold text).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

CALL = "President Jane Roe spoke today with President John Doe of Chile. "

CASES = [
    # a demand or agreement naming no one, after a call of two: said to the other one
    (CALL + "President Roe called for an end to the violence.", "REQUEST", [("REQUEST", "Jane Roe", "John Doe")]),
    (CALL + "She called on all parties to exercise restraint.", "REQUEST", [("REQUEST", "Jane Roe", None)]),
    # (three people met: whom the demand was aimed at is not told)
    ("President Jane Roe met with President John Doe of Chile and Prime Minister Ana Lopez of Peru. "
     "President Roe called for an end to the violence.", "REQUEST", [("REQUEST", "Jane Roe", None)]),
    # a region is no one "they" can stand for
    ("National Security Advisor Jane Roe met today with Foreign Minister Ana Lopez of Chile. "
     "Ms. Roe underscored the commitment of the United States to South America. "
     "They agreed on the need to build health partnerships.", "AGREE",
     [("AGREE", "Jane Roe", "Ana Lopez"), ("AGREE", "Jane Roe", "Ana Lopez")]),  # (the opening meeting's counterpart: round 62)
    # an object pronoun, someone other than the subject, may be an office named as a subject before
    ("President John Doe spoke with Prime Minister Peter Novak of Peru about the border. The two leaders "
     "discussed trade. They reviewed energy projects. The President raised the closures. The Prime Minister promised quick action, and "
     "President Doe thanked him for the steps taken.", "SUPPORT", [("SUPPORT", "John Doe", "Peter Novak")]),
    # the "to" phrase of a transfer noun, not the thing given in its "of" phrase
    ("The ministers discussed the Defense Department's donation of PPE to the Chilean armed forces.", "AID",
     [("AID", "Defense Department", "CHL")]),
    ("Brazil welcomed the donation of ventilators by Japan to Peru.", "AID", [("AID", "JPN", "PER")]),
    ("The bailout of Greece by the European Union was approved.", "AID", [("AID", "European Union", "GRC")]),
    # a list "A of X and B of Y" the parser hangs on X: B is thanked too
    ("President Jane Roe thanked President Emmanuel Macron of France and Chancellor Olaf Scholz of Germany "
     "for their support.", "SUPPORT", [("SUPPORT", "Jane Roe", "FRA"), ("SUPPORT", "Jane Roe", "DEU")]),
    # a meeting convened by people of two governments is between the first and the other one
    ("The inaugural meeting was convened by Dr. Ana Lopez, Deputy National Security Advisor of Chile; "
     "Dr. Peter Novak, Deputy Foreign Minister of Peru; and Ms. Jane Roe, "
     "Coordinator for Defense Policy at the Council.", "CONSULT", [("CONSULT", "Ana Lopez", "Peter Novak")]),
    ("The second meeting was hosted by Foreign Minister Ana Lopez of Chile and Foreign Minister Peter Novak of "
     "Peru.", "CONSULT", [("CONSULT", "Ana Lopez", "Peter Novak")]),
    # aid naming no one goes to the only foreign country just named
    ("Floods have displaced thousands of people in Peru. Spain announced 10 million euros in humanitarian aid.",
     "AID", [("AID", "ESP", "PER")]),
    ("Floods hit Peru and Bolivia. Spain announced 10 million euros in humanitarian aid.", "AID",
     [("AID", "ESP", None)]),
]


@pytest.mark.parametrize("text,typ,expected", CASES, ids=[c[0][:60] for c in CASES])
def test_recipients17(event_inputs, text, typ, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == typ], expected)
