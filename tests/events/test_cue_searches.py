"""The events stage's text searches written to start with a letter (a look-behind for the word
boundary instead of a leading word-boundary test, so the search skips ahead) find exactly what the
plain word-boundary patterns find."""

from __future__ import annotations

import re

import pytest

from pipeline.events import (affirmations, committed_states, gratitude, named_acts, namecalling, relation_building,
                             suppliedgoods)

SENTENCES = [
    "The ministers reaffirmed their support and Reaffirm it; she affirms, re-affirmed, affirming.",
    "xaffirm, preaffirmed and affirm_ are no words; 2affirm neither. REAFFIRM in capitals is not matched.",
    "The Summit opened. Summits, Dialogue, Talks, Consultations, the Meeting and two Meetings ended.",
    "A pre-Summit note; xTalks, _Meeting and MeetingX are no heads; talks in lower case are not either.",
    "He committed troops; uncommitted funds; committed. Xcommitted and committedly are other words.",
    "U.S.-provided tanks, EU-funded clinics, Japan-donated vaccines and x.-gifted pens; aB-supplied.",
    "Ümit-funded schools and 9A-financed roads; the Kenya-supplied grain arrived.",
    'He called them "thugs"; she calls it \u201ca farce\u201d; recalled "x"; calling \u2018liars\u2019.',
    "Call me later. They called. Callers said 'no'.",
    "Both sides vowed to Deepen ties, STRENGTHEN trade, re-expand aid and revitalise, revitalize, bolster links.",
    "An unexpanded xdeepen, _cement and 3broaden are no cues; Enhancing, solidifying and Reinvigorated are.",
    "We are grateful, truly THANKFUL; ungrateful and thankfully are other words, and so is grateful_ly.",
    "",
]


@pytest.mark.parametrize(("pattern", "plain"), [
    (affirmations._CUE, r"\b(?:[Rr]e)?[Aa]ffirm(?:s|ed|ing)?\b"),
    (named_acts._CUE, r"\b(?:Summit|Dialogue|Talks|Consultations|Meeting|Meetings)\b"),
    (committed_states._CUE, r"\bcommitted\b"),
    (suppliedgoods._CUE, r"\b[A-Z][\w.]*-(?:provided|donated|supplied|funded|financed|gifted)\b"),
    (namecalling._CALL, r"\b[Cc]all(?:s|ed|ing)?\b"),
    (relation_building._CUE, re.compile(
        r"\b(?:deepen|strengthen|expand|broaden|enhanc|bolster|reinvigorat|revitali[sz]|solidif|cement)\w*", re.I)),
    (gratitude._CUE, re.compile(r"\b(?:grateful|thankful)\b", re.I)),
])
@pytest.mark.parametrize("sentence", SENTENCES)
def test_cue_search_finds_what_the_word_boundary_pattern_finds(pattern, plain, sentence):
    assert [m.span() for m in pattern.finditer(sentence)] == [m.span() for m in re.finditer(plain, sentence)]
