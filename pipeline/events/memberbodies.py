"""The body that "members" refers back to: "The 30 members of the Initiative met ... Members
reaffirmed their commitment", "Alliance members ratified the accession", "participating members
welcomed two new members".

A joint statement or a news story names an organisation and then tells what its members did
together as "members", "participating members" or "Alliance members". English reads a bare
plural "members" (no "of" complement, no modifier naming another group: "family members",
"staff members", "Republican members" are other groups) as the members of the body the text
is speaking of, and PLOVER codes the joint acts of an organisation's members as the
organisation's acts (the annotation guide's actor is "organisation name"). The body is:

* the organisation named with a capitalised word modifying "members", when that word ends the
  name of an organisation named before ("Initiative members") or is the collective word of the
  alliance the article names ("Alliance members" are the "Allies": :mod:`.lexicon`'s
  ``collective_actors``);
* else the organisation named before whose members the text spoke of ("the members of X",
  "X members", "X's members"), the nearest one within a few sentences;
* else nothing (the act stays without an actor, as before).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import load

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..records import Entity
    from .context import Context

MEMBER_LEMMAS = frozenset({"member"})
"""plural heads that name an organisation's members"""
NEUTRAL_MODIFIERS = load().classes["member_neutral_modifier"]
"""(data: event_triggers.json) modifiers of "members" that say which of the body's members, not whose members they are"""
MEMBER_WINDOW = 6
"""sentences (this one included) within which "members" finds the body named before"""
_ALLIANCE_WORDS = frozenset({"alliance", "allied"})
"""capitalised words for the alliance whose members are its "Allies" (the article's collective)"""


def _spoke_of_members(ctx: "Context", i: int) -> bool:
    """Whether the organisation whose mention ends at token ``i`` is named with "members" beside
    it: "the members of X" ("of" and up to two words between it and the name), "X members",
    "X's members"."""
    doc = ctx.doc
    ent = ctx.entity_at.get(i)
    start = i
    while start > 0 and ctx.entity_at.get(start - 1) is ent:
        start -= 1
    before = doc[max(start - 4, 0):start]
    of = next((t for t in reversed(before) if t.lower_ == "of"), None)
    if of is not None and of.i > 0 and doc[of.i - 1].lemma_.lower() in MEMBER_LEMMAS:
        return True
    after = [t for t in doc[i + 1:i + 3] if t.lower_ not in ("'s", "’s")]
    return bool(after) and after[0].lemma_.lower() in MEMBER_LEMMAS


def member_body(ctx: "Context", tok: "Token | None") -> "Entity | None":
    """The organisation a bare plural "members" stands for (rules in the module docstring), or
    None (a pure helper of :meth:`.context.Context.party`, which makes the party).

    Args:
        ctx: The document's argument-finding context.
        tok: The head of the noun phrase (an actor or recipient candidate).
    """
    if tok is None or tok.tag_ != "NNS" or tok.lemma_.lower() not in MEMBER_LEMMAS or tok.i in ctx.entity_at \
            or tok.i in ctx.quoted:
        return None
    named_by: Token | None = None
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            return None  # "members of the public", "members of both parties": they say whose members
        if c.dep_ not in ("det", "amod", "poss", "nummod", "compound", "nmod", "quantmod"):
            continue
        if c.lower_ in NEUTRAL_MODIFIERS or c.dep_ in ("nummod", "quantmod"):
            continue  # "the 30 members", "participating members"
        if c.dep_ == "compound" and c.text[:1].isupper() and named_by is None and c.i not in ctx.entity_at:
            named_by = c  # "Alliance members", "Initiative members"
            continue
        return None  # "family members", "staff members", "Republican members", "our members"
    floor = ctx.sentences_back(tok, MEMBER_WINDOW)
    if named_by is not None:
        if named_by.lower_ in _ALLIANCE_WORDS:
            return ctx.collective.get("allies")
        for i in range(tok.i - 1, floor - 1, -1):
            ent: Entity | None = ctx.entity_at.get(i)
            if ent is not None and ent.label == "ORG" and ent.name.split()[-1].lower() == named_by.lower_:
                return ent
        return None
    for i in range(tok.i - 1, floor - 1, -1):
        ent = ctx.entity_at.get(i)
        if ent is None or ent.label != "ORG" or ctx.entity_at.get(i + 1) is ent:
            continue  # (each mention looked at once, at its last token)
        if _spoke_of_members(ctx, i):
            return ent
    return None
