"""Round 62: a met holder named by an appositive after the title.

"met Prime Minister K. of Japan": before an "of" phrase the parser may make the title the verb's
object and hang the name on it as an appositive; the object then names a party through its
appositive (events/triggers.py ``_Finder._names``), as through a compound name, and the meeting
is an event. A common noun's appositive that names no one ("met a man, a farmer from Ohio") still
gives none.

The names are those of a Secretary of State and a Prime Minister of Japan of the publication date
(the parse depends on the name: an invented one is read as a compound).
"""

from __future__ import annotations

import pytest

import pipeline


def _rows(text: str, published: str = "2023-05-01") -> set[tuple]:
    record = pipeline.extract(text, published=published).to_dict()
    return {(e["type"], e["actor_country"], e["recipient_country"], e["trigger"]["text"]) for e in record["events"]}


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Secretary Blinken met Prime Minister Kishida of Japan.", ("CONSULT", "USA", "JPN", "met")),
    ("President Biden met Prime Minister Kishida of Japan on Tuesday.", ("CONSULT", "USA", "JPN", "met")),
])
def test_met_holder_named_by_an_appositive(text, expected):
    assert expected in _rows(text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Secretary met the requirements of the law.",
    "He met a man, a farmer from Ohio.",
])
def test_met_nothing_named(text):
    assert not any(r[0] == "CONSULT" for r in _rows(text))
