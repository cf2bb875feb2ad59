"""Organisation names cut at "of" or "for" by a place or people's name inside them.

The gazetteer ruler tags country, state and demonym names before the statistical model runs,
and the model then ends the organisation's name where the ruler's span begins: "the Catholic
University of" + "America", "the Recording Industry Association of" + "America", "Association
of" + "American" + "Universities". A name does not end in "of" or "for" ("of the", "for the"):
such a span and the entity right after it are one name, and after a demonym ("American") the
name runs on over the capitalised words that follow the tail ("Universities").

A place fragment made only of a settlement noun and "of" ("the City of" + "Baltimore",
"District of" + ...) names nothing by itself: it is dropped and the place after it kept, so the
place keeps its GeoNames record.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import TITLE_HEADS, Item

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..knowledge.countries import Gazetteer

# Labels of names that go on after "of"/"for" ("Council of Europe", "Center for Strategic ...").
_NAME_LABELS = frozenset({"ORG", "FAC", "WORK_OF_ART", "EVENT", "LAW"})
# Entities that may finish such a name.
_TAIL_LABELS = frozenset({"GPE", "NORP", "LOC", "ORG", "FAC"})
_JOINERS = frozenset({"of", "for"})
# Settlement nouns of a local government's formal name ("City of Baltimore", "Town of Hempstead").
_SETTLEMENT_FRAGMENTS = frozenset({"city", "town", "village", "county", "borough", "district", "township"})


def _cut_at(doc: "Doc", s: int, e: int) -> bool:
    """Whether ``doc[s:e]`` ends in "of"/"for" or "of the"/"for the" after a capitalised word."""
    if e - s >= 3 and doc[e - 1].lower_ == "the" and doc[e - 2].lower_ in _JOINERS:
        return doc[e - 3].is_title or doc[e - 3].is_upper
    return e - s >= 2 and doc[e - 1].lower_ in _JOINERS and (doc[e - 2].is_title or doc[e - 2].is_upper)


def names_cut_at_of(doc: "Doc", items: list[Item], gaz: "Gazetteer") -> list[Item]:
    """Join a name cut at "of"/"for" to the entity right after it; drop a bare "City of"
    fragment before a place (see the module docstring). ``items``: ``(start, end, label)``; a
    known organisation on either side of two organisations keeps them apart."""
    if not any(_cut_at(doc, s, e) for s, e, _ in items):
        return items
    n = len(doc)
    taken = {i for s, e, _ in items for i in range(s, e)}
    out: list[Item] = []
    k = 0
    while k < len(items):
        s, e, lab = items[k]
        k += 1
        nxt = items[k] if k < len(items) else None
        if not _cut_at(doc, s, e) or nxt is None or nxt[0] != e or nxt[2] not in _TAIL_LABELS \
                or not (doc[nxt[0]].is_title or doc[nxt[0]].is_upper):
            out.append((s, e, lab))
            continue
        start = s + (doc[s].lower_ == "the")
        if lab == "GPE" and nxt[2] == "GPE" and e - start == 2 and doc[start].lower_ in _SETTLEMENT_FRAGMENTS:
            continue  # "the City of" + "Baltimore": the place is Baltimore
        if lab not in _NAME_LABELS:
            out.append((s, e, lab))
            continue
        joiner = e - 1 - (doc[e - 1].lower_ == "the")
        if nxt[2] == "ORG" and (gaz.organization(doc[start:joiner].text) or gaz.organization(doc[nxt[0]:nxt[1]].text)):
            # "the Central Intelligence Agency for" + "Science and Technology" (a portfolio), "the
            # Board of the" + "Organization of American States": a known body is a name of its own
            out.append((s, e, lab))
            continue
        end = nxt[1]
        # the name runs on over the capitalised words after its tail: "Association of" +
        # "American" + "Universities", "Coordinator for" + "U.S." + "Security Assistance"
        while (end < n and end not in taken and doc[end].is_title and doc[end].tag_ in ("NNP", "NNPS")
               and doc[end].lower_ not in TITLE_HEADS):
            end += 1
        if nxt[2] == "NORP" and end == nxt[1]:
            out.append((s, e, lab))  # "the Council of" + "American" + "farmers": a demonym ends no name
            continue
        k += 1
        out.append((s, end, lab))
    return out
