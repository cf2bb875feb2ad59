"""Recipients of round 18: the owner of a demanded act and the target of a "targeting" sanction
(:mod:`pipeline.events.demand_targets`), what the document's own government calls "ours"
(:func:`pipeline.events.demand_targets.our_side`), a recognised state, also when the recognition
is announced, one event per state (:func:`pipeline.events.newsacts.recognised_polity`), a promise
whose infinitive the parser hangs as a conjunct of the verb (:func:`pipeline.events.recipients.promised_party`),
and the one target of a state's war told again without it (:mod:`pipeline.events.war_targets`).

Invented sentences (fictional people and generic situations, not copied from any gold text).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

CALL = "President Jane Roe spoke today with President John Doe of Chile. "
STATEMENT = "Statement by NSC Spokesperson Jane Roe\n\n"

CASES = [
    # a demand whose object is someone's act is aimed at that someone
    ("France called for an end to Chinese military activity near the strait.", "REQUEST", [("REQUEST", "FRA", "CHN")]),
    ("Japan demanded an end to North Korean missile launches.", "REQUEST", [("REQUEST", "JPN", "PRK")]),
    # (no owner written: no one)
    ("Peru called for an end to the violence.", "REQUEST", [("REQUEST", "PER", None)]),
    # (after a call of two, the counterpart of the same country stays the addressee)
    (CALL + "President Roe called for an end to Chilean tariffs on steel.", "REQUEST",
     [("REQUEST", "Jane Roe", "John Doe")]),
    # a sanction "targeting" people associated with a state is aimed at that state
    ("Canada imposed sanctions targeting officials associated with Iran.", "SANCTION", [("SANCTION", "CAN", "IRN")]),
    ("Canada imposed sanctions targeting smugglers.", "SANCTION", [("SANCTION", "CAN", None)]),
    # "our" in a government's statement is that government
    (STATEMENT + "The United States condemns the launch. Venezuela's decision to reject our proposal is regrettable.",
     "REJECT", [("REJECT", "VEN", "USA")]),
    # (inside a quotation "our" is the speaker's, not the statement's)
    (STATEMENT + "The United States condemns the launch. The minister of Peru said: \"Chile rejected our proposal.\"",
     "REJECT", []),
    # a recognised state is the recipient, also of an announced recognition; one event per state
    ("Spain recognized Palau as a sovereign state.", "SUPPORT", [("SUPPORT", "ESP", "PLW")]),
    ("Brazil will recognize Palau and Tuvalu as sovereign states.", "AGREE",
     [("AGREE", "BRA", "PLW"), ("AGREE", "BRA", "TUV")]),
    ("Germany will continue to support Moldova and Georgia.", "AGREE",
     [("AGREE", "DEU", "MDA"), ("AGREE", "DEU", "GEO")]),
    # a promise to help a third country is to it, not to the other member of the pair
    ("National Security Advisor Jane Roe met with her Korean counterpart Park Min-jun in Seoul. The National Security "
     "Advisors reiterated the steadfast commitment of the United States, the Republic of Korea, and Japan to help "
     "Moldova defend itself.",
     "AGREE", [("AGREE", "Jane Roe", "MDA")]),
]


@pytest.mark.parametrize("text,typ,expected", CASES, ids=[c[0][:60] for c in CASES])
def test_recipients18(event_inputs, text, typ, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == typ], expected)


WAR_CASES = [
    # the war told without its target, before the text names it: the one target its state's war acts name
    # (the second mention names the same war: coded once, :mod:`pipeline.events.war_mentions`)
    ("Belarus has supported Russia's illegal and unprovoked war. Russia's invasion of Ukraine has displaced millions.",
     [("ASSAULT", "RUS", "UKR")]),
    # (two targets named: which one is meant is not told)
    ("Belarus has supported Russia's illegal and unprovoked war. Russia's invasion of Ukraine and "
     "Russia's earlier invasion of Georgia were condemned.",
     [("ASSAULT", "RUS", None), ("ASSAULT", "RUS", "UKR"), ("ASSAULT", "RUS", "GEO")]),
    # (a figurative war is neither a source nor a target; a war on something names its own object)
    ("China's trade war with the United States hurt exports. Beijing's war has harmed growth.",
     [("ASSAULT", "CHN", "USA"), ("ASSAULT", "CHN", None)]),
]


@pytest.mark.parametrize("text,expected", WAR_CASES, ids=[c[0][:60] for c in WAR_CASES])
def test_war_targets18(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == "ASSAULT"], expected)
