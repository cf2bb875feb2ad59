"""Review of round 17's roles rules on general news: a body's initials read into a portfolio only
after a public organ's name, an award category's "nominee", a university's vice-chancellor, a title-first list item held at a firm; each negative with a positive
counterpart that must keep its office.

Every sentence and name is invented for these tests.
"""

from __future__ import annotations

import pytest
from roles_harness import roles_of  # noqa: F401  (fixture)

HEAD = "Talks in the Capital\n\n"


def _role(roles, person):
    return next((r for r in roles if r.person_name == person), None)


@pytest.mark.parametrize(("text", "person", "role", "status"), [
    # a sports body's initials alone: no public organ, no office
    ("Chairman of the FA Tobias Wren said the deal was done.", "Tobias Wren", None, None),
    ("President of the UEFA Kasimir Voll opened the draw in Nyon.", "Kasimir Voll", None, None),
    # the initials after a government word's organ end the portfolio
    ("Dr. Ames met with Secretary General of the Executive Committee of the PLO Khaled Nasser in Ramallah.",
     "Khaled Nasser", "official_other", "current"),
    # an award category's nominee is no nominee to an office
    ("Best Director nominee Lena Marsh walked the red carpet on Sunday.", "Lena Marsh", None, None),
    ("Best Director nominee Lena Marsh and Best Actor nominee Ivo Prent arrived late.", "Lena Marsh", None, None),
    # an office's nominee keeps the office and the status
    ("Defense Secretary nominee Lena Marsh met senators on Tuesday.", "Lena Marsh", "defence_minister", "nominee"),
    ("The Senate heard from Attorney General nominee Marta Lindqvist on Tuesday.", "Marta Lindqvist", "minister_other", "nominee"),
    # a university's vice-chancellor is no minister; Germany's and Austria's are
    ("The university's Vice-Chancellor, Professor Alma Reddick, said fees would rise.", "Professor Alma Reddick",
     "official_other", "current"),
    ("German Vice-Chancellor Otto Brenner said the budget was agreed.", "Otto Brenner", "minister_other", "current"),
    # a title-first list item held "at" a firm: neither the name before the comma nor the one after holds an office
    ("The panel featured Sarah Miller, Vice President of Marketing at General Motors David Chen, and Ann Poe.",
     "David Chen", None, None),
    ("The panel featured Sarah Miller, Vice President of Marketing at General Motors David Chen, and Ann Poe.",
     "Sarah Miller", None, None),
    # held at a federal agency written by its initials: the office of the name it runs on into
    ("The panel featured Sarah Miller, Director of Cyber Policy at HHS David Chen, and Ann Poe.",
     "David Chen", "official_other", "current"),
])
def test_reviewfix17r_roles(roles_of, text, person, role, status):
    roles, _ = roles_of(HEAD + text)
    got = _role(roles, person)
    if role is None:
        assert got is None, got
    else:
        assert got is not None and (got.role, got.status) == (role, status), [(r.person_name, r.role, r.status) for r in roles]


@pytest.mark.parametrize(("text", "person", "titles"), [
    # the agent of a passive appointment is the appointer, another person: its title is not the subject's
    ("Mr. Tobias Wren was appointed by the Governor as Chair of the Water Commission in 2019.", "Tobias Wren",
     {"Chair of the Water Commission"}),
    ("Lena Marsh was named by the President as envoy to Chile.", "Lena Marsh", {"envoy to Chile"}),
    # an office written as the verb's own complement stays the subject's
    ("Lena Marsh was appointed Governor by the legislature in 2019.", "Lena Marsh", {"Governor"}),
])
def test_passive_agent_title_is_not_the_subjects(roles_of, text, person, titles):
    roles, _ = roles_of(HEAD + text)
    assert {r.title for r in roles if r.person_name == person} == titles, [(r.person_name, r.title) for r in roles]
