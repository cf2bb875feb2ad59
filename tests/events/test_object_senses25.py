"""Object senses that make a trigger word no event (round 25, precision).

"threaten" with a good put at risk as its object means endanger (an assessment, no threat made);
a concern over a drought or a humanitarian crisis objects to no one's conduct; the designation of
a delegation or a county lists no one for sanctions; "yield" with results as its object means
produce; a threat noun with only a name as its modifier ("the Houthi threat") is a danger the
group poses. Invented sentences (not copied from any gold text).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

CASES = [
    # endanger, not threaten: a good put at risk as the object
    ("North Korea threatens stability across the whole region, Prime Minister Tom Reed said.", "THREATEN", []),
    ("Russia threatens democracy in Europe, President Ana Ruiz said on Monday.", "THREATEN", []),
    ("China is threatening the safety of American citizens, the State Department said.", "THREATEN", []),
    # a threat made against a party or with an act stays a threat
    ("Russia threatened Ukraine with new strikes on Monday.", "THREATEN", [("THREATEN", "RUS", "UKR")]),
    ("Iran threatened to launch an attack on Israel, officials said on Monday.", "THREATEN", [("THREATEN", "IRN", None)]),
    # a concern over a danger nobody wields is no accusation; over a party's conduct it is
    ("President Ana Ruiz expressed concern over the devastating drought in the Horn of Africa.", "ACCUSE", []),
    ("Prime Minister Tom Reed expressed deep concern regarding the famine in the north.", "ACCUSE", []),
    ("Japan voiced concern over North Korea's missile launches.", "ACCUSE", [("ACCUSE", "JPN", "PRK")]),
    # designating a delegation is no sanctions designation; designating officials is
    ("The White House on Friday confirmed its designation of a Presidential Delegation for the swearing-in "
     "of President Ana Ruiz in Lisbon.", "SANCTION", []),
    ("The Treasury announced the designation of three Iranian officials for their role in the attacks.", "SANCTION",
     [("SANCTION", "Treasury", "IRN")]),
    # yielding results produces them; yielding to pressure concedes
    ("The United States and Japan invested in the alliance, and together we yield remarkable results.", "CONCEDE", []),
    ("Germany yielded to pressure from France on the budget.", "CONCEDE", [("CONCEDE", "DEU", None)]),
    # a threat noun with only a name as its modifier is a danger posed, not a threat made
    ("The plan builds directly on the ODNI threat assessment that I described.", "THREATEN", []),
    ("We will continue to deal with the Houthi threat in the Red Sea, Prime Minister Tom Reed said.", "THREATEN", []),
    ("The coalition of 80 nations was formed to counter ISIS threats in the Middle East.", "THREATEN", []),
    ("Russia's threats against Moldova drew a sharp response from the European Union.", "THREATEN",
     [("THREATEN", "RUS", "MDA")]),
    ("Iran issued a threat to close the Strait of Hormuz on Monday.", "THREATEN", [("THREATEN", "IRN", None)]),
]


@pytest.mark.parametrize(("text", "typ", "expected"), CASES)
def test_object_senses25(event_inputs, text, typ, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == typ], expected)
