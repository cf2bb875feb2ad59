"""Names the small model tags PERSON that are ships, storms, programmes, bodies, headline words or
other entities of the same article (pipeline.entities.notpersons), and dateline cities the model
tags as organisations. The texts are invented."""

import pytest

from pipeline.entities import extract_entities

pytestmark = pytest.mark.model


def _entities(make_doc, text, title=None, dateline=None):
    doc = make_doc(text, title=title, dateline=dateline)
    return extract_entities(doc, title=title, dateline=dateline)


def _persons(make_doc, text, title=None):
    return sorted(e.name for e in _entities(make_doc, text, title=title) if e.label == "PERSON")


@pytest.mark.parametrize("text, absent", [
    # ships
    ("The destroyers USS Kettering and USS Malloy sailed from the base on Monday, the navy said.", "Kettering"),
    ("Britain sent HMS Dunmore to the region, Defence Secretary Ruth Calder said.", "Dunmore"),
    # a storm's name, with and without its storm word
    ("Hurricane Rosalind hit the coast on Tuesday. Officials said Rosalind was the strongest storm in years "
     "and that Rosalind would weaken over land.", "Rosalind"),
    ("Storm Wilhelmina brought gales to Wales. Forecasters said Wilhelmina would clear by Friday.", "Wilhelmina"),
    # programmes and laws named with a word that is no given name
    ("The plan raises the maximum Pell Grant for students from low-income families.", "Pell Grant"),
    ("Mayors welcomed money from the Bipartisan Infrastructure Law for bridges.", "Bipartisan Infrastructure Law"),
    # a name modifying a body
    ("The Biden-Harris Administration announced new grants for rural clinics.", "Harris Administration"),
    # a possessive's head noun
    ("Remarks at the Vice President’s Residence\n\nGood morning, everyone.", "’s Residence"),
    # the organisation slot of "Name, Title, Organisation" lines, and a title alone
    ("Participants included:\n\n- Dr. Ana Ruiz, President, Tolliver State University\n"
     "- Mark Okafor, Founder, Harbor Relief Project\n- Jo Tan, Senior Policy Advisor, Lumen Trust", "Tolliver"),
    ("Participants included:\n\n- Mark Okafor, Founder, Harbor Relief Project\n", "Founder"),
    ("Attendees:\n\n- Jo Tan, Senior Policy Advisor, Lumen Trust\n- Ana Ruiz, Executive Director, Kestrel\n",
     "Policy Advisor"),
    # a compound modifier
    ("The president named Qatar a major Non-NATO ally last year.", "Non"),
], ids=lambda v: v[:40] if isinstance(v, str) else None)
def test_not_persons(make_doc, text, absent):
    assert absent not in _persons(make_doc, text)


@pytest.mark.parametrize("text, present", [
    ("Rosalind Okafor, the mayor, said the town would rebuild.", "Rosalind Okafor"),
    ("Emma Law, a lawyer for the family, said they would appeal.", "Emma Law"),
    ("Paul Grant, the team's coach, praised the players.", "Paul Grant"),
    ("Participants included:\n\n- Dr. Ana Ruiz, President, Tolliver State University\n", "Ana Ruiz"),
], ids=lambda v: v[:40] if isinstance(v, str) else None)
def test_still_persons(make_doc, text, present):
    assert present in _persons(make_doc, text)


@pytest.mark.parametrize("text, title, absent", [
    ("Director Voss Statement on the Harbor Accord\n\nThe accord is a good step, Director Voss said.",
     "Director Voss Statement on the Harbor Accord", "Voss Statement"),
    ("Readout of Secretary Lena Amaral Meeting with Farm Leaders\n\nSecretary Lena Amaral met farmers today.",
     "Readout of Secretary Lena Amaral Meeting with Farm Leaders", "Lena Amaral Meeting"),
], ids=lambda v: v[:40] if isinstance(v, str) else None)
def test_headline_words_cut_from_names(make_doc, text, title, absent):
    persons = _persons(make_doc, text, title=title)
    assert absent not in persons
    assert absent.rsplit(" ", 1)[0] in persons


def test_one_word_person_named_like_a_company_is_the_company(make_doc):
    text = ("Brightwater's chief executive will retire, the studio's parent said. Brightwater will release "
            "two films next year, and analysts expect Brightwater to post a profit.")
    ents = _entities(make_doc, text)
    assert "Brightwater" not in [e.name for e in ents if e.label == "PERSON"]


def test_surname_tagged_as_organisation_joins_the_person(make_doc):
    text = ("A court jailed former minister Geoffrey Tallis for fraud on Thursday. Tallis's lawyer said he "
            "would appeal. Tallis, 67, denied the charges.")
    ents = _entities(make_doc, text)
    assert not [e for e in ents if e.label != "PERSON" and e.name == "Tallis"]
    assert [e.name for e in ents if e.label == "PERSON"] == ["Geoffrey Tallis"]


@pytest.mark.parametrize("text, dateline, city, country", [
    ("HALVERSTOWN (Reuters) - Talks resumed on Monday.", "HALVERSTOWN", None, None),
    ("SEATTLE (Reuters) - Machinists voted to end their strike on Monday.", "SEATTLE", "Seattle", "USA"),
    ("TURIN, Italy (AP) — The home side won the final on Sunday.", "TURIN, Italy", "Turin", "ITA"),
], ids=lambda v: v[:30] if isinstance(v, str) else None)
def test_dateline_city_is_a_place(make_doc, text, dateline, city, country):
    ents = _entities(make_doc, text, dateline=dateline)
    places = {e.name: e.country for e in ents if e.label == "GPE"}
    assert not [e for e in ents if e.label == "ORG" and e.name.upper() == dateline.split(",")[0]]
    if city:
        assert places.get(city) == country


