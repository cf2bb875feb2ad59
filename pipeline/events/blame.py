"""Verbal conflict that wire copy reports in constructions the lexicon's single words miss.

* Holding someone responsible is blaming him: "Israel held Hamas responsible for the attack",
  "the ministry holds Kyiv accountable". PLOVER ACCUSE (CAMEO 112 accuse, blame); the one held
  (the direct object) is the recipient. The verb alone ("held talks", "held a rally") is no
  accusation: only with the adjective of blame as its object predicate; an aim ("steps
  taken to hold X accountable") is a purpose, not an accusation made; and accountability kept or
  promised ("we're holding X accountable", "will continue to hold X accountable") is a policy
  whose measures are the acts.
* Denying that something happened is rejecting a claim: "Venezuela denied that its troops had
  crossed the border". The lexicon codes "deny" only with a claim as its object ("denied the
  allegations"); a that-clause is the claim itself, written out (CAMEO 016 deny responsibility,
  coded REJECT as the codebook's translation notes suggest).
* A threat names its target in the act threatened: "Iran threatened to strike Israel", "vowed
  to retaliate against Israel": the object of the to-infinitive (or of its "against", "on",
  "at") is the THREATEN's recipient when the verb itself has none; a promise likewise names its
  beneficiary ("the IMF agreed to lend Egypt $3 billion").
* A warning of one's own coercive act is a threat: "Iran warned it would close the Strait",
  "Moscow warned that it would retaliate": "warn" with a that-clause whose subject is a pronoun
  (the warner) and whose verb, under "will"/"would", is an act of force or reprisal (a lexicon
  verb of ASSAULT, COERCE, SANCTION or MOBILIZE, or of the reprisal and reply classes). A
  warning that growth may slow is a comment, and stays none.
* A demand made *from* someone names whom it is made of: "demanded an explanation from
  Caracas", "sought guarantees from Washington": the object of "from" is the recipient of the
  REQUEST when nothing else named one.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..syntax import found_tokens
from .triggers import VIA_SELF, Trigger

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

BLAME_WORDS = frozenset({"responsible", "accountable", "liable", "culpable"})
"""object predicates of "hold X ...": the adjectives of blame"""
DENY_LEMMAS = frozenset({"deny"})
"""verbs whose that-clause is a claim rejected"""
_CUE = re.compile(r"[HhDdWw](?<!\w[HhDdWw])(?:(?<=[Hh])(?:old(?:s|ing)?|eld)|(?<=[Dd])en(?:y|ies|ied|ying)"
                  r"|(?<=[Ww])arn(?:s|ed|ing)?)\b")
"""the written forms of those verbs ("hold", "held", "deny", "warn" and their forms, whole words): the
first letter first and the word boundary as a look-behind after it, so that ``re`` scans the text
for those letters only (the same matches as ``\b(?:[Hh]old(?:s|ing)?|[Hh]eld|...)\b``)"""
ASK_FROM_LEMMAS = frozenset({"demand", "request", "seek", "ask", "require"})
"""verbs of asking whose "from" names the one asked ("demanded answers from X")"""


def held_party(verb: "Token") -> "Token | None":
    """The one "held responsible": the direct object of "hold" with a blame adjective as its
    object predicate, or the subject of the small clause the parser may make of them ("holds
    Turkey accountable": "accountable" a clausal complement with "Turkey" its subject), or None."""
    if verb.lemma_.lower() != "hold":
        return None
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
    for adj in (c for c in [*verb.children, *(obj.children if obj is not None else ())] if c.lower_ in BLAME_WORDS):
        held = obj or next((c for c in adj.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if held is not None:
            return held
    return None


def _denied_clause(verb: "Token") -> bool:
    """Whether "deny" takes a that-clause and no direct object ("denied that its troops had
    crossed the border")."""
    if any(c.dep_ in ("dobj", "obj", "dative") for c in verb.children):
        return False
    return any(c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") for c in verb.children)


def _aim(verb: "Token") -> bool:
    """Whether "hold" is a to-infinitive: an aim ("actions taken to hold X accountable",
    "rallied allies to hold accountable nations who ...") is a purpose, not an accusation made."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _standing_accountability(verb: "Token") -> bool:
    """Whether "hold X accountable" tells a course kept or promised ("we're holding the regime accountable",
    "will continue to hold accountable those who ..."), not a blame laid for a deed: its measures
    (sanctions, prosecutions) are the acts, told in their own words, and the development gold codes
    no accusation on it. "held X responsible/accountable for the attack", and the progressive with
    the deed named ("is holding Russia accountable for the strike"), blame."""
    near = {w.lower_ for w in (*verb.children, *(g for c in verb.children for g in c.children))}
    if "accountable" not in near or "responsible" in near:
        return False
    head = verb.head if verb.dep_ == "xcomp" else verb
    if head.lemma_.lower() in ("continue", "keep") or any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in head.children):
        return True
    # ("is holding Russia accountable for the strike on the hospital": a deed named, a blame laid now)
    return verb.tag_ == "VBG" and "for" not in near


FORCE_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"})
"""the categories of a verb whose promise in a warning makes it a threat"""
_SELF = frozenset({"it", "they", "we", "he", "she"})
_FUTURE = frozenset({"will", "would", "'ll", "wo"})


def warned_act(verb: "Token", lex) -> bool:
    """Whether "warn" announces the warner's own act of force ("warned it would retaliate").

    Args:
        verb: The "warn" verb.
        lex: The trigger lexicon.
    """
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.pos_ == "VERB"):
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.lower_ not in _SELF or not any(
                c.dep_ == "aux" and c.lower_ in _FUTURE for c in clause.children):
            continue
        lemma = clause.lemma_.lower()
        entry = lex.verbs.get(lemma)
        if (entry is not None and entry.type in FORCE_TYPES) or lex.in_class(lemma, "reprisal") \
                or lex.in_class(lemma, "reply"):
            return True
    return False


def blame_triggers(doc: "Doc", taken: "set[int]", skip: "set[int] | frozenset[int]", lex=None) -> list[Trigger]:
    """ACCUSE triggers of "held X responsible", REJECT triggers of "denied that ..." and
    THREATEN triggers of "warned it would retaliate", for verbs not already triggers and not in
    a headline or quotation.

    Args:
        doc: A parsed Doc.
        taken: Token indices that are already trigger words.
        skip: Token indices never to consider (headline, quotations, questions).
        lex: The trigger lexicon (for warnings; without it none are found).
    """
    out = []
    for tok in found_tokens(doc, _CUE):  # (a text search: most stories have no such verb)
        if tok.pos_ != "VERB" or tok.i in taken or tok.i in skip:
            continue
        lemma = tok.lemma_.lower()
        if lemma == "hold" and held_party(tok) is not None and not _aim(tok) and not _standing_accountability(tok):
            out.append(Trigger(token=tok, type="ACCUSE", entry=None, via=VIA_SELF, clause=tok))
        elif lemma in DENY_LEMMAS and _denied_clause(tok):
            out.append(Trigger(token=tok, type="REJECT", entry=None, via=VIA_SELF, clause=tok))
        elif lemma == "warn" and lex is not None and warned_act(tok, lex):
            out.append(Trigger(token=tok, type="THREATEN", entry=None, via=VIA_SELF, clause=tok))
    return out


def asked_from(trig: Trigger) -> "Token | None":
    """The object of "from" on a verb of asking ("demanded an explanation from Caracas"), or
    None."""
    tok = trig.token
    if trig.type != "REQUEST" or tok.pos_ != "VERB" or tok.lemma_.lower() not in ASK_FROM_LEMMAS:
        return None
    heads = [tok, *(c for c in tok.children if c.dep_ in ("dobj", "obj"))]
    for h in heads:
        for prep in (c for c in h.children if c.dep_ == "prep" and c.lower_ == "from"):
            obj = next((p for p in prep.children if p.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return None


TARGET_PREPS = {"THREATEN": frozenset({"against", "on", "at"}), "AGREE": frozenset({"with", "to", "for"})}
"""prepositions of the act threatened or promised that name its other party ("retaliate against
Israel", "resume flights to China")"""


def act_parties(trig: Trigger) -> "list[Token]":
    """The words that may name the other party of the act a threat or promise names, nearest
    first: the to-infinitive's indirect and direct objects, then the objects of its "against"
    ("vowed to retaliate against Israel") or, for a promise, "with", "to", "for" ("agreed to lend
    Egypt $3 billion": Egypt)."""
    tok = trig.token
    preps = TARGET_PREPS.get(trig.type)
    if preps is None or tok.pos_ != "VERB":
        return []
    out = []
    for act in (c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB"):
        out += [c for c in act.children if c.dep_ in ("dative", "dobj", "obj")]
        out += [p for prep in act.children if prep.dep_ == "prep" and prep.lower_ in preps
                for p in prep.children if p.dep_ == "pobj"]
    return out
