"""Error classes of the twentieth round, read on new pools of nominations and biographies:
jobs at firms, unions, parties and think tanks kept as public offices because the wording that
makes them private is outside the body's name ("at the software company, X", "founder and Chair
of X", "Counselor at Roe & Doe", "for X and its predecessor union", a body's name cut inside
the title); and an aide's post written before a principal whose office carries its owner ("Counsel
to Senate Majority Leader X", "Director for HHS Secretary X", "to NH Governor X") given to the
principal.

Every sentence is invented for these tests in the style of White House biographies.
"""

from __future__ import annotations

import pytest
from roles_harness import NOMINATION_HEAD, roles_of  # noqa: F401  (fixture)

from pipeline.roles.employer_signs import cut_name_continuation, described_private, firm_name, founder_post, trade_union


@pytest.mark.parametrize(("text", "last", "private"), [
    ("Director for Latin America region at the medical devices company, Contoso.", "America", True),
    ("Vice President for Policy at the consulting firm of Roe Brothers.", "Policy", True),
    ("Director for Latin America at the Department of Commerce.", "America", False),
    ("Director for Latin America at the central bank.", "America", False),  # "bank" describes public bodies too
])
def test_described_before_the_name(text: str, last: str, private: bool) -> None:
    assert described_private(text, text.index(last) + len(last)) is private


@pytest.mark.parametrize(("text", "private"), [
    ("Counsel for Contoso, a consulting firm, for ten years.", True),
    ("Counsel for Contoso and its predecessor union, the Garment Workers.", True),
    ("Counsel for Contoso, a former union organizer.", False),  # the noun modifies a person, not the body
    ("Counsel for Contoso, where she led the appeals team.", False),
])
def test_described_after_the_name(text: str, private: bool) -> None:
    org_end = text.index("Contoso") + len("Contoso")
    assert described_private(text, len("Counsel"), org_end) is private


@pytest.mark.parametrize(("text", "title", "founded"), [
    ("She was founder, Chairman and Chief Executive Officer of Lakeside Holdings.", "Chairman", True),
    ("He is the Chair and Co-Founder of the Riverside Summit.", "Chair", True),
    ("She was the founding Director of the Office of Civil Rights.", "Director", False),
    ("He was Chair of the Board and later Governor of Ohio.", "Chair", False),
])
def test_founder_post(text: str, title: str, founded: bool) -> None:
    start = text.index(title)
    assert founder_post(text, start, start + len(title)) is founded


@pytest.mark.parametrize(("org", "firm"), [("K&L Example", True), ("Roe & Doe", True), ("Acme Holdings", False)])
def test_firm_name(org: str, firm: bool) -> None:
    assert firm_name(org) is firm


@pytest.mark.parametrize(("org", "union"), [
    ("Service Employees International Union", True),
    ("Rocky Plains Farmers Union", True),
    ("United Nurses Union (UNU) Local 7", True),
    ("European Union", False),
    ("African Union Commission", False),
])
def test_trade_union(org: str, union: bool) -> None:
    assert trade_union(org) is union


def test_cut_name_continuation() -> None:
    text = "She is past Chair of the American Transit Riders Association, and a trustee."
    start = text.index("Chair")
    end = text.index("Riders") + len("Riders")
    assert cut_name_continuation(text, start, end) == "American Transit Riders Association"
    assert cut_name_continuation(text, start, text.index("Association") + len("Association")) is None


_PRIVATE = [
    "Jane Roe was previously a Government Affairs Counselor at Roe & Doe.",
    "Jane Roe was most recently a Senior Advisor to the Bluewater Institute.",
    "Jane Roe is the former Treasurer for the Ohio Democratic Party.",
    "Jane Roe is the Chair and Co-Founder of the Lakeshore Leadership Summit.",
    "Jane Roe was the Director for Government Affairs for the Asia region at the shipping company, Contoso.",
    "Jane Roe is the immediate past Chair of the American Transit Riders Association.",
    "Jane Roe is General Counsel of the Building Service Employees International Union Local 40.",
    "Jane Roe was Midwest Counsel for FABRIQ and its parent union, the Weavers Guild.",
]


@pytest.mark.model
@pytest.mark.parametrize("sentence", _PRIVATE)
def test_private_jobs_are_no_roles(roles_of, sentence: str) -> None:
    roles, _ = roles_of(NOMINATION_HEAD + sentence + "\n", country="USA")
    assert not [r for r in roles if r.person_name == "Jane Roe"], [(r.title, r.status) for r in roles]


_PUBLIC = [
    ("Jane Roe served as Deputy Assistant Secretary for Aviation & International Affairs.", "Aviation"),
    ("Jane Roe served as Senior Advisor to the Secretary of Labor, a former union organizer.", "Secretary of Labor"),
    ("Jane Roe served for a decade as Senior Advisor to the National Institute of Coastal Research.", "Senior Advisor"),
]


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "word"), _PUBLIC)
def test_public_posts_stay(roles_of, sentence: str, word: str) -> None:
    roles, _ = roles_of(NOMINATION_HEAD + sentence + "\n", country="USA")
    assert [r for r in roles if r.person_name == "Jane Roe" and word in r.title], [(r.person_name, r.title) for r in roles]


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "principal", "office"), [
    ("Jane Roe previously served as Counsel to Senate Majority Leader John Doe.", "John Doe", "Senate Majority Leader"),
    ("Jane Roe served as Deputy Chief of Staff to NH Governor John Doe.", "John Doe", "NH Governor"),
    ("Jane Roe was Director of Scheduling for HHS Secretary John Doe.", "John Doe", "HHS Secretary"),
    ("Jane Roe served as Policy Advisor to President Pro Tempore John Doe in the State Senate.", "John Doe",
     "President Pro Tempore"),
    # a post the subject "has served as" (present perfect) or "serves as": the name after it is the principal's
    ("Since March 2021, Jane Roe has served as Senior Advisor to the Secretary of Agriculture John Doe.", "John Doe",
     "Secretary of Agriculture"),
    ("Jane Roe currently serves as Chief of Staff to the Secretary of Energy John Doe.", "John Doe",
     "Secretary of Energy"),
])
def test_principal_with_owner_gets_own_office(roles_of, sentence: str, principal: str, office: str) -> None:
    roles, _ = roles_of(NOMINATION_HEAD + sentence + "\n", country="USA")
    titles = [r.title for r in roles if r.person_name == principal]
    assert titles == [office], [(r.person_name, r.title) for r in roles]


@pytest.mark.model
def test_first_conjunct_of_an_aide_post_is_not_the_principals(roles_of) -> None:
    sentence = "Jane Roe was Senior Advisor and Director of Scheduling for HHS Secretary John Doe."
    roles, _ = roles_of(NOMINATION_HEAD + sentence + "\n", country="USA")
    assert [r.title for r in roles if r.person_name == "John Doe"] == ["HHS Secretary"]
