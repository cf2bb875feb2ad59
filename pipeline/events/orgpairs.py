"""The organisations a plural "the organizations" / "the agencies" refers back to.

A plural definite reference picks the parties of its kind named most recently before it:
"Under the plan, the Harbour Trust and the Coastal Science Institute will share data. The
organizations have signed a memorandum ..." are those two bodies. The general rule for plural
references (:meth:`.references.References.group`) takes the nearest pair the text named
together (coordinated names, or an event's two sides); when a head names a kind of body
("organizations", "agencies", "institutions") and two distinct organisations were named after
that pair, in its sentence or the two before, the head stands for those two, the one named
first being the first side (as for a coordinated pair).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .context import Context, Party

ORG_KIND_NOUNS = frozenset({"organization", "organisation", "agency", "institution"})
"""plural heads that name bodies (not persons, not states) and refer back to them"""
ORG_PAIR_SENTENCES = 3
"""sentences (this one included) within which the two organisations are looked for"""


def recent_org_pair(ctx: "Context", tok: "Token", after: int) -> "tuple[Party, Party, int] | None":
    """The two organisations named last before ``tok`` (the head of a plural reference naming
    bodies), when both were named after token ``after`` (the nearest pair's position, -1 for
    none) within :data:`ORG_PAIR_SENTENCES` sentences; None otherwise.

    Returns:
        (first named, second named, token index of the second) -- the shape of a pair.
    """
    if tok.lemma_.lower() not in ORG_KIND_NOUNS:
        return None
    floor = max(ctx.sentences_back(tok, ORG_PAIR_SENTENCES), after + 1)
    found: list[int] = []  # token index of the last mention of each organisation, latest first
    for i in range(tok.i - 1, floor - 1, -1):
        ent = ctx.entity_at.get(i)
        if ent is None or ent.label != "ORG" or i in ctx.quoted or any(ctx.entity_at.get(j) is ent for j in found):
            continue
        found.append(i)
        if len(found) == 2:
            break
    if len(found) < 2:
        return None
    second, first = (ctx.party(tok.doc[i]) for i in found)
    if first is None or second is None or first.entity is None or second.entity is None:
        return None
    return first, second, found[0]
