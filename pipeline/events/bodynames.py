"""A state body named after its country: "the US Federal Reserve", "the U.S. Southern Command".

Wire copy puts the country before the proper name of one of its bodies. The entity recogniser
often takes only the country ("US") and leaves the body's own words unnamed, so the act of "the
bailout of AIG by the US Federal Reserve" would be told of the United States as a whole. When the
head of a noun phrase is a capitalised word that ends the names of state bodies (a reserve, a
command, a ministry, a bank, an agency ...), its other capitalised words are in no entity, and
the only entity among its modifiers is a country, the body is the party: named by its own words
("Federal Reserve", "Southern Command"), of that country. An entity for the whole name, when
the recogniser found one, is used as it is (nothing here applies).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

BODY_HEADS = frozenset({"reserve", "command", "ministry", "department", "agency", "army", "navy", "guard",
                        "commission", "council", "court", "parliament", "congress", "senate", "police",
                        "bank", "service", "office", "directorate", "inspectorate", "authority", "corps"})
"""last words of the proper names of a state's bodies (central bank, military commands, ministries,
agencies, courts, legislatures, forces): English naming of public institutions"""


def country_body(tok: "Token", entity_at: Mapping[int, object]) -> "tuple[str, object] | None":
    """(the body's own name, the country entity) for "the US Federal Reserve" read at its head, or
    None when ``tok`` is no such name."""
    if tok.pos_ != "PROPN" or tok.i in entity_at or tok.lower_ not in BODY_HEADS or not tok.text[:1].isupper():
        return None
    mods = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
    country = [entity_at[c.i] for c in mods if c.i in entity_at]
    own = [c for c in mods if c.i not in entity_at]
    if len(country) != 1 or getattr(country[0], "label", None) != "GPE" or not getattr(country[0], "country", None):
        return None
    if not own or any(c.pos_ != "PROPN" or not c.text[:1].isupper() for c in own):
        return None  # "the US central bank": a description, not a name (the country is the party)
    if any(c.i in entity_at for w in own for c in w.subtree):
        return None
    words = sorted([*own, tok], key=lambda t: t.i)
    return " ".join(w.text for w in words), country[0]
