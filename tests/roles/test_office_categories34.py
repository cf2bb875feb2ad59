"""Round 34: offices the ontology had in the wrong category: a deputy press secretary or deputy
spokesperson speaks for the office (spokesperson), and the national security advisors of leaders
whose post has another name (France's Diplomatic Adviser to the President, Germany's Foreign and
Security Policy Advisor to the Chancellor).

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest

from roles_harness import roles_of  # noqa: F401  (fixture)

from pipeline.roles.titles import classify


@pytest.mark.parametrize(("title", "role"), [
    ("Principal Deputy Press Secretary", "spokesperson"),
    ("Deputy Press Secretary", "spokesperson"),
    ("Deputy Spokesperson", "spokesperson"),
    ("State Department Deputy Spokesman", "spokesperson"),
    ("Diplomatic Advisor to the President", "national_security_advisor"),
    ("Diplomatic Adviser to the Prime Minister", "national_security_advisor"),
    ("Foreign and Security Policy Advisor to the Chancellor", "national_security_advisor"),
    # a deputy who runs press relations without speaking, and other aides, stay officials
    ("Deputy Communications Director", "official_other"),
    ("Senior Advisor to the President", "official_other"),
    ("Chief Foreign Affairs Advisor to the President", "official_other"),
    ("Deputy National Security Advisor", "official_other"),
    # review (round 34): a legislature's or a commission's president has no national security advisor
    ("Diplomatic Adviser to the President of the Senate", "official_other"),
    ("Diplomatic Adviser to the President of the European Commission", "official_other"),
    ("diplomatic envoy", "ambassador"),
])
def test_office_category(title: str, role: str) -> None:
    assert classify(title, None, None) == role


@pytest.mark.model
def test_diplomatic_adviser_in_a_readout(roles_of) -> None:  # noqa: F811
    """The adjective stays in the title, so the office is the French national security advisor's."""
    roles, _ = roles_of("Readout\n\nThe National Security Advisor spoke today with Pierre Lamarche, Diplomatic "
                        "Advisor to the French President, about Ukraine.")
    assert [(r.person_name, r.role, r.country) for r in roles if r.person_name == "Pierre Lamarche"] == [
        ("Pierre Lamarche", "national_security_advisor", "FRA")]


@pytest.mark.model
def test_peace_corps_keeps_its_country(roles_of) -> None:  # noqa: F811
    """Review (round 34): "Peace" after a place is an envoy's brief only after "for"; "U.S. Peace Corps" is a body."""
    roles, _ = roles_of("Readout\n\nU.S. Peace Corps Director Carla Spahnke met Ghanaian President Nana Akufo-Addo in Accra.")
    assert [(r.person_name, r.country) for r in roles if r.person_name == "Carla Spahnke"] == [("Carla Spahnke", "USA")]
