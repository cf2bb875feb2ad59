"""Whose "we" a first-person text is, from the officials it names without their country.

A government's remarks, briefings and transcripts name their own officials by bare title
("President Biden", "Secretary Blinken", "the Majority Leader Schumer") and foreign ones with
their country ("President Xi Jinping of the People's Republic of China") or by an office the
gazetteer places abroad. When neither the input, a seat of government, a "Statement by" title
nor the first-person sentences (:mod:`.firstperson`) say who "we" and "I" are, the government
whose officials the text names most (counting the roles whose country was not written with the
title: known office holders, the roles stage's publisher country) is the one that speaks:
"In Vienna, we reached consensus ..." by a speaker naming six officials of one government and
two of another is that first government's.

Nothing is decided when no first person is written outside quotation marks, when no such
official is named, or when two governments tie; a transcript with labelled turns is left alone,
as :mod:`.firstperson` leaves it (each speaker's "we" is his own government's, and a briefing
room of unnamed officials gives no government to count).
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from spacy.attrs import LOWER

from ..tokenarrays import token_indices

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..records import Role

_FIRST_PERSON = frozenset({"i", "my", "me", "we", "our", "us"})
UNWRITTEN_SOURCES = frozenset({"office_holder", "publisher", "earlier_role", "institution"})
"""``Role.country_source`` values that mean the text did not write the country with the title"""


def own_officials_country(doc: "Doc", roles: "tuple[Role, ...]", quoted: frozenset[int]) -> str | None:
    """ISO3 of the government whose officials a first-person text names without their country.

    Args:
        doc: The parsed Doc.
        roles: The article's roles.
        quoted: Token indices inside quotation marks (someone else's words).

    Returns:
        The ISO3 code, or None (module docstring).
    """
    people: dict[str, set[str]] = {}
    for r in roles:
        if r.country and r.status == "current" and r.country_source in UNWRITTEN_SOURCES:
            people.setdefault(r.country, set()).add(r.person or r.person_name)
    counts = Counter({code: len(who) for code, who in people.items()})
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    # (the roles are few; the tokens are read only when they name a government, and only the
    # first-person ones, found by their lower-case form)
    if not any(doc[i].pos_ == "PRON" and i not in quoted for i in token_indices(doc, LOWER, _FIRST_PERSON)):
        return None
    return ranked[0][0]
