"""Round 45: a known speaker's "we" acts as that speaker, for his government
(``events.speaker_voice``): the actor is the speaker, ``actor_country`` the government's ISO3.

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest

import pipeline

pytestmark = pytest.mark.model


def _events(text: str, published: str = "2024-05-01") -> list[tuple]:
    record = pipeline.extract(text, published=published).to_dict()
    names = {e["id"]: e["name"] for e in record["entities"]}
    return [(e["type"], names.get(e.get("actor")) or e.get("actor_name"), e.get("actor_country"))
            for e in record["events"]]


@pytest.mark.parametrize(("text", "typ", "speaker", "country"), [
    ("Remarks by President Ana Novak of Chile\n\nPRESIDENT NOVAK:  Good morning.  Yesterday we signed a trade "
     "agreement with Peru.", "AGREE", "Ana Novak", "CHL"),
    ("Statement from President Ana Novak of Chile\n\nToday we welcome the release of the hostages held by the "
     "militants.", "SUPPORT", "Ana Novak", "CHL"),
])
def test_the_speakers_we_is_the_speaker_for_the_government(text: str, typ: str, speaker: str, country: str) -> None:
    events = _events(text)
    assert (typ, speaker, country) in events, events

