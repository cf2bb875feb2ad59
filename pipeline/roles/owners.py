"""Whose government an office without a country word serves, read from its owner in the text.

- "Szalai told state radio ... His foreign minister, Peter Sziget, said": a possessive pronoun
  before the title refers to the subject of its own or the previous sentence; an official's
  minister, envoy or spokesman serves the owner's government or organisation ("Ruiz, whose
  economy minister ..." likewise, through the relative "whose").
- "The European Commission said its president, X, ...": "its" refers to the body that is the
  subject, a government's or an international organisation's.
- "Under Secretary Jay Roe, who accompanied Harper, met ...": an official travelling with another
  serves the same government (a delegation's member), not the host's the dateline names.
- "ALGIERS - France's foreign minister ... held talks with her counterpart, Foreign Minister X":
  a counterpart in a story filed from another government's capital is the host's official.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..nlp import text

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .reader import Candidate, Reader

__all__ = ["companion_owner", "host_counterparts", "its_subject", "pronoun_owner"]

_PRONOUNS = frozenset({"his", "her"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def host_counterparts(out: "list[Candidate]", host: str | None) -> None:
    """A counterpart left without a country in a story filed from another government's capital:
    the host's official, when the article places an official of that category in another country
    and none in the host's (in place). A visitor met at home ("WASHINGTON - the Secretary of State
    met his counterpart ...") stays unknown: the dateline's government has that official."""
    if host is None:
        return
    for c in out:
        if not c.counterpart or c.country or c.organization or c.status != "current":
            continue
        same = {o.country for o in out if o is not c and o.role == c.role and o.country and o.status == "current"}
        if same and host not in same:
            c.country, c.country_source = host, "dateline"


def pronoun_owner(rd: "Reader", c: "Candidate", out: "list[Candidate]") -> tuple[str | None, str | None]:
    """(country, organisation) of the official a possessive pronoun or "whose" before the title
    refers to (see the module's docstring), when that person holds offices of one place in the
    article; (None, None) otherwise."""
    if c.counterpart or c.title.lower() in ("counterpart", "counterparts"):
        return None, None  # "his counterpart": the other government's official
    doc = rd.doc
    before = text(doc)[max(0, c.title_start - 30):c.title_start].lower() if c.title_start >= 0 else ""
    if not any(w in before for w in ("his ", "her ", "whose ")):
        return None, None  # the cheap test first
    span = doc.char_span(c.title_start, c.end, alignment_mode="expand") if c.title_start >= 0 else None
    if span is None or span.start < 1:
        return None, None
    i = span.start - 1
    while i > span.start - 3 and i > 0 and doc[i].is_lower and doc[i].pos_ in ("ADJ", "NOUN") and doc[i].lower_ not in _PRONOUNS:
        i -= 1  # "his new foreign minister"
    word = doc[i].lower_
    if word == "whose":
        owner = rd.person_at(doc[i - 2]) if i >= 2 and doc[i - 1].text == "," else None
    elif word in _PRONOUNS and doc[i].tag_ == "PRP$":
        owner = _antecedent(rd, doc[i])
    else:
        return None, None
    if owner is None or c.person is not None and owner.id == c.person.id:
        return None, None
    places = {(o.country, o.organization) for o in out if o.person is not None and o.person.id == owner.id
              and o.status == "current" and (o.country or o.organization) and not o.counterpart}
    return places.pop() if len(places) == 1 else (None, None)


def _antecedent(rd: "Reader", pron: "Token"):
    """The person a possessive pronoun refers to: the subject written before it in its sentence,
    else (no subject before it: "His foreign minister, X, said") the main subject of the previous
    sentence, when a person is named there."""
    sent = pron.sent
    for tok in reversed(list(sent[:pron.i - sent.start])):
        if tok.dep_ in _SUBJECTS:
            # the subject before it is the owner; one that names no person ("The President-elect
            # introduced her adviser") leaves the owner unknown, not the previous sentence's
            ent = rd.person_at(tok)
            return ent if ent is not None and ent.label == "PERSON" else None
    if sent.start == 0:
        return None
    prev = pron.doc[sent.start - 1].sent
    subj = next((t for t in prev if t.dep_ in _SUBJECTS and t.head.dep_ == "ROOT"), None)
    ent = rd.person_at(subj) if subj is not None else None
    return ent if ent is not None and ent.label == "PERSON" else None


_ACCOMPANYING = re.compile(r",?\s+(?:who\s+(?:accompanied|is\s+accompanying|was\s+accompanying|travel(?:l)?ed\s+with|"
                           r"is\s+travel(?:l)?ing\s+with)|accompanying|travel(?:l)?ing\s+with)\s+(?:the\s+)?(?=[A-Z])")


def companion_owner(rd: "Reader", c: "Candidate", out: "list[Candidate]") -> tuple[str | None, str | None]:
    """(country, organisation) of the official the holder is said to accompany right after the
    name ("X, who accompanied Harper, ..."), when that person holds offices of one place in the
    article; (None, None) otherwise."""
    m = _ACCOMPANYING.match(text(rd.doc), c.end)
    if m is None or c.counterpart:
        return None, None
    span = rd.doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
    owner = rd.person_at(span[0]) if span is not None and len(span) else None
    if owner is None or owner.label != "PERSON" or c.person is not None and owner.id == c.person.id:
        return None, None
    places = {(o.country, o.organization) for o in out if o.person is not None and o.person.id == owner.id
              and o.status == "current" and (o.country or o.organization) and not o.counterpart}
    return places.pop() if len(places) == 1 else (None, None)


def its_subject(rd: "Reader", c: "Candidate") -> tuple[str | None, str | None]:
    """(country, organisation) of the body "its" before the title refers to, the subject written
    before it in its sentence ("The European Commission said its president, X, ..."); (None, None)
    when no "its" is written there or that subject is no government, seat or international
    organisation."""
    doc = rd.doc
    if c.title_start < 4 or c.counterpart or text(doc)[c.title_start - 4:c.title_start].lower() != "its ":
        return None, None  # the cheap test first: most titles follow no "its"
    span = doc.char_span(c.title_start, c.end, alignment_mode="expand")
    if span is None or span.start < 1 or doc[span.start - 1].lower_ != "its":
        return None, None
    its = doc[span.start - 1]
    sent = its.sent
    subject = next((t for t in reversed(its.doc[sent.start:its.i]) if t.dep_ in _SUBJECTS), None)
    place = rd.place(subject) if subject is not None else None
    if place is None:
        return None, None
    return (place[1], None) if place[0] == "country" else (None, place[1]) if place[0] == "org" else (None, None)
