"""Events: trigger words from the PLOVER codebook and its CAMEO code list (CAMEO2PLOVER table:
128 defy norms, 162 reduce or stop aid, 1711 confiscate property, 1721 restrictions on speech,
154 mobilize armed forces, 183 bombing, 192 occupy territory, 02 appeal ...) that the lexicon
lacked, each with the argument condition that keeps its other senses out.

Sentences are invented; none comes from a development, evaluation or stress text. Rows list every
event the text must yield as (type, actor) pairs, the actor matched against the recorded name or its
ISO3 country.
"""

from __future__ import annotations

import pytest

from pipeline.events.lexicon import load

from .test_codebook_triggers import test_codebook_wording as _types_and_actors


@pytest.mark.parametrize("lemma, pos, category", [
    ("flout", "verb", "REJECT"), ("detonate", "verb", "ASSAULT"), ("conquer", "verb", "ASSAULT"),
    ("persecute", "verb", "COERCE"), ("expropriate", "verb", "COERCE"), ("admonish", "verb", "ACCUSE"),
    ("chide", "verb", "ACCUSE"), ("petition", "verb", "REQUEST"),
    ("capitulate", "verb", "RETREAT"), ("satisfaction", "noun", "SUPPORT"), ("subpoena", "verb", "ACCUSE"),
    ("pullback", "noun", "RETREAT"), ("counteroffensive", "noun", "ASSAULT"), ("demarche", "noun", "ACCUSE"),
    ("impeach", "verb", "ACCUSE"), ("coerce", "verb", "COERCE"), ("impound", "verb", "COERCE"),
    ("vandalize", "verb", "ASSAULT"), ("nationalize", "verb", "COERCE"), ("unfreeze", "verb", "CONCEDE"),
    ("conscript", "verb", "MOBILIZE"), ("acclaim", "verb", "SUPPORT"),
])
def test_lexicon_gap_entries(lemma, pos, category):
    lex = load()
    table = lex.verbs if pos == "verb" else lex.nouns
    assert table[lemma].type == category


@pytest.mark.parametrize("lemma, cls, category", [
    ("ignore", "defied_norm", "REJECT"), ("shutter", "civil_outlet", "COERCE"),
    ("maintain", "garrison_unit", "MOBILIZE"), ("withhold", "aid", "SANCTION"),
    ("curtail", "relations", "SANCTION"), ("adopt", "agreed_text", "AGREE"), ("assault", "captive", "ASSAULT"),
    ("reopen", "border_crossing", "CONCEDE"),
])
def test_lexicon_gap_object_conditions(lemma, cls, category):
    entry = load().verbs[lemma]
    assert entry.type is None and entry.object[cls] == category


CASES = [
    # REJECT: a demand, ruling or offer ignored or flouted; other things ignored are none
    ("North Korea ignored repeated calls to return to talks.", [("REJECT", "PRK")]),
    ("Mali's junta flouted the court ruling on Monday.", [("REJECT", "MLI")]),
    ("The minister ignored the question from a reporter.", []),
    # COERCE: outlets shut by a state; a factory shuttered is none
    ("Belarus shuttered two independent newspapers last month.", [("COERCE", "BLR")]),
    ("The carmaker shuttered its plant in Ohio last year.", []),
    # MOBILIZE: troops kept in place; upkeep of equipment is none
    ("Britain will maintain two battalions in Estonia through next year.", [("MOBILIZE", "GBR")]),
    ("The navy maintains a fleet of 40 ships.", []),
    ("Both sides stressed the importance of maintaining peace.", []),
    # SANCTION and AID
    ("Germany withheld military aid from the government in March.", [("SANCTION", "DEU")]),
    ("Russian troops assaulted the town of Avdiivka on Monday.", [("ASSAULT", "RUS")]),
    ("The decree assaulted the independence of the courts.", []),
    ("The Pentagon announced a drawdown of U.S. troops from Iraq.", [("RETREAT", "Pentagon")]),
    ("Russia launched a barrage of missiles at Kyiv overnight.", [("ASSAULT", "RUS")]),
    ("The minister faced a barrage of criticism on Monday.", []),
    # ASSAULT, COERCE, ACCUSE, REQUEST, AGREE, CONCEDE
    ("Al-Shabaab fighters detonated a car bomb outside the ministry in Mogadishu.", [("ASSAULT", "Al-Shabaab")]),
    ("Venezuela expropriated the oil fields of two foreign firms.", [("COERCE", "VEN")]),
    ("Beijing chided Canberra over the new security law.", [("ACCUSE", "CHN")]),
    ("Ecuador reopened its border with Peru on Sunday.", [("CONCEDE", "ECU")]),
    ("The leaders adopted a joint declaration on maritime security.", []),
    ("Finland and Sweden adopted a joint declaration on Tuesday.", [("AGREE", "FIN")]),
    ("Finland applied for membership of the alliance in May.", [("REQUEST", "FIN")]),
    ("The couple adopted a child in 2019.", []),
    # second batch: the argument condition of each
    ("The House committee subpoenaed the Pentagon on Thursday.", [("ACCUSE", "House")]),
    ("Saboteurs loyal to Moscow sabotaged a rail line in Poland.", []),
    ("Ukrainian forces liberated the city of Kherson in November.", [("ASSAULT", "UKR")]),
    ("The new drug liberated patients from pain.", []),
    ("Beijing blasted Washington over the arms sale.", [("ACCUSE", "CHN")]),
    ("The explosion blasted a hole in the wall.", []),
    ("Hungary sided with Russia on the resolution.", [("SUPPORT", "HUN")]),
    ("The court sided with the plaintiffs.", []),
    ("Poland shipped 200 tanks to Ukraine last year.", [("AID", "POL")]),
    ("The company shipped two million phones in May.", []),
    # third batch: aid to a named party or another side's forces; easing; harm to people
    ("British instructors trained Ukrainian soldiers in 2023.", [("AID", "GBR")]),
    ("The firm will train 150,000 people in cybersecurity skills.", []),
    ("The agency trained laboratory personnel on the new test kits.", []),
    ("China loosened its export restrictions in May.", [("CONCEDE", "CHN")]),
    ("The striker injured his knee on Saturday.", []),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:48] for c in CASES])
def test_lexicon_gap_wording(event_inputs, text, expected):
    _types_and_actors(event_inputs, text, expected)  # (the same check: types and actors, nothing else)
