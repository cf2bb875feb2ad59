"""Roles in transcripts, remarks and fact sheets (round 14): the place line of remarks, an unnamed
"the President" between a pronoun and a named person, chairs named among members of Congress,
praise before "leader", department names with "and" before "Secretary", and thank-you lists whose
first name holds no office.

The sentences are written for these tests; names are invented.
"""

from __future__ import annotations

import pytest
from roles_harness import roles_of  # noqa: F401  (fixture)

from pipeline.roles.place_lines import place_line_country
from pipeline.roles.titles import classify


def _triples(roles):
    return {(r.person_name, r.role, r.country) for r in roles}


@pytest.mark.parametrize("text,code", [
    ("Remarks as Prepared for Delivery by First Lady Ann Roe at a Reception\n\nSpringfield, IL\n\n"
     "Thank you all.", "USA"),
    ("Remarks by the President at a Dinner\n\n*Grand Hall  \nOttawa, Canada*\n\n7:19 P.M. EDT\n\n"
     "THE PRESIDENT:  Thank you.", "CAN"),
    ("Press Gaggle by the Press Secretary\n\nAboard Air Force One\nEn Route Denver, Colorado\n\n"
     "MS. ROE:  Hi, everyone.", None),
    ("Remarks by the Vice President\n\nJane Roe, Chair\n\nTHE VICE PRESIDENT:  Good morning.", None),
    ("Officials met on Monday. The talks were long, and Jane Roe, the envoy, left early.", None),
])
def test_place_line_country(text, code):
    assert place_line_country(text) == code


@pytest.mark.parametrize("title,role", [
    ("Health and Human Services Secretary", "minister_other"),
    ("Housing and Urban Development Secretary", "minister_other"),
    ("Veterans Affairs Secretary", "minister_other"),
    ("Army Secretary", "official_other"),
    # the White House's 2024 title of the National Security Council's spokesman
    ("National Security Communications Advisor", "spokesperson"),
    # a communications director speaks for the office (Wikipedia: Director of communications; a blind
    # annotator of unseen-dev15 coded one a spokesperson)
    ("Communications Director", "spokesperson"),
])
def test_department_secretaries(title, role):
    assert classify(title, None, "USA") == role


@pytest.mark.model
@pytest.mark.parametrize("text,present", [
    # remarks placed only by their place line: the officials thanked serve its country
    ("Remarks as Prepared for Delivery by First Lady Ann Roe at a Labor Day Reception\n\n"
     "Springfield, IL\n\nThank you all. I am grateful to be joined by Senator Harkness and "
     "Governor Dunmore, who have been great partners.", ("Harkness", "legislator", "USA")),
    # a living former president thanked in person stays one
    ("Remarks by the President at an Award Ceremony\n\nNew York, NY\n\nTHE PRESIDENT:  Thank you, "
     "President Clinton.  It is an honor to be here.", ("Clinton", "head_of_state", "USA")),
    # chairs named among the members of Congress present are the legislature's
    ("THE VICE PRESIDENT:  And to the members of Congress who are here including Chairman "
     "Halvorsen and Chairwoman Pellman, thank you each.\n\nQ  Thank you.",
     ("Halvorsen", "legislator", "USA")),
    # a title the speaker restarts after a dash from its middle is the title begun before it
    ("Remarks by the President\n\nTHE PRESIDENT:  I have complete confidence in the Attorney General — General Pellworth’s "
     "leadership at the White House.\n\nQ  Thank you, sir.", ("Pellworth", "minister_other", "USA")),
    ("Remarks by the President\n\nTHE PRESIDENT:  We thank the troops — General Halloway leads them well, and so does the "
     "White House.\n\nQ  Thank you, sir.", ("Halloway", "military_commander", "USA")),
    # a state's department secretary named with the state's possessive is a state official
    ("Remarks\n\nMS. ROE:  Dr. Vell is a top physician at the White House.  As Secretary of North "
     "Carolina’s Department of Health and Human Services, Dr. Ana Vell developed programs.\n\nQ  Thanks.",
     ("Ana Vell", "official_other", "USA")),
    ("Remarks\n\nMS. ROE:  As Minister of Canada’s Department of Health, Jane Tollin met the White "
     "House team.\n\nQ  Thanks.", ("Jane Tollin", "minister_other", "CAN")),
    # a department name with "and" before "Secretary" is the cabinet secretary's title
    ("Today, U.S. Health and Human Services Secretary Ana Quillon is sending a letter to all "
     "governors, the White House said.", ("Ana Quillon", "minister_other", "USA")),
    # a list that ends "and TITLE NAME" gives each title to the name after it
    ("THE PRESIDENT:  I want to thank my friend Tess Varley, Senator Tom Harkness, Mayor Ann Pell, "
     "and Governor Bob Dunmore for being here at the White House.", ("Tom Harkness", "legislator", "USA")),
])
def test_talk_roles_present(roles_of, text, present):
    roles, _ = roles_of(text, published="2023-05-01")
    assert present in _triples(roles)


