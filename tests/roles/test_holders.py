"""Holders the roles stage names itself: personal names only, joined to the entities' persons."""

from __future__ import annotations

import pytest

from pipeline.records import Entity, Role, Span
from pipeline.roles import looks_like_holder_name, persons_from_roles


@pytest.mark.parametrize("name,lower,ok", [
    ("Han", frozenset(), True),
    ("Tae-yong Cho", frozenset(), True),
    ("Ursula von der Leyen", frozenset(), True),
    ("Announcements", frozenset(), False),       # an abstract noun of a heading
    ("Regulations", frozenset(), False),
    ("Nominee", frozenset(), False),             # a status word of the office ontology
    ("Executive Order", frozenset(), False),     # office and body words only
    ("Coalition", frozenset({"coalition"}), False),  # written in lower case in the article
    ("Power", frozenset(), True),                # a surname that is also a word, never written lower case here
    ("Summit", frozenset(), False),              # the head of a meeting's name ("the Arctic Leader Summit")
    ("Dialogue", frozenset(), False),
    ("Award", frozenset(), False),               # the head of a prize's name ("the Young Leader Award")
    ("smith", frozenset(), False),
])
def test_looks_like_holder_name(name: str, lower: frozenset, ok: bool) -> None:
    assert looks_like_holder_name(name, lower) is ok


def _role(name: str, ev: str, start: int) -> Role:
    return Role(id="R1", person=None, person_name=name, title="Attorney", role="official_other", country="USA",
                organization=None, evidence=Span(start=start, end=start + len(ev), text=ev))


def test_roles_holder_joins_a_known_surname_and_drops_non_names() -> None:
    ents = (Entity(id="E1", label="PERSON", name="Okafor", country=None,
                   mentions=(Span(start=300, end=306, text="Okafor"),)),)
    roles = (_role("Lena M. Okafor", "Lena M. Okafor, Chair", 10),
             _role("Announcements", "U.S. Attorney Announcements", 100))
    new_ents, new_roles = persons_from_roles(ents, roles)
    assert [(e.id, e.name) for e in new_ents] == [("E1", "Lena M. Okafor")]
    assert [m.text for m in new_ents[0].mentions] == ["Lena M. Okafor", "Okafor"]
    assert [(r.person, r.person_name) for r in new_roles] == [("E1", "Lena M. Okafor")]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The crowd cheered. We will elect Maria Gonzalez as the next president of the United States.",
    "Analysts see Tom Reyes as a future prime minister of the country.",
])
def test_a_hoped_for_office_is_no_role(text: str) -> None:
    import pipeline

    rec = pipeline.extract(text, published="2024-08-01").record
    assert not [r for r in rec.roles if r.role in ("head_of_state", "head_of_government")]


@pytest.mark.parametrize("holder,entities,expected", [
    # the holder named in another sentence: the entity written in the formal first name
    ("Meg Tanaka", ["Margaret R. Tanaka", "Paul Ortiz"], "E1"),
    ("Bill Novak", ["William Novak"], "E1"),
    # the very name of an entity
    ("Paul Ortiz", ["Margaret R. Tanaka", "Paul Ortiz"], "E2"),
    # two entities the nickname may stand for, or none: no link
    ("Kate Lund", ["Catherine Lund", "Katherine Lund"], None),
    ("Tom Reyes", ["Maria Reyes"], None),
])
def test_holder_outside_its_evidence_joins_the_entity_of_its_name(holder, entities, expected) -> None:
    ents = tuple(Entity(id=f"E{i}", label="PERSON", name=n, country=None,
                        mentions=(Span(start=500 + 40 * i, end=500 + 40 * i + len(n), text=n),))
                 for i, n in enumerate(entities, 1))
    _, roles = persons_from_roles(ents, (_role(holder, "She was high commissioner to Kenya", 10),))
    assert roles[0].person == expected


@pytest.mark.parametrize("holder,entities,expected", [
    # a heading or title word read into the holder: the entity of the name alone
    ("Engagement Cedric Okoro", ["Cedric Okoro"], ("E1", "Cedric Okoro")),
    ("Rev. Ana Lucas", ["Paul Ortiz", "Ana Lucas"], ("E2", "Ana Lucas")),
    # a leading given name makes a fuller name, not a glued word: a person of its own
    ("Mary Ann Lucas", ["Ann Lucas"], ("E2", "Mary Ann Lucas")),
])
def test_holder_with_a_glued_word_joins_the_entity_of_the_name(holder, entities, expected) -> None:
    ents = tuple(Entity(id=f"E{i}", label="PERSON", name=n, country=None,
                        mentions=(Span(start=500 + 40 * i, end=500 + 40 * i + len(n), text=n),))
                 for i, n in enumerate(entities, 1))
    ev = f"{holder}, Senior Advisor"
    new_ents, roles = persons_from_roles(ents, (_role(holder, ev, 10),))
    assert (roles[0].person, roles[0].person_name) == expected
    assert len(new_ents) == len(ents) + (expected[0] not in {e.id for e in ents})
