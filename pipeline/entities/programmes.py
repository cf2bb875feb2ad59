"""Names the text itself calls programmes: "programs such as Head Start", "programs like Head
Start, Medicaid and SNAP", "benefits including ...": the name is a programme's, not a person's.

The small model tags Title Case programme names PERSON ("Head Start"). A name that is the object
of "like", "such as" or "including" after a plural noun for programmes (or coordinated with such
an object) names an example of that noun, in every mention in the article.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..knowledge.wordlists import word_set
from .lexicon import Item

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Nouns of government schemes an example list hangs on ("programs like X").
_SCHEME_NOUNS = word_set("entities", "scheme_nouns")
_EXAMPLE_PREPS = frozenset({"like", "as", "including"})


def example_of_scheme(tok: "Token") -> bool:
    """``tok`` (a name's head word) is the object of "like", "such as" or "including" after a
    noun for programmes, or coordinated with one."""
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head  # "programs like SNAP and | Head Start"
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in _EXAMPLE_PREPS:
        return False
    noun = prep.head
    if prep.lower_ == "as":
        # "such as": the "such" hangs on "as", or on the noun before it
        if not (any(c.lower_ == "such" for c in prep.children) or prep.i > 0 and prep.doc[prep.i - 1].lower_ == "such"):
            return False
        if noun.lower_ == "such" or noun.dep_ == "amod":
            noun = noun.head
    return noun.lower_ in _SCHEME_NOUNS


def scheme_examples(doc: "Doc", items: list[Item]) -> list[Item]:
    """``items`` without the PERSON spans that name an example of a programme (module docstring)."""
    schemes = {doc[s:e].text for s, e, label in items if label == "PERSON" and example_of_scheme(doc[s:e].root)}
    if not schemes:
        return items
    # one sense per article: the programme's other mentions, and words of its name left alone
    words = {w for name in schemes for w in name.split()}
    return [(s, e, label) for s, e, label in items
            if not (label == "PERSON" and (doc[s:e].text in schemes or all(t.text in words for t in doc[s:e])))]