@pytest.mark.model
@pytest.mark.parametrize("text,absent", [
    # an unnamed "the President" is nearer than the named foreign leader
    ("MS. ROE:  He was asked about Kaldorov many times, about the war that Kaldorov started.  And "
     "the President answered it in the way that he believed in.  You know, again, being in this "
     "space for some time as a U.S. senator; as a Vice President, leading the effort when he was "
     "Vice President.\n\nQ  Thank you.\n\nMS. ROE:  Sure.", "Kaldorov"),
    # praise before a bare "leader" names no office
    ("THE VICE PRESIDENT:  And in closing, I will paraphrase the words of a great American leader, "
     "Lorna Pettibone, who said that freedom is never won.  The White House agrees.\n\nQ  Thanks.",
     "Lorna Pettibone"),
    # a host thanked as "President X" whose namesake US presidents left office long ago
    ("Remarks as Prepared for Delivery by First Lady Ann Roe at a Parents Conference\n\n"
     "Alexandria, VA\n\nThank you, President Fillmore. Parents raise up the voices of families, "
     "as President Biden says.", "Fillmore"),
    # a past expectation of what someone would be names no office
    ("Remarks as Prepared for Delivery by First Lady Ann Roe\n\nKnoxville, TN\n\nThank you. As Secretary "
     "Pelham said, Tom Varga was always going to be an Education President. He cared.", "Tom Varga"),
    # the first item of a thank-you list holds none of the titles after it
    ("THE PRESIDENT:  I want to thank my friend Tess Varley, Senator Tom Harkness, Mayor Ann Pell, "
     "and Governor Bob Dunmore for being here at the White House.", "Tess Varley"),
])
def test_talk_roles_absent(roles_of, text, absent):
    roles, _ = roles_of(text, published="2023-05-01")
    assert absent not in {r.person_name for r in roles}


@pytest.mark.model
@pytest.mark.parametrize("text,absent", [
    # another body's chair named near the members of a legislature stays that body's
    ("Remarks\n\nMS. ROE:  Senators met members of the Senate Banking Committee today, and Fed Chairman "
     "Pellworth spoke at the White House.\n\nQ  Thanks.", ("Pellworth", "legislator", "USA")),
])
def test_talk_roles_not_read(roles_of, text, absent):
    roles, _ = roles_of(text, published="2023-05-01")
    assert absent not in _triples(roles)


@pytest.mark.model
@pytest.mark.parametrize("text,name", [
    ("MS. ROE:  The President and Senator Hollister served together in the Senate for 20 years.  "
     "Senator Hollister was principled.\n\nQ  Does the President plan to attend Senator Hollister’s "
     "funeral tomorrow?\n\nMS. ROE:  Nothing to share.", "Hollister"),
])
def test_funeral_makes_former(roles_of, text, name):
    roles, _ = roles_of(text, published="2024-03-28")
    mine = [r for r in roles if r.person_name.endswith(name)]
    assert mine and all(r.status == "former" for r in mine)
