"""Round 45: a known speaker's "we" acts as that speaker, for his government
(``events.speaker_voice``): the actor is the speaker, ``actor_country`` the government's ISO3; the
signer of a legal instrument enacts what its participle or relative clause says
(``events.documentacts.instrument_enactor``).

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



@pytest.mark.parametrize("text", [
    "Fact Sheet: President Ana Novak Protects Chile\n\nToday, President Ana Novak of Chile signed an Executive Order "
    "imposing new sanctions on the Ruritanian regime.",
    "Fact Sheet: President Ana Novak Protects Chile\n\nToday, President Ana Novak of Chile signed an Executive Order "
    "that imposes sanctions on Ruritanian oligarchs.",
])
def test_the_signer_of_an_instrument_enacts_its_sanctions(text: str) -> None:
    # (``events.documentacts.instrument_enactor``)
    events = _events(text)
    assert ("SANCTION", "Ana Novak", "CHL") in events, events


def test_an_order_revoking_sanctions_sanctions_no_one() -> None:
    events = _events("Fact Sheet: President Ana Novak Acts\n\nToday, President Ana Novak of Chile signed an Executive "
                     "Order revoking sanctions on the International Criminal Court.")
    assert not any(e[0] == "SANCTION" for e in events), events


def test_a_bloc_named_beside_we_stays_the_bloc() -> None:
    events = _events("Remarks by President Ana Novak of Chile\n\nPRESIDENT NOVAK:  The alliance is strong. We, the "
                     "Alliance, condemned Russia's attack.")
    assert not any(e[1] == "Ana Novak" for e in events if e[0] == "ACCUSE"), events


def test_an_order_lifting_sanctions_concedes() -> None:
    events = _events("Fact Sheet: President Ana Novak Acts\n\nToday, President Ana Novak of Chile signed an Executive "
                     "Order lifting sanctions on Syria.")
    assert ("CONCEDE", "Ana Novak", "CHL") in events, events
