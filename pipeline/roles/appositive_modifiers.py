"""Descriptive words between an apposition's comma and its title: "Jane Roe, Italy's first
female prime minister, said ...", "Jane Roe, the country's youngest president, ...".

Wire copy describes an office holder with an ordinal, a superlative or a word of who the holder
is ("first", "youngest", "longest-serving", "female", "Black") between the owner and the office.
The title reader stops at such a word (it is no word of the office), and the apposition reader
then found no comma before the title and linked it to no one. These words, and a possessive
owner before them ("Italy's", "the country's"), belong to the description of the same holder.
"""

from __future__ import annotations

from ..knowledge.wordlists import word_set
from .reader import POSSESSIVE, Reader

__all__ = ["description_start"]

_DESCRIPTIVE = word_set("roles", "holder_descriptions")
_OWNER_NOUNS = frozenset({"country", "nation", "city", "state", "province", "region", "kingdom", "republic"})


def description_start(rd: Reader, start: int, sent_start: int) -> int:
    """The first token of the description written before the title at token ``start``: ``start``
    itself unless descriptive words (and a possessive owner before them) come first.

    Args:
        rd: The document reader.
        start: First token of the title.
        sent_start: First token of the sentence.
    """
    doc = rd.doc
    i = start
    while i - 1 >= sent_start and (doc[i - 1].lower_ in _DESCRIPTIVE or doc[i - 1].text == "-" and i - 2 >= sent_start
                                   and doc[i - 2].lower_ in _DESCRIPTIVE and i < start):
        i -= 1  # "first female", "longest-serving"
    if i == start:
        return start
    if i - 2 >= sent_start and doc[i - 1].text in POSSESSIVE and (
            rd.place(doc[i - 2]) is not None or doc[i - 2].lower_ in _OWNER_NOUNS):
        i -= 2  # "Italy's first female", "the country's youngest"
        while i - 1 >= sent_start and rd.place(doc[i - 1]) is not None and rd.place(doc[i - 1]) == rd.place(doc[i]):
            i -= 1  # "South Korea's": the owner's whole name
    return i
