"""A given name standing alone for the one person of the article who has it: "Martin Indyk
dedicated his life to peace ... Martin served as Special Envoy".

Statements on a death, tributes, biographies and remarks name their subject in full once and
then by the first name alone; the small model often leaves that lone name untagged (it tags
"Martin Indyk", not "Martin"). A capitalised proper noun the parse tags ``NNP``, listed as a given
name (:func:`pipeline.names.is_given_name`), that no other entity covers and that stands alone (no
capitalised word right before or after it, so never a part of a longer name) is a mention of the
person when exactly one full name of the article (two words or more) begins with it; so is such a
name the model tagged as a one-word organisation ("Martin" ORG: no body is named by a given name
alone). A listed nickname of one such first name counts as the name ("Norm" after "Norman Mineta").
Two people with that first name ("Jill Biden" and "Jill Roe") leave it alone, and so does
a first name no full name has ("Thank you, Sam"). Grouping (:mod:`.persons`) then joins it to the full name, so
roles and events read it as that person.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.attrs import TAG

from ..names import is_given_name, nicknames_of
from ..tokenarrays import token_indices

if TYPE_CHECKING:
    from spacy.tokens import Doc

Item = tuple[int, int, str]

_NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "poss", "conj", "appos", "dative", "attr"})
"""where a lone name stands as a noun phrase of its own (not a compound of another noun)"""


def lone_given_names(doc: "Doc", items: list[Item], head_end: int) -> list[Item]:
    """Add a PERSON item for each lone given name that one full name of the article begins with.

    Args:
        doc: The parsed Doc.
        items: (start, end, label) token spans found so far.
        head_end: Token index where the body starts (a headline's words are left alone).

    Returns:
        ``items`` with the new spans, sorted.
    """
    firsts: dict[str, set[str]] = {}
    for s, e, label in items:
        if label == "PERSON" and e - s >= 2 and doc[s].is_title and doc[s].is_alpha:
            firsts.setdefault(doc[s].text, set()).add(doc[e - 1].lower_)  # the surnames with that first name
    if not firsts:
        return items
    n = len(doc)
    proper = token_indices(doc, TAG, ("NNP",))  # a given name is a proper noun: only those tokens are read
    for i in proper:  # "Tomas | Lindgren" the model cut: a second Tomas all the same
        tok = doc[i]
        nxt = doc[i + 1] if i + 1 < n else None
        if tok.text in firsts and nxt is not None and nxt.is_alpha and nxt.is_title and nxt.ent_type_ == "PERSON":
            firsts[tok.text].add(nxt.lower_)
    full = {name for name, surnames in firsts.items() if len(surnames) == 1 and is_given_name(name)}
    if not full:
        return items
    # a familiar form of the one full first name it can stand for ("Norm" after "Norman Mineta",
    # "Ted" after "Theodore Deutch"): a listed nickname, when no other full first name takes it
    by_nick: dict[str, set[str]] = {}
    for name in firsts:
        for nick in nicknames_of(name):
            by_nick.setdefault(nick.capitalize(), set()).add(name)
    nicks = {word for word, names in by_nick.items() if len(names) == 1 and next(iter(names)) in full
             and word not in firsts}
    full = full | nicks
    relabel = {s for s, e, label in items if label == "ORG" and e - s == 1 and doc[s].text in full}
    covered = {i for s, e, _ in items for i in range(s, e) if s not in relabel}
    found: list[Item] = []
    for i in proper:
        tok = doc[i]
        if i < head_end or tok.text not in full or i in covered or tok.dep_ not in _NOUN_DEPS:
            continue
        prev = doc[tok.i - 1] if tok.i > 0 else None
        nxt = doc[tok.i + 1] if tok.i + 1 < n else None
        if prev is not None and prev.tag_ in ("NNP", "NNPS") and not tok.is_sent_start:
            continue  # "Ambassador Martin", "Dr. Martin": a title or another name before it
        if prev is not None and prev.pos_ == "DET":
            continue  # "the Bill would face challenges": a thing named, not a person
        if nxt is not None and nxt.is_alpha and (nxt.is_title or nxt.is_upper):
            continue  # "Martin Luther", "Martin Street": part of a longer name
        found.append((tok.i, tok.i + 1, "PERSON"))
    if not found:
        return items
    taken = {s for s, _, _ in found}
    return sorted([it for it in items if it[0] not in taken] + found)
