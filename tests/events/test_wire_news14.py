"""Events in wire news (round 14): quoted epithets, unattributed killings, a state body named
after its country, the refusal of a body, a joint news conference, a clash in words, an amount
"in aid" the parser hangs from the verb, a visit during another act, forces kept or rotated, and
an act under "too ... to".

Sentences are invented in the style of wire copy (fictional people; real countries and bodies);
none comes from a development, evaluation or stress text. Each row gives the text, the type
looked at, and every event of that type as (type, actor, recipient) matched against the recorded
name or ISO3 country (None: the side is null; "*": any).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events


def _side(want, name, country):
    if want == "*":
        return True
    if want is None:
        return name is None
    return want in (name, country)


def _check(events, expected) -> None:
    shown = [(e.type, e.actor_name, e.actor_country, e.recipient_name, e.trigger.text) for e in events]
    assert len(events) == len(expected), shown
    left = list(events)
    for typ, actor, recipient in expected:
        hit = next((e for e in left if e.type == typ and _side(actor, e.actor_name, e.actor_country)
                    and _side(recipient, e.recipient_name, e.recipient_country)), None)
        assert hit is not None, ((typ, actor, recipient), shown)
        left.remove(hit)


CASES = [
    # a quoted epithet after "call": its words decide criticism or praise
    ("Opposition leader Marta Kovac called the plan \"a reckless gamble\" on Monday.", "ACCUSE",
     [("ACCUSE", "Marta Kovac", "*")]),
    ("President Ivan Lazar called Prime Minister Petra Novak \"a traitor\" in a speech.", "ACCUSE",
     [("ACCUSE", "Ivan Lazar", "Petra Novak")]),
    ("President Ivan Lazar called Prime Minister Petra Novak \"a traitor\" in a speech.", "CONSULT", []),
    ("Former president Rui Alves called him \"a true patriot and a brave soldier\".", "SUPPORT",
     [("SUPPORT", "Rui Alves", "*")]),
    # ... not a negated epithet, one with no word of either kind, a name, or a restated act
    ("Senator Dana Cole called the plan \"not a threat to anyone\".", "ACCUSE", []),
    ("Senator Dana Cole called the report \"a long list of numbers\".", "ACCUSE", []),
    ("Residents call the old bridge \"the great divide\".", "SUPPORT", []),
    ("Minister Ana Lopes said Portugal calls the scheme \"Great Welcome\".", "SUPPORT", []),
    ("Minister Omar Haddad condemned the bombing, calling it \"barbaric\".", "ACCUSE",
     [("ACCUSE", "Omar Haddad", None)]),
    ("Minister Omar Haddad condemned what he called \"a cowardly provocation\".", "ACCUSE",
     [("ACCUSE", "Omar Haddad", None)]),
    ("Minister Omar Haddad rejected the report and called it \"a pack of lies\".", "ACCUSE",
     [("ACCUSE", "Omar Haddad", None)]),
    # a phone call is still one
    ("President Ivan Lazar called Prime Minister Petra Novak on Monday.", "CONSULT",
     [("CONSULT", "Ivan Lazar", "Petra Novak")]),
    # a killing of a named person, or one told by what it killed, with no attacker stated
    ("The killing of the journalist Omar Nasser in March 2022 shocked the country.", "ASSAULT",
     [("ASSAULT", None, "*")]),
    ("The union condemned the bombing of a bus station in Kano that killed at least 19 people.", "ASSAULT",
     [("ASSAULT", None, "*")]),
    ("The killing of civilians must stop, the minister said.", "ASSAULT", []),
    ("A car bomb killed 14 people in Mosul on Sunday.", "ASSAULT", [("ASSAULT", None, "*")]),
    ("A drone strike killed four fighters near Marib on Monday.", "ASSAULT", [("ASSAULT", None, "*")]),
    ("The attack killed the momentum of the peace talks.", "ASSAULT", []),
    # a verb of harm with an object hung from its subject as a participle by the parser
    ("Islamist militants killed at least 30 people in eastern Niger.", "ASSAULT", [("ASSAULT", None, "*")]),
    ("Fire killed nine people in a textile factory.", "ASSAULT", []),
    # a rescue with public money
    ("Ireland bailed out Corran Bank in 2010.", "AID", [("AID", "IRL", "*")]),
    ("Investors bailed out of stocks on Friday.", "AID", []),
    ("The Treasury injected $20 billion into Marlow Bank.", "AID", [("AID", "Treasury", "*")]),
    ("The World Bank lent Ghana $2 billion last year.", "AID", [("AID", "World Bank", "GHA")]),
    ("The European Union approved a 4 billion euro rescue package for Cyprus.", "AID",
     [("AID", "European Union", "CYP")]),
    ("Regulators approved the merger on Friday.", "AID", []),
    ("The cabinet approved the budget on Monday.", "AID", []),
    ("The attack shocked the town.", "ASSAULT", []),
    # a state body named after its country: the body, of that country
    ("Shares fell after the bailout of the insurer by the US Federal Reserve.", "AID",
     [("AID", "Federal Reserve", None)]),
    ("The U.S. Southern Command held a joint naval exercise with Colombia on Monday.", "COOPERATE",
     [("COOPERATE", "Southern Command", "COL")]),
    ("The U.S. Southern Command said it would hold a joint exercise with Colombia.", "AGREE",
     [("AGREE", "Southern Command", "COL")]),
    ("The US central bank cut interest rates on Wednesday.", "AID", []),
    # the refusal of a body to act is its rejection
    ("Markets fell after the refusal of the European Central Bank to rescue Halvor Bank.", "REJECT",
     [("REJECT", "European Central Bank", "*")]),
    ("The refusal of the offer angered the workers.", "REJECT", []),
    # a joint news conference with someone is a meeting
    ("Chancellor Lena Brandt held a joint news conference with Prime Minister Jan Vos in Berlin.", "CONSULT",
     [("CONSULT", "Lena Brandt", "Jan Vos")]),
    ("Chancellor Lena Brandt told a news conference in Berlin that talks would go on.", "CONSULT", []),
    ("Chancellor Lena Brandt told a joint news conference with Prime Minister Jan Vos that talks would go on.",
     "CONSULT", [("CONSULT", "Lena Brandt", "Jan Vos")]),
    # a clash in words
    ("Senator Jane Moreno clashed with Governor Tom Baird over the budget.", "ACCUSE",
     [("ACCUSE", "Jane Moreno", "Tom Baird")]),
    ("The general clashed publicly with President Omar Diallo over the war.", "ASSAULT", []),
    ("Police clashed with protesters in Lagos on Friday.", "ASSAULT", [("ASSAULT", "NGA", None)]),
    # an amount "in aid" hung from the verb; a visit during another kind of act
    ("Minister Clara Hill announced £45m in humanitarian aid for Somalia.", "AID",
     [("AID", "Clara Hill", "*")]),
    ("The firm announced £45m in profits.", "AID", []),
    ("Minister Clara Hill pledged $40 million in aid during a visit to Kenya.", "CONSULT",
     [("CONSULT", "Clara Hill", "KEN")]),
    ("Minister Clara Hill discussed trade during a visit to Kenya.", "CONSULT", []),
    ("Greece and Turkey signed a pact during a visit to Athens by the Turkish president.", "CONSULT", []),
    # forces kept somewhere or rotated through it
    ("France has kept two fighter jets at the air base in Chad.", "MOBILIZE", [("MOBILIZE", "FRA", None)]),
    ("The Pentagon rotated 800 troops through the base in Romania.", "MOBILIZE", [("MOBILIZE", "*", None)]),
    ("The company kept its prices low.", "MOBILIZE", []),
    # a subject-control verb's subject classifies its infinitive ("troops began leaving")
    ("French troops began leaving the base in Gao on Monday.", "RETREAT", [("RETREAT", "FRA", "*")]),
    # lawmakers walking out of a sitting protest; a delegation walking out of talks breaks them off
    ("Ghanaian opposition lawmakers walked out of parliament on Tuesday.", "PROTEST", [("PROTEST", "*", None)]),
    ("Iran's delegation walked out of the talks in Vienna.", "SANCTION", [("SANCTION", "IRN", None)]),
    # "too ADJ to VERB": the act did not happen
    ("Critics said Britain had been too slow to back the bid.", "SUPPORT", []),
    ("Britain was quick to back the bid by Poland.", "SUPPORT", [("SUPPORT", "GBR", "*")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, typ, expected", CASES, ids=[f"{i}-{c[0][:40]}" for i, c in enumerate(CASES)])
def test_wire_news14(event_inputs, text, typ, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == typ], expected)
