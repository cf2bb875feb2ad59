import pytest

from pipeline.entities import EntityIndex, extract_entities, name_key
from pipeline.ingest import parse_txt
from test_roles import NEWS

pytestmark = pytest.mark.model


def _ents(make_doc, text, **kw):
    return extract_entities(make_doc(text, **kw))


@pytest.mark.parametrize(
    "text, name, code",
    [
        ("The U.S. and Japan held talks.", "United States", "USA"),
        ("Officials from the United States arrived in Tokyo.", "United States", "USA"),
        ("Troops from the ROK took part.", "South Korea", "KOR"),
        ("The DPRK launched a missile.", "North Korea", "PRK"),
        ("Britain will send a carrier.", "United Kingdom", "GBR"),
        ("Ukraine asked for more air defence.", "Ukraine", "UKR"),
    ],
)
def test_countries_get_canonical_names_and_iso3(make_doc, text, name, code):
    ents = _ents(make_doc, text)
    assert any(e.label == "GPE" and e.name == name and e.country == code for e in ents), ents


def test_us_variants_are_one_entity(make_doc):
    ents = _ents(make_doc, "The US and the United States are one. The U.S. agrees.")
    us = [e for e in ents if e.country == "USA" and e.label == "GPE"]
    assert len(us) == 1 and len(us[0].mentions) == 3


@pytest.mark.parametrize(
    "text, demonym, code",
    [
        ("South Korean officials met.", "South Korean", "KOR"),
        ("Japanese destroyers sailed.", "Japanese", "JPN"),
        ("Ukrainian forces advanced.", "Ukrainian", "UKR"),
    ],
)
def test_demonyms(make_doc, text, demonym, code):
    ents = _ents(make_doc, text)
    assert any(e.label == "NORP" and e.country == code for e in ents), ents


def test_surname_joins_full_name(make_doc):
    text = ("French Defence Minister Sebastien Lecornu visited Kyiv on Monday. "
            "Lecornu said France would send more shells. Mr. Lecornu then left.")
    ents = _ents(make_doc, text)
    people = [e for e in ents if e.label == "PERSON"]
    assert [p.name for p in people] == ["Sebastien Lecornu"]
    assert len(people[0].mentions) >= 2


def test_office_words_are_trimmed_from_names(make_doc):
    ents = _ents(make_doc, "President Joe Biden spoke with Chancellor Olaf Scholz.")
    names = {e.name for e in ents if e.label == "PERSON"}
    assert "Joe Biden" in names


def test_mentions_slice_the_original_text(make_doc):
    text = "The United\n    States and the Republic of\nKorea met in Seoul."
    doc = make_doc(text)
    for ent in extract_entities(doc):
        for m in ent.mentions:
            assert text[m.start:m.end] == m.text


def test_dateline_city_is_a_place(make_doc):
    text = "Title here\n\nSEOUL—The defence ministry said on Monday that drills would resume."
    doc = make_doc(text, title="Title here", dateline="SEOUL")
    for kw in ({}, {"title": "Title here", "dateline": "SEOUL"}):  # detected, and given
        ents = extract_entities(doc, **kw)
        assert any(e.name == "Seoul" and e.country == "KOR" and e.geo is not None and e.geo.country == "KOR"
                   for e in ents), ents


def test_index_finds_entity_by_offsets(make_doc):
    text = "Pete Hegseth met Ahn Gyu-back in Seoul."
    doc = make_doc(text)
    index = EntityIndex.build(extract_entities(doc))
    hit = index.at(text.index("Seoul"), text.index("Seoul") + 5)
    assert hit is not None and hit.country == "KOR"
    assert index.person_named("Hegseth").name == "Pete Hegseth"


@pytest.mark.parametrize(("text", "persons"), [pytest.param(t, p, id=t[:40]) for t, p, _ in NEWS])
def test_news_persons(make_doc, text, persons):
    """Canonical person names on the news table of tests/test_roles.py (surname-only, Mr./Ms.,
    name order, particles, hyphens, wrapped lines, headlines, signatures, non-persons)."""
    art = parse_txt(text, source="t", published="2024-05-01")
    doc = make_doc(art.text, title=art.title, dateline=art.dateline, published=art.published)
    got = sorted(e.name for e in extract_entities(doc, title=art.title or "", dateline=art.dateline or "")
                 if e.label == "PERSON")
    assert got == sorted(persons)


def test_familiar_first_name_joins_formal_name(make_doc):
    text = ("Statement from President Joe Biden\n\nWe will respond. Jill Biden joined the President.\n\n"
            "JOSEPH R. BIDEN JR.\n")
    art = parse_txt(text, source="t")
    ents = extract_entities(make_doc(art.text, title=art.title), title=art.title)
    people = sorted(e.name for e in ents if e.label == "PERSON")
    assert people == ["Jill Biden", "Joseph R. Biden Jr."]
    assert name_key("Joe Biden") <= name_key("Joseph R. Biden Jr.")
    assert not name_key("Jill Biden") <= name_key("Joseph R. Biden Jr.")


