"""Persons and places of the tenth round's stress tests (reporters called on in briefings, full
names whose surname the article writes alone, titles glued to names, "St."/"Saint" place names).
The texts are invented."""

from __future__ import annotations

import pytest

from pipeline.knowledge import places as P

pytestmark = pytest.mark.model


def _persons(doc) -> list[str]:
    return [e.name for e in doc._.newsie_entities if e.label == "PERSON"]


def _entity(doc, name):
    return next((e for e in doc._.newsie_entities if e.name == name), None)


@pytest.mark.parametrize("text, name", [
    # a moderator calls on a reporter and names the outlet
    ("MS. VALDER:  Okay, let's go to Asli Karaman with the Tribune Herald.\n\n"
     "Q    Thanks for doing this.", "Asli Karaman"),
    ("MODERATOR:  Let's go to Oyelaran Pettiford at WKXT.\n\nQ    Hello.  Two questions.", "Oyelaran Pettiford"),
    ("MR. DANVERS:  And now we'll turn to Yaretzi Quillfeather from the Courier.\n\nQ    Hi.", "Yaretzi Quillfeather"),
])
def test_reporters_called_on(make_doc, text, name):
    assert name in _persons(make_doc(text))


@pytest.mark.parametrize("text, absent", [
    # a place after "go to" is not a reporter, even with "with" after it
    ("We will go to Kansas City with the team next week.", "Kansas City"),
    ("Then we go to Mexico City with the delegation.", "Mexico City"),
])
def test_places_after_go_to_stay_places(make_doc, text, absent):
    assert absent not in _persons(make_doc(text))


@pytest.mark.parametrize("text, present, absent", [
    # a title left before the name
    ("We are joined by Speaker Emerita Dana Whitlock and many others.", ["Dana Whitlock"],
     ["Emerita Dana Whitlock"]),
    ("The award went to Sergeant First Class Corbin Hale of the 3rd Brigade.", [], ["Class Corbin Hale"]),
])
def test_titles_trimmed(make_doc, text, present, absent):
    names = _persons(make_doc(text))
    assert all(p in names for p in present), names
    assert not any(a in names for a in absent), names


@pytest.mark.parametrize("text, name", [
    # a full name the model took for a facility, with the surname alone as a person later
    ("Voters chose Ixchel Velkaro as mayor on Sunday. Velkaro has served the city for decades.",
     "Ixchel Velkaro"),
])
def test_full_name_of_a_surname_mention(make_doc, text, name):
    assert any(p.endswith("Velkaro") and len(p.split()) == 2 for p in _persons(make_doc(text))), name


@pytest.mark.parametrize("written, country", [
    ("St. Petersburg", "RUS"),
    ("Ste. Quillon, Ruvaria", None),
])
def test_abbreviated_saint_in_a_dateline(make_doc, written, country):
    doc = make_doc(f"Growth forecast\n\n{written}, Russia (Reuters) - The minister told an investment forum that "
                   "growth would slow.", title="Growth forecast")
    ent = next((e for e in doc._.newsie_entities if e.name == written.split(",")[0]), None)
    assert (ent.geo.country if ent is not None and ent.geo is not None else None) == country


@pytest.mark.parametrize("written, country, present", [
    ("St. Petersburg", "RUS", True),
    ("Ft. Worth", "USA", True),
    ("St. Xyzzyville", None, False),
])
def test_saint_and_fort_variants(written, country, present):
    cands = P.candidates(written)
    assert bool(cands) == present
    if present:
        assert country in {p.country for p in cands}


def test_no_context_keeps_the_place_of_that_very_name():
    """Without a country after it, "St. Petersburg" stays the place GeoNames writes so."""
    best = P.best(P.candidates("St. Petersburg"), "St. Petersburg")
    assert best is not None and best.country == "USA"


@pytest.mark.parametrize("text, absent", [
    ("\u201cThanks, Dad,\u201d she called from the porch.", "Dad"),
    ("Easter falls early this year, the calendar shows.", "Easter"),
    ("Safe travels to all of you, and Godspeed.", "Godspeed"),
    ("The second reading was taken from Hebrews, chapter eleven.", "Hebrews"),
    ("The agency will consult Tribes before the new rules take effect.", "Tribes"),
])
def test_plain_words_are_not_persons(make_doc, text, absent):
    assert absent not in _persons(make_doc(text))


