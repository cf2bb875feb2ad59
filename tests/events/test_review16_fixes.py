"""Events: review-16 findings, each a general rule of English shown with an invented sentence
and a positive counterpart (names are fictional or generic; none from the development or
evaluation texts).

- an army's march begun or started is an advance, not a protest (:mod:`pipeline.events.misreadings`);
- "control" tightened or imposed is a sanction only on trade or money, or on a named party;
- a promise to destroy one's own weapons threatens no one;
- reaching out to or sitting down with the press, or for comment, is no consultation;
- "assist" needs a government side as recipient, "ink" one on either side
  (:mod:`pipeline.events.commerce`).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

CASES = [
    # march: forces advance; civilians protest
    ("Russian forces began their march on Port Edda on Monday.", "PROTEST", []),
    ("Thousands of Turkish troops started the march toward the eastern border.", "PROTEST", []),
    ("Georgian students began a march in Tbilisi on Sunday.", "PROTEST", ["GEO"]),
    # control: rule over one's own ground is no sanction; export controls on a party are
    ("China tightened control over the media in Hong Kong.", "SANCTION", []),
    ("Valdoria imposed control over the Strait of Marn.", "SANCTION", []),
    ("The United States tightened export controls on China.", "SANCTION", ["USA"]),
    # destroy: one's own stockpile is disarmament; a named party is threatened
    ("Syria pledged to destroy its chemical weapons stockpile.", "THREATEN", []),
    ("Israel pledged to destroy Hamas.", "THREATEN", ["ISR"]),
    # the press: news gathering; an official reached is consulted
    ("Reuters reached out to the Kremlin for comment but received no reply.", "CONSULT", []),
    ("The Daily Courier Post reached out to Senator Tom Hale's office for comment.", "CONSULT", []),
    ("Russian President Vladimir Putin sat down with CNN's Dana Cole on Monday.", "CONSULT", []),
    ("President Ana Ruiz of Chile reached out to President Tom Hale of Peru on Monday.", "CONSULT", ["CHL"]),
    # a host is a broadcaster only when its phrase says so; the hosts of a summit are the other side
    ("In Accra, Chancellor Olaf Scholz met the leaders of Ghana, the hosts of next month's summit.",
     "CONSULT", ["DEU"]),
    ("Chancellor Olaf Scholz spoke with the host of a radio talk show on Friday.", "CONSULT", []),
    # assist / ink: a government side is needed
    ("Marco Vidal assisted Luis Ortega in the second half.", "AID", []),
    ("Canada assisted Ukraine with demining equipment.", "AID", ["CAN"]),
    ("Kenji Mori inked a 10-year deal with the Harbor City Mariners.", "AGREE", []),
    ("India inked a deal with France for 26 jets.", "AGREE", ["IND"]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, typ, actors", CASES, ids=[f"{i}-{c[1]}" for i, c in enumerate(CASES)])
def test_review16_fix(event_inputs, text, typ, actors):
    doc, ents, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=ents, roles=roles, dates=dates)
    shown = [(e.type, e.actor_name, e.actor_country, e.trigger.text) for e in events]
    assert [e.actor_country or e.actor_name for e in events if e.type == typ] == actors, shown
