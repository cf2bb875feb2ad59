"""Whether a title is what a verb of holding says its subject is.

"Jane Roe was ambassador to Chile", "served as chairman", "became Prime Minister": the title
is the verb's predicate (its ``attr``/``oprd``) or the object of its "as". A title further down
the clause is someone else's office, whatever the verb: "Roe has been consistent in her message
to the Russian President", "worked as an aide to Senator X", "was deputy minister under
President Y" give Roe no presidency and no seat.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..knowledge.offices import load_offices

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Dependencies that join a title to another it is listed with or renames ("as minister and
# later as ambassador", "Secretary, the nation's top diplomat"), or to the noun it is part of
# ("a NATO liaison team", "as Senior Advisor to Chairman X": the parser's "nmod" of a name).
_CHAIN = frozenset({"conj", "appos", "compound", "nmod"})


def held_directly(title: "Span", verb: "Token") -> bool:
    """Whether the title (its tokens) is the predicate of ``verb`` or the object of an "as"
    phrase (any "as" on the way up: "serving her second term as Governor"). Every title token
    whose head lies outside the title is tried: the parser may hang part of a long title on the
    verb ("serve as Special Assistant | to the President")."""
    return any(_held(tok, verb) for tok in title if not title.start <= tok.head.i < title.end or tok.head.i == tok.i)


def _held(root: "Token", verb: "Token") -> bool:
    tok = root
    for _ in range(6):
        if tok.head.i in (verb.i, tok.i):
            # a capitalised title word the parser took for a preposition ("is Under Secretary of
            # State") is the title itself
            # and a title in apposition to the subject renames the subject ("She served as A from
            # 2014, the Associate Director ... from 2011": the parser hangs the list on "She")
            subject = tok.dep_ in ("nsubj", "nsubjpass") and tok.i != root.i
            # a list going on after "served as A from 2014 to 2016, B ..., and C": the parser hangs
            # B and C on the verb; they are still what its "as" says
            listed = tok.dep_ in ("npadvmod", "dobj") and any(
                c.dep_ == "prep" and c.lower_ == "as" and c.i < tok.i for c in verb.children)
            return tok.head.i == verb.i and (subject or listed or tok.dep_ not in (
                "nsubj", "nsubjpass", "dobj", "advmod", "npadvmod")) and not (tok.dep_ == "prep" and tok.is_lower)
        if tok.dep_ == "pobj" and tok.head.lower_ == "as":
            return True
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in load_offices().heads:
            tok = tok.head.head  # "deputy head of a NATO liaison team": the office the "of" phrase belongs to
            continue
        if tok.dep_ not in _CHAIN:
            return False
        tok = tok.head
    return False


def _clause_verb(tok: "Token") -> "Token | None":
    """The nearest verb above a token (itself when it is one)."""
    for _ in range(12):
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def same_clause(word: "Token", other: "Token") -> bool:
    """Whether ``other`` is in the clause of ``word``: inside its phrase ("a delegation of
    Ukrainian officials, including Director X") or under the same nearest verb ("The Israeli side
    was led by Minister X"), not in another clause ("Ukraine's delegation was led by X, while
    Russia sent Deputy Foreign Minister Y": Y is Russia's)."""
    if word.left_edge.i <= other.i <= word.right_edge.i and any(a.i == word.i for a in other.ancestors):
        return True
    a, b = _clause_verb(word), _clause_verb(other)
    return a is not None and b is not None and a.i == b.i
