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
    ("President Ana Rojas of Chile was back in Santiago by Monday evening. So, briefly, a readout of the "
     "President's call this afternoon with Prime Minister Luis Vega of Peru. The President reaffirmed her steadfast "
     "commitment to Peru's security. The two leaders agreed their ministers would meet in Lima in June.",
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
