"""Forces stage: owners from the clause, movements that did not happen, resized standing forces,
aid packages. Sentences are invented for these tests (none is taken from a gold text)."""

from __future__ import annotations

import pytest

from pipeline.context import ArticleContext
from pipeline.entities import EntityIndex, extract_entities
from pipeline.forces import extract_forces
from pipeline.quantities import extract_quantities

pytestmark = pytest.mark.model


def _facts(make_doc, text, country=None):
    doc = make_doc(text)
    index = EntityIndex.build(extract_entities(doc))
    forces = extract_forces(doc, extract_quantities(doc, index), index, context=ArticleContext(home_country=country))
    return [(f.owner, f.size, f.unit, f.location, f.status) for f in forces]


def _agree(got, want):
    return len(got) == len(want) and all(w is ... or g == w for gf, wf in zip(got, want) for g, w in zip(gf, wf))


# The owner is the clause's when the mention names none: the subject that sends, keeps or
# withdraws it (through a relative clause), the owner of the withdrawal it counts, an armed
# service or a multinational mission on the noun, "troops from <country>".
CLAUSE_OWNERS = [
    ("The United States, which keeps about 30,000 troops in South Korea, welcomed the move.",
     [("USA", 30000, "troop", "KOR", "stationed")]),
    ("UNMISS, which has about 14,000 peacekeepers in the country, condemned the attack.",
     [("UN", 14000, "peacekeeper", ..., ...)]),
    ("Spain finished its withdrawal of about 600 soldiers last month.",
     [("ESP", 600, "soldier", None, "withdrawn")]),
    ("About 200 Bundeswehr soldiers are based in Lithuania.", [("DEU", 200, "soldier", "LTU", "stationed")]),
    ("France, which had deployed 5,000 soldiers to Chad, ended the operation.",
     [("FRA", 5000, "soldier", "TCD", "deployed")]),
    ("About 400 troops from Poland arrived in Lithuania on Monday.", [("POL", 400, "troop", "LTU", "deployed")]),
]


@pytest.mark.parametrize(("text", "want"), CLAUSE_OWNERS, ids=[t[:40] for t, _ in CLAUSE_OWNERS])
def test_owner_from_the_clause(make_doc, text, want):
    got = _facts(make_doc, text)
    assert _agree(got, want), got


def test_we_send_is_the_publisher(make_doc):
    got = _facts(make_doc, "We are sending two more destroyers to the eastern Mediterranean.", country="USA")
    assert [g[:3] for g in got] == [("USA", 2, "destroyer")]


# Stopped, refused, asked for, conditional or asked about: no force.
NOT_HAPPENED = [
    "Washington asked Poland to send 500 soldiers to the border.",
    "The president ordered the halting of the withdrawal of Canadian troops from Latvia.",
    "We call on Moscow to halt the offensive and remove its soldiers from Georgia.",
    "Will the U.S. keep 2,500 troops in Iraq after the talks?",
    "Parliament blocked the deployment of 300 Danish soldiers to Mali.",
]


@pytest.mark.parametrize("text", NOT_HAPPENED, ids=[t[:40] for t in NOT_HAPPENED])
def test_movements_that_did_not_happen(make_doc, text):
    assert _facts(make_doc, text) == []


@pytest.mark.parametrize(("text", "want"), [
    ("Russia halted the drills and withdrew 3,000 troops from the border.", [("RUS", 3000, "troop", None, "withdrawn")]),
    ("Britain will send two brigades to Estonia if Russia attacks.", [("GBR", 2, "brigade", "EST", "planned")]),
    ("Israel called up 300,000 reservists within 48 hours of the attack.",
     [("ISR", 300000, "reservist", None, "deployed")]),
])
def test_movements_that_happened_beside_a_stop_or_condition(make_doc, text, want):
    assert _facts(make_doc, text) == want


# A standing force set to a new size: the size is the force's; a cut leaves no status.
RESIZED = [
    ("Japan agreed to increase the number of U.S. Marines on Guam to 5,000 by 2028.",
     [("USA", 5000, "marine", ..., "planned")]),
    ("The deployment raised Canada's presence in Latvia to about 2,200 soldiers.",
     [("CAN", 2200, "soldier", "LVA", "stationed")]),
    ("Poland has expanded its army to 200,000 troops.", [("POL", 200000, "troop", None, None)]),
    ("The reform cut the British Army to about 72,500 soldiers.", [("GBR", 72500, "soldier", None, None)]),
    ("Earlier this year we surged 20,000 U.S. troops to Europe to reassure allies, bringing our force total "
     "in Europe to 100,000.", [("USA", 20000, "troop", ..., "deployed"), ("USA", 100000, "troop", ..., "deployed")]),
]


@pytest.mark.parametrize(("text", "want"), RESIZED, ids=[t[:40] for t, _ in RESIZED])
def test_resized_forces(make_doc, text, want):
    got = _facts(make_doc, text)
    assert _agree(got, want), got


@pytest.mark.parametrize("text", [
    "The ministry raised the price of fuel to 300 rubles.",
    "The firm expanded its workforce to 2,000 people.",
    "The new aid package includes 30 tanks and 12 howitzers.",
    "Berlin unveiled a package of military assistance for Kyiv that will include 40 armored vehicles.",
])
def test_not_resized_or_given(make_doc, text):
    assert _facts(make_doc, text) == []


