"""First-person words found on the token array (``Doc.to_array``) instead of a loop over every
token: the same tokens as the loops ``events.firstperson`` replaced (hand-built Docs, no model)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.events.firstperson import _DECLARING, _FIRST_PERSON
from pipeline.tokenarrays import LOWER, token_indices


@pytest.mark.parametrize("words", [
    ["We", ",", "Canada", ",", "will", "impose", "tariffs", "and", "US", "officials", "agree", "with", "us"],
    ["I", "said", "my", "piece", ";", "WE", "and", "Our", "allies", "met", "me"],
    ["They", "met", "them"],
    ["Usual", "business", "in", "the", "US", "Weather"],
])
def test_first_person_words_as_the_loop(words):
    doc = Doc(Vocab(), words=words)
    for values in (_DECLARING, _FIRST_PERSON):
        assert token_indices(doc, LOWER, values) == [t.i for t in doc if t.lower_ in values]
