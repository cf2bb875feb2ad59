"""Events: review of the round-18 date and place post-passes (reviewfix18c).

* An act the text puts before a dated meeting (the pluperfect, "had accused") was not done at
  that meeting, nor one it sets days off the meeting ("Two weeks later, X imposed"): it takes
  neither the meeting's date nor its place (:mod:`pipeline.events.readout_occasions`).
* "on" after a verb of speaking about or judging something names the topic ("briefed X on her
  trip to Taiwan", "congratulated Y on his visit to China"), not the journey the act was done
  on: the act is not placed where that journey went (:mod:`pipeline.events.visit_places`).

Sentences are invented (fictional names, generic wording). Each row: text, then (trigger word,
expected date value, expected location) the text must yield (None: unstated).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

PUBLISHED = "2024-05-01"

CASES = [
    # the pluperfect tells of an act before the meeting: not dated or placed at it
    ("President Ana Ruiz met Prime Minister Jan Novak in Paris on Monday. President Ruiz had "
     "previously accused Novak of election fraud.",
     [("met", "2024-04-29", "FRA"), ("accused", None, None)]),
    ("President Ana Ruiz met Prime Minister Jan Novak in Paris on Monday. Ruiz had criticised "
     "Novak's government repeatedly.",
     [("criticised", None, None)]),
    # ... an act in the simple past after the meeting is the meeting's
    ("President Ana Ruiz met Prime Minister Jan Novak in Paris on Monday. President Ruiz "
     "accused Novak of election fraud.",
     [("accused", "2024-04-29", "FRA")]),
    # an act the text sets a span of days after (or before) the meeting was not done at it
    ("President Ana Ruiz met Prime Minister Jan Novak in Paris on Monday. Two weeks later, "
     "President Ruiz imposed sanctions on Arcadia.",
     [("sanctions", None, None)]),
    ("President Ana Ruiz met Prime Minister Jan Novak in Paris on Monday. The next day, "
     "President Ruiz imposed sanctions on Arcadia.",
     [("sanctions", "2024-04-30", None)]),
    # ... an act the text reports after the meeting without moving it was done there
    ("President Ana Ruiz met Prime Minister Jan Novak in Paris on Monday. President Ruiz "
     "imposed sanctions on Arcadia.",
     [("sanctions", "2024-04-29", "FRA")]),
    # "on" naming the topic of a verb of speaking or judging is not a journey the act was done on
    ("Senator Ana Ruiz briefed President Jorge Salas on her trip to Taiwan.",
     [("briefed", None, None)]),
    ("Minister Ana Ruiz congratulated President Jorge Salas on his visit to China.",
     [("congratulated", None, None)]),
    # ... but an act done during a visit, or on one, was done where it went
    ("Minister Ana Ruiz announced new sanctions on Arcadia during her visit to Japan.",
     [("sanctions", None, "JPN")]),
    ("Minister Ana Ruiz praised President Jorge Salas during a visit to Kenya.",
     [("praised", None, "KEN")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:48] for c in CASES])
def test_reviewfix18c_dates_and_places(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text, published=PUBLISHED)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    got = [(e.trigger.text, e.date_value, e.location) for e in events]
    for want in expected:
        assert want in got, got
        got.remove(want)
