"""Names ending the items of a list of people written "body: name".

Participant lists of meetings and listening sessions often name the organisation first and the
person after a colon, one a line ("-   Asian Law Caucus: Ada Roe", "-   Teachers Union: Ben
Oduya"). The statistical NER finds most of the names but misses the ones it has not seen
(names from outside the Anglo-American tradition, rare given names, double surnames). When most
items of such a list end with a person, an item ending the same way with a name-shaped phrase
names a person too: the list is a list of people, whatever the model thought of one of them.
The items that open with the name ("-   Ada Roe, Asian Law Caucus") are read by
:func:`pipeline.entities.listnames.list_item_names`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..nlp import text as doc_text
from .lexicon import Item
from .listnames import name_shaped

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..knowledge.countries import Gazetteer

__all__ = ["colon_item_names"]

# A list line "<body>: <name>" (its bullet, if text normalisation kept it; the name up to the
# end of the line).
_COLON_ITEM = re.compile(r"^[ \t]*(?:[-*•·–][ \t]+)?[^\n:]{2,120}?:[ \t]+(?P<tail>[^\n:,;()]{2,60}?)[ \t]*$",
                         re.MULTILINE)


def colon_item_names(doc: "Doc", items: list[Item], gaz: "Gazetteer") -> list[Item]:
    """Add the persons ending the items of a "body: name" list whose items mostly end with one.

    Args:
        doc: The parsed article.
        items: Entity spans ``(start token, end token, label)``, sorted by start.
        gaz: The country gazetteer (a country or known organisation is never a person).

    Returns:
        ``items`` with the names added (a span wholly inside the name, of another label, is
        replaced), sorted by start.
    """
    text = doc_text(doc)
    if ":" not in text or "\n" not in text:
        return items
    tails: list[tuple[int, int]] = []
    for m in _COLON_ITEM.finditer(text):
        tail = m.group("tail")
        if not name_shaped(tail):
            continue
        span = doc.char_span(m.start("tail"), m.end("tail"), alignment_mode="strict")
        if span is not None:
            tails.append((span.start, span.end))
    if len(tails) < 3:
        return items
    persons = [(s, e) for s, e, lab in items if lab == "PERSON"]
    named = sum(any(s <= ps < e for ps, _ in persons) for s, e in tails)
    if named < 2 or named * 2 < len(tails):
        return items
    out = list(items)
    for s, e in tails:
        inside = [it for it in out if it[0] < e and s < it[1]]
        if any(it[2] == "PERSON" for it in inside) or not all(s <= it[0] and it[1] <= e for it in inside):
            continue
        words = doc[s:e].text
        if gaz.country(words) or gaz.organization(words):
            continue
        out = [it for it in out if it not in inside] + [(s, e, "PERSON")]
    return sorted(out, key=lambda it: (it[0], it[1]))
