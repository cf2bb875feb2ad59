"""Events: verbs that start diplomatic ties (establish, institute, forge relations: SUPPORT, as
normalise and restore; CAMEO 054), conclude an agreement (secure an accord: AGREE, as the light
verbs reach and conclude; CAMEO 057) or add military strength (bolster forces: MOBILIZE, as
reinforce), or urge others to act (call X to action: REQUEST, as call on X to act), each with the object condition that keeps their other senses out.

Sentences are invented; none comes from a development, evaluation, stress or pool text. Rows list
every event the text must yield as (type, actor) pairs, the actor matched against the recorded name
or its ISO3 country.
"""

from __future__ import annotations

import pytest

from .test_codebook_triggers import test_codebook_wording as _types_and_actors


CASES = [
    # SUPPORT: diplomatic relations or ties started; other things established or forged are none
    ("Kenya established diplomatic relations with Somalia in 1964.", [("SUPPORT", "KEN")]),
    ("President Carter instituted full diplomatic relations with China.", [("SUPPORT", "Carter")]),
    ("Brazil forged closer ties with India during the visit.", [("SUPPORT", "BRA")]),
    ("The agency instituted a new hiring policy last year.", []),
    ("The court established that the contract was void.", []),
    ("The gang forged passports for its members.", []),
    # AGREE: an agreement, accord or pact secured; a building, a win or funds at home are none
    ("Secretary Blinken secured an agreement with Egypt on the crossing.", [("AGREE", "Blinken")]),
    ("Through his persistence, President Carter secured the Camp David Accords.", [("AGREE", "Carter")]),
    ("Police secured the building after the blast.", []),
    ("The team secured a narrow win on Sunday.", []),
    # MOBILIZE: forces or a force posture bolstered; an economy or a case bolstered is none
    ("Japan bolstered its troops on the southern islands.", [("MOBILIZE", "JPN")]),
    ("The Pentagon has bolstered its force posture in Eastern Europe.", [("MOBILIZE", "Pentagon")]),
    ("The central bank bolstered the economy with lower rates.", []),
    ("Poland bolstered its military capabilities with new radars.", []),
    # REQUEST: someone called to action; called to the stand or to order is none
    ("At the summit, the United States called the world to action on pandemic preparedness.", [("REQUEST", "USA")]),
    ("The judge called the witness to the stand.", []),
    ("The speaker called the meeting to order.", []),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:48] for c in CASES])
def test_ties_and_deals_wording(event_inputs, text, expected):
    _types_and_actors(event_inputs, text, expected)
