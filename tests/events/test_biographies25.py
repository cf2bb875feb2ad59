"""Events: career narrative in a nominee's biography paragraph is no news event
(:mod:`pipeline.events.biographies`).

The sentences are invented for these tests (fictional people and places).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events
from pipeline.events.biographies import career_paragraph

from .test_event_classes import _check

_ANNOUNCE = "Today, President Maria Lopez announced her intent to nominate Tom Hale as Ambassador to Ruritania.\n\n"

PARAGRAPHS = [
    ("Tom Hale served as Deputy Director of the Trade Office from 2011 to 2015. Previously, he led "
     "negotiations with Ruritania on fisheries.", True),
    ("Prior to joining the Department, Anna Berg worked as counsel to the Senate committee. She is a "
     "graduate of Westbrook College.", True),
    ("She began her career as a clerk in Lakeside. Since 2016 she has represented workers before the board.", True),
    # one cue alone, reported speech, or a first-person account is no biography paragraph
    ("Tom Hale previously met Prime Minister Kenji Sato of Japan.", False),
    ("Tom Hale, who served as envoy from 2011 to 2015, said Ruritania had broken the truce.", False),
    ("I served as a senator from 1990 to 2002, and previously I worked with Ruritania.", False),
]


@pytest.mark.parametrize("paragraph, expected", PARAGRAPHS, ids=[f"p{i}" for i in range(len(PARAGRAPHS))])
def test_career_paragraph(paragraph, expected):
    assert career_paragraph(paragraph) is expected


CASES = [
    (_ANNOUNCE + "Tom Hale served as Deputy Director of the Trade Office from 2011 to 2015. Previously, he "
     "negotiated with Ruritania on behalf of the fishing fleet.", []),
    (_ANNOUNCE + "Anna Berg previously served as counsel to the committee, where she worked with Japan on "
     "export rules. She is a graduate of Westbrook College.", []),
    # the same acts in a news story (no post announced) stay events
    ("Tom Hale served as Deputy Director of the Trade Office from 2011 to 2015. Previously, he "
     "met with Prime Minister Kenji Sato of Japan in Tokyo.", [("CONSULT", "Tom Hale", "Kenji Sato")]),
    # the announcement's own news in a biography paragraph stays
    (_ANNOUNCE + "Tom Hale served as envoy from 2011 to 2015. Previously, he worked as a lawyer. Today "
     "President Maria Lopez also met Prime Minister Kenji Sato of Japan.", [("CONSULT", "Maria Lopez", "Kenji Sato")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", CASES, ids=[f"c{i}" for i in range(len(CASES))])
def test_career_acts_are_no_events(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    _check(extract_events(doc, entities=entities, roles=roles, dates=dates), expected)
