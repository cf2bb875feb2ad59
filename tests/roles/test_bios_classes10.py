"""Error classes of the tenth round in nomination announcements and biographies: judicial and
law-enforcement headings ("JANE DOE" / "Nominated to the United States District Court for X",
"Jane Doe: Candidate for United States Marshal for X") read as no nomination, so the nominee's
biography went unread too; a courtesy title ("Judge Jane Doe") hiding the office the biography
names in full; an acting office read as current.

Every sentence is invented for these tests in the style of White House nomination announcements.
"""

from __future__ import annotations

import pytest
from roles_harness import roles_of  # noqa: F401  (fixture)

from pipeline.roles.court_nominations import court_nominations, title_name

_SLATE = ("President Names Judicial Nominees\n\nThe President is announcing his intent to nominate "
          "two candidates for the federal bench.\n\n{head}\n\n{bio}\n")


@pytest.mark.parametrize(("head", "name", "title"), [
    ("**HELENA V. MARSH**\n***Nominated to the United States Court of Appeals for the Ninth Circuit***",
     "Helena V. Marsh", "Judge of the United States Court of Appeals for the Ninth Circuit"),
    ("PETER OKONKWO-BELL\nNominated to the Superior Court of the District of Columbia",
     "Peter Okonkwo-Bell", "Judge of the Superior Court of the District of Columbia"),
    ("1. Dana Whitfield: Candidate for United States Marshal for the Eastern District of Oregon",
     "Dana Whitfield", "Marshal for the Eastern District of Oregon"),
    ("Dana Whitfield: Candidate for the United States District Court for the District of Maine",
     "Dana Whitfield", "Judge of the United States District Court for the District of Maine"),
])
def test_heading_forms(head: str, name: str, title: str) -> None:
    found = court_nominations(f"Intro line.\n\n{head}\n\nShe is a lawyer.")
    assert [(n.name, n.title, n.status) for n in found] == [(name, title, "nominee")]


@pytest.mark.parametrize("text", [
    "Dana Whitfield, a candidate for mayor, spoke on Tuesday.",   # a campaign, no heading
    "HELENA V. MARSH\nShe was nominated to the bench in 2010.",   # no heading form
])
def test_not_headings(text: str) -> None:
    assert court_nominations(text) == []


@pytest.mark.parametrize(("written", "expected"), [
    ("SARAH A. L. QUINN", "Sarah A. L. Quinn"),
    ("JOHN O’NEILL-PARK JR.", "John O’neill-Park Jr."),
    ("Maria de la Cruz", "Maria de la Cruz"),
])
def test_title_name(written: str, expected: str) -> None:
    assert title_name(written) == expected


def test_judicial_biography_read(roles_of) -> None:
    bio = ("Judge Helena V. Marsh has served as a Superior Court Judge in Fairview, Connecticut since 2016. "
           "She was previously an Assistant Public Defender for the State of Connecticut from 2003 to 2014.")
    head = "HELENA V. MARSH\nNominated to the United States District Court for the District of Connecticut"
    roles, _ = roles_of(_SLATE.format(head=head, bio=bio), published="2021-06-15")
    got = {(r.person_name, r.status) for r in roles if r.person_name == "Helena V. Marsh"}
    assert ("Helena V. Marsh", "nominee") in got
    assert ("Helena V. Marsh", "current") in got  # the Superior Court judgeship, not lost to "Judge"
    assert ("Helena V. Marsh", "former") in got


def test_acting_office_in_biography(roles_of) -> None:
    bio = ("Tomas R. Ellery currently serves as an Acting Deputy Assistant Attorney General in the Department "
           "of Justice's Civil Rights Division.")
    head = "TOMAS R. ELLERY\nNominated to the District of Columbia Court of Appeals"
    roles, _ = roles_of(_SLATE.format(head=head, bio=bio), published="2021-06-15")
    acting = [r for r in roles if r.title.startswith("Acting Deputy")]
    assert acting and acting[0].status == "acting"


_BIO = ("President Announces Key Nominees\n\nThe President announced his intent to nominate Jane Roe.\n\n"
        "Jane Roe, Nominee for Member of the National Council on the Humanities\n\n{sentence}\n")


@pytest.mark.parametrize(("sentence", "kept"), [
    ("Jane Roe has been a Regional Director for Riverside Safety Network since 2021.", False),
    ("Jane Roe is the General Counsel and Head of Public Policy for Contoso.", False),
    ("Previously, she was Director of Security for Fabrikam Health Corporation from 2018 to 2020.", False),
    ("She was a staff attorney at Northwind Legal Aid Society from 2001 to 2004.", False),
    ("Jane Roe has served as a Regional Director for the Department of Labor since 2021.", True),
    ("She previously served as Director for Andean Affairs at the National Security Council.", True),
    ("She previously served as Senior Advisor to Mayor Tom Greer from 2015 to 2017.", True),
    ("She served earlier as Senior Advisor for South/Central Asia in the Office of the Vice President.", True),
])
def test_private_employer_after_the_title(roles_of, sentence: str, kept: bool) -> None:
    roles, _ = roles_of(_BIO.format(sentence=sentence), published="2023-05-01")
    own = [r for r in roles if r.person_name == "Jane Roe" and r.status != "nominee"]
    assert bool(own) is kept, [(r.title, r.status) for r in own]


