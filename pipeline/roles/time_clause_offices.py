"""A bare office word that a clause of time says someone held: "when Jane Roe was governor",
"in the four years Jane Roe was president", "while Roe was mayor", "the most since Jane Roe was President".

A lower-case office word alone after "was" says not which office in a biography ("he was
chairman": of what?), so the clause reader leaves it (:func:`pipeline.roles.clauses.clause_link`).
A clause of time is another matter: it dates events by someone's tenure of a public office, and
speeches and statements write it of the offices of their own government ("When Roe was governor,
taxes rose"). The words (``time_clause_offices``) are formal titles of public office; a private
body's president is written with "of" ("president of the club"), which this reading never sees.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..knowledge.wordlists import word_set

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["time_clause_office"]

_OFFICES = word_set("roles", "time_clause_offices")
_TIME_NOUNS = word_set("roles", "time_clause_nouns")
_TIME_MARKS = frozenset({"when", "while", "whenever", "since", "until", "before", "after"})
_TIME_PREPS = frozenset({"in", "during", "for", "over", "throughout"})
_OF_WORDS = frozenset({"of", "at", "for", "to"})
_PRONOUNS = frozenset({"he", "she", "i", "we", "you", "they", "it", "who", "that"})


def time_clause_office(title: "Token", verb: "Token") -> bool:
    """Whether the one-word ``title`` is the predicate of a past "was" in a clause of time whose
    subject is a name (no pronoun: its antecedent is another reading's matter).

    Args:
        title: The office word (lower case, alone).
        verb: The verb it is the predicate of.

    Returns:
        True for "when X was governor", "in the years X was president", "the time X was mayor".
    """
    if title.lower_ not in _OFFICES or title.dep_ != "attr" or title.head.i != verb.i \
            or verb.lemma_.lower() != "be" or verb.tag_ != "VBD" \
            or any(c.lower_ in ("a", "an", "the") or c.dep_ == "prep" for c in title.children) \
            or title.i + 1 < len(title.doc) and title.doc[title.i + 1].lower_ in _OF_WORDS:
        return False  # "the president", "president of the club": a body's post, said with it
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ in _PRONOUNS or subj.pos_ != "PROPN":
        return False
    if any(c.dep_ in ("mark", "advmod") and c.lower_ in _TIME_MARKS and c.i < subj.i for c in verb.children):
        return True  # "when X was governor"
    if verb.dep_ == "relcl" and verb.head.lemma_.lower() in _TIME_NOUNS:
        return True  # "the years X was president"
    # "in the four years X was president": the parser may hang the time phrase on the verb itself
    return any(c.dep_ == "prep" and c.lower_ in _TIME_PREPS and c.i < subj.i
               and any(p.dep_ == "pobj" and p.lemma_.lower() in _TIME_NOUNS for p in c.children)
               for c in verb.children)
