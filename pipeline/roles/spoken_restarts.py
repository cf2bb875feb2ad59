"""A speaker's restart of a title in a transcript: "the Attorney General — General Garland".

Transcripts write a speaker's self-repair with a dash: the words before it are started again
after it, often from the middle ("I have confidence in the Attorney General — General Garland's
leadership"). The title read after the dash is then only the end of the title the speaker
began ("General", read as a military rank); the title before the dash, ending in the same word,
is the office meant.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .titles import classify

__all__ = ["spoken_restarts"]

# the capitalised words of a title just before a dash ("the Attorney General —", "Secretary of
# the Treasury —")
_BEFORE_DASH = re.compile(r"(?P<title>(?:[A-Z][\w.’'-]*[^\S\n]+(?:(?:of|the|for|and)[^\S\n]+)*){1,4})[—–-]{1,2}[^\S\n]*$")


def spoken_restarts(body: str, cands: list) -> list:
    """The candidates with a title restarted after a dash read as the fuller title before it.

    Args:
        body: The document text (the candidates' offsets point into it).
        cands: The stage's candidates (:class:`pipeline.roles.reader.Candidate`).

    Returns:
        The candidates, in order; a restarted title carries the title begun before the dash and
        that title's category.
    """
    if "—" not in body and "--" not in body:
        return cands
    out = []
    for c in cands:
        if c.title_start > 0 and c.title and c.title.split()[0][:1].isupper() \
                and body[max(0, c.title_start - 4):c.title_start].rstrip().endswith(("—", "–", "-")):
            m = _BEFORE_DASH.search(body, max(0, c.title_start - 60), c.title_start)
            first = c.title.split()[0]
            if m is not None:
                begun = m.group("title").strip()
                words = begun.split()
                while words and words[0].lower() in ("the", "a", "an"):
                    words = words[1:]  # "The President — President Biden": a sentence's capital, no title word
                # "Attorney General — General Garland": the words before the dash end with the
                # title's first word and say more than it does
                # (a one-word title only: "the Secretary of State — State Department spokesperson
                # X" starts a new title, not the end of the one before)
                if len(words) > 1 and words[-1] == first and c.title == first:
                    full = " ".join(words[:-1]) + " " + c.title
                    role = classify(full, c.organization, c.country)
                    if role and role != c.role:
                        c = replace(c, title=full, role=role)
        out.append(c)
    return out
