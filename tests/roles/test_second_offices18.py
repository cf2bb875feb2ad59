"""Round 18: a person's second public office in the same text. Sentences invented; names and bodies
fictional."""

from __future__ import annotations

import pytest
from roles_harness import roles_of  # noqa: F401  (fixture)

SENATE = "Nominations Sent to the Senate\n\nNOMINATIONS SENT TO THE SENATE:\n\n     "


@pytest.mark.parametrize(("entry", "nominee", "held"), [
    ("Peter Garland, of Ohio, to be an Alternate Representative of the United States of America to the "
     "Sessions of the General Assembly of the United Nations, during his tenure of service as Alternate "
     "Representative of the United States of America for Special Political Affairs in the United Nations.",
     "Alternate Representative to the Sessions of the General Assembly of the United Nations",
     "Alternate Representative for Special Political Affairs in the United Nations"),
    ("Peter Garland, of Ohio, to be Representative of the United States of America to the Sessions of the "
     "General Assembly of the United Nations, during his tenure of service as Deputy Representative of the "
     "United States of America to the United Nations.",
     "Representative to the Sessions of the General Assembly of the United Nations",
     "Deputy Representative to the United Nations"),
])
def test_tenure_of_service_is_a_second_office(roles_of, entry: str, nominee: str, held: str) -> None:
    roles, _ = roles_of(SENATE + entry + "\n", country="USA")
    got = {(r.title, r.status) for r in roles if r.person_name == "Peter Garland"}
    assert got == {(nominee, "nominee"), (held, "current")}


def test_rank_for_a_tenure_stays_one_office(roles_of) -> None:
    entry = ("Peter Garland, of Ohio, a Career Member of the Senior Foreign Service, Class of Minister-Counselor, "
             "for the rank of Ambassador during his tenure of service as Deputy Representative of the United "
             "States of America to the Tidewater Commission.")
    roles, _ = roles_of(SENATE + entry + "\n", country="USA")
    assert [r.status for r in roles if r.person_name == "Peter Garland"] == ["nominee"]
