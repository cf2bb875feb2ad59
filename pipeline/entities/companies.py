"""Companies among the organisations: which ORG entities the text marks as businesses, so that
later stages can tell a company ("Boeing Co.", "the carmaker Volta") from a government body or
an international organisation. This is the project's one company detector: its result is
``Doc._.newsie_companies``, which the events stage reads (a company doing business is no event
actor, :mod:`pipeline.events.commerce`). The word lists live in ``pipeline/data/companies.json``
(:mod:`pipeline.knowledge.companies`), each with its reason.

An organisation is taken for a company only on evidence the article gives (nothing is looked up
by name). A company is marked by form, the way news writes it:

- a legal-form suffix in the name or right after it ("Inc.", "Corp.", "Co.", "Ltd", "LLC",
  "plc", "N.V.", "AG", "SE", "S.A.", "GmbH") or an industry word ending the name ("Helix
  Dynamics", "Orion Aerospace", "Kestrel Holdings");
- a business noun right before the name ("the carmaker Volta", "drone maker Helix",
  "defence contractor Orion"), in an apposition after it ("Volta, the Italian carmaker,"), or
  as the noun a "such as"/"including"/"like" list hangs on ("companies such as Nortek"), read
  on the text and on the parse -- unless a state word makes it a state company ("state oil
  company Petrosur": an agent of its government);
- the language of shares and executives ("shares of Volta", "Volta's chief executive",
  "Volta shares", "Veltron's revenue") and a stock ticker ("(NYSE: VLT)");
- a short form of a company's name after the full one ("Helix" after "Helix Dynamics").

Government, international and other non-business bodies never count (a government word or
another body's head word in the name: ministry, department, fund, party, university, ...;
a name the gazetteer knows as an international organisation or a country's institution).
:func:`company_ids` reads a few dozen characters of text and the parse around each ORG mention.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..knowledge.companies import company_words, public_name
from ..records import Entity
from ..syntax import entities_by_token, token_ranges

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_WORDS = company_words()
_LEGAL = "|".join(re.escape(f) for f in sorted(_WORDS.legal_forms, key=len, reverse=True))
_LEGAL_WORDS = frozenset(_WORDS.legal_forms)
_LEGAL_AFTER = re.compile(rf"^,?\s(?:{_LEGAL})(?![\w])")
_NOUNS = _WORDS.business_nouns
_NOUN_PAIRS = _WORDS.business_noun_pairs
_STATE = _WORDS.state_words
_BUSINESS_NOUNS = "|".join(sorted(_NOUNS | _NOUN_PAIRS, key=len, reverse=True))
_NOUN_AFTER = re.compile(rf"^,\s+(?:the|a|an|its|which|whose)?\s*((?:[\w’'.&-]+\s+){{0,4}}?)(?:{_BUSINESS_NOUNS})\b")
_SHARES_BEFORE = re.compile(r"(?:shares|stock|shareholders|stake)\s+(?:of|in)\s+(?:the\s+)?$", re.I)
# "Volta's shares", "Volta's chief executive", "Volta CEO Ana Ruiz" (not "Volta shares": a verb too)
_SHARES_AFTER = re.compile(r"^(?:['’]s\s+(?:chief executive|CEO|chief financial officer|CFO|shares|stock|"
                           r"shareholders|board of directors|share price|stock price)|\s+(?:chief executive|CEO|CFO|"
                           r"shareholders|share price|stock price))\b")
_TICKER_AFTER = re.compile(r"^\s*\((?:NYSE|NASDAQ|Nasdaq|LSE|TSX|ASX|NYSE American|OTC|TSE|HKEX)\s*:\s*[A-Z0-9.]+\)")
_LIST_PREPS = frozenset({"as", "including", "like"})
"""prepositions of a list of examples under a noun ("companies such as X", "firms including Y")"""
_WINDOW = 60


def _name_words(name: str) -> list[str]:
    return [w.lower().strip(",.") for w in name.split()]


def _no_company(name: str) -> bool:
    """A public, international or other non-business body by its name ("Ministry of Energy",
    "NATO", "Communist Party")."""
    return public_name(name) or any(w in _WORDS.other_body_words for w in _name_words(name))


def _by_name(name: str) -> bool:
    words = _name_words(name)
    last = name.rsplit(None, 1)[-1].lstrip(",")
    return len(words) >= 2 and (last in _LEGAL_WORDS or words[-1] in _WORDS.name_heads)


def _noun_before(before: str) -> bool:
    """A business noun ends the text before the name, "the" allowed after it ("the carmaker |",
    "drone maker |", "investment bank |"), with no state word just before it ("state oil company |")."""
    words = before.lower().split()[-5:]
    if words and words[-1] == "the":
        words.pop()
    if not words:
        return False
    if " ".join(words[-2:]) in _NOUN_PAIRS:
        words = words[:-2]
    elif words[-1] in _NOUNS:
        words = words[:-1]
    else:
        return False
    return not any(w in _STATE for w in words[-2:])


def _noun_after(after: str) -> bool:
    """An apposition headed by a business noun ("Volta, the Italian carmaker,"), not a state one
    ("Petrosur, the state oil company,")."""
    m = _NOUN_AFTER.match(after)
    return bool(m) and not any(w in _STATE for w in m.group(1).lower().split())


def _by_context(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - _WINDOW):start]
    after = text[end:end + _WINDOW]
    return bool(_noun_before(before) or _LEGAL_AFTER.match(after) or _noun_after(after)
                or _SHARES_AFTER.match(after) or _TICKER_AFTER.match(after) or _SHARES_BEFORE.search(before))


def _lemma(tok: "Token") -> str:
    return tok.lemma_.lower()


def _state_owned(noun: "Token") -> bool:
    return any(c.dep_ in ("amod", "compound", "nmod") and c.lower_ in _STATE for c in noun.children)


def _business_noun(noun: "Token") -> bool:
    return noun.pos_ in ("NOUN", "PROPN") and (_lemma(noun) in _NOUNS or noun.lower_ in _NOUNS) \
        and not _state_owned(noun)


def _by_parse(tok: "Token", inside: set[int]) -> bool:
    """Whether the words around one mention token (outside the name, ``inside``) call its
    organisation a business, read on the parse."""
    for c in tok.children:
        if c.i not in inside and c.dep_ in ("compound", "appos", "nmod", "amod") \
                and c.ent_type_ not in ("ORG", "GPE", "NORP") and _business_noun(c) and not _state_owned(tok):
            return True  # "drone maker Helix Dynamics", "Helix, a drone maker"
    head = tok.head
    if head.i == tok.i or head.i in inside:
        return False
    attrs = _WORDS.business_attributes
    if tok.dep_ in ("poss", "compound", "nmod") and (_lemma(head) in attrs or head.lower_ in attrs):
        return True  # "Helix shares", "Veltron's revenue", "Apple chief executive"
    if tok.dep_ == "appos" and _business_noun(head):
        return True  # "the chipmaker, Nortek,"
    if tok.dep_ == "pobj" and head.lower_ in _LIST_PREPS:
        anchor = head.head.head if head.head.lower_ == "such" else head.head
        return _business_noun(anchor)  # "companies such as Nortek", "firms including Y"
    return False


def _parse_marked(doc: "Doc", entities: tuple[Entity, ...]) -> set[str]:
    """Ids of the ORG entities a mention of which the parse calls a business."""
    entity_at = entities_by_token(token_ranges(doc), entities)
    tokens_of: dict[str, set[int]] = {}
    for i, ent in entity_at.items():
        if ent.label == "ORG":
            tokens_of.setdefault(ent.id, set()).add(i)
    return {ent.id for i, ent in entity_at.items() if ent.label == "ORG" and _by_parse(doc[i], tokens_of[ent.id])}


def company_ids(text: str, entities: Iterable[Entity], doc: "Doc | None" = None) -> tuple[str, ...]:
    """Ids of the ORG entities the text marks as companies (see the module docstring).

    Args:
        text: The article text as ingested (the mentions' offsets index it).
        entities: The article's entities (:func:`pipeline.entities.extract_entities`).
        doc: The parsed Doc the entities come from, for the cues read on the parse; None reads
            the text only.

    Returns:
        The entity ids, in the order of ``entities``.
    """
    entities = tuple(entities)
    parsed = _parse_marked(doc, entities) if doc is not None else set()
    orgs = [e for e in entities if e.label == "ORG" and not _no_company(e.name)]
    found = {ent.id for ent in orgs if ent.id in parsed or _by_name(ent.name)
             or any(_by_name(m.text) or _by_context(text, m.start, m.end) for m in ent.mentions)}
    # a short form of a company's name ("Helix" after "Helix Dynamics") is the same company
    firms = [e.name.lower().split() for e in orgs if e.id in found]
    for ent in orgs:
        short = ent.name.lower().split()
        if ent.id not in found and any(len(short) < len(f) and f[:len(short)] == short for f in firms):
            found.add(ent.id)
    return tuple(e.id for e in orgs if e.id in found)


def company_short_forms(entities: Iterable[Entity], companies: Iterable[str]) -> tuple[Entity, ...]:
    """Relabel as ORG a one-word PERSON that is the first word of a company's name.

    News names a firm in full once and then by its first word ("Dravik Aerospace Corp. ...
    Dravik said"); the statistical NER often takes that word, a surname in origin, for a
    person. It stays a person when a person of the article has that word in a name of two or
    more words ("Henry Ford ... Ford Motor Co. ... Ford said" keeps the founder).

    Args:
        entities: The article's entities.
        companies: Ids of the ORG entities that are companies (:func:`company_ids`).

    Returns:
        The entities, in the same order, those short forms relabelled (no person key).
    """
    entities = tuple(entities)
    companies = set(companies)
    firsts = {e.name.split()[0] for e in entities if e.id in companies and len(e.name.split()) >= 2}
    in_names = {w for e in entities if e.label == "PERSON" and len(e.name.split()) >= 2 for w in e.name.split()}
    return tuple(dataclasses.replace(e, label="ORG", person_key=None)
                 if e.label == "PERSON" and len(e.name.split()) == 1 and e.name in firsts and e.name not in in_names
                 else e for e in entities)
