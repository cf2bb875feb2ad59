"""A speaker's second act, misattached to a relative clause on the object of the first.

News and statements join two acts of one speaker around an object described by a relative
clause: "The minister condemned the strike that killed 12 people and called on all sides to
respect the truce", "X welcomed the agreement that ended the strike and thanked Qatar for its
mediation". The parser hangs the second verb on the last verb before it, the relative clause's
("killed ... and called"), so its subject looks like the relative pronoun's antecedent ("the
strike called on all sides") and the act is lost or, under a verb that embeds ("rejected the
plan that ... and urged"), taken for part of what was rejected.

An event, an agreement or a law does not urge, thank, accuse or promise: when the antecedent is an
event noun of the lexicon or a text that is not itself a statement ("the strike", "the agreement",
"the law") and the second verb is a speech act with no subject of its own, in the same tense as the
verb governing the object, the second verb is that verb's conjunct: its actor is that verb's
subject and it is as real as that verb. A verb group of its own ("that has killed and has
wounded"), a relative clause on a person ("who ..."), material acts ("that killed 12 and wounded
30") and a text that speaks are left as parsed: a statement, resolution, letter or motion does
urge and demand ("Russia vetoed the resolution that condemned the invasion and demanded a
withdrawal": the resolution demanded), and so does any antecedent whose relative clause is
itself a speech act ("rejected the plan that criticised X and urged Y": the plan urged).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from .lexicon import load

if TYPE_CHECKING:
    from spacy.tokens import Token

SPEECH_ACT_TYPES = frozenset({"REQUEST", "ACCUSE", "SUPPORT", "REJECT", "THREATEN", "AGREE"})
"""acts done by speaking, which an event or a text cannot do"""
RELATIVE_PRONOUNS = frozenset({"that", "which"})
"""pronouns of a relative clause on a thing ("who" may stand for a person, who can act)"""
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
_SUBJ = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


@lru_cache(maxsize=1)
def _thing_nouns() -> frozenset[str]:
    """Nouns that name an event or a text that does not speak: the lexicon's trigger nouns and
    its classes of agreed and enacted texts, less its authored texts (statements, letters,
    resolutions, motions: a text whose business is to say, so it may urge or demand itself)."""
    lex = load()
    return (frozenset(lex.nouns) | lex.classes["agreed_text"] | lex.classes["legal_instrument"]) - \
        lex.classes["authored_text"]


def _speaks(verb: "Token") -> bool:
    """Whether the relative clause's verb is itself a speech act of the lexicon ("that condemned
    the invasion", "that called for talks"): its subject speaks, so a second speech act joined
    to it is its own, as parsed."""
    entry = load().verbs.get(verb.lemma_.lower())
    return entry is not None and bool({entry.type, *entry.prep.values(), *entry.object.values()}
                                      & (SPEECH_ACT_TYPES | {"ACCUSE"}))


def _relative_subject(verb: "Token") -> "Token | None":
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                 and c.lower_ in RELATIVE_PRONOUNS), None)


def _adjacent(noun: "Token", pronoun: "Token") -> bool:
    """Whether the relative pronoun follows the object's phrase, with at most a phrase of time or
    place between them and no verb or comma ("an air strike on Tuesday that killed ...")."""
    between = noun.doc[noun.right_edge.i + 1:pronoun.i]
    return len(between) <= 4 and not any(t.pos_ in ("VERB", "AUX") or t.text in (",", ";", ":") for t in between)


def object_relative_head(verb: "Token", typ: str | None) -> "Token | None":
    """The verb a misattached speech act is really coordinated with (module docstring), or None.

    Args:
        verb: A trigger verb.
        typ: Its PLOVER category (a speech act type, else None is returned).

    Returns:
        The verb governing the object the relative clause describes ("condemned" of "condemned
        the strike that killed ... and called on"), whose subject is the second act's actor.
    """
    if typ not in SPEECH_ACT_TYPES or verb.dep_ != "conj" or verb.tag_ not in FINITE_TAGS:
        return None
    if any(c.dep_ in _SUBJ or c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    rel = verb.head
    pronoun = _relative_subject(rel)
    if pronoun is None or rel.i > verb.i or _speaks(rel):
        return None
    if rel.dep_ == "relcl":
        noun = rel.head
        first = noun.head if noun.dep_ == "dobj" else None
    elif rel.dep_ == "ccomp" and pronoun.i > 0:
        # ("condemned an air strike on Tuesday that killed ...": the model may make the relative
        # clause the verb's complement; the pronoun then follows the object phrase)
        first = rel.head
        noun = next((c for c in first.children if c.dep_ == "dobj" and c.i < pronoun.i
                     and _adjacent(c, pronoun)), None)
    else:
        return None
    if noun is None or first is None or first.pos_ != "VERB" or first.i > noun.i:
        return None
    if noun.pos_ != "NOUN" or noun.ent_type_ or noun.lemma_.lower() not in _thing_nouns():
        return None
    if first.tag_ != verb.tag_ or not any(c.dep_ == "nsubj" for c in first.children):
        return None
    return first
