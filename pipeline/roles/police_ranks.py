"""A rank held in a police, sheriff's or corrections department is that department's office, no
military command.

American police and sheriff's departments grade their officers with military ranks ("Lieutenant
Supervisor for the Domestic Assault Unit", "Captain", "Colonel in the Alabama Law Enforcement
Agency"); the office ontology reads such a rank as a military commander's. In a paragraph that
names a police, sheriff's, corrections or law-enforcement body and no armed service or military
formation, a rank-headed office is the department's post: a public office of local or state
government, ``official_other`` (annotation guide: state and local offices count, role
official_other). A paragraph that also names an armed service ("served in the Army", "Marine
Corps") is left alone: the rank may be the military one.
"""

from __future__ import annotations

import re
from typing import TypeVar

__all__ = ["police_ranks"]

T = TypeVar("T")

_POLICE = re.compile(r"\b(?:Police|Sheriff|Sheriff[’']s|Corrections|Highway\s+Patrol|State\s+Patrol|State\s+Troopers?"
                     r"|Law\s+Enforcement|Public\s+Safety|Fire\s+Department|Fire\s+Rescue)\b")
_MILITARY = re.compile(r"\b(?:Army|Navy|Naval|Air\s+Force|Marines?|Marine\s+Corps|Coast\s+Guard|National\s+Guard"
                       r"|Space\s+Force|Armed\s+Forces|Military|Command|Division|Brigade|Battalion|Regiment|Fleet"
                       r"|Squadron|Reserves?|Joint\s+Chiefs|Pentagon|Department\s+of\s+Defense|West\s+Point)\b")


def _paragraph(body: str, start: int, end: int) -> str:
    lo = body.rfind("\n\n", 0, start)
    hi = body.find("\n\n", end)
    return body[lo + 1 if lo >= 0 else 0:hi if hi >= 0 else len(body)]


def police_ranks(body: str, cands: list[T]) -> None:
    """Re-read in place each military-commander candidate of a police paragraph (module docstring).

    Args:
        body: The document text (candidate offsets point into it).
        cands: Resolved candidates (``role``, ``title``, ``start``, ``end``).
    """
    for c in cands:
        if c.role != "military_commander" or _MILITARY.search(c.title):
            continue
        para = _paragraph(body, c.start, c.end)
        if _POLICE.search(para) and not _MILITARY.search(para):
            c.role = "official_other"
