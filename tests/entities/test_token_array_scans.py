"""Entity rules that find words on the token arrays (``Doc.to_array``) instead of looping over every
token: the same tokens as the loops they replaced, on hand-built Docs (no model needed)."""

from __future__ import annotations

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

from pipeline.entities.titlerests import _full_surname
from pipeline.entities.tokens import DocWords
from pipeline.names import is_given_name


_VOCAB = English().vocab  # (English lexeme flags: ``is_title`` is read)


def _doc(text: str) -> Doc:
    words = text.split()
    return Doc(_VOCAB, words=words, spaces=[True] * (len(words) - 1) + [False])


def _full_surname_loop(doc: Doc, s: int, e: int) -> bool:
    # the loop over every token that _full_surname replaced
    surname = doc[s:e].text
    return any(doc[i + 1:i + 1 + e - s].text == surname and doc[i].is_title and is_given_name(doc[i].text)
               for i in range(len(doc) - (e - s)) if doc[i + 1].text == doc[s].text)


@pytest.mark.parametrize("text, s, e, expected", [
    # "Blunt - Carter" written after a given name elsewhere: one person's hyphenated surname
    ("Marla Blunt - Carter spoke . Later Blunt - Carter left .", 7, 10, True),
    ("Marla Blunt - Carter spoke . Later Blunt - Carter left .", 1, 4, True),
    # the two names of a ticket, never after a given name: not one surname
    ("the Biden - Harris Administration and the Biden - Harris plan", 1, 4, False),
    # the first word at the very start of the Doc has no word before it
    ("Blunt - Carter spoke with Marla Blunt - Carter", 0, 3, True),
    # the given name is lower-case: not a name
    ("marla Blunt - Carter and Blunt - Carter", 5, 8, False),
    # a match that would run past the end of the Doc is not read
    ("Roe Jane Roe", 0, 2, False),
    ("Roe", 0, 1, False),
])
def test_full_surname_as_the_loop(text, s, e, expected):
    doc = _doc(text)
    assert _full_surname(doc, s, e) is expected
    assert _full_surname_loop(doc, s, e) is expected


@pytest.mark.parametrize("text, word", [
    ("the Economic Community of West African States ( ECOWAS ) said ECOWAS would meet ; ECOWAS .", "ECOWAS"),
    ("NATO allies met ; NATO", "NATO"),
    ("no acronym here", "NCG"),
    ("ECOWASX ECOWAS", "ECOWAS"),
])
def test_positions_of_a_per_document_word_as_the_loop(text, word):
    doc = _doc(text)
    assert DocWords.of(doc).positions(doc, [word]) == [t.i for t in doc if t.text == word]
