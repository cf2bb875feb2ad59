"""Public bodies written as led with the verbs "lead" and "head" (profiles, obituaries, biographies).

"Roe, who headed the Defense Intelligence Agency from 2012 to 2014, died", "She led the National
Institute of Standards and Technology from 1993 to 1997", "Commodore Roe, who on Monday became
the first woman to lead the Navy's Northern Command": the subject was (is) head of that body, a
public office when the body is a government's (annotation guide, "Rules": government, military;
biographies: past offices are former). A military formation led is a command
(military_commander); "led the team", "headed the company" or a body no government word names
make no role. Only forms that state a tenure are read: a past "led"/"headed", a present
"leads"/"heads", and "to lead" after "became ..." (held now) or "was confirmed ... to lead"
(held then); "would lead", "if confirmed to lead" are no office held.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.attrs import LEMMA

from ..knowledge.offices import load_offices
from ..nlp import text as text_of
from ..tokenarrays import token_indices
from .clauses import subject_holder
from .nomination_bios import is_public_office, private_body_post
from .reader import DETERMINERS, WS, Candidate, Reader
from .status import years

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["led_bodies"]

_LEAD_LEMMAS = ("lead", "head")
"""the lemmas of the verbs of leading this reader looks at"""
_MILITARY_HEADS = frozenset({"command", "division", "fleet", "army", "navy", "corps", "brigade", "regiment",
                             "battalion", "squadron", "wing", "force", "forces"})
"""Head nouns of military formations: the one who leads one commands it."""
_BODY_HEADS = frozenset({"administration", "agency", "authority", "bureau", "commission", "department", "directorate",
                         "embassy", "ministry", "mission", "office", "secretariat", "service", "institute", "guard",
                         "police", "council"}) | _MILITARY_HEADS
"""Head nouns of public bodies a person is said to lead or head."""


def _status(verb) -> str | None:
    """The tenure a form of "lead"/"head" states, or None for a form that states none."""
    if verb.tag_ == "VBD":
        return "former"
    if verb.tag_ in ("VBZ", "VBP"):
        return "current"
    if verb.tag_ != "VB" or not any(c.lower_ == "to" for c in verb.children):
        return None
    for anc in verb.ancestors:
        if any(c.lower_ in ("would", "could", "might", "if", "will") for c in anc.children) and anc.lemma_ != "continue":
            return None  # "would become the first ... to lead", "if confirmed to lead"
        if anc.lemma_ == "become":
            return "current"  # "became the first woman to lead X": holds it now
        if anc.lemma_ == "continue":
            return "current"  # "will continue to lead X"
        if anc.lemma_ in ("confirm", "appoint", "name") and anc.tag_ in ("VBD", "VBN") \
                and any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in anc.children):
            return "former"  # "was confirmed by the Senate to lead X" in a career told in the past
    return None


tenure_of_lead = _status
"""The tenure a verb of leading states (also for "chair": :mod:`.chaired_committees`)."""


def led_bodies(rd: Reader, person_of: "Callable[[Reader, tuple[int, int]], tuple]") -> list[Candidate]:
    """Heads of public bodies written with "lead"/"head" (see the module docstring).

    Args:
        rd: The document reader.
        person_of: (reader, name token range) -> (PERSON entity or None, name to report).

    Returns:
        One candidate per reading: "head of <body>" (official_other) or "commander of <formation>".
    """
    doc = rd.doc
    if not len(doc):
        return []
    off = load_offices()
    out = []
    for i in token_indices(doc, LEMMA, _LEAD_LEMMAS):  # (read off the token array, no loop over every token)
        verb = doc[i]
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        if verb.pos_ != "VERB" or not objs:
            continue
        status = _status(verb)
        if status is None:
            continue
        obj = objs[0]
        toks = sorted(obj.subtree, key=lambda t: t.i)
        while toks and toks[0].lower_ in DETERMINERS:
            toks.pop(0)
        if not toks or obj.lower_ not in _BODY_HEADS or not obj.text[:1].isupper() \
                or not any(t.pos_ == "PROPN" for t in toks) or any(rd.is_person(t) for t in toks):
            continue
        body = WS.sub(" ", doc[toks[0].i:toks[-1].i + 1].text)
        military = obj.lower_ in _MILITARY_HEADS
        owner = body.split("'s ")[0].split("’s ")[0] if ("'s " in body or "’s " in body) else ""
        if owner and not (is_public_office("Director of the " + owner) or off.is_unit_name(owner.lower().split())):
            continue  # "the Acme Corporation's Sales Department": a company's unit
        if not military and (not is_public_office("Director of the " + body) or private_body_post("Director of the " + body)):
            continue
        holder = subject_holder(rd, verb)
        if holder is None:
            # "X, who became the first woman to lead Y": the subject of the clause "to lead" completes
            holder = next((h for a in verb.ancestors if a.pos_ in ("VERB", "AUX")
                           for h in [subject_holder(rd, a)] if h is not None), None)
        if holder is None:
            continue
        out.append(lead_candidate(rd, person_of, holder, verb, toks, status,
                                  title=("commander of " if military else "head of ") + body,
                                  role="military_commander" if military else "official_other"))
    return out


def lead_candidate(rd: Reader, person_of: "Callable[[Reader, tuple[int, int]], tuple]", holder: tuple,
                   verb, toks: list, status: str, *, title: str, role: str) -> Candidate:
    """The role of the subject of a verb of leading ("led", "chaired") over the body ``toks`` names.

    Args:
        rd: The document reader.
        person_of: Resolves the holder's name span to (person entity, name).
        holder: (name span, evidence start token) of the verb's subject.
        verb: The verb of leading.
        toks: The tokens of the body's name.
        status: The tenure the verb's tense and modifiers give; a year range ending before the
            publication makes a current tenure former.
        title: The role's title.
        role: The role's category.
    """
    doc = rd.doc
    name, ev_start = holder
    person, pname = person_of(rd, name)
    s_start, s_end = rd.sentence(verb.i)
    last = doc[s_end - 1]
    lo, hi = verb.idx, toks[-1].idx + len(toks[-1].text)
    since, until = years(text_of(doc), lo, hi, (doc[s_start].idx, last.idx + len(last.text)))
    if until and status == "current":
        status = "former"
    return Candidate(start=min(doc[ev_start].idx, lo), end=hi, person=person, name=pname, title=title, role=role,
                     country=None, organization=None, status=status, since=since, until=until,
                     title_start=doc[toks[0].i].idx)
