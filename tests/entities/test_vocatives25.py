"""A reporter's question that speaks to the briefer by first name: the first name is the briefer
named by the turn label before it, not a second person (issue #11). Texts written for these tests."""

import pytest

from pipeline.entities import extract_entities

pytestmark = pytest.mark.model


def _persons(make_doc, text):
    title = "Press Briefing by Press Secretary"
    return sorted(e.name for e in extract_entities(make_doc(text, title=title), title=title) if e.label == "PERSON")


@pytest.mark.parametrize("text, persons", [
    # thanked in the question right after the briefer's turn, and named again later: one person
    ("Press Briefing\n\nMR. DALMORE:  Good afternoon.  The talks resume on Monday.\n\n"
     "Q    Thanks, Antonio.  Will you attend them?\n\nMR. DALMORE:  I will.\n\n"
     "Q    Antonio told us last week that they would go well.", ["Dalmore"]),
    ("Press Briefing\n\nMS. HALVORSEN:  Good afternoon, everyone.\n\n"
     "Q    Thank you, Margaret.  On the budget, when will it pass?\n\nMS. HALVORSEN:  Soon.\n\n"
     "Q    Margaret said on Friday that it would pass.", ["Halvorsen"]),
    # a question that opens on someone it asks about, not a form of address: a person of its own
    ("Press Briefing\n\nMS. HALVORSEN:  Good afternoon, everyone.\n\n"
     "Q    Maria Lopez met the Governor today.  Will she run?\n\nMS. HALVORSEN:  I won't speculate.",
     ["Halvorsen", "Maria Lopez"]),
], ids=lambda v: v[:40] if isinstance(v, str) else None)
def test_question_speaks_to_the_briefer(make_doc, text, persons):
    assert _persons(make_doc, text) == persons
