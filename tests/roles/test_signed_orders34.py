"""Round 34: an order, proclamation or letter whose signer states the presidency in the first person
("By the authority vested in me as President ...", "my constitutional authority as Commander in
Chief") and signs it on a line of its own: the signer is the President (roles/signatures.py).

Every text is invented for these tests.
"""

from __future__ import annotations

import pytest

from roles_harness import roles_of  # noqa: F401  (fixture)

_ORDER = ("Adjusting Imports of Widgets\n\nBy the authority vested in me as President by the Constitution and the laws "
          "of the United States of America, it is hereby ordered:\n\nSection 1. Policy. Widgets matter.\n\n"
          "                    JANE Q. ROWLAND\n\nTHE WHITE HOUSE,\n    March 6, 2031.\n")
_LETTER = ("Dear Mr. Speaker:\n\nAt my direction, United States forces conducted strikes, pursuant to my constitutional "
           "authority as Commander in Chief and Chief Executive.\n\n                    Sincerely,\n\n"
           "                    JANE Q. ROWLAND\n")


@pytest.mark.model
@pytest.mark.parametrize("text", [_ORDER, _LETTER], ids=["order", "letter"])
def test_signer_states_the_presidency(roles_of, text: str) -> None:  # noqa: F811
    roles, _ = roles_of(text)
    assert [(r.person_name, r.role) for r in roles if r.person_name == "Jane Q. Rowland"] == [
        ("Jane Q. Rowland", "head_of_state")], [(r.person_name, r.title, r.role) for r in roles]


@pytest.mark.model
def test_no_formula_no_office(roles_of) -> None:  # noqa: F811
    """A signed text that states no office of its signer gives the signer none."""
    roles, _ = roles_of(_ORDER.replace("By the authority vested in me as President by", "Under"))
    assert not any(r.person_name == "Jane Q. Rowland" for r in roles), [(r.person_name, r.title) for r in roles]
