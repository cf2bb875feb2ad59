"""Events: sides English leaves to the speaker, the passive and the coordinated subject
(:func:`pipeline.events.speech_acts.speaker_pair`, :mod:`pipeline.events.forceowners`,
:mod:`pipeline.events.joint_nouns`): the counterpart of "X and I met",
the owner of forces a passive moves, the
second subject of a verb governing a cooperation noun, and a meeting's venue (not its actor,
:mod:`pipeline.events.venue_names`).

Sentences are invented for these tests; the people are fictional or generic (a US President
stands for the speaker's own official), none comes from the development or evaluation texts.
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

CASES = [
    # a meeting "X and I" held with a counterpart of another government: X first named, the speaker met
    ("Statement by U.S. National Security Advisor Tom Reyes\n\nIn September, Foreign Minister Lena Varga "
     "of Hungary and I met in Malta.", "CONSULT", "met", "Lena Varga", "USA"),
    # "we met" in a transcript of two leaders of two governments: the speaker met the other one
    ("Remarks by President Ana Ruiz of Chile and Prime Minister Tomas Lind of Sweden Before Their Meeting\n\n"
     "PRESIDENT RUIZ:  Welcome, Prime Minister.  We've met before, in Geneva, and I am glad you are here.\n\n"
     "PRIME MINISTER LIND:  Thank you, Madam President.", "CONSULT", "met", "Ana Ruiz", "Tomas Lind"),
    # a passive that moves forces is their owner's act
    ("More than 1,000 Peruvian troops were deployed to the border last week.", "MOBILIZE", "deployed", "PER", None),
    # two coordinated subjects of a verb governing a cooperation noun: first actor, second recipient
    ("President Ana Ruiz of Chile and President Tomas Lind of Sweden restarted energy cooperation in March.",
     "COOPERATE", "cooperation", "Ana Ruiz", "Tomas Lind"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, typ, trigger, actor, recipient", CASES,
                         ids=[f"{i}-{c[1]}-{c[2]}" for i, c in enumerate(CASES)])
def test_side_found(event_inputs, text, typ, trigger, actor, recipient):
    doc, entities, roles, dates = event_inputs(text)
    events = [e for e in extract_events(doc, entities=entities, roles=roles, dates=dates)
              if e.type == typ and e.trigger.text == trigger]
    shown = [(e.type, e.actor_name, e.actor_country, e.recipient_name, e.trigger.text) for e in events]
    assert any(actor in (e.actor_name, e.actor_country) for e in events), shown
    if recipient is not None:
        assert any(recipient in (e.recipient_name, e.recipient_country) for e in events), shown


NOT_CASES = [
    # the victim of a passive attack is not its agent
    ("Peruvian troops were attacked near the border on Monday.", "ASSAULT", "PER"),
    # a promise ("will increase cooperation") is left to the promise rules, not coded as done
    ("President Ana Ruiz of Chile and President Tomas Lind of Sweden will increase cooperation on energy.",
     "COOPERATE", "Ana Ruiz"),
    # a meeting named by its venue: the city is where it was held, not who met
    ("President Ana Ruiz of Chile met President Tomas Lind of Sweden in Geneva in May. The Geneva summit "
     "produced a new roadmap.", "CONSULT", "Geneva"),
    # two officials of one government cooperating is internal
    ("Foreign Minister Ana Ruiz of Chile and Defence Minister Pablo Soto of Chile expanded cooperation.",
     "COOPERATE", "Ana Ruiz"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, typ, actor", NOT_CASES, ids=[f"{i}-{c[1]}" for i, c in enumerate(NOT_CASES)])
def test_side_not_found(event_inputs, text, typ, actor):
    doc, entities, roles, dates = event_inputs(text)
    events = [e for e in extract_events(doc, entities=entities, roles=roles, dates=dates) if e.type == typ]
    shown = [(e.type, e.actor_name, e.actor_country, e.recipient_name, e.trigger.text) for e in events]
    assert not any(actor in (e.actor_name, e.actor_country) for e in events), shown


@pytest.mark.model
def test_colleagues_we_is_no_meeting_between_them(event_inputs):
    # "we met" of a briefer and a colleague of the same government: one side, no meeting between them
    # (round 45: the briefer's "we" is recorded as the briefer, for her government)
    doc, entities, roles, dates = event_inputs(
        "Press Briefing by Press Secretary Ana Ruiz of Chile and Foreign Minister Pablo Soto of Chile\n\n"
        "MS. RUIZ:  We met this morning, as we do every day.\n\nMR. SOTO:  Thank you, Ana.")
    events = [e for e in extract_events(doc, entities=entities, roles=roles, dates=dates) if e.type == "CONSULT"]
    shown = [(e.type, e.actor_name, e.actor_country, e.recipient_name, e.trigger.text) for e in events]
    assert not any("Pablo Soto" in (e.actor_name, e.recipient_name) for e in events), shown
