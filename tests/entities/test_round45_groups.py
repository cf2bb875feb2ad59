"""Round 45: a name written alone that is the surname of one person named in full and a middle
name of another joins the one whose surname it is (``entities.person_groups.group_persons``).

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest

from pipeline.entities import extract_entities

pytestmark = pytest.mark.model


def test_a_lone_name_is_a_surname_before_a_middle_name(make_doc) -> None:
    doc = make_doc("Guests\n\nMr. Andrew Benjamin Bradley attended. Stephen K. Benjamin spoke later. "
                   "Benjamin thanked the hosts.")
    groups = {e.name: [m.text for m in e.mentions] for e in extract_entities(doc) if e.label == "PERSON"}
    assert groups.get("Stephen K. Benjamin", []).count("Benjamin") == 1, groups
