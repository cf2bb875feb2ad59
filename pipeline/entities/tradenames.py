"""Names in business, markets and sports news that the model takes for people, and people it
takes for firms: what the sentence writes around the name, not lists of names.

A name tagged PERSON names no person when English writes it as:

* a possessive that heads nothing ("Kohl's and Dillard's reported declines", "sales at
  Sotheby's fell"): a store, a brand or a firm called by its founder's possessive; a person's
  possessive owns a noun ("Ruiz's shares"). Not a possessive after "of" ("a friend of Ruiz's")
  nor one coordinated with another that owns a noun ("Ruiz's and Tan's offices");
* a possessive right before a person's full name ("McLaren's Lewis Hamilton"): a team or a
  firm the person belongs to;
* the subject of a match result whose other side is a club or a city, with a score or a
  club's head word ("Chelsea beat Wigan Athletic", "Villarreal beat Real Madrid 3-2");
* the subject of a verb in the plural while the name is one thing ("Tottenham Hotspur remain
  without a win", "Halvorsen have appointed"): British usage for a club or a firm, never a
  person;
* the organisation after "of" that follows a person's full name ("Ana Ruiz of Piper Jaffray"):
  a person is of a firm, a body or a place, never of another person;
* what a firm acquires ("agreed to acquire X", "the takeover of X", "a merger with X", "buy X
  for $68 billion"): people are not acquired, and a player's transfer is never billions;
* a name coordinated with another right before a company noun ("X and Y shares gained"), or
  a one-word name coordinated with a known firm's ("by Lockheed and X": a company of
  ``company_names.json``, an aircraft maker of ``aircraft_makers.json``, a name ending in a
  firm's industry word); a one-word name that is an aircraft maker's;
* a one-word name that is the head word ending a club's or firm's name of the article
  ("United" beside "Newcastle United"), and a name ending in such a head word that starts with
  no given name ("Pemberton Rovers");
* a name of two or more words ending in a body's last word that is no surname ("Florida
  Alliance", "Orlan Access Network"), a name opening on a number word ("the Two Holy
  Mosques"), or an acronym compound ("COVID-safe");
* one of the names listed after a lower-case plural storm word ("three hurricanes — Fiona,
  Ian and Nicole"), as "Hurricane Ida" names a storm (:func:`.notpersons.storm_names`);
* a town: after a preposition of place and before a comma and its state or country ("to
  Cherry Point, North Carolina"), or a venue "at X in" a state or country ("at Valhalla in
  Kentucky");
* the name after a capitalised business noun opening the sentence ("Carmaker X said", not
  the trades "Investor", "Producer");
* a compound opening on a listed company's name ("Pfizer-BioNTech"; not a double surname
  that ends in one: "Ephraim-Lowe");
* a film or a show: "X, directed by ...", "her role in X", "starred in X".

A name with a given name first that the model tagged ORG, GPE or NORP is a person right after a
lower-case noun for someone's job or post ("Citigroup chief executive Vikram Pandit said",
"committee chairman Thorbjoern Jagland said"), when the gazetteer knows it as neither a country
nor an organisation. A transcript's question marker "Q" glued to the front of a name is cut off.

The cues that make a firm make every other untitled mention of the same name a firm too (one
sense per article).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Callable

from ..knowledge.companies import company_words, listed_company
from ..knowledge.usstates import STATE_NAMES, state_name
from ..knowledge.offices import HONORIFICS, OFFICE_WORDS, ORG_LAST_WORDS
from ..knowledge.wordlists import word_set
from ..names import is_given_name
from .lexicon import ORG_NAME_HEADS, TITLE_HEADS, Item, after_title

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..knowledge.countries import Gazetteer
    from .tokens import DocWords

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
# Plural nouns a list of firm or brand names modifies ("X, Y and Z brands", "X and Y shares").
_LIST_NOUNS = word_set("entities", "brand_list_nouns")
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
    "actor", "actress", "singer", "author", "novelist", "composer", "owner", "investor", "leader", "activist",
})


# Last words of a body's name (``offices.json``) that are never a surname: a name of two or more
# words ending in one is a body's ("Florida Alliance", "Access Network"); the ones that are also
# surnames ("Bank", "Union", "Party", "Front", "Times", "Fund", "Capital", "Media") are left out.
_BODY_LAST = frozenset(w for w in ORG_LAST_WORDS if w not in {
    "bank", "union", "party", "front", "times", "fund", "capital", "media", "journal", "army", "fleet",
    "command", "division", "workers"}) | frozenset({"network", "networks"})
# A compound adjective on an acronym ("COVID-safe", "NATO-led"): a capitalised part and a
# lower-case one, never a name.
_ACRONYM_COMPOUND = re.compile(r"^[A-Z]{2,}[\w.]*-[a-z]+$")


@lru_cache(maxsize=1)
def _aircraft_makers() -> frozenset[str]:
    """The aircraft makers of ``aircraft_makers.json`` (its source is recorded there)."""
    raw = json.loads(resources.files("pipeline.data").joinpath("aircraft_makers.json").read_text("utf-8"))
    return frozenset(raw["makers"])


def _firm_name(text: str) -> bool:
    """A name a firm is known by: a listed company, an aircraft maker, or a name ending in a
    firm's industry word or legal form ("Kestrel Holdings", "Vexa Inc.")."""
    low = text.lower()
    last = low.split()[-1] if low.split() else ""
    return listed_company(text) or low in _aircraft_makers() or len(low.split()) > 1 and (
        last in company_words().name_heads or last in ORG_LAST_WORDS and last not in ("party", "union", "front"))


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