# Service members and military equipment named without a size, moved or kept by a named owner;
# "the army" of the country the article is about (its government, else its dateline).
NAMED = [
    ("Russian military instructors arrived in Mali in March.", [("RUS", None, "instructor", "MLI", "deployed")]),
    ("Germany withdrew its Eurofighter jets from Romania in 2023 but has kept an A330 tanker aircraft at the base.",
     [("DEU", None, "jet", "ROU", "withdrawn"), ("DEU", None, "aircraft", ..., "stationed")]),
    ("About 80 Italian personnel are housed at the airport.", [("ITA", 80, "personnel", ..., "stationed")]),
    ("North Korean troops have been deployed to Russia.", [("PRK", None, "troop", "RUS", "deployed")]),
    ("Chinese warships sailed near the island.", [("CHN", None, "warship", ..., "deployed")]),
    ("Canada is going to send 200 more soldiers to Latvia.", [("CAN", 200, "soldier", "LVA", "planned")]),
]


@pytest.mark.parametrize(("text", "want"), NAMED, ids=[t[:40] for t, _ in NAMED])
def test_named_forces(make_doc, text, want):
    got = _facts(make_doc, text)
    assert _agree(got, want), got


@pytest.mark.parametrize("text", [
    "The airline moved its planes to Dubai.",
    "Russia launched 40 drones at Kyiv.",
    "The army deployed 600 troops to the northern border, the minister said.",  # whose army is not said
    "Students from the military academy arrived in Vienna.",
    "We are committed to the defense of our ships and our sailors in the Red Sea.",
    "It will help us produce weapons and equipment that the United States can send to Ukraine.",
])
def test_not_named_forces(make_doc, text):
    assert _facts(make_doc, text) == []


@pytest.mark.parametrize(("text", "want"), [
    ("KYIV, Ukraine — The reinforcements raised the army's presence near Kharkiv to about 8,000 soldiers, he said.",
     [("UKR", 8000, "soldier", ..., "stationed")]),
    ("LONDON — Critics say ministers have cut the Army to about 70,000 soldiers.", [("GBR", 70000, "soldier", None, None)]),
])
def test_the_army_is_the_local_country(text, want):
    from pipeline import extract

    got = [(f.owner, f.size, f.unit, f.location, f.status) for f in extract(text, published="2024-01-01").forces]
    assert _agree(got, want), got


STRONG = [
    ("Britain will send a 900-strong battalion to Estonia.", [("GBR", 900, "troop", "EST", "planned")]),
    ("The 1,200-strong Dutch contingent left Mali in 2023.", [("NLD", 1200, "troop", "MLI", "withdrawn")]),
    ("Israel deployed a 5,000-strong force to the Gaza border.", [("ISR", 5000, "troop", ..., "deployed")]),
    ("He once led the roughly 3,000-strong Italian contingent in Lebanon.", [("ITA", 3000, "troop", "LBN", None)]),
    ("The 40-strong team of engineers arrived on Monday.", []),
]


@pytest.mark.parametrize(("text", "want"), STRONG, ids=[t[:40] for t, _ in STRONG])
def test_n_strong_forces(make_doc, text, want):
    got = _facts(make_doc, text)
    assert _agree(got, want), got


def test_we_in_a_transcript_turn_is_the_speakers_government():
    from pipeline import extract

    text = ("Remarks by Prime Minister Ashworth and President Laine\n\n"
            "PRIME MINISTER ASHWORTH: Thank you. Australia's Prime Minister Ashworth is glad to be here. "
            "We're going to send four more F-35 jets to Finland next year.\n\n"
            "Q Will you send troops?\n\n"
            "PRESIDENT LAINE: Finnish President Laine thanks Australia. We will deploy 300 soldiers to Estonia.")
    got = [(f.owner, f.size, f.location) for f in extract(text, published="2024-01-01").forces]
    assert got == [("AUS", 4, "FIN"), ("FIN", 300, "EST")]


def test_a_sized_force_of_one_kind_does_not_state_the_other(make_doc):
    text = ("About 150 German soldiers are based at the air base in Jordan. Germany withdrew its Tornado jets from "
            "Jordan in 2022 but has kept a tanker aircraft at the base. German troops have been in Jordan since 2017.")
    got = [(o, s, u, st) for o, s, u, _, st in _facts(make_doc, text)]
    assert got == [("DEU", 150, "soldier", "stationed"), ("DEU", None, "jet", "withdrawn"),
                   ("DEU", None, "aircraft", "stationed")]


@pytest.mark.parametrize(("text", "want"), [
    ("Spain will send a frigate group, which comprises four warships, to the Baltic Sea.",
     [("ESP", 4, "warship", ..., "planned")]),
    ("We will maintain a rotational brigade, which is 4,000 soldiers, in Poland.",
     [("USA", 4000, "soldier", "POL", "planned")]),
    ("The company, which has 3,000 employees, was sold.", []),
])
def test_a_formation_described_by_its_size(make_doc, text, want):
    got = _facts(make_doc, text, country="USA")
    assert _agree(got, want), got


def test_mission_table_entries_have_an_owner_and_a_reason():
    import json
    from importlib import resources

    from pipeline.forces.missions import mission_owner

    raw = json.loads(resources.files("pipeline.data").joinpath("force_missions.json").read_text("utf-8"))
    for name, (owner, why) in raw["missions"].items():
        assert owner in ("UN", "NATO", "EU") and len(why) > 10, name
    assert (mission_owner("the UNIFIL"), mission_owner("kfor"), mission_owner("Bundeswehr")) == ("UN", "NATO", None)
