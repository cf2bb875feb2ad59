"""Who "you" is after a name addressed at the head of a sentence, and objects of a repeated
preposition (round 28, :mod:`pipeline.events.vocatives`, :func:`pipeline.events.object_lists.
repeated_preposition_objects`).

Invented sentences (not copied from any gold text).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

_OPENING = ("Remarks by President Biden and Prime Minister Ishiba Before a Trilateral Meeting\n\n"
            "PRIME MINISTER ISHIBA:  Thank you for joining us today.\n\n"
            "PRESIDENT BIDEN:  Thank you very much.  It is good to be here with friends.\n\n")

VOCATIVE_CASES = [
    # the guest named at the head of the sentence is "you", not the other speaker of the transcript
    (_OPENING + "President Ferdinand Marcos, I want to commend you for your leadership in the region.\n",
     [("SUPPORT", "Biden", "Ferdinand Marcos")]),
    (_OPENING + "And, President Ferdinand Marcos, it is good to see you again.  I thank you for your "
     "steady commitment to our alliance.\n", [("SUPPORT", "Biden", "Ferdinand Marcos")]),
]

VOCATIVE_NOT_CASES = [
    # an apposition or a subject set off by a comma is no address: "you" stays the other speaker
    (_OPENING + "President Ferdinand Marcos, who arrived this morning, will join us later.  I want to "
     "commend you for your leadership in the region.\n", "Ferdinand Marcos"),
    # the address ends with its paragraph
    (_OPENING + "President Ferdinand Marcos, it is good to see you.\n\nI want to commend you for your "
     "leadership in the region.\n", "Ferdinand Marcos"),
]

PREPOSITION_CASES = [
    # a preposition repeated to list the parties one by one: one event each
    ("Secretary of State Antony Blinken met with President Volodymyr Zelenskyy on Monday, with Prime Minister "
     "Donald Tusk on Tuesday, and with Chancellor Olaf Scholz on Wednesday.",
     [("CONSULT", "Antony Blinken", "Volodymyr Zelenskyy"), ("CONSULT", "Antony Blinken", "Donald Tusk"),
      ("CONSULT", "Antony Blinken", "Olaf Scholz")]),
    ("The Treasury Department announced sanctions both against the Islamic Revolutionary Guard Corps and "
     "against former Interior Minister Ahmad Vahidi of Iran.",
     [("SANCTION", "Treasury Department", "Islamic Revolutionary Guard Corps"),
      ("SANCTION", "Treasury Department", "Ahmad Vahidi")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", VOCATIVE_CASES, ids=[c[0][-60:-20] for c in VOCATIVE_CASES])
def test_vocative_you(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == "SUPPORT"], expected)


@pytest.mark.model
@pytest.mark.parametrize("text, name", VOCATIVE_NOT_CASES, ids=[c[0][-60:-20] for c in VOCATIVE_NOT_CASES])
def test_no_vocative_you(event_inputs, text, name):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    assert not [e for e in events if e.recipient_name == name and e.trigger.text == "commend"], [
        (e.type, e.actor_name, e.recipient_name, e.trigger.text) for e in events]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", PREPOSITION_CASES, ids=[c[0][:48] for c in PREPOSITION_CASES])
def test_repeated_preposition(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check(events, expected)


def _doc(words: list[str], heads: list[int], deps: list[str]):
    """A Doc with a hand-written parse (absolute head indices), no model needed."""
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)


RULE_CASES = [
    # each repetition hung on the first one
    (["met", "with", "Ruto", ",", "with", "Lula", "and", "with", "Modi"], [0, 0, 1, 1, 1, 4, 4, 4, 7],
     ["ROOT", "prep", "pobj", "punct", "conj", "pobj", "cc", "conj", "pobj"], 2, ["Lula", "Modi"]),
    # a repetition hung on the shared head after "and", as a preposition or as a conjunct
    (["sanctions", "against", "Peru", "and", "against", "Chile"], [0, 0, 1, 0, 0, 4],
     ["ROOT", "prep", "pobj", "cc", "prep", "pobj"], 2, ["Chile"]),
    (["met", "with", "Ruto", ",", "and", "with", "Lula"], [0, 0, 1, 0, 0, 0, 5],
     ["ROOT", "prep", "pobj", "punct", "cc", "conj", "pobj"], 2, ["Lula"]),
    # a possessor the parser takes for a second object is not a party of its own
    (["sanctions", "against", "Peru", "and", "against", "Chile", "'s", "President", "Boric"],
     [0, 0, 1, 1, 1, 4, 5, 8, 4], ["ROOT", "prep", "pobj", "cc", "conj", "pobj", "case", "compound", "pobj"],
     2, ["Boric"]),
    # another preposition, or the same one with no comma or "and" before it, is no repetition
    (["talks", "with", "Japan", "on", "trade"], [0, 0, 1, 0, 3], ["ROOT", "prep", "pobj", "prep", "pobj"], 2, []),
    (["talks", "with", "Japan", "with", "vigour"], [0, 0, 1, 0, 3], ["ROOT", "prep", "pobj", "prep", "pobj"], 2, []),
]


@pytest.mark.parametrize("words, heads, deps, at, expected", RULE_CASES, ids=[" ".join(c[0]) for c in RULE_CASES])
def test_repeated_preposition_objects(words, heads, deps, at, expected):
    from pipeline.events.object_lists import repeated_preposition_objects

    doc = _doc(words, heads, deps)
    assert [t.text for t in repeated_preposition_objects(doc[at])] == expected
