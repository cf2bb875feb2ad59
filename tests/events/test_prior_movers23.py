"""A bare reference to an act ("the move", "the decision") whose act was coded as no event:
the reaction answers the subject of the sentence before, not an older act's author.

Invented sentences (not copied from any gold text or stress document).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

CASES = [
    # an order is no event: "the move" is still the one who ordered it, not whoever spoke earlier
    ("Chilean President Ana Rojas spoke with Peruvian President Luis Vega on Monday. Bolivian President "
     "Carlos Mendez on Tuesday ordered the state mining company to double its lithium exports. Argentine "
     "President Jorge Ruiz denounced the move.", "ACCUSE",
     [("ACCUSE", "Jorge Ruiz", "Carlos Mendez")]),
    ("Prime Minister Oskar Lind of Sweden met Prime Minister Jonas Dahl of Norway on Friday. Finnish "
     "President Matti Koski on Saturday instructed his ministers to close the eastern ports. Estonian "
     "President Kaja Tamm criticised the decision.", "ACCUSE",
     [("ACCUSE", "Kaja Tamm", "Matti Koski")]),
    # a coded act in the sentence before is answered through its own author as before
    ("Poland expelled two Belarusian diplomats on Monday. Belarus condemned the move.", "ACCUSE",
     [("ACCUSE", "BLR", "POL")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, typ, expected", CASES, ids=[c[0][:48] for c in CASES])
def test_reference_to_uncoded_act(event_inputs, text, typ, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == typ], expected)


@pytest.mark.model
def test_report_is_no_act_referred_to(event_inputs):
    """A sentence that only reports ("said") tells no act: its subject is not whom "the decision" is."""
    doc, entities, roles, dates = event_inputs(
        "Chilean President Ana Rojas spoke with Peruvian President Luis Vega on Monday. Bolivian President "
        "Carlos Mendez said the talks were useful. Argentine President Jorge Ruiz criticised the decision.")
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    accused = [e.recipient_name for e in events if e.type == "ACCUSE"]
    assert accused and "Carlos Mendez" not in accused, accused
