"""Round 38: the first word of a paragraph starts a sentence (``newsie_sentence_breaks``), and the
word after it does not: given the start, the small model ended the sentence after the first word
("Chile" | "and Peru met in Lima"; "President" | "Biden spoke"), which cut the subject off the
paragraph's first clause, after every heading, dateline and blank line. A one-word sentence
still ends at its own full stop.

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest

import pipeline
from pipeline.nlp import load


@pytest.mark.model
@pytest.mark.parametrize(("text", "sentences"), [
    ("Readout of the Meeting\n\nChile and Peru met in Lima.\n", ["Readout of the Meeting", "Chile and Peru met in Lima."]),
    ("Readout of the Call\n\nPresident Ana Rojas spoke today with President Luis Vega. They discussed trade.\n",
     ["Readout of the Call", "President Ana Rojas spoke today with President Luis Vega.", "They discussed trade."]),
    ("Heading\n\nYes. We agree.\n", ["Heading", "Yes.", "We agree."]),
    # a reporter's "Q" label stays apart from the question after it
    ("Press Briefing\n\nQ Thank you. What is next?\n", ["Press Briefing", "Q", "Thank you.", "What is next?"]),
    # (after "A." the parser decides, as before the round)
    ("Interview\n\nQ. Chile met Peru. Why?\nA. Trade mattered.\n", ["Interview", "Q.", "Chile met Peru.", "Why?",
                                                                     "A. Trade mattered."]),
])
def test_paragraph_first_clause_is_whole(text: str, sentences: list[str]) -> None:
    got = [s.text.strip() for s in load()(text).sents]
    assert got == sentences, got


@pytest.mark.model
def test_coordinated_subject_after_a_heading() -> None:
    record = pipeline.extract("Readout of the Meeting\n\nChile and Peru signed an agreement on maritime security.\n",
                              published="2024-01-01").to_dict()
    assert [(e["type"], e["actor_name"], e["recipient_name"]) for e in record["events"]] == [("AGREE", "Chile", "Peru")]