def _owns_person(doc: "Doc", e: int, by_start: dict[int, Item]) -> bool:
    """The name's possessive stands right before a person's full name ("McLaren's Lewis
    Hamilton", "Chelsea's Frank Lampard"): a team, a firm or a country whose member that is."""
    if e + 1 >= len(doc) or doc[e].text not in _POSSESSIVE or doc[e].tag_ != "POS":
        return False
    nxt = by_start.get(e + 1)
    return nxt is not None and nxt[2] == "PERSON" and nxt[1] - nxt[0] >= 2 and is_given_name(doc[nxt[0]].text)


# Verbs of a match's result or fixture, and the score they come with ("Chelsea beat Wigan Athletic 2-0").
_MATCH_VERBS = frozenset({"beat", "defeat", "draw", "lose", "edge", "thrash", "host", "face", "trounce", "rout"})
_SCORE = re.compile(r"^\d{1,2}[-–]\d{1,2}$")


def _match_side(doc: "Doc", e: int, labels: "Callable[[], dict[int, str]]") -> bool:
    """The name is the subject of a match result whose other side is a club or city the model
    tagged as such, in a sentence with a score or a club's head word ("Chelsea beat Wigan
    Athletic", "Villarreal beat Real Madrid 3-2"): a team; a player's opponent is a person."""
    last = doc[e - 1]
    verb = last.head
    if last.dep_ != "nsubj" or verb.lemma_ not in _MATCH_VERBS:
        return False
    objs = [c for c in verb.children if c.dep_ == "dobj"] + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "with") for g in c.children if g.dep_ == "pobj"]
    if not objs or not any(labels().get(o.i) in ("ORG", "GPE") for o in objs):
        return False
    sent = verb.sent
    return any(o.lower_ in ORG_NAME_HEADS for o in objs) or any(_SCORE.match(t.text) for t in sent) or any(
        t.like_num and t.i + 2 < sent.end and doc[t.i + 1].text in ("-", "–") and doc[t.i + 2].like_num for t in sent)


# Business nouns that also name a person's trade ("Investor Ana Ruiz", "Producer Tom Baker").
_PERSON_TRADES = word_set("entities", "person_trades")


def _after_opening_business_noun(doc: "Doc", s: int) -> bool:
    """A capitalised business noun opens the sentence right before the name ("Carmaker X said",
    "Retailer X reported"); the lower-case form is :mod:`.firmcues`'s."""
    if s < 1 or not doc[s - 1].is_sent_start or not doc[s - 1].is_title:
        return False
    word = doc[s - 1].lower_
    return word in company_words().business_nouns and word not in _PERSON_TRADES


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


def _listed_before_noun(doc: "Doc", nouns: list[int]) -> frozenset[int]:
    """Start tokens of the names of a coordinated list that a plural firm or brand noun follows
    ("its Aldwin, Brakspeare and Corrow brands", "Aldwin and Brakspeare shares"); ``nouns``: the
    positions of the list nouns."""
    starts: set[int] = set()
    for i in nouns:
        tok = doc[i]
        if i < 3:
            continue
        k = tok.i - 1
        names, coordinated = [], False
        while k >= 0 and k > tok.i - 16:
            t = doc[k]
            if t.lower_ in ("and", "or", "&", ","):
                coordinated = True
            elif (t.is_title or t.is_upper) and (t.is_alpha or "-" in t.text):
                if k == 0 or doc[k - 1].lower_ in ("and", "or", "&", ",") or not (doc[k - 1].is_title or doc[k - 1].is_upper):
                    names.append(k)
            else:
                break
            k -= 1
        if coordinated and len(names) >= 2:
            starts.update(names)
    return frozenset(starts)


_CANDIDATE_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_TITLE_STEMS = frozenset(w.rstrip("s") for w in TITLE_HEADS | OFFICE_WORDS)
_LISTABLE = frozenset({"PERSON", "ORG", "GPE", "NORP", "PRODUCT"})
_LIST_GLUE = frozenset({",", "and", "or"})


