"""Styles, royal titles and surnames: names the small model mislabels around them.

- A royal or Gulf title followed by a name is a person, whatever the model made of it: it tags
  "His Majesty King Hamad bin Isa" as a PRODUCT (a possessive before a name reads like "their
  iPhone"), "His Royal Highness" as an ORG and leaves "Prince William" untagged. The title words
  themselves are trimmed from the person's name by :func:`pipeline.entities.persons.person_tokens`
  (the roles stage reads the title from the text before the name).
- A surname the article gives a person in full ("Vernon Jordan") is that person when a later
  mention of it alone is the subject of a verb or follows a courtesy title, though the gazetteer
  also knows it as a country ("Jordan could open any door").

Each function takes and returns ``(start, end, label)`` token ranges in text order.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .lexicon import FACILITY_HEADS, GEO_HEADS, NAME_PARTICLES, ORG_NAME_HEADS, PLACE_NOUNS, Item

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .tokens import DocWords

# Styles of address and royal titles before a name ("His Majesty King Abdullah II", "Crown
# Prince Mohammed bin Salman").
STYLES = frozenset({"majesty", "highness", "excellency", "holiness", "eminence", "royal", "king", "queen", "prince",
                     "princess", "emperor", "empress", "crown",
                     # "the Honorable Jane Roe" (US protocol usage, guest lists); Indian honorifics
                     # ("Shri Ajit Doval", "Smt. Droupadi Murmu")
                     "honorable", "honourable", "shri", "smt", "shrimati",
                     # "T.H. Jane Roe": "The Honorable" abbreviated in delegation lists
                     "t.h",
                     # the Gulf rulers' and their families' style ("Sheikh Tamim bin Hamad Al Thani")
                     "sheikh", "sheikha", "shaikh"})
# Titles of Gulf rulers and notables that are also given names ("Amir Peretz", "Sultan Al
# Neyadi"): a title only before another style ("Amir Sheikh Tamim") or before a name with a
# patronymic ("Sultan Haitham bin Tarik"), where the given name follows the title.
TITLE_OR_NAME = frozenset({"amir", "emir", "sultan", "sayyid", "sayed"})
# Arabic patronymic particles ("bin Salman", "bint Abdullah", "ibn Saud"): "son/daughter of".
PATRONYMICS = frozenset({"bin", "bint", "ibn"})
# Religious titles of Afghan and South Asian clerics written before a name ("Mawlawi Abdul
# Kabir", "Mullah Baradar"): never a given name in English news.
CLERICS = frozenset({"mawlawi", "maulvi", "maulana", "mullah", "mulla"})
# The US titles of the president's and vice president's spouses ("First Lady Jill Biden",
# "Second Gentleman Douglas Emhoff"): a title of two words, no part of the name, no name alone.
SPOUSE_TITLES = frozenset({("first", "lady"), ("first", "gentleman"), ("second", "lady"), ("second", "gentleman")})
SPOUSE_STYLE_ENDS = frozenset(words[-1] for words in SPOUSE_TITLES)
"""The last word of a spouse's style ("lady", "gentleman"): the name after it is the spouse's."""


# Letters written after a name for an honour, a rank of counsel or a seat (Wikipedia:
# Post-nominal letters): "Jane Roe KC", "John Roe MP", "Ann Roe OBE"; no part of the name.
# ("MD" left out: also Maryland's postal code.)
POST_NOMINALS = frozenset({"KC", "QC", "MP", "MEP", "MSP", "MLA", "TD", "OBE", "MBE", "CBE", "KBE", "DBE", "GBE",
                           "PhD", "Ph.D", "Esq"})
# Styles of address before a royal title ("His Majesty King ...", "Her Royal Highness Princess
# ...", "His Excellency Sheikh ..."): never a name, never the start of a product's name.
ADDRESS_STYLES = frozenset({"majesty", "highness", "excellency", "holiness", "eminence", "royal", "serene"})
# Royal and Gulf titles written before a given name ("King Abdullah II", "Crown Prince Moulay
# Hassan", "Sheikha Moza"); "Crown" only before "Prince"/"Princess".
ROYAL_TITLES = frozenset({"king", "queen", "prince", "princess", "emperor", "empress", "sheikh", "sheikha", "shaikh",
                           "sultan", "emir", "amir", "crown"})
_ROMAN = re.compile(r"^[IVX]{1,4}$")
# Last words of the names of places, buildings and bodies named after royals ("Prince Edward
# Island", "King Fahd Causeway", "Queen Mary University", "Sheikh Zayed Grand Mosque").
_NAMED_AFTER = FACILITY_HEADS | GEO_HEADS | PLACE_NOUNS | ORG_NAME_HEADS
_JOINED = PATRONYMICS | NAME_PARTICLES | {"al", "el"}


# parts of speech no name word has: in a Title Case line the words after a name are capitalised
# too ("... Al-Thani Before Bilateral Meeting"), and the first of them is often a preposition
_NOT_NAME_POS = frozenset({"ADP", "CCONJ", "SCONJ", "DET", "PRON", "AUX", "VERB"})


def _name_run(doc: "Doc", k: int) -> int:
    """End of the run of name words from token ``k``: capitalised words, a regnal numeral, and
    particles ("bin", "Al", "de la") or hyphens between capitalised words; a capitalised
    preposition, conjunction, determiner or verb ends it (a Title Case headline's next words)."""
    n = len(doc)
    end = k
    while end < n:
        tok = doc[end]
        if end > k and tok.pos_ in _NOT_NAME_POS and tok.lower_ not in _JOINED:
            break
        if tok.is_title and tok.is_alpha or end > k and _ROMAN.match(tok.text):
            end += 1
        elif (tok.lower_ in _JOINED or tok.text == "-" and not tok.whitespace_) and end + 1 < n and doc[end + 1].is_title:
            end += 1
        else:
            break
    return end


# The titles as written (Title Case), for a vectorised search of the Doc's tokens.
_TITLE_FORMS = tuple(w.title() for w in ROYAL_TITLES)


def styled_names(doc: "Doc", items: list[Item], words: "DocWords") -> list[Item]:
    """Make a PERSON of a royal or Gulf title and the name after it ("His Majesty King Hamad bin
    Isa Al Khalifa", "Crown Prince Moulay El Hassan", "His Royal Highness Prince William"),
    replacing the spans the model gave the words there (a PRODUCT, an ORG "Royal Highness") or
    adding one where it gave none. Not when the name ends in the head word of a place, building
    or body named after a royal ("Prince Edward Island"), nor over a place the model found."""
    n = len(doc)
    found: list[tuple[int, int]] = []
    taken = 0
    for i in words.positions(doc, _TITLE_FORMS):
        tok = doc[i]
        if i < taken or tok.lower_ == "crown" and not (i + 1 < n and doc[i + 1].lower_ in ("prince", "princess")):
            continue
        k = i
        while k < n and doc[k].is_title and doc[k].lower_ in ROYAL_TITLES | STYLES:
            k += 1  # "Crown Prince", "Amir Sheikh"
        end = _name_run(doc, k)
        taken = max(end, i + 1)
        if end == k or doc[end - 1].lower_ in _NAMED_AFTER or not doc[k].is_title:
            continue
        start = i
        while start > 0 and doc[start - 1].lower_ in ADDRESS_STYLES and doc[start - 1].is_title:
            start -= 1  # "His Royal Highness", kept in the span so the model's spans over it go
        found.append((start, end))
    if not found:
        return items
    out = list(items)
    for s, e in found:
        over = [it for it in out if it[0] < e and s < it[1]]
        if any(lab in ("GPE", "LOC", "FAC") or it_s < s or lab == "PERSON" and e < it_e for it_s, it_e, lab in over):
            continue  # "Sheikh Jarrah" tagged a place; "Burger King Corp"; a person span reaching past
        out = [it for it in out if it not in over] + [(s, e, "PERSON")]
    return sorted(out)


def surname_subjects(doc: "Doc", items: list[Item]) -> set[int]:
    """Starts of the one-word place or nationality spans that are the surname of a person the
    article named in full before them ("Vernon Jordan" ... "Jordan could open any door") and the
    subject of a verb: news refers to a person by surname alone after naming them in full, and
    the small model (or the gazetteer) takes a surname that is also a country's name for the
    country. A place named for itself in such an article is rarely a verb's subject."""
    surnames: dict[str, int] = {}
    for s, e, lab in items:
        if lab == "PERSON" and e - s >= 2 and doc[e - 1].is_title and doc[e - 1].is_alpha:
            surnames.setdefault(doc[e - 1].text, e)
    if not surnames:
        return set()
    return {s for s, e, lab in items
            if lab in ("GPE", "LOC", "NORP", "PERSON") and e - s == 1 and surnames.get(doc[s].text, len(doc)) <= s
            and doc[s].dep_ in ("nsubj", "nsubjpass") and doc[s].head.pos_ in ("VERB", "AUX")}


def surnames_over_places(doc: "Doc", items: list[Item]) -> list[Item]:
    """Relabel as PERSON the spans of :func:`surname_subjects`."""
    starts = surname_subjects(doc, items)
    return [(s, e, "PERSON" if s in starts else lab) for s, e, lab in items] if starts else items
