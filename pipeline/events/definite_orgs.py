"""A definite common noun that names again an organisation the story has named: news refers
back to a body by the kind of body it is ("The RMT union said ... The union rejected the
offer", "Northgate Bank ... the bank apologised"), and to a regulator as "the watchdog" or
"the regulator" ("Britain's Financial Conduct Authority fined ... The watchdog also banned ...").

English definite reference: "the N" with no other modifier points back to the nearest body
named before that is an N (its name ends in N, or N is the noun the name modifies: "the RMT
union"). A regulator's own name says which kind of body it is (an authority, a commission, an
agency, an office, a board). Anything else stays unresolved.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..records import Entity

BODY_KINDS = frozenset({"union", "bank", "company", "firm", "commission", "council", "court", "tribunal", "party",
                        "movement", "federation", "congress", "authority", "agency", "committee", "association",
                        "front", "organisation", "organization", "group", "board", "assembly", "parliament",
                        "watchdog", "regulator", "bloc", "carmaker", "miner", "airline", "insurer", "lender"})
"""head nouns by which a story names again a body it has named"""
ROLE_WORDS: Mapping[str, frozenset[str]] = {
    "watchdog": frozenset({"authority", "commission", "agency", "office", "board", "regulator", "watchdog", "ombudsman"}),
    "regulator": frozenset({"authority", "commission", "agency", "office", "board", "regulator", "watchdog"}),
    "bloc": frozenset({"union", "community", "association", "bloc"}),
}
"""words for a body by its function, and the last words of the names of bodies that have it
('the watchdog': a regulating authority or commission; 'the bloc': a union or community of
states)"""
_MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nmod", "nummod", "appos"})


def _kinds(tok: "Token", ent: "Entity", entity_at: Mapping[int, object]) -> set[str]:
    """What kind of body a mention ending at ``tok`` names: its last word, and the noun it
    modifies when that noun is outside the name ("the RMT union")."""
    kinds = {tok.lemma_.lower(), tok.lower_}
    head = tok.head
    if tok.dep_ in ("compound", "amod", "nmod") and head.i > tok.i and head.i not in entity_at and head.pos_ == "NOUN":
        kinds.add(head.lemma_.lower())
    return kinds


def named_again(tok: "Token", entity_at: Mapping[int, "Entity"], quoted: frozenset[int]) -> "Entity | None":
    """The organisation a bare definite "the union", "the bank", "the watchdog" names again:
    the nearest named before it (in quotations too: a quoted name still names it), or None."""
    low = tok.lemma_.lower()
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or low not in BODY_KINDS or tok.i in entity_at or tok.i in quoted:
        return None
    dets = [c for c in tok.children if c.dep_ == "det"]
    if len(dets) != 1 or dets[0].lower_ != "the" or any(c.dep_ in _MODIFIER_DEPS for c in tok.children):
        return None  # "a union", "this bank", "the Kenyan union", "the teachers' union": not a bare reference
    wanted = ROLE_WORDS.get(low, frozenset()) | {low}
    doc = tok.doc
    for i in range(tok.i - 1, -1, -1):
        ent = entity_at.get(i)
        if ent is None or ent.label != "ORG" or entity_at.get(i + 1) is ent:
            continue  # (a mention is read at its last word)
        if _kinds(doc[i], ent, entity_at) & wanted:
            return ent
    return None
