"""Sanctions designations of a named party: "the Department of the Treasury designated Tren de
Aragua", "designated Wagner as a military end user", "will be designating X as a Specially
Designated Global Terrorist".

A sanctions authority lists a party, and the listing restricts it: PLOVER SANCTION (CAMEO 163,
impose sanctions). The lexicon's ``designate`` entry codes the designation by its object when the
object is what authorities list ("designated three entities and eleven individuals", class
``listed_party``). Two more forms say the same of a named party:

- an "as" complement whose head names a listed kind of party (:data:`LISTED_HEADS`: organization,
  entity, sponsor, user, ...) with a sanctions-list word on that head, its modifiers or its "of"
  phrase (class ``sanction_listing``: "as a Foreign Terrorist Organization", "as a State Sponsor of
  Terrorism", "as a military end user", "as a transnational criminal organization");
- with no "as" complement, the subject is the sanctions authority itself (class
  ``sanctions_authority``: "the Department of the Treasury", "OFAC", "Commerce"; not "the Chamber
  of Commerce" or "the Commerce Secretary") and the object a named body or person, not a place.

In both the object is a name (an entity or proper noun). Other designations are no sanction:
"designate Qatar as a Major Non-NATO Ally", "designated the shooting as an act of domestic
terrorism" (the list word inside an "of" phrase of another head), "designated August 21 as a Day of
Remembrance for Victims of Terrorism", "designated Pittsburgh as a technology hub", "designate
Bolivia, Burma, and Venezuela as having failed demonstrably" (a finding), "has designated Temporary
Protected Status for Venezuelans".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import load

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["designation_type"]

_LISTINGS = load().classes["sanction_listing"]
_AUTHORITIES = load().classes["sanctions_authority"]
LISTED_HEADS = frozenset({"organization", "organisation", "entity", "group", "sponsor", "terrorist", "user",
                          "kingpin", "trafficker", "proliferator", "network", "cartel"})
"""heads of the kinds of party a sanctions list names ("a Foreign Terrorist Organization", "a State Sponsor
of Terrorism", "a military end user", "a Specially Designated Global Terrorist")"""
_NOT_PARTIES = frozenset({"GPE", "LOC", "FAC", "DATE"})
"""entity labels of an object no sanctions authority lists (a place or a date it designates for a programme)"""


def _named(tok: "Token", entity_at: "dict[int, object]") -> bool:
    """Whether ``tok`` is a name: an entity's token or a proper noun."""
    return tok.i in entity_at or tok.pos_ == "PROPN"


def _listing(pobj: "Token") -> bool:
    """Whether an "as" object names a sanctions list's kind of party (module docstring)."""
    if pobj.lemma_.lower() not in LISTED_HEADS and pobj.lower_ not in LISTED_HEADS:
        return False
    words = [pobj, *(c for c in pobj.children if c.dep_ in ("compound", "amod")),
             *(o for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj")]
    return any(w.lemma_.lower() in _LISTINGS or w.lower_ in _LISTINGS for w in words)


def _authority(subj: "Token") -> bool:
    """Whether the subject is a sanctions authority itself ("Treasury", "the Department of the Treasury",
    "the Commerce Department"), not a body or official named after one ("the Chamber of Commerce")."""
    if subj.lower_ in _AUTHORITIES:
        return True
    if subj.lemma_.lower() != "department":
        return False
    named = [c for c in subj.children if c.dep_ == "compound"]
    named += [o for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    return any(t.lower_ in _AUTHORITIES for t in named)


def designation_type(verb: "Token", entity_at: "dict[int, object]") -> str | None:
    """SANCTION for a designation of a named party to a sanctions list or by a sanctions
    authority (module docstring); None otherwise.

    Args:
        verb: A verb the lexicon left without a category.
        entity_at: Token index -> entity, for the named object.
    """
    if verb.lemma_.lower() != "designate":
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or not _named(obj, entity_at) or obj.ent_type_ == "DATE":
        return None
    as_preps = [c for c in (*verb.children, *obj.children) if c.dep_ == "prep" and c.lower_ == "as"]
    if as_preps:
        return "SANCTION" if any(_listing(o) for p in as_preps for o in p.children if o.dep_ == "pobj") else None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return "SANCTION" if subj is not None and obj.ent_type_ not in _NOT_PARTIES and _authority(subj) else None
