"""An official named after the government body or country whose official he is: "Pentagon
official Jane Roe", "USAF official Jane Roe", "Interior Ministry official Jane Roe", "Chinese
official Jane Roe".

"Official" is an adjective as often as a noun ("official figures", "an official visit"), so the
title reader takes no "official" as an office's head. Written between a government's body (or
its country) and a person's name, it is the person's post in that government: a public official
(annotation guide: roles are public offices of government, military, diplomacy ...). A
company's, party's or union's official ("Boeing official", "party official") is none: the
owner must be a country, a national institution the office ontology knows, or a body of
government named by its kind ("the finance ministry", "central bank", "police").
"""

from __future__ import annotations

import re

from ..nlp import text as text_of
from .reader import Candidate, Reader
from .titles import institution_hint

__all__ = ["agency_officials"]

# "official" before a name (after an optional comma)
_OFFICIAL = re.compile(r"\bofficial,?\s+(?=[A-Z])")
# Body words that make the owner a body of government ("Interior Ministry", "central bank",
# "police", "Air Force"); a company or party is none of them
_GOVERNMENT_KINDS = frozenset({"ministry", "department", "government", "army", "navy", "military", "police",
                               "administration", "agency", "cabinet", "presidency", "embassy", "force", "forces",
                               "bank", "treasury", "intelligence"})
# lower-case words of a body's name before its kind ("the finance ministry", "central bank")
_BODY_LOWER = frozenset({"central", "finance", "interior", "foreign", "defence", "defense", "justice", "health",
                         "trade", "economy", "energy", "state", "federal", "air", "security"})
_FORMER = frozenset({"former", "ex-"})


def agency_officials(rd: Reader) -> list[Candidate]:
    """Officials written "<body or country> official X" (X a person the entities name).

    Args:
        rd: The document reader.

    Returns:
        One ``official_other`` candidate per such phrase; its title is the phrase before the
        name ("Pentagon official"), so the resolver reads the country from it.
    """
    doc = rd.doc
    body = text_of(doc)
    if " official" not in body:
        return []
    out: list[Candidate] = []
    for m in _OFFICIAL.finditer(body):
        span = doc.char_span(m.start(), m.start() + len("official"))
        nxt = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if span is None or nxt is None or not len(nxt):
            continue
        person = rd.person_at(doc[nxt.start])
        if person is None:
            continue
        k = span.start
        while k - 1 >= 0 and span.start - (k - 1) <= 4 and _owner_word(doc[k - 1]):
            k -= 1  # the owner's words: capitalised ("State Department", "U.S.") or a body's lower-case words
        if k == span.start or not _government_owner(rd, doc[k:span.start]):
            continue
        last = nxt.start
        while last + 1 < len(doc) and rd.entity(doc[last + 1]) is person:
            last += 1
        title = doc[k:span.end].text
        former = k > 0 and doc[k - 1].lower_ in _FORMER
        out.append(Candidate(start=doc[k].idx, end=doc[last].idx + len(doc[last].text), person=person,
                             name=person.name, title=title, role="official_other", country=None,
                             organization=None, hint=institution_hint(title),
                             status="former" if former else "current", title_start=doc[k].idx))
    return out


def _owner_word(tok) -> bool:
    """Whether a token can be a word of the body or country written before "official"."""
    if tok.lower_ in _FORMER or tok.lower_ in ("a", "an", "the", "senior", "top", "another"):
        return False  # "Former central bank official": a status, "The Pentagon official": no part of the body
    return not tok.is_punct and (tok.text[:1].isupper() or tok.lower_ in _GOVERNMENT_KINDS or tok.lower_ in _BODY_LOWER) \
        or tok.text in ("'s", "’s")


def _government_owner(rd: Reader, owner) -> bool:
    """Whether the tokens before "official" name a government's body or its country."""
    words = [t.text for t in owner if t.text not in ("'s", "’s")]
    if not words:
        return False
    if institution_hint(" ".join(words) + " official"):
        return True  # "Pentagon", "White House", "State Department", "Kremlin", "USAF"
    places = [rd.place(t) for t in owner]
    if any(p is not None and p[0] == "company" for p in places):
        return False  # a company's body ("Boeing Defense", "Acme Security")
    if words[-1].lower() in _GOVERNMENT_KINDS:
        return True  # "Interior Ministry", "central bank", "police"
    # "Chinese official", "U.S. official": a country, or its adjective, alone
    return all(p is not None and p[0] == "country" for p in places) and len({p[1] for p in places}) == 1
