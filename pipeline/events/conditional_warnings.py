"""A warning whose "if" clause is what it warns of: "X warned Y of consequences if it attacked Z".

A threat or warning is conditional by nature: English states what the warner will do, or what will
befall the other side, *if* that side acts ("threatened sanctions if the junta stayed in power", "warned
Iran of a response if it struck"). The "if" clause is then the warning's content, not a condition on
whether the warning was made, so the warning itself is reported as done (PLOVER THREATEN: threats and
coercive warnings; CAMEO 130). The act inside the "if" clause stays hypothetical.

Only a verb of warning coded THREATEN whose own clause holds the "if" clause after the verb; a warning that
is itself under a condition, or whose "if" clause comes first ("if Russia moves, we will warn it"), is not,
and keeps being dropped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

WARNING_VERBS = frozenset({"warn", "threaten", "caution"})
"""Verbs whose "if" clause states the warning's terms (CAMEO 130 threaten, 138 threaten with military force)."""

_CONDITION_MARKS = frozenset({"if", "unless"})


def warning_terms(tok: "Token", typ: str | None) -> bool:
    """Whether ``tok`` is a THREATEN verb of warning whose only condition is its own "if" clause.

    Args:
        tok: The trigger token.
        typ: The category the trigger was coded with.

    Returns:
        True for "warned Iran of consequences if it attacked"; False for a warning that is itself
        under a condition or after a fronted one ("if it attacks, we will warn ..."), and for any other verb.
    """
    if typ != "THREATEN" or tok.pos_ != "VERB" or tok.lemma_.lower() not in WARNING_VERBS:
        return False
    if any(c.dep_ == "mark" for c in tok.children):
        return False  # the warning is itself a conditional or subordinate clause
    # (a fronted condition, "if Russia moves, we will warn Moscow", conditions the warning itself)
    return any(c.dep_ == "advcl" and c.i > tok.i and any(m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS for m in c.children)
               for c in tok.children)
