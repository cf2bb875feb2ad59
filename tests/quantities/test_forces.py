"""Forces stage: military forces as facts, merged across mentions."""

from __future__ import annotations

import json

import pytest

from pipeline.context import ArticleContext
from pipeline.entities import EntityIndex, extract_entities
from evaluation.scorers.compare import units_match
from pipeline.forces import extract_forces
from pipeline.quantities import extract_quantities

pytestmark = pytest.mark.model


def _forces(make_doc, text, **kw):
    doc = make_doc(text, **kw)
    index = EntityIndex.build(extract_entities(doc))
    # The publisher's country is the article's own (the context stage's inference is tested there).
    context = ArticleContext(home_country=kw.get("country"))
    return extract_forces(doc, extract_quantities(doc, index), index, context=context)


def _facts(forces):
    return [(f.owner, f.size, f.unit, f.location, f.status) for f in forces]


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("About 35,000 American troops are stationed in Germany.", ("USA", 35000, "troop", "DEU", "stationed")),
        ("Some 2,500 US Marines are based in Australia.", ("USA", 2500, "marine", "AUS", "stationed")),
        ("Britain has deployed 800 soldiers to Estonia.", ("GBR", 800, "soldier", "EST", "deployed")),
        ("France sent two frigates to the Red Sea last week.", ("FRA", 2, "frigate", None, "deployed")),
        ("Germany will deploy 4,800 troops to Lithuania by 2027.", ("DEU", 4800, "troop", "LTU", "planned")),
        ("Canada plans to send 1,000 more soldiers to Latvia.", ("CAN", 1000, "soldier", "LVA", "planned")),
        ("The Japanese military has about 247,000 personnel.", ("JPN", 247000, "personnel", None, None)),
    ],
)
def test_sized_forces(make_doc, text, fact):
    assert _facts(_forces(make_doc, text)) == [fact]


def test_withdrawn(make_doc):
    forces = _forces(make_doc, "Washington withdrew 2,500 US troops from Iraq.")
    assert [(f.owner, f.size, f.status) for f in forces] == [("USA", 2500, "withdrawn")]


@pytest.mark.parametrize(
    "text",
    [
        "Three American soldiers were killed in Jordan by a drone.",
        "The United States intends to sell Australia three Virginia class submarines.",
        "The ministry will deliver 300 missiles to Ukraine.",
        "Delegates from over 30 countries met in Geneva.",
        "Hyundai will build 300 ships at its yard in Ulsan.",
    ],
)
def test_not_forces(make_doc, text):
    assert _forces(make_doc, text) == ()


def test_mentions_merge(make_doc):
    text = ("The role of the 28,500 US troops stationed in South Korea is changing.\n\n"
            "Approximately 28,500 US troops are stationed in South Korea. "
            "The South Korean military comprises about 450,000 troops.")
    forces = _forces(make_doc, text)
    assert _facts(forces) == [("USA", 28500, "troop", "KOR", "stationed"), ("KOR", 450000, "troop", None, None)]
    assert forces[0].quantities == ("Q1", "Q2")
    assert forces[0].approximate is False
    assert forces[1].approximate is True
    assert [f.id for f in forces] == ["F1", "F2"]


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Leaders condemned troop deployments by North Korea to Russia.", ("PRK", None, "RUS", "deployed")),
        ("NATO continues to monitor the Russian deployments in and around Ukraine.", ("RUS", None, "UKR", "deployed")),
        ("As NATO winds down its military presence in Afghanistan, allies will help.", ("NATO", None, "AFG", "withdrawn")),
    ],
)
def test_sizeless_statements(make_doc, text, fact):
    assert [(f.owner, f.size, f.location, f.status) for f in _forces(make_doc, text)] == [fact]


def test_sizeless_needs_an_owner(make_doc):
    assert _forces(make_doc, "The decision to deploy additional forces was welcomed.") == ()


def test_seed_gold(make_doc):
    from conftest import SEED_GOLD, SEED_TXT

    text = SEED_TXT.read_text(encoding="utf-8")
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    forces = _forces(make_doc, text, title=text.split("\n")[0], published=gold.get("published"))
    assert _facts(forces) == [(g["owner"], g["size"], g["unit"], g["location"], g["status"]) for g in gold["forces"]]
    assert forces[0].quantities == ("Q1", "Q2")


