""""Newly elected President X will be sworn in": elected, not yet in office.

"Newly elected" (also "recently elected", "just-elected") before a title says the holder won the
office; whether the holder is in it yet the sentence says: a taking of office still to come
("will be sworn in", "will take office", "is due to be inaugurated", "ahead of his inauguration")
leaves the office-holder elected but not serving, the guide's status "elect" ("President-elect":
chosen but not yet in office). Without such words the status stays as read ("the newly elected
president took office on Monday" holds the office).

The taking of office must be the holder's own: the holder is the subject of the clause that says
it (read from the dependency parse), not of another verb whose clause reports someone else's
("President X said that her cabinet will be sworn in on Friday": the cabinet's swearing-in).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..nlp import text as text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .reader import Candidate

__all__ = ["newly_elected"]

_NEWLY = re.compile(r"\b(?:newly|recently|just)[- ]elected\s+(?:(?:U\.S\.|[A-Z][a-z]+(?:n|an|ese|ish|i|ic))\s+)?$",
                    re.IGNORECASE)
_TO_COME = re.compile(
    r"\b(?:will|would|is\s+(?:due|set|scheduled|expected)\s+to|are\s+(?:due|set|scheduled|expected)\s+to)\s+"
    r"(?:be\s+)?(?:formally\s+)?(?P<v>sworn(?=\s+in)|take(?=\s+(?:office|power|the\s+oath))|inaugurated"
    r"|assume(?=\s+(?:office|power|the\s+presidency)))"
    r"|\b(?P<p>ahead\s+of|before)\s+(?:his|her|their|the)\s+(?:inauguration|swearing[- ]in)\b",
    re.IGNORECASE)
# the dependencies that keep a word in its verb's own clause: the verb chain of "is due to be
# inaugurated" (acomp, xcomp) and the modifier "ahead of her inauguration" (advmod, prep); a
# ccomp, advcl or relcl is another clause, with a subject of its own
_SAME_CLAUSE = frozenset({"xcomp", "acomp", "advmod", "prep"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# the holder's noun phrase: title, name and apposition ("the newly elected president, X, ...")
_IN_PHRASE = frozenset({"compound", "appos", "flat"})


def _predicates(holder: "Token") -> set["Token"]:
    """The verbs the holder is the subject of: the one it is the subject of, a verb coordinated
    with that one without a subject of its own ("met X and will be sworn in"), and a relative
    clause's verb whose subject is "who" or "that" ("X, who will take office on Friday")."""
    while holder.dep_ in _IN_PHRASE and holder.head.i != holder.i:
        holder = holder.head
    verbs: set = set()
    if holder.dep_ in _SUBJECTS:
        verb = holder.head
        verbs.add(verb)
        verbs.update(c for c in verb.children
                     if c.dep_ == "conj" and not any(g.dep_ in _SUBJECTS for g in c.children))
    for rel in holder.children:
        if rel.dep_ == "relcl" and any(g.dep_ in _SUBJECTS and g.lower_ in ("who", "that") for g in rel.children):
            verbs.add(rel)
    return verbs


def _holders_taking(doc: "Doc", c: "Candidate", sentence_end: int) -> bool:
    """Whether a taking of office to come is said in the clause the candidate's holder is the
    subject of."""
    lo, hi = min(c.start, c.title_start), c.end
    phrase = doc.char_span(lo, hi, alignment_mode="expand")
    verbs: set = set()
    for t in phrase or ():
        if t.head.i == t.i or not phrase.start <= t.head.i < phrase.end:  # the phrase's head word
            verbs |= _predicates(t)
    if not verbs:
        return False
    for m in _TO_COME.finditer(text_of(doc), c.title_start, sentence_end):
        at = m.start("v") if m.group("v") else m.start("p")
        span = doc.char_span(at, at + 1, alignment_mode="expand")
        word = span[0] if span else None
        while word is not None and word not in verbs:
            word = word.head if word.dep_ in _SAME_CLAUSE and word.head.i != word.i else None
        if word is not None:
            return True
    return False


def newly_elected(doc: "Doc", out: list["Candidate"]) -> None:
    """Mark "elect" the current offices written after "newly elected" whose holder the sentence
    says has still to take office (in place).

    Args:
        doc: The processed Doc of the article.
        out: The roles' candidates.
    """
    text = text_of(doc)
    for c in out:
        if c.status != "current" or c.title_start <= 0:
            continue
        if not _NEWLY.search(text, max(0, c.title_start - 40), c.title_start):
            continue
        stop = re.search(r"[.!?](?:\s|$)", text[c.title_start:])
        if _holders_taking(doc, c, c.title_start + (stop.start() if stop else 300)):
            c.status = "elect"
