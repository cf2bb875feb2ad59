"""An earlier office recalled with a fronted "As": "As Mayor of Riverton, she rebuilt the port"
in a statement on Senator Roe's retirement, "As Secretary of the Interior, he protected ...".

"As TITLE, X did ..." reads the title as X's, held when X did it. When the sentence tells it in the
past, the text gives X another office held now (a different office, not the same one repeated), and
the sentence says the tenure is over ("then-", "former", a year range or "until" a date, "served
as"), the recalled one is a past office (annotation guide, status: "former" for offices held
before). Two offices and a past verb alone say nothing of the tenure: "As Foreign Minister, Deputy
Prime Minister X met his counterpart on Monday" reports an office X still holds.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, TypeVar

from ..nlp import text as text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["fronted_as_tenure"]

T = TypeVar("T")

_FRONT = re.compile(r"(?:^|[.!?]\s+|\n\s*)As\s+(?:the\s+|a\s+|an\s+)?$")
_ENDED = re.compile(r"\b(?:[Tt]hen-|[Ff]ormer\b|served\s+as\b|until\b|(?:19|20)\d\d\s*(?:-|\u2013|to)\s*(?:(?:19|20)?\d\d)\b)")
"""words of a sentence that say a tenure is over (English: "then-", "former", "served as", a year
range, "until" a date)"""


def _ended(doc: "Doc", char: int) -> bool:
    """Whether the sentence holding character ``char`` says the tenure is over (``_ENDED``)."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span is not None and len(span) > 0 and _ENDED.search(span[0].sent.text) is not None


def _past_main_verb(doc: "Doc", char: int) -> bool:
    """Whether the sentence holding character ``char`` is told in the past (its root a past verb)."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span[0].sent.root
    return root.tag_ == "VBD" and not any(c.tag_ in ("MD",) for c in root.children)


def fronted_as_tenure(doc: "Doc", roles: list[T]) -> list[T]:
    """The roles with an office recalled by a fronted "As" in a past sentence made former when the
    same person holds another office now (see the module docstring).

    Args:
        doc: The Doc (``title_start`` points into its text).
        roles: Candidates (``name``, ``title``, ``role``, ``status``, ``title_start`` fields).

    Returns:
        The roles, such recalled offices with status ``former``.
    """
    body = text_of(doc)
    if "As " not in body:
        return roles
    out = []
    for c in roles:
        if c.status == "current" and c.title_start >= 3 and _FRONT.search(body, max(0, c.title_start - 40), c.title_start):
            other = any(o is not c and o.name == c.name and o.status == "current" and o.role != c.role
                        and o.title.lower() not in c.title.lower() and c.title.lower() not in o.title.lower()
                        for o in roles)
            if other and _past_main_verb(doc, c.title_start) and _ended(doc, c.title_start):
                c = replace(c, status="former")
        out.append(c)
    return out
