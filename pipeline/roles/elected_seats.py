"""Seats in a legislature written with the verb "elect" (profiles, obituaries, election news).

"Duval was elected to the National Assembly in 1978", "She was later elected to the Senate",
"he was first elected to parliament in 2010": the subject holds (held) a seat in that chamber,
a legislator's office (annotation guide, "Rules": legislature). The chamber must be named as a
legislature: "elected to the board" or "elected to lead the party" makes no seat.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.attrs import LEMMA

from ..nlp import text as text_of
from .clauses import subject_holder
from .reader import DETERMINERS, WS, Candidate, Reader
from .status import years

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["elected_seats", "seat_candidate"]

# Names of national and state legislatures and their chambers, as news writes them (IPU Parline
# database of national parliaments; Wikipedia: List of legislatures by country). "European
# Parliament" is an international body's, left to the organisation readers.
_CHAMBER = re.compile(
    r"(?:(?:the|its|their)\s+)?(?:(?:[A-Z][\w.'’-]*|state|federal|national|lower|upper)\s+){0,2}"
    r"(?:Senate|House\s+of\s+(?:Representatives|Commons|Delegates|Councillors)|(?:National|Legislative|General|State)"
    r"\s+Assembly|Chamber\s+of\s+Deputies|Congress(?:\s+of\s+Deputies)?|[Pp]arliament|[Ll]egislature|Bundestag|Sejm|"
    r"Duma|Knesset|Lok\s+Sabha|Rajya\s+Sabha|D[aá]il|Storting|Riksdag|Folketing|Eduskunta|Verkhovna\s+Rada|Majlis|"
    r"Diet|Legislative\s+Council|(?:lower|upper)\s+house)$")
_NOT_CHAMBER = re.compile(r"\bEuropean\b")


def elected_seats(rd: Reader) -> list[Candidate]:
    """Legislators written as "X was elected to <chamber>" (a pronoun subject stands for the
    person it refers to, as in :func:`pipeline.roles.clauses.subject_holder`).

    Args:
        rd: The document reader.

    Returns:
        One legislator candidate per reading, its title "member of <chamber as written>".
    """
    doc = rd.doc
    body = text_of(doc)
    if "elected to" not in body:
        return []
    lemma = doc.vocab.strings["elect"]
    out: list[Candidate] = []
    for i in (doc.to_array([LEMMA]).ravel() == lemma).nonzero()[0]:
        verb = doc[int(i)]
        if verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in verb.children) \
                and verb.dep_ != "conj":
            continue  # "was elected to ...", "... and (was) elected to ..."; "elected to lead" is no seat
        prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if obj is None:
            continue
        toks = [t for t in obj.subtree if t.i <= obj.i]
        while toks and toks[0].lower_ in DETERMINERS:
            toks.pop(0)
        # "the Virginia House of Delegates": the parser hangs the chamber's "of" phrase off "House"
        tail = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None) if obj.lower_ == "house" else None
        if tail is not None and toks:
            obj = max(tail.subtree, key=lambda t: t.i)
        chamber = WS.sub(" ", doc[toks[0].i:obj.i + 1].text) if toks else ""
        if not chamber or not _CHAMBER.fullmatch(chamber) or _NOT_CHAMBER.search(chamber):
            continue
        subj = verb if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) else verb.head
        cand = seat_candidate(rd, body, subj, verb, obj, toks[0], chamber, lambda until: "current")
        if cand is not None:
            out.append(cand)
    return out


def seat_candidate(rd: Reader, body: str, subj: Token, verb: Token, obj: Token, first: Token, chamber: str,
                   status: Callable[[str | None], str]) -> Candidate | None:
    """The legislator candidate for "<subject> <verb> ... <chamber>", or None without a holder.

    Args:
        rd: The document reader.
        body: The document's text.
        subj: The token whose subject holds the seat.
        verb: The verb ("elected", "served").
        obj: The chamber's last token.
        first: The chamber's first token (the title starts there).
        chamber: The chamber as written.
        status: The status, given the year the seat was left (None when none is written).
    """
    doc = rd.doc
    holder = subject_holder(rd, subj)
    if holder is None:
        return None
    name, ev_start = holder
    person = rd.person_at(doc[name[1] - 1])
    pname = person.name if person is not None else WS.sub(" ", doc[name[0]:name[1]].text)
    s_start, s_end = rd.sentence(verb.i)
    last = doc[s_end - 1]
    # the chamber may come before the verb ("While in the Senate, he served on ..."): the evidence
    # runs from the first to the last of subject, verb and chamber
    lo = min(verb.idx, first.idx)
    hi = max(obj.idx + len(obj.text), verb.idx + len(verb.text))
    since, until = years(body, lo, hi, (doc[s_start].idx, last.idx + len(last.text)))
    return Candidate(start=min(doc[ev_start].idx, lo), end=hi, person=person, name=pname,
                     title="member of " + ("the " if chamber[:1].isupper() else "") + chamber,
                     role="legislator", country=None, organization=None, status=status(until),
                     since=since, until=until, title_start=first.idx)
