"""Round 33: military biographies: the rank a career reached ("rising from the rank of private to colonel"),
a command named as a posting ("His first assignment was platoon leader in X"), and a post abroad written by
the move to it ("returned to X as the Deputy Inspector General").

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest

from pipeline.roles.nomination_bios import bio_offices


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Jane Roe, rising from the rank of private to colonel, served 28 years in the U.S. Army.",
     [("colonel", "former")]),
    ("He retired from the Navy in 2019 with the rank of Rear Admiral.", [("Rear Admiral", "former")]),
    ("She was promoted to the rank of Major General in 2015.", [("Major General", "former")]),
    ("His first assignment was platoon leader in Vilseck, Germany.", [("platoon leader", "former")]),
    ("In 2012, she returned to Iraq as the Deputy Inspector General.", [("Deputy Inspector General", "former")]),
    # no military grade, no office after the move: nothing
    ("He reached the rank of Eagle Scout in 1990.", []),
    ("His first assignment was difficult.", []),
    ("In 2012, she returned to Ohio as a private citizen.", []),
])
def test_military_career_posts(sentence: str, expected: list) -> None:
    assert [(t, st) for _, _, t, st, _ in bio_offices(sentence)] == expected
