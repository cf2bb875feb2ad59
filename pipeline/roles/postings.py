"""Postings written between a title and its holder's name: "Sweden's ambassador in Beijing, Jane
Roe", "a government spokesman in Berlin, John Doe".

The city says where the office is held. A diplomat's is the posting abroad, so it says nothing of
the government served ("ambassador in Beijing" serves Sweden); any other official's city is the
seat of the government served ("a government spokesman in Berlin" is Germany's).
"""

from __future__ import annotations

from ..context import dateline_country
from ..knowledge.wordlists import word_set
from ..nlp import text as text_of
from .reader import Candidate, Reader

# Role categories and title words whose city is a posting abroad, not the seat of the government
# served (Vienna Convention on Diplomatic Relations; on Consular Relations: consuls, attachés).
_DIPLOMATS = frozenset({"ambassador"})
_DIPLOMAT_WORDS = ("consul", "envoy", "attach", "charg", "diplomat", "representative")


def past_posting_city(rd: Reader, i: int, sent_end: int) -> int:
    """Token ``i`` moved past the city of a posting written between a title and its holder's
    name ("Sweden's ambassador in Beijing, Jane Roe", "its consul in Erbil, John Doe"): the city
    says where the office is held, the name follows its comma; ``i`` itself otherwise."""
    doc = rd.doc
    if i >= sent_end or doc[i].lower_ != "in":
        return i
    j = i + 1
    while j < sent_end and j - i <= 3 and doc[j].ent_type_ == "GPE" and doc[j].text[:1].isupper():
        j += 1
    if j == i + 1 or j + 1 >= sent_end or doc[j].text != "," or not rd.is_person(doc[j + 1]):
        return i
    return j


def city_countries(rd: Reader, cands: list[Candidate]) -> None:
    """Give a non-diplomat written "TITLE in CITY, NAME" without a country the country of the city."""
    doc = rd.doc
    body = text_of(doc)
    for c in cands:
        if " in " not in body[c.title_start:c.end] or c.country or c.organization or c.counterpart or c.role in _DIPLOMATS or c.title_start < 0 \
                or any(w in c.title.lower() for w in _DIPLOMAT_WORDS):
            continue
        span = doc.char_span(c.title_start, c.end, alignment_mode="expand")
        if span is None:
            continue
        for tok in span:
            if tok.lower_ == "in" and past_posting_city(rd, tok.i, span.end) != tok.i:
                city = " ".join(t.text for t in doc[tok.i + 1:past_posting_city(rd, tok.i, span.end)])
                code = dateline_country(city)
                if code:
                    c.country, c.country_source = code, "title"
                break


# Prepositions of a complement written between a title and the comma before its holder's name
# ("the opposition leader in the National Assembly, Jane Roe", "his special envoy for the Great
# Lakes region, John Doe", "the head of the Africa Centres for Disease Control, Jane Roe").
_COMPLEMENT_PREPS = frozenset({"in", "for", "of", "at"})
# Lower-case nouns of a place or body such a complement may end in ("the Great Lakes region",
# "in parliament", "of the agency").
_COMPLEMENT_NOUNS = word_set("roles", "posting_complement_nouns")


def past_complement(rd: Reader, i: int, sent_end: int) -> int:
    """Token ``i`` moved past a short complement of place or body written between a title and
    ", NAME" (see ``_COMPLEMENT_PREPS``): at most six tokens of "the", capitalised words, the
    words of one organisation's name and a place or body noun, then a comma and a person. ``i``
    itself when the words after it are anything else."""
    doc = rd.doc
    if i + 2 < sent_end and doc[i].lower_ == "and":
        # "former Congressman and veteran Ana Ruiz": a descriptive common noun coordinated with
        # the title; the name after both holds the title
        k = i + 1
        while k < sent_end and k - i <= 2 and doc[k].is_lower and doc[k].tag_ in ("NN", "NNS"):
            k += 1
        return k if k > i + 1 and k < sent_end and rd.is_person(doc[k]) else i
    if i >= sent_end or doc[i].lower_ not in _COMPLEMENT_PREPS:
        return i
    j = i + 1
    words = 0
    while j < sent_end and j - i <= 8:
        tok = doc[j]
        if tok.lower_ == "the" and j == i + 1:
            j += 1
        elif tok.text[:1].isupper() and tok.is_alpha and not rd.is_person(tok):
            j, words = j + 1, words + 1
        elif tok.ent_type_ in ("ORG", "GPE", "LOC", "FAC") and tok.ent_iob_ == "I" and words:
            j += 1  # "Centres for Disease Control and Prevention": the lower-case words of a name
        elif tok.lower_ in _COMPLEMENT_NOUNS:
            j, words = j + 1, words + 1
            break
        else:
            break
    if not words or j + 1 >= sent_end or doc[j].text != "," or not rd.is_person(doc[j + 1]):
        return i
    return j