def test_outlet_after_a_called_on_reporter(make_doc):
    doc = make_doc("MR. VALDER:  Next, we'll go to Odile Marchetti with Politico.\n\nQ    Thanks for doing this.")
    names = _persons(doc)
    assert "Odile Marchetti" in names and "Politico" not in names, names



@pytest.mark.parametrize("text, absent, place", [
    ("The minister opened a terminal south of Ho Chi Minh City, saying it would double capacity.",
     "Chi Minh City", "Ho Chi Minh City"),
    ("A storm flooded parts of Savannah and Martin Luther King Jr. Boulevard on Tuesday.",
     "Jr. Boulevard", "Martin Luther King Jr. Boulevard"),
    ("The parade was moved to Martin Luther King Jr. Day because of the storm.",
     "Martin Luther King Jr. Day", "Martin Luther King Jr. Day"),
])
def test_places_and_days_named_after_people(make_doc, text, absent, place):
    doc = make_doc(text)
    names = _persons(doc)
    assert absent not in names and "Jr. Day" not in names, names
    ent = _entity(doc, place)
    assert ent is not None and ent.label != "PERSON"


@pytest.mark.parametrize("text, name", [
    ("Doris Day sang at the gala on Friday.", "Doris Day"),
    ("Martin Luther King Jr. said the arc of the moral universe is long.", "Martin Luther King Jr."),
])
def test_people_named_like_days_stay(make_doc, text, name):
    assert name in _persons(make_doc(text))


@pytest.mark.parametrize("word, given", [("María", True), ("Andrés", True), ("Héctor", True), ("Québec", False)])
def test_accented_given_names(word, given):
    from pipeline.names import is_given_name
    assert is_given_name(word) is given


@pytest.mark.parametrize("text, present, absent", [
    ("The hearing was opened by Chair Velkaro, and Ranking Member Quintard asked the first question.",
     ["Velkaro", "Quintard"], ["Chair Velkaro", "Ranking Member Quintard", "Ranking"]),
    ("The report was released by CEA Chair Odile Marchetti on Tuesday.", ["Odile Marchetti"],
     ["CEA Chair Odile Marchetti"]),
])
def test_office_and_name_tagged_as_one(make_doc, text, present, absent):
    names = _persons(make_doc(text))
    assert all(p in names for p in present), names
    assert not any(a in names for a in absent), names


@pytest.mark.parametrize("text, absent", [
    ("The Deputy Director General spoke to the Senate Committee.", "General"),
    ("The Chair Council met on Monday.", "Council"),
])
def test_office_words_without_a_name(make_doc, text, absent):
    assert not any(absent in p for p in _persons(make_doc(text)))


@pytest.mark.parametrize("text, name", [
    ("The Coastal Survey Office's Hiroko Tanabe said the tide would peak at noon.", "Hiroko Tanabe"),
])
def test_name_after_a_body_possessive(make_doc, text, name):
    assert name in _persons(make_doc(text))


def test_rank_and_surname_tagged_as_one(make_doc):
    doc = make_doc("The President honoured Army Corporal Abel Quarrington of Georgia. Army Corporal Quarrington "
                   "was killed in 1950. Corporal Quarrington was declared unrecoverable.")
    names = _persons(doc)
    assert not any(n.startswith(("Army", "Corporal")) for n in names), names


@pytest.mark.parametrize("text", [
    "Our goal is to use the U.N. General Assembly to get more resources for the region.",
])
def test_bodies_after_office_words_are_not_persons(make_doc, text):
    assert "Assembly" not in _persons(make_doc(text))


@pytest.mark.parametrize("text, name", [
    ("Jordan's King and Egyptian President Youssef el-Sayed were in attendance. El-Sayed said Egypt would host "
     "follow-up talks in Cairo.", "Youssef el-Sayed"),
])
def test_surname_hyphened_to_a_particle(make_doc, text, name):
    names = _persons(make_doc(text))
    assert name in names and "Youssef" not in names, names


def test_transliteration_of_a_place_name():
    """News writes "Zaporizhzhia" for the city GeoNames calls "Zaporizhzhya"."""
    best = P.best(P.candidates("Zaporizhzhia"), "Zaporizhzhia")
    assert best is not None and best.country == "UKR"


