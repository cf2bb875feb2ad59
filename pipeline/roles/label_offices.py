"""The office a transcript's turn label writes before its speaker's name: "ACTING ADMINISTRATOR
SLAVITT:", "SURGEON GENERAL MURTHY:", "COMMISSIONER ROE:".

A label of office and surname names the speaker and his or her office (the annotation guide: a
speaker line is a role when it names an office). The candidate reader finds most of them in the
capitals ("SECRETARY BLINKEN:", "PRIME MINISTER KISHIDA:"); the parser reads some capitals as
another kind of word and misses a title opened by a modifier ("ACTING ...") or made of two head
words ("SURGEON GENERAL"). This step reads the label itself, with the office vocabulary: the
words before the name are office words and the last of them a head word; the name words are the
surname of one person the text names. A label whose office part has no head word ("FIRST LADY",
"SENIOR ADMINISTRATION OFFICIAL", "MODERATOR") names no office. A person already given an office
of the same category keeps that reading (one role per office, not one per label).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..knowledge.offices import load_offices
from ..names import without_article
from ..transcripts import turn_labels
from .reader import Candidate, person_key
from .titles import classify, is_private

if TYPE_CHECKING:
    from ..entities import EntityIndex
    from ..knowledge.offices import Offices

__all__ = ["label_offices"]

_ACTING = "acting"


def label_offices(body: str, entities: "EntityIndex", cands: list[Candidate]) -> list[Candidate]:
    """Candidates for the offices written in turn labels that no reading has given its speaker.

    Args:
        body: The text of a transcript (the caller asks :func:`.speakers.label_spans`).
        entities: The index of the article's entities.
        cands: The candidates found so far.

    Returns:
        New candidates, one per (person, title), status "acting" after "ACTING".
    """
    off = load_offices()
    labels = [lab for lab in turn_labels(body) if not lab.question]
    out: list[Candidate] = []
    seen: set[tuple[str, str]] = set()
    people = [e for e in entities.entities if e.label == "PERSON"]
    for lab in labels:
        words = lab.text.split()
        k = 0
        while k < len(words) and _office_word(words[k], off):
            k += 1
        office, name = words[:k], words[k:]
        if not office or not name or len(name) > 3 or office[-1].lower().rstrip(".") not in off.heads:
            continue
        key = frozenset(without_article([w.lower() for w in name]))  # ("AMIR AL THANI": the article apart)
        hits = {e.id: e for e in people if key <= person_key(e.name)}
        if len(hits) > 1 or not hits and not all(w.replace("-", "").replace("’", "").replace("'", "").isalpha()
                                                 for w in name):
            continue  # two people of that surname; or no name ("PRESIDENT 2:")
        # a speaker the text names only in the labels is the label's surname as written ("SLAVITT"),
        # as the candidate reader writes it (a PERSON is made of it: :func:`.persons_from_roles`)
        ent = next(iter(hits.values())) if hits else None
        written = ent.name if ent is not None else " ".join(name)
        ident = ent.id if ent is not None else written
        acting = office[0].lower() == _ACTING
        title = " ".join(w.capitalize() for w in office)
        bare = " ".join(w.capitalize() for w in office[1:]) if acting else title
        if not bare or is_private(bare):
            continue
        role = classify(bare)
        if not role or (ident, role) in seen or any(
                c.role == role and (c.person.id == ent.id if c.person is not None and ent is not None
                                    else key <= person_key(c.name))
                for c in cands):
            continue
        seen.add((ident, role))
        out.append(Candidate(start=lab.start, end=lab.start + len(lab.text), person=ent, name=written,
                             title=title, role=role, country=None, organization=None,
                             title_start=lab.start, status="acting" if acting else "current"))
    return out


def _office_word(word: str, off: "Offices") -> bool:
    """Whether a label word belongs to an office: "ACTING", a head word or a title's modifier or
    connector ("DEPUTY", "OF"); a courtesy title ("MR.") or a name is none."""
    low = word.lower().rstrip(".")
    return low == _ACTING or low in off.heads or low in off.modifiers or low in off.connectors