# ---- a held-out style table: news and government sentences not taken from the dev files -----------

# (text, [(owner, size, unit, location, status), ...]); ``...`` = not checked.
FORCE_CASES = [
    ("Russia has massed more than 100,000 troops near Ukraine's border, U.S. officials said.",
     [("RUS", 100000, "troop", None, "deployed")]),
    ("The Pentagon will send about 3,000 additional troops to Poland, officials said on Friday.",
     [("USA", 3000, "troop", "POL", "planned")]),
    ("Some 2,500 U.S. Marines rotate through Darwin each year under the agreement.",
     [("USA", 2500, "marine", "AUS", "deployed")]),
    ("Washington keeps roughly 54,000 service members in Japan under the security treaty.",
     [("USA", 54000, "service member", "JPN", "stationed")]),
    ("The United States withdrew all 2,500 U.S. troops from Afghanistan in August 2021.",
     [("USA", 2500, "troop", "AFG", "withdrawn")]),
    ("France keeps about 1,500 troops in Djibouti, its largest base in Africa.",
     [("FRA", 1500, "troop", "DJI", "stationed")]),
    ("More than 6,000 North Korean troops were sent to Russia's Kursk region, Seoul said.",
     [("PRK", 6000, "troop", "RUS", "deployed")]),
    ("The U.S. has about 900 troops in Syria and 2,500 in Iraq.",
     [("USA", 900, "troop", "SYR", "stationed"), ("USA", 2500, "troop", "IRQ", "stationed")]),
    ("Israel called up 300,000 reservists within 48 hours of the attack.",
     [("ISR", 300000, "reservist", None, "deployed")]),
    ("South Korea's military numbers about 500,000 active-duty personnel.",
     [("KOR", 500000, "personnel", None, None)]),
    ("Pyongyang has an estimated 1.2 million troops under arms.",
     [("PRK", 1200000, "troop", None, None)]),
    ("Around 40,000 U.S. troops are stationed across the Middle East.",
     [("USA", 40000, "troop", None, "stationed")]),
    ("The Kremlin said 1,500 Russian soldiers had been moved to Belarus for the drills.",
     [("RUS", 1500, "soldier", "BLR", "deployed")]),
    ("Turkey maintains some 3,000 troops in northern Iraq.",
     [("TUR", 3000, "troop", "IRQ", "stationed")]),
    ("The U.S. Army has 4,000 soldiers in Texas to support border operations.",
     [("USA", 4000, "soldier", "USA", "stationed")]),
    ("Germany will station a brigade of about 4,800 soldiers in Lithuania by 2027.",
     [("DEU", 4800, "soldier", "LTU", "planned")]),
    ("A battalion of 800 French soldiers is stationed in Romania.",
     [("FRA", 800, "soldier", "ROU", "stationed")]),
    ("Britain will send two brigades to Estonia if Russia attacks.",
     [("GBR", 2, "brigade", "EST", "planned")]),
    ("Japan hosts about 54,000 U.S. military personnel, the largest contingent abroad.",
     [("USA", 54000, "personnel", "JPN", "stationed")]),
    ("The 82nd Airborne Division deployed about 2,000 paratroopers to Kuwait.",
     [(None, 2000, "paratrooper", "KWT", "deployed")]),
    # a planned withdrawal is a withdrawal, never counted as a deployment
    ("The Netherlands will withdraw its 300 soldiers from Mali next year.",
     [("NLD", 300, "soldier", "MLI", "withdrawn")]),
    ("California deployed 700 National Guard soldiers to Los Angeles on Sunday.",
     [("USA", 700, "soldier", "USA", "deployed")]),
    ("India has deployed around 50,000 additional troops along its border with China.",
     [("IND", 50000, "troop", None, "deployed")]),
    ("The U.S. Navy has deployed two aircraft carriers to the eastern Mediterranean.",
     [("USA", 2, "carrier", None, "deployed")]),
    ("China sent a dozen warships around Taiwan on Monday, the island's defence ministry said.",
     [("CHN", 12, "warship", "TWN", "deployed")]),
    ("Washington will deploy four destroyers to Rota, Spain, the Pentagon said.",
     [("USA", 4, "destroyer", "ESP", "planned")]),
    ("Britain will send 12 Typhoon jets to Poland to help guard NATO's eastern flank.",
     [("GBR", 12, "jet", "POL", "planned")]),
    ("Two U.S. Navy destroyers sailed through the Taiwan Strait on Tuesday.",
     [("USA", 2, "destroyer", ..., "deployed")]),
    ("Russia has stationed about 30,000 troops in Belarus, Ukrainian officials say.",
     [("RUS", 30000, "troop", "BLR", "stationed")]),
    # counted soldiers or weapons that are not a force's presence
    ("North Korea fired two ballistic missiles into the sea off its east coast, Seoul said.", []),
    ("At least 17 people were killed in a Russian missile strike on Odesa, officials said.", []),
    ("Three Israeli soldiers were killed in southern Lebanon on Sunday.", []),
    ("Australia will acquire three Virginia-class submarines from the United States in the 2030s.", []),
    ("Ukraine's air force said it shot down 23 of 25 Russian drones overnight.", []),
    ("Poland agreed to buy 48 F-35A fighter jets from Lockheed Martin.", []),
    ("Ukraine has received 31 Abrams tanks from the United States.", []),
    ("Some 4,000 Ukrainian prisoners of war remain in Russian captivity.", []),
    ("Congress approved $61 billion in aid for Ukraine in April.", []),
    ("Kim Jong Un said his country had 12 nuclear warheads.", []),
]


