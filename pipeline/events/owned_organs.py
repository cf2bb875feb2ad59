"""Whose forces, officials or organs of state a pronoun possessor names ("our troops", "his army").

A government's statement or remarks speak of its own armed forces, diplomats and institutions with
a first-person possessive ("our troops train side by side with Polish units", "our diplomats met
their Chinese counterparts"), and of a foreign leader's with "his" or "her" ("his troops crossed
the border"). The organ acts for the state of whoever the pronoun stands for, as "my
Administration" or "his government" does: its country is the actor, not a group no government
answers for. The nouns are the lexicon's organs of state (``state_organ``), its armed personnel
(``personnel``) and its envoys (``envoy``): words that name an arm of a government, never a
people or a party's supporters ("our people", "our partners", "his supporters" stay unresolved).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from .lexicon import load

if TYPE_CHECKING:
    from spacy.tokens import Token

PRONOUN_POSSESSORS = frozenset({"his", "her", "my", "our"})
"""possessive pronouns whose owner a Context can resolve (the speaker, or a person named before)"""


@lru_cache(maxsize=1)
def _organ_words() -> frozenset[str]:
    """Lemmas (and plural forms) naming an arm of a state: organs, armed personnel, envoys."""
    classes = load().classes
    return frozenset(classes["state_organ"]) | frozenset(classes["personnel"]) | frozenset(classes["envoy"])


def organ_possessor(tok: "Token") -> "Token | None":
    """The pronoun possessing an organ-of-state noun ("our" of "our forces", "his" of "his
    army"), or None when the noun names no arm of a state or has no such possessor.

    Args:
        tok: The head of a noun phrase.

    Returns:
        The possessive pronoun token, or None.
    """
    if tok.pos_ not in ("NOUN", "PROPN") or any(c.dep_ == "appos" for c in tok.children):
        return None  # ("our Ambassador, Jane Roe, announced": the person named acts)
    if tok.lemma_.lower() not in _organ_words() and tok.lower_ not in _organ_words():
        return None
    if any(c.lower_ == "respective" for c in tok.children):
        return None  # "our respective ministries": each party's own, no one government
    return next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in PRONOUN_POSSESSORS), None)
