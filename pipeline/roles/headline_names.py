"""Names a Title Case headline glues to the words after them.

A government document's headline writes every word capitalised ("Statement from President X
Marking the New Year"), and the NER often reads the verb and its object into the name ("X
Marking the New Year"). The office-holder table knows the holder by the first word alone on
the publication date, and the word after it is a verb form (a gerund or a present tense:
"Marking", "Honoring", "Signs"), which no surname of the table's holders is in that
position: the name is the first word.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..names import is_given_name
from .office_holders import holder

if TYPE_CHECKING:
    from .reader import Candidate

__all__ = ["headline_glued_names"]

# a headline's verb after the name: a gerund or a present tense ("Marking", "Announces")
_VERB_FORM = re.compile(r"^[A-Z][a-z]{2,}(?:ing|es|s)$")


def headline_glued_names(body: str, cands: list["Candidate"], head_end: int, published: str | None) -> None:
    """Cut the holders' names in the headline back to the first word where the table knows that
    word as the holder of the office on ``published`` and the next word is a verb form (in place).

    Args:
        body: The text of the Doc.
        cands: The candidate roles.
        head_end: The end of the headline in the text (0 when the text has none).
        published: The publication date.
    """
    if not head_end:
        return
    for c in cands:
        words = c.name.split()
        if c.start >= head_end or len(words) < 2 or not _VERB_FORM.match(words[1]) or is_given_name(words[1]):
            continue
        if holder(c.name, c.role, published) is not None or holder(words[0], c.role, published) is None:
            continue
        at = body.find(c.name, c.start, c.end)
        if at >= 0 and c.end == at + len(c.name):
            c.end = at + len(words[0])  # the evidence ends with the name
        c.name, c.person = words[0], None
