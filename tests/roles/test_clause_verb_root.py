"""The clause-verb walk up the heads ends at the sentence root even when the root is no verb
(spaCy makes a new Token object per access, so ``tok.head is tok`` never holds at the root and an
identity test looped for ever on a noun-rooted sentence). Rule test: the parse is given, no model."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.roles.clauses import _clause_verb

# (words, heads, deps, pos, token asked about, expected clause token)
CASES = [
    # a fragment rooted at a noun: the walk stops at the root
    (["Jones", ",", "a", "resident", "of", "Ohio"], [0, 0, 3, 0, 3, 4],
     ["ROOT", "punct", "det", "appos", "prep", "pobj"], ["PROPN", "PUNCT", "DET", "NOUN", "ADP", "PROPN"], 5, 0),
    # a verb-rooted sentence: the nearest verb up the heads
    (["Jones", "served", "as", "mayor"], [1, 1, 1, 2],
     ["nsubj", "ROOT", "prep", "pobj"], ["PROPN", "VERB", "ADP", "NOUN"], 3, 1),
    # a one-word sentence
    (["Jones"], [0], ["ROOT"], ["PROPN"], 0, 0),
]


@pytest.mark.parametrize("words,heads,deps,pos,asked,expected", CASES)
def test_clause_verb_stops_at_root(words, heads, deps, pos, asked, expected):
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)
    assert _clause_verb(doc[asked]).i == expected
