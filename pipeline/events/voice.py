"""Voice and lemma helpers shared by the trigger finder and the argument readers.

Kept apart from :mod:`.triggers` so that the modules reading arguments can ask "is this verb passive?" or "which
lemma forms does this token have?" without importing the trigger finder itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import word_forms
from .participles import shared_agent

if TYPE_CHECKING:
    from spacy.tokens import Token


def lemma_of(tok: "Token") -> str:
    return tok.lemma_.lower()


def lemma_forms(tok: "Token") -> tuple[str, ...]:
    """The lemma, the word, and the word without a regular inflection: the small model's
    lemmatiser sometimes errs ("hopes" -> "hop", "staged" -> "stag"), the suffix rule does not."""
    return word_forms(tok.lemma_, tok.lower_)


def lookup(table, tok: "Token"):
    """The first entry of ``table`` found under one of the token's :func:`lemma_forms`."""
    for form in lemma_forms(tok):
        hit = table.get(form)
        if hit is not None:
            return hit
    return None


def is_passive(verb: "Token") -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass", "agent") for c in verb.children) or (  # ("... and destroyed by a mob")
        participle_modifier(verb))


def participle_modifier(verb: "Token") -> bool:
    """A past participle modifying a noun, passive in sense ("troops stationed in X", "citizens
    detained in Y"). A modifying clause has no tense of its own, so one the small model tagged as a
    past tense (VBD) with no subject or object of its own is the participle too, unless the noun it
    hangs on is the sentence's root, an apposition or a conjunct: there the small model hangs the
    main verb on its subject ("Luis Vega, the Peruvian president, called on Chile to ..."); one with
    an object is a main verb too (:func:`misparsed_main_verb`)."""
    return verb.dep_ == "acl" and (verb.tag_ == "VBN" or (verb.tag_ == "VBD" and verb.head.dep_ not in ("ROOT", "appos", "conj") and not any(
        c.dep_ in ("dobj", "obj", "nsubj", "dative") for c in verb.children))) and not misparsed_main_verb(verb)


def agentless_passive(verb: "Token") -> bool:
    return is_passive(verb) and not any(c.dep_ == "agent" for c in verb.children) and shared_agent(verb) is None


def misparsed_main_verb(verb: "Token") -> bool:
    """A past-tense main verb the small model parsed as a participle modifying its subject:
    "The two officials condemned ... the DPRK's transfers" with "officials" as the root and
    "condemned" an acl that still has a direct object (or a subject of its own: "President X, Jr.
    called President Y"). A real reduced relative ("troops stationed in X") has neither."""
    head = verb.head
    return (verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") and head.dep_ == "ROOT"
            and head.pos_ in ("NOUN", "PROPN") and any(c.dep_ in ("dobj", "obj", "nsubj") for c in verb.children))
