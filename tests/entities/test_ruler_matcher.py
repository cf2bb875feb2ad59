"""The gazetteer ruler's token Matcher run only where a pattern can end (pipeline.entities.ruler)
finds exactly the matches of the Matcher over the whole Doc."""

from __future__ import annotations

import random

import spacy
from spacy.tokens import Doc

from pipeline.entities.ruler import EndAnchoredMatcher

PATTERNS = [
    {"label": "ORG", "pattern": [{"ORTH": {"IN": ["China", "Thai", "Korean"]}}, {"IS_TITLE": True},
                                 {"ORTH": {"IN": ["Airlines", "Airways"]}}]},
    {"label": "ORG", "pattern": [{"IS_TITLE": True}, {"ORTH": "Air"}]},
    {"label": "GPE", "pattern": "South Korea"},
]
WORDS = ["China", "Thai", "Korean", "Eastern", "Southern", "Airlines", "Airways", "Air", "air", "the", "South",
         "Korea", "flew", ".", "\n"]


def _ruler():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler", config={"validate": False})
    ruler.add_patterns(PATTERNS)
    return nlp, ruler


def test_same_matches_as_the_whole_doc():
    nlp, ruler = _ruler()
    anchored = EndAnchoredMatcher.wrap(ruler)
    assert anchored is not None and len(anchored.anchors) == 3
    rng = random.Random(30)
    docs = [Doc(nlp.vocab, words=[rng.choice(WORDS) for _ in range(rng.randint(0, 40))]) for _ in range(400)]
    docs.append(Doc(nlp.vocab, words=["China", "Eastern", "Airlines", "Airways", "Korean", "Air", "Airlines"]))
    found = 0
    for doc in docs:
        expected = ruler.matcher(doc)
        assert anchored(doc) == expected
        found += len(expected)
    assert found > 50
    ruler.matcher = anchored
    for doc in docs[:50]:
        ents = [(e.start, e.end, e.label_) for e in ruler(Doc(nlp.vocab, words=[t.text for t in doc])).ents]
        ruler.matcher = anchored.matcher
        assert ents == [(e.start, e.end, e.label_) for e in ruler(Doc(nlp.vocab, words=[t.text for t in doc])).ents]
        ruler.matcher = anchored


def test_patterns_it_cannot_anchor_and_added_patterns():
    nlp, ruler = _ruler()
    ruler.add_patterns([{"label": "ORG", "pattern": [{"ORTH": "Bank"}, {"IS_TITLE": True, "OP": "+"}]}])
    assert EndAnchoredMatcher.wrap(ruler) is None  # an operator: no fixed length
    nlp, ruler = _ruler()
    anchored = EndAnchoredMatcher.wrap(ruler)
    ruler.matcher = anchored
    ruler.add_patterns([{"label": "ORG", "pattern": [{"ORTH": "Bank"}, {"LOWER": "of"}, {"IS_TITLE": True}]}])
    doc = Doc(nlp.vocab, words=["the", "Bank", "of", "Korea", "and", "Thai", "Eastern", "Airways"])
    assert anchored.anchors is None  # a pattern added afterwards: the whole Doc again
    assert sorted(anchored(doc)) == sorted(anchored.matcher(doc)) and len(anchored(doc)) == 2
