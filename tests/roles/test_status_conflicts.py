"""Sentence bounds around a title mention (pipeline.roles.status_conflicts.sentence_around)."""

from __future__ import annotations

import pytest

from pipeline.roles.status_conflicts import sentence_around


@pytest.mark.parametrize(("body", "word", "sentence"), [
    ("The board met on Monday. Its chair, the former Governor, opened the session. Votes followed.",
     "Governor", "Its chair, the former Governor, opened the session."),
    # an initial or an abbreviated title ends no sentence
    ("Rep. Ada Lind spoke first. Then Gen. H. W. Marsh, the retired Commander, took questions! Ms. Kay left.",
     "Commander", "Then Gen. H. W. Marsh, the retired Commander, took questions!"),
    ("He thanked Sen. Ruiz. Dr. Okafor, the Surgeon General, replied.", "Surgeon",
     "Dr. Okafor, the Surgeon General, replied."),
    # a stop inside a closing quotation mark, and a paragraph break
    ("She said \u201cwe are done.\u201d The Ambassador nodded.\n\nNext item", "Ambassador", "The Ambassador nodded."),
    ("Opening line\n\nformer Secretary of Labor Jo Ames", "Secretary", "former Secretary of Labor Jo Ames"),
    # a lower-case word after the stop continues the sentence; the text's end closes the last one
    ("It rose 3.5 p.c. as the Treasurer said", "Treasurer", "It rose 3.5 p.c. as the Treasurer said"),
])
def test_sentence_around(body: str, word: str, sentence: str) -> None:
    start, end = sentence_around(body, body.index(word))
    assert body[start:end].strip() == sentence


def test_sentence_around_looks_back_only_so_far() -> None:
    body = "word " * 100 + "the Minister"
    start, _ = sentence_around(body, body.index("Minister"), lookback=30)
    assert start == body.index("Minister") - 30
