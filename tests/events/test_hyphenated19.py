"""Events: hyphenated trigger words ("cease-fire", "co-operate", "build-up", "co-hosted") stay one
token (pipeline/events/hyphenated.py), and the aid noun "provision" with an aid word.

Sentences are invented; none comes from a development, evaluation or stress text. Rows list every
event the text must yield as (type, actor) pairs, the actor matched against the recorded name or its
ISO3 country.
"""

from __future__ import annotations

import pytest

from pipeline.events.hyphenated import hyphenated_triggers, inflections, special_forms
from pipeline.events.lexicon import load

from .test_codebook_triggers import test_codebook_wording as _types_and_actors


@pytest.mark.parametrize("word, forms", [
    ("co-host", ("co-host", "co-hosts", "co-hosted", "co-hosting")),
    ("co-operate", ("co-operate", "co-operates", "co-operated", "co-operating")),
    ("build-up", ("build-up", "build-ups", "build-uped", "build-uping")),
])
def test_inflections(word, forms):
    assert inflections(word) == forms


def test_special_forms_capitalised():
    forms = special_forms(["cease-fire"])
    assert "cease-fire" in forms and "Cease-fire" in forms and "cease-fires" in forms


@pytest.mark.parametrize("form", ["cease-fire", "co-operate", "build-up", "pull-out", "co-host", "co-chair"])
def test_lexicon_hyphenated_forms(form):
    assert form in hyphenated_triggers(load())


def test_unhyphenated_words_not_listed():
    assert "ceasefire" not in hyphenated_triggers(load())


CASES = [
    # a hyphenated lexicon noun or verb is found as the writer wrote it
    ("Moscow ordered the pull-out of its troops from the two villages.", [("RETREAT", "RUS")]),
    ("Analysts tracked Iran's build-up of naval forces near the strait.", [("MOBILIZE", "IRN")]),
    ("Hamas declared a cease-fire on Friday.", [("CONCEDE", "Hamas")]),
    ("Norway co-operated with Sweden on the inquiry last year.", [("COOPERATE", "NOR")]),
    ("Kenya and Ghana co-hosted talks with Ethiopian officials in Nairobi.", [("CONSULT", "KEN"), ("CONSULT", "GHA")]),
    ("Minister Ana Ruiz co-chaired talks with Chilean officials in Lima on Monday.", [("CONSULT", "Ana Ruiz")]),
    # the aid sense of "provision" needs an aid word; a clause of a law is none
    ("Officials reviewed Spain's provision of medical supplies to Morocco.", [("AID", "ESP")]),
    ("The treaty contains a provision on fishing rights.", []),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:48] for c in CASES])
def test_hyphenated_and_provision(event_inputs, text, expected):
    _types_and_actors(event_inputs, text, expected)
