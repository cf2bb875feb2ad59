"""Reading the dependency parse around a quotation: reporting verbs, their subjects, phrases.

Functions of tokens only, no per-article state.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..nlp import text as doc_text
from .words import (
    ADDRESSEE_VERBS, CLIMB_DEPS, DOCUMENT_NOUNS, PERCEPTION_VERBS, PHRASE_DEPS, RELATIVE_PRONOUNS, REPORTING_VERBS,
    SUBJECT_DEPS,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["dateline_span", "in_dateline", "in_dateline_at", "is_cue", "is_main_subject", "is_subject_name", "next_mark", "np_tokens", "phrase", "relative_antecedent", "subject"]


def next_mark(text: str, pos: int) -> int | None:
    """The offset of a closing mark at ``pos`` or just after it."""
    for j in range(pos, min(len(text), pos + 3)):
        if text[j] in "\"”»’'":
            return j
    return None


# A wire dateline opening a line: a city in capitals, maybe a region or date after a comma, maybe
# the agency in brackets, then a dash ("LONDON (Reuters) -", "NEW YORK, Nov 18 (Reuters) -",
# "KYIV, Ukraine (AP) —", "BERLIN —").
DATELINE = re.compile(r"[ \t*_]*[A-Z][A-Z.'’ -]*[A-Z.](?:,[^\n()—–]{1,30})?(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*(?:--?|[—–])[ \t]")


def in_dateline(tok: "Token") -> bool:
    """Whether a token belongs to the wire dateline opening its line.

    The parser often takes the dateline's city for the subject of the first verb ("BERLIN (dpa) -
    Chancellor X said ..."), but a dateline only says where the story was filed.
    """
    if not tok.is_upper or len(tok.text) < 2:
        return False
    return in_dateline_at(doc_text(tok.doc), tok.idx)


def dateline_span(text: str, head: int = 400) -> tuple[int, int]:
    """Where the wire dateline is among the first lines of ``text`` ((0, 0) when none), the agency
    in brackets included ("TEHRAN (Reuters) -": the agency filed the story, it says nothing in it).
    One look per article, so every mention is then checked by comparing offsets."""
    start = 0
    while start < min(len(text), head):
        m = DATELINE.match(text, start)
        if m is not None:
            return start, m.end()
        nxt = text.find("\n", start, head)
        if nxt == -1:
            break
        start = nxt + 1
    return 0, 0


def in_dateline_at(text: str, pos: int) -> bool:
    """Whether offset ``pos`` of ``text`` lies in a wire dateline opening its line, the agency in
    brackets included ("TEHRAN (Reuters) -": the agency filed the story, it says nothing in it)."""
    start = text.rfind("\n", max(0, pos - 120), pos) + 1
    if start == 0 and pos > 120:
        return False
    m = DATELINE.match(text, start)
    return m is not None and pos < m.end()


def is_cue(tok: "Token") -> bool:
    """Whether a token is a reporting verb (or "according" in "according to")."""
    if tok.lower_ == "according":
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        return nxt is not None and nxt.lower_ == "to"
    return tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in REPORTING_VERBS and tok.dep_ != "amod"


def subject(verb: "Token", inside: frozenset[int] = frozenset()) -> "Token | None":
    """The speaking subject of a reporting verb, climbing through "and said", "adding", "who".

    A passive reporting verb speaks through its agent ("was praised by X as “...”"); without
    one its subject is what is spoken about ("the phone is claimed to be “...”"), so there is
    no speaker. Climbing to a passive verb keeps its subject ("X was quoted as saying").
    """
    v = verb
    for step in range(4):
        agent = next((c for c in v.children if c.dep_ == "agent"), None)
        by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if by is not None:
            return by
        subjects = [c for c in v.children if c.dep_ in SUBJECT_DEPS and c.i not in inside and not in_dateline(c)]
        if step == 0 and any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children):
            return None
        # Two subjects are an apposition the parser split ("the group the Project on ... has
        # called it"): the named one speaks.
        subj = next((c for c in subjects if c.ent_type_ or c.pos_ == "PROPN"), subjects[0] if subjects else None)
        if subj is None and step == 0 and inside and 0 < verb.i - max(inside) <= 4 \
                and verb.lemma_.lower() not in ADDRESSEE_VERBS:
            # "“...”, said the general": the parser sometimes takes the inverted subject for an object
            subj = next((c for c in v.children if c.dep_ in ("dobj", "attr") and 0 < c.i - v.i <= 4), None)
        if subj is not None and subj.lower_ in RELATIVE_PRONOUNS and v.dep_ == "relcl":
            return relative_antecedent(v.head) if subj.lower_ == "who" else v.head
        if subj is not None:
            return subj
        if v.pos_ == "NOUN" and v.lemma_.lower() in DOCUMENT_NOUNS:
            return v  # "a statement from the Kremlin saying “...”": the document speaks
        if v.tag_ == "VBG" and v.dep_ in ("advcl", "acl"):
            # "we will hear from them saying “...”", "we heard voters saying": the one heard speaks
            # (the parser may hang "saying" on the verb above "hear": "going to hear ... saying")
            seer = next((h for h in (v.head, *(c for c in v.head.children if c.dep_ == "xcomp"))
                         if h.lemma_.lower() in PERCEPTION_VERBS), None)
            heard = _heard(seer) if seer is not None else None
            if heard is not None:
                return heard
        if v.dep_ not in CLIMB_DEPS or v.head.i == v.i:
            return None
        climbed_from = v.dep_
        v = v.head
        if climbed_from == "pcomp" and v.dep_ == "prep" and v.pos_ == "ADP" and v.head.i != v.i:
            v = v.head  # "X told the BBC, before adding: “...”": past the preposition to X's verb
    return None


def _heard(verb: "Token") -> "Token | None":
    """Who is heard or seen: the object of "hear"/"see", or of "from" after it."""
    for c in verb.children:
        if c.dep_ == "dobj":
            return c
        if c.dep_ == "prep" and c.lower_ == "from":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def is_subject_name(tok: "Token") -> bool:
    """Whether a name token heads, or is part of, the subject of its clause."""
    t = tok
    for _ in range(3):
        if t.dep_ in SUBJECT_DEPS:
            return True
        if t.dep_ == "compound" and t.head.pos_ in ("VERB", "AUX") and t.i < t.head.i:
            return True  # a name the parser hung on the verb it is the subject of
        if t.dep_ not in ("compound", "flat", "appos") or t.head.i == t.i:
            return False
        t = t.head
    return False


def is_main_subject(tok: "Token") -> bool:
    """Whether a name token is (part of) the subject of its sentence's main verb (or a verb
    conjoined with it), not of a relative or subordinate clause."""
    t = tok
    for _ in range(4):
        if t.dep_ in SUBJECT_DEPS:
            v = t.head
            return v.dep_ == "ROOT" or v.dep_ == "conj" and v.head.dep_ == "ROOT"
        if t.dep_ not in ("compound", "flat", "appos") or t.head.i == t.i:
            return False
        t = t.head
    return False


def relative_antecedent(head: "Token") -> "Token":
    """The person a "who" clause is about, past what the parser attached it to.

    "X, an expert at Stanford University, who said" hangs the clause on "University"; the
    antecedent is the nearest person up the noun phrase (through "at", the apposition).
    """
    t = head
    for _ in range(5):
        if t.ent_type_ == "PERSON":
            return t
        if t.dep_ == "appos" and t.head.pos_ == "PROPN":
            return t.head  # "X, a senior fellow at Y, who said"
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
            break
        t = t.head
    return head


def np_tokens(head: "Token", limit: int = 25, skip_preps: frozenset[str] = frozenset()) -> list["Token"]:
    """The noun phrase under ``head`` without its relative and participle clauses (nor the
    prepositional phrases opened by ``skip_preps``)."""
    out: list["Token"] = []
    stack = [head]
    while stack and len(out) < limit:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in ("relcl", "acl", "advcl", "ccomp") and not (
            c.dep_ == "prep" and c.lower_ in skip_preps))
    return sorted(out, key=lambda t: t.i)


def phrase(tok: "Token") -> str:
    """An office or source phrase: the noun with its modifiers and an "of"/"for" complement."""
    keep = [tok]
    stack = [tok]
    while stack:
        t = stack.pop()
        for c in t.children:
            if c.dep_ in PHRASE_DEPS or (c.dep_ == "prep" and c.lower_ in ("of", "for")) or (
                c.dep_ == "pobj" and t.dep_ == "prep"
            ):
                keep.append(c)
                stack.append(c)
    lo, hi = min(t.i for t in keep), max(t.i for t in keep) + 1
    if hi - lo > 10:
        lo, hi = min([tok.i] + [t.i for t in tok.lefts if t.dep_ in PHRASE_DEPS]), tok.i + 1
    words = [t for t in tok.doc[lo:hi] if not (t.dep_ == "det" and t.i == lo)]
    return "".join(t.text_with_ws for t in words).strip(" ,")
