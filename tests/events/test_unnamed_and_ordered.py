"""Round-8 trigger rules: events whose actor the text does not name (an unnamed armed group or
crowd: actor null), acts decided by an order, particles read as adverbs, and senses of trigger
words that report no event ("fighting to pass a bill", "struck down a law", "suspend tariffs").

Invented sentences (not copied from any gold text or stress document).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

CASES = [
    # an unnamed armed group: the act stands, actor null and no country
    ("Masked gunmen kidnapped three engineers from a road construction site on Friday, officials said.",
     "ASSAULT", [("ASSAULT", None, None)]),
    ("Insurgents overran a border post overnight, according to the local governor.", "ASSAULT",
     [("ASSAULT", None, None)]),
    # an unnamed crowd attacking or clashing: actor null (its country from the dateline)
    ("QUITO, Ecuador (Reuters) - Rioters torched two buses in the city centre on Monday.", "ASSAULT",
     [("ASSAULT", "ECU", None)]),
    # a named side is still named ("Taliban fighters" is the Taliban)
    ("Taliban fighters attacked a police checkpoint in Kunduz on Sunday.", "ASSAULT", [("ASSAULT", "Taliban", None)]),
    # an order decides the material act it orders; the order itself is internal
    ("Moldova ordered its border guards to seal the crossing, the interior ministry said.", "SANCTION", []),
    ("The Kremlin ordered its forces to pull out of the occupied villages on Tuesday.", "RETREAT",
     [("RETREAT", "RUS", None)]),
    # a particle tagged as an adverb right after the verb
    ("Ethiopian troops started pulling back from the disputed district on Wednesday.", "RETREAT",
     [("RETREAT", "ETH", None)]),
    # arson: "set fire to", "set ... on fire"
    ("Masked men set fire to a customs office near the border, local media reported.", "ASSAULT",
     [("ASSAULT", None, None)]),
    # a sentence-initial "Gunmen" taken for a name is still an unnamed group
    ("Gunmen shot dead three traders at a market in the north, police said.", "ASSAULT", [("ASSAULT", None, None)]),
    ("JOS, Nigeria (Reuters) - Gunmen killed at least 12 farmers in an overnight raid in Plateau state, police "
     "said.", "ASSAULT", [("ASSAULT", None, None)]),
    # a strike by walking off the job
    ("SEOUL (Reuters) - Thousands of trainee nurses walked off the job on Monday over pay.", "PROTEST",
     [("PROTEST", "KOR", None)]),
    # what a phone call was made for happened in it (a call is no demand)
    ("President Emmanuel Macron called Prime Minister Mark Carney to congratulate him on his election.", "SUPPORT",
     [("SUPPORT", "Emmanuel Macron", "Mark Carney")]),
    ("Chancellor Olaf Scholz called for Prime Minister Viktor Orban to drop his veto.", "CONCEDE", []),
    # workers walking out are on strike; delegates walking out of talks break them off
    ("PARIS (AFP) - Air traffic controllers walked out on Thursday, grounding hundreds of flights.", "SANCTION", []),
]


@pytest.mark.model
@pytest.mark.parametrize("text, typ, expected", CASES, ids=[c[0][:48] for c in CASES])
def test_round8_actor_rules(event_inputs, text, typ, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == typ], expected)


@pytest.mark.model
@pytest.mark.parametrize("text, typ", [
    # "fight to <do X>": striving for an aim, nobody fought against
    ("The Governor and I will keep fighting to lower the cost of insulin for every family.", "ASSAULT"),
    ("President Joe Biden and his Cabinet will continue fighting to lower energy costs for rural families.", "ASSAULT"),
    # a court striking down a rule annuls it
    ("A federal appeals court struck down the state's new congressional map on Tuesday.", "ASSAULT"),
    # suspending or removing tariffs and sanctions eases them: no SANCTION
    ("Canada and Mexico agreed to suspend their retaliatory tariffs for two years.", "SANCTION"),
    ("Last year the Treasury removed sanctions on two Venezuelan oil firms.", "SANCTION"),
    # an unnamed group outside the violent and protest categories stays unsaid
    ("Gunmen called for the release of their leader in a video.", "REQUEST"),
    # a speaker thanking the audience for coming is a courtesy, not praise of an act
    ("Governor Janet Mills thanked the students for having her at the school.", "SUPPORT"),
    ("Senator Tom Udall thanked everyone for being here on a cold morning.", "SUPPORT"),
    # a briefing passing the floor hands nothing over
    ("Spokesman Ned Price said he would hand it over to his deputy for questions.", "RETREAT"),
    ("Spokesman Ned Price said he would hand it over to his deputy for questions.", "AGREE"),
    # a named wildfire or storm hitting a place is no attack
    ("Officials in Oregon said the Bootleg Fire hit three towns before crews contained it.", "ASSAULT"),
    # an opinion, an honour received, passing the floor: nothing agreed, accepted or handed over
    ("PRESIDENT MACRON: I agree. Thank you very much.", "AGREE"),
    ("Nora Kelly accepted on behalf of her grandfather, a Korean War veteran.", "AGREE"),
    ("Prime Minister Anthony Albanese said he would now hand over to his friend, Prime Minister Fumio Kishida.",
     "RETREAT"),
    # a speaker offering examples or remarks promises nothing
    ("Prime Minister Rishi Sunak offered a few remarks at the state dinner in Ottawa.", "AGREE"),
    # a habitual "I'd" (would) with a curly apostrophe
    ("Senator Mark Kelly said: I\u2019d walk out of the hangar every night at ten.", "SANCTION"),
])
def test_round8_no_event(event_inputs, text, typ):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    assert not [e for e in events if e.type == typ], events


@pytest.mark.model
def test_removed_sanctions_is_concession(event_inputs):
    doc, entities, roles, dates = event_inputs("Last year the Treasury removed sanctions on two Venezuelan oil firms.")
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    assert [e.type for e in events] == ["CONCEDE"], events


@pytest.mark.model
def test_thanks_for_an_act_still_counts(event_inputs):
    doc, entities, roles, dates = event_inputs("Chancellor Olaf Scholz thanked President Andrzej Duda for hosting "
                                               "the refugees.")
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    assert [e.type for e in events if e.trigger.text == "thanked"] == ["SUPPORT"], events
