"""Review 15 fixes of the roles stage (invented sentences): "newly elected" before a taking of office
that is the holder's own, government corporations' names matched as proper names, and a national body
named in capitals and referred back to in lower case."""

from __future__ import annotations

import pytest

from roles_harness import roles_of  # noqa: F401  (fixture)


@pytest.mark.parametrize(("text", "status"), [
    # the swearing-in is the cabinet's, in a clause reported by the holder's verb
    ("SANTIAGO (Reuters) - Newly elected President Maria Lopez of Chile said on Monday that her new cabinet "
     "will be sworn in on Friday.", "current"),
    ("SANTIAGO (Reuters) - Newly elected President Maria Lopez said the new governors will take office in May.",
     "current"),
    # the holder's own
    ("SANTIAGO (Reuters) - Newly elected President Maria Lopez of Chile will be sworn in on Friday, officials said.",
     "elect"),
    ("SANTIAGO (Reuters) - Newly elected President Maria Lopez, who will take office on Friday, met the outgoing "
     "cabinet.", "elect"),
    ("SANTIAGO (Reuters) - Newly elected President Maria Lopez is due to be inaugurated on Friday.", "elect"),
    ("SANTIAGO (Reuters) - Newly elected President Maria Lopez met the army chiefs ahead of her inauguration.",
     "elect"),
    ("SANTIAGO (Reuters) - Chile's newly elected president, Maria Lopez, will be sworn in on Friday.", "elect"),
])
def test_newly_elected_takes_office_herself(roles_of, text: str, status: str) -> None:  # noqa: F811
    roles, _ = roles_of(text, published="2024-03-04")
    assert [r.status for r in roles if r.person_name == "Maria Lopez"] == [status]


@pytest.mark.parametrize(("text", "public"), [
    # lower case: an everyday phrase, no government body
    ("BOSTON — Jane Roe, Chief Operating Officer of the joint staff of the two firms, spoke at the ceremony.", False),
    ("BOSTON — Jane Roe, Chief Executive Officer of the postal service company Parcelo, spoke at the ceremony.", False),
    # the bodies' names
    ("BOSTON — Jane Roe, Chief Executive Officer of the Joint Staff, spoke at the ceremony.", True),
    ("BOSTON — Jane Roe, Chief Operating Officer of the Postal Service, spoke at the ceremony.", True),
])
def test_government_corporations_are_proper_names(roles_of, text: str, public: bool) -> None:  # noqa: F811
    roles, _ = roles_of(text, published="2024-03-04")
    assert any(r.person_name == "Jane Roe" for r in roles) is public


@pytest.mark.parametrize(("text", "country"), [
    # named in capitals, referred back to in lower case
    ("CAIRO (Reuters) - Israel's Defence Ministry said on Monday it had approved the plan. The defence ministry's "
     "spokesman, Avi Levran, said the work would start in May.", "ISR"),
    ("CAIRO (Reuters) - The Israeli Army said on Monday it had shelled the town. The army's spokesman, Avi Levran, "
     "said the work would go on.", "ISR"),
    # the same case both times
    ("CAIRO (Reuters) - Israel's defence ministry said on Monday it had approved the plan. The defence ministry's "
     "spokesman, Avi Levran, said the work would start in May.", "ISR"),
])
def test_body_named_in_capitals_is_referred_back(roles_of, text: str, country: str) -> None:  # noqa: F811
    roles, _ = roles_of(text, published="2024-03-04")
    assert [r.country for r in roles if r.person_name == "Avi Levran"] == [country]
