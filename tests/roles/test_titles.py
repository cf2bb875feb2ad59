"""Office titles and the office ontology: categories, private (company) titles, country-specific titles."""

from __future__ import annotations

import pytest

from pipeline.knowledge.offices import load_offices
from pipeline.records import ROLE_CATEGORIES
from pipeline.roles import classify


@pytest.mark.parametrize(("title", "organization", "expected"), [
    ("Defence Secretary", None, "defence_minister"),
    ("Secretary of Defense", None, "defence_minister"),
    ("Minister of National Defense", None, "defence_minister"),
    ("Secretary of State", None, "foreign_minister"),
    ("Minister of Foreign Affairs", None, "foreign_minister"),
    ("Foreign Secretary", None, "foreign_minister"),
    ("President", None, "head_of_state"),
    ("Vice President", None, "official_other"),
    ("Prime Minister", None, "head_of_government"),
    ("Chancellor", None, "head_of_government"),
    ("Chancellor of the Exchequer", None, "minister_other"),
    ("National Security Advisor", None, "national_security_advisor"),
    ("National Security Adviser", None, "national_security_advisor"),
    ("Deputy National Security Advisor", None, "official_other"),
    ("National Security Office Director", None, "national_security_advisor"),
    ("Secretary General of the National Security Secretariat", None, "national_security_advisor"),
    ("NSC Spokesperson", None, "spokesperson"),
    ("Press Secretary", None, "spokesperson"),
    ("Ambassador to Japan", None, "ambassador"),
    ("Gen.", None, "military_commander"),
    ("Chairman of the Joint Chiefs of Staff", None, "military_commander"),
    ("Senator", None, "legislator"),
    ("Finance Minister", None, "minister_other"),
    ("Treasury Secretary", None, "minister_other"),
    ("Secretary General", "NATO", "official_other"),
    ("Director of National Intelligence", None, "official_other"),
    ("Chief Cabinet Secretary", None, "minister_other"),
    ("chief of the General Staff", None, "military_commander"),
    ("head of Central Command", None, "military_commander"),
    ("top diplomat", None, "foreign_minister"),
    ("President", "EU", "official_other"),
    ("Chief Executive Officer", None, "official_other"),
    ("president and chief executive", None, "official_other"),
    ("Central Bank chairman", None, "official_other"),
])
def test_classify(title: str, organization: str | None, expected: str) -> None:
    assert classify(title, organization) == expected


def test_gazetteer_rules_use_contract_categories() -> None:
    assert {role for _, role in load_offices().rules} <= set(ROLE_CATEGORIES)
