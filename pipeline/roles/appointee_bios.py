"""The careers in an appointment announcement's paragraphs: "Jane Doe will serve as X. Previously,
she was the Y."

A White House appointment release gives each appointee a paragraph that opens with the name and
the new post ("Jane Doe: Jane Doe will serve as Special Assistant to the President ...") and then
tells the career. No nomination form is written there (no "intent to nominate", no "Nominee for"
heading), so :mod:`.nomination_merge` finds no nominee; the other readers find the new post (as
a nominee's). The career is a biography all the same (dev README: "A biography lists every public
office it names, each with its status"): its offices are read by :func:`.nomination_bios.biography_roles`
within that paragraph only, so a later paragraph about someone else is never the appointee's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .nomination_bios import bio_sections, biography_roles
from .reader import Candidate

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..entities import EntityIndex

__all__ = ["appointee_biographies", "appointee_headings", "appointee_sections"]


def appointee_sections(text: str, cands: list[Candidate]) -> list[tuple[int, int, Candidate]]:
    """``(start, end, subject)`` of each appointee's paragraph.

    An appointee is a nominee another reader found whose paragraph opens with the name (perhaps
    a label "Jane Doe:" first, or a nickname in brackets: "Andrew (Drew) Doe: Drew Doe will serve as")
    and whose nomination is read in that paragraph's first sentence. The paragraph runs to the
    next line break.

    Args:
        text: ``doc.text``.
        cands: The candidates of the other readers.
    """
    out: list[tuple[int, int, Candidate]] = []
    seen: set[int] = set()
    for c in cands:
        if c.status != "nominee" or not c.name or len(c.name.split()) < 2:
            continue
        lo = text.rfind("\n", 0, c.start) + 1
        if lo in seen:
            continue
        hi = text.find("\n", c.start)
        hi = len(text) if hi < 0 else hi
        head = text[lo:c.start]
        surname = re.escape(c.name.split()[-1])
        # the paragraph opens with the name, a label of it, or the first sentence leads to the post
        if not re.match(rf"(?:\(?[A-Z][\w.’'-]*\)?\s+){{0,4}}{surname}\b", text[lo:hi]) or re.search(r"[.!?]\s", head):
            continue
        seen.add(lo)
        out.append((lo, hi, c))
    return out


def appointee_headings(text: str, nominees: list[Candidate], entries: list[Candidate]) -> list[tuple[int, int, Candidate]]:
    """``(start, end, subject)`` of each biography under a heading that names an appointee.

    An appointment release lists its appointees ("Jane Doe, USDA State Executive Director, Farm
    Service Agency, Nebraska") and then gives each a heading of the same words and a career in
    the paragraphs below it, as a nomination release does for its nominees. Only a heading set
    apart by blank lines opens a biography: an item of a list (one line after another) is no
    heading, so a list's last entry never takes the text after the list for its career.

    Args:
        text: ``doc.text``.
        nominees: The nominees, whose headings also end an appointee's biography.
        entries: Every entry of the nomination forms; those held now (``current``) are appointees.
    """
    appointees = [c for c in entries if c.status == "current"]
    if not appointees:
        return []
    return [(lo, hi, subj) for lo, hi, subj in bio_sections(text, nominees + appointees)
            if subj.status == "current" and _set_apart(text, lo)]


def _set_apart(text: str, line_end: int) -> bool:
    """Whether the line ending at ``line_end`` has a blank line before and after it (a heading),
    unlike an item of a list, which has another item above or below it."""
    start = text.rfind("\n", 0, line_end) + 1
    return text.startswith("\n\n", line_end) and (start == 0 or text.endswith("\n\n", 0, start))


def appointee_biographies(doc: "Doc", entities: "EntityIndex", text: str,
                          cands: list[Candidate], same_office) -> list[Candidate]:
    """The candidates plus the offices the appointees' paragraphs give them.

    Args:
        doc: The Doc.
        entities: The entity index.
        text: ``doc.text``.
        cands: The candidates of the other readers.
        same_office: The test of one person's one office read twice (:func:`.nomination_merge.same_office`).

    Returns:
        The candidates with the appointees' past and present offices added, in text order; an
        office another reader found at the same words stays theirs.
    """
    sections = appointee_sections(text, cands)
    if not sections:
        return cands
    new: list[Candidate] = []
    for lo, hi, subj in sections:
        found = biography_roles(doc, entities, text, [subj], subj.country, subj.country_source, [(lo, hi, subj)])
        for b in found:
            if any(_title_overlap(b, c) for c in cands) or any(same_office(b, c) and b.status == c.status
                                                               for c in cands + new):
                continue
            new.append(b)
    return sorted(cands + new, key=lambda c: c.start)


def _title_overlap(b: Candidate, c: Candidate) -> bool:
    """Whether another reading's title (else its evidence) is written where the biography's office is."""
    if c.title_start < 0:
        return c.start < b.end and b.start < c.end
    return c.title_start < b.end and b.start < c.title_start + len(c.title)
