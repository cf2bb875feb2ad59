"""Support for a course of action, not for a party: "The President supports eliminating the
filibuster", "we back extending the program".

PLOVER's SUPPORT is one party praising, endorsing or siding with another. When what is supported
is a course of action named by a gerund ("supports eliminating X", "endorsed raising the cap")
and no party is named on the other side, the sentence states the speaker's stance on a policy: no
one is supported (the annotation guide's notes leave out endorsements of a document or policy
with no party as recipient).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

STANCE_VERBS = frozenset({"support", "back", "endorse", "favor", "favour", "champion"})
"""SUPPORT verbs that take a course of action as their object"""
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
