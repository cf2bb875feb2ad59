"""Enlisted grades before a service member's name (roles/enlisted_ranks.py): "Marine Corps Lance Cpl.
X", "Army Staff Sgt. Y", "Navy Petty Officer Third Class Z" are posts in the armed forces that command
no force (official_other); a roll of the fallen makes them former; a grade after another capitalised
word is another title.

Every name is invented for these tests.
"""

from __future__ import annotations

import re

import pytest

from pipeline.knowledge.wordlists import word_list
from pipeline.roles.enlisted_ranks import _TITLE


@pytest.mark.parametrize(("text", "title"), [
    ("Marine Corps Lance Cpl. Dana Vell", "Marine Corps Lance Cpl."),
    ("Army Staff Sgt. Owen Rusk", "Army Staff Sgt."),
    ("Navy Petty Officer Third Class Ian Morrow", "Navy Petty Officer Third Class"),
    ("Navy Hospital Corpsman 2nd Class Ian Morrow", "Navy Hospital Corpsman 2nd Class"),
    ("Private First Class Leo Hanke", "Private First Class"),
    ("U.S. Air Force Senior Airman Tessa Lund", "U.S. Air Force Senior Airman"),
    ("Sgt. 1st Class Ray Oduya", "Sgt. 1st Class"),
])
def test_the_longest_grade_and_its_service_are_the_title(text, title):
    m = _TITLE.search(text)
    assert m is not None and " ".join(m.group(0).split()) == title


@pytest.mark.parametrize("text", [
    "the sergeant said", "a Seaman's chest", "Staff Sgt. 12 days",
])
def test_no_grade_without_a_capitalised_name_after_it(text):
    assert _TITLE.search(text) is None


def test_longer_grades_come_before_their_prefixes():
    ranks = word_list("roles", "enlisted_ranks")
    for i, r in enumerate(ranks):
        for longer in ranks[i + 1:]:
            assert not re.match(re.escape(r) + r"\s", longer), (r, longer)


@pytest.mark.model
def test_a_roll_of_the_fallen():
    import pipeline

    text = ("Statement on the Anniversary of the Attack\n\nOne year ago, three service members were killed in "
            "a terrorist attack. We honor the memory of those three souls:\nMarine Corps Staff Sgt. Dana Vell;\n"
            "Navy Petty Officer Third Class Ian Morrow; and\nArmy Cpl. Owen Rusk.\n")
    roles = pipeline.extract(text, published="2023-08-26", country="USA").to_dict()["roles"]
    got = sorted((r["person_name"], r["role"], r["title"], r["status"]) for r in roles)
    assert got == [("Dana Vell", "official_other", "Marine Corps Staff Sgt.", "former"),
                   ("Ian Morrow", "official_other", "Navy Petty Officer Third Class", "former"),
                   ("Owen Rusk", "official_other", "Army Cpl.", "former")], roles


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # a serving soldier: current, no command
    ("Sergeant Jane Corvo of the 82nd Airborne Division spoke to reporters in Kabul.",
     [("Jane Corvo", "official_other", "current")]),
    ("Spc. Tomas Ferrante, a medic, treated the wounded at the base.",
     [("Tomas Ferrante", "official_other", "current")]),
    # a civilian post ending in a grade word is not a grade
    ("Senior Policy Specialist Jane Corvo joined the State Department team.", []),
    # a place line's "Private Residence" names no one
    ("Remarks at a Reception\n\nPrivate Residence\nAlbuquerque, New Mexico\n\nGovernor Anna Pello thanked the guests.",
     [("Anna Pello", "official_other", "current")]),
    # an officer's rank stays a command
    ("Gen. Tomas Ferrante commands the division.", [("Tomas Ferrante", "military_commander", "current")]),
])
def test_a_grade_is_a_post_without_command(text, expected):
    import pipeline

    roles = pipeline.extract(text, published="2024-03-01", country="USA").to_dict()["roles"]
    assert [(r["person_name"], r["role"], r["status"]) for r in roles] == expected, roles


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # (the review's cases) a status word before the grade; a death in its own sentence; a survivor
    ("The late Staff Sgt. Amos Kile was honored at the ceremony.", [("Amos Kile", "official_other", "former")]),
    ("Retired Army Sgt. Jo Flint spoke at the event.", [("Jo Flint", "official_other", "former")]),
    ("Army Spc. Dan Cole died on Sunday after the attack.", [("Dan Cole", "official_other", "former")]),
    ("Staff Sgt. Nora Pike, who survived the crash that killed two crew members, is recovering in Germany.",
     [("Nora Pike", "official_other", "current")]),
    # a nationality before the grade is the grade's country
    ("Ukrainian Sergeant Oleh Marchuk defended the trench.", [("Oleh Marchuk", "official_other", "current")]),
    # one grade per person; another office of the same person stays beside it
    ("Spc. Ali Haddad is a mechanic. Specialist Haddad repaired vehicles in Kuwait.",
     [("Ali Haddad", "official_other", "current")]),
    ("Petty Officer First Class Kai Moreno, a spokesman for the U.S. Fifth Fleet, said the ship was safe.",
     [("Kai Moreno", "official_other", "current"), ("Kai Moreno", "spokesperson", "current")]),
])
def test_a_grades_status_and_its_neighbours(text, expected):
    import pipeline

    roles = pipeline.extract(text, published="2024-03-01", country="USA").to_dict()["roles"]
    assert [(r["person_name"], r["role"], r["status"]) for r in roles] == expected, roles


@pytest.mark.model
def test_a_nationality_before_the_grade_places_it():
    import pipeline

    roles = pipeline.extract("Russian Sgt. Ivan Perov surrendered to Ukrainian forces near Bakhmut.",
                             published="2024-03-01", country="USA").to_dict()["roles"]
    assert [(r["person_name"], r["role"], r.get("country")) for r in roles] == [
        ("Ivan Perov", "official_other", "RUS")], roles
