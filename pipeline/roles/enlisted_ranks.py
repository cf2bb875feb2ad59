"""An enlisted grade written before a service member's name: "Marine Corps Lance Cpl. Jane Roe",
"Army Staff Sgt. Tom Doe", "Navy Petty Officer Third Class Ann Roe".

Statements honouring the fallen and speeches on service name soldiers, sailors and airmen with
their grade, as US news style writes it (AP Stylebook, military titles: the service, then the
abbreviated grade, then the name). A grade is a post in the armed forces, a public office in the
annotation guide's sense, but it commands no force: the role is ``official_other``, where the
commissioned ranks (general to lieutenant) are military commanders (the office ontology). The
title reader takes "Sergeant" alone as a rank and leaves the abbreviated and compound grades
("Staff Sgt.", "Lance Cpl.", "Petty Officer Third Class") to this reader; a grade after another
capitalised word ("Senior Policy Specialist X") is some other title, not read here.
"""

from __future__ import annotations

import re

from ..knowledge.countries import load as gazetteer
from ..knowledge.wordlists import phrase_alternation
from ..nlp import text as text_of
from .reader import Candidate, Reader

__all__ = ["enlisted_ranks"]

_SERVICE = phrase_alternation("roles", "armed_service_names")
_GRADE = phrase_alternation("roles", "enlisted_ranks")
# (case kept: a grade before a name is capitalised; the lookahead wants the name's capital)
_TITLE = re.compile(rf"(?<![\w.])(?:(?:{_SERVICE})\s+)?(?P<grade>{_GRADE})(?=\s+[A-Z])")
_WORD_BEFORE = re.compile(r"(\S+)\s*$")
_LEADS = frozenset({"The", "A", "An", "And", "Then", "Former", "Late", "Retired"})
"""capitalised words that may open a sentence before a grade without being part of its title"""
_FORMER_LEADS = frozenset({"former", "late", "retired", "then", "then-"})
"""words before a grade that say it is held no more ("the late Staff Sgt. X", "retired Army Sgt. Y")"""
# a death told in the grade's own sentence ("Spc. X died on Sunday"), or the lead-in of a roll of the
# fallen whose items the grades open ("13 service members ... were killed ... honor the memory of
# those 13 precious souls:\nMarine Corps Staff Sgt. X;\n..."; citations "Corporal X." one paragraph
# each after "fighting until he was killed"): the grade was held, not held now (the guide's status
# "former"); a wounded or decorated soldier named in the middle of a sentence near such words is not
_DEATH_WORDS = (r"killed|died|dies|fallen|perished|lost\s+(?:their|his|her)\s+lives?|gave\s+(?:their|his|her)\s+lives?|"
                r"posthumous\w*|was\s+found\s+dead")
_DEATH = re.compile(rf"\b(?:{_DEATH_WORDS})\b", re.IGNORECASE)
_MOURNING = re.compile(rf"\b(?:{_DEATH_WORDS}|mourn\w*|in\s+memory|the\s+memory|sacrific\w*)\b", re.IGNORECASE)
_LIVING = re.compile(r"\b(?:survived|surviving|wounded|injured|recovering|recovered)\b", re.IGNORECASE)
"""a sentence telling someone lived through an attack ("who survived the crash that killed two")"""
_ITEM_START = re.compile(r"(?:^|[\n:;]|[.!?]\s)[ \t\xa0*-]*(?:and\s+)?$")
_ITEM_END = re.compile(r"[ \t\xa0]*(?:[.;]|\n|$)")
"""a roll's item is the grade and the name alone, between separators ("...: Marine Corps Sgt. X; ...",
"... that day: Sgt. X. Cpl. Y. ...", a citation's "Corporal X." paragraph)"""
_LEAD_IN = 700
"""how far before a roll's item its lead-in is read (a roll of thirteen names stays within it)"""
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z])")


def _former(body: str, start: int, end: int, before: str | None) -> bool:
    """Whether the grade written at ``start`` (the name ending at ``end``) is held no more."""
    if before and before.lower().rstrip(",") in _FORMER_LEADS:
        return True
    lo = max(0, start - 300)
    cuts = [m.end() for m in _SENTENCE_END.finditer(body, lo, start)]
    nxt = _SENTENCE_END.search(body, end)
    sent = (cuts[-1] if cuts else lo, nxt.end() if nxt else len(body))
    if _DEATH.search(body, *sent) and not _LIVING.search(body, *sent):
        return True
    return bool(_ITEM_START.search(body, max(0, start - 12), start)) and bool(_ITEM_END.match(body, end)) and bool(
        _MOURNING.search(body, max(0, start - _LEAD_IN), start))


def enlisted_ranks(rd: Reader, cands: list[Candidate]) -> list[Candidate]:
    """Service members written with an enlisted grade before their name.

    Args:
        rd: The document reader.
        cands: The candidates found so far; a military commander read from the same grade and name
            ("Sergeant X") becomes an ``official_other``.

    Returns:
        ``cands`` with one ``official_other`` candidate added per grade and name no candidate
        already reads, its title the service and grade as written.
    """
    doc = rd.doc
    body = text_of(doc)
    out = list(cands)
    graded: set[int] = set()  # (one grade per person: "Spc. X ... Specialist X" is one post)
    for m in _TITLE.finditer(body):
        before = _WORD_BEFORE.search(body, max(0, m.start() - 40), m.start())
        if before and before.group(1)[:1].isupper() and before.group(1)[-1] not in ".;:,!?" \
                and before.group(1) not in _LEADS and not gazetteer().country(before.group(1)):  # ("Ukrainian Sgt. X")
            continue  # "Senior Policy Specialist X", "the Air Force Chief Master Sergeant": another title
        nation = gazetteer().country(before.group(1)) if before else None  # "Ukrainian Sergeant X": the title's own
        lo = before.start(1) if nation else m.start()
        grade = (" ".join(m.group(0).split()).lower().rstrip("."), m.group("grade").lower().rstrip("."))
        for c in out:
            if c.role == "military_commander" and lo <= c.title_start < m.end() \
                    and c.title.lower().rstrip(".") in grade:
                c.role = "official_other"  # "Sergeant X": a grade, no command (whoever the NER took X for)
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or span.end >= len(doc):
            continue
        nxt = span.end
        while nxt < len(doc) and doc[nxt].is_space:
            nxt += 1
        person = rd.person_at(doc[nxt]) if nxt < len(doc) else None
        if person is None:
            continue
        last = nxt
        while last + 1 < len(doc) and rd.entity(doc[last + 1]) is person:
            last += 1
        end = doc[last].idx + len(doc[last].text)
        title = " ".join(m.group(0).split())
        # a title read from inside the grade ("Officer Third Class X" of "Petty Officer Third Class X")
        out = [c for c in out if not (m.start() < c.title_start < m.end() and c.start < end)]
        if any(c.person is person and c.start < end and lo <= c.title_start < m.end() for c in out):
            continue  # read already (and made a grade above); another title of the same person stays beside it
        if rd.is_head(doc[nxt]) or id(person) in graded:
            continue  # "Specialist Investigator X": another title follows the word
        graded.add(id(person))
        status = "former" if _former(body, m.start(), end, before.group(1) if before else None) else "current"
        out.append(Candidate(start=m.start(), end=end, person=person, name=person.name, title=title,
                             role="official_other", country=nation, organization=None, status=status,
                             title_start=m.start(), country_source="title" if nation else None))
    return out
