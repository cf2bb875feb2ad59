"""The last word of a title that the NER left between a body's name and the person's name."""

from __future__ import annotations

import pytest
from roles_harness import roles_of  # noqa: F401  (fixture)


@pytest.mark.model
@pytest.mark.parametrize(("text", "surname", "title"), [
    ("Administration officials included Director of the Office of Public Engagement Tom Alder and "
     "Secretary of Labor Ana Ruiz.", "Alder", "Director of the Office of Public Engagement"),
    # a "for" portfolio's last word, which the portfolio rule already keeps in the title: nothing moves twice
    ("Joining them was Deputy National Security Advisor for International Economics Laura Kent.", "Kent",
     "Deputy National Security Advisor for International Economics"),
    # the NER's person from its first word: nothing moves
    ("Secretary of Commerce Gina Raimondo opened the forum.", "Raimondo", "Secretary of Commerce"),
])
def test_title_keeps_its_last_word(roles_of, text, surname, title) -> None:
    roles, _ = roles_of(text, published="2024-01-26", country="USA")
    assert title in [r.title for r in roles if surname in r.person_name], roles