def _org_lists(doc: "Doc", items: list[Item]) -> frozenset[int]:
    """Starts of one-word PERSON items listed with organisations (three names and two of them, or
    four and one; no person's full name): "Aldwin, Brakspeare, Corrow and Delane" (last one ORG)."""
    found: set[int] = set()
    run: list[Item] = []

    def close() -> None:
        if len(run) < 3:
            return
        if any(doc[k].is_title and doc[k].lower_.rstrip("s") in _TITLE_STEMS
               for k in (run[0][0] - 1, run[0][0]) if k >= 0):
            return  # "Presidents Eisenhower, Kennedy, Reagan and Clinton": people after a plural title
        labels = [lab for _, _, lab in run]
        orgs = labels.count("ORG")
        if (len(run) >= 3 and orgs >= 2 or len(run) >= 4 and orgs >= 1) and not any(
                lab == "PERSON" and e - s > 1 for s, e, lab in run):
            found.update(s for s, e, lab in run if lab == "PERSON" and e - s == 1)

    for it in items:
        if it[2] not in _LISTABLE:
            continue
        gap = it[0] - run[-1][1] if run else 0
        if 0 < gap <= 2 and all(doc[k].lower_ in _LIST_GLUE for k in range(run[-1][1], it[0])):
            run.append(it)
        else:
            close()
            run = [it]
    close()
    return frozenset(found)


def _storm_list(doc: "Doc", plurals: list[int]) -> frozenset[int]:
    """Token positions of the names listed right after a lower-case plural storm word (at
    ``plurals``)."""
    found: set[int] = set()
    for i in plurals:
        tok = doc[i]
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


def _with_firm(doc: "Doc", s: int, e: int, items: dict[int, Item]) -> bool:
    """A one-word name coordinated with a firm's name ("by Lockheed and X", "X and Boeing")."""
    n = len(doc)
    if e < n and doc[e].lower_ in ("and", "or", "&"):
        other = items.get(e + 1)
        if other is not None and other[2] in ("ORG", "PERSON") and _firm_name(doc[other[0]:other[1]].text):
            return True
    if s >= 2 and doc[s - 1].lower_ in ("and", "or", "&"):
        other = next((it for it in items.values() if it[1] == s - 1), None)
        if other is not None and other[2] in ("ORG", "PERSON") and _firm_name(doc[other[0]:other[1]].text):
            return True
    return False


def _org_headed(doc: "Doc", s: int, e: int) -> bool:
    """A name of two or more words ending in the head word of a club's, school's or firm's name
    and starting with no given name ("Manchester United", "Halvorsen Energy")."""
    return e - s >= 2 and not is_given_name(doc[s].text) and doc[e - 1].lower_ in ORG_NAME_HEADS and doc[e - 1].is_title


def _not_a_name(doc: "Doc", s: int, e: int, name: str) -> bool:
    """A body's name ending in a body word ("Florida Access Network"), a name opening on a number
    word ("Two Holy Mosques") or an acronym compound ("COVID-safe")."""
    if e - s >= 2 and doc[e - 1].lower_ in _BODY_LAST and doc[e - 1].is_title:
        return True
    if e - s >= 2 and doc[s].tag_ == "CD" and doc[s].is_alpha:
        return True  # "the Two Holy Mosques": a name that opens on a number word is no person's
    return "-" in name and bool(_ACRONYM_COMPOUND.match(name.replace(" ", "")))


# Prepositions of place before a town written with its state or country ("to Cherry Point, North Carolina").
_PLACE_PREPS = frozenset({"to", "in", "at", "from", "near", "outside", "visit", "visited", "visiting"})


def _town_with_region(doc: "Doc", s: int, e: int, gaz: "Gazetteer") -> bool:
    """The name is a town: after a preposition of place and before a comma and a state or
    country ("to Cherry Point, North Carolina"); a person is not "in Ana Ruiz, Texas"."""
    n = len(doc)
    if s < 1 or doc[s - 1].lower_ not in _PLACE_PREPS or e + 1 >= n:
        return False
    # "at Valhalla in Kentucky": a venue in a region; "to Ana Ruiz in Texas" may be a person
    if doc[e].text != "," and not (doc[e].lower_ == "in" and doc[s - 1].lower_ in ("at", "near")):
        return False
    for k in (3, 2, 1):
        end = e + 1 + k
        if end <= n and all(t.is_title for t in doc[e + 1:end]) and (end == n or not doc[end].is_title) \
                and (doc[e + 1:end].text in STATE_NAMES or state_name(doc[e + 1:end].text)
                     or gaz.country(doc[e + 1:end].text)):
            return True
    return False


