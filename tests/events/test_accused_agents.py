"""Whom a criticism is aimed at when the criticised act names its doer by a by-phrase
(:mod:`pipeline.events.accused_agents`).

Invented sentences (not copied from any gold text). Each row lists every ACCUSE the text must
yield: (type, actor, recipient), a side matching the event's recorded name or its ISO3 country.
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

CASES = [
    # the doer of the act a concern is about is its target, not where the act went ("to Russia");
    # each minister of the list is a source of the concern (one event per source)
    ("On Monday, Defense Ministers Roe, Lund, and Okafor voiced serious concern over missile transfers "
     "by Iran to Russia, potentially for use against Ukraine.",
     [("ACCUSE", "Roe", "IRN"), ("ACCUSE", "Lund", "IRN"), ("ACCUSE", "Okafor", "IRN")]),
    ("Germany expressed concern over the detention of journalists by Belarus.", [("ACCUSE", "DEU", "BLR")]),
    # ... and of the act a condemnation names, the by-phrase hanging on the "of" object
    ("Japan condemned the launch of missiles by North Korea toward the Sea of Japan.", [("ACCUSE", "JPN", "PRK")]),
    # one's own side's doing is not whom one accuses: the recipient found otherwise is kept
    ("The Japanese government criticised the leak of documents by Japanese officials to China.",
     [("ACCUSE", "JPN", "CHN")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:48] for c in CASES])
def test_accused_doer(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == "ACCUSE"], expected)
