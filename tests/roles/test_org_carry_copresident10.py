"""Tenth-round role precision: the organisation of a person's office carried to another of his
offices that no organisation has ("Outgoing Prime Minister X, who is set to become NATO secretary
general": the premiership is no NATO office), and a shared "Co-President" or a "President and Vice Chairman" (a firm's, a charity's, an
association's or a party's office) read as a head of state.

Every sentence is invented for these tests in the style of wire copy and White House readouts.
"""

from __future__ import annotations

import pytest
from roles_harness import roles_of  # noqa: F401  (fixture)


@pytest.mark.parametrize(("text", "name", "title", "org"), [
    ("Allies welcome new chief\n\nBRUSSELS (Reuters) - Outgoing Prime Minister Jan de Vos, who is set to become "
     "NATO secretary general, met allies on Tuesday. Prime Minister de Vos said the alliance was united.",
     "Jan de Vos", "Prime Minister", None),
    ("Talks in Brussels\n\nBRUSSELS (AP) - NATO Secretary General Anna Berg, a former prime minister, spoke on "
     "Monday. Berg, who served as foreign minister before, said allies agreed.", "Anna Berg", "foreign minister", None),
    # an office of the organisation itself still takes it
    ("Talks in Brussels\n\nBRUSSELS (AP) - NATO Secretary General Anna Berg spoke on Monday. Secretary General "
     "Berg said allies agreed.", "Anna Berg", "Secretary General", "NATO"),
])
def test_organisation_not_carried_to_national_office(roles_of, text, name, title, org):  # noqa: F811
    roles, _ = roles_of(text)
    hits = [r for r in roles if r.person_name == name and r.title.lower() == title.lower()]
    assert hits, [(r.person_name, r.title) for r in roles]
    assert all(r.organization == org for r in hits), [(r.title, r.organization) for r in hits]


_LIST = ("Readout of the Vice President's Meeting with Community Leaders\n\nToday, Vice President Kamala "
         "Harris met with community leaders. Participants included:\n\n-   {line}\n\nThe Vice President "
         "thanked the participants.")


@pytest.mark.parametrize(("text", "name", "kept"), [
    (_LIST.format(line="Maria Gomez, Co-President, Riverside Action Network"), "Maria Gomez", False),
    # a president who is also a firm's vice chairman heads the firm
    (_LIST.format(line="Maria Gomez, President and Vice Chairman, Acme Software"), "", False),  # no head of state
    ("Readout\n\nToday, Secretary Blinken met with Co-President Anna Field of the Northern Renewal Party.",
     "Anna Field", False),
    # a president alone is still a head of state
    ("Readout\n\nToday, Secretary Blinken met with President Ruto of Kenya.", "Ruto", True),
])
def test_co_president_is_no_head_of_state(roles_of, text, name, kept):  # noqa: F811
    roles, _ = roles_of(text)
    heads = [r for r in roles if name in r.person_name and r.role == "head_of_state"]
    assert bool(heads) == kept, [(r.person_name, r.title, r.role) for r in roles]
