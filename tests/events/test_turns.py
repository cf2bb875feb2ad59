"""Events: the speaker turns of a transcript (:mod:`pipeline.events.turns`).

Transcripts are written for these tests in the layout of published remarks and briefings; none
comes from the development or evaluation texts.
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events
from pipeline.events.turns import Turns, find_turns
from pipeline.records import Entity, Role, Span

from .test_event_classes import _check

HEADS = frozenset({"president", "secretary", "senator", "minister"})


def _person(pid: str, name: str) -> Entity:
    return Entity(id=pid, label="PERSON", name=name, country=None, mentions=(Span(start=0, end=1, text="x"),))


def _role(pid: str, name: str, title: str) -> Role:
    return Role(id="R" + pid, person=pid, person_name=name, title=title, role="head_of_state", country="ATL",
                organization=None, evidence=Span(start=0, end=10, text="x"))


@pytest.mark.parametrize("text, expected", [
    # a surname in the label names the speaker; "THE PRESIDENT" is the holder of the office
    ("Remarks\n\nPRESIDENT NOVAK:  Thank you.\n\nQ    A question, sir?\n\nTHE PRESIDENT:  Yes.",
     [("PRESIDENT NOVAK", "Ana Novak", False), ("Q", None, True), ("THE PRESIDENT", "Ana Novak", False)]),
    # a briefing: honorifics and unnamed speakers are turns too
    ("MS. REYES:  Good afternoon.\nMODERATOR:  Next question.\nQ:  Thanks.",
     [("MS. REYES", "Luz Reyes", False), ("MODERATOR", None, False), ("Q", None, True)]),
    # a name written family name first: the label gives its first word
    ("PRESIDENT MOON:  Thank you.\n\nPRESIDENT NOVAK:  Welcome.",
     [("PRESIDENT MOON", "Moon Ha Eun", False), ("PRESIDENT NOVAK", "Ana Novak", False)]),
    # two persons of the label's surname (a head of state and a spouse named in full): the one
    # holding the office the label names
    ("PRESIDENT NOVAK:  Welcome, Mrs. Eva Novak.\n\nQ    Thanks.",
     [("PRESIDENT NOVAK", "Ana Novak", False), ("Q", None, True)]),
    # a document part before a colon is no turn
    ("FACT SHEET:  New Steps on Trade\n\nSUBJECT:  Export controls", []),
])
def test_find_turns(text, expected):
    entities = (_person("E1", "Ana Novak"), _person("E2", "Luz Reyes"), _person("E3", "Moon Ha Eun"))
    if "Eva Novak" in text:
        entities += (_person("E4", "Eva Novak"),)
    roles = (_role("E1", "Ana Novak", "President"),)
    turns = find_turns(text, entities, roles, HEADS)
    got = [(t.label, t.speaker.name if t.speaker else None, t.question) for t in turns]
    assert got == expected
    if turns:
        assert Turns(turns).at(turns[-1].start + 3) is turns[-1]
        assert Turns(turns).at(0) is (turns[0] if turns[0].start == 0 else None)


TRANSCRIPTS = [
    # "we" in the President's turn is his government, "I" is he; a question reports nothing
    ("Remarks by President Ana Novak of Chile at a Press Conference",
     "Remarks by President Ana Novak of Chile at a Press Conference\n\nPRESIDENT NOVAK:  Good morning. "
     "Last month we deployed two hundred troops to Bolivia.\n\nQ    Did Peru attack the border post?\n\n"
     "PRESIDENT NOVAK:  I spoke with President Luis Arce yesterday.",
     [("MOBILIZE", "CHL", None), ("CONSULT", "Ana Novak", "Luis Arce")]),
]


@pytest.mark.model
@pytest.mark.parametrize("title, text, expected", TRANSCRIPTS, ids=[c[0][:48] for c in TRANSCRIPTS])
def test_transcript_events(event_inputs, title, text, expected):
    doc, entities, roles, dates = event_inputs(text, title=title)
    _check(extract_events(doc, entities=entities, roles=roles, dates=dates), expected)
