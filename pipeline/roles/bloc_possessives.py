"""An office owned by "the alliance's", "the bloc's": the international organisation named before it.

Wire copy names an international organisation once and then refers to it by what it is: "NATO
ministers met in Brussels ... The alliance's deputy secretary general, Jane Roe, said", "EU leaders
agreed ... the bloc's foreign policy chief, Tom Lee". The possessive says whose office it is, as
"the country's" does for a government (:func:`pipeline.roles.explicit.possessive_country`), so
it outranks the dateline and publisher fallbacks. The owner is the organisation named last
before the title, and only when that nearest organisation is an international one (a company or
party named in between leaves the owner unknown).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..knowledge.countries import load as load_gazetteer
from .titles import classify

if TYPE_CHECKING:
    from ..records import Entity
    from .reader import Candidate

__all__ = ["bloc_possessives"]

# Nouns news style uses for an international organisation already named ("alliance": NATO;
# "bloc": the EU, ASEAN, the African Union; "organisation": the WHO, the OPEC). "union" is left
# out: it is as often a trade union.
_BLOC_OWNER = re.compile(r"\b(?:the|The)\s+(?:alliance|bloc|organi[sz]ation|grouping)[’']s\s+"
                         r"(?:(?:new|next|incoming|outgoing|current|top|own|former)\s+)?$")
# Sources a written possessive outranks (see the ranking in :mod:`pipeline.roles.resolver`).
_WEAK_SOURCES = frozenset({None, "dateline", "publisher", "earlier_role"})
_WINDOW = 600  # chars before the title the organisation is looked for in (a paragraph or two)


def bloc_possessives(body: str, cands: list["Candidate"], entities: tuple["Entity", ...]) -> None:
    """Give each office written after "the alliance's" (and the like) the international
    organisation named last before it; in place.

    Args:
        body: The Doc text.
        cands: The resolved candidates.
        entities: The article's entities.
    """
    if "’s" not in body and "'s" not in body:
        return
    hits = [c for c in cands if c.title_start > 0 and c.country_source in _WEAK_SOURCES
            and _BLOC_OWNER.search(body, max(0, c.title_start - 40), c.title_start)]
    if not hits:
        return
    gaz = load_gazetteer()
    orgs = sorted((m.start, gaz.organization(e.name) or gaz.organization(m.text)) for e in entities
                  if e.label == "ORG" for m in e.mentions)
    for c in hits:
        before = [code for at, code in orgs if c.title_start - _WINDOW <= at < c.title_start]
        if before and before[-1]:
            c.organization, c.country, c.country_source = before[-1], None, "title"
            c.role = classify(c.title, before[-1])
