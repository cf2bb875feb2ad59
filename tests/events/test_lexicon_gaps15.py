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

from .test_codebook_triggers import test_codebook_wording as _types_and_actors


CASES = [
    # the codebook's words each yield their category in a plain sentence
    ("Russian forces conquered the town of Velika on Tuesday.", [("ASSAULT", "RUS")]),
    ("The Chinese foreign ministry admonished Japan over the visit.", [("ACCUSE", "CHN")]),
    ("Kosovo petitioned the United Nations to recognise its borders.", [("REQUEST", "XKX")]),
    ("Congress impeached President Carlos Mendez in March.", [("ACCUSE", "Congress")]),
    ("Egyptian customs impounded a Turkish cargo ship.", [("COERCE", "EGY")]),
    ("Bolivia nationalized the Spanish-owned power grid in 2012.", [("COERCE", "BOL")]),
    ("Iran unfroze the assets of two Iraqi banks.", [("CONCEDE", "IRN")]),
    # AGREE: willingness stated under a light verb (CAMEO 03 express intent to cooperate); questioned, none
    ("Chile reaffirmed its willingness to alleviate the debt burden of Peru.", [("AGREE", "CHL")]),
    ("The report questioned Chile's willingness to pay its debts.", []),
    ("Russia conscripted 300,000 men in September.", [("MOBILIZE", "RUS")]),
    ("President Lula acclaimed Chile for its support.", [("SUPPORT", "Lula")]),
    ("Norway curtailed diplomatic relations with Israel.", [("SANCTION", "NOR")]),
    ("Ukraine launched a counteroffensive against Russian forces in June.", [("ASSAULT", "UKR")]),
    ("Russia completed the pullback of its troops from Kherson.", [("RETREAT", "RUS")]),
    ("France delivered a demarche to the Italian ambassador.", [("ACCUSE", "FRA")]),
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