def trade_names(doc: "Doc", items: list[Item], gaz: "Gazetteer", words: "DocWords") -> list[Item]:
    """``items`` with the PERSON names the text writes as firms, clubs, brands, storms or films
    relabelled, and the people it wrote as firms relabelled PERSON (module docstring);
    ``words``: the Doc's word tables."""
    cands = [(idx, s, e, lab) for idx, (s, e, lab) in enumerate(items) if lab in _CANDIDATE_LABELS]
    if not cands:
        return items
    persons = [(s, e) for _, s, e, lab in cands if lab == "PERSON"]
    nouns = _LIST_NOUNS & words.lower
    listed = _listed_before_noun(doc, words.positions(doc, nouns)) if nouns else frozenset()
    if any(e - s == 1 for s, e in persons) and any(lab == "ORG" for _, _, _, lab in cands):
        listed |= _org_lists(doc, items)
    # names the article writes after a title or honorific somewhere: persons
    titled = {idx for idx, s, e, lab in cands if lab == "PERSON" and _titled(doc, s)}
    titled_names = {doc[items[idx][0]:items[idx][1]].text for idx in titled}
    plurals = _STORM_PLURALS & words.lower
    storms = _storm_list(doc, words.positions(doc, plurals)) if plurals else frozenset()
    # tables made on first need (most articles need none)
    memo: dict[str, object] = {}

    def by_start() -> dict[int, Item]:
        if "starts" not in memo:
            memo["starts"] = {it[0]: it for it in items}
        return memo["starts"]  # type: ignore[return-value]

    def full_words() -> set[str]:
        # words of the article's full names of people (a given name first): a surname, whatever firm shares it
        if "full" not in memo:
            memo["full"] = {doc[k].text for s, e in persons if e - s >= 2 and is_given_name(doc[s].text)
                            for k in range(s, e)}
        return memo["full"]  # type: ignore[return-value]

    def org_lasts() -> set[str]:
        if "lasts" not in memo:
            memo["lasts"] = {doc[e - 1].lower_ for _, s, e, lab in cands if e - s >= 2 and (
                lab == "ORG" or lab == "PERSON" and _org_headed(doc, s, e))}
        return memo["lasts"]  # type: ignore[return-value]

    def labels() -> dict[int, str]:
        if "labels" not in memo:
            memo["labels"] = {k: lab for _, s, e, lab in cands if lab in ("ORG", "GPE") for k in range(s, e)}
        return memo["labels"]  # type: ignore[return-value]

    firms: set[str] = set()
    works: set[str] = set()
    changed: dict[int, Item | None] = {}
    prev: Item | None = None
    for idx, s, e, lab in cands:
        if lab == "PERSON" and e - s >= 2 and doc[s].text == "Q" and (s == 0 or doc[s - 1].is_space):
            s += 1  # a transcript's question marker glued to the name ("Q    Netanyahu told him")
            changed[idx] = (s, e, lab)
        if lab != "PERSON":
            if _person_after_post(doc, s, e, gaz):
                changed[idx] = (s, e, "PERSON")
        elif idx not in titled:
            first_given = is_given_name(doc[s].text)
            one = e - s == 1
            name = doc[s:e].text
            if one and s in storms or _not_a_name(doc, s, e, name):
                changed[idx] = None
            elif (not first_given or not one) and _town_with_region(doc, s, e, gaz):
                changed[idx] = (s, e, "GPE")
            elif _work_of_art(doc, s, e):
                works.add(name)
            elif _headless_possessive(doc, s, e) and (one or not first_given) \
                    or _of_person(doc, s, prev) \
                    or one and not first_given and _owns_person(doc, e, by_start()) and name not in titled_names \
                    and name not in full_words() \
                    or not first_given and (_plural_verb(doc, s, e) or _acquired(doc, s, e)) \
                    or _after_opening_business_noun(doc, s) \
                    or _match_side(doc, e, labels) \
                    or s in listed and not first_given and name not in titled_names and name not in full_words() \
                    or _org_headed(doc, s, e) \
                    or e - s >= 3 and not first_given and doc[s + 1].text in ("-", "–") and not doc[s].whitespace_ \
                    and listed_company(doc[s].text) \
                    or one and not first_given and (name.lower() in _aircraft_makers()
                                                    or _with_firm(doc, s, e, by_start())
                                                    or doc[s].lower_ in ORG_NAME_HEADS and doc[s].lower_ in org_lasts()) \
                    and name not in full_words():
                firms.add(name)
        prev = (s, e, lab)
    if not (firms or works or changed):
        return items
    out: list[Item] = []
    for idx, it in enumerate(items):
        if idx in changed:
            if changed[idx] is not None:
                out.append(changed[idx])  # type: ignore[arg-type]
            continue
        s, e, lab = it
        if lab == "PERSON" and idx not in titled and (firms or works):
            name = doc[s:e].text
            if name in firms:
                it = (s, e, "ORG")
            elif name in works:
                it = (s, e, "WORK_OF_ART")
        out.append(it)
    return out
