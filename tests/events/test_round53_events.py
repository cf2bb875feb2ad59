"""Round 53: a statement whose title names one international organisation as its author ("G7
Leaders’ Statement", "Joint Statement of the G7 Foreign Ministers") speaks as that organisation:
its "we" is the bloc, as when its opening says "We, the Leaders of the G7" (events/blocs.py).
A title naming two authors ("ASEAN-U.S. Leaders’ Statement"), a national office ("White House
Statement") or a statement about the bloc by one person keeps its reading.

Every text is invented for these tests.
"""

from __future__ import annotations

import pytest

import pipeline

pytestmark = pytest.mark.model

_BODY = "We call on China to honor its commitments. We condemn Russia’s attacks on Ukraine’s power grid."


def _actors(title: str) -> set[tuple]:
    record = pipeline.extract(f"{title}\n\n{_BODY}", published="2023-12-06", country="USA").to_dict()
    entities = {e["id"]: e for e in record["entities"]}
    return {(e["type"], (entities.get(e.get("actor")) or {}).get("name") or e.get("actor_name"), e.get("actor_country"))
            for e in record["events"] if e["type"] in ("REQUEST", "ACCUSE")}


@pytest.mark.parametrize(("title", "bloc"), [
    ("G7 Leaders’ Statement", "G7"),
    ("Joint Statement of the G7 Foreign Ministers", "G7"),
    ("NATO Foreign Ministers’ Statement on Ukraine", "NATO"),
    ("Quad Leaders’ Joint Statement", "Quad"),
])
def test_a_bloc_named_as_author_in_the_title_is_we(title, bloc) -> None:
    actors = _actors(title)
    assert {("REQUEST", bloc, None), ("ACCUSE", bloc, None)} <= actors, actors


@pytest.mark.parametrize("title", [
    "ASEAN-U.S. Leaders’ Statement on the Comprehensive Strategic Partnership",
    "White House Statement on Ukraine",
    "Statement by President Biden on the G7 Summit",
])
def test_other_titles_keep_their_we(title) -> None:
    actors = _actors(title)
    assert actors and all(country == "USA" for _, _, country in actors), actors
