"""The biography of a release that nominates one person and gives no heading for it.

A release for several nominees gives each a heading with the name and a biography under it
(:func:`.nomination_bios.bio_sections`). A release for one nominee often has no heading: "Today,
President X announced his intent to nominate Jane Doe to serve as Director of Y." and then the
career in paragraphs of their own ("Doe has served as ... Prior to joining Y, she worked at Z,
most recently as ..."). Those paragraphs are the nominee's biography as surely as a headed
section is (dev README: "A biography lists every public office it names, each with its status").

Each paragraph after the nominating one that names the nominee's surname, or opens with a
pronoun that stands for the nominee ("She", "He", "Her", "His"), is a section; other paragraphs
(another person's, a general statement) are not read. :func:`.nomination_bios.biography_roles`
then skips a paragraph that opens with another person's name, as for a headed section.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .reader import Candidate

__all__ = ["sole_nominee_sections"]

_PRONOUN_OPENING = re.compile(r"[ \t]*(?:She|He|Her|His)\b")
_SUFFIXES = frozenset({"Jr.", "Sr.", "II", "III", "IV"})
_PARAGRAPH = re.compile(r"[^\n]+")


def sole_nominee_sections(text: str, nominees: list["Candidate"]) -> list[tuple[int, int, "Candidate"]]:
    """``(start, end, subject)`` of each biography paragraph of a release's only nominee.

    Args:
        text: ``doc.text``.
        nominees: The release's nominees; sections are given only when there is exactly one person.

    Returns:
        One section per paragraph after the nominating one that is about the nominee.
    """
    if len({n.name for n in nominees}) != 1:
        return []
    subj = min(nominees, key=lambda n: n.start)
    words = [w for w in subj.name.replace(",", " ").split() if w not in _SUFFIXES]
    if len(words) < 2:
        return []
    surname = re.compile(rf"\b{re.escape(words[-1])}\b")
    first = text.find("\n", subj.start)
    out = []
    for m in _PARAGRAPH.finditer(text, len(text) if first < 0 else first):
        para = m.group()
        if surname.search(para) or _PRONOUN_OPENING.match(para):
            out.append((m.start(), m.end(), subj))
    return out
