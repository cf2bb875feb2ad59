"""First-person government statements: acts performed by saying them, the author joined by a
co-signer, victims in the possessive, and words that look like triggers but are not.

Invented sentences (not copied from any gold text or stress document).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

TITLE = "Statement from President Maria Lopez on Recent Events\n\n"
"""a statement title: who "I" is (the author) and, through the office-holder table or the
roles, whose government "we" is"""

STATEMENT_CASES = [
    # a first-person wish to thank, praise, congratulate or condemn is the act itself
    ("I want to thank Senator Paul Novak for his tireless work on the bill.", [("SUPPORT", "Maria Lopez", "Paul Novak")]),
    ("We would like to congratulate Prime Minister Anna Berg of Sweden on her victory.",
     [("SUPPORT", "USA", "Anna Berg")]),
    ("I wish to express my deep condolences to the people of Chile.", [("SUPPORT", "Maria Lopez", "CHL")]),
    # ... but not a wish to do something else, a negated wish, or someone else's wish
    ("I want to visit Chile next spring.", []),
    ("I do not want to praise Senator Paul Novak today.", []),
    ("Senator Paul Novak wants to thank the governor.", []),
    # "X and I": the statement's author acts, whoever joins him
    ("Carlos and I send our condolences to the Novak family.", [("SUPPORT", "Maria Lopez", "Novak")]),
    ("My husband and I congratulate Prime Minister Anna Berg of Sweden.", [("SUPPORT", "Maria Lopez", "Anna Berg")]),
    # messages of sympathy and goodwill sent or extended: SUPPORT (and a noun coordinated
    # under the light verb counts as its object does)
    ("Carlos and I send our love and our prayers to the families in Valparaiso.", [("SUPPORT", "Maria Lopez", None)]),
    ("I extend my warmest wishes to everyone celebrating Diwali.", [("SUPPORT", "Maria Lopez", None)]),
    ("I offer my congratulations to President Ali Hassan of Kenya.", [("SUPPORT", "Maria Lopez", "Ali Hassan")]),
    ("The senator expressed the wish that the talks would succeed.", []),
    # a first-person pledge to the speaker's own country or its places is rhetoric, not a
    # second party's event; a pledge to another country stays
    ("I will always fight for America's working families.", []),
    ("I am fighting for Ohio and for every town like the ones I grew up in.", []),
    ("I will keep fighting for Ukraine.", [("AGREE", "Maria Lopez", "UKR")]),
    # an act looked forward to is planned, as with "will": a cooperative one is AGREE; an
    # unnamed "the President" stays the government (the invented author is in no table of US
    # presidents, so her title gives no US head of state to name him by)
    ("The President looks forward to welcoming Prime Minister Anna Berg of Sweden on Friday.",
     [("AGREE", "USA", "Anna Berg")]),
    ("We look forward to working with Kenya on health security next month.", [("AGREE", "USA", "KEN")]),
    ("The President looks forward to hosting Prime Minister Anna Berg in the near future.", []),
    ("He looks forward to welcoming members of Congress to the Oval Office.", []),
    ("The senator does not look forward to meeting Anna Berg.", []),
    # a by-phrase makes a verb passive even when the parser gives it no passive subject: its
    # doer is the by-phrase, never the speaker the clause is coordinated with
    ("I had the honor of meeting Ana Ruiz, who was a child when her village was raided, looted, and burned by "
     "a violent mob.", []),  # (no ASSAULT by the speaker; the mob is no named party)
    # "our Administration" is the speaker's government
    ("Last year our Administration provided relief to Ecuador.", [("AID", "USA", "ECU")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", STATEMENT_CASES, ids=[c[0][:48] for c in STATEMENT_CASES])
def test_statement_acts(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(TITLE + text, title=TITLE.strip(), country="USA")
    _check(extract_events(doc, entities=entities, roles=roles, dates=dates, home_country="USA"), expected)


WORD_CASES = [
    # the possessor of "his abduction" is the victim: no actor unless a by-phrase names one
    ("Ten years on, we still demand answers about his abduction.", []),
    ("We mark the anniversary of Tom Reyes's detention.", []),
    ("His kidnapping by Hezbollah shocked the nation.", [("ASSAULT", "Hezbollah", None)]),
    ("Iran's detention of two French journalists drew protests.", [("COERCE", "IRN", "FRA")]),
    # committing a crime promises nothing
    ("Aid groups documented atrocities committed by the militia against civilians.", []),
    ("Norway committed to working with Finland on Arctic research.", [("AGREE", "NOR", "FIN")]),
    # deploying money, resources or technology moves no forces
    ("The ministry is deploying new resources in rural schools.", []),
    ("Brazil deployed troops to the northern border.", [("MOBILIZE", "BRA", None)]),
    # engaging with a named party is consultation
    ("Canada has continued to engage with Mexico through every available channel.", [("CONSULT", "CAN", "MEX")]),
    ("The agency will engage with the public on the new rules.", []),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", WORD_CASES, ids=[c[0][:48] for c in WORD_CASES])
def test_statement_words(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    _check(extract_events(doc, entities=entities, roles=roles, dates=dates), expected)


@pytest.mark.model
def test_spokesperson_statement_speaks_for_her_government(event_inputs):
    """A White House spokesperson's statement with no seat of government in its text: the
    office-holder table says whose government "we" is."""
    text = ("Statement by Press Secretary Karine Jean-Pierre on the Missile Launch\n\n"
            "We call on the DPRK to return to negotiations without delay.")
    doc, entities, roles, dates = event_inputs(text, published="2023-06-01")
    ctx = doc._.newsie_context
    events = extract_events(doc, entities=entities, roles=roles, dates=dates,
                            home_country=ctx.home_country if ctx else None)
    _check(events, [("REQUEST", "USA", "PRK")])
