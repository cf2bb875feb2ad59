"""The career of the person a statement on a death mourns: "Martin served as Special Envoy for X".

A White House statement on a death is titled with the death and the person's best-known office
("Statement of President X on the Passing of Ambassador Jane Roe") and then tells the career,
often by the given name or a pronoun alone ("Jane served as Special Envoy for X"; "She was also
America's Ambassador to Y"). That career is a biography like a nominee's (dev README, roles
status: "A biography lists every public office it names, each with its status"), so its offices
are read by :func:`.nomination_bios.biography_roles`, paragraph by paragraph, skipping a paragraph
that is about someone else. The offices read here are former by their tense ("served as"); the
statuses of the person's other readings are left to the death step (:mod:`.deceased`), which does
not always find the death (a title line's "Ambassador X" may stay a current office).

Only a statement's own title line opens such a reading, and only for the person it names right
after the death ("on the Passing of Ambassador Jane Roe"); an office written in a sentence that
first names another person or a relative ("His son, John Roe, served as ...", "her father was
Governor") is that person's, not the mourned one's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .nomination_bios import biography_roles
from .reader import Candidate

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..entities import EntityIndex

__all__ = ["deceased_biographies"]

# "Statement of President X on the Passing of Ambassador Y": a release's title line naming a death
_DEATH_TITLE = re.compile(r"^(?:Joint\s+)?(?:Statements?|Proclamation|Message|Remarks|Readout)\b.*?\b"
                          r"(?:passing|death|killing|assassination|murder)\s+of\s+(?:the\s+)?(?:(?:former|late)\s+)?",
                          re.IGNORECASE)
# the name phrase right after the death: capitalised words (a title and the name) and their particles
_NAME_PHRASE = re.compile(r"(?:[A-Z][\w.’'-]*|of|the|and|de|da|van|von|al|bin)(?:\s+(?:[A-Z][\w.’'-]*|of|the|and|de|da|van|von|al|bin))*")
_SUFFIX = re.compile(r"^(?:Jr\.?|Sr\.?|I{2,3}|IV|[A-Z]\.)$")
# a relative or a colleague of someone, written before an office in its sentence: that person's office
_KIN = re.compile(r"\b(?:his|her|their|whose)\s+(?:[\w-]+\s+){0,2}?(?:sons?|daughters?|wife|husband|father|mother|brothers?|"
                  r"sisters?|child(?:ren)?|grand(?:son|daughter|father|mother|children)s?|uncle|aunt|nephew|niece|cousin|"
                  r"deputy|successor|predecessor|colleagues?|friends?|widow(?:er)?|partner|spouse|aides?|mentor|boss|"
                  r"chief\s+of\s+staff)\b", re.IGNORECASE)


def _surname(name: str) -> str:
    """The family name of a holder's name: the last word that is no initial or generational suffix."""
    words = [w for w in name.replace(",", " ").split() if not _SUFFIX.match(w)]
    return words[-1] if words else ""


def deceased_biographies(doc: "Doc", entities: "EntityIndex", text: str, out: list[Candidate],
                         same_office) -> list[Candidate]:
    """The roles plus the offices the body of a statement on a death gives the person it mourns.

    Args:
        doc: The Doc.
        entities: The entity index.
        text: ``doc.text``.
        out: The resolved roles.
        same_office: The test of one person's one office read twice (:func:`.nomination_merge.same_office`).

    Returns:
        The roles with the mourned person's career added; an office already read stays as it was.
    """
    line_end = text.find("\n")
    if line_end < 0:
        return out
    m = _DEATH_TITLE.match(text, 0, line_end)
    if m is None:
        return out
    phrase = _NAME_PHRASE.match(text, m.end(), line_end)
    if phrase is None:
        return out
    mourned = phrase.group()
    subj = next((c for c in out if c.person is not None and c.name and len(c.name.split()) >= 2
                 and len(_surname(c.name)) > 1 and re.search(rf"\b{re.escape(_surname(c.name))}\b", mourned)), None)
    if subj is None:
        return out
    own = {w.lower() for w in re.findall(r"[\w’'-]+", subj.name)}
    # another person named in the body: a PERSON entity with a word that is none of the mourned
    # one's ("Peter" and "Hallström" are his; "Michael Kane" is a son of the same surname)
    others = [e.start_char for e in doc.ents if e.label_ == "PERSON" and e.start_char > line_end
              and not {w.lower() for w in re.findall(r"[\w’'-]+", e.text)} <= own]
    found = biography_roles(doc, entities, text, [subj], subj.country, subj.country_source,
                            [(line_end + 1, len(text), subj)])
    new: list[Candidate] = []
    for b in found:
        lo = max(text.rfind(". ", 0, b.start), text.rfind("\n", 0, b.start)) + 1
        if _KIN.search(text, lo, b.start) or any(lo <= at < b.start for at in others):
            continue  # "His son, John Roe, served as X": the son's office
        over = [c for c in out if c.start < b.end and b.start < c.end]
        if any(_named_holder(c) for c in over) or any(same_office(b, c) for c in out + new):
            continue  # an office another reading gives a person (perhaps another one) stays theirs
        # a reading that made a word of the title its holder ("Negotiations") gives way
        out = [c for c in out if c not in over]
        new.append(b)
    return sorted(out + new, key=lambda c: c.start)


def _named_holder(c: Candidate) -> bool:
    """Whether a reading's holder is a person the entities stage found."""
    return c.person is not None and getattr(c.person, "label", "PERSON") == "PERSON"
