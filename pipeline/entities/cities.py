"""Cities the small model mislabels, found by the gazetteer and the words around the name.

The small statistical model knows few cities outside Europe and North America: it tags
"Kharkiv" ORG, "Odesa" LANGUAGE, "Khan Younis" PERSON and "Kharkiv and Odesa" one WORK_OF_ART,
so an attacked or visited place loses its country. A name is made a place (GPE) only when the
place tables (:mod:`pipeline.knowledge.places`: GeoNames cities and the hand-kept places) know
a city or place of that name AND the text says it is a place:

- a settlement noun names it: "the city of X", "the port town of X";
- a comma and a country follow it, and the city lies in that country: "X, Ukraine";
- a place preposition comes right before it ("in", "near", "outside", "around", "into"; "on",
  "from", "towards" after a word of attack or movement: "strikes on X"), it is the object of a
  verb of attack or capture ("struck X", "recaptured X"), or it is coordinated with a place
  ("in Quetta and X"), and the city is one a reader knows without help
  (:func:`pipeline.knowledge.places.place_country`: 100,000 inhabitants or more, and no rival
  of the same size in another country).

A PERSON or ORG the parse and context support is never turned into a place: not a name the
organisation gazetteer knows or one ending in a company word, not a name after an office title
or honorific, not a name that is also part of a fuller person's name in the article, not a
name written with a possessive after a preposition ("in Hamilton's view" is a person's view).
One sense per article: every other mention of a name found to be a city is that city too.

A name of two or three words needs no context when it is, word for word, the name of a place
the tables know ("Little Rock", "Laguna Woods", the hand-kept "West Point") and its first word is
no given name (a hand-kept place may start with one: "Sandy Hook"): English names people with a
given name first, and such a name is one a reader knows as a place wherever it stands.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..knowledge import places as P
from ..knowledge.offices import HONORIFICS, ORG_LAST_WORDS
from ..knowledge.usstates import state_name
from ..knowledge.wordlists import word_set
from ..names import is_given_name
from .lexicon import Item, after_title

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..knowledge.countries import Gazetteer

# Labels the model gives a city by mistake (GPE and NORP are left alone: a demonym is a demonym).
_MISLABELS = frozenset({"PERSON", "ORG", "LOC", "FAC", "LANGUAGE", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW"})
# Nouns that name a settlement before "of": "the city of X", "the port of X", "the town of X".
_SETTLEMENTS = word_set("entities", "settlement_nouns")
# Prepositions of place right before a name ("in X", "near X", "outside X").
_PLACE_PREPS = frozenset({"in", "near", "outside", "around", "into", "across", "inside"})
# Prepositions after which a body is as common as a place ("talks on X", "a call from X", "at X's
# request"): evidence for a name the model took for a person only after a word of attack or
# movement ("strikes on X", "fled from X", "advanced towards X").
_WEAK_PREPS = frozenset({"on", "at", "from", "over", "to", "towards", "toward"})
_ATTACK_AND_MOVE = word_set("entities", "attack_and_movement_words")
# Verbs of attack and capture whose object is a place ("struck X", "shelled X", "recaptured X").
_ATTACK_VERBS = word_set("entities", "place_attack_verbs")
# Words of attack and travel before a coordination of places ("struck Kharkiv and Odesa",
# "strikes on Kharkiv and Odesa", "visited Goma and Bukavu").
_STRIKE_WORDS = frozenset({"strike", "hit", "attack", "shell", "bomb", "target", "pound", "visit", "on"})


def _city_country(text: str, country: str | None = None) -> str | None:
    """ISO3 of the city ``text`` names: in ``country`` when given (any city of that name there),
    else the city a reader takes it for (see :func:`pipeline.knowledge.places.place_country`)."""
    cands = [p for p in P.candidates(text) if p.kind in ("city", "extra")]
    if not cands:
        return None
    if country is not None:
        return country if any(p.country == country for p in cands) else None
    # a place of that very name (not one with it among its alternative names: "Hamas" is one of
    # Hamm's), the hand-kept places, or a city of a million known by another spelling
    k = P.place_key(text)
    known = [p for p in cands if p.kind == "extra" or p.population >= P.BIG_CITY
             or p.population >= P.CONTEXT_FREE_POPULATION and P.place_key(p.name) == k]
    return P.place_country(text) if known else None


def _supported_name(doc: "Doc", s: int, e: int, label: str, gaz: "Gazetteer", in_names: dict[str, str]) -> bool:
    """Whether the parse and context support the model's PERSON or ORG reading of ``doc[s:e]``."""
    text = doc[s:e].text
    if label == "ORG":
        return bool(gaz.organization(text)) or doc[e - 1].lower_ in ORG_LAST_WORDS
    if label != "PERSON":
        return False
    prev = doc[s - 1].lower_.rstrip(".") if s > 0 else ""
    return (after_title(doc, s) or prev in HONORIFICS or any(in_names.get(t.text, text) != text for t in doc[s:e])
            or e < len(doc) and doc[e].tag_ == "POS")


