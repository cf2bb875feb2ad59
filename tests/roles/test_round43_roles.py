"""Round 43: a Senate list entry written without the nominee's home state ("Jane Doe to be
Secretary of the Air Force, vice John Roe, resigned.") is read as the homed entries are, in a
document that is a Senate list (``nominations._SENATE``); a line opening with an adverbial ("In
April, President X announced ...") names nobody (``nominations._ok_name``); "Members of <a body>"
before a list of names is each holder's seat, as other plural titles are ("Members of Congress A
and B": ``plural_titles._REMIT_ONLY``), and a remit may run to several words joined by "of",
"the" and "and" ("Ministers of Foreign Affairs of Japan and Korea A and B").

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest
from roles_harness import roles_of  # noqa: F401  (fixture)

from pipeline.roles.nominations import find_nominations

_LIST = ("Nominations Sent to the Senate\n\n"
         "Jane Holt, of Ohio, to be Under Secretary of the Navy, vice Ann Fry, resigned.\n\n")


def _noms(text: str) -> set[tuple[str, str, str]]:
    return {(n.name, n.title, n.status) for n in find_nominations(text)[0]}


@pytest.mark.parametrize(("entry", "expected"), [
    ("Troy Mabe to be Secretary of the Air Force, vice Frank Kell III, resigned.",
     {("Troy Mabe", "Secretary of the Air Force", "nominee"), ("Frank Kell III", "Secretary of the Air Force", "former")}),
    ("Lena Vos to be Director of the National Reconnaissance Office.",
     {("Lena Vos", "Director of the National Reconnaissance Office", "nominee")}),
])
def test_senate_entry_without_home_state(entry: str, expected: set) -> None:
    got = _noms(_LIST + entry + "\n")
    assert expected <= got, got
    assert ("Jane Holt", "Under Secretary of the Navy", "nominee") in got


def test_bare_entry_needs_a_senate_list() -> None:
    # outside a Senate list, "X to be Y" at a line's start is no entry
    text = "Statement\n\nTroy Mabe to be Secretary of the Air Force, vice Frank Kell III, resigned.\n"
    assert not any(n.name == "Troy Mabe" for n in find_nominations(text)[0])


@pytest.mark.model
@pytest.mark.parametrize(("text", "absent"), [
    ("President Lee Announces Key Nominees\n\nToday, President Lee announced his intent to nominate the "
     "following individuals.\n\nIn April, President Lee announced his intent to nominate nine career officers "
     "as ambassadors.", "In April"),
    ("President Lee Announces Key Nominees\n\nToday, President Lee announced his intent to nominate the "
     "following individuals.\n\nOn Monday, President Lee named two members of the Board.", "On Monday"),
])
def test_an_adverbial_opening_a_line_names_nobody(roles_of, text: str, absent: str) -> None:  # noqa: F811
    roles, _ = roles_of(text, published="2021-07-10", country="USA")
    assert not any(r.person_name == absent for r in roles), roles


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The President welcomed Members of Congress Nancy Pelosi and Steny Hoyer to the White House.",
     {("Nancy Pelosi", "Member of Congress", "legislator"), ("Steny Hoyer", "Member of Congress", "legislator")}),
    ("She met Members of Parliament Keir Starmer and Rishi Sunak in London.",
     {("Keir Starmer", "Member of Parliament", "legislator"), ("Rishi Sunak", "Member of Parliament", "legislator")}),
    # a remit of several words joined by "and"; not two countries' ministers read as one country's
    ("Former Secretaries of Health and Human Services Kathleen Sebelius and Alex Azar spoke at the event.",
     {("Kathleen Sebelius", "Secretary of Health and Human Services", "minister_other"),
      ("Alex Azar", "Secretary of Health and Human Services", "minister_other")}),
    ("Ministers of Foreign Affairs of Japan and Australia Yoko Kamikawa and Penny Wong met in Tokyo.", set()),
    # "members" alone names no seat
    ("We thank the members of my staff, Jane Roe and Tom Doe, for their work.", set()),
    ("Members Jane Roe and Tom Doe spoke first.", set()),
])
def test_members_of_a_body_before_names(roles_of, text: str, expected: set) -> None:  # noqa: F811
    roles, _ = roles_of("Remarks\n\n" + text, published="2023-06-01", country="USA")
    assert {(r.person_name, r.title, r.role) for r in roles} == expected, roles
