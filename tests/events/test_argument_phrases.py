"""Who the phrase names: a wire dateline's city is no party; "their counterpart Jane Roe" is
her; "X's chief of staff Y" is Y; "U.S. and Thai officials" are both sides; three co-subjects of
one government are one delegation; "the attack by Azerbaijani forces" is aimed at by whom it was
done; "his talks with X" are someone else's than X's.

Invented sentences (not copied from any gold text or stress document).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

CASES = [
    # a dateline city parsed as a possessor or subject is not the actor
    ("ADEN, Yemen, March 3 (Reuters) - Oman's navy and the Yemeni coast guard agreed to hold joint patrols on "
     "Friday.", "AGREE", [("AGREE", "OMN", "YEM")]),
    ("NICOSIA (AFP) - European Union trade ministers met their Turkish counterpart Ahmet Kaya in Nicosia on "
     "Tuesday.", "CONSULT", [("CONSULT", "European Union", "Ahmet Kaya")]),
    # the appositive name after a possessor's title is the person meant
    ("Chilean President Ana Rojas's chief of staff Pedro Vidal met the Peruvian foreign minister.", "CONSULT",
     [("CONSULT", "Pedro Vidal", "PER")]),
    # coordinated nationality modifiers: the officials of both sides
    ("The Japanese and Thai officials committed to strengthen maritime cooperation.", "AGREE",
     [("AGREE", "JPN", "THA")]),
    ("The talks between Indian and Chinese officials ended on Friday.", "CONSULT", [("CONSULT", "IND", "CHN")]),
    ("Indian and Chinese officials held talks in Ladakh on Friday.", "CONSULT", [("CONSULT", "IND", "CHN")]),
    # a state's forces named as the agent of the act condemned
    ("Prime Minister Lena Berg condemned the shelling by Azerbaijani armed forces.", "ACCUSE",
     [("ACCUSE", "Lena Berg", "AZE")]),
    # "his talks with X" are not X's own
    ("President Omar Diallo spoke about human rights on Monday. Diallo has been clear in his earlier talks with "
     "John Mensah.", "CONSULT", [("CONSULT", "Omar Diallo", "John Mensah")]),
    # a bare title is not the counterpart the clause names, though his is the nearest such role
    ("President Ana Rojas of Peru will receive President Luis Arce of Bolivia on Friday. On trade, the President has been firm in "
     "her earlier talks with Luis Arce.", "CONSULT", [("CONSULT", "Ana Rojas", "Luis Arce")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, typ, expected", CASES, ids=[c[0][:48] for c in CASES])
def test_argument_phrase(event_inputs, text, typ, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == typ], expected)


@pytest.mark.model
def test_three_officials_are_one_side(event_inputs):
    doc, entities, roles, dates = event_inputs(
        "Secretary Ann Lee, Director Bo Park, and Adviser Cy Moon met with a dozen union leaders on Monday.")
    (event,) = [e for e in extract_events(doc, entities=entities, roles=roles, dates=dates) if e.type == "CONSULT"]
    assert event.actor_name == "Ann Lee" and event.recipient_name is None, event


@pytest.mark.parametrize("text, dateline", [
    ("ADEN, Yemen, March 3 (Reuters) - Oman's navy said", "ADEN, Yemen, March 3 (Reuters) - "),
    ("Talks stall in Vienna\n\nVIENNA (AP) — Negotiators left", "VIENNA (AP) — "),
    ("LIMA -- Police said", "LIMA -- "),
    ("The minister said on Monday - in a statement - that", ""),
    ("Statement by the Press Secretary\n\nToday the President spoke with", ""),
])
def test_dateline_span(text, dateline):
    from pipeline.events.text import dateline_span

    start, end = dateline_span(text)
    assert text[start:end] == dateline


@pytest.mark.model
def test_you_of_a_two_speaker_transcript(event_inputs):
    """In remarks by two leaders, "you" in one's turn is the other."""
    doc, entities, roles, dates = event_inputs(
        "Remarks by Prime Minister Anna Lind and President Joao Silva Before Their Meeting\n\n"
        "PRIME MINISTER LIND:  Good morning. Mr. President, I welcome you to Stockholm.\n\n"
        "PRESIDENT SILVA:  Thank you very much, Madam Prime Minister.")
    # (welcoming someone to a place is hosting the visit, CONSULT: :mod:`pipeline.events.welcomes`)
    (event,) = [e for e in extract_events(doc, entities=entities, roles=roles, dates=dates) if e.type == "CONSULT"]
    assert event.actor_name == "Anna Lind" and event.recipient_name == "Joao Silva", event
