"""Seats in a legislature written with the verb "serve" or "represent" (biographies, profiles,
obituaries).

"He served four terms in the Idaho Senate", "she served in the House of Representatives from
2003 to 2011", "Doe currently serves in the State Assembly", "she represented Ohio's 5th District
in the House from 1990 to 2000": the subject holds (held) a seat in
that chamber, a legislator's office (annotation guide, "Rules": legislature; biographies:
"served as" -> former). The chamber must be named as a legislature (:mod:`.elected_seats`), and
the verb must have no "as" post ("served as counsel in the Senate" is a staff post, read by the
biography readers).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.attrs import LEMMA

from ..knowledge import countries
from ..nlp import text as text_of
from .elected_seats import _CHAMBER, _NOT_CHAMBER, seat_candidate
from .reader import DETERMINERS, WS, Candidate, Reader

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["served_seats"]

_SPAN_NOUNS = frozenset({"term", "terms", "year", "years", "decade", "decades"})
"""The time a seat was held, written as the verb's object ("served four terms in the Senate")."""
_STATE_HOUSE = re.compile(r"(?!White\b)(?:[A-Z][\w.'’-]*\s+){1,3}(?:State\s+)?House")
"""A state's lower chamber written with the state's name ("the Ohio House", "the Texas State House")."""
_NOW = re.compile(r"\b(?:currently|now|still)\s+$")


def served_seats(rd: Reader) -> list[Candidate]:
    """Legislators written as "X served (N terms) in <chamber>".

    Args:
        rd: The document reader.

    Returns:
        One legislator candidate per reading, its title "member of <chamber as written>"; a past
        "served" is former, "serves" or "has served" current.
    """
    doc = rd.doc
    body = text_of(doc)
    if not re.search(r"\b(?:serv|represent)(?:ed|es|s|ing)\b", body):
        return []
    lemmas = doc.to_array([LEMMA]).ravel()
    serve, represent = doc.vocab.strings["serve"], doc.vocab.strings["represent"]
    out: list[Candidate] = []
    for i in ((lemmas == serve) | (lemmas == represent)).nonzero()[0]:
        verb = doc[int(i)]
        if verb.pos_ != "VERB" or any(c.lower_ == "as" and c.dep_ == "prep" for c in verb.children):
            continue  # "served as counsel in the Senate": a post, not a seat
        heads = [verb] + [c for c in verb.children if c.dep_ in ("dobj", "npadvmod") and c.lower_ in _SPAN_NOUNS]
        if verb.lemma_ == "represent":
            # "represented Ohio (in the Senate)", "represented the 5th District in the House": the
            # place a legislator is elected for, the object (a client or a firm is represented in no chamber)
            heads = [verb] + [c for c in verb.children if c.dep_ == "dobj"]
            if any(countries.country(WS.sub(" ", doc[h.left_edge.i:h.i + 1].text).removeprefix("the ")) for h in heads[1:]):
                continue  # "represented the United States in the UN General Assembly": a state's envoy
        prep = next((c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "in"), None)
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if obj is None:
            continue
        # "the House of Representatives": the chamber's whole name, not the items joined to it
        toks = [t for c in obj.lefts for t in c.subtree] + [obj] + [
            t for c in obj.rights if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree]
        while toks and toks[0].lower_ in DETERMINERS:
            toks.pop(0)
        chamber = WS.sub(" ", doc[toks[0].i:toks[-1].i + 1].text) if toks else ""
        if not chamber or _NOT_CHAMBER.search(chamber) or not (_CHAMBER.fullmatch(chamber) or _STATE_HOUSE.fullmatch(chamber)):
            continue
        obj = toks[-1]
        if _modifies_a_noun(verb, toks):
            continue  # "serving in their Senate-confirmed role": the chamber names the kind of post, no seat
        perfect = any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children)
        lo = verb.idx
        now = verb.tag_ in ("VBZ", "VBP") or perfect or _NOW.search(body, max(0, lo - 12), lo)
        cand = seat_candidate(rd, body, verb, verb, obj, toks[0], chamber,
                              lambda until: "current" if now and not until else "former")
        if cand is not None:
            out.append(cand)
    return out


def _modifies_a_noun(verb: "Token", toks: list["Token"]) -> bool:
    """Whether the chamber's words modify a noun after them ("in their Senate confirmed role",
    "in the House leadership office"): a person's possessive before the chamber (one serves in
    "the Senate", not in "their Senate"), or a lower-case noun, adjective or participle after it
    that the verb does not govern."""
    if any(t.dep_ == "poss" for t in toks):
        return True
    doc, last = verb.doc, toks[-1]
    if last.i + 1 >= len(doc):
        return False
    nxt = doc[last.i + 1]
    return nxt.is_lower and (nxt.pos_ in ("NOUN", "ADJ") or nxt.tag_ == "VBN") and nxt.head.i != verb.i
