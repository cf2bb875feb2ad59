"""Events: a prediction that a party will suffer for what it does ("their actions will have consequences",
"X will pay for its crimes") is THREATEN by whoever says it, aimed at that party, and "we will not hesitate to
act" is THREATEN by its subject (:mod:`pipeline.events.consequences`); a negated, first-person, conditioned or
partyless prediction is none.

Sentences are invented; none comes from a development, evaluation or stress text. Each text is the body of
a statement whose title names its author.
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

_TITLE = "Statement from President Joe Biden on the Situation in the Region"

CASES = [
    # the author warns; the party predicted to suffer is warned
    ("The Taliban's commanders will pay for these atrocities against girls in Kandahar.", [("THREATEN", "Joe Biden", "Taliban")]),
    ("Any attempt by Iran to seize the tankers would have serious consequences for its economy.", [("THREATEN", "Joe Biden", "IRN")]),
    ("If Moscow keeps shelling the plant, Russia will face severe consequences.", [("THREATEN", "Joe Biden", "RUS")]),
    ("Secretary Blinken stressed that North Korea would pay a heavy price for another nuclear test.", [("THREATEN", "Blinken", "PRK")]),
    # negated, asked, the speaker's own side, a thing with no party, money spent: none
    ("Rulers who never pay a price for repression grow bolder every year.", []),
    ("We will pay a price at the pump this summer.", []),
    ("This grant will pay for new bridges in three counties.", []),
    ("The governor will pay for the new schools with a levy on casinos.", []),
    ("Climate change will have consequences for every farmer.", []),
    ("Will Russia pay for its crimes?", []),
    # a negated future "hesitate" with an act to do warns by its subject; a description or a past is none
    ("We will not hesitate to defend our soldiers against Iran, the spokesman said.", [("THREATEN", "USA", "IRN")]),
    ("Smugglers are gangs that will not hesitate to bribe border guards.", []),
    ("If our rivals believe that we will not hesitate to protect the straits, the sea lanes stay calm.", []),
    ("I did not hesitate to call my sister.", []),
]


def _events(event_inputs, text):
    doc, ents, roles, dates = event_inputs(_TITLE + "\n\n" + text, title=None)
    return [e for e in extract_events(doc, entities=ents, roles=roles, dates=dates) if e.evidence.start >= len(_TITLE)]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:48] for c in CASES])
def test_predicted_consequences(event_inputs, text, expected):
    events = [e for e in _events(event_inputs, text) if e.type == "THREATEN"]
    shown = [(e.type, e.actor_name, e.actor_country, e.recipient_name, e.recipient_country, e.trigger.text) for e in events]
    assert len(events) == len(expected), shown
    for typ, actor, warned in expected:
        assert any(e.type == typ and actor in (e.actor_name or "", e.actor_country or "")
                   and warned in (e.recipient_name or "", e.recipient_country or "") for e in events), ((typ, actor, warned), shown)
