"""Events: first-person actors of remarks whose one speaker the text never names (round 21).

A transcript that is one speaker's remarks under a label naming no one the text names ("THE VICE
PRESIDENT:" over the whole text) reads its "we" as an unlabelled statement does
(:func:`pipeline.events.turns.unnamed_monologue`, :func:`pipeline.events.firstperson.first_person_country`);
a meeting with the rank and file of the forces is no consultation (the ``private_people`` class);
consulting "with" allies or counterparts it does not name is a consultation
(:func:`pipeline.events.speech_scope.unnamed_partners`). The
sentences are written for these tests; none comes from the development or evaluation texts.
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events
from pipeline.events.turns import Turn, Turns, unnamed_monologue

from .test_event_classes import _check


def _turns(*labels: str, speaker=None) -> Turns:
    return Turns([Turn(start=i * 10, label=lab, speaker=speaker, question=lab == "Q")
                  for i, lab in enumerate(labels)])


@pytest.mark.parametrize("labels, speaker, expected", [
    (("THE VICE PRESIDENT",), None, True),
    (("THE PRESIDENT", "THE PRESIDENT"), None, True),
    # two speakers, or a reporter's questions: each speaker's "we" is his own
    (("THE PRESIDENT", "PRIME MINISTER"), None, False),
    (("THE PRESIDENT", "Q"), None, False),
    # a speaker the label names: his own government decides, not a count
    (("THE PRESIDENT",), object(), False),
    ((), None, False),
])
def test_unnamed_monologue(labels, speaker, expected):
    assert unnamed_monologue(_turns(*labels, speaker=speaker)) is expected


CASES = [
    # one unnamed speaker under an office label: "we" is the country named as acting next to "we"
    ("THE VICE PRESIDENT:  Today, at my direction, Chilean naval forces conducted an exercise off the coast. "
     "Chile will defend its waters, as I said yesterday, and our ships patrol with Peru. "
     "Last week, we condemned the smugglers' attack on the port.",
     [("MOBILIZE", "CHL", None), ("ACCUSE", "CHL", None)]),
    # two speakers: the count over the whole text says nothing about either one's "we"
    ("THE PRESIDENT:  Today, at my direction, Chilean naval forces conducted an exercise off the coast. "
     "Chile will defend its waters, as I said yesterday.\n\nTHE PRIME MINISTER:  Thank you.  "
     "Last week, we condemned the smugglers' attack on the port.",
     [("MOBILIZE", "CHL", None)]),
    # a meeting with soldiers is a visit to the forces, no consultation between parties
    ("Yesterday the Chilean defence minister met with soldiers stationed near the border.", []),
    ("The Chilean defence minister met with the troops at the naval base in Valparaiso.", []),
    # ... a meeting with a named counterpart still is
    ("The Chilean defence minister met with Peruvian Defence Minister Walter Astudillo.",
     [("CONSULT", "CHL", "PER")]),
    # consulting "with" states described but not named is a consultation, its other side left null
    ("After consulting closely with its allies and partners, Chile withdrew its navy from the strait.",
     [("CONSULT", "CHL", None), ("RETREAT", "CHL", None)]),
    ("Chile conferred with its counterparts in the region before the vote.", [("CONSULT", "CHL", None)]),
    # ... what is discussed is only the topic
    ("Chile discussed the recent decisions of the region.", []),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", CASES, ids=["monologue", "two speakers", "soldiers", "troops", "counterpart", "allies", "counterparts", "topic"])
def test_first_person_events(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    _check(extract_events(doc, entities=entities, roles=roles, dates=dates), expected)


# An untitled excerpt whose "I" the text never names: the speaker acts for the home government,
# recorded by its ISO3 as "we" is (round 24); a named author keeps his own name.
UNNAMED_I = [
    ("I spoke yesterday with President Ana Silva of Portugal about the crisis.", "USA", "CONSULT"),
    ("Last week I met with Foreign Minister Jean Dubois of France in Paris.", "USA", "CONSULT"),
    ("I ordered the deployment of more soldiers to Poland this week.", "USA", "MOBILIZE"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, actor_name, typ", UNNAMED_I, ids=["spoke", "met", "ordered"])
def test_unnamed_i_is_home_government(event_inputs, text, actor_name, typ):
    doc, entities, roles, dates = event_inputs(text)
    events = [e for e in extract_events(doc, entities=entities, roles=roles, dates=dates, home_country="USA")
              if e.type == typ]
    assert events and all(e.actor is None and e.actor_name == actor_name and e.actor_country == "USA"
                          for e in events), events
