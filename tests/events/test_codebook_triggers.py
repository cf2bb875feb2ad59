"""Events: trigger wording the PLOVER codebook defines (category definitions, mode tables and
the CAMEO code list of PLOVER_MANUAL.tex) that the lexicon lacked, and the argument conditions
that keep each word from firing on its other senses.

Sentences are invented in the style of wire copy; none comes from a development, evaluation or
stress text. Rows list every event the text must yield as (type, actor) pairs, the actor matched
against the recorded name or its ISO3 country (recipients are the arguments helpers' business).
"""

from __future__ import annotations

import json

import pytest

from pipeline.events import extract_events
from pipeline.events.lexicon import CATEGORIES, LexiconError, build, load, raw_data

# ---- the lexicon, without a model -----------------------------------------------------------


@pytest.mark.parametrize("lemma, pos, category", [
    ("pound", "verb", "ASSAULT"), ("storm", "verb", "ASSAULT"), ("annex", "verb", "ASSAULT"),
    ("murder", "verb", "ASSAULT"), ("apprehend", "verb", "COERCE"), ("outlaw", "verb", "COERCE"),
    ("prosecute", "verb", "ACCUSE"), ("lambaste", "verb", "ACCUSE"), ("repudiate", "verb", "REJECT"),
    ("laud", "verb", "SUPPORT"), ("forgive", "verb", "SUPPORT"), ("broker", "verb", "CONSULT"),
    ("relent", "verb", "CONCEDE"), ("cede", "verb", "RETREAT"), ("exhort", "verb", "REQUEST"),
    ("amnesty", "noun", "CONCEDE"), ("surrender", "noun", "RETREAT"), ("extradition", "noun", "COOPERATE"),
    ("mediation", "noun", "CONSULT"), ("teleconference", "noun", "CONSULT"), ("enquiry", "noun", "ACCUSE"),
    ("tribute", "noun", "SUPPORT"), ("treaty", "noun", "AGREE"), ("plea", "noun", "REQUEST"),
])
def test_codebook_entries(lemma, pos, category):
    lex = load()
    table = lex.verbs if pos == "verb" else lex.nouns
    assert table[lemma].type == category


@pytest.mark.parametrize("verb, particle, obj, category", [
    ("take", "to", "street", "PROTEST"), ("call", "off", "talk", "SANCTION"), ("rule", "out", None, "REJECT"),
    ("blow", "up", None, "ASSAULT"), ("round", "up", None, "COERCE"),
    ("back", "down", None, "CONCEDE"), ("step", "aside", None, "RETREAT"), ("hit", "out", None, "ACCUSE"),
])
def test_codebook_phrases(verb, particle, obj, category):
    assert any(p.particle == particle and p.object == obj and p.type == category for p in load().phrases[verb])


@pytest.mark.parametrize("verb", ["slap", "reimpose", "levy", "unleash", "wage", "seal", "bring", "kick"])
def test_codebook_light_verbs(verb):
    assert verb in load().light_verbs


def test_conditions_are_loaded():
    lex = load()
    assert lex.verbs["seize"].place_object == "ASSAULT"
    assert lex.verbs["vow"].xcomp["reprisal"] == "THREATEN"
    assert "up" in lex.verbs["sign"].not_particle


@pytest.mark.parametrize("field", ["xcomp", "place_object"])
def test_new_fields_are_checked(field):
    data = raw_data()
    bad = {"xcomp": {"no_such_class": "THREATEN"}, "place_object": "INVADE"}[field]
    data["verbs"] = {**data["verbs"], "vow": {**data["verbs"]["vow"], field: bad}}
    with pytest.raises(LexiconError):
        build(json.loads(json.dumps(data)))


def test_new_entries_use_known_categories():
    data = raw_data()
    for section in ("verbs", "nouns"):
        for lemma, raw in data[section].items():
            for key in ("place_object",):
                assert raw.get(key) in (None, *CATEGORIES), lemma
            for typ in raw.get("xcomp", {}).values():
                assert typ in CATEGORIES, lemma


# ---- extract_events on invented wire sentences (model) ---------------------------------------

