"""Surnames listed in the name of a law or accounting firm are the firm's, not people.

Firms named for their partners are written as a list of surnames ending in a legal form
("Mintz, Levin, Cohn, Ferris, Glovsky and Popeo, P.C.", "Sutherland, Asbill and Brennan LLP")
or introduced as a firm's name ("the law firm of Shaheen, Cappiello, Stein, and Gordon"). The
small model tags each surname a person. A one-word PERSON span is part of such a name when the
list it stands in, read as one-word capitalised items joined by commas, "and" or "&", reaches a
legal form after it, or opens right after "firm of" before it (two items at least). A name of
two words or more is never read as a partner's: "Ana Ruiz, Jo Tan and Acme LLC" lists people
beside a firm.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from ..knowledge.companies import company_words

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan

# Legal forms of professional firms beside the company forms of ``companies.json``: professional
# corporations and associations ("P.C.", "P.A."; US state law).
_PROFESSIONAL_FORMS = frozenset({"P.C.", "P.A.", "P.L.C.", "Chtd."})
_JOINS = frozenset({",", "and", "&"})
# How many tokens a list of partners' names may run (ten names and their separators).
_REACH = 20


@lru_cache(maxsize=1)
def _forms() -> frozenset[str]:
    return frozenset(company_words().legal_forms) | _PROFESSIONAL_FORMS


def _item(doc: "Doc", i: int) -> bool:
    """Token ``i`` can be one partner's surname: one capitalised word."""
    t = doc[i]
    return t.is_title and t.is_alpha and len(t.text) > 1


def _ends_in_form(doc: "Doc", j: int) -> bool:
    """Reading from ``j`` on over one-word items and joins, a legal form closes the list after at
    least one join."""
    joined = False
    prev_item = True  # the span itself was an item
    forms = _forms()
    for i in range(j, min(len(doc), j + _REACH)):
        t = doc[i]
        if t.text in forms:
            return joined
        if t.lower_ in _JOINS or t.text == "&":
            joined = True
            prev_item = False
        elif _item(doc, i) and not prev_item:
            prev_item = True
        else:
            return False
    return False


def _after_firm_of(doc: "Doc", s: int) -> bool:
    """Reading back from ``s`` over one-word items and joins, the list opens right after "firm of"
    and holds two items at least."""
    items = 1
    prev_item = True
    for i in range(s - 1, max(-1, s - 1 - _REACH), -1):
        t = doc[i]
        if t.lower_ == "of" and prev_item:
            break
        if t.lower_ in _JOINS:
            prev_item = False
        elif _item(doc, i) and not prev_item:
            prev_item = True
            items += 1
        else:
            return False
    else:
        return False
    # the list may go on after the span: count one more item there
    j = s + 1
    while j < len(doc) and j < s + 4 and doc[j].lower_ in _JOINS:
        j += 1
    if items < 2 and not (j > s + 1 and j < len(doc) and _item(doc, j)):
        return False
    return i >= 1 and doc[i - 1].lower_ in ("firm", "firms")


def firm_partner(span: "SpacySpan") -> bool:
    """Whether the one-word PERSON ``span`` is a surname in a firm's name (module docstring)."""
    if len(span) != 1 or not _item(span.doc, span.start):
        return False
    return _ends_in_form(span.doc, span.end) or _after_firm_of(span.doc, span.start)
