"""Round 51: a letter or order signed on a line of its own that states no office of its signer
("Sincerely, JOSEPH R. BIDEN JR.") is signed as head of state when the office-holder table's dated
rows say the signer held that office on the publication date (roles/signatures.py).

Every text is invented for these tests; the signers are real presidents so that the dated table
can be read.
"""

from __future__ import annotations

import pytest

from roles_harness import roles_of  # noqa: F401  (fixture)

pytestmark = pytest.mark.model

_LETTER = ("Letter to the Speaker of the House on the Widget Emergency\n\nDear Mr. Speaker:\n\n"
           "I am providing this report on the national emergency with respect to widgets.\n\n"
           "                    Sincerely,\n\n                    {signer}\n")
_ORDER = ("Adjusting Imports of Widgets\n\nSection 1. Policy. Imports of widgets shall be reviewed.\n\n"
          "                    {signer}\n\nTHE WHITE HOUSE,\n    March 6, 2025.\n")


@pytest.mark.parametrize(("text", "signer", "published", "name"), [
    (_LETTER, "JOSEPH R. BIDEN JR.", "2023-12-22", "Joseph R. Biden Jr."),
    (_ORDER, "DONALD J. TRUMP", "2025-03-06", "Donald J. Trump"),
])
def test_signer_holding_the_presidency_on_the_date(roles_of, text, signer, published, name) -> None:  # noqa: F811
    roles, _ = roles_of(text.format(signer=signer), published=published)
    assert [(r.person_name, r.role, r.country) for r in roles if r.person_name == name] == [
        (name, "head_of_state", "USA")], [(r.person_name, r.title, r.role, r.country) for r in roles]


@pytest.mark.parametrize(("signer", "published"), [
    ("JOSEPH R. BIDEN JR.", "2012-01-10"),  # vice president then: no head-of-state row covers the date
    ("JANE Q. ROWLAND", "2023-12-22"),      # not in the table
    ("JOSEPH R. BIDEN JR.", None),          # no date to read the table with
])
def test_no_dated_presidency_no_office(roles_of, signer, published) -> None:  # noqa: F811
    roles, _ = roles_of(_LETTER.format(signer=signer), published=published)
    assert not any(r.role == "head_of_state" for r in roles), [(r.person_name, r.title, r.role) for r in roles]


def test_signature_must_stand_alone(roles_of) -> None:  # noqa: F811
    """A name in capitals inside a longer line (a guest list) is no signature."""
    text = _LETTER.format(signer="JOSEPH R. BIDEN JR. AND GUESTS OF THE EVENING")
    roles, _ = roles_of(text, published="2023-12-22")
    assert not any(r.role == "head_of_state" for r in roles), [(r.person_name, r.title, r.role) for r in roles]


def test_namesake_with_a_suffix_is_not_the_office_holder(roles_of) -> None:  # noqa: F811
    """"DONALD TRUMP JR." is not the president: the table's name has no "Jr." (a review helper's case)."""
    roles, _ = roles_of(_LETTER.format(signer="DONALD TRUMP JR."), published="2019-06-01")
    assert not any(r.role == "head_of_state" for r in roles), [(r.person_name, r.title, r.role) for r in roles]


def test_an_office_the_text_gives_the_signer_is_kept(roles_of) -> None:  # noqa: F811
    """A king's letter: the table says head of state, not the title; the text's "King" stays."""
    text = ("Letter from His Majesty King Charles III to President Biden\n\nDear Mr. President,\n\n"
            "I write to thank you for your friendship.\n\n                    CHARLES R.\n")
    roles, _ = roles_of(text, published="2023-06-01")
    titles = {r.title for r in roles if r.person_name and r.person_name.startswith("Charles")}
    assert "President" not in titles, [(r.person_name, r.title, r.role) for r in roles]