@pytest.mark.parametrize("text, name, n", [
    ("Papermaster joined Apple from IBM. Mark Papermaster will run the devices unit, and Papermaster "
     "reports to the chief executive.", "Mark Papermaster", 2),
    ("General Motors chief Fritz Henderson resigned on Tuesday. Henderson had led the company since March.",
     "Fritz Henderson", 2),
])
def test_surname_mentions_after_full_name(make_doc, text, name, n):
    people = [e for e in _ents(make_doc, text) if e.label == "PERSON"]
    assert [p.name for p in people] == [name]
    assert len(people[0].mentions) == n


@pytest.mark.parametrize("text, expected, absent", [
    # A country or city inside a company's or bank's name is not a place of its own.
    ("Air France and Singapore Airlines ordered new jets at the show.",
     {("ORG", "Air France"), ("ORG", "Singapore Airlines")}, {"France", "Singapore"}),
    ("The Swiss National Bank and the Bank of Canada cut interest rates.",
     {("ORG", "Swiss National Bank"), ("ORG", "Bank of Canada")}, {"Canada"}),
    ("Shares of China Eastern Airlines rose after the order.", {("ORG", "China Eastern Airlines")}, {"China"}),
    # A maker plus a model number is a product.
    ("The Boeing 737 and the Airbus A320 dominate the short-haul market.",
     {("PRODUCT", "Boeing 737"), ("PRODUCT", "Airbus A320")}, {"Boeing", "Airbus"}),
    # Time-zone and currency codes are not organisations.
    ("Markets closed at 16:30 UTC, and the deal was worth 300 million USD.", set(), {"UTC", "USD"}),
    # A company by its last word or by the noun before it, with every mention.
    ("The Saturn Corporation was sold last year, and Saturn's general manager resigned.",
     {("ORG", "Saturn Corporation"), ("ORG", "Saturn")}, set()),
    ("The German magazine Der Spiegel reported the delay.", {("ORG", "Der Spiegel")}, set()),
    ("Private equity firm Cerberus agreed to buy the carmaker.", {("ORG", "Cerberus")}, set()),
    # A name written iPhone is a product.
    ("Sales of the iPhone rose in China.", {("PRODUCT", "iPhone")}, set()),
])
def test_organisations_and_products_are_not_people_or_places(make_doc, text, expected, absent):
    ents = _ents(make_doc, text)
    got = {(e.label, e.name) for e in ents}
    assert expected <= got, got
    assert not any(e.name in absent for e in ents), got
    assert not any(e.label == "PERSON" for e in ents), got


def test_surname_tagged_as_place_joins_person(make_doc):
    text = "Former GM chief executive Fritz Henderson left in December. Henderson said he was proud of the work."
    people = [e for e in _ents(make_doc, text) if e.label == "PERSON"]
    assert [(p.name, len(p.mentions)) for p in people] == [("Fritz Henderson", 2)]


def test_title_and_name_tagged_as_one_organisation(make_doc):
    text = "The airline declined to comment. Spokeswoman Maria Delgado said the fleet was grounded."
    people = [e.name for e in _ents(make_doc, text) if e.label == "PERSON"]
    assert people == ["Maria Delgado"]


@pytest.mark.parametrize(
    "text, name, forms",
    [
        ("Troops patrolled the Demilitarized Zone (DMZ) on Monday. The DMZ stayed quiet.",
         "Demilitarized Zone", {"Demilitarized Zone", "DMZ"}),
        ("The Nuclear Consultative Group (NCG) met in Seoul. The NCG will meet again in June.",
         "Nuclear Consultative Group", {"NCG"}),
        ("Officials of the Ministry of National Defense (MND) agreed. The MND said drills would resume.",
         "Ministry of National Defense", {"MND"}),
    ],
)
def test_acronym_joins_its_long_form(make_doc, text, name, forms):
    ents = extract_entities(make_doc(text))
    hits = [e for e in ents if e.name == name]
    assert len(hits) == 1, ents
    assert forms <= {m.text for m in hits[0].mentions} | {m.text.removeprefix("the ").removeprefix("The ")
                                                          for m in hits[0].mentions}
    assert not [e for e in ents if e.name in forms - {name}]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Soldiers crossed the Demilitarized Zone (DMZ) at dawn.", "Demilitarized Zone"),
        ("Warships sailed through the Taiwan Strait on Tuesday.", "Taiwan Strait"),
        ("Fighting continued in the Kursk Region overnight.", "Kursk Region"),
    ],
)
def test_named_land_and_water_are_places(make_doc, text, name):
    ents = extract_entities(make_doc(text))
    assert any(e.name == name and e.label == "LOC" for e in ents), ents
