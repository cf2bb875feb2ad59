"""The time of an office in a nominee's biography, from the frame of its sentence.

A biography tells a career in the past tense; an office it names without a verb of holding
("served as", "is") is read as held now, unless its sentence says when:

- "As Under Secretary of the Army, Doe oversaw ...", "While Chair of the X Authority, Doe led
  ...": an office that frames a sentence whose verb is in the past tense was held then (dev
  README: biographies' "served as", "previously was" -> former);
- "Earlier in her career, she worked at the Department, serving as X", "Before joining the
  Board, he was ...": a sentence the biography sets in an earlier part of the career, its verb in
  the past tense, names offices held then;
- "... in the Obama administration", "during the Clinton Administration": an office held in the
  administration of a president whose term ended before the publication date (the office-holder
  table of US presidents, :mod:`pipeline.knowledge.offices`) was held then.

Only the nominee's own offices in the nominee's own section are read so: another person named in
a biography ("Senator X, for whom she worked") may hold the office still.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..names import name_key
from .reader import Candidate
from .us_presidents import presidents_by_surname

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["past_frames", "past_president"]

_ADMINISTRATION = re.compile(r"\b(?:[Dd]uring|[Ii]n|[Uu]nder|[Ww]ith|[Tt]hroughout)\s+the\s+(?P<names>[A-Z][a-z]+(?:[-–][A-Z][a-z]+)?"
                             r"(?:\s+and\s+[A-Z][a-z]+(?:[-–][A-Z][a-z]+)?)?)\s+[Aa]dministrations?\b")
"""A president's administration named by surname ("the Obama-Biden Administration", "the
Clinton and Obama Administrations"): the first surname of a ticket is the president's."""


_NOW = re.compile(r"\b(?:currently|now|presently|today)\b", re.IGNORECASE)


def past_president(names: str, published: str) -> bool:
    """Whether every administration named ("Obama-Biden", "Clinton and Obama") ended before ``published``."""
    table = presidents_by_surname()
    found = False
    for ticket in re.split(r"\s+and\s+", names):
        rows = table.get(re.split(r"[-–]", ticket)[0].lower())
        if not rows:
            return False  # a name the table does not know: say nothing
        if any((h.start or "") <= published and (h.end is None or published < h.end) for h in rows):
            return False  # the administration of the day (a president of that name in office then)
        if not any(h.start and h.start <= published for h in rows):
            return False  # no term of that name before the publication date
        found = True
    return found


def past_frames(doc: "Doc", cands: list[Candidate], sections: list[tuple[int, int, Candidate]],
                published: str | None) -> list[Candidate]:
    """The nominees' current offices whose sentence frames them in the past, made former.

    Args:
        doc: The Doc.
        cands: All candidates.
        sections: ``(start, end, subject)`` of each nominee's biography (:func:`.nomination_bios.bio_sections`).
        published: The publication date (ISO), if known.

    Returns:
        The candidates, those read as held in a past frame made ``former``.
    """
    if not sections:
        return cands
    out = list(cands)
    for i, c in enumerate(out):
        if c.status != "current" or c.title_start < 0:
            continue
        subj = next((s for lo, hi, s in sections if lo <= c.start < hi), None)
        if subj is None:
            continue
        ka, kb = name_key(c.name), name_key(subj.name)
        if not (ka and kb and (ka <= kb or kb <= ka)):
            continue
        span = doc.char_span(c.title_start, c.title_start + 1, alignment_mode="expand")
        if span is None:
            continue
        sent = span[0].sent
        if _as_frame(sent, span[0].i) or _earlier_career(sent) or published and _in_past_administration(sent.text, published):
            out[i] = replace(c, status="former")
    return out


def _as_frame(sent, title_i: int) -> bool:
    """"As Deputy Director, Doe led ...", "While Chair of X, Doe led ...", "While serving as X, Doe
    led ...": the title follows the sentence's opening "As" or "While", and the verb the phrase
    depends on is in the past tense."""
    first = sent[0]
    if first.lower_ not in ("as", "while") or not first.i < title_i <= first.i + 3:
        return False
    verb = first.head
    if verb.tag_ == "VBG" and verb.i < title_i:
        verb = verb.head  # "While serving as X, Doe led": the participle's head
    return verb.tag_ == "VBD" and verb.i > title_i


_EARLIER = re.compile(r"^(?:(?:Earlier|Early)\s+in\s+(?:his|her|their)\s+career|(?:Before|Prior\s+to)\s+(?:that|this|then|joining|"
                      r"entering|coming\s+to|her\s+(?:current|present)|his\s+(?:current|present)))\b")
"""The opening of a sentence set in an earlier part of a career than the biography's present."""


def _earlier_career(sent) -> bool:
    """"Earlier in her career, she worked at X, serving as Y": the sentence opens in an earlier part
    of the career, its main verb is in the past tense and it says nothing of now."""
    return bool(_EARLIER.match(sent.text)) and sent.root.tag_ == "VBD" and not _NOW.search(sent.text)


def _in_past_administration(sentence: str, published: str) -> bool:
    if _NOW.search(sentence):
        return False  # "currently serves as X, after years in the Obama administration": X is held now
    m = _ADMINISTRATION.search(sentence)
    return m is not None and past_president(m.group("names"), published)
