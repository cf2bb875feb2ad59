"""The plural subject of a time clause on a clause of telling: "As I told President X when we
spoke", "Biden assured Prime Minister Y when they met".

English takes up both arguments of the main clause (who told, who was told) with the plural
pronoun of a "when"/"as" clause attached to it: "we" and "they" there are the teller and the one
told, and a verb of talking with that subject reports a talk between the two, "with" each other,
as "the two leaders spoke" does (:mod:`.pair_subjects`). The parser often attaches both clauses to
the sentence's main verb ("As I told X when we spoke in Kyiv, America stands with Ukraine"); the
telling clause is then the one ending just before the time clause.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import load

if TYPE_CHECKING:
    from spacy.tokens import Token

ADDRESS_VERBS = load().classes["address_verb"]
"""verbs of one party telling another something ("told", "assured", "reminded")"""
TIME_MARKS = frozenset({"when", "as", "while", "after", "before"})
_PLURAL = frozenset({"we", "they"})


def told_arguments(pron: "Token") -> tuple["Token", "Token"] | None:
    """(teller, told) heads when ``pron`` is the plural subject of a time clause on a clause of
    telling, else None."""
    if pron.lower_ not in _PLURAL or pron.pos_ != "PRON" or not pron.dep_.startswith("nsubj"):
        return None
    verb = pron.head
    if verb.dep_ != "advcl" or not any(c.dep_ in ("mark", "advmod") and c.lower_ in TIME_MARKS
                                       for c in verb.children):
        return None
    main = verb.head
    if main.lemma_.lower() not in ADDRESS_VERBS:
        main = next((c for c in main.children if c.dep_ == "advcl" and c.i < verb.i
                     and c.right_edge.i + 1 == verb.left_edge.i), main)
    if main.lemma_.lower() not in ADDRESS_VERBS:
        return None
    subj = next((c for c in main.children if c.dep_ == "nsubj"), None)
    obj = next((c for c in main.children if c.dep_ in ("dobj", "dative")), None)
    return (subj, obj) if subj is not None and obj is not None else None


def told_subject(verb: "Token") -> bool:
    """Whether the verb's subject is such a "we"/"they" and the one told is named ("told
    President X": a talk between the two; "told reporters when we spoke" names no party)."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    args = told_arguments(subj) if subj is not None else None
    return args is not None and args[1].pos_ == "PROPN"


def recounted_telling(verb: "Token") -> bool:
    """Whether a clause of telling recounts an exchange as the speaker's authority ("As I told
    Prime Minister X, ...", "As President Y told President Z, ..."): the telling is the exchange,
    a CONSULT with the one told. A telling reported plainly ("The President told Leader X that ...")
    is mostly a part of a call or meeting the text codes already; one with its own time clause of
    talking ("as I told X when we spoke") is coded on the talking verb (:func:`told_subject`)."""
    if not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return False
    return not any(c.dep_ == "advcl" and any(s.dep_ == "nsubj" and s.lower_ in _PLURAL for s in c.children)
                   for c in verb.children) and not any(
        c.dep_ == "advcl" and c.i > verb.i and any(s.dep_ == "nsubj" and s.lower_ in _PLURAL for s in c.children)
        for c in verb.head.children)
