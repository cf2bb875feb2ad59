"""A person-group reference ("the two leaders") after a leader's promise to a country stands for
that country's leader named before, not for the country.

Invented sentences (not copied from any gold text or stress document).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

CASES = [
    # the talk itself is coded as no event (a readout's preface), so the nearest pair is the promise's
    ("President Ana Rojas of Chile returned to Santiago on Monday. Now, just quickly a readout on the "
     "President's discussion today with Prime Minister Luis Vega of Peru. The President underscored her firm "
     "commitment to Peru's security. The two leaders agreed to meet again in June.",
     [("AGREE", "Ana Rojas", "Luis Vega")]),
    ("Secretary Karl Berg of Norway arrived in Copenhagen on Monday, where he was welcomed by Foreign Minister "
     "Mette Holm of Denmark. Berg reaffirmed his strong commitment to Denmark's energy security. The two "
     "ministers agreed to hold a joint conference in May.", [("AGREE", "Karl Berg", "Mette Holm")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:48] for c in CASES])
def test_two_leaders_after_promise_to_country(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == "AGREE" and e.trigger.text == "agreed"], expected)
