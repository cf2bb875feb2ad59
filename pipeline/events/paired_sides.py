"""Two parties named as the modifiers of one plural head: "the U.S. and ROK sides", "the American
and Japanese governments", "the Polish and Lithuanian delegations".

English names the two sides of a bilateral relation by coordinating their names or adjectives
before one plural noun for a side ("sides", "governments", "delegations"). The two are a pair as
much as "the U.S. and the ROK" would be: a following "both sides", "the two governments" or
"they" stands for them, the first named first. The parser hangs the first name on the head as a
modifier (``nmod``, ``compound``, ``amod``), not as a subject, so :func:`.positions.agent_position`
does not take it; this module reads that form when the plural head itself is in agent position.
Heads that stand for persons ("the U.S. and ROK officials") are left out: the persons are not
named, and a pair of persons is not a pair of governments.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import load
from .positions import agent_position

if TYPE_CHECKING:
    from spacy.tokens import Token

_PERSON_HEADS = load().classes["person_pair_group"]
SIDE_HEADS = frozenset(load().classes["pair_group"]) - frozenset(_PERSON_HEADS)
"""(data: event_triggers.json pair_group minus person_pair_group) plural heads for a side that is
no person: sides, countries, governments, delegations, parties ..."""
_MODIFIER_DEPS = frozenset({"nmod", "compound", "amod"})


def paired_modifier(first: "Token") -> bool:
    """Whether ``first`` is the first of two coordinated names modifying a plural side noun in
    agent position ("the U.S. and ROK sides highlighted ...": "U.S.")."""
    head = first.head
    return (first.dep_ in _MODIFIER_DEPS and head.i != first.i and head.i > first.i and head.tag_ == "NNS"
            and head.lemma_.lower() in SIDE_HEADS and agent_position(head))
