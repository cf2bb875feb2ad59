"""Offices written after the name of the government body they belong to.

English puts the name of an agency before an office's title as a modifier, as it does an
acronym ("OMB Deputy Director"): "Department of State Acting Assistant Secretary for Western
Hemisphere Affairs Jane Roe", "Department of Energy Under Secretary Jane Roe". The words then
begin with a body's name ("Department of State") but go on to an office of their own, whose
head word follows an office word or a name word directly. A body named after an office is
written with "of the" before the office's head ("the Office of the Secretary of Defense",
"the Office of the Director of National Intelligence"): a body, no office held.
"""

from __future__ import annotations

from collections.abc import Collection

__all__ = ["office_after_body"]


def office_after_body(words: list[str], heads: Collection[str], connectors: Collection[str]) -> bool:
    """Whether title words that begin "BODY of NAME" go on to an office of their own.

    Args:
        words: The title's words, lower case ("department", "of", "state", "acting", ...).
        heads: The office head words of the ontology (``Offices.heads``).
        connectors: The function words allowed inside titles (``Offices.connectors``).

    Returns:
        True when a head word after the body's "of NAME" follows a word that is no connector
        ("... of State Acting Assistant Secretary for ..."); False for "the Office of the Secretary
        of Defense", where the head follows "the".
    """
    if len(words) < 4 or words[1] != "of":
        return False
    return any(w in heads and words[k - 1] not in connectors and words[k - 1] != "of"
               for k, w in enumerate(words[3:], 3))
