"""The organisations a plural "the organizations" / "the agencies" refers back to.

A plural definite reference picks the parties of its kind named most recently before it:
"Under the plan, the Harbour Trust and the Coastal Science Institute will share data. The
organizations have signed a memorandum ..." are those two bodies. The general rule for plural
references (:meth:`.references.References.group`) takes the nearest pair the text named
together (coordinated names, or an event's two sides); when a head names a kind of body
("organizations", "agencies", "institutions") and two distinct organisations were named in its
sentence or the two before, the head stands for those two, the one named first being the first
side (as for a coordinated pair), unless the nearest pair is two organisations named within
those sentences, which stays the reference ("A, B and C will create a plan. The agencies will
..."); a pair of countries is no "organizations".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import load

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .context import Context, Party

ORG_KIND_NOUNS = load().classes["org_kind_noun"]
"""(data: event_triggers.json) plural heads that name bodies (not persons, not states) and refer back to them"""
ORG_PAIR_SENTENCES = 3
"""sentences (this one included) within which the two organisations are looked for"""


def recent_org_pair(ctx: "Context", tok: "Token", pair: "tuple[Party, Party, int] | None") -> "tuple[Party, Party, int] | None":
    """The two organisations named last before ``tok`` (the head of a plural reference naming
    bodies) within :data:`ORG_PAIR_SENTENCES` sentences, unless the nearest pair (``pair``, from
    :func:`.salience.nearest_pair`) is two organisations named within them; None otherwise.

    Returns:
        (first named, second named, token index of the second) -- the shape of a pair.
    """
    floor = ctx.sentences_back(tok, ORG_PAIR_SENTENCES)
    if tok.lemma_.lower() not in ORG_KIND_NOUNS or pair is not None and pair[2] >= floor and pair[0].label == "ORG" \
            and pair[1].label == "ORG":
        return None  # (a pair of bodies named within the window is what the plural refers back to)
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