@pytest.mark.parametrize(("text", "expected"), FORCE_CASES, ids=[t[:48] for t, _ in FORCE_CASES])
def test_news_table(make_doc, text, expected):
    got = _facts(_forces(make_doc, text))
    assert len(got) == len(expected), got
    for g, w in zip(got, expected):
        ok = units_match(w[2], g[2]) and all(a is ... or a == b for a, b in zip(w[:2] + w[3:], g[:2] + g[3:]))
        assert ok, (g, w)


def test_first_person_owner_is_the_publisher(make_doc):
    text = "I have ordered the deployment of additional forces to Poland."
    assert [(f.owner, f.location) for f in _forces(make_doc, text, country="USA")] == [("USA", "POL")]
    assert _forces(make_doc, text) == ()


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("WASHINGTON — The White House said on Friday: I have ordered the deployment of 3,000 additional troops "
     "to Poland.", [("USA", 3000, "troop", "POL", "deployed")]),
    ("Zelenskyy said: “We will deploy our forces to Kharkiv.” The White House welcomed the decision.", []),
])
def test_first_person_speaks_for_the_publisher_outside_quotes(text, expected):
    from pipeline import extract

    got = [(f.owner, f.size, f.unit, f.location, f.status) for f in extract(text, published="2024-01-01").forces]
    assert got == expected


# Issue #12 "Why": status from the verb with negation and tense, one force across headline, body and
# troop synonyms, owners from institutions and possessives, orders and purchases never forces.
WHY_FORCES = [
    ("France will withdraw its 1,500 soldiers from Niger.", [("FRA", 1500, "soldier", "NER", "withdrawn")]),
    ("About 1,000 troops would leave Mali by the end of the year.", [(None, 1000, "troop", "MLI", "withdrawn")]),
    ("Germany has pulled out 1,000 troops from Mali.", [("DEU", 1000, "troop", "MLI", "withdrawn")]),
    ("Britain brought home 500 soldiers from Afghanistan.", [("GBR", 500, "soldier", "AFG", "withdrawn")]),
    ("The Pentagon said 2,000 Marines would deploy to Australia.", [("USA", 2000, "marine", "AUS", "planned")]),
    ("Poland's Ministry of National Defence said it will deploy an additional 3,000 soldiers to the border.",
     [("POL", 3000, "soldier", None, "planned")]),
    ("The United States did not deploy 3,000 troops to Poland.", []),
    ("Poland ordered 32 F-35 jets from Lockheed Martin.", []),
    ("Poland bought 250 Abrams tanks from the United States.", []),
    ("Britain ordered 3,000 troops to Estonia.", [("GBR", 3000, "troop", "EST", "deployed")]),
]


