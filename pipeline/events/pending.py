"""Clauses whose act has not happened: a time clause in the present and a suggestion to "us".

- "when I call on you, please state your outlet", "as soon as the Senate passes the bill and he
  signs it": a "when", "once", "until" or "as soon as" clause in the simple present sets a time
  still to come (or any time), as "if" sets a condition: its act is not reported as done; in the
  past ("when he visited Kyiv, he met ...") it is.
- "let us recommit to the work", "let's talk about trade": a suggestion made to the group the
  speaker is part of proposes the act, it does not report it ("let me thank X" is the act of
  thanking and stays).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

TIME_MARKS = frozenset({"when", "whenever", "once", "until", "till"})
"""subordinators of a time clause"""
_PRESENT = frozenset({"VBZ", "VBP"})
_US = frozenset({"us", "'s", "\u2019s"})


def pending_time(verb: "Token") -> bool:
    """Whether ``verb`` heads a time clause in the simple present ("when I call on you", "as
    soon as he signs it"), which sets a time to come rather than reporting an act."""
    if verb.tag_ not in _PRESENT:
        return False
    for c in verb.children:
        if c.dep_ not in ("mark", "advmod"):
            continue
        if c.lower_ in TIME_MARKS and c.i == verb.left_edge.i:
            return True  # (the small model tags a clause-initial "when" as an adverb)
        # "as soon as": the second "as" marks the clause, "soon" precedes it
        if c.dep_ == "mark" and c.lower_ == "as" and c.i >= 2 and verb.doc[c.i - 1].lower_ == "soon":
            return True
    return False


def hortative(head: "Token", clause: "Token") -> bool:
    """Whether ``clause`` is what "let us" / "let's" proposes ("let us recommit to the work")."""
    return head.lemma_.lower() == "let" and head.i < clause.i and any(
        c.lower_ in _US and c.dep_ in ("nsubj", "dobj", "nsubjpass") for c in (*clause.children, *head.children))
