"""Goods or funds a country gave, named by a compound adjective: "U.S.-provided rocket systems",
"3.5 million U.S.-donated vaccine doses", "Japanese-funded projects in X".

The adjective states that the country provided, donated, supplied or funded the thing: an act of
giving (PLOVER AID: provide economic, military or humanitarian aid), whose actor is the country
written before the hyphen, read from the country gazetteer (pipeline/knowledge/countries). A
country that made, led or backed something ("U.S.-made", "U.S.-led", "Iran-backed") gave
nothing and is not read here. Aid goes to someone: the sentence must name a foreign country or a
place in one (a country other than the giver, read from the gazetteer), or the goods a holder (a
possessor other than the giver, "its U.S.-supplied radars", or a receiving verb, "received U.S.-donated
doses"); "U.S.-funded research in Ohio had produced a vaccine" is a government spending at home, no
aid to anyone.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..knowledge.countries import country
from ..syntax import found_tokens
from .context import Party
from .lexicon import load
from .triggers import VIA_OWN, Trigger

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_CUE = re.compile(r"[A-Z](?<!\w[A-Z])[\w.]*-(?:provided|donated|supplied|funded|financed|gifted)\b")
"""a text search first: most stories have no such adjective (the capital first, not a
word-boundary test, so the search skips ahead to capitals; the look-behind is the word boundary)"""


def giver(tok: "Token") -> str | None:
    """ISO3 of the country a "X-provided" / "X-donated" adjective names as giver, or None."""
    m = _CUE.fullmatch(tok.text)
    return country(tok.text.rsplit("-", 1)[0]) if m else None


_RECEIPT = load().classes["receipt_verb"]


def _foreign_side(tok: "Token", code: str) -> bool:
    """Whether the goods ``tok`` modifies have a holder other than the giver ``code`` (a possessor,
    a receiving verb's object), or the sentence names a country, a people or a place of another
    country."""
    goods = tok.head
    if any(c.dep_ == "poss" and country(c.text) != code for c in goods.children):
        return True  # "its U.S.-supplied radar systems"
    if goods.dep_ in ("dobj", "obj") and goods.head.lemma_.lower() in _RECEIPT:
        return True  # "received U.S.-donated doses"
    for ent in tok.doc.ents:
        if ent.start >= tok.sent.start and ent.end <= tok.sent.end and ent.label_ in ("GPE", "NORP", "LOC"):
            other = country(ent.text)
            if other is not None and other != code:
                return True
    return False


def supplied_goods(doc: "Doc", taken: "set[int]", skip: "set[int] | frozenset[int]") -> list[Trigger]:
    """AID triggers of "X-provided"/"X-donated"/"X-supplied"/"X-funded" modifiers of a thing.

    Args:
        doc: A parsed Doc.
        taken: Token indices already triggers.
        skip: Token indices never to consider (headline, quotations, questions).
    """
    out = []
    for tok in found_tokens(doc, _CUE):
        if tok.i in taken or tok.i in skip or tok.dep_ not in ("amod", "compound", "nmod"):
            continue
        code = giver(tok)
        if code is not None and _foreign_side(tok, code):
            out.append(Trigger(token=tok, type="AID", entry=None, via=VIA_OWN, clause=None))
    return out


def supplier(trig: Trigger) -> Party | None:
    """The giving country of a :func:`supplied_goods` trigger, as a party (None otherwise)."""
    code = giver(trig.token) if trig.entry is None and trig.type == "AID" else None
    return Party(entity=None, country=code, token=trig.token, name=code) if code else None
