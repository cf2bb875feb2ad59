"""Verb events lost or mis-typed (round 18): a stated resolve or an announced continuation of a
cooperative act (AGREE, :mod:`pipeline.events.stated_resolve`); what a vetoed text demanded is not
the vetoer's demand (:mod:`pipeline.events.resolution_content`); a cooperative act two sides agree
will happen is decided (:mod:`pipeline.events.agreed_clauses`); a cooperation launched "alongside
the leaders of X" has X as partner (:mod:`pipeline.events.launch_partners`); forces or crews sent
to rescue people or after a disaster are relief (AID, :mod:`pipeline.events.relief_deployments`);
"$5m to A, $3m to B" is one grant to each (:mod:`pipeline.events.gapped_grants`).

Invented sentences (not copied from any gold text or stress document). Each row: text, the
categories looked at, and every event of those categories as (type, actor, recipient).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

CASES = [
    # a resolve to a cooperative act, stated: AGREE by the one who states it
    ("President Maria Lopez confirmed the continuation of joint naval exercises with Peru.", ("AGREE", "COOPERATE"),
     [("AGREE", "Maria Lopez", "PER")]),
    ("President Ivan Petrov reaffirmed the readiness of Bulgaria to provide humanitarian assistance to Moldova.",
     ("AGREE", "AID"), [("AGREE", "Ivan Petrov", "MDA")]),
    ("President Jonas Berg and President Ana Ruiz announced the resumption of naval talks.", ("AGREE",),
     [("AGREE", "Jonas Berg", "Ana Ruiz")]),
    ("Chancellor Hans Weber reaffirmed Austria's willingness to ease restrictions on Serbian exports.", ("AGREE",),
     [("AGREE", "Hans Weber", None)]),
    # a resolve to a conflictual act, or a continuation of no cooperative act, promises nothing
    ("Chancellor Hans Weber reaffirmed Austria's readiness to respond to any attack on Slovenia.", ("AGREE",), []),
    ("President Maria Lopez confirmed the continuation of the fuel subsidy.", ("AGREE",), []),
    ("President Maria Lopez did not confirm the resumption of talks with Peru.", ("AGREE",), []),
    ("Officials said the continuation of talks with Peru was reaffirmed.", ("AGREE",), []),
    # a resolution's demands are the resolution's, not the vetoer's (REJECT by the vetoer only)
    ("Russia vetoed the resolution that condemned the invasion and demanded the withdrawal of troops.",
     ("REJECT", "REQUEST", "ACCUSE"), [("REJECT", "RUS", None)]),
    ("Mexico rejected a motion which criticised its border policy and called for an inquiry.",
     ("REJECT", "REQUEST", "ACCUSE"), [("REJECT", "MEX", None)]),
    # what a vetoed or rejected text demands is no act of anyone; an adopted text's is its adopter's
    ("The Security Council vetoed a resolution demanding a humanitarian pause.", ("REQUEST",), []),
    ("The Security Council adopted a resolution demanding a humanitarian pause.", ("REQUEST",),
     [("REQUEST", "Security Council", None)]),
    # a second clause of the vetoer's own keeps its act
    ("Russia vetoed the resolution and accused the West of hypocrisy.", ("REJECT", "ACCUSE"),
     [("REJECT", "RUS", None), ("ACCUSE", "RUS", None)]),
    # forces and crews sent to rescue people or after a disaster: relief
    ("After the earthquake, Chile deployed rescue helicopters and troops to the affected province.",
     ("AID", "MOBILIZE"), [("AID", "CHL", None)]),
    ("Following the floods, Bangladesh deployed army troops and boats to rescue stranded villagers.",
     ("AID", "MOBILIZE"), [("AID", "BGD", None)]),
    ("Norwegian teams are deploying quickly to support search and rescue efforts in the region.",
     ("AID", "MOBILIZE"), [("AID", "NOR", None)]),
    # deployments for security keep MOBILIZE, even after a disaster
    ("After the floods, Ecuador deployed troops to secure the border with Peru.", ("AID", "MOBILIZE"),
     [("MOBILIZE", "ECU", None)]),
    ("Pakistan deployed troops to the border with India.", ("AID", "MOBILIZE"), [("MOBILIZE", "PAK", None)]),
    # a cooperative act two sides agree will happen is decided (AGREE by its doer, as 'will' is)
    ("Mali and France agreed that French troops will leave the country by the end of the year.", ("AGREE", "RETREAT"),
     [("AGREE", "MLI", "FRA"), ("AGREE", "FRA", None)]),
    ("Chile and Peru agreed that their leaders will meet in Lima next month.", ("AGREE", "CONSULT"),
     [("AGREE", "CHL", "PER"), ("AGREE", "CHL", "PER")]),
    # a conflictual act so agreed stays the agreement's content
    ("Canada and Japan agreed that Russia would face further sanctions.", ("AGREE", "SANCTION"),
     [("AGREE", "CAN", "JPN")]),
    # a hope or a view is no agreement
    ("Analysts agreed that Chile will support Peru.", ("AGREE", "SUPPORT"), []),
    ("Mali hopes that French troops will leave the country by the end of the year.", ("AGREE", "RETREAT"), []),
    # a cooperation launched alongside the leaders of other countries has them as partners
    ("Chilean President Maria Lopez launched the Andean Water Partnership alongside the leaders of Peru and Bolivia.",
     ("COOPERATE", "AGREE"), [("COOPERATE", "Maria Lopez", "PER")]),
    ("Chilean President Maria Lopez launched the Andean Water Partnership alongside the leaders of her party.",
     ("COOPERATE", "AGREE"), []),
    # a gapped list of amounts gives each to its own party
    ("Japan has provided $20 million to Kenya, $15 million to Uganda and $10 million to Tanzania.", ("AID",),
     [("AID", "JPN", "KEN"), ("AID", "JPN", "UGA"), ("AID", "JPN", "TZA")]),
    ("Japan will give 5,000 tents to Nepal and 3,000 blankets to Bhutan.", ("AGREE", "AID"),
     [("AGREE", "JPN", "NPL"), ("AGREE", "JPN", "BTN")]),
    ("Germany gave $5 million to Chad in 2022.", ("AID",), [("AID", "DEU", "TCD")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, types, expected", CASES, ids=[f"{i}-{c[0][:40]}" for i, c in enumerate(CASES)])
def test_verb_events18(event_inputs, text, types, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type in types], expected)
