"""Round 36: the careers of appointees whose biographies sit under headings.

An appointment release ("appointed the following individuals") lists its appointees and then gives
each a heading of the same words and a career in the paragraphs below it, as a nomination release
does for its nominees; those offices are the appointee's. A list's last entry never takes the text
after the list for its career.

Every text is invented for these tests in the style of White House appointment releases.
"""

from __future__ import annotations

import pytest
from roles_harness import roles_of  # noqa: F401  (fixture)

_RELEASE = (
    "President Announces Key Regional Appointments\n\n"
    "WASHINGTON – Today, the President appointed the following individuals to serve in key regional "
    "roles at the Department of Agriculture:\n\n"
    "-   Mara Quill, USDA State Executive Director, Farm Service Agency, Iowa\n"
    "-   Tobias Wren, USDA State Director, Rural Development, Oregon\n\n"
    "These appointees will be critical to the President's efforts.\n\n"
    "**<u>Mara Quill, USDA State Executive Director, Farm Service Agency,\nIowa</u>**\n\n"
    "A native of western Iowa who grew up on a family farm, Mara Quill has served as the General "
    "Manager of the Loess Hills Water District since 2014. In 2010, Quill was appointed Special "
    "Assistant to the Secretary of Agriculture. Ms. Quill also served as the Deputy Administrator for "
    "Farm Programs at the USDA Farm Service Agency, and as the Executive Director of the Iowa "
    "Department of Natural Resources.\n\n"
    "**<u>Tobias Wren, USDA State Director, Rural Development, Oregon</u>**\n\n"
    "Tobias Wren is a lifelong Oregonian and a former teacher.\n"
)


def _titles(roles, person: str) -> dict[str, str]:
    return {r.title: r.status for r in roles if r.person_name and r.person_name.endswith(person)}


@pytest.mark.model
@pytest.mark.parametrize(("office", "status"), [
    ("Executive Director of the Iowa Department of Natural Resources", "former"),
    ("Deputy Administrator for Farm Programs at the USDA Farm Service Agency", "former"),
    ("General Manager of the Loess Hills Water District", "current"),
])
def test_appointee_heading_biography(roles_of, office, status) -> None:
    roles, _ = roles_of(_RELEASE, published="2022-03-01", country="USA")
    titles = _titles(roles, "Quill")
    assert titles.get(office) == status, titles


@pytest.mark.model
def test_appointee_list_item_is_no_heading(roles_of) -> None:
    text = ("President Announces Key Appointments\n\n"
            "Today, the President appointed the following individuals:\n\n"
            "-   Mara Quill, USDA State Executive Director, Farm Service Agency, Iowa\n"
            "-   Tobias Wren, USDA State Director, Rural Development, Oregon\n"
            "\nThe Council's new chair previously served as the Executive Director of the Iowa "
            "Department of Natural Resources.\n")
    roles, _ = roles_of(text, published="2022-03-01", country="USA")
    assert "Executive Director of the Iowa Department of Natural Resources" not in _titles(roles, "Wren"), roles


@pytest.mark.model
@pytest.mark.parametrize(("text", "person", "title"), [
    ("Statement of the President on the Passing of Ambassador Clara M. Venn\n\nClara Venn dedicated her life to "
     "peace.\n\nAs a member of the National Security Council and two-time U.S. Ambassador to Norway, Clara played "
     "an essential role in the Oslo talks. She was also America's Ambassador to Norway on that day in 1995.",
     "Venn", "Ambassador to Norway"),
])
def test_death_of_a_styled_name_makes_every_office_former(roles_of, text, person, title) -> None:
    roles, _ = roles_of(text, published="2024-07-29", country="USA")
    assert _titles(roles, person).get(title) == "former", roles


@pytest.mark.model
def test_death_of_someone_elses_kin_leaves_the_office_held(roles_of) -> None:
    roles, _ = roles_of("Statement on the Death of Senator Jane Roe's Husband\n\nSenator Jane Roe of Ohio asked "
                        "for privacy.", published="2024-07-29", country="USA")
    assert _titles(roles, "Roe").get("Senator") == "current", roles


_REMARKS = "Remarks by President Harlan Voss at a Reception\n\nTHE PRESIDENT: Thank you all. "


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "status"), [
    ("I learned that during my time in the United States Senate.", "former"),
    ("Max and I had our six years together in the United States Senate.", "former"),
    ("I supported debt swaps dating back to my time in the United States Senate.", "former"),
    ("During my years in Congress, I fought for the farm bill.", "former"),
])
def test_speakers_own_time_in_a_legislature(roles_of, sentence, status) -> None:
    roles, _ = roles_of(_REMARKS + sentence, published="2023-05-01", country="USA")
    seats = [r.status for r in roles if r.person_name and r.person_name.endswith("Voss") and r.role == "legislator"]
    assert seats == [status], roles


@pytest.mark.model
def test_time_in_a_house_that_is_no_legislature(roles_of) -> None:
    roles, _ = roles_of(_REMARKS + "I spent my time in the house with my grandchildren.", published="2023-05-01",
                        country="USA")
    assert not [r for r in roles if r.role == "legislator"], roles
