"""Error classes of the seventeenth round in biographies and appointment announcements: an
appointee who "will join" a government body as one or more posts; further posts of a biography's
lists whose public standing comes from the clause before them.

Every sentence is invented for these tests in the style of White House announcements; names and
bodies are fictional.
"""

from __future__ import annotations

import pytest

from pipeline.roles.nominations import find_nominations


def _found(text: str) -> set[tuple[str, str, str]]:
    return {(n.name, n.title, n.status) for n in find_nominations(text)[0]}


@pytest.mark.parametrize(("text", "expected"), [
    ("President Announces Appointments to the White House Office of Outreach\n\n**Dana Whitfield** will join the "
     "White House as Special Assistant to the President and Deputy Director of the Office of Outreach. Whitfield "
     "previously worked in Ohio.\n",
     {("Dana Whitfield", "Special Assistant to the President", "nominee"),
      ("Dana Whitfield", "Deputy Director of the Office of Outreach", "nominee")}),
    ("The Secretary announced the appointment of new staff.\n\nOmar Lindqvist will join the Department of "
     "Commerce as Senior Advisor to the Secretary.\n",
     {("Omar Lindqvist", "Senior Advisor to the Secretary", "nominee")}),
    ("President Announces Appointments\n\nPriya Kastner will join the White House as a Staff Assistant in the "
     "Office of Outreach.\n",
     {("Priya Kastner", "Staff Assistant", "nominee")}),
])
def test_will_join_a_government_body_as(text: str, expected: set) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize("text", [
    # ordinary news, or a firm: no appointment announced to a government body
    "Fans cheered. Marco Bellini will join the Rovers as Head Coach next season.",
    "The firm announced the appointment today. Lena Hart will join Acme Holdings as Chief Operating Officer.",
])
def test_will_join_elsewhere_is_no_nomination(text: str) -> None:
    assert find_nominations(text)[0] == []
