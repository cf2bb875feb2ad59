"""Events named by nouns (round 26): diplomatic engagement, executions, murder and torture,
audiences, exchanges of views or fire, the lifting or easing of restrictions, asset and aid
freezes, blacklisting, recalls of envoys, intelligence sharing and onslaughts (lexicon entries
with a source each), and a measure or count before an event noun
("two days of meetings with X", :mod:`pipeline.events.measured_acts`).

Sentences are invented for these tests in the style of wire reports and readouts; the people are
fictional, none comes from the development or evaluation texts.
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

NOUN_CASES = [
    # a diplomatic-channel modifier makes an engagement a consultation
    ("Chile said its diplomatic engagement with Peru would continue.", [("CONSULT", "CHL", "PER")]),
    ("Norway stepped up its diplomatic engagement with Kenya this year.", [("CONSULT", "NOR", "KEN")]),
    # ... an engagement of another kind is none
    ("The ministry praised the engagement of young volunteers in the clean-up.", []),
    ("The couple announced their engagement on Sunday.", []),
    # ... and a bilateral engagement is mostly a standing relationship, not a contact
    ("Norway expanded its bilateral engagement with Kenya.", []),
    # an execution of captives is an assault; carrying out a plan is not
    ("Chile condemned Iran's execution of two prisoners.", [("ACCUSE", "CHL", "IRN"), ("ASSAULT", "IRN", None)]),
    ("The execution of the reform plan took two years.", []),
    # murder and torture: the act, whoever did it
    ("The murder of journalist Tomas Varga shocked the country.", [("ASSAULT", None, "Tomas Varga")]),
    ("The murder trial of the former officer opened on Monday.", []),
    ("Chile condemned the torture of detainees by Peru's prison guards.", [("ACCUSE", "CHL", "PER"), ("ASSAULT", "PER", None)]),
    # an audience with someone is a formal meeting
    ("Pope Clement granted an audience to President Ilse Marwitz on Friday.", [("CONSULT", "Pope Clement", "Ilse Marwitz")]),
    ("The speech drew a large audience in Lima.", []),
    # an exchange is read from what is exchanged
    ("Foreign Minister Ana Novak and Foreign Minister Lars Berg had an exchange of views on the Arctic.",
     [("CONSULT", "Ana Novak", "Lars Berg")]),
    ("The stock exchange fell sharply on Monday.", []),
    # lifting, easing or relaxing a restriction concedes
    ("The European Union approved the lifting of sanctions on Syria's central bank.", [("CONCEDE", "European Union", None)]),
    ("Sudan announced the easing of restrictions on aid convoys.", [("CONCEDE", "SDN", None)]),
    ("Analysts expect an easing of inflation next year.", []),
    # a freeze of holdings or aid is a sanction; a hiring freeze is none
    ("The United States announced an asset freeze on Venezuelan officials.", [("SANCTION", "USA", "VEN")]),
    ("The ministry announced a hiring freeze on Monday.", []),
    # blacklisting, recalling envoys, severing ties: reductions of relations
    ("Chile's blacklisting of Peruvian fishing firms angered Lima.", [("SANCTION", "CHL", "PER")]),
    ("Peru's recall of its ambassador from Chile deepened the rift.", [("SANCTION", "PER", "CHL")]),
    ("The carmaker's recall of 40,000 vehicles began on Monday.", []),
    # sharing information is cooperation; sharing burdens is not an act between parties
    ("Estonia's intelligence sharing with Finland has expanded.", [("COOPERATE", "EST", "FIN")]),
    ("Burden sharing remains a sore point inside the alliance.", []),
    # an onslaught is an attack
    ("Russia's onslaught on Avdiivka continued for weeks.", [("ASSAULT", "RUS", "Avdiivka")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", NOUN_CASES, ids=[c[0][:50] for c in NOUN_CASES])
def test_event_nouns(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    _check(extract_events(doc, entities=entities, roles=roles, dates=dates), expected)


MEASURE_CASES = [
    # a measure or count before the noun: the noun's phrase takes the measure's place
    ("Chilean Foreign Minister Ana Novak came to Lima for two days of meetings with Peru's foreign minister.",
     [("CONSULT", "Ana Novak", "PER")]),
    ("During two rounds of talks with Peru, Chile raised the border dispute.", [("CONSULT", "CHL", "PER")]),
    ("After a week of negotiations with Peru, Chile announced a trade deal.",
     [("CONSULT", "CHL", "PER"), ("AGREE", "CHL", "PER")]),  # (the deal with the opening talks' other side: round 62)
    # ... a measure of something that is no act changes nothing
    ("During two days of rain, Chile closed its ports.", []),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", MEASURE_CASES, ids=[c[0][:50] for c in MEASURE_CASES])
def test_measured_acts(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    _check(extract_events(doc, entities=entities, roles=roles, dates=dates), expected)
