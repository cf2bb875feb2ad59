"""Round 32: sympathy held "with" someone ("Our prayers are with X") is sent to X; a signer's "we"
of sympathy is the signer ("We send our deepest condolences to his family" in a President's
statement on a death); the government's "we" of a statement with no
named author, and a signer's "we" that acts, are the country.

Invented sentences (not copied from any gold text or stress document).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

CASES = [
    ("Statement from President Joe Biden on the Passing of Former President Ana Rojas\n\n"
     "Ana Rojas was a friend of the United States. We send our deepest condolences to her family.",
     [("SUPPORT", "Joe Biden", None)]),
    # the signer's "we" that acts is the government
    ("Statement from President Joe Biden on Sanctions on Venezuela\n\n"
     "Today we imposed sanctions on Venezuela. We send our deepest condolences to the families of the victims.",
     [("SANCTION", "USA", "VEN"), ("SUPPORT", "Joe Biden", None)]),
    # sympathy held "with" someone: the copula stands for "send"
    ("Statement from President Joe Biden on the Earthquake in Peru\n\n"
     "Our prayers are with the people of Peru. My thoughts are with the families who lost loved ones.",
     [("SUPPORT", "Joe Biden", "PER"), ("SUPPORT", "Joe Biden", None)]),
    # someone held in the signer's thoughts receives them
    ("Statement from President Joe Biden on the Earthquake in Peru\n\nThe people of Peru are in our prayers.",
     [("SUPPORT", "Joe Biden", "PER")]),
    # grief shared with a named party, or joined in
    ("Statement from President Joe Biden on the Passing of Former President Ana Rojas of Peru\n\n"
     "Jill and I join the people of Peru in grieving the loss of Ana Rojas. We mourn with her family. "
     "We mourn the loss of a great leader.",
     [("SUPPORT", "Joe Biden", "PER")]),
    # a statement on a death speaks of its subject as "he" long after naming him
    ("Statement from President Joe Biden on the Passing of Former President Pavel Novak of Slovakia\n\n"
     "Pavel Novak was a man of vision. The war had gone on for years. Few leaders had the courage to change. "
     "I saw that change. As leader of his country, he worked with President Clinton to end the war.",
     [("COOPERATE", "Pavel Novak", "Clinton")]),
    # a thought had, a prayer said, a heart in the right place: no message to anyone
    ("Statement from President Joe Biden on the Budget\n\n"
     "He had a thought about the budget. The prayer was long. Our hearts are in the right place.", []),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][-48:] for c in CASES])
def test_signers_sympathy(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text, country="USA")
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type in ("SUPPORT", "SANCTION", "COOPERATE")], expected)


@pytest.mark.parametrize(("sentence", "index", "expected"), [
    ("We send our deepest condolences to her family .", 0, True),
    ("Our prayers are with her family .", 0, True),
    ("We imposed sanctions on the regime .", 0, False),
    ("We sent our troops to the border .", 0, False),
])
def test_sympathy_we_rule(nlp, sentence, index, expected):
    from pipeline.events.sympathy import sympathy_we

    assert sympathy_we(nlp(sentence)[index]) is expected


@pytest.mark.model
def test_report_of_a_death_is_no_statement(make_doc):
    # a news report of a death does not mourn its subject: a later "he" is not the dead woman
    doc = make_doc("Police are investigating the death of Jane Roe in Chicago. The mayor met the governor on "
                   "Tuesday. The council voted. Schools closed. He told reporters he would visit Mexico.",
                   published="2024-05-02")
    assert not [e for e in doc._.newsie_events if e.actor_name == "Jane Roe"]
