"""Sanctions designations of a named party: "the Department of the Treasury designated Tren de
Aragua", "designated Wagner as a military end user", "will be designating X as a Specially
Designated Global Terrorist".

A sanctions authority lists a party, and the listing restricts it: PLOVER SANCTION (CAMEO 163,
impose sanctions). The lexicon's ``designate`` entry codes the designation by its object when the
object is what authorities list ("designated three entities and eleven individuals", class
``listed_party``). Two more forms say the same of a named party:

- an "as" complement names a sanctions list (class ``sanction_listing``: "as a Foreign Terrorist
  Organization", "as a State Sponsor of Terrorism", "as a military end user", "as a transnational
  criminal organization");
- the subject is a sanctions authority (class ``sanctions_authority``: "the Department of the
  Treasury", "OFAC", "Commerce") and the object is a name.

Other designations are no sanction: "designate Qatar as a Major Non-NATO Ally", "designated her as
envoy", "designate Bolivia, Burma, and Venezuela as having failed demonstrably" (a finding), "has
designated Temporary Protected Status for Venezuelans".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import load

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["designation_type"]

_LISTINGS = load().classes["sanction_listing"]
_AUTHORITIES = load().classes["sanctions_authority"]


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
    as_preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"]
    as_preps += [c for c in obj.children if c.dep_ == "prep" and c.lower_ == "as"] if obj is not None else []
    for prep in as_preps:
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is not None and any(t.lemma_.lower() in _LISTINGS or t.lower_ in _LISTINGS for t in pobj.subtree):
            return "SANCTION"
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if obj is None or subj is None or not (obj.i in entity_at or obj.pos_ == "PROPN"):
        return None
    if any(t.lower_ in _AUTHORITIES for t in subj.subtree):
        return "SANCTION"
    return None
