"""The phrase an event noun heads when a measure or a count of it comes first.

English counts or measures an act with a noun of quantity before it: "two days of meetings with
X", "two rounds of talks", "a week of negotiations", "a series of calls". The event noun is then
the object of "of" and the measure noun takes its place in the clause ("came to Washington for
two days of meetings with X", "during two rounds of talks with Y"). The rules that read a noun's
place in its clause (a temporal or purpose phrase whose verb's subject takes part, a phrase that
restates the verb's own event) should read the measure noun's place instead.

The measure nouns are a word class of the trigger lexicon (``measure_noun``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import load

if TYPE_CHECKING:
    from spacy.tokens import Token

MEASURE_NOUNS = load().classes["measure_noun"]
"""nouns of time, number or sequence that count or measure an act ("days", "rounds", "series")"""


def measure_head(noun: "Token") -> "Token":
    """The measure noun whose "of" phrase ``noun`` is ("two days of meetings": days), else ``noun``.

    Args:
        noun: A noun token (an event noun, or the head of its compound).

    Returns:
        The measure noun heading the phrase, or ``noun`` itself when no measure comes first.
    """
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.dep_ != "prep":
        return noun
    measure = prep.head
    if measure.pos_ != "NOUN" or measure.lemma_.lower() not in MEASURE_NOUNS:
        return noun
    return measure


def phrase_head(noun: "Token") -> "Token":
    """The token whose place in the clause an event noun's phrase takes: the head of its compound
    ("peace talks": talks), then the measure before it ("two rounds of peace talks": rounds).

    Args:
        noun: An event noun token.

    Returns:
        The noun, its compound head, or the measure noun heading either.
    """
    head = noun
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    return measure_head(head)
