"""Successions: "A replaced B as finance minister", "named A as defence minister, replacing B".

Wire copy reports a change of office holder with a verb of succession whose object is the
predecessor:

- "A replaced (succeeded, succeeds) B as TITLE": the title after "as" is the office A takes and
  B held; the link of the title to the name before "as" (:func:`.linking.find_candidates`) gives
  it to B as if B held it now, so B's is made former and A's is added;
- "... named A as TITLE, replacing (succeeding) B": the predecessor of the office just given to
  A held it before: B gets the title, former.

An announced succession ("A will replace B as ...") leaves both as the other rules read them.

A removal is reported the same way: "Netanyahu fired Defence Minister Jane Roe", "parliament
voted to remove President Jane Roe", "Defence Minister Jane Roe was sacked": the office its
holder was removed from is held no longer; so is a replacement with no "as" ("the president
replaced the army chief, General Jane Roe", "replaced Defence Minister Jane Roe on Tuesday").
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

import numpy
from spacy.attrs import LEMMA

from ..knowledge.wordlists import word_set
from .reader import Candidate, Reader, same_person

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs whose object is the predecessor in an office (Oxford Learner's Dictionary: "replace" 3,
# "succeed" 2 "to come next after somebody and take their position"; "supersede" the formal one).
_SUCCEED = frozenset({"replace", "succeed", "supersede"})
# Verbs of removal from office whose object (or passive subject) is the holder removed (Oxford
# Learner's Dictionary: "fire" 4, "sack" 1, "dismiss" 1, "oust", "depose", "remove" 3, "topple",
# "overthrow").
_REMOVE = word_set("roles", "removal_verbs")
_VERBS = tuple(sorted(_REMOVE | _SUCCEED))
# Tenses in which the successor holds the office now ("replaced", "succeeds", "has replaced").
_HELD_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def successions(rd: Reader, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with the successions the text reports read into them (see the module doc)."""
    doc = rd.doc
    out = list(cands)
    lemmas = doc.to_array(LEMMA)
    found = numpy.zeros(len(lemmas), dtype=bool)
    for w in _VERBS:  # the verbs' tokens, without reading every token (a few array compares)
        found |= lemmas == doc.vocab.strings.add(w)
    for i in numpy.flatnonzero(found):
        verb = doc[int(i)]
        if verb.pos_ == "VERB" and verb.lemma_.lower() in _REMOVE:
            _removal(rd, out, verb)
            continue
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _SUCCEED:
            continue
        pred = _person_object(rd, verb)
        if pred is None:
            if verb.tag_ != "VBG":
                _removal(rd, out, verb)  # "replaced the army chief, General Jane Roe": an apposition's holder
            continue
        if verb.tag_ == "VBG":
            _participle(rd, out, verb, pred)
        else:
            _finite(rd, out, verb, pred)
    out.sort(key=lambda c: (c.start, c.end))
    return out


def _person_object(rd: Reader, verb: "Token") -> "Token | None":
    """The token of the person the verb's direct object names, else None."""
    for child in verb.children:
        if child.dep_ == "dobj" and rd.person_at(child) is not None:
            return child
    return None


def _as_title(rd: Reader, cands: list[Candidate], verb: "Token", pred: "Token") -> Candidate | None:
    """The candidate "PRED as TITLE" the linking made for the predecessor's name, when "as"
    follows the name (or the verb) in the verb's clause."""
    doc = rd.doc
    ent = rd.person_at(pred)
    k = pred.i + 1
    while k < len(doc) and rd.person_at(doc[k]) is ent and ent is not None:
        k += 1
    if k >= len(doc) or doc[k].lower_ != "as":
        return None
    at = doc[k].idx
    return next((c for c in cands if c.title_start > at and c.person is not None and ent is not None and c.person.id == ent.id
                 and c.title_start - at < 40), None)


def _finite(rd: Reader, out: list[Candidate], verb: "Token", pred: "Token") -> None:
    """"A replaced B as TITLE": B held the title; A holds it when the verb says so now."""
    held = _as_title(rd, out, verb, pred)
    if held is None:
        _removal(rd, out, verb)  # "replaced the army chief, General Jane Roe": her office is held no longer
        return
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in ("will", "shall", "would", "to") for a in aux) or verb.dep_ == "xcomp":
        return  # "A will replace B as ...": announced, not taken
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    succ = rd.person_at(subj) if subj is not None else None
    k = out.index(held)
    out[k] = dataclasses.replace(held, status="former")
    if succ is None or verb.tag_ not in _HELD_TAGS and not any(a.lemma_ == "have" for a in aux):
        return
    s = subj.idx
    new = dataclasses.replace(held, start=min(s, held.start), person=succ, name=succ.name, status="current",
                              since=None, until=None)
    if not any(same_person(o, new) and o.title.lower() == new.title.lower() for o in out):
        out.append(new)


def _participle(rd: Reader, out: list[Candidate], verb: "Token", pred: "Token") -> None:
    """"named A as TITLE, replacing B": B held the title the candidate just before gives A;
    "replacing B as TITLE" names B's office itself."""
    held = _as_title(rd, out, verb, pred)
    if held is not None:
        out[out.index(held)] = dataclasses.replace(held, status="former")
        return
    doc = rd.doc
    s0, _ = rd.sentence(verb.i)
    lo = doc[s0].idx
    before = [c for c in out if lo <= c.start and c.end <= verb.idx and c.status in ("current", "acting")
              and c.person is not None and not c.counterpart]
    if not before:
        return
    succ = before[-1]
    # only punctuation, dates and adverbs between the successor's title and "replacing"
    gap = doc.char_span(succ.end, verb.idx, alignment_mode="expand")
    if gap is None or any(rd.is_person(t) or t.pos_ in ("VERB", "AUX") for t in gap):
        return
    ent = rd.person_at(pred)
    if ent is None or same_person(succ, Candidate(start=0, end=0, person=ent, name=ent.name, title="", role="",
                                                  country=None, organization=None)):
        return
    e = pred.i
    while e + 1 < len(doc) and rd.person_at(doc[e + 1]) is ent:
        e += 1
    new = dataclasses.replace(succ, start=verb.idx, end=doc[e].idx + len(doc[e].text), person=ent, name=ent.name,
                              status="former", since=None, until=None, title_start=succ.title_start)
    if not any(same_person(o, new) and o.title.lower() == new.title.lower() for o in out):
        out.append(new)


def _removal(rd: Reader, out: list[Candidate], verb: "Token") -> None:
    """"fired Defence Minister Jane Roe", "voted to remove President Jane Roe", "Jane Roe, the
    defence minister, was sacked": the holder's office named with the removed person, current
    until then, is former once the removal is reported done."""
    done = verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children) \
        or verb.tag_ == "VB" and verb.dep_ == "xcomp" and verb.head.tag_ == "VBD" \
        or verb.tag_ == "VBG" and verb.head.lower_ == "after"  # "voted to remove", "a day after ousting"
    if not done or any(c.dep_ == "neg" for c in verb.children):
        return
    who = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    # "dismissed his cabinet chief, Jane Roe": the name is the apposition of the office removed from
    who += [a for c in who if rd.person_at(c) is None for a in c.children if a.dep_ == "appos"]
    for tok in who:
        ent = rd.person_at(tok)
        if ent is None:
            continue
        sent_lo = rd.doc[rd.sentence(verb.i)[0]].idx
        for k, c in enumerate(out):
            if c.person is not None and c.person.id == ent.id and c.status == "current" and c.start >= sent_lo \
                    and c.start <= tok.idx + len(tok.text) and c.end >= tok.idx:
                out[k] = dataclasses.replace(c, status="former")
