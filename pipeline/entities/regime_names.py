"""A ruler named by the regime that bears the name: "the Assad regime", "the Lukashenko regime",
"the Maduro dictatorship".

English names a government it calls illegitimate after its ruler, with "the" and the ruler's family
name before "regime", "dictatorship" or "junta"; the word before those nouns is otherwise a
country's adjective ("the Iranian regime", "the Soviet regime") or a country ("the Iran regime").
The small model leaves most such surnames untagged. A capitalised proper noun there that no other
entity covers, that is no country, people or organisation, no word the article writes in lower
case and no word of the office ontology, is a person named (annotation guide: "every person
named") when something says it is a surname: the last word of a person the article names in
full, or a holder's family name in the office-holder table ("Assad", "Maduro", "Lukashenko").
Other words before "regime" are as often a place, a treaty or a system ("the Schengen regime",
"the Kimberley regime", "the Kafala regime"): the review of round 45 found eight such. A
hyphenated pair ("the Ortega-Murillo regime") names two rulers as one word and is left alone: the
model reads it as one name, which would be neither ruler's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..knowledge.offices import folded_name_key, load_offices
from ..knowledge.wordlists import word_set
from .addressed_names import name_word_test

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..knowledge.countries import Gazetteer
    from .tokens import DocWords

Item = tuple[int, int, str]

_REGIME_NOUNS = tuple(sorted(word_set("entities", "regime_nouns")))
"""Nouns a ruler's family name is written before (the ``regime_nouns`` word list)."""


def regime_names(doc: "Doc", items: list[Item], words: "DocWords", gaz: "Gazetteer", head_end: int = 0) -> list[Item]:
    """``items`` with a PERSON span for each ruler's family name written "the X regime".

    Args:
        doc: The parsed Doc.
        items: (start, end, label) token spans found so far.
        words: The Doc's word tables.
        gaz: The country gazetteer.
        head_end: Token index where the body starts (a headline's words are left alone).
    """
    positions = words.positions(doc, _REGIME_NOUNS)
    if not positions:
        return items
    free = name_word_test(doc, items, words, gaz, head_end)
    found: list[Item] = []
    surnames = {doc[e - 1].lower_ for s, e, label in items if label == "PERSON" and e - s > 1}
    for i in positions:
        k = i - 1
        if k >= 1 and free(k) and doc[k - 1].lower_ == "the" and not (k >= 2 and doc[k - 2].text == "-") \
                and (doc[k].lower_ in surnames or load_offices().holders_named(folded_name_key(doc[k].text))):
            found.append((k, k + 1, "PERSON"))
    if not found:
        return items
    return sorted({*items, *found})
