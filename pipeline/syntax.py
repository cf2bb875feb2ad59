"""Small, stage-independent walks over a dependency parse.

A leaf module (it imports no stage; ``tests/test_layout.py``): several stages climb from a word
to the verb that governs it ("the tense of the clause a date sits in", "the subject of the
clause a number hangs from", "was the deployment planned"), each within a few hops so that a
long chain of heads never reaches an unrelated main clause. The climb is written once here.

It also maps tokens to the article text (:func:`token_ranges`) and to the entities mentioned
there (:func:`entities_by_token`): the entities stage (which organisations are companies) and the
events stage read the parse around entity mentions through the same map.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterator
from typing import TYPE_CHECKING

import numpy
from spacy.attrs import IDX, LENGTH

from .nlp import offset_map, text
from .records import Entity

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["VERBAL", "governing_verb", "head_chain", "offset_array", "token_ranges", "entities_by_token", "found_tokens"]

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


def apposed_to(tok: "Token", head: "Token", hops: int = 3) -> bool:
    """Whether ``tok`` or one of its first heads is an apposition of ``head`` ("Coordinator,
    Jeff Zients": "Jeff" -> "Zients", an apposition of "Coordinator").

    Args:
        tok: A token of the apposed phrase (e.g. the first word of a name).
        head: The word the phrase would be apposed to.
        hops: The most heads to climb above ``tok`` inside the phrase.
    """
    return any(node.dep_ == "appos" and node.head.i == head.i for node in head_chain(tok, hops))


def offset_array(doc: "Doc") -> "numpy.ndarray | None":
    """The Doc's offset map (normalised -> original character) as a numpy array, without
    copying it when it is an ``array.array``; None when the texts are the same."""
    offsets = offset_map(doc)
    if offsets is None:
        return None
    if isinstance(offsets, array):
        return numpy.frombuffer(offsets, dtype=f"i{offsets.itemsize}")
    return numpy.asarray(offsets)


# The last Doc's token ranges, as a list and as an array: the entities stage (companies) and
# the events stage both ask for them. The Doc itself is held, so its identity cannot be reused
# by another Doc while the entry stands; the offset map is compared too.
_LAST_RANGES: tuple = (None, None, None, None)


def token_ranges(doc: "Doc") -> list[tuple[int, int]]:
    """Each token's character range in the original article text (the offset map is read
    once per Doc and applied to all tokens at once, not once per token)."""
    global _LAST_RANGES
    off = offset_map(doc)
    cached = _LAST_RANGES
    if cached[0] is doc and cached[1] is off and len(cached[2]) == len(doc):
        return cached[2]
    idx = doc.to_array([IDX, LENGTH])
    starts, lengths = idx[:, 0], idx[:, 1]
    off_arr = offset_array(doc)
    if off_arr is None:
        ends = starts + lengths
    else:
        ends = off_arr[starts + lengths - 1] + 1
        starts = off_arr[starts]
    ranges = list(zip(starts.tolist(), ends.tolist()))
    if len(doc):
        _LAST_RANGES = (doc, off, ranges, numpy.stack([starts, ends], axis=1).astype(numpy.int64))
    return ranges


def entities_by_token(raw: list[tuple[int, int]], entities: tuple[Entity, ...]) -> dict[int, Entity]:
    """Token index -> the entity with a mention at the first mentioned character of the
    token's range (``raw``: :func:`token_ranges`); earlier entities win a shared character.

    One sorted search for all tokens, not a dictionary probe per character of every token; the
    owner of each mentioned character is found by painting the mentions into one array, the
    later entities first, so the earliest entity holding a character is the one left there.
    """
    spans = [(k, m.start, m.end) for k, ent in enumerate(entities) for m in ent.mentions if m.end > m.start]
    if not spans or not raw:
        return {}
    low = min(s for _k, s, _e in spans)
    none = len(entities)
    owner = numpy.full(max(e for _k, _s, e in spans) - low, none, dtype=numpy.int64)
    for k, s, e in reversed(spans):
        owner[s - low:e - low] = k
    covered = numpy.flatnonzero(owner != none)
    positions = covered + low
    cached = _LAST_RANGES
    bounds = cached[3] if cached[2] is raw else numpy.asarray(raw, dtype=numpy.int64)
    first = numpy.searchsorted(positions, bounds[:, 0])
    clipped = numpy.minimum(first, len(positions) - 1)
    inside = (first < len(positions)) & (positions[clipped] < bounds[:, 1])
    hits = numpy.flatnonzero(inside)
    owners = owner[covered[clipped[hits]]].tolist()
    return {i: entities[k] for i, k in zip(hits.tolist(), owners)}


def found_tokens(doc: "Doc", pattern: "re.Pattern[str]") -> Iterator["Token"]:
    """The tokens a text search finds, each match being exactly one token.

    A search over the text skips the stories that never write a cue word, where a loop over every
    token would not.

    Args:
        doc: A parsed Doc.
        pattern: A compiled pattern matched against the Doc's text.
    """
    for m in pattern.finditer(text(doc)):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None and len(span) == 1:
            yield span[0]
