"""Round 16 (fresh White House development gold): the office in "X served PRINCIPAL as TITLE" is
X's; a chamber's committee chaired ("chaired the Senate X Committee") is a legislator's post; a
title joined with the next office is two roles. Sentences invented; names and bodies fictional."""

from __future__ import annotations

import pytest
from roles_harness import NOMINATION_HEAD, roles_of  # noqa: F401  (fixture)

HEAD = "Statement from President Joe Biden on the Retirement of Senator Mara Ellison\n\nSenator Mara Ellison is a trailblazer.\n\n"


@pytest.mark.parametrize(("sentence", "office", "principal"), [
    ("Ellison also served President Tom Carver as Assistant to the President for Rural Affairs and Senior "
     "Advisor for Policy.", "Senior Advisor for Policy", "Tom Carver"),
    ("Ellison served Governor Tom Bracken as Chief of Staff.", "Chief of Staff", "Tom Bracken"),
])
def test_served_principal_as(roles_of, sentence: str, office: str, principal: str) -> None:
    roles, _ = roles_of(HEAD + sentence + "\n", country="USA")
    got = {(r.person_name, r.title) for r in roles}
    assert ("Mara Ellison", office) in got
    assert not any(r.person_name == principal and r.title == office for r in roles)


@pytest.mark.parametrize(("sentence", "title"), [
    ("Ellison chaired the Senate Rules Committee.", "chair of the Senate Rules Committee"),
    ("From 2009 to 2015, she chaired the Senate Select Committee on Water.", "chair of the Senate Select Committee on Water"),
    ("Ellison chaired the Riverton Garden Club committee.", None),  # no chamber's committee
    ("If elected, Ellison would chair the Senate Rules Committee.", None),  # no office held
])
def test_chaired_committee(roles_of, sentence: str, title: str | None) -> None:
    roles, _ = roles_of(HEAD + sentence + "\n", country="USA")
    chairs = [(r.title, r.role, r.status) for r in roles if r.person_name == "Mara Ellison" and "chair" in r.title]
    assert chairs == ([(title, "legislator", "former")] if title else [])


def test_coordinated_offices_in_a_biography(roles_of) -> None:
    bio = ("Peter Garland, a career member of the Senior Foreign Service, served as Ambassador to Tuvalu and to "
           "Nauru, Department Spokesman, and Consul General in Perth.\n")
    roles, _ = roles_of(NOMINATION_HEAD + bio, country="USA")
    got = {(r.title, r.role) for r in roles if r.person_name == "Peter Garland"}
    assert {("Ambassador to Tuvalu", "ambassador"), ("Ambassador to Nauru", "ambassador")} <= got


@pytest.mark.parametrize(("sentence", "status"), [
    ("As Mayor of Riverton from 1998 to 2006, she rebuilt the port.", "former"),  # the text ends the tenure
    # review16b: a past verb and a second office alone do not end the tenure (as "As Foreign Minister,
    # Deputy Prime Minister X met his counterpart on Monday")
    ("As Mayor of Riverton, she rebuilt the port.", "current"),
    ("As Mayor of Riverton, Ellison rebuilds the port.", "current"),  # told in the present
])
def test_fronted_as_tenure(roles_of, sentence: str, status: str) -> None:
    roles, _ = roles_of(HEAD + sentence + "\n", country="USA")
    assert [r.status for r in roles if r.person_name == "Mara Ellison" and r.title.startswith("Mayor")] == [status]


def test_fronted_as_single_office_stays_current(roles_of) -> None:
    roles, _ = roles_of("Remarks by Secretary Jane Roe\n\nAs Secretary of State, Jane Roe met her counterpart on Monday.\n")
    assert [r.status for r in roles if r.person_name == "Jane Roe"] == ["current"]
