"""Further sources of a one-sided act named in a comparative clause that repeats it by a pro-verb.

English reports that another party did the same act without repeating the verb: "Japan condemned
the launch, as did South Korea", "X expressed concern, just as we have", "Germany imposed
sanctions, as did France and Italy". The clause is an adverbial clause marked "as" whose verb is
a bare "do" or "have" standing for the main verb; its subjects did the act too (PLOVER codes one
event per source). "as X has said" or "as X did in Iraq" with a verb of its own is no repetition,
and a speaker's "as I did" compares another's act with the speaker's own words.

Pure helper of :mod:`.multiparty`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

PRO_VERBS = frozenset({"do", "have"})
"""verbs that stand for the main verb in an "as did X" / "as X has" clause"""
_OWN_ARGUMENTS = frozenset({"dobj", "xcomp", "ccomp", "acomp", "attr", "prep", "dative", "oprd"})
"""dependents that give the clause a content of its own ("as X did in Iraq", "as X has said")"""


def comparative_subjects(verb: "Token") -> list["Token"]:
    """The subjects (and their conjuncts) of "as"-clauses under ``verb`` that repeat its act by a
    bare pro-verb ("condemned the launch, as did A and B" -> A, B), in text order."""
    out: list["Token"] = []
    for cl in verb.children:
        if cl.dep_ != "advcl" or cl.lemma_.lower() not in PRO_VERBS or cl.i < verb.i:
            continue
        if not any(c.dep_ == "mark" and c.lower_ == "as" for c in cl.children):
            continue
        if any(c.dep_ in _OWN_ARGUMENTS for c in cl.children) or \
                any(c.dep_ == "aux" or c.tag_ == "VBN" for c in cl.children):
            continue  # ("as X has said": the clause's verb is "said"; "as X has done before": an object)
        for subj in (c for c in cl.children if c.dep_ == "nsubj"):
            if subj.lower_ == "i":
                continue  # "the agency is unveiling, as I just did, ...": the speaker's own words
            out.append(subj)
            out.extend(k for k in subj.subtree if k.dep_ == "conj")
    return sorted(out, key=lambda t: t.i)
