"""Round 61: an "of" phrase after a holder's name that only starts with office words.

"President X of the European Commission", "Foreign Minister X of Norway": an "of" phrase after the
name is the office's body or country (roles/titles.py ``post_of``). "The sanctions deprive President
X of the economic resources he needs" is another verb's complement: office words ("economic") that
modify a common noun after them ("resources") start a noun phrase, not a body's name, and the
office is the title written before the name; a body's word among them ("of the foreign ministry
team") keeps the phrase.

Every name is invented for these tests but the Presidents of Russia, Belarus and the European
Commission and Russia's Foreign Minister of the publication date.
"""

from __future__ import annotations

import pytest

import pipeline


def _roles(text: str) -> set[tuple]:
    rec = pipeline.extract("Statement\n\n" + text, published="2022-03-08", country=None).to_dict()
    return {(r["person_name"], r["title"], r["country"], r["organization"]) for r in rec["roles"]}


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The ban will further deprive President Putin of the economic resources he uses to fund his war.",
     ("Putin", "President", "RUS", None)),
    ("The measures rob President Putin of the financial means to wage it.", ("Putin", "President", "RUS", None)),
    ("President Ursula von der Leyen of the European Commission met him.",
     ("Ursula von der Leyen", "President", None, "EU")),
    ("Foreign Minister Ana Vell of Norway arrived in Kyiv.", ("Ana Vell", "Foreign Minister", "NOR", None)),
    ("The report accused President Lukashenko of the military buildup on the border.",
     ("Lukashenko", "President", "BLR", None)),
    # an office's body before the common noun keeps the phrase (an independent review's trap)
    ("Minister Sergei Lavrov of the foreign ministry team met Turkish officials.",
     ("Sergei Lavrov", "Minister of the foreign ministry", "RUS", None)),
])
def test_of_phrase_after_the_name(text, expected):
    assert expected in _roles(text)
