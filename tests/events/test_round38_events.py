"""Round 38: a list of titled names that the parser breaks twice ("A, Minister B and Minister C":
B a modifier of the apposition C) keeps every member; a briefing transcript's lower-case "the
vice president" is the home government's office as "the president" is; people "in", "at" or
"within" a named body are that body's, as people "from" it are ("officials at the Treasury");
recognising a party's work, leadership or generosity praises that party (SUPPORT), and
recognising a merit no named party owns ("the contributions of small businesses") is no event;
aid sent "to A, B and C" (or "to countries including A and B") is one event per recipient;
cooperation "between A, B and C" is A's with B and with C; "the hostages held by X" is X's
detention, as "X held them hostage" is.

Invented sentences (not copied from any gold text or stress document).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import check_typed

CASES = [
    # three titled names: the middle one is parsed as a modifier of the last one's apposition
    ("Secretary Vega met with Defense Minister Rojas, Defense Minister Sanz and Defense Minister Okafor in Lima.",
     "CONSULT", [("CONSULT", "Vega", "Rojas"), ("CONSULT", "Vega", "Sanz"), ("CONSULT", "Vega", "Okafor")]),
    # people in or at a named body are its people; in a place they are only there
    ("Officials at the Chilean Foreign Ministry met with their Peruvian counterparts in Lima.", "CONSULT",
     [("CONSULT", "CHL", "PER")]),
    # recognising a party's merit praises the party; a merit no one named owns is no event
    ("President Luis Vega recognized the leadership of President Ana Rojas of Peru.", "SUPPORT",
     [("SUPPORT", "Luis Vega", "Ana Rojas")]),
    ("Chile recognizes the longstanding generosity of Peru.", "SUPPORT", [("SUPPORT", "CHL", "PER")]),
    ("President Luis Vega recognized the contributions of small businesses.", "SUPPORT", []),
    ("President Luis Vega recognized the importance of the alliance with Peru.", "SUPPORT", []),
    # aid to each member of a coordinated "to" object, or of an "including" list, is one event each
    ("Chile provided humanitarian assistance to Peru and Bolivia last year.", "AID",
     [("AID", "CHL", "PER"), ("AID", "CHL", "BOL")]),
    ("Chile has sent vaccines to Peru, Bolivia and Ecuador.", "AID",
     [("AID", "CHL", "PER"), ("AID", "CHL", "BOL"), ("AID", "CHL", "ECU")]),
    ("Chile has sent two million doses to countries including Peru, Bolivia and Ecuador.", "AID",
     [("AID", "CHL", "PER"), ("AID", "CHL", "BOL"), ("AID", "CHL", "ECU")]),
    # cooperation "between" three or more parties: the first with each of the others
    ("Chile has undertaken close cooperation between Chile, Peru, and Bolivia.", "COOPERATE",
     [("COOPERATE", "CHL", "PER"), ("COOPERATE", "CHL", "BOL")]),
    ("The cooperation between Chile and Peru has grown.", "COOPERATE", [("COOPERATE", "CHL", "PER")]),
    # "hold ... hostage" with the hostages written before the verb, as a participle's or a
    # relative clause's noun: the holder detains them
    ("Chile said the hostages held by Hamas are in poor health.", "COERCE", [("COERCE", "Hamas", None)]),
    ("The talks held by Chile and Peru ended on Monday.", "COERCE", []),
    # review (round 38): the subject of the next clause is no list member; "aid" as the object of
    # "sent" reaches the list on the verb; officials at a forum are no one's; a merit shown in a
    # place is not the place's; a cooperation another act has as its topic is not split
    ("Chile sent weapons to Peru and Bolivia condemned the move.", "AID", [("AID", "CHL", "PER")]),
    ("Chile sent aid to Peru and Bolivia.", "AID", [("AID", "CHL", "PER"), ("AID", "CHL", "BOL")]),
    ("Diplomats at the United Nations criticized Peru.", "ACCUSE", []),
    ("President Luis Vega recognized the service of Chilean troops in Peru.", "SUPPORT", []),
    ("Chile discussed cooperation between Peru, Bolivia and Ecuador.", "COOPERATE", [("COOPERATE", "PER", "BOL")]),
    # a promise of aid to several parties stays one act (AGREE is not split)
    ("Chile will provide aid to Peru and Bolivia.", "AGREE", [("AGREE", "CHL", "PER")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, typ, expected", CASES, ids=[f"{c[1]}:{c[0][:44]}" for c in CASES])
def test_round38_event_classes(event_inputs, text, typ, expected):
    check_typed(event_inputs, text, typ, expected)


BRIEFING = ("Press Briefing by Press Secretary Luz Reyes\n\nMS. REYES:  Good afternoon.  The president will "
            "travel to Lima on Monday.  The vice president is also going to have a meeting with President Ana "
            "Rojas of Peru tomorrow.\n\nQ    Thank you.\n")


@pytest.mark.model
def test_lower_case_vice_president_in_a_briefing(event_inputs):
    # the vice president is the home government's office, as the president is; not the President
    doc, entities, roles, dates = event_inputs(BRIEFING, title="Press Briefing by Press Secretary Luz Reyes",
                                               country="CHL")
    events = extract_events(doc, entities=entities, roles=roles, dates=dates, home_country="CHL")
    meeting = [e for e in events if e.trigger.text == "meeting"]
    assert [(e.type, e.actor_name, e.actor_country, e.recipient_name) for e in meeting] == [
        ("AGREE", "CHL", "CHL", "Ana Rojas")]
