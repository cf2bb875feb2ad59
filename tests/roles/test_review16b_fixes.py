"""Review 16 (second list) fixes of the roles stage (invented sentences): a fronted "As TITLE" is a past
office only when the text says the tenure is over; "chair" a committee read only in the holder's own
clause, its title cut before a relative clause."""

from __future__ import annotations

import pytest

from roles_harness import roles_of  # noqa: F401  (fixture)


@pytest.mark.parametrize(("text", "status"), [
    # two offices and a past verb: the recalled office is still held
    ("WELLINGTON (Reuters) - As Foreign Minister, Deputy Prime Minister Henry Wilde met his Australian counterpart "
     "Ann Lee on Monday.", "current"),
    # the text says the tenure is over
    ("WELLINGTON (Reuters) - As Foreign Minister, Deputy Prime Minister Henry Wilde served as the voice of the "
     "government abroad until 2020.", "former"),
    ("WELLINGTON (Reuters) - As Foreign Minister from 2017 to 2020, Deputy Prime Minister Henry Wilde met his "
     "Australian counterpart Ann Lee in Sydney.", "former"),
])
def test_fronted_as_needs_an_ended_tenure(roles_of, text: str, status: str) -> None:  # noqa: F811
    roles, _ = roles_of(text, published="2024-03-04")
    got = [(r.title, r.status) for r in roles if r.person_name == "Henry Wilde"]
    assert [s for t, s in got if t == "Foreign Minister"] == [status], got


@pytest.mark.parametrize(("text", "chairs"), [
    # another clause's subject chaired it
    ("WASHINGTON — Senator Tom Ray thanked Jane Roe, whose late mother chaired the House Rules Committee for a "
     "decade.", []),
    # the chamber word only in a relative clause
    ("WASHINGTON — Jane Roe chaired the party committee that organised the Senate campaign.", []),
    # the holder's own clause, or an xcomp of it
    ("WASHINGTON — Senator Tom Ray, who was appointed to chair the House Rules Committee in 2019, spoke on Monday.",
     [("Tom Ray", "chair of the House Rules Committee")]),
    ("WASHINGTON — Senator Tom Ray chaired the House Rules Committee that wrote the bill.",
     [("Tom Ray", "chair of the House Rules Committee")]),
])
def test_chaired_committee_holder_and_span(roles_of, text: str, chairs: list) -> None:  # noqa: F811
    roles, _ = roles_of(text, published="2024-03-04")
    assert [(r.person_name, r.title) for r in roles if r.title.startswith("chair of")] == chairs, roles
