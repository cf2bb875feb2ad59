"""The list under an announcement's introduction (pipeline.roles.appointee_lists).

Texts are written for these tests in the style of "intent to nominate the following" releases;
names and bodies are invented.
"""

from __future__ import annotations

import pytest

from pipeline.roles.appointee_lists import appointee_lists


def _read(text: str) -> set[tuple[str, str, str]]:
    return {(n.name, n.title, n.status) for n in appointee_lists(text, [])}


@pytest.mark.parametrize("text,expected", [
    # an introduction closed by a full stop, then "Name for Office" items
    ("WASHINGTON – Today, the President announced his intent to nominate\nthe following two individuals to serve "
     "on key boards.\n\nAlma Reyes for Member, Board of Directors of the Valley Power Authority\n"
     "Tomas Berg for Member, Board of Trustees of the National Harbor Foundation\n\nAlma Reyes is an engineer.\n",
     {("Alma Reyes", "Member, Board of Directors of the Valley Power Authority", "nominee"),
      ("Tomas Berg", "Member, Board of Trustees of the National Harbor Foundation", "nominee")}),
    # the same items under a colon, appointed now
    ("Today, the President appointed the following individuals:\n\nDana Whitfield for Chair, Advisory Council on "
     "Rural Water\n",
     {("Dana Whitfield", "Chair, Advisory Council on Rural Water", "current")}),
    # the dash form keeps its reading
    ("Today, the President announced his intent to nominate the following individuals:\n\nGreta Lind – Deputy "
     "Administrator, Federal Transit Administration\n",
     {("Greta Lind", "Deputy Administrator, Federal Transit Administration", "nominee")}),
])
def test_list_items_under_an_introduction(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize("text", [
    # "the following" without a nomination or appointment verb introduces no nominees
    "Today, the Secretary thanked the following partners for their work.\n\nAlma Reyes for Member, Board of "
    "Directors of the Valley Power Authority\n",
    # an item whose words after "for" hold no office word
    "Today, the President announced his intent to nominate the following individual.\n\nAlma Reyes for Rural "
    "Water and Clean Harbors\n",
])
def test_no_list_no_nominees(text):
    assert _read(text) == set()
