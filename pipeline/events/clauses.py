"""Small readings of a clause shared by the argument finders: the subject a verb has or takes
from the verb it is coordinated with, and the object of a preposition."""

from __future__ import annotations

from collections.abc import Callable
from itertools import islice
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

SUBJECT_DEPS = ("nsubj", "nsubjpass")


def _own_subject(verb: "Token") -> "Token | None":
    return next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)


def clause_subject(verb: "Token", own_subject: "Callable[[Token], Token | None]" = _own_subject,
                   limit: int | None = None) -> "Token | None":
    """The subject of a verb, or of the verb it is coordinated with when it has none of its own
    ("X met Y and signed ...": X): English leaves the subject of a second conjunct unsaid.

    Args:
        verb: The verb whose subject is wanted.
        own_subject: What counts as a verb's own subject (default: its first active or passive
            subject child).
        limit: How many verbs of the coordination to look at (None: up to the first conjunct).

    Returns:
        The first subject found walking from the verb to the first conjunct, or None.
    """
    for cur in islice(_coordination(verb), limit):
        subj = own_subject(cur)
        if subj is not None:
            return subj
    return None


def _coordination(verb: "Token"):
    """The verb, then each verb it is coordinated with, up to the first conjunct."""
    while True:
        yield verb
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            return
        verb = verb.head


def pobj(prep: "Token") -> "Token | None":
    """The object of a preposition (its first ``pobj`` child), or None."""
    return next((c for c in prep.children if c.dep_ == "pobj"), None)
