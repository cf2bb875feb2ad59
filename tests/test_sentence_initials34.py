"""Round 34: a middle initial is no sentence end (``newsie_sentence_breaks``): the small model cut
"Ambassador Peter Q. Hallström" at a title line's end into "Peter Q." and "Hallström", and the
person's name with it. A sentence that ends with a capital letter's period before a function
word ("Plan B. The talks ended.") still ends there.

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest

import pipeline
from pipeline.nlp import load


@pytest.mark.model
@pytest.mark.parametrize(("text", "sentences"), [
    ("Statement of President Jane Roe on the Passing of Ambassador Peter Q. Hallström\n\nHe served his country.",
     ["Statement of President Jane Roe on the Passing of Ambassador Peter Q. Hallström"]),
    ("We chose Plan B. The talks ended.", ["We chose Plan B.", "The talks ended."]),
])
def test_initial_is_no_sentence_end(text: str, sentences: list[str]) -> None:
    got = [s.text.strip() for s in load()(text).sents]
    assert got[:len(sentences)] == sentences, got


@pytest.mark.model
def test_initialled_name_is_whole() -> None:
    record = pipeline.extract("Statement of President Jane Roe on the Passing of Ambassador Peter Q. Hallström\n\n"
                              "Peter Hallström dedicated his life to public service.\n", published="2024-01-01").to_dict()
    assert "Peter Q. Hallström" in [e["name"] for e in record["entities"] if e["label"] == "PERSON"]
