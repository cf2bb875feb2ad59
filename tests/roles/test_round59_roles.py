"""Round 59: a surname the NER took for a body after a plural title; a party conference's chair.

"Senators Hale and Marquetti", "Secretaries Hale, Moreno, and Quorvik": the small model tags the
later surnames of such a list ORG or PRODUCT, and the roles stage dropped a one-word holder inside a
body's mention. A holder that is the whole mention, capitalised as a surname, is the NER's slip
(roles/misread_surnames.py); a word inside a longer body's name is still none.

"Senate Republican Conference Chair X": a party's conference in a chamber of Congress is its
members there, so its chair is a legislator, as a caucus chair is (roles/caucus_chairs.py); a
"Conference" with no party word is not.

Every name is invented for these tests.
"""

from __future__ import annotations

import pytest

import pipeline
from pipeline.records import Entity, Span
from pipeline.roles.misread_surnames import misread_surname


def _roles(text: str) -> set[tuple]:
    rec = pipeline.extract("Statement\n\n" + text, published="2023-08-29", country="USA").to_dict()
    return {(r["person_name"], r["role"], r["title"], r.get("country")) for r in rec["roles"]}


def _persons(text: str) -> set[str]:
    rec = pipeline.extract("Statement\n\n" + text, published="2023-08-29", country="USA").to_dict()
    return {e["name"] for e in rec["entities"] if e["label"] == "PERSON"}


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("I thank Senators Hale and Marquetti for their work.",
     {("Hale", "legislator", "Senator", "USA"), ("Marquetti", "legislator", "Senator", "USA")}),
    ("I thank Senators Hale and Castine for their work.",
     {("Hale", "legislator", "Senator", "USA"), ("Castine", "legislator", "Senator", "USA")}),
    ("Secretaries Hale, Moreno, and Quorvik will travel to Ohio.",
     {("Hale", "Secretary", "USA"), ("Moreno", "Secretary", "USA"), ("Quorvik", "Secretary", "USA")}),
])
def test_a_listed_surname_tagged_as_a_body_holds_the_plural_office(text, expected):
    got = _roles(text)
    assert expected <= (got | {(n, t, c) for n, _, t, c in got})


@pytest.mark.model
def test_the_misread_surname_becomes_a_person():
    assert {"Hale", "Marquetti"} <= _persons("I thank Senators Hale and Marquetti for their work.")


def _entity(label: str, start: int, end: int, name: str) -> Entity:
    return Entity(id="E1", name=name, label=label, country=None, mentions=(Span(start=start, end=end, text=name),))


@pytest.mark.parametrize(("name", "label", "span", "found"), [
    ("Marquetti", "ORG", (10, 19), True),       # the whole mention, a surname
    ("Quorvik", "PRODUCT", (10, 17), True),
    ("DeLauro", "ORG", (10, 17), True),
    ("Analysis", "ORG", (0, 30), False),        # a word inside a longer body's name (not the whole mention)
    ("NASA", "ORG", (10, 14), False),           # an acronym is a body's name
    ("Ohio", "GPE", (10, 14), False),           # a place is no slip of this kind
    ("Jane Roe", "ORG", (10, 18), False),       # several words: the full-name reading's
])
def test_misread_surname(name, label, span, found):
    ent = _entity(label, *span, name if span[1] - span[0] == len(name) else "Office of Africa Analysis")
    assert (misread_surname(name, 10, 10 + len(name), [ent]) is not None) is found


@pytest.mark.model
@pytest.mark.parametrize(("text", "holder", "role"), [
    ("Senate Republican Conference Chair Tom Hale said the strike was right.", "Tom Hale", "legislator"),
    ("House Republican Conference Chairwoman Ana Roe praised the deal.", "Ana Roe", "legislator"),
    ("U.S. Conference of Mayors Chair Ana Lee spoke.", "Ana Lee", "official_other"),
])
def test_a_party_conference_chair_is_a_legislator(text, holder, role):
    assert any(r[0] == holder and r[1] == role for r in _roles(text))


@pytest.mark.model
@pytest.mark.parametrize(("text", "holder", "role"), [
    ("Palestinian Authority President Ana Roe met the Secretary in Ramallah.", "Ana Roe", "head_of_state"),
    ("Russian Federation President Ivan Petrov spoke by phone.", "Ivan Petrov", "head_of_state"),
    ("Palestinian Authority Prime Minister Ana Roe spoke.", "Ana Roe", "head_of_government"),
])
def test_a_national_body_before_its_heads_title(text, holder, role):
    """roles/preposed_bodies.py: "Palestinian Authority President" as "President of the Palestinian Authority"."""
    assert any(r[0] == holder and r[1] == role for r in _roles(text))


@pytest.mark.parametrize(("title", "country", "role"), [
    ("Authority President", "PSE", "head_of_state"),
    ("Federation President", "RUS", "head_of_state"),
    ("Union President", None, "official_other"),       # no country written: a trade union's, a bloc's
    ("Bank President", "KEN", "official_other"),       # "President of the Bank" names no leader
    ("Football Federation President", "KEN", "official_other"),  # more than one body word
])
def test_preposed_body_role(title, country, role):
    from pipeline.roles.preposed_bodies import preposed_body_role

    assert preposed_body_role(title, "official_other", country, None) == role


