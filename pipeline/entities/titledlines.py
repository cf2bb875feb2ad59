"""Full names the model labels as organisations where government style writes a title with them.

White House readouts, delegation lists and nomination releases capitalise a title written after
a name ("met today with Ana Ruiz, Head of the Foreign Relations Department", "Ana Ruiz, Deputy
Director, Office of Budget") and put "The Honorable" before a name in delegation lists. The
small model, meeting an unfamiliar name there, often labels it ORG or WORK_OF_ART. Such a span
is a person when

* the parser makes the capitalised title after its comma an apposition to the name, and the
  title's first word is an office word ("Head", "Director", "Deputy", "Minister", ...); or
* the honorific "Honorable" (or "Hon.") is written right before the name or starts the span.

The span must look like a name: two to four capitalised words or initials, none a body's last
word ("Council", "Foundation"), and neither the gazetteer's country nor organisation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..knowledge.offices import OFFICE_WORDS, ORG_LAST_WORDS
from .lexicon import FACILITY_HEADS, ORG_NAME_HEADS, TITLE_HEADS, Item

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..knowledge.countries import Gazetteer
    from .tokens import DocWords

_RELABEL = frozenset({"ORG", "GPE", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "LOC", "EVENT", "LAW"})
# Capitalised first words of a title written after a name ("Head of ...", "Deputy Director").
_TITLE_STARTS = TITLE_HEADS | OFFICE_WORDS | frozenset({"head", "deputy", "principal", "acting", "former",
                                                        "senior", "special", "assistant", "chief", "executive"})
_HONORABLE = frozenset({"honorable", "honourable", "hon", "hon."})
_HONORABLE_FORMS = ("Honorable", "Honourable")
_NOT_NAME = ORG_LAST_WORDS | ORG_NAME_HEADS | FACILITY_HEADS | OFFICE_WORDS | TITLE_HEADS


def _name_like(doc: "Doc", s: int, e: int, gaz: "Gazetteer") -> bool:
    words = [t for t in doc[s:e] if t.text not in ("-", "–")]
    if not 2 <= len(words) <= 4:
        return False
    if not all(t.is_title and (t.is_alpha or len(t.text) == 2 and t.text.endswith(".")) for t in words):
        return False
    if any(t.lower_ in _NOT_NAME for t in words):
        return False
    text = doc[s:e].text
    return not gaz.country(text) and not gaz.organization(text) and not any(gaz.country(t.text) for t in words)


def _titled_after(doc: "Doc", s: int, e: int) -> bool:
    """A capitalised title in apposition after the name's comma ("..., Head of the ...")."""
    if e + 1 >= len(doc) or doc[e].text != ",":
        return False
    j = e + 1
    if doc[j].lower_ == "the" and j + 1 < len(doc):
        j += 1
    tok = doc[j]
    if not tok.is_title or tok.lower_ not in _TITLE_STARTS:
        return False
    # the title's head noun (the apposition) depends on the name
    head = tok if tok.dep_ == "appos" else tok.head
    return head.dep_ == "appos" and s <= head.head.i < e


def _honorable_names(doc: "Doc", items: list[Item], gaz: "Gazetteer", words: "DocWords") -> list[Item]:
    """A name the model left untagged after "Honorable" ("The Honorable Ana B. Ruiz, Senior
    Director ...") as a PERSON span; entities inside it give way."""
    found: list[tuple[int, int]] = []
    for p in words.positions(doc, _HONORABLE_FORMS):
        j = p + 1
        while j < len(doc) and j - p <= 5 and doc[j].is_title and (
                doc[j].is_alpha or len(doc[j].text) == 2 and doc[j].text.endswith(".")) and doc[p].whitespace_:
            j += 1
        if j - p > 2 and _name_like(doc, p + 1, j, gaz) and not any(
                label == "PERSON" and s < j and p + 1 < e for s, e, label in items):
            found.append((p + 1, j))
    if not found:
        return items
    kept = [it for it in items if not any(it[0] < e and s < it[1] for s, e in found)]
    return sorted(kept + [(s, e, "PERSON") for s, e in found])


def titled_line_persons(doc: "Doc", items: list[Item], gaz: "Gazetteer", words: "DocWords") -> list[Item]:
    """``items`` with the name-like non-person spans before a capitalised apposed title or after
    "Honorable" labelled PERSON (the honorific itself left out of the span), and untagged names
    after "Honorable" added."""
    items = _honorable_names(doc, items, gaz, words)
    out: list[Item] = []
    for s, e, label in items:
        if label in _RELABEL:
            if doc[s].lower_ == "the" and e - s >= 4 and doc[s + 1].lower_ in _HONORABLE:
                s += 1  # "The Honorable Ana Ruiz" as one WORK_OF_ART
            if doc[s].lower_ in _HONORABLE and e - s >= 3 and _name_like(doc, s + 1, e, gaz):
                s, label = s + 1, "PERSON"
            elif s > 0 and doc[s - 1].lower_ in _HONORABLE and _name_like(doc, s, e, gaz):
                label = "PERSON"
            elif _name_like(doc, s, e, gaz) and _titled_after(doc, s, e):
                label = "PERSON"
        out.append((s, e, label))
    return out