@pytest.mark.parametrize("text, dateline, city, state", [
    ("ATHENS, Ga. (AP) — Students marched across the campus on Thursday.", "ATHENS, Ga.", "Athens", "Georgia"),
    ("NORFOLK, Va. (AP) — The carrier left port on Tuesday.", "NORFOLK, Va.", "Norfolk", "Virginia"),
], ids=lambda v: v[:30] if isinstance(v, str) else None)
def test_ap_state_abbreviation_in_dateline(make_doc, text, dateline, city, state):
    ents = {e.name: e for e in _entities(make_doc, text, dateline=dateline) if e.label == "GPE"}
    assert ents[city].country == "USA" and ents[city].geo.admin1 == state


@pytest.mark.parametrize("abbr, state", [("MD", "Maryland"), ("Fla.", "Florida"), ("Ga.", "Georgia"), ("D.C.", "District of Columbia"),
                                         ("LA", None), ("Ohio", None)])
def test_state_name(abbr, state):
    from pipeline.knowledge.usstates import state_name
    assert state_name(abbr) == state


def test_georgia_abbreviation_is_the_us_state():
    from pipeline.entities.geo import resolve
    from pipeline.knowledge import countries
    res = resolve(countries.load(), "Ga.")
    assert res.country == "USA" and res.geo.admin1 == "Georgia"


@pytest.mark.parametrize("town, countries_named, regions, country, admin1", [
    ("Valencia", {"ESP"}, set(), "ESP", None),
    ("Pasadena", {"USA"}, {("USA", "California")}, "USA", "California"),
    ("Paris", {"USA"}, {("USA", "Texas")}, "FRA", None),  # a capital keeps its sense
    ("Valencia", set(), set(), "VEN", None),  # nothing named: the most populous
])
def test_town_in_article_country_or_region(town, countries_named, regions, country, admin1):
    from pipeline.entities.geo import in_article, resolve
    from pipeline.knowledge import countries
    gaz = countries.load()
    res = in_article(gaz, town, resolve(gaz, town), countries_named,
                     {(c, countries.key(r)) for c, r in regions})
    assert (res.country, res.geo.admin1) == (country, admin1)


@pytest.mark.parametrize("text, absent", [
    ("Halvorsen Dynamics CEO Ana Ruiz said the company would cut 300 jobs.", "Halvorsen Dynamics"),
    ("Kettridge shares fell 4 percent after the results.", "Kettridge"),
], ids=lambda v: v[:40] if isinstance(v, str) else None)
def test_name_modifying_a_company_noun_is_a_company(make_doc, text, absent):
    assert absent not in _persons(make_doc, text)


@pytest.mark.parametrize("text, name", [
    ("The nation mourned the late president Sheikh Khalifa bin Zayed Al Hamdan, the statement said.",
     "Khalifa bin Zayed Al Hamdan"),
    ("Participants:\n\n-   Dana Whitfield, Jr. Riverside Action Alliance\n-   Omar Castillo\n", "Dana Whitfield Jr."),
], ids=lambda v: v[:40] if isinstance(v, str) else None)
def test_full_names_kept(make_doc, text, name):
    assert name in _persons(make_doc, text)


@pytest.mark.parametrize("text, absent, present", [
    ("Flights were cancelled by Kestrel Australia and two other airlines, airport manager Dana Whitfield said.",
     "Kestrel Australia", "Dana Whitfield"),
], ids=lambda v: v[:40] if isinstance(v, str) else None)
def test_name_ending_in_a_country(make_doc, text, absent, present):
    persons = _persons(make_doc, text)
    assert absent not in persons and present in persons


@pytest.mark.parametrize("text, dateline, country", [
    ("ATLANTA (Reuters) - Georgia's governor signed the budget on Friday, and lawmakers in Georgia went home.",
     "ATLANTA", "USA"),
    ("TBILISI (Reuters) - Georgia's government said on Friday it would hold talks with the opposition.",
     "TBILISI", "GEO"),
], ids=lambda v: v[:30] if isinstance(v, str) else None)
def test_georgia_state_or_country_by_the_article(make_doc, text, dateline, country):
    ents = [e for e in _entities(make_doc, text, dateline=dateline) if e.name == "Georgia"]
    assert ents and ents[0].country == country


def test_next_person_of_a_title_list_stays_a_person(make_doc):
    text = ("Today, Dana Whitfield, White House Budget Director, Omar Castillo, Council on Rural Policy "
            "Director, and Lena Ortiz met the mayors.")
    assert "Omar Castillo" in _persons(make_doc, text)


def test_world_city_keeps_its_sense_beside_a_small_namesake_region():
    from pipeline.entities.geo import in_article, resolve
    from pipeline.knowledge import countries
    gaz = countries.load()
    res = in_article(gaz, "Geneva", resolve(gaz, "Geneva"), {"USA"}, {("USA", countries.key("New York")),
                                                                      ("USA", countries.key("Illinois"))})
    assert res.country == "CHE"
