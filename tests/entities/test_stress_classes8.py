"""Persons and places of the eighth round's stress tests (wire stories, delegation lists and
nomination biographies). The texts are invented."""

from __future__ import annotations

import pytest

from pipeline.knowledge import places as P

pytestmark = pytest.mark.model


def _persons(doc) -> list[str]:
    return sorted(e.name for e in doc._.newsie_entities if e.label == "PERSON")


def _place(doc, name: str) -> str | None:
    return next(e.country for e in doc._.newsie_entities if e.label in ("GPE", "LOC") and e.name == name)


@pytest.mark.parametrize("text, present, absent", [
    # a listed given name that is also a small town's name before a surname the gazetteer takes
    # for a country
    ("CHICAGO - Dwight Jordan, the union lawyer who advised three mayors, has died at 88, his family said.",
     ["Dwight Jordan"], []),
    # a woman's name that is a US state's, the surname alone later
    ("A Tulsa nurse, Georgia Whitcombe, won the award on Monday. Whitcombe said she was surprised.",
     ["Georgia Whitcombe"], ["Georgia"]),
    ("The winner, Georgia Hendricks, is a teacher. Hendricks said she was thrilled.", ["Georgia Hendricks"], []),
    # "The Honorable" abbreviated in a delegation list
    ("Members of the delegation:\n\nT.H. Maren Oduya, Mayor of Fresno\n\nT.H. Colm Rafferty, Deputy Secretary",
     ["Maren Oduya", "Colm Rafferty"], ["T.H. Maren Oduya", "T.H. Colm Rafferty"]),
    # the last words of an office's remit glued before the name
    ("The bill was signed by the President pro Tempore Howard Kessler on Friday.", ["Howard Kessler"],
     ["Tempore Howard Kessler"]),
    ("Our Ambassador to Peru Daniel Whitlow joined the call.", ["Daniel Whitlow"], ["Peru Daniel Whitlow"]),
    ("They were joined by Senior Director for Resilience and Recovery Megan Corliss, who spoke briefly.",
     ["Megan Corliss"], ["Recovery Megan Corliss"]),
    # a law firm named for its partners
    ("Before her nomination she was a partner at Garrity Lowell LLP in Boston.", [], ["Garrity Lowell"]),
    # the diplomatic title is no name
    ("Ms. Ines Carvalho, Chargé d’Affaires a.i., U.S. Embassy Lisbon, will join the delegation.",
     ["Ines Carvalho"], ["Chargé", "Chargé d’Affaires a.i."]),
])
def test_persons(make_doc, text, present, absent):
    names = _persons(make_doc(text))
    assert all(p in names for p in present), names
    assert not any(a in names for a in absent), names


@pytest.mark.parametrize("title, body, name", [
    # a headline's verb and object after the surname the body writes with a first name
    ("President Ruiz Names New Envoys to the Region", "Today, President Ana Ruiz named three envoys.", "Ana Ruiz"),
    ("Governor Tan Announces Storm Relief Appointments", "Governor Jo Tan announced the appointments on Monday.",
     "Jo Tan"),
])
def test_headline_verbs_after_a_surname(make_doc, title, body, name):
    doc = make_doc(f"{title}\n\n{body}", title=title)
    assert _persons(doc) == [name]


@pytest.mark.parametrize("text, absent", [
    # the last words of an office's own phrase, which the roles stage read as its holder
    ("Jo Tan previously served as Director of Policy Research at the Harwell Institute.", "Research"),
    ("Before that, Jo Tan was Chief Economist at the Midlands Development Bank.", "Economist"),
    ("Earlier, Jo Tan was Political Officer for the U.S. Embassies in Benin and Togo.", "Embassies"),
    ("Jo Tan serves as a Governor of the United States Postal Service.", "Postal Service"),
    # a title read into a holder's name
    ("The Presidential Delegation:\n\nThe Honorable Priya Valdane, Deputy Secretary of Energy",
     "Honorable Priya Valdane"),
])
def test_role_holders_that_name_no_one(make_doc, text, absent):
    doc = make_doc(text)
    assert absent not in _persons(doc)
    assert absent not in [r.person_name for r in doc._.newsie_roles]


def test_country_of_an_office_is_no_first_name(make_doc):
    doc = make_doc("The Secretary met Prime Minister of Japan Tanaka Hiroshi in Tokyo.")
    assert "Tanaka Hiroshi" in _persons(doc)
    assert _place(doc, "Japan") == "JPN"


@pytest.mark.parametrize("text, name", [
    ("The President spoke with Chancellor Brandauer about energy prices.", "Brandauer"),
    ("Prime Minister Osei discussed the alliance with the Secretary.", "Osei"),
    # a name after a long office phrase, which the model may tag with the title as one body
    ("The adviser also met Head of the Office of the President of Moldova Petru Ciobanu. Mr. Ciobanu "
     "described the talks.", "Petru Ciobanu"),
    ("She met separately with National Intelligence and Counter-Terrorism Coordinator Aurelien Fabre to "
     "discuss regional threats.", "Aurelien Fabre"),
])
def test_role_holders_after_a_title_stay_persons(make_doc, text, name):
    assert name in _persons(make_doc(text))


@pytest.mark.parametrize("text, name, country", [
    # Indonesia's provinces sit under "geographical units" in ISO 3166-2; the province, not a
    # town of the same name in India
    ("Two tourists were arrested in Bali on Sunday, police said.", "Bali", "IDN"),
    # a story that names only US places: the state
    ("RALEIGH, N.C. (AP) - Former Georgia governor Dale Whitfield spoke in Charlotte on Monday.", "Georgia", "USA"),
    # a bilateral story: the country
    ("WASHINGTON - The United States and Georgia signed a charter. The Secretary met the Georgian prime "
     "minister in Washington.", "Georgia", "GEO"),
])
def test_places(make_doc, text, name, country):
    assert _place(make_doc(text), name) == country


def test_provinces_under_geographical_units_are_regions():
    assert P.best(P.candidates("Aceh"), "Aceh").country == "IDN"
    assert P.region("Bali", "IDN") is not None
