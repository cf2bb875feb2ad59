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

from .lexicon import load

if TYPE_CHECKING:
    from spacy.tokens import Token

BODY_HEADS = load().classes["state_body_head"]
"""(data: event_triggers.json) last words of the proper names of a state's bodies (central bank, military commands, ministries,
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


MISSION_WORDS = frozenset({"embassy", "consulate", "consulate-general"})
"""a state's diplomatic and consular missions abroad (Vienna Conventions on Diplomatic, 1961, and
Consular, 1963, Relations): named by the sending state's name or adjective, often with the host
city ("the U.S. Embassy in Seoul", "U.S. Embassy Seoul", "the Russian embassy in London")"""
_PARTY_LABELS = frozenset({"GPE", "NORP"})


def mission_body(tok: "Token", entity_at: Mapping[int, object]) -> "tuple[str, object] | None":
    """(the mission's name, the sending country's entity) for a noun phrase that names an embassy
    or consulate after its country, read at its head: the mission word itself ("the U.S. Embassy
    in Seoul", "the Russian embassy") or the host city the parser makes the head ("U.S. Embassy
    Seoul"). The mission acts for the state that sends it, never for the city it sits in; the
    name keeps the city ("U.S. Embassy in Seoul"). None when no single country names it ("the
    embassy", "the embassies of France and Spain")."""
    if tok.lower_ in MISSION_WORDS:
        word, mods = tok, [c for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i]
    else:
        word = next((c for c in tok.children if c.dep_ == "compound" and c.lower_ in MISSION_WORDS and c.i < tok.i), None)
        if word is None or getattr(entity_at.get(tok.i), "label", None) not in ("GPE", "LOC", "FAC"):
            return None
        mods = [c for c in (*tok.children, *word.children) if c.dep_ in ("compound", "amod") and c.i < word.i]
    senders = {c.i: entity_at[c.i] for m in mods for c in m.subtree if c.i in entity_at}
    kinds = {getattr(e, "country", None) for e in senders.values() if getattr(e, "label", None) in _PARTY_LABELS}
    if len(kinds) != 1 or None in kinds or len(set(map(id, senders.values()))) != 1:
        return None
    doc = tok.doc
    start = min(senders)
    end = max(tok.i, word.i)
    city = next((p for c in word.children if c.dep_ == "prep" and c.lower_ == "in"
                 for p in c.children if p.dep_ == "pobj" and p.i in entity_at), None) if word is tok else None
    if city is not None:
        end = city.i
    return doc[start:end + 1].text, next(iter(senders.values()))
