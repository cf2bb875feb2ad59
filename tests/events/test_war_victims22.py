"""The victim a war's own sentence names when the document never names its target
(:func:`pipeline.events.war_targets.sentence_victim`).

Invented sentences (fictional situations, not copied from any gold text).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

STATEMENT = "Statement by NSC Spokesperson Jane Roe\n\n"

CASES = [
    # the one foreign country beside the war is the one that bears it
    (STATEMENT + "Our help lets Moldova defend itself from Russia's aggression.",
     [("ASSAULT", "RUS", "MDA")]),
    (STATEMENT + "We send our condolences to the people of Georgia on the anniversary of Russia's invasion.",
     [("ASSAULT", "RUS", "GEO")]),
    # (the nearest phrase decides: a country of another list item is not the victim)
    (STATEMENT + "They discussed aid to Moldova as it confronts Russia's aggression, and elections in Peru.",
     [("ASSAULT", "RUS", "MDA")]),
    # (a country acting on its own account is no victim)
    (STATEMENT + "Finland joined the alliance after Russia's invasion.", [("ASSAULT", "RUS", None)]),
    # (a country beside the warring state is on its side)
    ("Officials urged Russia and Iran to end Russia's war.", [("ASSAULT", "RUS", None)]),
    # (nor is a country owning an act of its own; the owner of a defence bears the war)
    (STATEMENT + "Because of Iran's continued support for Russia's war, we will tighten export controls.",
     [("ASSAULT", "RUS", None)]),
    (STATEMENT + "We admire Moldova's brave defence against Russia's aggression.", [("ASSAULT", "RUS", "MDA")]),
    # (the reporting government is no victim)
    (STATEMENT + "The United States has stood firm since Russia's invasion.", [("ASSAULT", "RUS", None)]),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][-60:] for c in CASES])
def test_sentence_victim22(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == "ASSAULT"], expected)
