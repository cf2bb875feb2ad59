"""Role readers that skip work their text cannot need: the court headings' search runs only where
its cue word is written, and the verbs of leading are found on the lemma array, the same tokens as
the loops they replaced. Hand-built Docs and invented headings (no model needed)."""

from __future__ import annotations

import pytest
from spacy.attrs import LEMMA
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.roles import court_nominations as C
from pipeline.roles.led_bodies import _LEAD_LEMMAS
from pipeline.tokenarrays import token_indices


@pytest.mark.parametrize("text, cue", [
    ("JANE ROE\nNominated to the United States Court of Appeals for the Second Circuit\n", "Nominated"),
    ("**JOHN Q. DOE**\n**Nominated to the United States District Court for the District of Maine**\n", "Nominated"),
    ("Jane Roe: Candidate for United States Attorney for the District of Vermont\n", "Candidate"),
    ("1. Judge Jane Roe: Candidate for the United States District Court for the District of Utah\n", "Candidate"),
])
def test_every_heading_holds_its_cue_word(text, cue):
    rx = C._NOMINATED_TO if cue == "Nominated" else C._CANDIDATE
    found = list(rx.finditer(text))
    assert found and all(cue in m.group(0) for m in found)
    assert len(C.court_nominations(text)) == len(found)


@pytest.mark.parametrize("text", [
    # lower-case cue words: the headings' search is case-sensitive, so no match is lost by the skip
    "JANE ROE\nnominated to the United States Court of Appeals for the Second Circuit\n",
    "Jane Roe: candidate for United States Attorney for the District of Vermont\n",
    "The President announced his intent to nominate Jane Roe as Judge.\n",
])
def test_no_cue_word_no_heading(text):
    assert not list(C._NOMINATED_TO.finditer(text)) and not list(C._CANDIDATE.finditer(text))
    assert C.court_nominations(text) == []


@pytest.mark.parametrize("words, lemmas", [
    (["She", "leads", "the", "Bureau", "and", "led", "the", "Office", "."],
     ["she", "lead", "the", "Bureau", "and", "lead", "the", "Office", "."]),
    (["He", "headed", "the", "Agency", "after", "heading", "a", "lead", "team"],
     ["he", "head", "the", "Agency", "after", "head", "a", "lead", "team"]),
    (["Lead", "the", "way"], ["Lead", "the", "way"]),  # a capitalised lemma is another lemma
    (["No", "verbs", "of", "leading"], ["no", "verb", "of", "leading"]),
])
def test_lead_verbs_as_the_loop(words, lemmas):
    doc = Doc(Vocab(), words=words, lemmas=lemmas)
    wanted = {doc.vocab.strings["lead"], doc.vocab.strings["head"]}
    arr = doc.to_array([LEMMA]).ravel()
    assert token_indices(doc, LEMMA, _LEAD_LEMMAS) == [k for k in range(len(arr)) if arr[k] in wanted]
