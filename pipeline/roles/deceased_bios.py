"""The career of the person a statement on a death mourns: "Martin served as Special Envoy for X".

A White House statement on a death is titled with the death and the person's best-known office
("Statement of President X on the Passing of Ambassador Jane Roe") and then tells the career,
often by the given name or a pronoun alone ("Jane served as Special Envoy for X"; "She was also
America's Ambassador to Y"). That career is a biography like a nominee's (dev README, roles
status: "A biography lists every public office it names, each with its status"), so its offices
are read by :func:`.nomination_bios.biography_roles`, paragraph by paragraph, skipping a paragraph
that is about someone else. Every office of a person who has died is a former one; the death
step (:mod:`.deceased`) makes them so.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .nomination_bios import biography_roles
from .reader import Candidate
from .status import DEATH_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..entities import EntityIndex

__all__ = ["deceased_biographies"]

# "on the Passing of", "on the Death of", "Honoring the Life of": the death a title line names
_DEATH_TITLE = re.compile(r"\b(?:" + "|".join(sorted(DEATH_NOUNS - {"memory"})) + r"|life and legacy|life)\s+of\s+"
                          r"(?:the\s+)?(?:(?:former|late)\s+)?", re.IGNORECASE)


def deceased_biographies(doc: "Doc", entities: "EntityIndex", text: str, out: list[Candidate],
                         same_office) -> list[Candidate]:
    """The roles plus the offices the body of a statement on a death gives the person it mourns.

    Args:
        doc: The Doc.
        entities: The entity index.
        text: ``doc.text``.
        out: The resolved roles.
        same_office: The test of one person's one office read twice (:func:`.nomination_merge.same_office`).

    Returns:
        The roles with the mourned person's career added; an office already read stays as it was.
    """
    line_end = text.find("\n")
    if line_end < 0:
        return out
    m = _DEATH_TITLE.search(text, 0, line_end)
    if m is None:
        return out
    # the person the title mourns, named after the death ("the Passing of Ambassador X"): one of
    # the roles' holders, by the surname the title writes there
    mourned = text[m.end():line_end]
    subj = next((c for c in out if c.person is not None and c.name and len(c.name.split()) >= 2
                 and any(len(w) > 2 and re.search(rf"\b{re.escape(w)}\b", mourned) for w in c.name.split())), None)
    if subj is None:
        return out
    found = biography_roles(doc, entities, text, [subj], subj.country, subj.country_source,
                            [(line_end + 1, len(text), subj)])
    new: list[Candidate] = []
    for b in found:
        over = [c for c in out if c.start < b.end and b.start < c.end]
        if any(_named_holder(c) for c in over) or any(same_office(b, c) for c in out + new):
            continue  # an office another reading gives a person (perhaps another one) stays theirs
        # a reading that made a word of the title its holder ("Negotiations") gives way
        out = [c for c in out if c not in over]
        new.append(b)
    return sorted(out + new, key=lambda c: c.start)


def _named_holder(c: Candidate) -> bool:
    """Whether a reading's holder is a person the entities stage found."""
    return c.person is not None and getattr(c.person, "label", "PERSON") == "PERSON"
