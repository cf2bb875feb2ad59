"""An office written with the government body it sits in after "at".

Readouts list officials with the department or office that employs them after the title:
"Assistant Secretary for Tax Policy at the Department of the Treasury Jane Roe", "Senior Advisor
at the U.S. Department of Energy Jane Roe". The body is part of the office phrase, and the name
follows it; without it, the title would end at "at" and find no name after it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Nouns that head the name of a government's executive body (a department, ministry, agency or
# office: AP Stylebook "department", "agency"; U.S. Government Manual, the executive branch's units).
_BODY_HEADS = frozenset({"department", "ministry", "office", "agency", "administration", "bureau", "embassy",
                         "mission", "commission", "council", "service"})


def government_body_after(doc: "Doc", j: int, sent_end: int) -> bool:
    """Whether token ``j`` is an "at" that begins "the (U.S.|country) Department/Office/... of":
    a capitalised government body's noun followed by "of" within the next four tokens after "the",
    with only capitalised words before it.

    Args:
        doc: The Doc.
        j: The index of the token to test.
        sent_end: The end of the title's block.

    Returns:
        True when the body after "at" belongs to the office phrase.
    """
    if doc[j].lower_ != "at" or j + 2 >= sent_end or doc[j + 1].lower_ != "the":
        return False
    for k in range(j + 2, min(j + 6, sent_end)):
        tok = doc[k]
        if not tok.text[:1].isupper():
            return False
        if tok.lower_ in _BODY_HEADS:
            # "the Department of X", "the Office of Y": a private body's bureau or office is named
            # before its noun ("the County Farm Bureau", "the Legal Aid Bureau") and stays out
            return k + 1 < sent_end and doc[k + 1].lower_ == "of" and _name_after_body(doc, k + 2, sent_end)
    return False


def _name_after_body(doc: "Doc", i: int, sent_end: int) -> bool:
    """Whether the body's name from token ``i`` runs (capitalised words and "of", "the", "and",
    "for") into a person's name: a token the NER tagged PERSON, or a given name after a word of
    the body (the NER often takes the name into the body's ORG span). A biography's "served as X
    at the Department of Y." names no one after the body, and its office stays as written
    before "at"."""
    from ..names import is_given_name

    for k in range(i, min(i + 10, sent_end)):
        tok = doc[k]
        if k > i and (tok.ent_type_ == "PERSON" or tok.text[:1].isupper() and is_given_name(tok.text)):
            return True
        if not (tok.text[:1].isupper() or tok.lower_ in ("of", "the", "and", "for")):
            return False
    return False
