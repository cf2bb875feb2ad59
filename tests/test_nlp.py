"""pipeline.nlp's evidence helpers: spans of the text as ingested, through the offset map."""

import pytest
import spacy

from pipeline import nlp as N
from pipeline.records import Article, Span
from pipeline.textnorm import normalize


def _general(doc, start, end):
    """The evidence span built from the general helpers, which the fast path must equal."""
    s, e = N.original_range(doc, start, end)
    return Span.of(N.raw_text(doc), s, e)


@pytest.mark.parametrize("raw", [
    "The Minister met   the envoy in Lagos on Friday.",
    "**Talks resumed**\n\nThe two sides met in Geneva.\u00a0They agreed to meet again.",
    "Plain text with nothing to normalise.",
])
def test_evidence_equals_the_general_mapping(raw):
    nlp = spacy.blank("en")
    norm = normalize(raw)
    doc = N.attach(nlp.make_doc(norm.text), Article(id="a", text=raw), norm)
    for tok in doc:
        for start, end in ((tok.idx, tok.idx + len(tok.text)), (tok.idx, tok.idx)):
            got = N.evidence(doc, start, end)
            assert got == _general(doc, start, end)
            assert raw[got.start:got.end] == got.text


def test_evidence_of_a_plain_doc_uses_its_own_text():
    doc = spacy.blank("en")("Ministers met in Accra.")
    assert N.evidence(doc, 17, 22) == Span(start=17, end=22, text="Accra")
    span = doc[3:4]
    assert N.evidence_of(doc, span) == Span(start=17, end=22, text="Accra")
