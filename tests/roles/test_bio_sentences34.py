"""Round 34: a biography's sentence ends after an acronym too ("... Council at USDA. He is a
graduate"), so an office's title no longer runs into the next sentence ("... at USDA. He"); a
period inside "U.S." or "D.C." ends none.

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest

from roles_harness import roles_of  # noqa: F401  (fixture)

from pipeline.roles.nomination_bios import _SENTENCE


@pytest.mark.parametrize(("text", "ends"), [
    ("the Council at USDA. He is a graduate", 1),
    ("worked at USAID. Prior to that, she", 1),
    ("served in the U.S. Army for years", 0),
    ("a member of the D.C. Council", 0),
])
def test_sentence_ends_after_acronym(text: str, ends: int) -> None:
    assert len(_SENTENCE.findall(text)) == ends


@pytest.mark.model
def test_bio_title_stops_at_the_acronym(roles_of) -> None:  # noqa: F811
    roles, _ = roles_of(
        "President Biden Announces Key Nominations\n\nJane Q. Rowe, Nominee for Under Secretary of Agriculture\n\n"
        "Jane Q. Rowe is the Mayor of Lincoln, Nebraska. Ms. Rowe previously served as the Executive Director of "
        "the National Food and Agriculture Council at USDA. She is a graduate of the University of Nebraska.\n")
    titles = [r.title for r in roles if r.person_name and "Rowe" in r.person_name]
    assert "Executive Director of the National Food and Agriculture Council at USDA" in titles, titles
