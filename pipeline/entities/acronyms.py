"""Acronyms: one entity for a long form and its acronym ("Joint Chiefs of Staff (JCS)")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..nlp import evidence, evidence_of, text
from .lexicon import Group
from .tokens import DocWords

if TYPE_CHECKING:
    from spacy.tokens import Doc

_ACRONYM_SKIP = frozenset({"of", "and", "the", "for", "on", "in", "&", "-"})


def acronym_definitions(doc: "Doc", words: DocWords | None = None) -> list[tuple[str, int, int]]:
    """ "Nuclear Consultative Group (NCG)": acronym, and the doc char range of the long form it abbreviates.

    The long form is the run of words just before the parenthesis whose capitalised words' initials
    spell the acronym (function words such as "of" may sit inside it).
    """
    out: list[tuple[str, int, int]] = []
    if "(" not in text(doc):
        return out
    words = words or DocWords.of(doc)
    for i in words.between(doc, "(", ")"):
        tok = doc[i]
        acr = tok.text
        if not (2 <= len(acr) <= 6 and acr.isupper() and acr.isalpha()) or tok.i < 2 or tok.i + 1 >= len(doc):
            continue
        if doc[tok.i - 1].text != "(" or doc[tok.i + 1].text != ")":
            continue
        letters = list(acr)
        j = tok.i - 2
        start = None
        while j >= 0 and letters:
            w = doc[j]
            if w.lower_ in _ACRONYM_SKIP and start is not None:
                j -= 1
                continue
            take = _initials_taken(w.text, letters) if w.is_alpha and w.text[0].isupper() else 0
            if not take:
                break
            del letters[-take:]
            start = j
            j -= 1
        if not letters and start is not None:
            out.append((acr, doc[start].idx, doc[tok.i - 2].idx + len(doc[tok.i - 2].text)))
    return out


def _initials_taken(word: str, letters: list[str]) -> int:
    """How many of the acronym's remaining last letters ``word`` accounts for: it must start with
    the first of them and contain the others in order ("Cybersecurity" gives C and S of CSA)."""
    upper = word.upper()
    for k in range(len(letters), 0, -1):
        cand = letters[-k:]
        if upper[0] != cand[0]:
            continue
        pos = 1
        for ch in cand[1:]:
            pos = upper.find(ch, pos) + 1
            if pos == 0:
                break
        else:
            return k
    return 0


def merge_acronyms(doc: "Doc", groups: list[Group], *, words: DocWords | None = None) -> list[Group]:
    """One entity for a long form and its acronym ("Joint Chiefs of Staff" and "JCS"), named by the
    long form; an acronym the model found without its long form gets the long form as a mention."""
    defs = acronym_definitions(doc, words)
    if not defs:
        return groups
    words = words or DocWords.of(doc)
    for acr, s, e in defs:
        short = next((g for g in groups if g.name == acr), None)
        long_ev = evidence(doc, s, e)
        _long_form_cut(groups, acr, long_ev)
        if short is None:
            _acronym_by_its_long_form(doc, groups, acr, long_ev, words)
            continue
        long = next((g for g in groups if g is not short and any(m.start <= long_ev.start and long_ev.end <= m.end
                                                                 for m in g.mentions)), None)
        if long is not None:
            long.mentions.extend(short.mentions)
            long.first = min(long.first, short.first)
            groups = [g for g in groups if g is not short]
        else:
            inside = [g for g in groups if g is not short
                      and any(m.start < long_ev.end and long_ev.start < m.end for m in g.mentions)]
            if inside and (short.label != "ORG" or any(g.label == "PERSON" for g in inside) or any(
                    m.start < long_ev.start - 4 or m.end > long_ev.end for g in inside for m in g.mentions
                    if m.start < long_ev.end and long_ev.start < m.end)):
                continue  # pieces that run out of the long form: not the model splitting its name
            # the model split the long form ("the Economic Community of" + "Central African"): the
            # text's own definition gives its extent, its pieces are no entities of their own
            for g in inside:
                g.mentions = [m for m in g.mentions if not (m.start < long_ev.end and long_ev.start < m.end)]
            groups = [g for g in groups if g.mentions]
            short.name = " ".join(long_ev.text.replace("\n", " ").split())
            short.mentions.append(long_ev)
    return groups


def _long_form_cut(groups: list[Group], acr: str, long_ev) -> None:
    """A long form's mention the model ran on into "(" and the acronym ("Intergovernmental Authority
    on Development (IGAD") ends where the long form does."""
    for g in groups:
        for k, m in enumerate(g.mentions):
            if m.start <= long_ev.start and m.end > long_ev.end and "(" in m.text[long_ev.end - m.start:]:
                g.mentions[k] = long_ev
                if g.name.endswith(acr):
                    g.name = " ".join(long_ev.text.replace("\n", " ").split())


def _acronym_by_its_long_form(doc: "Doc", groups: list[Group], acr: str, long_ev, words: DocWords) -> None:
    """The model tagged the long form but not its acronym ("the Economic Community of West African
    States (ECOWAS) ... ECOWAS said"), or glued the opening parenthesis and acronym onto the long
    form: the text itself defines the acronym, so every bare use of it is a mention of the long
    form's entity, and the long form's own mention ends before the parenthesis."""
    long = next((g for g in groups if any(m.start <= long_ev.start and long_ev.end <= m.end for m in g.mentions)),
                None)
    if long is None or long.label not in ("ORG", "GPE", "FAC", "NORP", "LOC"):
        return
    taken = [(m.start, m.end) for g in groups for m in g.mentions]
    # the tokens written as the acronym, read off the token array (a list, not a tuple: a
    # per-document word is not kept among the fixed lists' cached ids)
    for i in words.positions(doc, [acr]):
        tok = doc[i]
        ev = evidence_of(doc, tok)
        if not any(a < ev.end and ev.start < b for a, b in taken):
            long.mentions.append(ev)
            taken.append((ev.start, ev.end))
