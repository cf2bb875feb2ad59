"""Events: in a government's own text a bare "the President" is its own president when the text names
him, not a foreign president named nearer (:meth:`pipeline.events.context.Context._titled`).

Sentences are invented; none comes from a development, evaluation or stress text.
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

TEXT = ("Press Briefing by the Press Secretary\n\n"
        "This evening President Biden will travel to New York for the General Assembly. "
        "Neither President Xi nor President Putin is attending this year. "
        "Throughout the day, the President will hold meetings with Prime Minister Sunak of the United Kingdom.")


@pytest.mark.model
def test_bare_president_is_the_home_one(event_inputs):
    doc, ents, roles, dates = event_inputs(TEXT, country="USA")
    events = extract_events(doc, entities=ents, roles=roles, dates=dates, home_country="USA")
    meetings = [e for e in events if e.trigger.text == "meetings"]
    assert [(e.actor_name, e.recipient_name) for e in meetings] == [("Biden", "Sunak")]
