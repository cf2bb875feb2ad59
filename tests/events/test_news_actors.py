"""Events in general news: who acts when a story names a state organ, a court, several
countries at once, or a crowd being dispersed; orders coded by what they order; play in a
sports report.

Sentences are invented in the style of wire copy (fictional people; real countries); none
comes from a development, evaluation or stress text. Each row lists every event the text must
yield as (type, actor, recipient), actor and recipient matched against the recorded name or
ISO3 country (None: the side is null).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events


def _side(name, country, want):
    if want is None:
        return name is None
    return want in (name, country)


CASES = [
    # coordinated subjects of a one-sided act: each is a source
    ("Russia and Iran condemned the air strikes on Monday.",
     [("ACCUSE", "RUS", None), ("ACCUSE", "IRN", None)]),
    ("Chile, Peru and Brazil urged both sides to respect the truce.",
     [("REQUEST", "CHL", None), ("REQUEST", "PER", None), ("REQUEST", "BRA", None)]),
    ("American and British warships struck radar sites in Yemen overnight.",
     [("ASSAULT", "USA", None), ("ASSAULT", "GBR", None)]),
    # ... but not the other side of a two-sided act, nor a joint one
    ("Ukraine and Russia swapped 90 prisoners of war on Friday.", [("CONCEDE", "UKR", "RUS")]),
    ("Norway and Iceland jointly condemned the whaling ban.", [("ACCUSE", "NOR", None)]),
    # a state organ named by its nationality is that state's side; a unit word taken for a name
    # at a sentence's start is no party ("Riot police")
    ("NAIROBI, March 3 (Reuters) - Kenyan police arrested 40 students on Tuesday.", [("COERCE", "KEN", None)]),
    ("A Ghanaian court sentenced the former mayor Kofi Mensah to ten years in prison on Friday.",
     [("COERCE", "GHA", "Kofi Mensah")]),
    ("Polish border guards detained 12 migrants near the town of Hajnowka on Sunday.", [("COERCE", "POL", None)]),
    ("MINSK, Belarus — Riot police detained dozens of marchers on Sunday.", [("COERCE", "BLR", None)]),
    # an unnamed court, judge or prosecutors in a dateline's country
    ("LIMA, Peru (AP) - A court in Peru sentenced the former minister Ana Quispe to five years on Monday.",
     [("COERCE", "PER", "Ana Quispe")]),
    ("ATHENS, Greece — Prosecutors charged two ship captains with manslaughter on Thursday.",
     [("ACCUSE", "GRC", None)]),
    # crowd control is repression, not an armed attack
    ("ISTANBUL — Turkish police fired tear gas at thousands of students on Saturday.", [("COERCE", "TUR", None)]),
    ("Syrian troops fired rockets at the town of Daraa on Saturday.", [("ASSAULT", "SYR", None)]),
    ("Chinese coast guard ships fired water cannon at a Vietnamese fishing boat on Monday.", [("ASSAULT", "CHN", None)]),
    # the agentless passive of an act only the state does
    ("BOGOTA, Colombia — The former senator Luis Pardo was arrested on Tuesday at his home.",
     [("COERCE", "COL", None)]),
    ("The aid worker Tom Hale was abducted in northern Mali on Friday.", []),
    # orders coded by what they order
    ("MADRID — A judge in Spain ordered the businessman Pablo Ruiz held without bail on Monday.",
     [("COERCE", "ESP", "Pablo Ruiz")]),
    ("Mali's military rulers ordered France's ambassador to leave the country on Monday.",
     [("SANCTION", "MLI", "FRA")]),
    # an armed group named by its creed is still unnamed; "its troops" of an unnamed army
    ("Jihadist militants attacked a police station in northern Burkina Faso on Sunday.", [("ASSAULT", None, None)]),
    ("NIAMEY, Niger — The army said its troops killed 30 insurgents near the border on Friday.",
     [("ASSAULT", "NER", None)]),
    # a dateline parsed as the subject hides no strike
    ("LONDON — Nurses walked out across England on Wednesday.", [("PROTEST", None, None)]),
    # fighting between two named sides
    ("Fierce fighting between Ethiopia's army and the Fano militia broke out on Tuesday.",
     [("ASSAULT", "ETH", None)]),
]

SPORT = [
    "Arsenal beat Chelsea 2-0 in the Premier League on Saturday. Jordan Pike struck twice after half-time "
    "and the visitors attacked in vain before the final whistle.",
    "India crushed Pakistan by eight wickets in the World Cup on Sunday, with Ravi Menon hitting 120 off 98 balls "
    "in the second innings.",
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:48] for c in CASES])
def test_news_actors(event_inputs, text, expected):
    doc, ents, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=ents, roles=roles, dates=dates)
    shown = [(e.type, e.actor_name, e.actor_country, e.recipient_name, e.recipient_country) for e in events]
    assert len(events) == len(expected), shown
    left = list(events)
    for typ, actor, recipient in expected:
        hit = next((e for e in left if e.type == typ and _side(e.actor_name, e.actor_country, actor)
                    and (recipient is None or _side(e.recipient_name, e.recipient_country, recipient))), None)
        assert hit is not None, ((typ, actor, recipient), shown)
        left.remove(hit)


@pytest.mark.model
@pytest.mark.parametrize("text", SPORT, ids=[t[:40] for t in SPORT])
def test_play_is_no_assault(event_inputs, text):
    doc, ents, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=ents, roles=roles, dates=dates)
    assert not [e for e in events if e.type == "ASSAULT"], [(e.type, e.actor_name, e.trigger.text) for e in events]


@pytest.mark.parametrize("text, sporty", [
    ("Arsenal beat Chelsea 2-0 in the Premier League after a late goal.", True),
    ("The striker scored twice in the Champions League semi-final.", True),
    ("Russian forces struck a power plant in Kharkiv overnight.", False),
    ("The league of nations met in Geneva.", False),
])
def test_sports_report(text, sporty):
    from pipeline.events.sport import sports_report
    assert sports_report(text) is sporty
