"""A hyphened pair of two people's surnames tagged as one person.

"senior Biden-Harris officials", "the Ruiz-Tan talks": the model tags the pair one PERSON,
and the entity "Biden-Harris" stands beside "Biden" and "Harris" as a third person. When
each half is the surname of another person of the article, the pair names those two and no
one else: the pair's entity is dropped (its people are already there). A double-barrelled
surname ("Thomas-Greenfield", "Sherwood-Randall") is kept: its halves are not two other
people of the same article.
"""

from __future__ import annotations

from .lexicon import Group


def _halves(name: str) -> tuple[str, str] | None:
    """The two capitalised halves of a one-word hyphened name ("Biden-Harris"), else None."""
    if " " in name or name.count("-") != 1:
        return None
    a, b = name.split("-")
    if len(a) < 2 or len(b) < 2 or not (a.isalpha() and b.isalpha() and a[0].isupper() and b[0].isupper()):
        return None
    return a, b


def paired_surnames_dropped(people: list[Group]) -> list[Group]:
    """``people`` without the groups of a hyphened pair of two other people's surnames (module
    docstring)."""
    pairs = [(g, h) for g in people if (h := _halves(g.name))]
    if not pairs:
        return people
    surnames: dict[str, set[int]] = {}
    for g in people:
        surnames.setdefault(g.name.split()[-1], set()).add(id(g))
    drop = {id(g) for g, (a, b) in pairs
            if surnames.get(a, set()) - {id(g)} and surnames.get(b, set()) - {id(g)} and a != b}
    return [g for g in people if id(g) not in drop] if drop else people
