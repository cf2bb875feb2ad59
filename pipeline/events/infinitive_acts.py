"""The category a verb's to-infinitive complement gives it, before its other conditions.

Some verbs are told apart only by the act they govern: "vowed to retaliate" threatens, "vowed to
cooperate" promises (lexicon field ``xcomp``). For a verb that also has a multiword form or counts only
without a complement, the governed act still decides: "rallied to support X" and "rallied the world to
support X" rally support on X's behalf (CAMEO 053, PLOVER SUPPORT), not a street rally (PROTEST) nor an
appeal to the world (REQUEST).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .voice import lemma_forms

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .lexicon import Entry, Lexicon


def infinitive_category(verb: "Token", entry: "Entry | None", lex: "Lexicon") -> str | None:
    """The category the entry's ``xcomp`` table gives the verb's to-infinitive complement, or None.

    Args:
        verb: The candidate trigger verb.
        entry: Its lexicon entry (None: no entry).
        lex: The lexicon (word classes).

    Returns:
        "SUPPORT" for "rallied to support Ukraine" when the entry maps the class of "support" so; None
        when the entry has no ``xcomp`` table, the verb no to-infinitive, or its verb is in no listed class.
    """
    if entry is None or not entry.xcomp or _crowd_subject(verb, lex):
        return None
    # (the small model reads the infinitive after an object as one of purpose: "rally the world to support X")
    comp = infinitive_act(verb)
    if comp is None or not _backs_party(comp):
        return None  # ("rallied 30 countries to support its guidelines": an appeal for an aim, as before)
    return next((typ for cls, typ in entry.xcomp.items() for form in lemma_forms(comp) if lex.in_class(form, cls)), None)


def infinitive_act(verb: "Token") -> "Token | None":
    """The to-infinitive the verb governs ("rallied the world to support X" -> support), or None."""
    return next((c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB" and c.i > verb.i
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


_CROWD_COUNTS = frozenset({"thousands", "hundreds", "dozens", "tens", "scores", "millions"})


def _crowd_subject(verb: "Token", lex: "Lexicon") -> bool:
    """Whether the subject is a crowd ("thousands of protesters rallied to support X"): a demonstration
    for someone stays PROTEST (PLOVER PROTEST mode demo)."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    words = [subj, *(g for p in subj.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj")]
    return subj.lower_ in _CROWD_COUNTS or subj.like_num or any(
        lex.in_class(form, "crowd_people") for w in words for form in lemma_forms(w))


_PARTY_NOUNS = frozenset({"people", "government", "nation", "citizens"})


def _backs_party(act: "Token") -> bool:
    """Whether the governed act is done to or with a party: a name ("support Ukraine"), or the people or
    government of a named or adjectival nation ("stand with the Ukrainian people")."""
    objs = [c for c in act.children if c.dep_ == "dobj"]
    objs += [g for p in act.children if p.dep_ == "prep" and p.lower_ in ("with", "behind", "by") for g in p.children if g.dep_ == "pobj"]
    return any(o.pos_ == "PROPN" or (o.lemma_.lower() in _PARTY_NOUNS and any(
        c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "GPE") for c in o.subtree if c.i != o.i)) for o in objs)
