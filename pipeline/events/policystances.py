"""Support for a course of action, not for a party: "The President supports eliminating the
filibuster", "we back extending the program".

PLOVER's SUPPORT is one party praising, endorsing or siding with another. When what is supported
is a course of action named by a gerund ("supports eliminating X", "endorsed raising the cap")
and no party is named on the other side, the sentence states the speaker's stance on a policy: no
one is supported (the annotation guide's notes leave out endorsements of a document or policy
with no party as recipient).

The same holds when what is supported is a process, an aim or a programme in which no party is
named at all ("voiced U.S. support for a democratic transition", "we support
drafting national plans", "he supports charities throughout the city"): the
development gold codes almost none of them (2 of 9 on the read half), while support for a thing
that names its party ("support for ASEAN-led efforts", "supports the approach taken by Ghana")
or a pronoun that may stand for one ("I support them") is kept.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

STANCE_VERBS = frozenset({"support", "back", "endorse", "favor", "favour", "champion"})
"""SUPPORT verbs that take a course of action as their object"""
SUPPORT_WORDS = frozenset({"support"})
"""the verb and noun whose object may be a process or a programme rather than a party"""
_NAMED_LABELS = frozenset({"GPE", "NORP", "ORG", "PERSON", "LOC", "FAC"})
"""entity labels of a party (or of the place that stands for its government)"""
_COMPLEMENT_DEPS = frozenset({"dobj", "xcomp", "ccomp", "acl"})
"""(the small model sometimes hangs the gerund as "acl" on the verb: "supports ending X")"""


def policy_stance(tok: "Token") -> bool:
    """Whether the SUPPORT verb ``tok`` supports a course named by a gerund ("supports
    eliminating the filibuster"): its first object or complement is a gerund, and it has no
    noun object.

    Args:
        tok: The trigger word.
    """
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in STANCE_VERBS:
        return False
    comps = [c for c in tok.children if c.dep_ in _COMPLEMENT_DEPS]  # (in text order)
    # the first complement is the gerund ("supports eliminating X—when it comes to Y, ...": the
    # parser may hang a later clause on the verb too), and no noun is supported
    return bool(comps) and comps[0].tag_ == "VBG" and not any(c.dep_ == "dobj" for c in comps)


def _supported(tok: "Token") -> list["Token"]:
    """What the support word ``tok`` supports: a verb's direct object, or a noun's "for" or "of"
    object ("support for the transition", "in support of these efforts"); empty when none is written."""
    # (a country the supported condition is in may hang on the verb or light verb: "voice our
    # support for democracy in Armenia"; :mod:`.good_places` makes it the recipient later)
    if tok.pos_ == "VERB":
        return [c for c in tok.children if c.dep_ == "dobj"] + _place_objects(tok)
    return [o for c in tok.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "in")
            for o in c.children if o.dep_ == "pobj"] + _place_objects(tok.head)


def _place_objects(head: "Token") -> list["Token"]:
    """The objects of the "in"/"for" phrases of ``head`` ("supports democracy in Armenia")."""
    return [o for c in head.children if c.dep_ == "prep" and c.lower_ in ("in", "for")
            for o in c.children if o.dep_ == "pobj"]


def _names_party(obj: "Token") -> bool:
    """Whether the phrase of ``obj`` names a party or may refer to one: an entity of a party's
    label, a proper noun, an acronym (the small model may tag a body's acronym a common noun:
    "support IORA"), or a personal pronoun ("them", "you")."""
    return any(t.ent_type_ in _NAMED_LABELS or t.pos_ == "PROPN" or t.tag_ == "PRP"
               or (t.is_upper and t.is_alpha and len(t) > 1) for t in obj.subtree)


def partyless_support(tok: "Token") -> bool:
    """Whether the support word ``tok`` supports only a process, an aim or a programme: it has
    an object ("supports the development of plans", "support for a unified peninsula") and
    nothing in it names a party or is a pronoun that may stand for one.

    Args:
        tok: The trigger word (verb or noun), whose event has no recipient.
    """
    if tok.lemma_.lower() not in SUPPORT_WORDS:
        return False
    objs = _supported(tok)
    return bool(objs) and not any(_names_party(o) for o in objs)
