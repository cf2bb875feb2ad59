"""Role categories the eighth round's stress test of readouts and biographies found wrong: a
"Presidential Advisor" or a body "of the President" read as the head of state, a "Lieutenant
Governor" read as a military rank, a bare "Leader" read as a head of state, a bare "Member" read
as a legislator, state legislators missed, heads of chambers of commerce and associations read as
public offices.

Every sentence is invented for these tests in the style of wire readouts and White House notices.
"""

from __future__ import annotations

import pytest
from roles_harness import roles_of  # noqa: F401  (fixture)

from pipeline.roles.titles import classify, is_private


@pytest.mark.parametrize(("title", "country", "role"), [
    # "President" is the head of state only when it heads the title
    ("President", None, "head_of_state"),
    ("president-elect", None, "head_of_state"),
    ("Federal President", None, "head_of_state"),
    ("President of the Republic", None, "head_of_state"),
    ("Presidential Advisor", None, "official_other"),
    ("Presidential Chief of Staff", None, "official_other"),
    ("Head of the Office of the President", None, "official_other"),
    ("Chair of the President's Council on Sports", None, "official_other"),
    ("President of the Dakota Rural Water Council", None, "official_other"),
    # a lieutenant governor is a civil office; lieutenant ranks stay military
    ("Lieutenant Governor", None, "official_other"),
    ("Lt. Governor", None, "official_other"),
    ("lieutenant-governor", None, "official_other"),
    ("Lieutenant General", None, "military_commander"),
    ("Lieutenant Colonel", None, "military_commander"),
    # a bare "Leader" is a party leader in a legislature unless a country is written with it
    ("Leader", None, "legislator"),
    ("leader", "PRK", "head_of_state"),
    ("Supreme Leader", None, "head_of_state"),
    ("House Minority Leader", None, "legislator"),
    # "Member" alone names no legislature; a named chamber does
    ("Member", None, "official_other"),
    ("member", "ISR", "legislator"),  # "Knesset member": the chamber gave the country
    ("Member of the Federal Energy Regulatory Commission", None, "official_other"),
    ("Member of the Ohio House of Representatives", None, "legislator"),
    ("member of the Vermont General Assembly", None, "legislator"),
    ("Member of the U.S. House of Representatives", None, "legislator"),
    ("member of the Senate", None, "legislator"),
    ("Member of Congress", None, "legislator"),
    ("Knesset member", None, "legislator"),
    ("Ranking Member", None, "legislator"),
    ("Representative to the 80th Session of the General Assembly of the United Nations", None, "ambassador"),
    # state legislators and qualified senators
    ("State Representative", None, "legislator"),
    ("state senator", None, "legislator"),
    ("State Assemblywoman", None, "legislator"),
    ("home state senator", None, "legislator"),
    ("junior senator", None, "legislator"),
    ("Secretary of Transportation", None, "minister_other"),
])
def test_classify_category(title, country, role) -> None:
    assert classify(title, None, country) == role


@pytest.mark.parametrize(("title", "expected"), [
    ("President of the Marion County Chamber of Commerce", True),
    ("Chair of the State Bar Association", True),
    ("President Emeritus", True),
    ("Co-President of the American Friends of the Lyric Opera", True),
    ("Adjunct Fellow at the Council on Foreign Relations", True),
    ("Member of the National Transportation Safety Board", False),
    ("Lieutenant Governor", False),
    ("Chair of the Senate Foreign Relations Committee", False),
])
def test_private_bodies(title, expected) -> None:
    assert is_private(title) is expected


def _hits(roles, person: str) -> list[tuple]:
    return [(r.title, r.role) for r in roles if r.person_name and r.person_name.endswith(person)]


@pytest.mark.model
@pytest.mark.parametrize(("text", "person", "expected"), [
    ("Readout of the President's Call with Congressional Leaders\n\n"
     "This morning the President spoke with Speaker Hollis and Leader Brandt about the budget.",
     "Brandt", ("Leader", "legislator")),
    ("Governors Meet on Flood Relief\n\n"
     "Lieutenant Governor Dana Whitfield joined the meeting from the state capitol on Tuesday.",
     "Whitfield", ("Lieutenant Governor", "official_other")),
    ("Readout of a Call\n\n"
     "The National Security Advisor spoke today with Chilean Presidential Advisor Tomas Arancibia "
     "about regional security.",
     "Arancibia", ("Presidential Advisor", "official_other")),
])
def test_categories_in_text(roles_of, text, person, expected) -> None:  # noqa: F811
    roles, _ = roles_of(text, country="USA")
    assert expected in _hits(roles, person)


@pytest.mark.model
def test_chamber_of_commerce_president_is_no_role(roles_of) -> None:  # noqa: F811
    text = ("Appointments to the Rural Development Council\n\n"
            "State Representative Marta Quillen and Dale Ostrum, President of the Story County Chamber "
            "of Commerce, will serve on the council.")
    roles, _ = roles_of(text, country="USA")
    assert ("State Representative", "legislator") in _hits(roles, "Quillen")
    assert _hits(roles, "Ostrum") == []
