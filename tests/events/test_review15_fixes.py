"""Events: review-15 findings, each a general rule of English shown with an invented sentence
and a positive counterpart (names are fictional or generic; none from the development or
evaluation texts).

- an attack by or on forces, fighters or weapons is force used, whatever ground is given
  (:mod:`pipeline.events.verbal_attacks`);
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

CASES = [
    # verbal_attacks: armed subject or object keeps ASSAULT; a person attacking a government criticises
    ("Israeli jets attacked Hamas fighters for launching rockets at Sderot.", "ASSAULT", "ISR"),
    ("Israeli jets attacked Hamas fighters for launching rockets at Sderot.", "ACCUSE", None),
    ("Russian forces attacked Ukrainian troops over the Dnipro river.", "ASSAULT", "RUS"),
    ("Russian forces attacked Ukrainian troops over the Dnipro river.", "ACCUSE", None),
    ("Chile's president attacked Peru over the fishing dispute.", "ACCUSE", "CHL"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, typ, actor", CASES, ids=[f"{i}-{c[1]}-{c[2]}" for i, c in enumerate(CASES)])
def test_review15_fix(event_inputs, text, typ, actor):
    """``actor`` (a name or country code) acts an event of ``typ``; None: no event of ``typ``."""
    doc, entities, roles, dates = event_inputs(text)
    events = [e for e in extract_events(doc, entities=entities, roles=roles, dates=dates) if e.type == typ]
    shown = [(e.type, e.actor_name, e.actor_country, e.trigger.text) for e in events]
    if actor is None:
        assert not events, shown
    else:
        assert any(actor in (e.actor_name, e.actor_country) for e in events), shown
