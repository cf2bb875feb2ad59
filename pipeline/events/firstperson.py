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

When the count settles nothing in a joint text ("United States-Australia Joint Leaders'
Statement", whose "we" is both parties and names each about as often), the country its title names
first is the publisher's (:func:`_joint_first`).

When that count settles nothing (an excerpt of remarks with no title that never names its
own country as acting: "Last month I held talks with Minister X in Geneva ... Secretary Y
flew to the capital ... Secretary Z met her counterpart"), the speaker's government is the one whose
office-holders the text names most: a speaker names his own government's officials by their
offices and his counterparts as the other side (:func:`officials_country`). It is read only
for a text that speaks in the first person (at least :data:`MIN_FIRST_PERSON` times outside
quotation marks) and whose labelled speakers, if any, have no country of their own.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from typing import TYPE_CHECKING

from ..nlp import text
from ..tokenarrays import LOWER, token_indices

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..records import Entity, Role

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
        return _joint_first(doc, entity_at) if counts else None
    return ranked[0][0]


# a joint text's title: "joint" and the kind of text, each opening a word ("Joint Leaders' Statement",
# "Joint StatementBuilding ..." glued to its subtitle; not "Joint Chiefs of Staff" nor "provision")
_JOINT_TITLE = re.compile(r"\bjoint\b(?:\s+\S+){0,3}?\s+(?:statement|declaration|communiqu[eé]|readout|fact\s+sheet)")
# the topic of a title ("... on Russia's War Against Ukraine", "regarding Sudan"), up to the parties after "by"
_TITLE_TOPIC = re.compile(r"\s(?:on|regarding|concerning|about|against)\s.*?(?=\sby\s|$)")


def _joint_first(doc: "Doc", entity_at: "dict[int, Entity]") -> str | None:
    """The country a joint text's title names first among its parties ("United States-Australia
    Joint Leaders' Statement"): each party's own copy of a joint text names its own state first (the
    alternat of treaty practice), so the publisher's "we" is the first named. A country in the
    title's topic ("Joint Statement on Russia's War Against Ukraine by Poland and Lithuania") is no
    party. None for a title that is no joint text's or names no party."""
    body = text(doc)
    end = body.find("\n")
    title = body[:len(body) if end < 0 else end].lower()
    if not _JOINT_TITLE.search(title):
        return None
    topic = [(m.start(), m.end()) for m in _TITLE_TOPIC.finditer(title)]
    return next((ent.country for tok in doc[:len(doc)] if tok.idx < len(title)
                 and not any(lo <= tok.idx < hi for lo, hi in topic) for ent in (entity_at.get(tok.i),)
                 if ent is not None and ent.label in _COUNTRY_LABELS and ent.country), None)


MIN_FIRST_PERSON = 3
"""first-person pronouns outside quotation marks, at least, for a text to speak as I or we"""
MIN_OFFICIALS = 2
"""distinct current office-holders of the leading government, at least"""


_OWNING = frozenset({"my", "our"})


def owned_officials_country(doc: "Doc", roles: "tuple[Role, ...]", quoted: frozenset[int],
                            raw: "list[tuple[int, int]]") -> str | None:
    """ISO3 of the government whose office-holder the speaker calls his own ("My Secretary of
    State, A B, has ...", "our Ambassador to X, C D"), or None.

    A head of government or minister speaks of the officials who serve him with "my" or "our"
    before their office; a counterpart is "my counterpart" or "my friend", never "my Foreign
    Minister". Only current office-holders with a country count, the possessive must stand
    right before the title the roles stage read and outside quotation marks, and they must all
    belong to one government.

    Args:
        doc: The parsed Doc.
        roles: The article's roles (their evidence spans a title and its holder's name).
        quoted: Token indices inside quotation marks.
        raw: Article character offsets of each token.
    """
    if not raw:
        return None
    starts = [a for a, _ in raw]
    found = set()
    for r in roles:
        if not (r.person and r.country and r.status in ("current", "acting")):
            continue
        at = bisect_left(starts, r.evidence.start)
        if 0 < at < len(doc) and doc[at - 1].lower_ in _OWNING and doc[at - 1].i not in quoted \
                and doc[at].is_title:
            found.add(r.country)
    return next(iter(found)) if len(found) == 1 else None


def officials_country(doc: "Doc", roles: "tuple[Role, ...]", quoted: frozenset[int],
                      raw: "list[tuple[int, int]] | None" = None) -> str | None:
    """ISO3 of the government whose current office-holders a first-person text names most (module
    docstring), or None: at least :data:`MIN_OFFICIALS` of them, more than any other government
    has, in a text with at least :data:`MIN_FIRST_PERSON` first-person pronouns outside quotes.
    An office-holder the speaker calls his own settles it first (:func:`owned_officials_country`).

    Args:
        doc: The parsed Doc.
        roles: The article's roles (person, country, status).
        quoted: Token indices inside quotation marks.
        raw: Article character offsets of each token (None: the officials are only counted).
    """
    owned = owned_officials_country(doc, roles, quoted, raw) if raw is not None else None
    if owned is not None:
        return owned
    persons: dict[str, set[str]] = {}
    for r in roles:
        if r.person and r.country and r.status in ("current", "acting", "elect"):
            persons.setdefault(r.country, set()).add(r.person)
    if not persons:
        return None
    # (the first-person words read off the token array: no loop over every token)
    spoken = sum(1 for i in token_indices(doc, LOWER, _FIRST_PERSON) if doc[i].pos_ == "PRON" and i not in quoted)
    if spoken < MIN_FIRST_PERSON:
        return None
    ranked = sorted(((len(v), k) for k, v in persons.items()), reverse=True)
    if ranked[0][0] < MIN_OFFICIALS or (len(ranked) > 1 and ranked[1][0] >= ranked[0][0]):
        return None
    return ranked[0][1]


_APPOSITION_MARKS = frozenset({",", "—", "–", "-", "--"})
_DECLARING = frozenset({"we", "us"})


def declared_country(doc: "Doc", entity_at: "dict[int, Entity]", quoted: frozenset[int]) -> str | None:
    """ISO3 of the country a speaker names as his "we" in apposition ("we, Canada, will impose
    tariffs", "we — Norway and its neighbours — will respond"), or None.

    English sets off who "we" are right after the pronoun; that names the speaker's own side more
    surely than any count. Only one country may be named so (a joint text's "we, the United States
    and Japan," speaks for two, which its signatories decide), and never inside quotation marks.

    Args:
        doc: The parsed Doc.
        entity_at: Token index -> the Entity it belongs to.
        quoted: Token indices inside quotation marks (someone else's words).
    """
    found: set[str] = set()
    for tok in (doc[i] for i in token_indices(doc, LOWER, _DECLARING)):  # (read off the token array)
        if tok.pos_ != "PRON" or tok.i in quoted or tok.i + 3 >= len(doc):
            continue
        mark, nxt = doc[tok.i + 1], doc[tok.i + 2]
        if mark.text not in _APPOSITION_MARKS:
            continue
        head = doc[tok.i + 3] if nxt.lower_ == "the" else nxt
        ent = entity_at.get(head.i)
        if ent is None or ent.label not in _COUNTRY_LABELS or not ent.country:
            continue
        words = [t for t in doc[head.i:head.i + 6] if entity_at.get(t.i) is ent]  # ("United States": its head "States")
        others = {e.country for w in words for c in w.children if c.dep_ == "conj"
                  for e in (entity_at.get(c.i),) if e is not None and e.label in _COUNTRY_LABELS and e.country}
        if others - {ent.country}:
            continue  # "we, the United States and Japan": two sides
        found.add(ent.country)
    return found.pop() if len(found) == 1 else None
