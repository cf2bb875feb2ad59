"""Tests for pipeline.roles: office titles next to names, categories, countries, de-duplication."""

from __future__ import annotations

import pytest

from pipeline.records import ROLE_CATEGORIES, Article
from pipeline.roles import classify, load_offices


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
])
def test_classify(title: str, organization: str | None, expected: str) -> None:
    assert classify(title, organization) == expected


def test_gazetteer_rules_use_contract_categories() -> None:
    assert {role for _, role in load_offices().rules} <= set(ROLE_CATEGORIES)


@pytest.fixture(scope="module")
def run():
    from pipeline import nlp as N
    from pipeline.entities import EntityIndex, extract_entities
    from pipeline.roles import extract_roles, home_country

    nlp = N.load()

    def _run(text: str, **meta):
        doc = N.process(nlp, Article(id="t", text=text, **meta))
        index = EntityIndex.build(extract_entities(doc))
        return extract_roles(doc, index), home_country(doc, index)

    return _run


CASES = [
    ("French Defence Minister Sébastien Lecornu met his German counterpart in Paris on Tuesday.",
     "Sébastien Lecornu", "Defence Minister", "defence_minister", "FRA", None),
    ("Britain's Foreign Secretary David Lammy said the talks were constructive.",
     "David Lammy", "Foreign Secretary", "foreign_minister", "GBR", None),
    ("Chinese President Xi Jinping warned against interference in Taiwan.",
     "Xi Jinping", "President", "head_of_state", "CHN", None),
    ("Ukrainian President Volodymyr Zelenskyy thanked allies for the air defence systems.",
     "Volodymyr Zelenskyy", "President", "head_of_state", "UKR", None),
    ("Senator Lindsey Graham urged the White House to send more weapons.",
     "Lindsey Graham", "Senator", "legislator", "USA", None),
    ("U.S. Ambassador to Japan Rahm Emanuel visited the base in Okinawa.",
     "Rahm Emanuel", "Ambassador to Japan", "ambassador", "USA", None),
    ("German Chancellor Olaf Scholz announced a special fund for the armed forces.",
     "Olaf Scholz", "Chancellor", "head_of_government", "DEU", None),
    ("Lloyd Austin, the US Secretary of Defense, arrived in Manila on Monday.",
     "Lloyd Austin", "Secretary of Defense", "defence_minister", "USA", None),
    ("Jens Stoltenberg, NATO's secretary-general, said the alliance would not be intimidated.",
     "Jens Stoltenberg", "secretary-general", "official_other", None, "NATO"),
    ("NATO Secretary General Mark Rutte visited Warsaw.",
     "Mark Rutte", "Secretary General", "official_other", None, "NATO"),
    ("The talks were hosted by Prime Minister Kishida Fumio of Japan in Hiroshima.",
     "Kishida Fumio", "Prime Minister", "head_of_government", "JPN", None),
    ("North Korean leader Kim Jong Un oversaw the launch of a new missile.",
     "Kim Jong Un", "leader", "head_of_state", "PRK", None),
    ("Israeli Defense Minister Yoav Gallant visited troops near the border.",
     "Yoav Gallant", "Defense Minister", "defence_minister", "ISR", None),
    ("Indian External Affairs Minister S. Jaishankar met his Chinese counterpart in Beijing.",
     "S. Jaishankar", "External Affairs Minister", "foreign_minister", "IND", None),
    ("Polish Deputy Prime Minister Wladyslaw Kosiniak-Kamysz said Warsaw would buy more tanks.",
     "Wladyslaw Kosiniak-Kamysz", "Deputy Prime Minister", "minister_other", "POL", None),
    ("Talks between ROK National Security Advisor Cho Tae-yong and his counterparts ended.",
     "Cho Tae-yong", "National Security Advisor", "national_security_advisor", "KOR", None),
    ("They met Director of the National Security Office of the Republic of Korea Kim Tae-hyo.",
     "Kim Tae-hyo", "Director of the National Security Office", "national_security_advisor", "KOR", None),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "person", "title", "role", "country", "org"), CASES)
def test_role_patterns(run, text, person, title, role, country, org) -> None:
    roles, _ = run(text)
    hits = [r for r in roles if r.person_name == person]
    assert len(hits) == 1, roles
    r = hits[0]
    assert (r.title, r.role, r.country, r.organization) == (title, role, country, org)
    assert text[r.evidence.start:r.evidence.end] == r.evidence.text
    assert person in r.evidence.text and title in r.evidence.text


@pytest.mark.model
def test_visitor_keeps_own_country_not_dateline(run) -> None:
    text = ("US Defence Secretary Hegseth Visits Seoul\n\nSEOUL—US Defence Secretary Pete Hegseth met South "
            "Korean Defence Minister Ahn Gyu-back on Tuesday. Hegseth said the alliance was strong.")
    roles, home = run(text, title="US Defence Secretary Hegseth Visits Seoul", dateline="SEOUL")
    by_person = {r.person_name: r for r in roles}
    assert by_person["Pete Hegseth"].country == "USA"
    assert by_person["Ahn Gyu-back"].country == "KOR"
    assert all(r.role == "defence_minister" for r in roles)
    assert home != "KOR"


@pytest.mark.model
def test_implicit_home_country_and_dedup(run) -> None:
    text = ("The White House said National Security Advisor Jake Sullivan spoke with President Yoon Suk Yeol "
            "of the Republic of Korea. National Security Advisor Sullivan and President Yoon agreed to meet.")
    roles, home = run(text)
    assert home == "USA"
    got = sorted((r.person_name, r.role, r.country) for r in roles)
    assert got == [("Jake Sullivan", "national_security_advisor", "USA"),
                   ("Yoon Suk Yeol", "head_of_state", "KOR")]
    assert [r.id for r in roles] == ["R1", "R2"]


@pytest.mark.model
def test_article_country_wins(run) -> None:
    roles, home = run("Foreign Secretary James Cleverly will travel to Washington next week.", country="GBR")
    assert home == "GBR"
    assert [(r.role, r.country) for r in roles] == [("foreign_minister", "GBR")]


@pytest.mark.model
def test_no_person_no_role(run) -> None:
    roles, _ = run("The Secretary of Defense must report to Congress within 90 days.")
    assert roles == ()