def test_particle_name_and_its_surname(make_doc):
    doc = make_doc("Liesbeth de Wit won the party vote on Thursday. De Wit, 52, will lead the council from May.")
    names = _persons(doc)
    assert "Liesbeth de Wit" in names, names
    assert not any(e.name in ("De Wit", "Liesbeth de Wit") and e.label != "PERSON" for e in doc._.newsie_entities)


@pytest.mark.parametrize("text, absent", [
    ("So far one firm, Kestrova, has applied for a licence to sell the vaccine.", "Kestrova"),
    ("Shares of Varobank, a mid-sized regional bank, fell sharply on Monday.", "Varobank"),
])
def test_firm_in_apposition_is_no_person(make_doc, text, absent):
    assert absent not in _persons(make_doc(text))


@pytest.mark.parametrize("text, name", [
    ("The project was led by Dana Whitlock, a real-estate developer from Ohio.", "Dana Whitlock"),
    ("Dana Whitlock, a former bank manager, said the company would appeal.", "Dana Whitlock"),
])
def test_people_in_apposition_stay(make_doc, text, name):
    assert name in _persons(make_doc(text))


def _items(doc, spans):
    """Items ``(start, end, label)`` for the given (text, label) pairs, as the model might tag them."""
    out = []
    for text, label in spans:
        start = doc.text.index(text)
        span = doc.char_span(start, start + len(text))
        out.append((span.start, span.end, label))
    return sorted(out)


@pytest.mark.parametrize("text, spans, expect", [
    # a reporter the model took for a place, and the outlet it took for a person
    ("MS. VALDER:  Okay, let's go to Asli Karaman with Ledgerline.",
     [("Asli Karaman", "GPE"), ("Ledgerline", "PERSON")], {"Asli Karaman": "PERSON", "Ledgerline": "ORG"}),
    # the surname alone as a person makes the full name one too
    ("Voters chose Ixchel Velkaro as mayor. Velkaro thanked them.",
     [("Ixchel Velkaro", "FAC"), ("Velkaro thanked", "PERSON")], {"Ixchel Velkaro": "PERSON"}),
    # an office and a name tagged as one organisation
    ("The report came from CEA Chair Dana Marchetti on Tuesday.",
     [("CEA Chair Dana Marchetti", "ORG")], {"Dana Marchetti": "PERSON"}),
    ("Thanks to Chair Velkaro for the hearing.", [("Chair Velkaro", "ORG")], {"Velkaro": "PERSON"}),
    # ... but not a body after an adjective office word
    ("The U.N. General Assembly met.", [("General Assembly", "ORG")], {"General Assembly": "ORG"}),
    # a particle name and its surname at a sentence start
    ("Liesbeth de Wit won. De Wit, 52, will lead.", [("Liesbeth de Wit", "ORG"), ("De Wit", "GPE")],
     {"Liesbeth de Wit": "PERSON", "De Wit": "PERSON"}),
])
def test_person_cues_on_model_labels(make_doc, text, spans, expect):
    from pipeline.entities.callouts import person_cues
    from pipeline.entities.tokens import DocWords
    from pipeline.knowledge import countries

    doc = make_doc(text)
    items = _items(doc, [(t.replace(" thanked", ""), lab) for t, lab in spans])
    got = {doc[s:e].text: lab for s, e, lab in person_cues(doc, items, countries.load(), DocWords.of(doc).lower)}
    for name, label in expect.items():
        assert got.get(name) == label, got


def test_plain_words_on_model_labels(make_doc):
    from pipeline.entities.plainwords import plain_words

    doc = make_doc("Thanks, Dad. Easter is near. The Tribes met near Ho Chi Minh City on Martin Luther King Jr. Day.")
    items = _items(doc, [("Dad", "PERSON"), ("Easter", "PERSON"), ("Tribes", "PERSON"),
                         ("Ho Chi Minh City", "PERSON"), ("Martin Luther King Jr.", "PERSON")])
    got = {doc[s:e].text: lab for s, e, lab in plain_words(doc, items)}
    assert not {"Dad", "Easter", "Tribes"} & set(got), got
    assert got["Ho Chi Minh City"] == "GPE" and got["Martin Luther King Jr. Day"] == "EVENT", got
