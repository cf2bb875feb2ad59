"""Readout and statement forms of officials' titles (round 17): an office written after its
agency's name, title-first list items whose title the reader cut short, a body's initials in
brackets or at the end of a portfolio, a department read as a firm, a lower-case "nominee"
after the office, offices no US federal office has, a body's word glued to its holder's name,
and the ontology's Vice-Chancellor, cabinet member and Joint Staff directors; and the forms
that must stay as they were.

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest
from roles_harness import roles_of  # noqa: F401  (fixture)

HEAD = "Readout of a Meeting\n\n"


def _role(roles, person):
    return next((r for r in roles if r.person_name == person), None)


@pytest.mark.parametrize(("text", "person", "role", "status"), [
    # an office written after its agency's name
    ("Department of State Acting Assistant Secretary for Andean Affairs Mara Quell will travel to Lima.",
     "Mara Quell", "official_other", "acting"),
    ("Department of Energy Under Secretary for Science Tobin Farrow met the delegation.",
     "Tobin Farrow", "official_other", "current"),
    # a department the NER took for a firm
    ("The delegation included Under Secretary of Commerce for Export Policy Lena Vasko and others.",
     "Lena Vasko", "official_other", "current"),
    ("The delegation included Assistant Secretary of Energy for Grid Resilience Omar Tesh and others.",
     "Omar Tesh", "official_other", "current"),
    # a body's initials in brackets before its office
    ("National Security Council (NSC) Spokesperson Dana Pell said the talks were useful.",
     "Dana Pell", "spokesperson", "current"),
    ("The Department of Homeland Security (DHS) Secretary Ivo Brandt visited the border.",
     "Ivo Brandt", "minister_other", "current"),
    # a country's possessive inside a lower-case portfolio
    ("He will introduce a special envoy for Ruritania's economic recovery, Nadia Forsyth, who will lead talks.",
     "Nadia Forsyth", "official_other", "current"),
    # a lower-case "nominee" after the office
    ("Defense Secretary nominee Carl Bexley met senators on Monday.", "Carl Bexley", "defence_minister", "nominee"),
    ("Did the White House ask Budget Director nominee, Hana Lorde, to testify again?",
     "Hana Lorde", "official_other", "nominee"),
    # the Joint Staff's directors are military posts
    ("We will turn it over to Lieutenant General Ross Vane, the Director of the Joint Staff, for more detail.",
     "Ross Vane", "military_commander", "current"),
])
def test_office_read(roles_of, text, person, role, status) -> None:
    roles, _ = roles_of(HEAD + text, country="USA")
    r = _role(roles, person)
    assert r is not None, [(x.person_name, x.title) for x in roles]
    assert (r.role, r.status) == (role, status)


@pytest.mark.parametrize(("text", "person", "title"), [
    ("Officials taking part included Assistant to the President Leo Marr, Director of the Office of Faith-Based and "
     "Community Partnerships Melissa Grant, Senior Advisor for Grants and Implementation Ryan Wells, and others.",
     "Melissa Grant", "Director of the Office of Faith-Based and Community Partnerships"),
    ("Officials taking part included Assistant to the President Leo Marr, Director of the Office of Faith-Based and "
     "Community Partnerships Melissa Grant, Senior Advisor for Grants and Implementation Ryan Wells, and others.",
     "Ryan Wells", "Senior Advisor for Grants and Implementation"),
    ("Dr. Ames met with Secretary General of the Executive Committee of the PLO Ahmed Mansour in Ramallah.",
     "Ahmed Mansour", "Secretary General of the Executive Committee of the PLO"),
])
def test_title_first_items(roles_of, text, person, title) -> None:
    roles, _ = roles_of(HEAD + text, country="USA")
    r = _role(roles, person)
    assert r is not None and r.title == title
    # the name before the comma keeps only its own title
    assert not any(x.person_name == "Leo Marr" and x.title.startswith(("Director", "Senior")) for x in roles)


@pytest.mark.parametrize(("text", "person", "title"), [
    # a comma after the title: an apposition of the name before it
    ("Jane Roe, Director of the Office of Faith-Based and Community Partnerships, said the grants would help.",
     "Jane Roe", "Director of the Office"),
])
def test_apposition_kept(roles_of, text, person, title) -> None:
    roles, _ = roles_of(HEAD + text, country="USA")
    r = _role(roles, person)
    assert r is not None and r.title == title


@pytest.mark.parametrize(("text", "person", "role", "country"), [
    ("President Biden spoke with Chancellor Ingrid Haas and Vice Chancellor Otto Brenner of Germany.",
     "Otto Brenner", "minister_other", "DEU"),
    ("The Vice President met with Israeli War Cabinet Member Avi Tamir at the White House.",
     "Avi Tamir", "minister_other", "ISR"),
    ("The President met General Secretary Minh Quang of Vietnam. He praised the late General Secretary Van Hoa.",
     "Van Hoa", "official_other", "VNM"),
    ("Mr. Lund will meet with Chinese Communist Party Politburo Member and Director of the Office of the Foreign "
     "Affairs Commission Zhao Ren in Rome.", "Zhao Ren", "official_other", "CHN"),
])
def test_foreign_office_country(roles_of, text, person, role, country) -> None:
    roles, _ = roles_of(HEAD + text, country="USA")
    r = _role(roles, person)
    assert r is not None, [(x.person_name, x.title, x.country) for x in roles]
    assert (r.role, r.country) == (role, country)


@pytest.mark.parametrize(("text", "person", "role"), [
    ("He condemned the war President Arvid Kell started against its neighbour.", "Arvid Kell", "head_of_state"),
])
def test_lower_case_war_is_no_portfolio(roles_of, text, person, role) -> None:
    roles, _ = roles_of("Statement on the War\n\n" + text)
    r = _role(roles, person)
    assert r is None or r.role == role


def test_sentence_end_is_no_employer(roles_of) -> None:
    text = ("The meeting was convened by Dr. Lia Sorn, Coordinator for Arms Control at the NSC. Officials from both "
            "sides took part in the discussion.")
    roles, _ = roles_of(HEAD + text, country="USA")
    r = _role(roles, "Lia Sorn")
    assert r is not None and r.role == "official_other"


@pytest.mark.parametrize(("text", "person", "role", "country"), [
    ("The Secretary met with President of the Palestinian Authority Karim Nasser in Ramallah.",
     "Karim Nasser", "head_of_state", "PSE"),
    ("Dr. Ames met with Prime Minister of the Palestinian Authority Walid Saleh in Ramallah.",
     "Walid Saleh", "head_of_government", "PSE"),
])
def test_glued_body_word(text, person, role, country) -> None:
    from pipeline import extract

    record = extract(HEAD + text, published="2024-03-01").record
    assert person in {e.name for e in record.entities if e.label == "PERSON"}
    r = next((r for r in record.roles if r.person_name == person), None)
    assert r is not None and (r.role, r.country) == (role, country)


@pytest.mark.parametrize(("words", "expected"), [
    (["department", "of", "state", "acting", "assistant", "secretary", "for", "western", "affairs"], True),
    (["office", "of", "the", "secretary", "of", "defense"], False),
    (["office", "of", "the", "director", "of", "national", "intelligence"], False),
    (["department", "of", "state"], False),
])
def test_office_after_body(words, expected) -> None:
    from pipeline.knowledge.offices import load_offices
    from pipeline.roles.agency_prefixed_titles import office_after_body

    off = load_offices()
    assert office_after_body(words, off.heads, off.connectors) is expected