@pytest.mark.parametrize(("text", "expected"), WHY_FORCES, ids=[t[:48] for t, _ in WHY_FORCES])
def test_why_forces(make_doc, text, expected):
    assert _facts(_forces(make_doc, text)) == expected


def test_headline_and_body_are_one_force(make_doc):
    text = ("U.S. to send 5,000 troops to Poland\n\nThe United States will send 5,000 troops to Poland, the "
            "Pentagon said. About 5,000 soldiers will arrive next month.")
    forces = _forces(make_doc, text, title="U.S. to send 5,000 troops to Poland")
    assert [(f.owner, f.size, f.location) for f in forces] == [("USA", 5000, "POL")]
    assert len(forces[0].quantities) == 3


# A size stated as the total a movement leaves: same owner and place as the movement ("there",
# "the total force"), the movement's status unless it withdrew (see pipeline/forces/totals.py).
TOTALS = [
    ("Poland's Ministry of National Defence said it will deploy an additional 3,000 soldiers to the border, "
     "bringing the total force there to about 17,000 troops.",
     [("POL", 3000, "soldier", None, "planned"), ("POL", 17000, "troop", None, "planned")]),
    ("The United States deployed 500 more troops to Syria on Monday, taking the total to 2,500 troops.",
     [("USA", 500, "troop", "SYR", "deployed"), ("USA", 2500, "troop", "SYR", "deployed")]),
    ("Britain will send 800 soldiers to Estonia, bringing the total number of troops there to 1,700.",
     [("GBR", 800, "soldier", "EST", "planned"), ("GBR", 1700, "troop", "EST", "planned")]),
    ("Germany withdrew 1,000 soldiers from Mali, reducing the total force there to 400 troops.",
     [("DEU", 1000, "soldier", "MLI", "withdrawn"), ("DEU", 400, "troop", "MLI", None)]),
    ("The United States sent 500 more troops to Syria, taking the total there to 2,500.",
     [("USA", 500, "troop", ..., "deployed"), ("USA", 2500, "troop", ..., "deployed")]),
    ("Canada will deploy 1,200 more soldiers to Latvia, raising the overall contingent there to 2,200 troops.",
     [("CAN", 1200, "soldier", "LVA", "planned"), ("CAN", 2200, "troop", "LVA", "planned")]),
]


@pytest.mark.parametrize(("text", "expected"), TOTALS, ids=[t[:48] for t, _ in TOTALS])
def test_totals_after_a_movement(make_doc, text, expected):
    forces = _forces(make_doc, text)
    assert len(forces) == len(expected)
    for got, want in zip(_facts(forces), expected):
        assert all(w is ... or g == w for g, w in zip(got, want)), (got, want)
    assert forces[-1].approximate is ("about" in text)


@pytest.mark.parametrize("text", [
    "Officials expect the deployment to bring 2,000 troops to the region.",  # the movement itself
    "The reform will take the total to 300 members of parliament.",  # a total no movement leaves
    "The army sent 500 troops, bringing supplies to 2,000 soldiers.",  # carries no total
])
def test_not_totals(make_doc, text):
    from pipeline.forces.totals import total_mover

    assert [t.text for t in make_doc(text) if total_mover(t) is not None] == []


@pytest.mark.parametrize(("title", "fact"), [
    ("U.S. to send 5,000 troops to Poland", ("USA", 5000, "troop", "POL", "planned")),
    ("Germany to deploy 4,800 soldiers to Lithuania", ("DEU", 4800, "soldier", "LTU", "planned")),
    ("France to withdraw 1,500 soldiers from Niger", ("FRA", 1500, "soldier", "NER", "withdrawn")),
    ("Germany deploys 4,800 soldiers to Lithuania", ("DEU", 4800, "soldier", "LTU", "deployed")),
])
def test_headline_infinitive_is_future(make_doc, title, fact):
    assert _facts(_forces(make_doc, title + "\n\nOfficials gave no details.", title=title)) == [fact]
