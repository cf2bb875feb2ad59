"""Round 61: who a bare "the President" is in a transcript; an object pronoun is not its subject.

- In a transcript whose government no line says, a bare "the President" said by a press secretary
  or an adviser is the head of the speaker's own government, and so in a reporter's question put
  to such speakers; a president speaking calls his guest "the President", so his own turn tells
  nothing (events/turns.py ``speaker_government``).
- "The President spoke with him": an object pronoun and the subject of its own clause are two
  people (English binding: "him" is never the subject "he" of the same clause), so when both
  resolve to one person the pronoun is read again, not the subject's title
  (events/arguments.py ``_object_pronoun``).

Every name is invented for these tests but the Presidents of the United States and Ukraine of the
publication date and a Press Secretary of the United States then.
"""

from __future__ import annotations

import pytest

import pipeline
from pipeline.events.turns import Turn, Turns, speaker_government
from pipeline.records import Entity, Role, Span


def _rows(text: str, country: str | None = None) -> set[tuple]:
    record = pipeline.extract(text, published="2022-02-25", country=country).to_dict()
    entities = {e["id"]: e for e in record["entities"]}
    name = lambda e, k: (entities.get(e.get(k)) or {}).get("name") or e.get(f"{k}_name")  # noqa: E731
    return {(e["type"], name(e, "actor"), name(e, "recipient"), e["trigger"]["text"]) for e in record["events"]}


def _person(pid: str, name: str) -> Entity:
    return Entity(id=pid, label="PERSON", name=name, country=None, mentions=())


def _role(pid: str, title: str, country: str) -> Role:
    return Role(id="R" + pid, person=pid, person_name=pid, title=title, role="official_other", country=country,
                organization=None, evidence=Span(start=0, end=1, text=title))


_SECRETARY = _person("E1", "Jane Roe")
_PRESIDENT = _person("E2", "Ana Vell")
_ROLES = {"E1": [_role("E1", "Press Secretary", "USA")], "E2": [_role("E2", "President", "FRA")]}
_COUNTRY = {"E1": "USA", "E2": "FRA"}.get


@pytest.mark.parametrize(("turns", "at", "expected"), [
    ([Turn(0, "MS. ROE", _SECRETARY, False)], 10, "USA"),
    ([Turn(0, "MS. ROE", _SECRETARY, False), Turn(50, "Q", None, True)], 60, "USA"),
    ([Turn(0, "PRESIDENT VELL", _PRESIDENT, False)], 10, None),
    ([Turn(0, "MS. ROE", _SECRETARY, False), Turn(50, "PRESIDENT VELL", _PRESIDENT, False),
      Turn(90, "Q", None, True)], 95, None),
    ([Turn(0, "MODERATOR", None, False)], 10, None),
    ([Turn(20, "MS. ROE", _SECRETARY, False)], 5, None),
])
def test_speaker_government(turns, at, expected):
    found = speaker_government(Turns(turns), at, ("president",), lambda s: _COUNTRY(s.id), _ROLES)
    assert found == expected


@pytest.mark.model
def test_object_pronoun_is_not_the_titled_subject():
    text = ("Statement\n\nPresident Biden held a conversation with European Commission President Ursula von der "
            "Leyen. We remain in close touch with President Zelenskyy. The President spoke with him earlier today.")
    rows = {r[:3] for r in _rows(text) if r[3] == "spoke"}
    assert ("CONSULT", "Biden", "Zelenskyy") in rows
    assert not any(actor == recipient or actor == "Zelenskyy" for _, actor, recipient in rows)


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("President Biden met President Macron. The President thanked him for his leadership.",
     ("SUPPORT", "Biden", "Macron", "thanked")),
    ("Prime Minister Kishida welcomed President Biden. The President thanked him for the welcome.",
     ("SUPPORT", "Biden", "Kishida", "thanked")),
])
def test_object_pronoun_keeps_its_reading(text, expected):
    assert expected in _rows("Statement\n\n" + text)


@pytest.mark.model
def test_press_secretary_says_the_president_of_her_own_government():
    # no line says whose briefing it is; the briefer is a known office holder of the United States
    text = ("Press Briefing by Press Secretary Jen Psaki, February 25, 2022\n\nQ    Thanks, Jen. President Zelenskyy "
            "addressed his parliament today. Has the President spoken with him?\n\nMS. PSAKI:  Yes. The President "
            "spoke with President Zelenskyy yesterday, and the President will speak with Chancellor Lund of Norway "
            "tomorrow. President Biden has been clear.\n")
    rows = {r[:3] for r in _rows(text)}
    assert ("CONSULT", "Biden", "Zelenskyy") in rows
    assert ("AGREE", "Biden", "Lund") in rows
