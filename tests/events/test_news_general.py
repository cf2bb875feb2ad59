"""General news (round 11): a public alert is no mobilisation; vehicles sent with relief goods
are aid; a union "calls a strike"; "its aircraft/fighters/members" act for their owner; a
speaker's "said ... and urged" conjunct is the speaker's act; "was kidnapped by gunmen" has an
unnamed actor; "officers arrested" is the state's police; "after X shelled Y" under an accusation happened; "the US" is
a country, not "us"; a named storm acts in no event; firing workers is a dismissal; a government's
protest is ACCUSE; "thanked both countries" names the two countries before.

Invented sentences (not copied from any gold text or stress document). Each row: text, the
category looked at, and every event of that category as (type, actor, recipient).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

CASES = [
    # an alert issued to the public is a warning, not forces put on alert
    ("Portugal's weather service issued red alerts for Lisbon and Porto on Monday.", "MOBILIZE", []),
    ("Health authorities in Peru issued an alert after the outbreak.", "MOBILIZE", []),
    ("Serbia put its army on high alert on Friday.", "MOBILIZE", [("MOBILIZE", "SRB", None)]),
    # vehicles sent with relief goods give aid; warships sent stay a deployment
    ("Chile dispatched two cargo planes carrying medical supplies to Peru.", "AID", [("AID", "CHL", "PER")]),
    # rescuers and firefighters sent to a disaster are humanitarian aid (CAMEO 073)
    ("Japan sent 70 rescue workers to Turkey after the earthquake.", "AID", [("AID", "JPN", "TUR")]),
    ("Spain dispatched 200 firefighters to Greece.", "AID", [("AID", "ESP", "GRC")]),
    ("The army dispatched troops to the border with Chad.", "AID", []),
    ("Qatar sent three ships loaded with food and tents to Sudan.", "AID", [("AID", "QAT", "SDN")]),
    ("Chile dispatched two warships to the Pacific coast.", "AID", []),
    ("Chile dispatched two warships to the Pacific coast.", "MOBILIZE", [("MOBILIZE", "CHL", None)]),
    # a union calling a strike or a boycott protests
    ("The Trades Union Congress called a general strike on Monday.", "PROTEST",
     [("PROTEST", "Trades Union Congress", None)]),
    ("The General Confederation of Labour called a walkout at the ports.", "PROTEST",
     [("PROTEST", "General Confederation of Labour", None)]),
    ("The union called for talks with the employers.", "PROTEST", []),
    # "its" + a means of force or a member stands for the owner named before it
    ("The Sudanese army said its aircraft had bombed rebel positions near the city.", "ASSAULT",
     [("ASSAULT", "SDN", None)]),
    ("Russia's defence ministry said its air defences had shot down 40 drones over the border regions.",
     "ASSAULT", [("ASSAULT", "RUS", None)]),
    ("The National Education Union said its members had rejected the offer from the government.", "REJECT",
     [("REJECT", "National Education Union", None)]),
    ("The Arakan Army has surrounded the town since March. Its fighters attacked the northern districts "
     "on Friday.", "ASSAULT", [("ASSAULT", "Arakan Army", None)]),
    # (no owner named before "its": nothing is guessed)
    ("Its fighters attacked the northern districts on Friday.", "ASSAULT", [("ASSAULT", None, None)]),
    # an unnamed armed group as a passive's agent: the act stands with a null actor
    ("Two Nigerian teachers were kidnapped by armed men on Monday.", "ASSAULT", [("ASSAULT", None, "NGA")]),
    ("Five villagers were killed by militants in northern Burkina Faso.", "ASSAULT", [("ASSAULT", None, None)]),
    ("Five villagers were killed by the floods in northern Burkina Faso.", "ASSAULT", []),
    # people released with no agent written: from prison, the state's; otherwise not stated
    ("Opposition leader Ousmane Diallo was released from prison in Senegal on Friday.", "CONCEDE",
     [("CONCEDE", "SEN", None)]),
    ("Two hostages were freed on Monday.", "CONCEDE", [("CONCEDE", None, None)]),
    ("The report was released on Monday.", "CONCEDE", []),
    ("Mali freed Thomas Becker on Monday.", "CONCEDE", [("CONCEDE", "MLI", None)]),
    ("Opposition leader Bassirou Faye, who was released from prison ten days before the vote, won the "
     "election in Senegal.", "CONCEDE", [("CONCEDE", "SEN", None)]),
    # a government's protest is a formal complaint (ACCUSE); a crowd's is a demonstration
    ("Japan protested the missile launch through diplomatic channels.", "ACCUSE", [("ACCUSE", "JPN", None)]),
    ("Japan protested the missile launch through diplomatic channels.", "PROTEST", []),
    ("Thousands of farmers protested in Brussels, Belgium.", "PROTEST", [("PROTEST", "BEL", None)]),
    # policing trades with a state-only verb are the state's police
    ("Police officers in Kenya detained two suspects on Sunday.", "COERCE", [("COERCE", "KEN", None)]),
    ("Officers in Lagos, Nigeria, arrested a 24-year-old man at the scene.", "COERCE", [("COERCE", "NGA", None)]),
    ("The bank's officers approved the loan to the Kenyan firm.", "COERCE", []),
    # a past act in an "after"/"because" clause of a protest or accusation happened
    ("Ghana summoned Togo's ambassador on Tuesday after Togolese troops shelled a border village.", "ASSAULT",
     [("ASSAULT", "TGO", None)]),
    ("Ghana accused Togo of aggression because Togolese troops shelled a border village.", "ASSAULT",
     [("ASSAULT", "TGO", None)]),
    # (a condition stays unreal)
    ("Ghana vowed to retaliate if Togolese troops shelled the village again.", "ASSAULT", []),
    # "the US" written in capitals is the country, not the pronoun "us"
    ("The US imposed sanctions on Iran on Monday.", "SANCTION", [("SANCTION", "USA", "IRN")]),
    ("Niger accused the US of treating it like a junior partner.", "ACCUSE", [("ACCUSE", "NER", "USA")]),
    ("Talks between the US and China resumed in Geneva.", "CONSULT", [("CONSULT", "USA", "CHN")]),
    # weather is no actor; firing staff is a dismissal, not an attack
    ("Hurricane Milton struck the coast of Florida on Wednesday, killing 12 people.", "ASSAULT", []),
    ("Tesla fired 200 workers at its plant in Germany.", "ASSAULT", []),
    ("Russia fired 40 missiles at Kyiv.", "ASSAULT", [("ASSAULT", "RUS", "UKR")]),
    # a warning of a crisis or a disease wields nothing
    ("The WHO warned of a humanitarian crisis in Gaza.", "THREATEN", []),
    ("Russia warned Finland of consequences.", "THREATEN", [("THREATEN", "RUS", "FIN")]),
    # "both countries" as an act's object: the two named before, other than the actor's own
    ("Greece offered to send a rescue team, and Azerbaijan said it had sent two cargo planes. President "
     "Recep Tayyip Erdogan of Turkey thanked both countries on Monday.", "SUPPORT",
     [("SUPPORT", "Recep Tayyip Erdogan", "GRC"), ("SUPPORT", "Recep Tayyip Erdogan", "AZE")]),
    ("Kenya and Uganda signed a trade deal. Tanzania praised the two countries.", "SUPPORT",
     [("SUPPORT", "TZA", "KEN"), ("SUPPORT", "TZA", "UGA")]),
    ("Kenya signed a trade deal. Tanzania praised both countries.", "SUPPORT", [("SUPPORT", "TZA", None)]),
    # a speech act joined to "said" after a copula or an infinitive is the speaker's
    ("Education Secretary Jane Fielding said the walkout was \"regrettable\" and urged the union to "
     "return to talks.", "REQUEST", [("REQUEST", "Jane Fielding", None)]),
    ("Interior Minister Tomas Varga said officers had acted to protect the parliament and accused "
     "\"organised groups\" of attacking police.", "ACCUSE", [("ACCUSE", "Tomas Varga", None)]),
    # (the reported clause's own subject, a country, keeps its conjunct)
    ("Foreign Minister Anna Berg said Moldova had criticised the vote and condemned the arrests.", "ACCUSE",
     [("ACCUSE", "MDA", None), ("ACCUSE", "MDA", None)]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, typ, expected", CASES, ids=[f"{i}-{c[0][:40]}" for i, c in enumerate(CASES)])
def test_news_general(event_inputs, text, typ, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == typ], expected)
