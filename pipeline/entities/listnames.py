"""Names heading the items of a list of people: "-   Manu Asthana of Pennsylvania".

Appointment announcements, board rosters, guest lists and delegations list people one a line,
each item opening with the name ("-   Ada Roe of Ohio", "-   Ada Roe, Regional Administrator,
Region 7"). The statistical NER finds most of them but misses names it has not seen (not
Anglo-American, or rare given names), and sometimes keeps only part of one ("Jean Mattei" of
"Norma Jean Mattei"). When most items of a list open with a person, an item opening the same
way with a name-shaped phrase is a person too. Likewise a full name coordinated with a
person's full name in running text ("named Ryozo Himino and Shinichi Uchida", "joined by X, Y
and Z") is a person whatever label the model gave it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..knowledge.offices import OFFICE_WORDS
from ..nlp import text as doc_text
from ..names import SUFFIXES, is_given_name
from .lexicon import FACILITY_HEADS, GEO_HEADS, NAME_PARTICLES, ORG_NAME_HEADS, PLACE_NOUNS, TITLE_WORDS, Item

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..knowledge.countries import Gazetteer

__all__ = ["coordinated_full_names", "list_item_names", "name_shaped"]

# A list item: a line (its bullet, if text normalisation kept it), then the item's lead, up to
# " of ", a comma, a bracket, a colon, a dash or the end of the line.
_ITEM = re.compile(r"^[ \t]*(?:[-*•·–][ \t]+)?(?P<lead>[^\n,;:(–—]{2,60}?)(?=[ \t]+of[ \t]|[ \t]*[,;:(–—]|[ \t]*$)",
                   re.MULTILINE)
# Words of a person's name: capitalised (hyphens and apostrophes inside), initials, particles.
_NAME_WORD = re.compile(r"^(?:[A-Z][a-z]+(?:['’-][A-Za-z][a-z]+)*|[A-Z][a-z]?[A-Z][a-z]+|[A-Z]['’][A-Z][a-z]+"
                        r"|[A-Z]\.(?:[A-Z]\.)?)$")
_NOT_NAME_WORDS = OFFICE_WORDS | TITLE_WORDS | ORG_NAME_HEADS | FACILITY_HEADS | GEO_HEADS | PLACE_NOUNS


def name_shaped(lead: str) -> bool:
    """Whether ``lead`` (the start of a line) is shaped like a full name of two to five words.

    Args:
        lead: The words before a line's separator ("Ana Ruiz" in "Ana Ruiz, Secretary").

    Returns:
        True when its words, particles and suffixes aside, are at least two capitalised name words.
    """
    words = lead.split()
    if not 2 <= len(words) <= 5:
        return False
    # each word lower-cased once (this runs on the lead of every line of the article)
    core = [(w, low) for w, low in zip(words, lead.lower().split())
            if low not in NAME_PARTICLES and low.rstrip(".") not in SUFFIXES]
    if len(core) < 2 or core[-1][0].endswith(".") or core[0][0].endswith(".") and len(core) < 3:
        return False
    return all(_NAME_WORD.match(w) and low not in _NOT_NAME_WORDS for w, low in core)


# Titles an item may write before the name ("-   Governor Ada Roe, ...", "-   Rep. Ada Roe, ..."):
# the name is what follows them.
_LEAD_TITLES = re.compile(r"^(?:(?:Governor|Gov\.|Senator|Sen\.|Representative|Rep\.|Mayor|Dr\.|Mr\.|Mrs\.|Ms\.|"
                          r"Judge|Justice|Ambassador|Secretary|Minister|President|General|Gen\.|Admiral|Adm\.)\s+)+")


def _untitled(lead: str) -> str:
    return _LEAD_TITLES.sub("", lead, count=1)


def list_item_names(doc: "Doc", items: list[Item], gaz: "Gazetteer") -> list[Item]:
    """Add the persons heading the items of a list whose items mostly head with a person.

    Args:
        doc: The parsed article.
        items: Entity spans ``(start token, end token, label)``.
        gaz: The country gazetteer (a country or a known organisation is never a person).

    Returns:
        ``items`` with the names added, a person's name the model cut short at its start
        extended, and a name-shaped lead tagged otherwise relabelled; sorted by start.
    """
    text = doc_text(doc)
    if "\n" not in text:
        return items
    leads = []  # (line number, start token, end token) of name-shaped leads
    for m in _ITEM.finditer(text):
        lead = _untitled(m.group("lead").strip())
        if not name_shaped(lead):
            continue
        start = m.start("lead") + m.group("lead").index(lead)
        span = doc.char_span(start, start + len(lead), alignment_mode="strict")
        if span is not None:
            leads.append((text.count("\n", 0, start), span.start, span.end))
    if len(leads) < 3:
        return items
    persons = {(s, e) for s, e, lab in items if lab == "PERSON"}

    def person_in(s: int, e: int) -> bool:
        return any(s <= ps and pe <= e for ps, pe in persons)

    out = list(items)
    # Runs of list lines close together (continuation lines of a long item in between).
    runs: list[list[tuple[int, int, int]]] = []
    for lead in leads:
        if runs and lead[0] - runs[-1][-1][0] <= 3:
            runs[-1].append(lead)
        else:
            runs.append([lead])
    for run in runs:
        named = sum(person_in(s, e) for _line, s, e in run)
        if named < 2 or named * 2 < len(run):
            continue
        for _line, s, e in run:
            inside = [it for it in out if it[0] < e and s < it[1]]
            whole = next((it for it in inside if it[2] == "PERSON" and it[0] == s), None)
            if whole is not None:
                if whole[1] > e and doc[e].lower_ == "of":
                    # "Ada Roe of Salem" taken whole: the name ends where the item's lead does
                    out[out.index(whole)] = (s, e, "PERSON")
                continue
            words = doc[s:e].text
            if gaz.country(words) or gaz.organization(words):
                continue
            if all(it[0] >= s and it[1] <= e for it in inside):
                # nothing reaching outside the lead: it becomes one person
                out = [it for it in out if it not in inside] + [(s, e, "PERSON")]
    return sorted(out, key=lambda it: (it[0], it[1]))


# Labels the model gives a full name in a list of people when it does not know it.
_MISLABELS = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})
_INITIAL = re.compile(r"^[A-Z]\.(?:[A-Z]\.)*$")


def _full_name_shaped(doc: "Doc", s: int, e: int, gaz: "Gazetteer") -> bool:
    """Two to four words opening with a listed given name or initials, the rest capitalised name
    words or particles, none a word of titles, bodies or places, and no known organisation or
    country ("Shinichi Uchida", "A.B. de Villiers"; not "Goldman Sachs", "Georgia Power")."""
    if not 2 <= e - s <= 4:
        return False
    first, text = doc[s], doc[s:e].text
    if not (is_given_name(first.text) and first.is_title or _INITIAL.match(first.text)):
        return False
    if gaz.organization(text) or gaz.country(text) or gaz.country(doc[e - 1].text):
        return False
    if sum(1 for t in doc[s:e] if t.lower_ not in NAME_PARTICLES and not _INITIAL.match(t.text)) > 3:
        return False  # "Wilmer Cutler Pickering Hale": a firm named for four partners
    return all(t.lower_ in NAME_PARTICLES or (_NAME_WORD.match(t.text) and t.lower_.rstrip(".") not in _NOT_NAME_WORDS)
               for t in doc[s + 1:e])


def coordinated_full_names(doc: "Doc", items: list[Item], gaz: "Gazetteer") -> list[Item]:
    """Relabel as PERSON a full name the model gave another label when it is coordinated with
    the full name of a person ("Ryozo Himino and Shinichi Uchida", "A.B. de Villiers and J.
    Bradford DeLong"): the items of a coordination are things of one kind, and a given name
    first makes it a person's name."""
    owner: dict[int, int] = {}
    for k, (s, e, lab) in enumerate(items):
        if lab == "PERSON" and e - s >= 2:
            for i in range(s, e):
                owner[i] = k
    if not owner:
        return items
    out = list(items)
    for k, (s, e, lab) in enumerate(items):
        if lab not in _MISLABELS or not _full_name_shaped(doc, s, e, gaz):
            continue
        root = doc[s:e].root
        near = [root.head.i] if root.dep_ == "conj" else []
        near += [c.i for c in root.children if c.dep_ == "conj"]
        if any(i in owner and not s <= i < e for i in near):
            out[k] = (s, e, "PERSON")
    return out
