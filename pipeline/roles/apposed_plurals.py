"""A plural office apposed to a list of office holders: "the Office has three Deputy Directors,
Deputy Assistants to the President Jane Roe, Tom Doe and Ann Lee".

An announcement names a body's posts in the plural, then the holders, each with a second title
(the rank of the White House Office, a service rank) in a list the other readers find ("Deputy
Assistants to the President A, B, and C"). The plural written before the comma is a post each of
them holds too: one role per holder, in the singular ("Deputy Director"), with the status,
country and organisation of their listed title. A count or an article must come before the
plural ("three Deputy Directors,", "its Deputy Directors,"), so a plural ending another phrase
("We thank the Governors, Senators A and B") is not read as apposed; the plural's singular must
be a head word of the office ontology.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..knowledge.offices import load_offices
from .reader import Candidate
from .titles import classify

__all__ = ["apposed_plurals"]

_APPOSED = re.compile(r"\b(?:its|his|her|their|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
                      r"(?P<t>(?:[A-Z][\w.’'-]*\s+){0,4}?(?P<head>[A-Z][a-z]+s)),\s+$")


def _singular(word: str) -> str:
    """The singular of a plural head word ("Directors" -> "Director", "Secretaries" -> "Secretary")."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    return word[:-1]


def apposed_plurals(text: str, cands: list[Candidate]) -> list[Candidate]:
    """The roles of a plural office apposed to a list of holders (see the module docstring).

    Args:
        text: ``doc.text``.
        cands: The resolved candidates.

    Returns:
        The new candidates (none when no list of two or more holders sharing a title follows
        an apposed plural office).
    """
    groups: dict[tuple[int, str], list[Candidate]] = {}
    for c in cands:
        if c.title_start > 0:
            groups.setdefault((c.title_start, c.title), []).append(c)
    out: list[Candidate] = []
    for (at, _), members in groups.items():
        names = {c.name for c in members}
        if len(names) < 2:
            continue
        m = _APPOSED.search(text, max(0, at - 80), at)
        if m is None:
            continue
        written = m.group("t")
        head = _singular(m.group("head"))
        if head.lower() not in load_offices().heads:
            continue
        title = written[: len(written) - len(m.group("head"))] + head
        role = classify(title)
        for c in members:
            if any(o.name == c.name and o.title == title for o in out + cands):
                continue
            out.append(replace(c, title=title, role=role if role != "official_other" or c.role != "military_commander" else c.role,
                               title_start=m.start("t")))
    return out
