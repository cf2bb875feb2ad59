""""Our countries" and "our nations": the speaker's government among the countries it names.

Joint statements, readouts and leaders' remarks report what two or more governments do together
with a first-person plural possessive of the countries themselves ("our two countries will
continue our work together", "our nations have consulted regularly with the agency", "our
countries commit to taking concrete steps"). The phrase names the speaker's country and its
partners as one side; PLOVER codes a joint actor by its first member, and a text's own country
comes first, as for "we". So the noun stands for the government "our" stands for, as "our
government" does (:mod:`.owned_organs`). Only the plural: "our country" and "our nation" are as
often the people at home ("our country has lost a hero") as the state acting abroad.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

NATION_PLURALS = frozenset({"countries", "nations"})
"""plural nouns of states that a first-person possessive makes the speaker's side"""
PRAISING = frozenset({"great", "close", "two", "three", "four"})
"""adjectives (and number words parsed as such) that leave "our ... nations" the speaker's side
("our two great nations"); any other modifier may name others ("our partner countries")"""


def our_nations(tok: "Token") -> "Token | None":
    """The "our" possessing a plural noun of states ("our two countries", "our nations"), or None.

    Args:
        tok: The head of a noun phrase.

    Returns:
        The possessive pronoun token, or None when the noun is no plural of states or has no
        first-person plural possessor.
    """
    if tok.lower_ not in NATION_PLURALS or tok.pos_ != "NOUN":
        return None
    if any(c.lower_ == "respective" for c in tok.children):
        return None  # "our respective countries": each its own, no one side
    if any(c.dep_ == "compound" or (c.dep_ == "amod" and c.lower_ not in PRAISING) for c in tok.children):
        return None  # "our partner countries", "our neighbouring nations": others, not the speaker's side
    return next((c for c in tok.children if c.dep_ == "poss" and c.lower_ == "our"), None)
