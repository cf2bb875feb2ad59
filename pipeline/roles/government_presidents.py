"""Governments whose "President" heads the government, not the state.

Spain is a parliamentary monarchy: the King is the head of state (Spanish Constitution of 1978,
art. 56) and the head of government is the "Presidente del Gobierno" (art. 98-99), whom English
texts call "President Sánchez" as often as "Prime Minister Sánchez". A "President" of such a
government is its head of government once the country is known (written with the title, or
found by the resolver from the text).
"""

from __future__ import annotations

__all__ = ["heads_government"]

# ISO3 of monarchies whose head of government bears the title President (see the module docstring)
_PRESIDENT_OF_GOVERNMENT = frozenset({"ESP"})


def heads_government(title: str, country: str | None, organization: str | None) -> bool:
    """Whether an office written ``title`` of ``country`` is the head of its government.

    Args:
        title: The office as written, without country words ("President").
        country: ISO3 of the government served, or None.
        organization: The international organisation of the office, if any.

    Returns:
        True for a bare "President" of a government in the table above.
    """
    return organization is None and country in _PRESIDENT_OF_GOVERNMENT and title.strip().lower() == "president"
