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
_COMPLEMENT_DEPS = frozenset({"dobj", "xcomp", "ccomp"})


def policy_stance(tok: "Token") -> bool:
    """Whether the SUPPORT verb ``tok`` supports a course named by a gerund ("supports
    eliminating the filibuster"): its object or complement is a gerund, and it has no other
    object.

    Args:
        tok: The trigger word.
    """
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in STANCE_VERBS:
        return False
    comps = [c for c in tok.children if c.dep_ in _COMPLEMENT_DEPS]
    return len(comps) == 1 and comps[0].tag_ == "VBG"
