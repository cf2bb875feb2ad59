"""Office words used to describe a person, not to name an office the person holds.

Speeches praise and rank people with the nouns of office: "she is a great national leader",
"you are a true leader", "he is the first president in 30 years to ...", "the only president to
...". A lower-case "leader" modified only by words of praise or reach ("national", "great",
"global", "true") names no post: the offices called "leader" are a body's or a chamber's
("majority leader", "opposition leader", "Senate leader"). An ordinal or superlative before a
lower-case office ("the first president to", "the youngest senator") ranks its holder among the
holders of that office: the office is the one after it ("president"), so the reading keeps that
office and drops the rank word (the annotation guide: one role per person and office).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .titles import classify

__all__ = ["descriptive_titles"]

# Words of praise, reach or age before "leader" that describe the person, not a post
# (English usage: "a born leader", "a world leader", "a thought leader").
_PRAISE = frozenset({
    "national", "great", "global", "world", "true", "real", "strong", "natural", "moral", "civic",
    "community", "thought", "young", "good", "fearless", "incredible", "extraordinary", "outstanding",
    "proven", "visionary", "bold", "brave", "effective", "born", "tremendous", "wonderful", "powerful",
    "courageous", "principled", "dedicated", "fierce", "fantastic", "remarkable", "inspiring",
    "inspirational", "servant", "american", "amazing", "important", "critical", "key",
})
# Ordinals and superlatives ranking a holder among the holders of an office.
_RANK = re.compile(r"^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|only|last|youngest|"
                   r"oldest|longest-serving|longest serving)\s+(?=(?:vice\s+)?president\b|prime\s+minister\b|"
                   r"senator\b|governor\b|mayor\b|congress(?:wo)?man\b|speaker\b)")


def descriptive_titles(cands: list) -> list:
    """The candidates without the praising "leader" readings, and with the rank word taken off
    a lower-case office ("first president" -> "president", re-classified).

    Args:
        cands: The stage's candidates (:class:`pipeline.roles.reader.Candidate`).

    Returns:
        The candidates kept, in order.
    """
    out = []
    for c in cands:
        words = c.title.split()
        if c.title.islower() and words and words[-1] == "leader" and len(words) >= 2 \
                and all(w in _PRAISE for w in words[:-1]):
            continue  # "she is a great national leader"
        if c.title.islower() and (m := _RANK.match(c.title)) and c.status != "nominee":
            title = c.title[m.end():]
            c = replace(c, title=title, role=classify(title, c.organization, c.country))
        out.append(c)
    return out
