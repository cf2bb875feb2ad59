"""A clause's subject name that the small model hung on its verb as a modifier.

``en_core_web_sm`` reads some acronyms of agencies as adjectives or adverbs when they open a
clause ("USAID will also open an office in Lima", "USAID is providing $20 million to Chad"): the
name becomes an ``advmod`` of the verb, which is left without a subject, and the act without its
actor. A name (an entity of the kind that acts: an organisation, a country, a person) that
modifies a verb from before it, where the verb has no subject of its own and is not passive, is
that verb's subject: English puts the doer there, and a name is no manner or degree adverb.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_MODIFIER_DEPS = frozenset({"advmod", "npadvmod", "amod"})
_ACTING_LABELS = frozenset({"ORG", "GPE", "PERSON"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl", "auxpass"})


def modifier_subject(verb: "Token") -> list["Token"]:
    """``[name]`` when a name before ``verb`` is parsed as its modifier and the verb has no subject
    (module docstring), else ``[]``.

    Args:
        verb: The verb whose subject is wanted.
    """
    if any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return []
    for c in verb.children:
        if c.i < verb.i and c.dep_ in _MODIFIER_DEPS and c.ent_type_ in _ACTING_LABELS and c.text[:1].isupper():
            return [c]
    return []
