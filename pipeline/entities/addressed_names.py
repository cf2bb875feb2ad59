"""People named by a first name alone where English grammar makes the word a person.

The small model leaves many lone first names untagged, and :mod:`.given_mentions` reads one only
when a full name of the article begins with it. Three constructions name a person by themselves:

* a vocative: a listed given name (:func:`pipeline.names.is_given_name`) set off by a comma at the
  end of a sentence, after a common word ("Thanks, Karine.", "Go ahead, Trevor.", "... with deep
  concern, Peter."): briefings and remarks address a reporter or a host by first name. Not after
  another proper noun (a list: "Egypt, Israel, Jordan."), not a country's or a city's name (a
  rally greets "Madison!"), not a word the article also writes in lower case ("Thanks, Will."
  beside "the will of the people");
* the speaker's partner: a listed given name right before "and I" at the start of a clause ("Jill
  and I join the people of Chile", "Doug and I send our prayers"): statements speak for the
  speaker and a spouse;
* apposition to a kinship noun: one to three capitalised proper nouns right after "wife",
  "husband", "son", ... (a comma and "of N years" may come between: "his wife of 27 years, Candee,
  live in"), none written in lower case elsewhere in the article ("Rabin's wife Leah", "his
  beloved wife Gahl"), none a word of the office ontology ("Congress", "Army"), and not followed
  by a noun it modifies ("his wife Lyft driver Jane Doe"); a name the model tagged as an
  organisation there is the person, unless it is a listed organisation or company.

Each adds a PERSON span over tokens no other entity covers; the usual person checks of
:mod:`.extract` still apply, and grouping joins a first name to a full name it begins.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Callable

from ..knowledge import places
from ..knowledge.companies import listed_company
from ..knowledge.offices import load_offices
from ..knowledge.wordlists import word_set
from ..names import is_given_name

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..knowledge.countries import Gazetteer
    from .tokens import DocWords

Item = tuple[int, int, str]

# the singular kinship nouns a name can stand in apposition to ("his wife Leah"); a plural or a
# collective ("children", "family") is followed by several names or none
_KIN = frozenset(w for w in word_set("entities", "kinship_nouns")
                 if not w.endswith("s") and w not in ("family", "children", "kids", "grandchildren"))
_SENTENCE_ENDS = (".", "?", "!")
_NOT_PERSON_LABELS = frozenset({"GPE", "LOC", "NORP", "ORG", "FAC", "DATE", "TIME", "EVENT", "PRODUCT",
                                "WORK_OF_ART", "LAW", "LANGUAGE"})


def city_name(word: str) -> bool:
    """Whether ``word`` is the name of a city of the place tables ("Thank you, Madison!" at a rally
    greets the city, as "Thank you, Wisconsin!" does the state)."""
    return any(p.kind == "city" for p in places.candidates(word))


@lru_cache(maxsize=1)
def _office_words() -> frozenset[str]:
    # the office ontology's words ("Congress", "Army", "Pentagon"): a body, never a first name
    off = load_offices()
    return off.heads | off.modifiers | off.gov_body_words


def name_word_test(doc: "Doc", items: list[Item], words: "DocWords", gaz: "Gazetteer", head_end: int = 0,
                   *, covered: bool = True) -> Callable[[int], bool]:
    """A test of token indices: a capitalised proper noun of the body that could be a name (no
    country, no word the article writes in lower case, no word of the office ontology); with
    ``covered``, also no token of an entity found so far nor one the model tagged as a thing."""
    office_words = _office_words()
    taken = {i for s, e, _ in items for i in range(s, e)} if covered else set()

    def test(i: int) -> bool:
        tok = doc[i]
        return (i >= head_end and i not in taken and (not covered or tok.ent_type_ not in _NOT_PERSON_LABELS)
                and tok.is_title and tok.is_alpha and tok.tag_ == "NNP" and tok.lower_ not in words.lower
                and gaz.country(tok.text) is None and tok.lower_ not in office_words)

    return test


def addressed_names(doc: "Doc", items: list[Item], words: "DocWords", gaz: "Gazetteer",
                    head_end: int = 0) -> list[Item]:
    """``items`` with a PERSON span for each lone first name of the three constructions of the
    module docstring.

    Args:
        doc: The parsed Doc.
        items: (start, end, label) token spans found so far.
        words: The Doc's word tables.
        gaz: The country gazetteer.
        head_end: Token index where the body starts (a headline's words are left alone).
    """
    found: list[Item] = []
    name_word = name_word_test(doc, items, words, gaz, head_end, covered=False)
    free_name = name_word_test(doc, items, words, gaz, head_end)
    orgs = {s: e for s, e, label in items if label == "ORG"}
    relabel: set[int] = set()

    for end in _SENTENCE_ENDS:
        for i in words.between(doc, ",", end):
            if i >= 2 and free_name(i) and is_given_name(doc[i].text) and doc[i - 2].pos_ != "PROPN" \
                    and not doc[i - 2].is_punct and not city_name(doc[i].text):
                found.append((i, i + 1, "PERSON"))
    for i in words.positions(doc, ("I",)):
        k = i - 2
        if k >= 0 and doc[i - 1].lower_ == "and" and free_name(k) and is_given_name(doc[k].text) \
                and (k == 0 or doc[k].is_sent_start or doc[k - 1].is_punct or doc[k - 1].is_space):
            found.append((k, k + 1, "PERSON"))
    n = len(doc)
    for i in words.positions(doc, _KIN):
        k = i + 1
        if k + 2 < n and doc[k].lower_ == "of" and doc[k + 1].like_num and doc[k + 2].lower_ in ("years", "year"):
            k += 3  # "his wife of 27 years, Candee"
        comma = k < n and doc[k].text == ","
        k += comma
        end = k
        while end < n and end - k < 3 and free_name(end):
            end += 1
        if end == k and k in orgs and orgs[k] - k <= 3 and all(name_word(j) for j in range(k, orgs[k])) \
                and not gaz.organization(doc[k:orgs[k]].text) and not listed_company(doc[k:orgs[k]].text):
            end = orgs[k]  # "his wife of 27 years, Candee" tagged ORG: no body stands in apposition to a wife
            relabel.add(k)
        if end == k or comma and end < n and not (doc[end].is_punct or doc[end].lower_ == "and"):
            continue  # "his wife, Candee, live in": the name set off by commas, not "wife, Senator"
        if end < n and doc[end].pos_ in ("NOUN", "PROPN", "ADJ"):
            continue  # "his wife Lyft driver Jane Doe", "her son Army veteran X": a modifier of a noun, no name
        found.append((k, end, "PERSON"))
    if not found:
        return items
    taken = {i for s, e, _ in found for i in range(s, e)}
    return sorted({*(it for it in items if it[0] not in taken or it[0] in relabel and it[2] != "ORG"), *found})
