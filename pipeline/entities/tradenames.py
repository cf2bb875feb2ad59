"""Names in business, markets and sports news that the model takes for people, and people it
takes for firms: what the sentence writes around the name, not lists of names.

A name tagged PERSON names no person when English writes it as:

* a possessive that heads nothing ("Kohl's and Dillard's reported declines", "sales at
  Sotheby's fell"): a store, a brand or a firm called by its founder's possessive; a person's
  possessive owns a noun ("Ruiz's shares"). Not a possessive after "of" ("a friend of Ruiz's")
  nor one coordinated with another that owns a noun ("Ruiz's and Tan's offices");
* the subject of a verb in the plural while the name is one thing ("Tottenham Hotspur remain
  without a win", "Halvorsen have appointed"): British usage for a club or a firm, never a
  person;
* the organisation after "of" that follows a person's full name ("Ana Ruiz of Piper Jaffray"):
  a person is of a firm, a body or a place, never of another person;
* what a firm acquires ("agreed to acquire X", "the takeover of X", "a merger with X", "buy X
  for $68 billion"): people are not acquired, and a player's transfer is never billions;
* a name coordinated with another right before a company noun ("X and Y shares gained");
* one of the names listed after a lower-case plural storm word ("three hurricanes — Fiona,
  Ian and Nicole"), as "Hurricane Ida" names a storm (:func:`.notpersons.storm_names`);
* a film or a show: "X, directed by ...", "her role in X", "starred in X".

A name with a given name first that the model tagged ORG, GPE or NORP is a person right after a
lower-case noun for someone's job or post ("Citigroup chief executive Vikram Pandit said",
"committee chairman Thorbjoern Jagland said"), when the gazetteer knows it as neither a country
nor an organisation.

The cues that make a firm make every other untitled mention of the same name a firm too (one
sense per article).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..knowledge.offices import HONORIFICS, OFFICE_WORDS, ORG_LAST_WORDS
from ..knowledge.wordlists import word_set
from ..names import is_given_name
from .lexicon import ORG_NAME_HEADS, Item, after_title

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..knowledge.countries import Gazetteer

__all__ = ["trade_names"]

_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
# What may follow a possessive that heads nothing: a conjunction, punctuation, an adverb, a verb
# or a preposition ("Kohl's and", "Macy's said", "Sotheby's in New York").
_NO_HEAD_TAGS = frozenset({"CC", ",", ".", ":", "-RRB-", "RB", "VBD", "VBZ", "VBP", "MD", "IN", "TO", "``", "''"})
# Possessive pronouns and determiners that a coordinated possessive may go on with ("Jill's and my").
_OWNER_WORDS = frozenset({"my", "our", "his", "her", "their", "your", "its"})
# Verbs a firm acquires with; "buy" and "purchase" only with a price in billions (players are
# bought for millions).
_ACQUIRE = frozenset({"acquire", "acquires", "acquired", "acquiring"})
_BUY = frozenset({"buy", "buys", "bought", "buying", "purchase", "purchases", "purchased", "purchasing"})
_DEAL_NOUNS = frozenset({("takeover", "of"), ("acquisition", "of"), ("merger", "with"), ("merge", "with"),
                         ("merged", "with"), ("merging", "with"), ("bid", "for")})
_BIG_MONEY = frozenset({"billion", "bn", "trillion"})
# Nouns a firm's name modifies without a possessive ("X and Y shares").
_COMPANY_NOUNS = word_set("entities", "company_part_nouns")
# The plural storm words of news ("three hurricanes — Fiona, Ian and Nicole").
_STORM_PLURALS = frozenset({"hurricanes", "typhoons", "cyclones", "storms"})
_LIST_OPENERS = frozenset({"—", "–", "-", ":", "like", "including", "named", "("})
# Cues of a film or a show: the name before ", directed by" or after "role in", "starred in".
_ROLE_IN = frozenset({"role", "roles", "starred", "stars", "starring", "appeared", "appears"})
# Lower-case nouns for a job or post written right before the holder's name ("chief executive
# Vikram Pandit", "committee chairman Thorbjoern Jagland"); the capitalised ones are office words.
_POST_NOUNS = frozenset({
    "executive", "chairman", "chairwoman", "chair", "founder", "co-founder", "analyst", "economist",
    "strategist", "spokesman", "spokeswoman", "spokesperson", "manager", "coach", "director", "president",
    "striker", "midfielder", "defender", "goalkeeper", "quarterback", "pitcher", "captain", "forward",
    "actor", "actress", "singer", "author", "novelist", "director", "composer", "owner", "investor",
})


def _titled(doc: "Doc", s: int) -> bool:
    return after_title(doc, s, comma=False) or s > 0 and (
        doc[s - 1].lower_.rstrip(".") in HONORIFICS or doc[s - 1].text == "." and s > 1
        and doc[s - 2].lower_ in HONORIFICS)


def _headless_possessive(doc: "Doc", s: int, e: int) -> bool:
    """The name ends in a possessive that owns no noun ("Kohl's and Dillard's also reported")."""
    n = len(doc)
    if e >= n or doc[e].text not in _POSSESSIVE or doc[e].tag_ != "POS" or e + 1 >= n:
        return False
    if s > 0 and doc[s - 1].lower_ == "of":
        return False  # "a friend of Ruiz's"
    nxt = doc[e + 1]
    if nxt.tag_ not in _NO_HEAD_TAGS and not nxt.is_punct:
        return False
    if nxt.tag_ in ("CC", ",") and e + 2 < n:
        after = doc[e + 2]
        if after.lower_ in _OWNER_WORDS:
            return False  # "Jill's and my family"
        k = e + 2
        while k < min(n, e + 6) and (doc[k].is_title or doc[k].text == "."):
            k += 1
        if k < n - 1 and k > e + 2 and doc[k].text in _POSSESSIVE and not (
                doc[k + 1].tag_ in _NO_HEAD_TAGS or doc[k + 1].is_punct):
            return False  # "Ruiz's and Tan's offices": the second possessive owns a noun
    return True


def _plural_verb(doc: "Doc", s: int, e: int) -> bool:
    """The name, one singular thing, is the subject of a verb in the plural ("Tottenham Hotspur
    remain"): no coordination, the verb right after the name (adverbs between)."""
    last = doc[e - 1]
    if last.dep_ != "nsubj" or last.tag_ != "NNP" or any(c.dep_ == "conj" for c in last.children):
        return False
    k = e
    while k < len(doc) and doc[k].tag_ == "RB":
        k += 1
    if k >= len(doc) or k != last.head.i:
        return False
    verb = doc[k]
    # not a subjunctive or a clause after "that"/"if" ("insisted that Ruiz remain")
    return verb.tag_ == "VBP" and not any(c.dep_ == "mark" for c in verb.children)


def _of_person(doc: "Doc", s: int, prev: Item | None) -> bool:
    """The name follows "of" right after a person's full name ("Ana Ruiz of X")."""
    return (prev is not None and prev[2] == "PERSON" and prev[1] == s - 1 and s >= 1 and doc[s - 1].lower_ == "of"
            and prev[1] - prev[0] >= 2)


def _acquired(doc: "Doc", s: int, e: int) -> bool:
    """The name is what a firm acquires ("to acquire X", "the takeover of X", "buy X for $68 billion")."""
    if s < 1:
        return False
    prev = doc[s - 1].lower_
    if prev in _ACQUIRE:
        return True
    if s >= 2 and (doc[s - 2].lower_, prev) in _DEAL_NOUNS:
        return True
    if prev in _BUY:
        return any(t.lower_ in _BIG_MONEY for t in doc[e:min(len(doc), e + 7)]) and e < len(doc) and doc[e].lower_ == "for"
    return False


def _before_company_noun(doc: "Doc", e: int) -> bool:
    """The name is coordinated with a name that a company noun follows ("X and Y shares")."""
    n = len(doc)
    if e + 1 >= n or doc[e].lower_ not in ("and", "or", "&"):
        return False
    k = e + 1
    while k < min(n, e + 5) and (doc[k].is_title or doc[k].is_upper) and doc[k].is_alpha:
        k += 1
    return k > e + 1 and k < n and doc[k].lower_ in _COMPANY_NOUNS and doc[k].is_lower


def _storm_list(doc: "Doc") -> frozenset[int]:
    """Token positions of the names listed right after a lower-case plural storm word."""
    found: set[int] = set()
    for tok in doc:
        if tok.lower_ not in _STORM_PLURALS or not tok.is_lower:
            continue
        k = tok.i + 1
        if k < len(doc) and doc[k].lower_ in _LIST_OPENERS:
            k += 1
        if k < len(doc) and doc[k].lower_ == "as" and doc[k - 1].lower_ == "such":
            k += 1
        names = []
        while k < len(doc) and doc[k].is_title and doc[k].is_alpha:
            names.append(k)
            k += 1
            while k < len(doc) and doc[k].lower_ in (",", "and", "or"):
                k += 1
        if len(names) >= 2:
            found.update(names)
    return frozenset(found)


def _work_of_art(doc: "Doc", s: int, e: int) -> bool:
    """The name is a film's or a show's: "X, directed by", "her role in X", "starred in X"."""
    n = len(doc)
    if e + 2 < n and doc[e].text == "," and doc[e + 1].lower_ in ("directed", "produced") and doc[e + 2].lower_ == "by":
        return True
    return s >= 2 and doc[s - 1].lower_ == "in" and doc[s - 2].lower_ in _ROLE_IN


def _person_after_post(doc: "Doc", s: int, e: int, gaz: "Gazetteer") -> bool:
    """An ORG/GPE/NORP span that is a given name and a surname after a lower-case job noun."""
    if s < 1 or not 2 <= e - s <= 3 or not doc[s - 1].is_lower or doc[s - 1].lower_ not in _POST_NOUNS:
        return False
    toks = doc[s:e]
    if not all(t.is_title and t.is_alpha for t in toks) or not is_given_name(toks[0].text) and not (
            e < len(doc) and doc[e].lower_ in ("said", "says", ",")):
        return False
    low = [t.lower_ for t in toks]
    if any(w in OFFICE_WORDS or w in ORG_LAST_WORDS or w in ORG_NAME_HEADS for w in low):
        return False
    text = toks.text
    return not gaz.country(text) and not gaz.organization(text) and not any(gaz.country(t.text) for t in toks)


def trade_names(doc: "Doc", items: list[Item], gaz: "Gazetteer") -> list[Item]:
    """``items`` with the PERSON names the text writes as firms, clubs, brands, storms or films
    relabelled, and the people it wrote as firms relabelled PERSON (module docstring)."""
    firms: set[str] = set()
    works: set[str] = set()
    drop: set[int] = set()
    people: set[int] = set()
    body = doc.text
    storms = _storm_list(doc) if any(w in body for w in _STORM_PLURALS) else frozenset()
    prev: Item | None = None
    for idx, (s, e, lab) in enumerate(items):
        if lab in ("ORG", "GPE", "NORP") and _person_after_post(doc, s, e, gaz):
            people.add(idx)
        elif lab == "PERSON" and not _titled(doc, s):
            first_given = is_given_name(doc[s].text)
            if e - s == 1 and s in storms:
                drop.add(idx)
                prev = (s, e, lab)
                continue
            name = doc[s:e].text
            if _work_of_art(doc, s, e):
                works.add(name)
            elif _headless_possessive(doc, s, e) and (e - s == 1 or not first_given) \
                    or _of_person(doc, s, prev) \
                    or _plural_verb(doc, s, e) and not first_given \
                    or _acquired(doc, s, e) and not first_given \
                    or _before_company_noun(doc, e) and not first_given:
                firms.add(name)
        prev = (s, e, lab)
    if not (firms or works or drop or people):
        return items
    out: list[Item] = []
    for idx, (s, e, lab) in enumerate(items):
        if idx in drop:
            continue
        if idx in people:
            out.append((s, e, "PERSON"))
        elif lab == "PERSON" and not _titled(doc, s) and doc[s:e].text in firms:
            out.append((s, e, "ORG"))
        elif lab == "PERSON" and not _titled(doc, s) and doc[s:e].text in works:
            out.append((s, e, "WORK_OF_ART"))
        else:
            out.append((s, e, lab))
    return out