def _evidence(doc: "Doc", s: int, e: int, gaz: "Gazetteer", label: str = "") -> str | None:
    """ISO3 of the city ``doc[s:e]`` names when the words around it say it is a place, else None."""
    text = doc[s:e].text
    n = len(doc)
    # "X, Ukraine": a comma and a country the city lies in
    if e + 1 < n and doc[e].text == ",":
        for end in (e + 2, e + 3, e + 4):
            if end <= n:
                code = gaz.country(doc[e + 1:end].text)
                if code is not None and (end == n or not doc[end].is_title):
                    hit = _city_country(text, code)
                    if hit is not None:
                        return hit
    # "Chandler, AZ", "Vallejo, Calif.": a comma and a US state's postal code or AP abbreviation
    # (a list of cities, a dateline), for a US city of that name
    if e + 1 < n and doc[e].text == "," and state_name(doc[e + 1].text) and (
            doc[e + 1].is_upper or "." in doc[e + 1].text):
        hit = _city_country(text, "USA")
        if hit is not None:
            return hit
    # "the city of X", "the southern port city of X", "City of X" in a list of local governments
    if s >= 2 and doc[s - 1].lower_ == "of" and (doc[s - 2].is_lower or doc[s - 2].is_title) \
            and doc[s - 2].lemma_.lower() in _SETTLEMENTS:
        cands = [p for p in P.candidates(text) if p.kind in ("city", "extra")]
        if cands:
            return P.place_country(text) or cands[0].country
    # "in X", "near X": only a city known without help
    if s > 0 and doc[s - 1].lower_ in _PLACE_PREPS:
        return _city_country(text)
    # weaker evidence, not for a given name the model split from a longer name ("George" of
    # "George Mason"): "strikes on X", "fled from X"; the object of "struck", "recaptured"
    if e - s == 1 and is_given_name(text) or e < len(doc) and doc[e].is_title and doc[e].tag_ == "NNP":
        return None
    prep = doc[s - 1] if s > 0 else None
    if prep is not None and prep.lower_ in _WEAK_PREPS and (label != "PERSON" or prep.head.lemma_ in _ATTACK_AND_MOVE):
        return _city_country(text)
    head = doc[e - 1]
    while head.dep_ == "conj" and head.head.i < head.i:
        head = head.head  # "struck Zaporizhzhia and | Dnipro"
    if head.dep_ == "dobj" and head.head.lemma_ in _ATTACK_VERBS:
        return _city_country(text)
    return None


def _place_named(doc: "Doc", s: int, e: int) -> bool:
    """Whether ``doc[s:e]``, two or three words, is word for word the name of a city, region or
    hand-kept place of :mod:`pipeline.knowledge.places` (not one of its alternative names), and
    its first word is no given name unless the place is hand-kept ("Sandy Hook")."""
    if not 2 <= e - s <= 3 or not all(t.is_title or t.is_upper or t.lower_ in ("of", "de", "la") for t in doc[s:e]):
        return False
    text = doc[s:e].text
    k = P.place_key(text)
    own = [p for p in P.candidates(text) if P.place_key(p.name) == k]
    return any(p.kind == "extra" for p in own) or bool(own) and not is_given_name(doc[s].text)


