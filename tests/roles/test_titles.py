"""Office titles and the office ontology: categories, private (company) titles, country-specific titles."""

from __future__ import annotations

import re

import pytest

from pipeline.knowledge.offices import load_offices
from pipeline.records import ROLE_CATEGORIES
from pipeline.roles import classify
from roles_harness import roles_of  # noqa: F401  (fixture)


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
    # status and country-specific titles (issue #11)
    ("Shadow defence secretary", None, "legislator"),
    ("Opposition Conservative leader", None, "legislator"),
    ("President-elect", None, "head_of_state"),
    ("caretaker Prime Minister", None, "head_of_government"),
    ("Acting Secretary of the Navy", None, "official_other"),
    ("Secretary of the Army", None, "official_other"),
    ("Secretary of Homeland Security", None, "minister_other"),
    ("Secretary of the Treasury", None, "minister_other"),
    ("Taoiseach", None, "head_of_government"),
    ("Tánaiste", None, "minister_other"),
    ("Bundeskanzler", None, "head_of_government"),
    ("member", None, "official_other"),  # no body named (with a country: test_role_categories8)
    ("Member of Parliament", None, "legislator"),
    ("Special Envoy", None, "official_other"),
    ("Ambassador Extraordinary and Plenipotentiary to Ukraine", None, "ambassador"),
    ("Vice Chief of Naval Operations", None, "military_commander"),
    ("Deputy Commander of Pacific Fleet", None, "military_commander"),
    ("Deputy Assistant Secretary", None, "official_other"),
    ("Chairman of the Joint Chiefs of Staff", None, "military_commander"),
])
def test_classify(title: str, organization: str | None, expected: str) -> None:
    assert classify(title, organization) == expected


def test_gazetteer_rules_use_contract_categories() -> None:
    assert {role for _, role in load_offices().rules} <= set(ROLE_CATEGORIES)


@pytest.mark.parametrize(("title", "country"), [
    ("Taoiseach", "IRL"),
    ("Tanaiste", "IRL"),
    ("Bundeskanzlerin", "DEU"),
    ("Knesset member", "ISR"),
    ("member of the Knesset", "ISR"),
    ("State Duma deputy", "RUS"),
    ("Chancellor of the Exchequer", "GBR"),
    ("Chief Cabinet Secretary", "JPN"),
    ("Deputy Chief Cabinet Secretary", "JPN"),
    ("Secretary of Homeland Security", "USA"),
    ("Director of National Intelligence", "USA"),
    ("Acting Secretary of the Navy", "USA"),
    ("Chairman of the Joint Chiefs of Staff", "USA"),
    ("Prime Minister", None),
    ("Defence Minister", None),
    ("Chancellor", None),  # Germany's, Austria's, a university's
])
def test_title_country(title: str, country: str | None) -> None:
    assert load_offices().title_country(title) == country


@pytest.mark.parametrize(("title", "private"), [
    ("Chief Executive Officer", True),
    ("president and CEO", True),
    ("co-founder", True),
    ("Managing Director", True),
    ("Chief of Staff", False),
    ("Bank of Korea Governor", False),
    ("Secretary General", False),
])
def test_private_titles(title: str, private: bool) -> None:
    assert load_offices().is_private(title) is private


def test_every_ontology_entry_says_why() -> None:
    """Knowledge as data: each word group, office, seat, institution and office-holder group
    carries its reason or source."""
    import json
    from importlib import resources

    data = json.loads(resources.files("pipeline.data").joinpath("offices.json").read_text("utf-8"))
    entries = [g for groups in data["words"].values() for g in groups]
    entries += data["offices"] + data["government_seats"] + data["title_institutions"] + data["office_holders"]
    missing = [e for e in entries if not (e.get("why") or e.get("source"))]
    assert not missing, missing[:3]


def test_office_holder_rows_are_well_formed() -> None:
    from pipeline.records import ROLE_CATEGORIES

    for h in load_offices().holders:
        assert h.role in ROLE_CATEGORIES and len(h.country) == 3 and h.key
        for date in (h.start, h.end):
            assert date is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", date)
        assert h.start is None or h.end is None or h.start < h.end


def test_security_council_is_not_part_of_a_national_title() -> None:
    """No list entry makes a "National Security Council" title a UN office (the offices
    ontology holds no such pattern; roles.reader keeps a longer body's name whole)."""
    assert all("security council" not in rx.pattern for rx, _ in load_offices().rules)



@pytest.mark.model
@pytest.mark.parametrize(("text", "person", "title", "role"), [
    # the event before "of": the office is the one after it
    ("The Secretary congratulated the people of Estonia on the election of President Mara Vell.",
     "Mara Vell", "President", "head_of_state"),
    ("The Minister welcomed the people of Kenya after the election of Prime Minister Ada Korr last week.",
     "Ada Korr", "Prime Minister", "head_of_government"),
    # an election body's word inside the office stays part of it
    ("Kenya's Chief Election Commissioner Omar Vask announced the results.",
     "Omar Vask", "Chief Election Commissioner", "official_other"),
])
def test_event_noun_is_not_part_of_the_title(roles_of, text: str, person: str, title: str, role: str) -> None:
    roles, _ = roles_of(text)
    assert [(r.title, r.role) for r in roles if r.person_name == person] == [(title, role)]