CASES = [
    # ASSAULT: bombardment, storming, occupying a named or common-noun place, shooting down
    ("Syrian government forces pounded the town of Saraqeb with artillery on Sunday.", [("ASSAULT", "SYR")]),
    ("Ethiopian troops captured the town of Gondar on Tuesday.", [("ASSAULT", "ETH")]),
    ("Sudan's army seized the town of Sennar after heavy fighting.", [("ASSAULT", "SDN")]),
    ("Ukraine downed 18 Russian drones overnight.", [("ASSAULT", "UKR")]),
    ("Al-Shabaab fighters stormed a hotel in Mogadishu.", [("ASSAULT", "Al-Shabaab")]),
    ("Indian and Pakistani troops exchanged fire across the Line of Control.", [("ASSAULT", "IND")]),
    # seizing goods stays COERCE; seizing a chance is no event
    ("Turkish police seized 40 kilograms of heroin in Istanbul.", [("COERCE", "TUR")]),
    ("Canada seized the opportunity to expand its trade with Asia.", []),
    # a vow of force is a threat, a vow to cooperate a promise
    ("Hamas vowed to retaliate against Israel.", [("THREATEN", "Hamas")]),
    ("Iran vowed revenge after the strike.", [("THREATEN", "IRN")]),
    ("Japan pledged to expand cooperation with India.", [("AGREE", "JPN")]),
    # SANCTION light verbs and forms
    ("The Treasury Department slapped sanctions on four Venezuelan officials.", [("SANCTION", "Treasury Department")]),
    ("Washington reimposed sanctions on Caracas last week.", [("SANCTION", "USA")]),
    ("Iran called off talks with the European Union.", [("SANCTION", "IRN")]),
    ("Kenya closed its embassy in Khartoum.", [("SANCTION", "KEN")]),
    ("Venezuela froze the assets of three opposition leaders.", [("SANCTION", "VEN")]),
    ("The U.S. Treasury froze the assets of two Iranian banks on Monday.", [("SANCTION", "USA")]),
    # lifting a veto concedes; it is no rejection
    ("Hungary lifted its veto on the aid package for Ukraine.", [("CONCEDE", "HUN")]),
    ("Egypt granted amnesty to 30 political prisoners.", [("CONCEDE", "EGY")]),
    # talks before the act are an event of their own; a summit where it happened is its setting
    ("Hungary lifted its veto after talks with President Emmanuel Macron of France.",
     [("CONCEDE", "HUN"), ("CONSULT", "HUN")]),
    ("Japan signed the accord at a summit with South Korea.", [("AGREE", "JPN")]),
    # PROTEST, CONSULT
    ("Tens of thousands of Serbians took to the streets of Belgrade on Saturday.", [("PROTEST", "SRB")]),
    ("China and the Philippines exchanged views on the South China Sea.", [("CONSULT", "CHN")]),
    ("Qatar brokered a deal between Hamas and Israel.", [("CONSULT", "QAT"), ("AGREE", "Hamas")]),
    # REJECT
    ("Moscow ruled out talks with Kyiv.", [("REJECT", "RUS")]),
    ("Russia blocked the Security Council resolution on Syria.", [("REJECT", "RUS")]),
    ("The Kremlin dismissed the report as nonsense.", [("REJECT", "RUS")]),
    ("Tehran dismissed the new measures as illegal.", [("REJECT", "IRN")]),
    # SUPPORT, ACCUSE, REQUEST
    ("Japan restored diplomatic relations with South Korea.", [("SUPPORT", "JPN")]),
    ("Britain paid tribute to the late king.", [("SUPPORT", "GBR")]),
    ("Beijing lambasted Washington over the arms sale.", [("ACCUSE", "CHN")]),
    ("France objected to the proposal.", [("ACCUSE", "FRA")]),
    ("Ukraine's president pleaded with allies for more air defence.", [("REQUEST", "UKR")]),
    # a participle that spells out the main clause's act is the same event
    ("The European Union imposed sanctions on four firms in March, freezing their assets.",
     [("SANCTION", "European Union")]),
    ("Russian artillery shelled the village of Kupiansk on Monday, killing three civilians.", [("ASSAULT", "RUS")]),
    ("Ukraine and Russia swapped 90 prisoners of war on Friday.", [("CONCEDE", "UKR")]),
    ("Russian missiles hit fuel depots near Odesa.", [("ASSAULT", "RUS")]),
    ("The new tariffs hit the economy hard last year.", []),
    # COERCE, MOBILIZE, COOPERATE, RETREAT
    ("Myanmar's junta imposed martial law in 11 townships.", [("COERCE", "MMR")]),
    ("Mali's junta outlawed the main opposition party.", [("COERCE", "MLI")]),
    ("Turkey amassed troops on the Syrian border.", [("MOBILIZE", "TUR")]),
    ("Poland scrambled fighter jets after Russian missile strikes near its border.",
     [("MOBILIZE", "POL"), ("ASSAULT", "RUS")]),
    ("South Korea and the United States kicked off joint military drills.", [("COOPERATE", "KOR")]),
    ("Israeli Defence Minister Yoav Gallant quit the government.", [("RETREAT", "Yoav Gallant")]),
    ("Armenia ceded the district to Azerbaijan.", [("RETREAT", "ARM")]),
    # the other senses of the new words make no event
    ("Two million Americans signed up for coverage.", []),
    ("The senator quit smoking in 2010.", []),
    ("The defendant pleaded guilty to fraud on Monday.", []),
    ("Officials in Ottawa pressed ahead with the budget.", []),
    ("The utility restored power to 2,000 homes in Ohio.", []),
    ("Mr. Lee will relinquish his role as chairman of the carmaker next year.", []),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:48] for c in CASES])
def test_codebook_wording(event_inputs, text, expected):
    doc, ents, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=ents, roles=roles, dates=dates)
    shown = [(e.type, e.actor_name, e.actor_country, e.trigger.text) for e in events]
    assert len(events) == len(expected), shown
    left = list(events)
    for typ, actor in expected:
        hit = next((e for e in left if e.type == typ and actor in (e.actor_name, e.actor_country)), None)
        assert hit is not None, ((typ, actor), shown)
        left.remove(hit)
