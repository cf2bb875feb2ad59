"""Office holders the small model tags as a place or body.

"she still has not heard from Biden": the model reads a surname it does not know as a person
after a preposition as a place (GPE) or a body (ORG). The dated office-holder table of
``pipeline/data/offices.json`` (sources recorded there) lists heads of state and government,
ministers and US officials by full name and family name. A span tagged otherwise whose whole
text is one of them ("Biden", "Tulsi Gabbard", "Vladimir Putin") names that person, unless the
gazetteer knows the text as a country, an organisation or a place ("Austin", "Jordan"), or a
one-word span is the object of a preposition of place ("Officials in Blair", "the road from Blair
to Omagh"): there it names where, and a town may share a listed family name.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from ..knowledge import places as P
from ..knowledge.companies import listed_company
from ..knowledge.offices import folded_name_key, load_offices
from .lexicon import LEADING_THE

if TYPE_CHECKING:
    from spacy.tokens import Span

    from ..knowledge.countries import Gazetteer

# Labels the model gives a person's name by mistake.
HOLDER_MISLABELS = frozenset({"GPE", "ORG", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT"})
# A family name alone tagged as a body is as often a firm named for a family ("Ford", "Tata"):
# one word is read as the holder only under the labels of places and groups.
_ONE_WORD_LABELS = frozenset({"GPE", "NORP", "LOC", "FAC"})
# Prepositions whose object is a place wherever they stand ("officials in Blair", "a plant near
# Blair"), and those that are so only after a noun ("the road from Blair to Omagh"): after a verb
# "from" and "to" also take persons ("has not heard from Biden", "spoke to Biden").
_PLACE_PREPS = frozenset({"in", "at", "near", "across"})
_NOUN_PLACE_PREPS = frozenset({"from", "to"})


@lru_cache(maxsize=1)
def _family_words() -> frozenset[str]:
    """Every word of a listed holder's family name, lower case (a quick test before the table)."""
    rows = {h for hs in load_offices().holder_index.values() for h in hs}
    return frozenset(t for h in rows for t in h.family)


def office_holder_name(text: str, gaz: "Gazetteer", label: str = "GPE") -> bool:
    """Whether ``text`` (a span's text, tagged ``label``) is the full or family name of a listed
    office holder and no country, organisation or place the gazetteer knows (module docstring);
    a word in capitals ("MA": a degree) or one word tagged as a body ("Ford") is not read so."""
    if LEADING_THE.match(text):
        return False  # "the Truman": a ship, a building
    words = text.split()
    if not words or len(words) > 4 or not all(w[:1].isupper() and not (len(w.rstrip('.')) > 1 and w.isupper()) for w in words) \
            or len(words) == 1 and label not in _ONE_WORD_LABELS \
            or not any(w.lower() in _family_words() for w in words) and text.isascii():
        return False  # no word of a listed family name (accented names go to the table)
    toks = folded_name_key(text)
    if not toks:
        return False
    rows = load_offices().holders_named(toks)
    if not rows:
        return False
    if len(words) == 1 and not any(toks <= h.family for h in rows):
        return False  # a given name alone ("Joe"), not the family name
    return not (gaz.country(text) or gaz.organization(text) or P.candidates(text) or listed_company(text))


def place_object(span: "Span") -> bool:
    """Whether a one-word span is the object of a preposition of place (``_PLACE_PREPS``, or
    ``_NOUN_PLACE_PREPS`` after a noun): "Officials in Blair said", "workers from Blair"."""
    if len(span) != 1 or span[0].dep_ != "pobj":
        return False
    prep = span[0].head
    low = prep.lower_
    return low in _PLACE_PREPS or (low in _NOUN_PLACE_PREPS and prep.head.pos_ in ("NOUN", "PROPN", "PRON"))
