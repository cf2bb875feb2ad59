"""Capitalised words the model tags PERSON that English does not use as anyone's name.

* Words of a closed class written with a capital (:data:`PLAIN_WORDS`): kinship words said to or
  of a parent ("Look at me, Dad"), feasts ("Easter is a day of joy"), blessings and interjections
  ("congratulations - and Godspeed"), books of the Bible ("The book of Hebrews says"), and the
  US government's capitalised words for Native peoples ("Tribes", "Tribal lands"); a lone word
  the tagger reads as an adverb ("Realistically, ..."); a lone head noun of an honour ("the
  Alumni Award", "a Fellow of the Academy"); a name before "'s Day" (the feast).
* A name in apposition to a word for a firm ("a single company, Kestrel, ...", "Varobank, a
  regional bank"): the firm, not a person.
* A place named after a person, written whole and ending in a place noun ("Ho Chi Minh City"),
  when the gazetteer knows that place: the place, not the person; a name the model cut before
  a street word ("Martin Luther King Jr. | Boulevard") is the street, and before "Day" after a
  suffix ("Martin Luther King Jr. Day") the holiday.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from ..knowledge import places as P
from ..knowledge.companies import company_words
from ..knowledge.offices import HONORIFICS
from ..knowledge.wordlists import word_set
from ..names import SUFFIXES, is_given_name
from .lexicon import HONOUR_HEADS, PLACE_NOUNS, Item

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Kinship words used as names (Merriam-Webster: "Dad", "Mom", "Grandpa" capitalised as a form of
# address); Christian, Jewish, Muslim, Hindu and US civic feasts; blessings; the books of the
# Bible whose names are no given names (King James Version); the US government's capitalised
# words for Native peoples (its style for "Tribe", "Tribal Nations"); peoples, faiths and languages
# written with a capital in lists ("Arab, Sikh, and South Asian Americans", "speaks Farsi"). Lower case.
PLAIN_WORDS = frozenset({
    "dad", "daddy", "mom", "mommy", "mum", "mummy", "grandpa", "grandma", "granddad", "grandad", "grandmom",
    "grandpop", "granny", "grandmother", "grandfather", "mother", "father",
    "easter", "christmas", "thanksgiving", "passover", "hanukkah", "chanukah", "ramadan", "diwali", "kwanzaa",
    "juneteenth", "halloween", "lent", "advent", "pentecost", "yom", "kippur", "rosh", "hashanah",
    "simchat", "torah", "sukkot", "shavuot", "purim", "hajj", "mabroor", "nowruz",
    "godspeed", "amen", "hallelujah", "alleluia",
    "genesis", "exodus", "leviticus", "deuteronomy", "psalms", "proverbs", "ecclesiastes", "corinthians",
    "galatians", "ephesians", "philippians", "colossians", "thessalonians", "hebrews",
    "tribe", "tribes", "tribal",
    # more kinship words of address ("Auntie, Uncle, it's good to see you"), a transcript's stage
    # directions ("(Laughter and applause.)"), a greeting's adjective ("Merry Christmas") and the
    # Jewish day of rest ("Shabbat services")
    "uncle", "auntie", "aunt", "laughter", "applause", "merry", "shabbat", "sabbath",
    "arab", "arabs", "sikh", "sikhs", "hindu", "hindus", "latinos", "latinas", "farsi", "urdu", "hindi",
    # the Latin honours of a degree, capitalised in biographies ("graduated Magna Cum Laude"), and
    # the Greek letters that name honour societies, fraternities and sororities ("Phi Beta Kappa";
    # the letters' English names less those also written as names: "Delta", and the short ones that
    # are surnames or given names in Asia, "Xi", "Mu", "Nu", "Pi", "Chi", "Eta", "Rho", "Tau")
    "summa", "magna", "cum", "laude", "alpha", "beta", "gamma", "epsilon", "zeta", "theta",
    "iota", "kappa", "lambda", "omicron", "sigma", "upsilon", "phi", "psi", "omega",
})
# The head nouns of honours and programmes (lexicon.HONOUR_HEADS) alone: the model tags the last
# word of "Alumni Award" or "a Fellow of the Academy" a name; "Heart" and "Star" are also surnames.
_HONOUR_WORDS = HONOUR_HEADS - {"heart", "star"}
# Business nouns (pipeline/data/companies.json "business_nouns") that can also describe a person
# or are too general to make a name a firm ("an investor, Jane Roe", "a developer", "a giant"):
# only the rest, which name a firm and never a person, do.
PERSON_OR_VAGUE_NOUNS = word_set("entities", "person_or_vague_business_nouns")


@lru_cache(maxsize=1)
def firm_nouns() -> frozenset[str]:
    """The business nouns that name a firm and never a person."""
    return company_words().business_nouns - PERSON_OR_VAGUE_NOUNS


# Last words of street names (USPS Publication 28, street suffixes, the common ones written out).
STREET_WORDS = word_set("entities", "street_words")


def _firm_apposition(tok) -> bool:
    """``tok`` and a firm noun in apposition, either way round ("a company, Kestrel",
    "Varobank, a regional bank")."""
    firms = firm_nouns()
    if tok.dep_ == "appos" and tok.head.lemma_.lower() in firms:
        return True
    return any(c.dep_ == "appos" and c.lemma_.lower() in firms for c in tok.children)


def _initials_before_places(doc: "Doc", items: list[Item]) -> list[Item]:
    """A PERSON span ending in an initial right before a facility or place span is the first part
    of a place named after someone ("Walter E. | Washington Convention Center"): one facility."""
    out: list[Item] = []
    for s, e, label in items:
        if (out and label in ("FAC", "GPE") and out[-1][2] == "PERSON" and out[-1][1] == s
                and len(doc[s - 1].text) == 2 and doc[s - 1].text[1] == "." and doc[s - 1].text[0].isupper()):
            out[-1] = (out[-1][0], e, "FAC")
            continue
        out.append((s, e, label))
    return out


def plain_words(doc: "Doc", items: list[Item]) -> list[Item]:
    """``items`` without the PERSON spans that are words of :data:`PLAIN_WORDS` only, and with a
    known place named after a person ("Ho Chi Minh City") labelled GPE."""
    out: list[Item] = []
    for s, e, label in items:
        if label == "PERSON":
            if all(t.lower_ in PLAIN_WORDS for t in doc[s:e]):
                continue
            if e - s == 1 and doc[s].tag_ == "RB" and not is_given_name(doc[s].text):
                continue  # "Realistically, ...", "Worldwide, ...": a sentence's first adverb
            if e - s == 1 and doc[s].lower_ in _HONOUR_WORDS and not is_given_name(doc[s].text):
                continue  # "the Distinguished Alumni Award", "a Fellow of the Academy": an honour
            k = next((i for i in range(s + 1, min(e + 1, len(doc) - 1)) if doc[i].text in ("'s", "’s")), None)
            titled = s > 0 and doc[s - 1].lower_.rstrip(".") in HONORIFICS
            if k is not None and doc[k + 1].text == "Day" and not titled:
                out.append((s, k + 2, "EVENT"))  # "Valentine’s Day": a feast named for a saint or a class
                continue
            if e - s <= 2 and not is_given_name(doc[s].text) and _firm_apposition(doc[e - 1]):
                label = "ORG"
            elif e - s >= 2 and doc[e - 1].lower_ in PLACE_NOUNS and P.candidates(doc[s:e].text):
                label = "GPE"
            elif e < len(doc) and doc[e].is_title and doc[e - 1].whitespace_ and doc[e].lower_ in STREET_WORDS:
                e, label = e + 1, "FAC"  # "Martin Luther King Jr. | Boulevard"
            elif e < len(doc) and doc[e].text == "Day" and doc[e - 1].lower_ in SUFFIXES:
                e, label = e + 1, "EVENT"  # "Martin Luther King Jr. | Day"
            elif e - s >= 3 and doc[e - 1].text == "Day" and doc[e - 2].lower_ in SUFFIXES:
                label = "EVENT"
        out.append((s, e, label))
    return _initials_before_places(doc, out)