@pytest.mark.parametrize(("name", "ok"), [
    ("Jane Roe", True),
    ("Ana", True),
    ("Bill Clinton", True),
    ("Powers Report", False),        # "... Regarding the War Powers Report": a document's name
    ("Arctic Leader Summit", False),  # a meeting's name
    ("Against Impunity", False),     # "Special Prosecutor Against Impunity": a remit
    ("Of Counsel", False),
])
def test_looks_like_holder_name(name, ok):
    """roles/holder_names.py: no name opens with a preposition or ends in a document's or meeting's word."""
    from pipeline.roles.holder_names import looks_like_holder_name

    assert looks_like_holder_name(name) is ok


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Letter to the Speaker of the House and President Pro Tempore of the Senate Regarding the War Powers Report\n\n"
    "On April 14, 2021, I directed the withdrawal of United States forces from Afghanistan.",
    "Fact Sheet\n\nThe United States supports the Special Prosecutor Against\n    Impunity in Guatemala.",
])
def test_no_holder_from_a_heading_or_a_remit(text):
    rec = pipeline.extract(text, published="2021-06-08").to_dict()
    assert not any(r["person_name"] in ("Powers Report", "Against Impunity") for r in rec["roles"])


@pytest.mark.model
def test_a_state_party_conference_chair_is_no_legislator():
    """The review's case: a conference with no chamber written is a party's body, not Congress's."""
    assert not any(r[0] == "Mara Fields" and r[1] == "legislator"
                   for r in _roles("Texas Democratic Conference Chair Mara Fields announced a voter drive."))


@pytest.mark.parametrize(("title", "country", "role"), [
    ("Union President", "KEN", "official_other"),  # a country's union is mostly a trade union
    ("Republic President", "FRA", "head_of_state"),
])
def test_preposed_state_bodies_only(title, country, role):
    from pipeline.roles.preposed_bodies import preposed_body_role

    assert preposed_body_role(title, "official_other", country, None) == role


@pytest.mark.model
@pytest.mark.parametrize(("text", "holder", "org", "country"), [
    ("Remarks at a Reception for UNESCO\n\nThank you all for coming. Director General Ana Roe, thank you for your"
     " leadership.", "Ana Roe", "UNESCO", None),
    ("Remarks\n\nI thank the United Nations and Deputy Secretary General Ana Roe for convening this meeting.",
     "Ana Roe", "UN", None),
    ("Statement\n\nThe Israeli Foreign Ministry said Director General Tom Hale met the Ambassador.", "Tom Hale", None, "ISR"),
])
def test_a_secretariats_title_alone_serves_the_organisation_named(text, holder, org, country):
    """roles/abroad.py :func:`secretariat_body`: "Director General X" in a text on UNESCO is UNESCO's."""
    rec = pipeline.extract(text, published="2023-03-01", country="USA").to_dict()
    got = [(r.get("organization"), r.get("country")) for r in rec["roles"] if r["person_name"] == holder]
    assert got == [(org, country)]


@pytest.mark.parametrize(("title", "role"), [
    ("Chief of the Civil Rights Bureau at the New York State Office of Attorney General", "official_other"),
    ("Chief of Staff in the Office of the Prime Minister", "official_other"),
    ("Director in the Office of the Secretary of Defense", "official_other"),
    ("Spokesperson of the Office of the President", "spokesperson"),
    ("Director of the Office of Management and Budget", "minister_other"),  # a body's own name: unchanged
    ("Secretary of Defense", "defence_minister"),
])
def test_a_post_in_an_offices_office_is_the_post(title, role):
    """roles/preposed_bodies.py :func:`office_post`: the Office of the Prime Minister is a body."""
    from pipeline.roles.titles import classify

    assert classify(title) == role


@pytest.mark.model
@pytest.mark.parametrize(("text", "country", "holder", "expected"), [
    # the second review's cases: a national director general beside his country's body or before an organisation
    ("Statement\n\nThe Kenya Revenue Authority said the IMF review went well. Director General Jane Roe welcomed it.",
     "KEN", "Jane Roe", ("KEN", None)),
    ("Statement\n\nDHAKA - Director General Kamal Ahmed said police had briefed the United Nations team.", None,
     "Kamal Ahmed", ("BGD", None)),
    ("Remarks\n\nThe IAEA will send inspectors. Director General Hanna Moravec said so on Monday.", "USA",
     "Hanna Moravec", (None, "IAEA")),
])
def test_a_national_director_general_stays_national(text, country, holder, expected):
    rec = pipeline.extract(text, published="2023-03-01", country=country).to_dict()
    assert [(r.get("country"), r.get("organization")) for r in rec["roles"] if r["person_name"] == holder] == [expected]


@pytest.mark.parametrize("name", ["To Lam", "In Soo", "Or Levy"])
def test_a_family_name_that_is_also_a_function_word(name):
    """"To", "In" and "Or" open real names (the review's note)."""
    from pipeline.roles.holder_names import looks_like_holder_name

    assert looks_like_holder_name(name)
