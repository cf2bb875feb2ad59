"""The country whose condition a support or a commitment is for
(:func:`pipeline.events.good_places.good_country`).

Invented sentences (fictional situations, not copied from any gold text).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

STATEMENT = "Statement by NSC Spokesperson Jane Roe\n\n"

CASES = [
    # the condition of a country named with "in" or inside the phrase: that country is backed
    (STATEMENT + "We voice our support for democracy in Armenia.", "SUPPORT", [("SUPPORT", "USA", "ARM")]),
    (STATEMENT + "President Jane Roe recommitted to a lasting military presence in Somalia.", "AGREE",
     [("AGREE", "Jane Roe", "SOM")]),
    (STATEMENT + "President Jane Roe reaffirmed the strong support in the U.S. Congress and among the American "
     "people for Moldova's sovereignty and territorial integrity.", "SUPPORT", [("SUPPORT", "Jane Roe", "MDA")]),
    # (a gerund after the commitment; a "to" phrase the parser hangs on the verb of the commitment noun)
    (STATEMENT + "The United States reaffirmed its commitment to supporting Moldova's independence.", "AGREE",
     [("AGREE", "USA", "MDA")]),
    (STATEMENT + "The President reaffirmed America's commitment to peace and stability in Moldova.",
     "AGREE", [("AGREE", "USA", "MDA")]),
    # (the actor's own country is where the support is, not whom it is for)
    (STATEMENT + "President Jane Roe reaffirmed support for democracy in the United States.", "SUPPORT",
     [("SUPPORT", "Jane Roe", None)]),
    # (no condition of a country: a place in the phrase is not who is backed)
    (STATEMENT + "We stand in support of the workers in Armenia.", "SUPPORT", [("SUPPORT", "USA", None)]),
]


@pytest.mark.parametrize("text,typ,expected", CASES, ids=[c[0][-60:] for c in CASES])
def test_good_country22(event_inputs, text, typ, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == typ], expected)
