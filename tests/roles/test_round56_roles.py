"""Round 56: the category of a post written with the office it serves after "to", when only the
served office carries a deputy word (knowledge/offices.Offices.classify): "National Security Advisor
to the Vice President" is a national security adviser (the "vice" is the principal's), as "Press
Secretary to the Vice President" is a spokesperson; a post that is itself an aide's stays one.

Every name is invented for these tests.
"""

from __future__ import annotations

import pytest

from pipeline.knowledge.offices import load_offices


@pytest.mark.parametrize(("title", "role"), [
    ("National Security Advisor to the Vice President", "national_security_advisor"),
    ("Press Secretary to the Vice President", "spokesperson"),
    ("Spokesperson to the Deputy Prime Minister", "spokesperson"),
    # the post's own deputy word, or an aide's post, keeps the catch-all
    ("Deputy National Security Advisor to the Vice President", "official_other"),
    ("Chief of Staff to the Vice President", "official_other"),
    ("Special Assistant to the Vice President", "official_other"),
    ("Senior Counsel to the Deputy Attorney General", "official_other"),
    ("Vice President", "official_other"),
])
def test_a_post_serving_a_deputy_office_keeps_its_own_category(title, role):
    assert load_offices().classify(title) == role


@pytest.mark.model
def test_the_vice_presidents_national_security_advisor():
    import pipeline

    text = ("Readout of a Meeting\n\nNational Security Advisor to the Vice President Dr. Tom Arlen hosted a "
            "virtual meeting today with election observers from Guatemala.")
    roles = pipeline.extract(text, published="2023-06-20").to_dict()["roles"]
    assert [(r["person_name"], r["role"], r.get("country")) for r in roles] == [
        ("Tom Arlen", "national_security_advisor", "USA")], roles


@pytest.mark.parametrize(("a", "b"), [("Haytham", "Haitham"), ("Aymen", "Aimen")])
def test_a_y_diphthong_is_one_romanisation(a, b):
    from pipeline.knowledge.offices import folded_name_key

    assert folded_name_key(a) == folded_name_key(b)


@pytest.mark.model
def test_a_ruler_written_in_another_romanisation_is_the_listed_ruler():
    import pipeline

    roles = pipeline.extract("We are grateful for the role played by Sultan Haytham as a mediator.",
                             published="2023-04-19", country="USA").to_dict()["roles"]
    assert [(r["role"], r.get("country")) for r in roles] == [("head_of_state", "OMN")], roles


@pytest.mark.model
def test_a_ruler_spoken_of_in_a_we_sentence_does_not_place_the_speakers():
    import pipeline

    text = ("I welcome today's announcement of an extension of the truce. I want to recognize the hard work of "
            "my Special Envoy for Yemen Tom Arlen. We're grateful for the role played by Sultan Haytham as a "
            "mediator, and we urge the parties to seize this opportunity.")
    roles = pipeline.extract(text, published="2022-08-02").to_dict()["roles"]
    arlen = [r for r in roles if r["person_name"] == "Tom Arlen"]
    assert arlen and all(r.get("country") != "OMN" for r in arlen), roles
