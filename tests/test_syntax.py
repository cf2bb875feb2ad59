"""The shared climb from a word to the verb that governs it (pipeline.syntax), on hand-built parses."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.syntax import governing_verb, head_chain


def _doc(words, heads, pos, deps=None):
    return Doc(Vocab(), words=words, heads=heads, pos=pos, deps=deps or ["dep"] * len(words))


# "Officials said the talks will resume by the end of next year ."
WORDS = ["Officials", "said", "the", "talks", "will", "resume", "by", "the", "end", "of", "next", "year", "."]
HEADS = [1, 1, 3, 5, 5, 1, 5, 8, 6, 8, 11, 9, 1]
POS = ["NOUN", "VERB", "DET", "NOUN", "AUX", "VERB", "ADP", "DET", "NOUN", "ADP", "ADJ", "NOUN", "PUNCT"]


@pytest.mark.parametrize(("start", "hops", "pos", "want"), [
    (11, 4, ("VERB", "AUX"), 5),    # year -> of -> end -> by -> resume
    (11, 3, ("VERB", "AUX"), None),  # one hop short of the verb
    (5, 4, ("VERB", "AUX"), 5),      # a verb governs itself
    (4, 4, ("VERB", "AUX"), 4),      # so does an auxiliary, by default
    (4, 4, ("VERB",), 5),            # unless only full verbs count
    (3, 0, ("VERB", "AUX"), None),   # no climbing at all
    (0, 4, ("VERB", "AUX"), 1),      # the subject of the main clause
])
def test_governing_verb(start, hops, pos, want):
    doc = _doc(WORDS, HEADS, POS)
    got = governing_verb(doc[start], hops=hops, pos=pos)
    assert (got.i if got is not None else None) == want


@pytest.mark.parametrize(("start", "hops", "want"), [
    (11, 2, [11, 9, 8]),
    (11, 10, [11, 9, 8, 6, 5, 1]),  # stops at the root, which is its own head
    (1, 3, [1]),
    (3, 0, [3]),
])
def test_head_chain(start, hops, want):
    doc = _doc(WORDS, HEADS, POS)
    assert [t.i for t in head_chain(doc[start], hops)] == want
