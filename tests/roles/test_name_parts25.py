"""persons_from_roles: a one-word person the entities stage found joins the holder's full name the
roles stage reads, whether the word is the surname or the first name. Records only, no model; the
names are invented."""

from __future__ import annotations

import pytest

from pipeline.records import Entity, Role, Span
from pipeline.roles import persons_from_roles


def _role(name: str) -> Role:
    ev = f"Director {name}"
    return Role(id="R1", person=None, person_name=name, title="Director", role="official_other", country=None,
                organization=None, evidence=Span(start=10, end=10 + len(ev), text=ev))


def _entities(names: list[str]) -> tuple[Entity, ...]:
    return tuple(Entity(id=f"E{i}", label="PERSON", name=n, country=None,
                        mentions=(Span(start=500 + 40 * i, end=500 + 40 * i + len(n), text=n),))
                 for i, n in enumerate(names, 1))


@pytest.mark.parametrize("holder, names, expected", [
    # the surname alone, or the first name alone (also in its familiar form): one person
    ("Rachel Dunmore", ["Dunmore"], ["Rachel Dunmore"]),
    ("Rachel Dunmore", ["Rachel"], ["Rachel Dunmore"]),
    ("Jen Dunmore", ["Jen", "Omar Haddad"], ["Jen Dunmore", "Omar Haddad"]),
    # another person written in full with that first name: the word may be theirs
    ("Rachel Dunmore", ["Rachel", "Rachel Okafor"], ["Rachel", "Rachel Okafor", "Rachel Dunmore"]),
    # a first name the given-name list does not know: left alone
    ("Zorvath Dunmore", ["Zorvath"], ["Zorvath", "Zorvath Dunmore"]),
])
def test_one_word_person_joins_the_holder(holder, names, expected) -> None:
    ents, roles = persons_from_roles(_entities(names), (_role(holder),))
    assert [e.name for e in ents] == expected
    assert roles[0].person in {e.id for e in ents if e.name == holder}