def test_chartered_body_nominee_kept(roles_of) -> None:
    # "United States" is cleaned from the office; the chartered body stays public
    text = ("President Announces Key Nominees\n\nThe President announced his intent to nominate Omar Haddad.\n\n"
            "Omar Haddad, Nominee for Member of the United States Institute of Peace Board of Directors\n\n"
            "Omar Haddad is a writer in Denver.\n")
    roles, _ = roles_of(text, published="2023-05-01")
    assert any(r.person_name == "Omar Haddad" and r.status == "nominee" for r in roles)


def test_courtesy_ambassador_is_the_former_office(roles_of) -> None:
    text = ("President Announces Key Nominees\n\nThe President announced his intent to nominate Rosa Lind.\n\n"
            "Rosa Lind, Nominee for Member of the National Council on the Humanities\n\n"
            "Ambassador Rosa Lind has a long career in public service. In 2004, she became the U.S. Ambassador "
            "to the Republic of Kenya. She previously served as Ambassador to the Kingdom of Norway from 1998 to 2001.\n")
    roles, _ = roles_of(text, published="2023-05-01")
    amb = [(r.title, r.status) for r in roles if r.person_name == "Rosa Lind" and r.role == "ambassador"]
    assert ("Ambassador", "current") not in amb, amb


def test_staff_job_to_a_principal_is_no_employer(roles_of) -> None:
    text = ("President Announces Key Appointments\n\nThe President announced the appointment of Jane Roe.\n\n"
            "Jane Roe, Nominee for Member of the National Council on the Humanities\n\n"
            "Previously, she served as Senior Advisor to Chairman Tom Greer at the House Rules Committee.\n")
    roles, _ = roles_of(text, published="2023-05-01")
    assert any(r.person_name == "Jane Roe" and r.status == "former" for r in roles)


@pytest.mark.parametrize("line", [
    "Lena Ortiz , to be a Member of the National Council on the Humanities",   # markup left a space
    "Lena Ortiz, to be a Member of the National Council on the Humanities",
])
def test_to_be_line_with_a_space_before_the_comma(roles_of, line: str) -> None:
    text = ("President Announces Key Appointments\n\nThe President announced his intent to appoint the "
            f"following individuals.\n\n{line}\n\nLena Ortiz is a teacher in Tucson.\n")
    roles, _ = roles_of(text, published="2024-05-01")
    assert any(r.person_name == "Lena Ortiz" and r.status == "nominee" for r in roles)


@pytest.mark.parametrize(("sentence", "status"), [
    ("Jane Roe has served for two decades on the staff of Senator Tom Greer.", "current"),
    # the aide's past tells nothing of the principal's term: the guide's default (the table knows no Greer)
    ("Jane Roe served for two decades on the staff of Senator Tom Greer.", "current"),
])
def test_principal_of_a_staff_job(roles_of, sentence: str, status: str) -> None:
    text = ("President Announces Key Nominees\n\nThe President announced his intent to nominate Jane Roe.\n\n"
            f"Jane Roe, Nominee for Member of the National Council on the Humanities\n\n{sentence}\n")
    roles, _ = roles_of(text, published="2023-05-01")
    got = [r.status for r in roles if r.person_name == "Tom Greer"]
    assert got == [status]


def test_pronoun_in_a_biography_is_its_subject(roles_of) -> None:
    # a first name the NER may take for a date ("Summer") must not hand the pronoun to the
    # previous section's nominee
    text = ("President Announces Key Nominees\n\nThe President announced his intent to nominate the following "
            "individuals:\n\nPeter Vale, Nominee for Member of the National Council on the Humanities\n\n"
            "Summer Okafor, Nominee for Commissioner of the Federal Maritime Commission\n\n"
            "Peter Vale, Nominee for Member of the National Council on the Humanities\n\n"
            "Peter Vale is a historian in Ohio.\n\n"
            "Summer Okafor, Nominee for Commissioner of the Federal Maritime Commission\n\n"
            "Summer Okafor has spent two years at the Federal Maritime Commission, where she served as "
            "chief of staff to Commissioner Tom Greer.\n")
    roles, _ = roles_of(text, published="2023-05-01")
    staff = [r.person_name for r in roles if r.title.lower().startswith("chief of staff")]
    assert "Peter Vale" not in staff


@pytest.mark.parametrize(("line", "kept"), [
    ("The Honorable Dana Whitfield, NASA Administrator, will lead the delegation.", True),
    ("The Honorable Dana Whitfield, President of Wexford State University, will lead the delegation.", False),
    ("Mr. Dana Whitfield, Chief Executive Officer of Acme Holdings, will lead the delegation.", False),
])
def test_honorable_delegation_leader(line: str, kept: bool) -> None:
    from pipeline.roles.delegations import delegation_members
    text = ("President Announces Presidential Delegation\n\nThe President today announced the designation of a "
            f"Presidential Delegation.\n\n{line}\n\nMembers of the Presidential Delegation:\n\n"
            "The Honorable Lena Ortiz, Secretary of the Navy\n")
    names = {n.name for n in delegation_members(text)}
    assert ("Dana Whitfield" in names) is kept
