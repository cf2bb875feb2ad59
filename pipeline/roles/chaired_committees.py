"""A legislature's committee chaired, written with the verb "chair" (statements on a legislator's
retirement or death, profiles, biographies): "She chaired the Senate Intelligence Committee",
"he became the first senator to chair the House Armed Services Committee", "Roe, who chairs the
Senate Rules Committee".

The chair of a committee of a legislature is a post held by one of its members (annotation guide:
one role per (person, office); the office ontology reads a chamber's committee chair as a
legislator). The verb alone does not say whose committee it is (a party's, a company's, a
board's), so only a committee the object names as a chamber's is read: its words name the
Senate, the House (of Representatives), Congress or a parliament. Tenure as for "lead" and
"head" (:mod:`.led_bodies`): a past "chaired" is former, a present "chairs" current, "to chair"
only after "became ..." or "was confirmed/appointed ... to"; "would chair", "if elected to
chair" state no office held.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.attrs import LEMMA

from .clauses import subject_holder
from .led_bodies import lead_candidate, tenure_of_lead
from .reader import DETERMINERS, WS, Candidate, Reader
from .titles import classify

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["chaired_committees"]

_COMMITTEE = frozenset({"committee", "subcommittee", "caucus"})
"""Head nouns of a legislature's working bodies a member chairs."""
_CHAMBER = re.compile(r"\b(?:Senate|House|Congress|Congressional|Parliament|Parliamentary|Bundestag|Knesset|"
                      r"Lok Sabha|Rajya Sabha|Diet|Duma|Assembly)\b")
"""Words naming the legislature the committee belongs to (chambers' own names)."""


def chaired_committees(rd: Reader, person_of: "Callable[[Reader, tuple[int, int]], tuple]") -> list[Candidate]:
    """Chairs of a legislature's committees written with the verb "chair" (see the module docstring).

    Args:
        rd: The document reader.
        person_of: (reader, name token range) -> (PERSON entity or None, name to report).

    Returns:
        One candidate per reading, titled "chair of <committee>".
    """
    doc = rd.doc
    if not len(doc):
        return []
    lemma = doc.vocab.strings["chair"]
    out = []
    for i in (doc.to_array([LEMMA]).ravel() == lemma).nonzero()[0]:
        verb = doc[int(i)]
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        if verb.pos_ != "VERB" or not objs or objs[0].lower_ not in _COMMITTEE:
            continue
        status = tenure_of_lead(verb)
        if status is None:
            continue
        head = objs[0]
        # a relative clause or participle on the committee says what it did, not whose it is
        clause = {t.i for c in head.children if c.dep_ in ("relcl", "acl") for t in c.subtree}
        toks = [t for t in sorted(head.subtree, key=lambda t: t.i) if t.i not in clause]
        while toks and toks[0].lower_ in DETERMINERS:
            toks.pop(0)
        while toks and toks[-1].is_punct:
            toks.pop()
        if not toks or any(rd.is_person(t) for t in toks):
            continue
        body = WS.sub(" ", doc[toks[0].i:toks[-1].i + 1].text)
        # the chamber is named before the head noun or in its "of" complement ("Committee of the House")
        owner = [t for t in toks if t.i <= head.i] + [t for c in head.children if c.dep_ == "prep"
                                                         and c.lower_ == "of" for t in c.subtree]
        if not _CHAMBER.search(" ".join(t.text for t in owner)):
            continue
        holder = subject_holder(rd, verb)
        if holder is None and verb.dep_ in ("xcomp", "acl"):
            # "was appointed to chair Y", "the first woman to chair Y": the clause the infinitive
            # completes has the subject; never across a relative clause ("whose mother chaired Y")
            a = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")), None)
            holder = subject_holder(rd, a) if a is not None else None
        if holder is None:
            continue
        title = "chair of the " + body
        out.append(lead_candidate(rd, person_of, holder, verb, toks, status, title=title, role=classify(title)))
    return out
