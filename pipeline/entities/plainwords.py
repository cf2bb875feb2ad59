"""Capitalised words the model tags PERSON that English does not use as anyone's name.

* Words of a closed class written with a capital (:data:`PLAIN_WORDS`): kinship words said to or
  of a parent ("Look at me, Dad"), feasts ("Easter is a day of joy"), blessings and interjections
  ("congratulations - and Godspeed"), books of the Bible ("The book of Hebrews says"), and the
  US government's capitalised words for Native peoples ("Tribes", "Tribal lands").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import Item

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Kinship words used as names (Merriam-Webster: "Dad", "Mom", "Grandpa" capitalised as a form of
# address); Christian, Jewish, Muslim, Hindu and US civic feasts; blessings; the books of the
# Bible whose names are no given names (King James Version); the US government's capitalised
# words for Native peoples (its style for "Tribe", "Tribal Nations"). Lower case.
PLAIN_WORDS = frozenset({
    "dad", "daddy", "mom", "mommy", "mum", "mummy", "grandpa", "grandma", "granddad", "grandad", "grandmom",
    "grandpop", "granny", "grandmother", "grandfather", "mother", "father",
    "easter", "christmas", "thanksgiving", "passover", "hanukkah", "chanukah", "ramadan", "diwali", "kwanzaa",
    "juneteenth", "halloween", "lent", "advent", "pentecost", "yom", "kippur", "rosh", "hashanah",
    "godspeed", "amen", "hallelujah", "alleluia",
    "genesis", "exodus", "leviticus", "deuteronomy", "psalms", "proverbs", "ecclesiastes", "corinthians",
    "galatians", "ephesians", "philippians", "colossians", "thessalonians", "hebrews",
    "tribe", "tribes", "tribal",
})


def plain_words(doc: "Doc", items: list[Item]) -> list[Item]:
    """``items`` without the PERSON spans that are words of :data:`PLAIN_WORDS` only."""
    return [(s, e, label) for s, e, label in items
            if label != "PERSON" or not all(t.lower_ in PLAIN_WORDS for t in doc[s:e])]
