"""Wrong roles of the twenty-fourth round read on unannotated White House documents: an office
judged a fit ("would be an excellent ..."), and an office dated in the past with "as TITLE".

Every sentence is invented for these tests in the style of White House releases.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from roles_harness import roles_of  # noqa: F401  (fixture)

from pipeline.roles.dated_as_offices import dated_as_offices
from pipeline.roles.hypothetical_offices import hypothetical_offices


@dataclass
class _C:
    name: str
    title: str
    status: str
    title_start: int


def _one(body: str, title: str, status: str = "current") -> list:
    return [_C("Ada Roe", title, status, body.index(title))]


@pytest.mark.parametrize(("body", "title", "kept"), [
    ("We believe Ada Roe would be an excellent Secretary General for the alliance.", "Secretary General", False),
    ("Ada Roe will make a great Ambassador to Chile.", "Ambassador", False),
    ("I know she is going to be a superb Director of the agency.", "Director", False),
    ("Ada Roe has been a great Secretary of State.", "Secretary of State", True),
    ("Ada Roe is an excellent Secretary of Labor.", "Secretary of Labor", True),
    ("Ada Roe will be the Ambassador to Chile until May.", "Ambassador", True),
])
def test_hypothetical_offices(body: str, title: str, kept: bool) -> None:
    assert bool(hypothetical_offices(body, _one(body, title))) is kept


def test_hypothetical_offices_keep_a_nominee() -> None:
    body = "Ada Roe will make an outstanding Ambassador to Chile."
    assert hypothetical_offices(body, _one(body, "Ambassador", "nominee"))


@pytest.mark.parametrize(("body", "title", "expected"), [
    ("Almost twenty years ago, as a United States Senator, Ada Roe wrote the law.", "Senator", "former"),
    ("Back in 2009, as a young Congressman, Ada Roe voted for the bill.", "Congressman", "former"),
    ("As Secretary of State, Ada Roe will travel to Paris next week.", "Secretary of State", "current"),
    ("In 2030, as the Governor, Ada Roe will sign it.", "Governor", "current"),
    ("Ten years ago the plant opened, and today, as a Senator, Ada Roe visits it.", "Senator", "current"),
])
def test_dated_as_offices(body: str, title: str, expected: str) -> None:
    assert dated_as_offices(body, _one(body, title), "2024-05-01")[0].status == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "person", "title", "status"), [
    ("Statement\n\nWASHINGTON -- We believe Mark Hale would be an excellent Secretary General of the "
     "alliance.\n", "Mark Hale", "Secretary General", None),
    ("Statement\n\nWASHINGTON -- Almost twenty years ago, as a United States Senator, President Biden "
     "wrote the first draft of the law.\n", "Biden", "Senator", "former"),
])
def test_fits_and_dated_offices_in_text(roles_of, text: str, person: str, title: str, status) -> None:
    roles, _ = roles_of(text)
    got = [r.status for r in roles if r.person_name == person and r.title == title]
    assert got == ([status] if status else [])


_REMARKS = "Remarks by President Biden at the Summit\n\nTHE PRESIDENT:  Thank you all.  {}  Thank you.\n"


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "person", "title"), [
    ("Last week I announced the appointment of Laura Chen as our new Special Representative.",
     "Laura Chen", "Special Representative"),
    ("I am proud to announce the selection of Laura Chen as the new Ambassador to Peru.",
     "Laura Chen", "Ambassador to Peru"),
])
def test_appointee_as_our_new_title_is_not_the_speaker(roles_of, sentence: str, person: str, title: str) -> None:
    roles, _ = roles_of(_REMARKS.format(sentence), published="2023-09-21")
    assert [(r.person_name, r.status) for r in roles if r.title == title] == [(person, "current")]


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Today we honor former Governor and U.S. Senator Jane Roe, who served her state for decades.",
     {("Jane Roe", "Governor", "former"), ("Jane Roe", "Senator", "former")}),
    ("We mourn the late Mayor and United States Senator Jane Roe, a devoted public servant.",
     {("Jane Roe", "Mayor", "former"), ("Jane Roe", "Senator", "former")}),
    ("The rally included former Governor Ann Lee and U.S. Senator Bob Kay.",
     {("Ann Lee", "Governor", "former"), ("Bob Kay", "Senator", "current")}),
])
def test_one_status_word_over_two_titles(roles_of, sentence: str, expected: set) -> None:
    roles, _ = roles_of("Statement\n\nWASHINGTON -- " + sentence + "\n")
    assert {(r.person_name, r.title, r.status) for r in roles} == expected
