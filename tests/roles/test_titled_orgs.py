"""A titled name the NER read as one body becomes the holder's PERSON entity (pipeline.roles.titled_orgs)."""

from __future__ import annotations

import pytest

from pipeline.records import Entity, Role, Span
from pipeline.roles.titled_orgs import as_person, titled_name_entity

TEXT = "He met his counterpart National Security Advisor Ana Ruiz."
NAME_AT = TEXT.index("Ana Ruiz")


def _role(title: str) -> Role:
    start = TEXT.index("National")
    return Role(id="R1", person=None, person_name="Ana Ruiz", title=title, role="national_security_advisor",
                country=None, organization=None,
                evidence=Span(start=start, end=NAME_AT + 8, text=TEXT[start:NAME_AT + 8]))


def _org(name: str, start: int) -> Entity:
    return Entity(id="E3", label="ORG", name=name, country=None,
                  mentions=(Span(start=start, end=start + len(name), text=name),))


MENTION = Span(start=NAME_AT, end=NAME_AT + 8, text="Ana Ruiz")


@pytest.mark.parametrize("org, title, found", [
    (_org("National Security Advisor Ana Ruiz", TEXT.index("National")), "National Security Advisor", True),
    # the words before the name must end with the role's title: a body named for her is another thing
    (_org("Ana Ruiz Foundation", 0), "National Security Advisor", False),
    (_org("Friends of Ana Ruiz", 0), "National Security Advisor", False),
    # a mention elsewhere that does not end at the holder's name is not this one
    (_org("National Security Advisor Ana Ruiz", 0), "National Security Advisor", False),
])
def test_titled_name_entity(org, title, found):
    assert (titled_name_entity([org], _role(title), MENTION) is org) is found


def test_as_person_cuts_mentions_to_the_name():
    org = _org("National Security Advisor Ana Ruiz", TEXT.index("National"))
    person = as_person(org, "Ana Ruiz", MENTION, "ruiz|ana")
    assert (person.id, person.label, person.name) == ("E3", "PERSON", "Ana Ruiz")
    assert [(m.start, m.end, m.text) for m in person.mentions] == [(NAME_AT, NAME_AT + 8, "Ana Ruiz")]
