"""Events: a statement's demand written as another party's obligation ("X must ..."), and trigger
words the lexicon lacked (PLOVER/CAMEO: 182 beat, 115 bring lawsuit, 07 assist, 141 march,
196 violate ceasefire, 040 consult, 02 appeal; AID humanitarian mode for relief crews).

Sentences are invented; none comes from a development, evaluation or stress text. Rows list every
event the text must yield as (type, actor) pairs, the actor matched against the recorded name or its
ISO3 country.
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events



def _events(event_inputs, text, home):
    doc, ents, roles, dates = event_inputs(text)
    return extract_events(doc, entities=ents, roles=roles, dates=dates, home_country=home)


_STATEMENT = "Statement by the Press Secretary\n\n"
"""a statement's title: the text speaks as its writer (a news story of the publisher's country does not)"""

OBLIGATIONS = [
    # the writer's government demands of the named party
    ("Valdoria must release the detained journalists at once.", [("REQUEST", "USA")]),
    ("Congress must pass the bill this year.", [("REQUEST", "USA")]),
    ("Congress must pass the bill this year\u2014it\u2019s the only way to protect voters.", [("REQUEST", "USA")]),
    ("The junta must restore the constitution and hold elections.", []),  # no name: no party asked
    # not demands of another party
    ("The United States must lead by example.", []),
    ("We must come together as a nation.", []),
    ("Valdoria must be held accountable for the attack.", []),
    ("Valdoria must be part of any settlement.", []),
    ("Senator Mark Ruiz said Valdoria must release the journalists.", []),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", OBLIGATIONS, ids=[c[0][:48] for c in OBLIGATIONS])
def test_obligation_is_the_writers_demand(event_inputs, text, expected):
    events = _events(event_inputs, _STATEMENT + text, "USA")
    shown = [(e.type, e.actor_name, e.actor_country, e.trigger.text) for e in events]
    got = [(e.type, e.actor_country) for e in events if e.trigger.text == "must"]
    assert got == expected, shown


PUBLISHER_COUNTRY = [
    # review16: a news story's country is its publisher's; the story tells of obligations, it demands none
    ("NEW YORK (AP) \u2014 Under the ruling, Marcus Hale must pay $355 million in penalties.", "USA", []),
    ("WASHINGTON (AP) \u2014 Congress passed the bill. President Ana Ruiz must decide by Friday whether to sign it.",
     "USA", []),
    ("LONDON (Reuters) \u2014 Veltron must now pay 13 billion euros in back taxes.", "GBR", []),
    ("Valdoria must release the detained journalists at once.", "USA", []),
    # a statement (title, or "we" outside quotations) demands; not of an office of its own
    # government, nor what a ruling imposes
    (_STATEMENT + "Valdoria must release the detained journalists at once.", "USA", [("REQUEST", "USA")]),
    ("We condemn the arrests. Valdoria must release the detained journalists at once.", "USA", [("REQUEST", "USA")]),
    (_STATEMENT + "U.S. Secretary of State Ana Ruiz must travel to Kyiv this week.", "USA", []),
    (_STATEMENT + "Under the ruling, Valdoria must pay damages to the families.", "USA", []),
    (_STATEMENT + "The court ruled that the seizure was unlawful. Valdoria must pay damages.", "USA", []),
]


@pytest.mark.model
@pytest.mark.parametrize("text, home, expected", PUBLISHER_COUNTRY, ids=[c[0][:48] for c in PUBLISHER_COUNTRY])
def test_obligation_needs_a_writer_in_the_text(event_inputs, text, home, expected):
    events = _events(event_inputs, text, home)
    shown = [(e.type, e.actor_name, e.actor_country, e.trigger.text) for e in events]
    assert [(e.type, e.actor_country) for e in events if e.trigger.text == "must"] == expected, shown


def test_writer_speaking_as_one_person(event_inputs):
    text = "Statement from President Ana Ruiz. I am proud of our work. Congress must pass the bill this year."
    events = [e for e in _events(event_inputs, text, "USA") if e.trigger.text == "must"]
    assert [(e.type, e.actor_name, e.recipient_name) for e in events] == [("REQUEST", "Ana Ruiz", "Congress")]


def test_no_writer_no_demand(event_inputs):
    events = _events(event_inputs, "Valdoria must release the detained journalists at once.", None)
    assert not [e for e in events if e.trigger.text == "must"]


GAPS = [
    # ASSAULT mode beat (CAMEO 182): people beaten; a rival beaten is a win
    ("Riot police in Belarus beat protesters in Minsk on Sunday.", [("ASSAULT", "BLR")]),
    ("Senator Ana Cruz beat Governor Tom Hale in the primary.", []),
    # ACCUSE: a suit filed or brought against a party (CAMEO 115); "followed suit" is none
    ("Mexico filed a suit against Guatemala at the International Court of Justice.", [("ACCUSE", "MEX")]),
    ("Chile imposed new tariffs, and Peru followed suit.", [("SANCTION", "CHL")]),
    # AID: assisting a named party (CAMEO 07)
    ("Canada assisted Ukraine with demining equipment.", [("AID", "CAN")]),
    ("The volunteers assisted in the search.", []),
    # PROTEST: a march held, staged or joined (CAMEO 141); an army "on the march" advances
    ("Georgian students staged a march in Tbilisi on Sunday.", [("PROTEST", "GEO")]),
    ("President Viktor Orlan of Valdoria is on the march.", []),
    # AID humanitarian mode: relief crews sent or deployed; troops stay MOBILIZE
    ("The United States deployed 300 firefighters to Canada.", [("AID", "USA")]),
    ("Turkey sent 200 rescuers to Syria after the earthquake.", [("AID", "TUR")]),
    ("Russia deployed 3,000 troops to the border.", [("MOBILIZE", "RUS")]),
    # ASSAULT: a ceasefire violated (CAMEO 196); a law violated is told as a charge
    ("Russian forces violated the ceasefire near Donetsk on Monday.", [("ASSAULT", "RUS")]),
    ("Senator Ana Cruz said the mayor violated the law.", []),
    ("Twelve Kenyan soldiers were slain by al-Shabaab fighters.", [("ASSAULT", "al-Shabaab")]),
    # AGREE: a deal inked as a deal signed
    ("India inked a deal with France for 26 jets.", [("AGREE", "IND")]),
    # SANCTION: curbs and controls imposed; "took control" is none
    ("China slapped export curbs on Japan in July.", [("SANCTION", "CHN")]),
    ("The United States imposed export controls on Huawei.", [("SANCTION", "USA")]),
    ("The rebels took control of Goma.", []),
    # CONSULT: sitting down with, reaching out to, being in touch with a named party
    ("President Ana Ruiz sat down with President Tomas Vell in Lima.", [("CONSULT", "Ana Ruiz")]),
    ("Japan reached out to South Korea after the election.", [("CONSULT", "JPN")]),
    ("Germany has been in touch with Poland about the crisis.", [("CONSULT", "DEU")]),
    ("Senator Ana Cruz sat down for an interview.", []),
    # REQUEST: lobbying a named party
    ("India lobbied France to drop the resolution.", [("REQUEST", "IND")]),
    # AID: money disbursed
    ("The World Bank disbursed $200 million to Ukraine.", [("AID", "World Bank")]),
    # CONCEDE: a crossing opened, aid allowed in (CAMEO 081, 0863); a factory opened or a lawsuit allowed is none
    ("Egypt opened the Rafah crossing for aid trucks.", [("CONCEDE", "EGY")]),
    ("Valdoria allowed 50 trucks of food into the city on Sunday.", [("CONCEDE", "Valdoria")]),
    ("Tesla opened a factory in Berlin.", []),
    ("The court allowed the lawsuit to proceed.", []),
    # AGREE: ties elevated or upgraded to a new partnership (as a partnership launched); a risk elevated is none
    ("India and Saudi Arabia upgraded ties to a strategic partnership.", [("AGREE", "IND")]),
    ("The report elevated the risk of conflict.", []),
    # THREATEN: a vow to destroy a party promises force (CAMEO 138)
    ("Israel vowed to destroy Hamas.", [("THREATEN", "ISR")]),
    # a named fire or disease fought is no party; a state fought is
    ("The Tarrow Hotshot crew died fighting the Yarnell Hill Fire in Arizona.", []),
    ("Ukraine is fighting Russia.", [("ASSAULT", "UKR")]),
    # support for a course named by a gerund is a stance; support for a party is SUPPORT
    ("President Ana Ruiz supports eliminating the filibuster.", []),
    ("President Ana Ruiz supports ending the filibuster\u2014when it comes to voting rights, the majority should rule.", []),
    ("President Ana Ruiz supports Ukraine.", [("SUPPORT", "Ana Ruiz")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", GAPS, ids=[c[0][:48] for c in GAPS])
def test_codebook_gaps(event_inputs, text, expected):
    events = _events(event_inputs, text, None)
    shown = [(e.type, e.actor_name, e.actor_country, e.trigger.text) for e in events]
    assert len(events) == len(expected), shown
    for (typ, actor), e in zip(expected, events):
        assert e.type == typ and actor in (e.actor_name, e.actor_country), shown
