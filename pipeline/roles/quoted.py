"""Who speaks a quotation of a news story: the speaker of "I" inside it.

News quotes people who state their own offices in the first person ("'At the time, I was a
senator, and we thought the vote would be close,' he said"). The speaker is named by the
attribution next to the quotation: after it ("..., he said", "..., said Jane Doe", "..., Jane Doe
said") or before it ("Jane Doe said: '...'"). A pronoun stands for the nearest person named
before the quotation. The roles stage reads these quotations like the turns of a transcript
(:mod:`.speakers`); the quotes stage, which runs later, reads attributions for its own purpose.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from spacy.attrs import IDX

from ..knowledge.wordlists import word_set
from ..nlp import text as doc_text
from ..quotemarks import find_quote_pairs, has_opening_mark
from .reader import Reader

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..records import Entity

__all__ = ["quoted_speakers"]

# Verbs that attribute a quotation to its speaker ("he said", "recalled Jane Doe").
_SPEECH = word_set("roles", "quote_speech_verbs")
_PRONOUNS = frozenset({"he", "she"})
_MARKS = frozenset({'"', "“", "”", "'", "’", "‘", ",", ":", "''", "``"})


def quoted_speakers(rd: Reader) -> list[tuple[int, int, "Entity"]]:
    """(start, end, speaker) of each double-quoted quotation whose speaker an attribution names:
    character offsets inside the marks and the PERSON entity speaking."""
    doc = rd.doc
    body = doc_text(doc)
    if not has_opening_mark(body):
        return []
    out = []
    pairs = find_quote_pairs(body)
    quoted = [(p.start, p.end) for p in pairs]
    starts = doc.to_array(IDX).tolist()
    for pair in pairs:
        if pair.single or pair.end - pair.start < 12:
            continue
        speaker = _after(rd, pair.end, quoted, starts) or _before(rd, pair.start, quoted, starts)
        if speaker is not None:
            out.append((pair.start, pair.end, speaker))
    return out


def _token_at(rd: Reader, offset: int, starts: list[int], *, forward: bool) -> "Token | None":
    """The first token at or after (before, when not ``forward``) ``offset`` that is no quote
    mark, comma, colon or space (``starts``: each token's ``doc.text`` offset)."""
    doc = rd.doc
    # the token containing ``offset``, or the next one when ``offset`` is in the space between
    # tokens (spaCy's zero-width ``char_span(..., alignment_mode="expand")``); going backward,
    # the token before that one
    i = bisect_right(starts, offset) - 1
    if i < 0 or doc[i].idx + len(doc[i].text) <= offset:
        i += 1
    if not forward:
        i -= 1
    step = 1 if forward else -1
    while 0 <= i < len(doc) and (doc[i].text in _MARKS or doc[i].is_space):
        i += step
    return doc[i] if 0 <= i < len(doc) else None


def _after(rd: Reader, end: int, quoted: list[tuple[int, int]], starts: list[int]) -> "Entity | None":
    """The speaker of an attribution after a quotation: "he said", "said Jane Doe", "Jane Doe said"."""
    doc = rd.doc
    tok = _token_at(rd, end + 1, starts, forward=True)
    if tok is None or "\n" in doc_text(doc)[end:tok.idx]:
        return None
    if tok.lemma_.lower() in _SPEECH and tok.i + 1 < len(doc):
        return rd.person_at(doc[tok.i + 1])  # "..., said Jane Doe"
    if tok.lower_ in _PRONOUNS and tok.i + 1 < len(doc) and doc[tok.i + 1].lemma_.lower() in _SPEECH:
        return _antecedent(rd, end, quoted)
    person = rd.person_at(tok)
    if person is not None:
        j = tok.i
        while j < len(doc) and rd.person_at(doc[j]) is person:
            j += 1
        if j < len(doc) and doc[j].lemma_.lower() in _SPEECH:
            return person  # "..., Jane Doe said"
    return None


def _before(rd: Reader, start: int, quoted: list[tuple[int, int]], starts: list[int]) -> "Entity | None":
    """The speaker of an attribution before a quotation: "Jane Doe said: '...'"."""
    doc = rd.doc
    verb = _token_at(rd, start - 1, starts, forward=False)
    if verb is None or verb.lemma_.lower() not in _SPEECH or "\n" in doc_text(doc)[verb.idx:start]:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    if subj.lower_ in _PRONOUNS:
        return _antecedent(rd, subj.idx, quoted)
    return rd.person_at(subj)


def _antecedent(rd: Reader, before: int, quoted: list[tuple[int, int]]) -> "Entity | None":
    """The person "he"/"she" stands for: the last PERSON named before offset ``before``, within
    the three sentences before it, the words of the quotations (``quoted``) left out."""
    doc = rd.doc
    first = next((t.i for t in reversed(doc) if t.idx < before), None)
    if first is None:
        return None
    lo = rd.sentence(first)[0]
    for _ in range(2):
        if lo > 0:
            lo = rd.sentence(lo - 1)[0]
    for tok in reversed(doc[lo:first + 1]):
        if any(a <= tok.idx < b for a, b in quoted):
            continue
        person = rd.person_at(tok)
        if person is not None and person.label == "PERSON":
            return person
    return None
