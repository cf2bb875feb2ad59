"""A clause's subject that the small model hung on a fronted phrase as an apposition or conjunct.

When a clause opens with a prepositional phrase that ends in a name ("After a meeting with King
Abdullah, the United States and Jordan signed ...", "In talks with the Prime Minister, France
pledged ..."), ``en_core_web_sm`` often reads the subject after the comma as an apposition of
that name, or as one more name coordinated with it: the verb is left without a subject and the act without its actor. English puts the
subject of a clause right before its finite verb; a name-led noun phrase that follows a comma and
ends just before a finite verb that has no subject is that verb's subject, not a second name for
the person of the fronted phrase (an apposition describes: "King Abdullah, the monarch of Jordan,
...", and then the verb has a subject of its own).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl", "auxpass"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
_ACTING_LABELS = frozenset({"ORG", "GPE", "NORP", "PERSON"})


def _acting_phrase(head: "Token") -> bool:
    """Whether the phrase of ``head`` names an acting party (a name, or a country word)."""
    return head.ent_type_ in _ACTING_LABELS or any(
        t.ent_type_ in _ACTING_LABELS for t in head.subtree if t.i <= head.i)


def appositive_subject(verb: "Token") -> list["Token"]:
    """``[head]`` of the noun phrase the parser made an apposition or conjunct inside a fronted phrase of
    ``verb`` when it is the verb's subject (module docstring), else ``[]``.

    Args:
        verb: The verb whose subject is wanted.
    """
    if verb.tag_ not in _FINITE_TAGS or any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        return []
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i < verb.i):
        for tok in prep.subtree:
            if tok.dep_ not in ("appos", "conj") or tok.right_edge.i != verb.i - 1 or tok.left_edge.i < 1:
                continue
            if verb.doc[tok.left_edge.i - 1].text == "," and _acting_phrase(tok):
                return [tok]
    return []
