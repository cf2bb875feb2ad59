"""Small, stage-independent walks over a dependency parse.

A leaf module (it imports no stage; ``tests/test_layout.py``): several stages climb from a word
to the verb that governs it ("the tense of the clause a date sits in", "the subject of the
clause a number hangs from", "was the deployment planned"), each within a few hops so that a
long chain of heads never reaches an unrelated main clause. The climb is written once here.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["VERBAL", "governing_verb", "head_chain"]

VERBAL = ("VERB", "AUX")
"""Coarse parts of speech that head a clause."""


def head_chain(tok: "Token", hops: int) -> Iterator["Token"]:
    """``tok``, then its head, its head's head, ...: at most ``hops`` steps up, ending at the root.

    Args:
        tok: Where the climb starts (yielded first).
        hops: The most heads to climb above ``tok``.

    Yields:
        ``tok`` and up to ``hops`` of its ancestors, nearest first, each once (the root, its
        own head in spaCy, ends the chain).
    """
    yield tok
    for _ in range(hops):
        head = tok.head
        if head.i == tok.i:  # spaCy makes a new Token per access, so identity (``is``) never holds
            return
        tok = head
        yield tok


def governing_verb(tok: "Token", hops: int = 4, pos: tuple[str, ...] = VERBAL) -> "Token | None":
    """The nearest of ``tok`` and its first ``hops`` heads whose coarse part of speech is in ``pos``.

    Args:
        tok: A token of a parsed Doc.
        hops: The most heads to climb (4: a date or number inside a noun phrase inside a
            prepositional phrase still reaches its clause's verb, "by the end of next year").
        pos: The parts of speech that stop the climb (verbs and auxiliaries by default).

    Returns:
        That token, or None when no such token is within reach.
    """
    return next((node for node in head_chain(tok, hops) if node.pos_ in pos), None)
