"""Person names the model tags as places or bodies, recognised by what English writes around them.

Two cues, both about the article rather than lists of names (the given-name list comes from the
US Census and misses many names: "Asma", "Yamandú"):

* a press briefing's call-out: the moderator hands the floor to a reporter and names the outlet,
  "we'll go to Ana Ruiz with the Daily Ledger", "let's turn to Ana Ruiz at Channel 9",
  "a question from Ana Ruiz of Radio North"; the name after "go to" with an outlet after it is a
  person whatever label the model gave it (it often says GPE or FAC after "go to");
* a full name whose surname the article also writes alone as a person ("Tomas Velkaro ...
  Velkaro said"): the full name is that person, not a facility or organisation;
* a name with a particle ("Anneke de Vries") whose surname the article also writes alone,
  capitalised at a sentence start ("De Vries, 49, ..."): both are the person, whatever labels
  the model gave them;
* a given name and a surname right after a body's possessive ("the Weather Agency's Ana
  Ruiz"): the model reads the possessive as the start of one organisation's name;
* an office and a name tagged as one organisation ("Chair Velkaro", "CEA Chair Ana Ruiz", an
  acronym of the body first): the name after the office words is the person.

Neither fires on a name the gazetteer knows as a country, organisation or place, nor on a name
ending in the head noun of a place, facility or body ("Kansas City", "Velkaro Center").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..knowledge import places as P
from ..knowledge.offices import HONORIFICS, OFFICE_WORDS, ORG_LAST_WORDS, load_offices
from ..names import is_given_name
from .lexicon import (FACILITY_HEADS, GEO_HEADS, NAME_PARTICLES, ORG_NAME_HEADS, PLACE_NOUNS, TITLE_HEADS, TITLE_WORDS,
                      Item)

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..knowledge.countries import Gazetteer

# The two words before a reporter's name when a moderator calls on them.
CALL_CUES = frozenset({("go", "to"), ("goes", "to"), ("turn", "to"), ("over", "to"), ("call", "on"),
                       ("question", "from"), ("questions", "from"), ("hear", "from")})
# The word between a reporter's name and the outlet ("with NPR", "at NBC", "from Reuters", "of Politico").
OUTLET_LINKS = frozenset({"with", "at", "from", "of"})
# Last words of an office written before its holder's name: the title heads and "chair".
# Not "general" or "major", also adjectives in bodies' names ("the General Assembly").
HOLDER_WORDS = (TITLE_HEADS - {"general", "major"}) | {"chair", "co-chair", "cochair", "vice-chair", "corporal",
                                                      "specialist", "seaman", "airman", "ensign"}
_RELABEL = frozenset({"GPE", "FAC", "LOC", "ORG", "NORP", "PRODUCT", "WORK_OF_ART"})
_BODY_WORDS = load_offices().gov_body_words
_HEADS = FACILITY_HEADS | GEO_HEADS | PLACE_NOUNS | ORG_NAME_HEADS | ORG_LAST_WORDS


def _name_shaped(doc: "Doc", s: int, e: int, gaz: "Gazetteer") -> bool:
    """Two to four capitalised words (a particle or hyphen may join them), none a title or office
    word, ending in no head noun, and naming nothing the gazetteer knows."""
    if not 2 <= e - s <= 4:
        return False
    for t in doc[s:e]:
        low = t.lower_.rstrip(".")
        if not (t.is_title or t.lower_ in NAME_PARTICLES or t.text in ("-", "'", "’")):
            return False
        if low in TITLE_HEADS or low in OFFICE_WORDS or low in HONORIFICS or low in TITLE_WORDS:
            return False
    if doc[e - 1].lower_ in _HEADS:
        return False
    text = doc[s:e].text
    return not (gaz.country(text) or gaz.organization(text) or P.candidates(text))


def _called_on(doc: "Doc", s: int, e: int) -> bool:
    n = len(doc)
    return (s >= 2 and (doc[s - 2].lower_, doc[s - 1].lower_) in CALL_CUES and e + 1 < n
            and doc[e].lower_ in OUTLET_LINKS and (doc[e + 1].is_title or doc[e + 1].is_upper or doc[e + 1].lower_ == "the"))


def _office_name_start(doc: "Doc", s: int, e: int, gaz: "Gazetteer") -> int | None:
    """Where the name starts in an office-and-name span ("CEA Chair | Ana Ruiz"), else None."""
    i = s + 1 if e - s >= 3 and doc[s].is_upper and doc[s].is_alpha and len(doc[s]) >= 2 else s
    j = i
    while j < e and doc[j].is_title and (doc[j].lower_ in OFFICE_WORDS or doc[j].lower_ in HOLDER_WORDS):
        j += 1
    # the office ends in a word for a person who holds it ("Chair", "Director"), not a body's
    # adjective ("State Department", "Supreme Court", "National Guard")
    if j == i or not 1 <= e - j <= 2 or doc[j - 1].lower_ not in HOLDER_WORDS or doc[j].pos_ != "PROPN" \
            or doc[j].is_stop or doc[j].lower_ in ("first", "second", "third"):
        return None
    if e - j == 1:
        tok = doc[j]
        ok = tok.is_title and tok.is_alpha and tok.lower_ not in _HEADS and tok.lower_ not in _BODY_WORDS \
            and not gaz.country(tok.text) \
            and not gaz.organization(tok.text) and not P.candidates(tok.text)
        return j if ok else None
    return j if _name_shaped(doc, j, e, gaz) and is_given_name(doc[j].text) else None


def _particle_tail(doc: "Doc", s: int, e: int) -> str | None:
    """ "de vries" of "Anneke de Vries": the particles and surname after a first name, lower case."""
    if e - s < 3 or not doc[s].is_title or not (doc[s + 1].is_lower and doc[s + 1].lower_ in NAME_PARTICLES):
        return None
    k = s + 1
    while k < e and doc[k].is_lower and doc[k].lower_ in NAME_PARTICLES:
        k += 1
    return doc[s + 1:e].text.lower() if k < e and all(t.is_title for t in doc[k:e]) else None


def _particle_names(doc: "Doc", items: list[Item]) -> list[Item]:
    """Items with a particle name and its surname written alone ("Anneke de Vries" ... "De Vries")
    labelled PERSON."""
    tails = {}
    for n, (s, e, label) in enumerate(items):
        tail = _particle_tail(doc, s, e)
        if tail is not None:
            tails.setdefault(tail, []).append(n)
    if not tails:
        return items
    out = list(items)
    for n, (s, e, label) in enumerate(items):
        hits = tails.get(doc[s:e].text.lower())
        if hits and doc[s].is_title and doc[s].lower_ in NAME_PARTICLES:
            out[n] = (s, e, "PERSON")
            for h in hits:
                out[h] = (out[h][0], out[h][1], "PERSON")
    return out


def person_cues(doc: "Doc", items: list[Item], gaz: "Gazetteer", lower: frozenset[str]) -> list[Item]:
    """``items`` with the name of a reporter called on in a briefing, a full name whose surname
    the article writes alone as a person, and the name in an office-and-name organisation,
    relabelled PERSON (see the module docstring).
    ``lower``: the words the article writes in lower case; a surname or first word among them
    ("Assistance", "Federal") is a common word, not a name."""
    surnames = {doc[s].text for s, e, label in items
                if label == "PERSON" and e - s == 1 and doc[s].is_title and doc[s].lower_ not in lower
                and not is_given_name(doc[s].text)}
    items = _particle_names(doc, items)
    out: list[Item] = []
    outlet_at = -1
    for s, e, label in items:
        called = _called_on(doc, s, e)
        if label in _RELABEL and 2 <= e - s <= 4 and _name_shaped(doc, s, e, gaz) and (
                called or (e - s == 2 or e - s == 3 and doc[s + 1].is_lower) and doc[e - 1].text in surnames
                and doc[s].text not in surnames
                and doc[s].lower_ not in lower
                or e - s == 2 and s > 0 and doc[s - 1].text in ("'s", "’s") and is_given_name(doc[s].text)):
            label = "PERSON"
        elif label in _RELABEL and (j := _office_name_start(doc, s, e, gaz)) is not None \
                and doc[j].lower_ not in lower:
            s, label = j, "PERSON"  # "Chair Velkaro" tagged as one ORG
        elif label == "PERSON" and s == outlet_at and e - s == 1:
            label = "ORG"  # "go to Ana Ruiz with | Politico": the outlet, not a person
        if called and label == "PERSON":
            outlet_at = e + 1 + (doc[e + 1].lower_ == "the")  # _called_on: doc[e + 1] exists
        out.append((s, e, label))
    return out