def _after_place(doc: "Doc", s: int, e: int, out: list[Item]) -> bool:
    """Whether ``doc[s:e]`` is coordinated with a place right before it ("in Quetta and | Karachi",
    "struck Zaporizhzhia and | Dnipro"): "and", "or" or a comma, after a GPE; not a given name."""
    if s < 2 or doc[s - 1].lower_ not in ("and", "or", ",") or not out or e - s == 1 and is_given_name(doc[s].text):
        return False
    ps, pe, plab = out[-1]
    return plab == "GPE" and pe in (s - 1, s - 2) and all(t.lower_ in ("and", "or", ",") for t in doc[pe:s])


# Compass adjectives before a country ("Basrah and Southern Iraq"): part of the place, no surname.
COMPASS_ADJECTIVES = frozenset({"northern", "southern", "eastern", "western", "central"})


def _before_place(doc: "Doc", e: int, items: list[Item], k: int) -> bool:
    """Whether the span ending at ``e`` is coordinated with a place right after it ("Basrah and
    Southern Iraq", "Karachi and Quetta"): "and", "or" or a comma, then a GPE (a compass adjective
    may stand before it). ``items[k]`` is the span; the next item is read."""
    if k + 1 >= len(items) or e + 1 >= len(doc) or doc[e].lower_ not in ("and", "or", ","):
        return False
    j = e + 1
    if doc[j].lower_ == "and" and doc[e].text == ",":
        j += 1
    if j < len(doc) and doc[j].lower_ in COMPASS_ADJECTIVES:
        j += 1
    ns, _, nlab = items[k + 1]
    return nlab == "GPE" and ns == j


def _parts(doc: "Doc", s: int, e: int) -> list[tuple[int, int]]:
    """The names of a coordination tagged as one span ("Kharkiv and Odesa", "Sumy, Kharkiv and
    Odesa"): token ranges between commas and "and"; the whole span when it is none."""
    parts: list[tuple[int, int]] = []
    start = s
    for i in range(s, e):
        if doc[i].text == "," or doc[i].lower_ == "and":
            if i > start:
                parts.append((start, i))
            start = i + 1
    if start < e:
        parts.append((start, e))
    return parts


def cities_in_context(doc: "Doc", items: list[Item], gaz: "Gazetteer") -> list[Item]:
    """Relabel as GPE the spans of ``items`` (``(start, end, label)``) that name a city the
    model mislabelled, by the evidence of the module docstring; split a coordination of cities
    tagged as one span into one place per city."""
    if not any(lab in _MISLABELS for _, _, lab in items):
        return items
    # words of fuller person names ("Lincoln" of "Victoria Lincoln"), by the names they are in
    in_names = {t.text: doc[s:e].text for s, e, lab in items if lab == "PERSON" and e - s > 1 for t in doc[s:e]}
    out: list[Item] = []
    cities: set[str] = set()
    for k, (s, e, lab) in enumerate(items):
        if lab not in _MISLABELS or not doc[s].is_title:
            out.append((s, e, lab))
            continue
        parts = _parts(doc, s, e)
        if len(parts) > 1:
            # a coordination: every member must be a city a reader knows, and one member needs
            # place evidence ("struck Kharkiv and Odesa" alone is not enough for a firm's name)
            if (all(_city_country(doc[a:b].text) for a, b in parts)
                    and (_evidence(doc, s, parts[0][1], gaz) or s > 0 and doc[s - 1].lemma_ in _STRIKE_WORDS)):
                out.extend((a, b, "GPE") for a, b in parts)
                cities.update(doc[a:b].text for a, b in parts)
                continue
            out.append((s, e, lab))
            continue
        if e - s <= 3 and not _supported_name(doc, s, e, lab, gaz, in_names) and (
                lab == "PERSON" and _place_named(doc, s, e) or _evidence(doc, s, e, gaz, lab) or (_after_place(doc, s, e, out) or _before_place(doc, e, items, k)
                                                   and not (e - s == 1 and is_given_name(doc[s].text)))
                and _city_country(doc[s:e].text)):
            out.append((s, e, "GPE"))
            cities.add(doc[s:e].text)
            continue
        out.append((s, e, lab))
    if not cities:
        return out
    # one sense per article: the other mentions of a city found above, unless a title or
    # honorific stands before them or the name is part of a person's fuller name
    return [(s, e, "GPE") if lab in _MISLABELS and doc[s:e].text in cities
            and not _supported_name(doc, s, e, lab, gaz, in_names) else (s, e, lab) for s, e, lab in out]

