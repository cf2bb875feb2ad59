"""Which name heads a subject list the small model split (:mod:`pipeline.events.namelists`):
parses given by hand, as the model makes them of a titled list after an opening adverbial."""

from __future__ import annotations

import pytest


def _parsed(words, heads, deps, pos, ents):
    """A Doc with the given parse and entity tags."""
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents)


_WORDS = ["In", "short", ",", "Foreign", "Ministers", "Nowak", ",", "Dalberg", ",", "and", "Ferreira", "condemned", "it"]
_POS = ["ADP", "ADJ", "PUNCT", "PROPN", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "CCONJ", "PROPN", "VERB", "PRON"]
_ENTS = ["O", "O", "O", "O", "O", "B-PERSON", "O", "B-PERSON", "O", "O", "B-PERSON", "O", "O"]

CASES = [
    # "In short, Foreign Ministers A, B, and C condemned it": the first name made the root, the verb
    # its conjunct with the last name alone as subject; the list is one subject, headed by A
    (_WORDS, [5, 0, 5, 4, 5, 5, 5, 5, 5, 5, 11, 5, 11],
     ["prep", "amod", "punct", "compound", "compound", "ROOT", "punct", "appos", "punct", "cc", "nsubj", "conj",
      "dobj"], _POS, _ENTS, "Nowak"),
    # the same list with no title shared by the names after an opener: left as parsed
    (["On", "Monday", ",", "Nowak", ",", "Dalberg", ",", "and", "Ferreira", "condemned", "it"],
     [3, 0, 3, 3, 3, 3, 3, 3, 9, 3, 9],
     ["prep", "pobj", "punct", "ROOT", "punct", "appos", "punct", "cc", "nsubj", "conj", "dobj"],
     ["ADP", "PROPN", "PUNCT", "PROPN", "PUNCT", "PROPN", "PUNCT", "CCONJ", "PROPN", "VERB", "PRON"],
     ["O", "B-DATE", "O", "B-PERSON", "O", "B-PERSON", "O", "O", "B-PERSON", "O", "O"], "Ferreira"),
    # a list whose words between the names are not all names and commas: no list, left as parsed
    (["Foreign", "Ministers", "Nowak", ",", "then", ",", "and", "Ferreira", "condemned", "it"],
     [1, 2, 2, 2, 2, 2, 2, 8, 2, 8],
     ["compound", "compound", "ROOT", "punct", "advmod", "punct", "cc", "nsubj", "conj", "dobj"],
     ["PROPN", "PROPN", "PROPN", "PUNCT", "ADV", "PUNCT", "CCONJ", "PROPN", "VERB", "PRON"],
     ["O", "O", "B-PERSON", "O", "O", "O", "O", "B-PERSON", "O", "O"], "Ferreira"),
]


@pytest.mark.parametrize("words, heads, deps, pos, ents, first", CASES,
                         ids=["titled list after an opener", "untitled after an opener", "no list"])
def test_fronted_list_head(words, heads, deps, pos, ents, first):
    from pipeline.events.namelists import head_subject

    doc = _parsed(words, heads, deps, pos, ents)
    verb = next(t for t in doc if t.dep_ == "conj" and t.pos_ == "VERB")
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    assert head_subject(subjects, verb).text == first
