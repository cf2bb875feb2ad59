"""Title words of a named office holder that the parser split from his name.

A long title before a name ("UN Special Coordinator for the Middle East Peace Process Jane Roe")
is often parsed as a phrase of its own: the title's head word takes the verb's preposition and
the name hangs on a preposition inside the title ("spoke with [UN Special Coordinator] for ...
[Jane Roe]"). The roles stage has read title and name together as one role, with the whole
phrase as its evidence; a title word inside that evidence stands for the person who holds it,
not for an organisation compounded into the title ("UN").
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..records import Entity, Role


def _coordinates_person(head: "Token", entity_at: dict[int, "Entity"]) -> bool:
    return any(k.dep_ == "conj" and getattr(entity_at.get(k.i), "label", None) == "PERSON" for k in head.children)


def title_holders(doc: "Doc", raw: list[tuple[int, int]], roles: tuple["Role", ...], persons: dict[str, "Entity"],
                  entity_at: dict[int, "Entity"]) -> dict[int, "Entity"]:
    """Token index -> the person whose role evidence covers that token, for the tokens of the
    evidence no entity names (the title's words). An evidence that coordinates another named
    person ("the King of A and President X of B") is two phrases, not one title: left out.

    Args:
        doc: The parsed Doc.
        raw: Article character offsets of each token.
        roles: The article's roles (their evidence spans a title and its holder's name).
        persons: Entities by id.
        entity_at: Entity of each named token.
    """
    out: dict[int, "Entity"] = {}
    if not roles or not raw:
        return out
    starts = [a for a, _ in raw]
    for role in roles:
        who = persons.get(role.person or "")
        if who is None or who.label != "PERSON":
            continue
        lo = bisect_left(starts, role.evidence.start)
        hi = bisect_right(starts, role.evidence.end - 1)
        if not any(entity_at.get(i) is who for i in range(lo, hi)) or any(
                doc[i].dep_ == "cc" and _coordinates_person(doc[i].head, entity_at) for i in range(lo, hi)):
            continue  # the evidence must name its holder, and no one else
        for i in range(lo, hi):
            if i not in entity_at:
                out.setdefault(i, who)
    return out
