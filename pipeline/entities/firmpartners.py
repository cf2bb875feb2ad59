"""Surnames listed in the name of a law or accounting firm are the firm's, not people.

Firms named for their partners are written as a list of surnames ending in a legal form
("Mintz, Levin, Cohn, Ferris, Glovsky and Popeo, P.C.", "Sutherland, Asbill and Brennan LLP")
or introduced as a firm's name ("the law firm of Shaheen, Cappiello, Stein, and Gordon"), or as
the place where someone practises ("a partner at Hale, Dorr, Pickens and Wyatt", "Of Counsel
with ..."). The small model tags each surname a person. A one-word PERSON span is part of such a
name when the list it stands in, read as one-word capitalised items joined by commas, "and" or
"&", reaches a legal form after it, or opens right after "firm of" before it (two items at
least), or opens right after "at" or "with" governed by a word for a member of a professional
firm ("partner", "principal", "counsel", "litigator"; three items at least, since "a partner with
Ruiz and Tan" may name two colleagues), or after "of" governed by "partner" ("an associate of"
three surnames names people someone is close to). A name of two words or more is never
read as a partner's: "Ana Ruiz, Jo Tan and Acme LLC" lists people beside a firm.
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
# Words for a member of a law, accounting or consulting firm, written before the firm's name with
# "at", "with" or "of" ("a partner at", "principal at", "Of Counsel with", "an associate at").
_PRACTICE_ROLES = frozenset({"partner", "partners", "principal", "associate", "counsel", "lawyer", "attorney",
                             "litigator", "shareholder", "accountant"})
_OPENERS = frozenset({"at", "with", "of"})
# The roles that may take the firm with "of" ("a partner of Hale, Dorr and Wyatt"): "an associate of"
# or "counsel of" a list of surnames names the people someone is close to ("a close associate of
# Putin, Medvedev and Shoigu"), not a firm.
_OF_ROLES = frozenset({"partner", "partners"})


@lru_cache(maxsize=1)
def _forms() -> frozenset[str]:
    return frozenset(company_words().legal_forms) | _PROFESSIONAL_FORMS


def _item(doc: "Doc", i: int) -> bool:
    """Token ``i`` can be one partner's surname: one capitalised word ("Rice", "McPherson")."""
    t = doc[i]
    return t.is_alpha and len(t.text) > 1 and t.text[0].isupper() and t.text[1].islower()


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


def _list_start(doc: "Doc", s: int) -> tuple[int, int] | None:
    """Reading back from ``s`` over one-word items and joins: the index of the word before the
    list and how many items precede ``s`` in it, or None when something else comes first."""
    items = 0
    prev_item = True
    for i in range(s - 1, max(-1, s - 1 - _REACH), -1):
        t = doc[i]
        if t.lower_ in _JOINS:
            prev_item = False
        elif _item(doc, i) and not prev_item and t.lower_ not in _OPENERS:
            prev_item = True
            items += 1
        elif prev_item:
            return i, items
        else:
            return None
    return None


def _items_after(doc: "Doc", e: int) -> int:
    """How many one-word items follow token ``e - 1`` in its list."""
    items, joined = 0, False
    for i in range(e, min(len(doc), e + _REACH)):
        t = doc[i]
        if t.lower_ in _JOINS:
            joined = True
        elif joined and _item(doc, i):
            items += 1
            joined = False
        else:
            break
    return items


def _after_practice_role(doc: "Doc", s: int) -> bool:
    """The list holding ``s`` opens right after "at", "with" or "of" that follows a word for a
    member of a professional firm, and holds three items at least."""
    start = _list_start(doc, s)
    if start is None:
        return False
    i, before = start
    if doc[i].lower_ not in _OPENERS or i < 1 or doc[i - 1].lower_ not in _PRACTICE_ROLES:
        return False
    if doc[i].lower_ == "of" and doc[i - 1].lower_ not in _OF_ROLES:
        return False
    return before + 1 + _items_after(doc, s + 1) >= 3


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
    doc = span.doc
    return _ends_in_form(doc, span.end) or _after_firm_of(doc, span.start) or _after_practice_role(doc, span.start)
