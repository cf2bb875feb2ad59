"""Persons of the twelfth round's stress tests on White House statements and readouts: names the
model tagged together with the office or body before them, "body: name" participant lists,
things read as persons (clock times, awards, an office's remit, organisations), a title before
a surname already named in full, and person keys of particle surnames. The texts are invented."""

from __future__ import annotations

import pytest

from pipeline.entities import person_key

pytestmark = pytest.mark.model


def _persons(doc) -> list[str]:
    return [e.name for e in doc._.newsie_entities if e.label == "PERSON"]


@pytest.mark.parametrize("text, name", [
    # a title noun, a body's head or an office's remit right before the name
    ("We thank Infrastructure Coordinator Voskuijlen and the team.", "Voskuijlen"),
    ("Chief Officer for Europe at the Foreign Ministry Tomas Kavalec joined the talks.", "Tomas Kavalec"),
    ("-   Acting Director of the Office of Management and Budget Shalanda\n    Pryne\n"
     "-   Chair of the Federal Trade Commission Lina Okoro", "Shalanda Pryne"),
    ("Deputy National Security Advisor for Cyber and Emerging Technologies Anne Velkova traveled to Lima. "
     "While there, Velkova met officials.", "Anne Velkova"),
    ("The delegation included Republic Admiral Jean-Philippe Roussard and others.", "Jean-Philippe Roussard"),
    # the holder after the country that ends the office's title
    ("He spoke with Head of the Foreign Relations Department of the Presidential Administration of "
     "Azerbaijan Hikmet Aliyar.", "Hikmet Aliyar"),
])
def test_names_split_off_body_spans(make_doc, text, name):
    assert name in _persons(make_doc(text))


@pytest.mark.parametrize("text, absent", [
    ("The Justice Department said the Security Council would meet.", "Department"),
    ("They met at the Queen Mary Hospital in the morning.", "Mary"),
    # a title word opening a firm's or street's name
    ("And every General Electric, Honeywell and Siemens plant counts.", "Electric"),
    ("I visited the shops right here in Columbia, on Lady Street.", "Street"),
])
def test_bodies_keep_their_words(make_doc, text, absent):
    assert absent not in _persons(make_doc(text))


def test_surname_after_a_remit_is_split_off_alone(make_doc):
    names = _persons(make_doc("He called Secretary of Foreign Affairs\nRuizaga. Alicia Ruizaga thanked him."))
    assert "Alicia Ruizaga" in names and not any("Affairs" in n for n in names), names


@pytest.mark.parametrize("text, name", [
    # "Memel", "Breslau": only old names of cities the place table knows as Klaipėda and Wrocław
    ("As chair of the panel, Georgia Memel has led the work.", "Georgia Memel"),
    ("As chair of the panel, Georgia Breslau has led the work.", "Georgia Breslau"),
])
def test_surname_spelt_like_a_place_completes_a_given_name(make_doc, text, name):
    assert name in _persons(make_doc(text))


_COLON_LIST = (
    "Organizations participating in the meeting included:\n\n"
    "-   Harbor Justice League: John Miller\n"
    "-   Pacific Law Caucus: Aarti Kohlani\n"
    "-   Islands Health Forum: Mary Johnson\n"
    "-   Journalists Association: Naomi Tacuyan Underhill\n"
    "-   Coalition of Island Leaders: Bo Thao-Urbina\n"
    "-   Bar Association: Robert Williams\n"
    "-   Youth Council: Susan Davis\n"
)


@pytest.mark.parametrize("name", ["Aarti Kohlani", "Naomi Tacuyan Underhill", "Bo Thao-Urbina"])
def test_colon_list_names(make_doc, name):
    assert name in _persons(make_doc(_COLON_LIST))


def test_colon_list_bodies_are_not_persons(make_doc):
    """The body before the colon stays out of every person's name (the negative side of the list)."""
    names = _persons(make_doc(_COLON_LIST))
    bodies = ("League", "Caucus", "Forum", "Association", "Coalition", "Council")
    assert not any(b in n for n in names for b in bodies), names


_TITLED_LIST = (
    "**Speakers:**\n\n"
    "-   Governor Ramon Tillery, Ohio Governor\n"
    "-   Rep. Dana Moulder, Ohio State Representative\n"
    "-   Sen. Hollis Pratt, Ohio State Senator\n"
    "-   Jenny Black, President and CEO, Family Health Alliance\n"
    "-   Calla Hulme, Co-owner and Executive Director, A Preferred Women’s\n"
    "    Health Center\n"
)


def test_titled_list_leads_count(make_doc):
    names = _persons(make_doc(_TITLED_LIST))
    assert "Calla Hulme" in names
    assert not any(w in n for n in names for w in ("Alliance", "Governor", "Representative", "Senator")), names


@pytest.mark.parametrize("text, absent", [
    # a transcript's time line
    ("Seoul, Republic of Korea\n\n3:09 P.M. KST\n\nPRESIDENT YOON: Thank you.", "P.M. KST"),
    ("Mexico City, Mexico\n\n10:42 A.M. CST\n\nTHE PRESIDENT: Thank you.", "A.M. CST"),
    # an award
    ("-   Marcus Reed, 1998 Heisman Trophy winner, former player", "Heisman Trophy"),
    # the remit of an office after "and"
    ("-   Jenny Ho, Assistant Director of Research and Collective Bargaining, CWA", "Collective Bargaining"),
    ("-   Assistant to the President for Homeland Security and Counterterrorism", "Counterterrorism"),
    # a military installation named after a person
    ("She flew back to Joint Base Marrow on Tuesday and then visited Fort Dellane.", "Marrow"),
    ("She flew back to Joint Base Marrow on Tuesday and then visited Fort Dellane.", "Dellane"),
    # an organisation named after a noun that says so
    ("He thanked the Russian organization Memorial. Throughout its history, Memorial has revealed the truth.",
     "Memorial"),
])
def test_things_are_not_persons(make_doc, text, absent):
    names = _persons(make_doc(text))
    assert not any(absent.lower() in n.lower() for n in names), names


@pytest.mark.parametrize("text, present, absent", [
    ("I send my best wishes to Archbishop Desmond Kolo on his birthday. I met with Archbishop Kolo often.",
     ["Desmond Kolo"], ["Archbishop Kolo", "Kolo"]),
    # a royal title before a given name stays apart from a commoner of that given name
    ("Later, King Charles met Charles Michel in Brussels.", ["Charles Michel"], []),
])
def test_titled_surnames_join(make_doc, text, present, absent):
    names = _persons(make_doc(text))
    assert all(p in names for p in present), names
    assert not any(a in names for a in absent), names


@pytest.mark.parametrize("name, key", [
    ("von der Leyen", "von der leyen|"),
    ("Ursula von der Leyen", "von der leyen|ursula"),
    ("Van Morrison", "morrison|van"),
    ("Charles de Gaulle", "de gaulle|charles"),
    ("A.B. de Villiers", "de villiers|"),
])
def test_particle_person_keys(name, key):
    assert person_key(name) == key


@pytest.mark.parametrize("text, name", [
    ("President Ruiz spoke today with His Majesty Haitham bin\nTariq Al Mansouri, the Sultan of Oman.",
     "Haitham bin Tariq Al Mansouri"),
])
def test_family_name_after_patronym(make_doc, text, name):
    names = _persons(make_doc(text))
    assert names.count(name) == 1 and not any(n != name and "Mansouri" in n for n in names), names
