"""Error classes of the sixteenth round in biographies and nomination lists (found on fresh blind
gold): the predecessor of a Senate list entry whose office has no government-body word; further
offices a biography names for its subject.

Every sentence is invented for these tests in the style of White House announcements; names and
bodies are fictional.
"""

from __future__ import annotations

import pytest
from roles_harness import roles_of  # noqa: F401  (fixture)

SENATE = "NOMINATIONS SENT TO THE SENATE:\n\n"


@pytest.mark.parametrize(("entry", "office", "predecessor"), [
    ("Jane Roe, of Ohio, to be Director of Cost Review and Program Planning, Department of Example, vice\n"
     "Tom Doe, resigned.", "Director of Cost Review and Program Planning", "Tom Doe"),
    ("Jane Roe, of Ohio, to be Director of the Census for a term expiring December 31, 2030, vice Tom\nDoe.",
     "Director of the Census", "Tom Doe"),
    ("Jane Roe, of Ohio, to be Director of the Example Research Projects Agency-Water, vice Tom Doe.",
     "Director of the Example Research Projects Agency-Water", "Tom Doe"),
])
def test_senate_predecessor_office_public(roles_of, entry: str, office: str, predecessor: str) -> None:
    roles, _ = roles_of(SENATE + entry + "\n", country="USA")
    got = {(r.person_name, r.title, r.status) for r in roles}
    assert ("Jane Roe", office, "nominee") in got
    assert (predecessor, office, "former") in got


@pytest.mark.parametrize(("title", "honour"), [
    ("Member of the President’s Commission on Example Fellowships", False),
    ("Member of the Board for International Scholarships", False),
    ("Secretary of State Distinguished Service Award", True),
    ("Example Foundation Fellowships", True),
])
def test_body_named_for_an_honour(title: str, honour: bool) -> None:
    from pipeline.roles import _HONOUR
    assert bool(_HONOUR.search(title)) is honour


def test_board_member_named_for_fellowships(roles_of) -> None:
    roles, _ = roles_of("WASHINGTON – Today, President Biden announced his intent to appoint the following "
                        "individuals to serve in key roles:\n\n-   Jane Roe, to be a Member of the President’s "
                        "Commission on Example Fellowships\n", country="USA")
    assert ("Jane Roe", "nominee") in {(r.person_name, r.status) for r in roles}
