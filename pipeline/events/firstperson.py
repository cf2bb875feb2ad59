"""Whose "we" a first-person statement is, when nothing else says.

A government's statement or remarks speak as "I" and "we" ("Today, at my direction, U.S.
forces conducted strikes", "As I said yesterday, the United States will defend every inch of
NATO territory", "we issued a warning"). The events stage learns who "we" are from the
input's country, a seat of government the text names ("the White House"), the author's office,
or a "Statement by ..." title; a statement published without a title and that names no seat
leaves "we" unknown, and every act told in the first person is lost.

The speaker's own country is then the country named as who acts (a subject, its modifier, a
passive agent) in the most sentences that also speak in the first person outside quotation
marks, when it is named so in at least two such sentences and more often than any other
country. A statement tells of its own country's forces, aid and commitments next to "I", "my",
"we" and "our"; the other countries it names are mostly acted on or met ("President X of
Ukraine", "strikes against targets in Yemen"). A transcript with labelled turns is left alone:
its "we" is each speaker's (a briefer speaking of China in every answer speaks for his own
government).
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..records import Entity

_FIRST_PERSON = frozenset({"i", "my", "me", "we", "our", "us"})
_COUNTRY_LABELS = frozenset({"GPE", "NORP"})
MIN_SENTENCES = 2
"""sentences in the first person naming the country, at least"""


def _acting(tok: "Token", depth: int = 0) -> bool:
    """Whether a country's name stands for who acts in its clause: the subject or its modifier
    ("the United States will defend", "U.S. forces conducted strikes"), or a passive agent
    ("support provided by the United States"); not a place or a party acted on ("President X of
    Ukraine", "the Ukrainian people")."""
    if depth > 4:
        return False
    if tok.dep_ in ("nsubj", "nsubjpass") or (tok.dep_ == "pobj" and tok.head.lower_ == "by"):
        return True
    if tok.dep_ in ("compound", "amod", "poss", "nmod", "conj") and tok.head.i != tok.i:
        return _acting(tok.head, depth + 1)
    return False


def first_person_country(doc: "Doc", entity_at: "dict[int, Entity]", quoted: frozenset[int]) -> str | None:
    """ISO3 of the country a first-person text speaks for (module docstring), or None.

    Args:
        doc: The parsed Doc.
        entity_at: Token index -> the Entity it belongs to.
        quoted: Token indices inside quotation marks (someone else's words).
    """
    counts: Counter[str] = Counter()
    for sent in doc.sents:
        if not any(t.lower_ in _FIRST_PERSON and t.pos_ == "PRON" and t.i not in quoted for t in sent):
            continue
        named = {ent.country for t in sent if t.i not in quoted for ent in (entity_at.get(t.i),)
                 if ent is not None and ent.label in _COUNTRY_LABELS and ent.country and _acting(t)}
        counts.update(named)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < MIN_SENTENCES or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]
