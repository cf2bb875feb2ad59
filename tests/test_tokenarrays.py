"""Whole-Doc token facts from spaCy's token arrays (pipeline.tokenarrays), on hand-built Docs."""

from __future__ import annotations

import numpy as np
import pytest
from spacy.attrs import LOWER, POS, TAG
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.entities.tokens import DocWords
from pipeline.tokenarrays import members, string_ids, token_indices

# "The Senate must vote , and the House must act on the bill ."
WORDS = ["The", "Senate", "must", "vote", ",", "and", "the", "House", "must", "act", "on", "the", "bill", "."]
POS_TAGS = ["DET", "PROPN", "AUX", "VERB", "PUNCT", "CCONJ", "DET", "PROPN", "AUX", "VERB", "ADP", "DET", "NOUN",
            "PUNCT"]
TAGS = ["DT", "NNP", "MD", "VB", ",", "CC", "DT", "NNP", "MD", "VB", "IN", "DT", "NN", "."]


def _doc() -> Doc:
    return Doc(Vocab(), words=WORDS, pos=POS_TAGS, tags=TAGS)


@pytest.mark.parametrize("values", [
    ("NOUN", "VERB"),                     # part-of-speech symbols
    frozenset({"senate", "house", "zzz"}),  # words, one the Doc never writes
    ["must", "the"],                      # a list: looked up each call
    ("",),                                # the empty string
    (),
])
def test_string_ids_are_the_vocabulary_ids(values):
    doc = _doc()
    assert string_ids(values).tolist() == [doc.vocab.strings[v] for v in values]


def test_string_ids_of_a_fixed_list_are_shared_and_read_only():
    words = ("senate", "house")
    assert string_ids(words) is string_ids(("senate", "house"))
    with pytest.raises(ValueError):
        string_ids(words)[0] = 0


def _loop(doc: Doc, attr: str, values) -> list[int]:
    return [t.i for t in doc if getattr(t, attr) in set(values)]


@pytest.mark.parametrize(("attr", "name", "values"), [
    (POS, "pos_", ("VERB",)),
    (POS, "pos_", ("VERB", "AUX", "NOUN")),
    (TAG, "tag_", frozenset({"NNP"})),
    (LOWER, "lower_", frozenset({"the", "must"})),
    (LOWER, "lower_", ["house", "senate", "bill"]),
    (LOWER, "lower_", ("congress",)),
    (LOWER, "lower_", ()),
    # more values than are compared one at a time: the binary search, absent words among them
    (LOWER, "lower_", frozenset({"the", "must", "vote", "bill", "congress", "court", "law"})),
    (POS, "pos_", ("DET", "PROPN", "AUX", "VERB", "PUNCT", "CCONJ", "ADP", "NOUN")),
    (LOWER, "lower_", tuple(f"word{k}" for k in range(50)) + (".",)),
])
def test_token_indices_keep_what_a_loop_keeps(attr, name, values):
    doc = _doc()
    assert token_indices(doc, attr, values) == _loop(doc, name, values)


@pytest.mark.parametrize(("size", "values"), [
    (0, 3), (1, 1), (40, 2), (40, 4), (40, 5), (300, 9), (300, 200), (1000, 1000),
])
def test_members_is_numpy_isin(size, values):
    rng = np.random.default_rng(size + values)
    column = rng.integers(0, 2**64 - 1, size=size, dtype=np.uint64)
    # some values the column holds (the smallest and largest ids among them), some it does not
    held = np.sort(column)[[0, -1]] if size else np.zeros(0, dtype=np.uint64)
    hashes = np.concatenate([held, rng.choice(column, min(size, values)) if size else held,
                             rng.integers(0, 2**64 - 1, size=values, dtype=np.uint64)])[:max(values, 1)]
    assert members(column, hashes).tolist() == np.isin(column, hashes).tolist()


@pytest.mark.parametrize("words", [
    ("must",), (",", "."), frozenset({"The", "the", "bill"}), ["House", "Senate"], ("Congress",),
    tuple("The Senate must vote and act on".split()) + ("bill", "House", "x"),  # more than eight: isin
])
def test_doc_words_positions_keep_what_a_loop_keeps(words):
    doc = _doc()
    assert DocWords.of(doc).positions(doc, words) == [t.i for t in doc if t.text in set(words)]
