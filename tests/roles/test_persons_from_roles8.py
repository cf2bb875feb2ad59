"""persons_from_roles: holders that join a fuller name or a same-named entity the NER took for a
body (round 8 stress classes). Records only, no model; the names are invented."""

from __future__ import annotations

import pytest

from pipeline.records import Entity, Role, Span
from pipeline.roles import persons_from_roles


def _role(name: str, ev: str, start: int) -> Role:
    return Role(id="R1", person=None, person_name=name, title="Minister", role="minister_other", country=None,
                organization=None, evidence=Span(start=start, end=start + len(ev), text=ev))


def _entities(names: list[tuple[str, str]]) -> tuple[Entity, ...]:
    return tuple(Entity(id=f"E{i}", label=label, name=n, country=None,
                        mentions=(Span(start=500 + 40 * i, end=500 + 40 * i + len(n), text=n),))
                 for i, (label, n) in enumerate(names, 1))


@pytest.mark.parametrize("holder, names, expected", [
    # a one-word holder: the one fuller name it starts or ends
    ("Faisal", [("PERSON", "Faisal bin Khalid"), ("PERSON", "Omar Haddad")], "E1"),
    ("Haddad", [("PERSON", "Faisal bin Khalid"), ("PERSON", "Omar Haddad")], "E2"),
    # several fuller names fit: none
    ("Haddad", [("PERSON", "Omar Haddad"), ("PERSON", "Lina Haddad")], None),
    # a holder that starts the one fuller name ("Tamim bin Hamad" of "Tamim bin Hamad Al Nasser")
    ("Faisal bin Khalid", [("PERSON", "Faisal bin Khalid Al Nasser")], "E1"),
])
def test_holder_joins_the_one_fuller_name(holder, names, expected) -> None:
    ents = _entities(names)
    _, roles = persons_from_roles(ents, (_role(holder, f"Minister {holder}", 10),))
    if expected is None:
        assert roles[0].person not in {e.id for e in ents}
    else:
        assert roles[0].person == expected


def test_full_name_tagged_as_a_body_becomes_the_holder() -> None:
    ents = _entities([("ORG", "Tanaka Hiroshi"), ("GPE", "Japan")])
    new_ents, roles = persons_from_roles(ents, (_role("Tanaka Hiroshi", "Prime Minister Tanaka Hiroshi", 10),))
    assert [(e.id, e.label) for e in new_ents] == [("E1", "PERSON"), ("E2", "GPE")]
    assert roles[0].person == "E1"
    assert [m.text for m in new_ents[0].mentions] == ["Tanaka Hiroshi", "Tanaka Hiroshi"]
