"""An office written before the courtesy title "Ambassador" ("Trade Representative Ambassador
Jane Roe"): the office is the first title, not an ambassadorship.

US practice styles a person who holds or has held an ambassador's rank "Ambassador" before the
name, also when another office is written first: the US Trade Representative has the rank of
Ambassador (19 U.S.C. 2171(c)), special envoys and coordinators who were ambassadors keep the
style (State Department, "Protocol for the Modern Diplomat": the courtesy title "Ambassador").
The title reader takes both as one title ending in "Ambassador"; when the words before it end in
an office's own head noun ("Representative", "Envoy", "Coordinator", "Secretary"), they are the
office held. A modifier before "Ambassador" ("Deputy Ambassador", "U.N. Ambassador", "Goodwill
Ambassador") makes no other office.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..knowledge.countries import load as load_gazetteer
from ..knowledge.offices import load_offices
from .reader import Candidate
from .titles import classify

__all__ = ["chair_before_office", "first_of_stacked_titles"]

# "... <head noun> Ambassador" at the end of a title; "Amb." is the abbreviation written before names
_STACKED = re.compile(r"^(?P<first>.*\S)\s+(?:Ambassador|AMBASSADOR|Amb\.?)$")
# head nouns that name an office of their own ("representative" heads "Trade Representative",
# "Permanent Representative" (Vienna Convention art. 14); the rest are the ontology's heads)
_OWN_HEADS_EXTRA = frozenset({"representative"})
# heads that are a part of an ambassador's own title, never an office before the courtesy title
_NOT_OWN = frozenset({"ambassador", "head", "chief", "officer", "diplomat", "leader"})


def first_of_stacked_titles(cands: list[Candidate]) -> list[Candidate]:
    """The candidates with a title "X Ambassador" read as X when X ends in an office's head noun.

    Args:
        cands: The candidates.
    """
    heads = (load_offices().heads | _OWN_HEADS_EXTRA) - _NOT_OWN
    out = []
    for c in cands:
        m = _STACKED.match(c.title) if c.title.endswith(("Ambassador", "AMBASSADOR", "Amb", "Amb.")) else None
        if m is not None and m.group("first").split()[-1].lower() in heads:
            first = m.group("first")
            c = replace(c, title=first, role=classify(first, c.organization, c.country))
        out.append(c)
    return out


# "African Union chair President of Senegal X", "ASEAN Chair Prime Minister X": a rotating chair
# of a body written before the national office its holder holds; the chair is the body's post
_CHAIR_FIRST = re.compile(r"^(?P<first>(?:.*\s)?[Cc]hair(?:man|woman|person)?)\s+(?P<second>[A-Z].*)$")
# the categories of a national office of its own (a chair's second title of another kind, "Chair
# Member", is one title)
_OWN_OFFICES = frozenset({"head_of_state", "head_of_government", "foreign_minister", "defence_minister",
                          "minister_other"})


def chair_before_office(text: str, cands: list[Candidate]) -> list[Candidate]:
    """The candidates with an international body's chair written before a national office
    ("African Union chair President of Senegal X", "ASEAN Chair Prime Minister X of Cambodia")
    read as that office: the chair rotates among the members' leaders, and the title after it is
    the office the person holds at home, whose country the text names. A club's or a firm's
    chairman ("Real Madrid chairman President X") and a chair whose holder's country is not
    written are left as they were.

    Args:
        text: The Doc text.
        cands: The candidates.
    """
    out = []
    for c in cands:
        m = _CHAIR_FIRST.match(c.title)
        role = classify(m.group("second"), None, c.country) if m else None
        if m is None or role not in _OWN_OFFICES or c.country is None or not _body_before(text, c.title_start):
            out.append(c)
            continue
        out.append(replace(c, title=m.group("second"), role=role, organization=None))
        if c.organization:
            first = m.group("first")
            out.append(replace(c, title=first, role=classify(first, c.organization, None), country=None))
    return out


_CHAIR_WORD = re.compile(r"\b[Cc]hair(?:man|woman|person)?\b")


def _body_before(text: str, at: int) -> bool:
    """Whether the capitalised words written right before the chair word of the title starting at
    character ``at`` (the body may open the title) end in the name of an international
    organisation ("African Union", "ASEAN")."""
    chair = _CHAIR_WORD.search(text, max(at, 0), max(at, 0) + 120)
    if chair is None:
        return False
    words = text[max(0, chair.start() - 80):chair.start()].split()
    run: list[str] = []
    for w in reversed(words):
        if not w[:1].isupper():
            break
        run.insert(0, w)
    gazetteer = load_gazetteer()
    return any(gazetteer.organization(" ".join(run[k:])) for k in range(len(run)))
