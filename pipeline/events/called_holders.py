"""An unnamed office holder as the party a verb takes ("called his Chinese counterpart").

A verb whose kind depends on a named object ("called President X": a phone call; "called it a
crime": a naming) also takes one unnamed holder of an office when the phrase names his side: "his
Chinese counterpart", "the Prime Minister of Japan", "the Emir of Qatar" are a person as much as a
name is. A predicate said of him ("called the minister a liar") makes the verb a naming again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .lexicon import Lexicon

__all__ = ["office_holder"]

_RULER_TITLES = frozenset({"king", "queen", "emir", "amir", "sultan", "prince", "emperor", "empress", "taoiseach",
                           "governor", "mayor", "ambassador", "senator", "speaker", "commander"})
"""Titles of one office holder besides the lexicon's person group words ("called the Emir of Qatar",
"called the Governor of Texas"; monarchs' styles: Wikipedia 'Monarch', 'Titles')."""


def office_holder(verb: "Token", obj: "Token", lex: "Lexicon") -> bool:
    """Whether ``obj``, the object of ``verb``, is one holder of an office (a singular office noun
    of the lexicon's ``person_pair_group`` class or a ruler's title) with nothing predicated of
    him. The caller checks that the phrase names the holder's side (a nationality, an "of"
    country, a possessive).

    Args:
        verb: The verb.
        obj: Its object.
        lex: The trigger lexicon.
    """
    if obj.tag_ not in ("NN", "NNP") or any(c.dep_ in ("oprd", "xcomp", "ccomp", "acomp") and c.i != obj.i
                                           for c in verb.children):
        return False
    return lex.in_class(obj.lemma_.lower(), "person_pair_group") or obj.lower_ in _RULER_TITLES
