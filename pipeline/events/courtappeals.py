"""An appeal to a court is no request to a party: "Kiprono said he would appeal", "the firm
appealed against the fine", "he will appeal to the Supreme Court" ask a higher court to review a
decision (the lexicon's entry for appeal already leaves out "appealed the ruling"). PLOVER's
appeal (CAMEO 02) is a request made of someone: "appealed to Israel to stop", "appealed for
calm" name whom or what it asks for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

COURT_WORDS = frozenset({"court", "tribunal", "judge", "judiciary"})
"""what a legal appeal goes to"""


def _courtish(tok: "Token") -> bool:
    return tok.lemma_.lower() in COURT_WORDS or any(t.lemma_.lower() in COURT_WORDS for t in tok.subtree)


def court_appeal(verb: "Token") -> bool:
    """Whether the verb "appeal" asks a court, not a party: nothing asked for and no one asked
    ("he would appeal"), "against" a decision, or "to" a court."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != "appeal":
        return False
    if any(c.dep_ in ("dobj", "xcomp", "ccomp") and c.tag_ != "IN" for c in verb.children):  # ("that he would
        # appeal": the small model may take the complementiser for an object)
        return False  # ("appealed the ruling" is left out by the lexicon; "appealed to X to stop" asks X)
    preps = [c for c in verb.children if c.dep_ == "prep"]
    asked = [p for c in preps if c.lower_ in ("to", "for", "on") for p in c.children if p.dep_ == "pobj"]
    if any(c.lower_ == "against" for c in preps) and not asked:
        return True
    return not asked or all(_courtish(p) for p in asked)
