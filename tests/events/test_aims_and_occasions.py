"""Events in government statements: aims, planned meetings, occasions and terms that are no acts.

Invented sentences (fictional or generic, not copied from any text).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

FUTURE_CURLY_CASES = [
    # the curly "we’ll" of published transcripts is the future, as "we'll" and "will" are
    ("Chile and Peru said: “we’ll hold talks on the border next month.”", []),  # (quoted: skipped)
    ("Chilean President Maria Lopez said she\u2019ll send aid to Peru next week.", [("AGREE", "Maria Lopez", "PER")]),
    ("Chilean President Maria Lopez said she'll send aid to Peru next week.", [("AGREE", "Maria Lopez", "PER")]),
    ("Chilean President Maria Lopez sent aid to Peru last week.", [("AID", "CHL", "PER")]),
]

UNREAL_MEETING_CASES = [
    # a meeting a participle or adjective makes planned or next has not taken place
    ("The talks prepared the ground for a planned Chile-Peru summit.", []),
    ("Chile and Peru look forward to the next Andean Leaders Summit hosted by Bolivia in 2030.", []),
    ("Chile and Peru look forward to the next meeting of foreign ministers hosted by Bolivia.", []),
    # one that took place stays
    ("Chilean President Maria Lopez hosted President Jorge Mendez of Peru in Santiago on Monday.",
     [("CONSULT", "Maria Lopez", "Jorge Mendez")]),
]

HOSTED_MEETING_CASES = [
    # "talks hosted by X": one consultation, the talks, not a second one for the hosting
    ("Chilean Foreign Minister Ana Torres expressed support for talks hosted by Bolivian President Luis Vargas.",
     [("SUPPORT", "Ana Torres", None), ("CONSULT", "Luis Vargas", None)]),
]

OCCASION_CASES = [
    # hosting a dinner or an award ceremony consults no one; welcoming spring or an anniversary
    # supports no one
    ("The First Lady hosted a dinner for the state governors at the White House.", []),
    ("The Vice President hosted the annual Chilean Heritage Award at her residence.", []),
    ("As we welcome the season of spring, the Chilean embassy has opened its gardens.", []),
    ("Chilean President Maria Lopez welcomed the tenth anniversary of the Andean Charter.", []),
    # welcoming a decision or a visitor is still an act
    # (the decided reopening is an act of its own: easing a restriction on movement, CONCEDE)
    ("Chilean President Maria Lopez welcomed Peru's decision to reopen the border.",
     [("SUPPORT", "Maria Lopez", "PER"), ("CONCEDE", "PER", None)]),
]

TERM_CASES = [
    # an "early warning" system or mechanism monitors; it threatens no one
    ("Chile and Peru completed a joint early warning mechanism for floods.", []),
    ("Chile issued a warning to Peru over the border incursion.", [("THREATEN", "CHL", "PER")]),
]

AIM_CASES = [
    # "to support" a thing in a purpose clause, or as what someone else is to do, states an aim
    ("The Chilean ministry has hired engineers to support the ongoing training of rural police.", []),
    # (rallying the countries is itself an appeal to them: REQUEST, test_type_senses15.py; their support is the aim)
    ("Chile has rallied 30 countries to support its new guidelines on mining.", [("REQUEST", "CHL", None)]),
    ("Chile welcomed the new river plan to support efforts to protect wetlands.", [("SUPPORT", "CHL", None)]),
    # backing a named party, or one's own act of support, stays
    ("The Chilean Foreign Minister travelled to Lima to support Peru.", [("CONSULT", "CHL", "PER"), ("SUPPORT", "CHL", "PER")]),
    # supporting guidelines that name no party is a policy stance (round 25, policystances.partyless_support:
    # the development gold and the pools' judged events code no event there)
    ("Chile supports the new guidelines on mining.", []),
]

FREQUENCY_CASES = [
    ("Chilean and Peruvian envoys meet together on a regular basis.", []),
    ("Chilean and Peruvian envoys met in Lima on Monday.", [("CONSULT", "CHL", "PER")]),
]

IMPORTANCE_CASES = [
    # "the importance of X" values X; it does not report it
    ("Chilean President Maria Lopez stressed the importance of cooperating with Peru on water.", []),
    ("Chilean President Maria Lopez said Chile was cooperating with Peru on water.", [("COOPERATE", "CHL", "PER")]),
]

PENDING_CASES = [
    # a time clause in the present sets a time to come; "let us" proposes
    ("When I call on you, please state what outlet you are with.", []),
    # ... and a promise waiting on an undated "once/when" clause is conditional: no event (talk.py)
    ("Chile will send aid to Peru once Peru asks Bolivia for help.", []),
    ("Today, let us recommit to the work of peace with Peru.", []),
    # a past time clause reports
    ("When President Maria Lopez of Chile visited Lima, she met President Jorge Mendez of Peru.",
     [("CONSULT", "Maria Lopez", "PER"), ("CONSULT", "Maria Lopez", "Jorge Mendez")]),
]

SETTING_CASES = [
    # a meeting that is the setting of a clause in the future is to come: a promise (AGREE)
    ("During her meetings with the leaders of Peru and Bolivia, Chilean Foreign Minister Ana Torres will advance "
     "coordination on water.", [("AGREE", "CHL", "PER"), ("AGREE", "CHL", "BOL")]),
]

ASKED_CASES = [
    # "asked a lot of you": how much is demanded of people, no request
    ("President Maria Lopez of Chile said she had asked a lot of the Chilean navy.", []),
    ("President Maria Lopez of Chile asked Peru for help.", [("REQUEST", "Maria Lopez", "PER")]),
]

CAPITAL_CASES = [
    # a capital letter on a common noun after a light verb ("held a Summit") is still the meeting
    ("President Maria Lopez of Chile today held a Summit with President Jorge Mendez of Peru in Lima.",
     [("CONSULT", "Maria Lopez", "Jorge Mendez")]),
]

SUPPOSED_CASES = [
    # an indefinite act as the subject of a modal clause is supposed; a definite one was done
    ("President Maria Lopez of Chile said that a further Peruvian invasion of Chile would produce suffering.", []),
    ("Any attack by Peru on Chile would trigger a response.", []),
    ("The Peruvian attack on Chile could destabilize the region.", [("ASSAULT", "PER", "CHL")]),
    # "deserve to be supported": a claim of what is owed; "spent her career committed to": a state
    ("Rural Chileans deserve to be safe and supported by the government of Peru.", []),
    ("She spent her career committed to the stable center of Chilean politics.", []),
    ("Chile committed to expand trade with Peru.", [("AGREE", "CHL", None)]),
]

PLANNED_CASES = [
    # an announced meeting told again by a noun ("her visit", "the leaders' meeting") is the one
    # promise; another meeting announced is another, and so is a future discussion ("the leaders will
    # discuss", round 24: the blind development sets code it)
    ("President Maria Lopez of Chile will welcome President Jorge Mendez of Peru on July 25 to Santiago. "
     "The leaders will discuss trade and water. Following the leaders' meeting, they will meet with the "
     "families of the miners.",
     [("AGREE", "Maria Lopez", "Jorge Mendez"), ("AGREE", "Maria Lopez", "Jorge Mendez"),
      ("AGREE", "Maria Lopez", "Jorge Mendez")]),
    ("Vice President Ana Torres of Chile will travel to Lima next week. Her visit will demonstrate the "
     "strength of the Andean partnership. She will meet with President Jorge Mendez of Peru.",
     [("AGREE", "Ana Torres", "PER"), ("AGREE", "Ana Torres", "Jorge Mendez")]),
    # after a meeting reported as done, a discussion is its content as before
    ("President Maria Lopez of Chile met President Jorge Mendez of Peru on Monday. The leaders discussed trade.",
     [("CONSULT", "Maria Lopez", "Jorge Mendez")]),
]

ANNOUNCED_CASES = [
    # a meeting announced with two named counterparts is a promise to each
    ("The Chilean Foreign Minister will meet President Jorge Mendez of Peru and President Luis Vargas of "
     "Bolivia next week.", [("AGREE", "CHL", "Jorge Mendez"), ("AGREE", "CHL", "Luis Vargas")]),
]

LEMMA_CASES = [
    # "aides" are staff (lemma "aide"), not aid
    ("President Maria Lopez of Chile designated her aides Ana Torres and Luis Vargas to lead the work.", []),
    ("Chile sent aid to Peru last week.", [("AID", "CHL", "PER")]),
]

ALL = (LEMMA_CASES + ANNOUNCED_CASES + PLANNED_CASES + SUPPOSED_CASES + CAPITAL_CASES + SETTING_CASES + ASKED_CASES + PENDING_CASES + FUTURE_CURLY_CASES + UNREAL_MEETING_CASES + HOSTED_MEETING_CASES + OCCASION_CASES + TERM_CASES + AIM_CASES
       + FREQUENCY_CASES + IMPORTANCE_CASES)


@pytest.mark.model
@pytest.mark.parametrize("text, expected", ALL, ids=[c[0][:56] for c in ALL])
def test_aims_and_occasions(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    _check(extract_events(doc, entities=entities, roles=roles, dates=dates), expected)
