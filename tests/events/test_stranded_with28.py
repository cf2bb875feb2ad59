"""A partner of a verb of talking that the parser hung on a noun of the verb's setting
("spoke on the margins of the Summit with President X") is the verb's partner; a "with"
naming no one, or a verb that has its own "with", reads nothing new.

Invented sentences (not copied from any gold text or stress document).
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from pipeline.events import extract_events
from pipeline.events.stranded_with import stranded_with

from .test_event_classes import _check


_VOCAB = spacy.blank("en").vocab  # (its lexical attributes give ``lower_``)


def _parsed(words, heads, deps, pos):
    return Doc(_VOCAB, words=words, heads=heads, deps=deps, pos=pos)


# (words, heads, deps, pos, entity token indices, expected "with" index or None)
RULE_CASES = [
    # "Rojas spoke on the sidelines of the summit with Vega ." -- "with" hung on "summit"
    (["Rojas", "spoke", "on", "the", "sidelines", "of", "the", "summit", "with", "Vega", "."],
     [1, 1, 1, 4, 2, 4, 7, 5, 7, 8, 1],
     ["nsubj", "ROOT", "prep", "det", "pobj", "prep", "det", "pobj", "prep", "pobj", "punct"],
     ["PROPN", "VERB", "ADP", "DET", "NOUN", "ADP", "DET", "NOUN", "ADP", "PROPN", "PUNCT"], {0, 9}, 8),
    # "Rojas spoke at a forum with 300 delegates ." -- the forum's size, nobody named
    (["Rojas", "spoke", "at", "a", "forum", "with", "300", "delegates", "."],
     [1, 1, 1, 4, 2, 4, 7, 5, 1],
     ["nsubj", "ROOT", "prep", "det", "pobj", "prep", "nummod", "pobj", "punct"],
     ["PROPN", "VERB", "ADP", "DET", "NOUN", "ADP", "NUM", "NOUN", "PUNCT"], {0}, None),
    # "Rojas spoke with Vega at the summit with Lund ." -- the verb's own "with" is the partner
    (["Rojas", "spoke", "with", "Vega", "at", "the", "summit", "with", "Lund", "."],
     [1, 1, 1, 2, 1, 6, 4, 6, 7, 1],
     ["nsubj", "ROOT", "prep", "pobj", "prep", "det", "pobj", "prep", "pobj", "punct"],
     ["PROPN", "VERB", "ADP", "PROPN", "ADP", "DET", "NOUN", "ADP", "PROPN", "PUNCT"], {0, 3, 8}, None),
]


@pytest.mark.parametrize("words, heads, deps, pos, ents, expected", RULE_CASES,
                         ids=[" ".join(c[0])[:40] for c in RULE_CASES])
def test_stranded_with_rule(words, heads, deps, pos, ents, expected):
    doc = _parsed(words, heads, deps, pos)
    found = stranded_with(doc[1], dict.fromkeys(ents, object()))
    assert [w.i for w in found] == ([] if expected is None else [expected])


CASES = [
    ("President Ana Rojas of Chile spoke on Friday on the sidelines of the Pacific Forum with Prime Minister "
     "Luis Vega of Peru.", [("CONSULT", "Ana Rojas", "Luis Vega")]),
    ("Chancellor Karl Berg of Austria spoke at a trade conference with 400 delegates in Vienna.", []),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][-48:] for c in CASES])
def test_talk_with_a_stranded_partner(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.trigger.text in ("spoke", "talked")], expected)
