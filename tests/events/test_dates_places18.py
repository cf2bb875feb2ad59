"""Events: when and where, from beyond the act's own clause (round 18).

The acts a readout reports of a dated meeting happened at that meeting; a date written inside
a phrase the act governs is not the act's; a date on a word governing the act's clause is; an
attack on a place happened there; an act done on a visit happened where the visit went.

Sentences are invented for these tests (fictional names, generic wording); none comes from the
development or evaluation texts. Each row: text, then (trigger word, expected date value,
expected location) for the events the text must yield with that trigger (None: unstated).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

PUBLISHED = "2024-05-01"

CASES = [
    # a readout: what the participants did at a meeting held today is dated and placed there
    ("President Ana Ruiz met today with Prime Minister Jan Novak in Lisbon. President Ruiz "
     "thanked Prime Minister Novak for his leadership. She condemned Arcadia's missile tests.",
     [("met", "2024-05-01", "PRT"), ("thanked", "2024-05-01", "PRT"), ("condemned", "2024-05-01", "PRT")]),
    # ... but what someone else did is not an act of the meeting, nor what they will do later
    ("President Ana Ruiz spoke today with Prime Minister Jan Novak. The two leaders will "
     "discuss trade at the summit in June.",
     [("spoke", "2024-05-01", None)]),
    # an old consultation named in passing is no occasion: the acts after it stay undated
    ("President Ana Ruiz and Prime Minister Jan Novak spoke by phone in 2019. President Ruiz "
     "praised Chile's mediation.",
     [("praised", None, None)]),
    # a date inside the object ("the 12 March statement") or in a clause the act governs ("for
    # hosting the forum in February") dates that thing, not the act
    ("Chancellor Karl Weber welcomed the 12 March statement by the Nordic ministers.",
     [("welcomed", None, None)]),
    ("Minister Ana Ruiz thanked Norway for hosting the donor forum in February.",
     [("thanked", None, None)]),
    # ... but an agreement named by its year was made then
    ("Nepal signed the 2006 peace accord with the rebels.", [("signed", "2006", None)]),
    # a date on the word governing the act's clause dates the act; a date fronted before two
    # verbs sharing a subject dates both
    ("Today, Minister Ana Ruiz is proud to announce $40 million in humanitarian assistance for Sudan.",
     [("assistance", "2024-05-01", None)]),
    ("The African Union on Tuesday condemned the raid and called on both sides to talk.",
     [("condemned", "2024-04-30", None), ("called", "2024-04-30", None)]),
    # ... not a date of saying over the act said to have happened (reported speech)
    ("On Tuesday, Kenya said Arcadian troops had attacked a village in 2021.",
     [("attacked", "2021", None)]),
    # ... nor a verb's date over a phrase of another time beside it
    ("The Senate passed a bill on Friday, after a late-night deal between Senator Ana Ruiz and "
     "Senator Jan Novak.", [("deal", None, None)]),
    # an attack on a country or town was fought there; one on a group names no place
    ("Arcadia's invasion of Ukraine continues.", [("invasion", None, "UKR")]),
    ("Arcadia launched strikes against the rebels.", [("strikes", None, None)]),
    # an act done during a visit to a place was done there; a trip's purpose where it goes;
    # a host receives a state visit at home
    ("Minister Andrew Cole announced $20 million in aid during a visit to Malawi.",
     [("aid", None, "MWI")]),
    ("President Ana Ruiz will travel to Lima, Peru to meet with President Jorge Salas.",
     [("meet", None, "PER")]),
    ("President Ana Ruiz of Chile welcomed President Jorge Salas of Peru for a State Visit.",
     [("welcomed", None, "CHL")]),
    ("Secretary Maria Lopez traveled to Kenya, Ghana and Senegal.",
     [("traveled", None, "KEN"), ("traveled", None, "GHA"), ("traveled", None, "SEN")]),
    # an act on the margins of a gathering was done where the gathering was
    ("Minister Ana Ruiz met with Minister Jan Novak on the sidelines of the G20 summit in New Delhi.",
     [("met", None, "IND")]),
    # a withdrawal from a country happened there
    ("Norway withdrew its transport planes from Mali in 2021.", [("withdrew", "2021", "MLI")]),
    # an act a readout dates otherwise was done on another occasion, not at the meeting
    ("President Ana Ruiz met today with Prime Minister Jan Novak in Lisbon. Prime Minister Novak "
     "signed the treaty with Spain in 2019.",
     [("met", "2024-05-01", "PRT"), ("signed", "2019", None)]),
    # a time of day is cut to its day
    ("President Ana Ruiz spoke this morning with Chancellor Karl Weber.", [("spoke", "2024-05-01", None)]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:48] for c in CASES])
def test_dates_and_places(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text, published=PUBLISHED)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    got = [(e.trigger.text, e.date_value, e.location) for e in events]
    for want in expected:
        assert want in got, got
        got.remove(want)
