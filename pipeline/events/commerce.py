"""Companies doing business are not event actors (the ``commerce`` section of the lexicon).

PLOVER codes political interactions: states, their agents, international bodies and organised
political or armed groups. An order, a contract, a merger, an investment or a private-sector
pledge ("Veltron Inc agreed to buy Marlow Systems", "Apple will establish a new program") is
commerce. A company's act is kept only when a government is the other party ("Albion Dynamics
won a contract to build frigates for Norway"), and violent or coercive acts are kept whoever
does them (a private military company's attack is an attack).

Which organisations are companies is the entities stage's call (``Doc._.newsie_companies``,
:func:`pipeline.entities.company_ids`: the one company detector, with its word lists in
``pipeline/data/companies.json``); this module adds the persons who act for a business, and the organisations named as a listed
well-known company (``company_names.json``) that the text gives no cue for.

A person is taken for a company's agent when a mention carries a company officer's or market
title ("company CEO X", "analyst Y") and he holds no public office (no role).

The scan looks at the tokens of person mentions once per Doc (their children and head only).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from ..knowledge.companies import listed_company, public_name
from ..records import Entity, Role
from .lexicon import load, raw_data

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .context import Party


@dataclass(frozen=True, slots=True)
class CommerceWords:
    """The word lists of the lexicon's ``commerce`` section (lower case)."""

    kept_types: frozenset[str]
    officer_titles: frozenset[str]
    deal_verbs: frozenset[str] = frozenset()
    deal_modifiers: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def commerce_words() -> CommerceWords:
    """The ``commerce`` section of ``event_triggers.json``, loaded once per process."""
    sec = raw_data()["commerce"]
    return CommerceWords(kept_types=frozenset(sec["kept_types"]),
                         officer_titles=frozenset(w.lower() for w in sec["officer_titles"]["words"]),
                         deal_verbs=frozenset(sec["deal_verbs"]["words"]),
                         deal_modifiers=frozenset(sec["deal_modifiers"]["words"]))


def _lemma(tok: "Token") -> str:
    return tok.lemma_.lower()


def _officer(tok: "Token", words: CommerceWords, entity_at: dict[int, Entity]) -> bool:
    """Whether a person's mention token carries a company officer's title ("company CEO X",
    "X, the chief executive,", "analyst Y")."""
    own = entity_at.get(tok.i)
    for c in tok.children:
        if c.dep_ in ("compound", "appos", "amod", "nmod") and entity_at.get(c.i) is not own \
                and (_lemma(c) in words.officer_titles or c.lower_ in words.officer_titles):
            return True
    head = tok.head
    return tok.dep_ == "appos" and head.i != tok.i and entity_at.get(head.i) is not own \
        and (_lemma(head) in words.officer_titles or head.lower_ in words.officer_titles)


def companies(doc: "Doc", entity_at: dict[int, Entity], company_ids: Iterable[str]) -> frozenset[str]:
    """Ids of the parties that act for a business: the organisations the entities stage found to
    be companies (``company_ids``, ``Doc._.newsie_companies``) and the persons the article
    introduces as company officers (rules in the module docstring).

    Args:
        doc: The parsed Doc.
        entity_at: Token index -> entity (the events stage's token map).
        company_ids: Ids of the ORG entities that are companies.
    """
    words = commerce_words()
    out: set[str] = set(company_ids)
    for i, ent in entity_at.items():
        if ent.id in out:
            continue
        if ent.label == "PERSON" and _officer(doc[i], words, entity_at):
            out.add(ent.id)  # "company CEO X": acts for a business (unless he holds an office)
        elif ent.label == "ORG" and listed_company(ent.name):
            # "Apple will establish a new program", "Microsoft committed to ...": a well-known
            # company the text gives no cue for (the fact sheets of private-sector pledges)
            out.add(ent.id)
    return frozenset(out)


def official(party: "Party | None", *, companies: frozenset[str], roles_by_person: dict[str, list[Role]]) -> bool:
    """Whether a party is a government side: a country, a people, a government speaking as
    "we", a person holding a public office, or a public or international body."""
    if party is None:
        return False
    ent = party.entity
    if ent is None:
        return party.country is not None
    if ent.label in ("GPE", "NORP", "LOC"):
        return True
    if ent.label == "PERSON":
        return bool(roles_by_person.get(ent.id)) or party.country is not None
    if ent.id in companies:
        return False
    return public_name(ent.name) or party.country is not None \
        or (ent.name.isupper() and len(ent.name) <= 6)  # an agency's acronym ("USAID", "KOICA")


def commercial(typ: str, actor: "Party | None", recipient: "Party | None", *, companies: frozenset[str],
               roles_by_person: dict[str, list[Role]]) -> bool:
    """Whether an event is a company's business: its actor is a company, its category is not
    violent or coercive, and no government side is the recipient."""
    if actor is None or actor.entity is None or actor.entity.id not in companies:
        return False
    if actor.entity.label == "PERSON" and roles_by_person.get(actor.entity.id):
        return False  # a company officer who also holds a public office acts for it
    if typ in commerce_words().kept_types:
        return False
    return not official(recipient, companies=companies, roles_by_person=roles_by_person)


def _business_content(verb: "Token", words: CommerceWords) -> bool:
    """Whether a trigger's clause names a business transaction: a to-infinitive of buying,
    selling, merging ... ("agreed to buy Y"), or an object deal of a business kind ("signed a
    supply deal", "a merger agreement", "a deal to acquire Y")."""
    if any(c.dep_ in ("xcomp", "advcl") and _lemma(c) in words.deal_verbs for c in verb.children):
        return True
    for obj in (verb, *(c for c in verb.children if c.dep_ in ("dobj", "obj"))):
        for m in obj.children:
            if m.dep_ in ("compound", "amod", "nmod") and (_lemma(m) in words.deal_modifiers
                                                           or m.lower_ in words.deal_modifiers):
                return True
            if m.dep_ == "acl" and _lemma(m) in words.deal_verbs:
                return True
    return False


def private_deal(typ: str, verb: "Token", actor: "Party | None", recipient: "Party | None", *,
                 companies: frozenset[str], roles_by_person: dict[str, list[Role]]) -> bool:
    """Whether an event is business between parties neither of which is a government side,
    though the company detector named neither a company: the other party is a company
    ("X agreed to buy Brightline Labs"), or the act is a business transaction ("agreed to buy",
    "signed a supply deal with Y"). Violent and coercive acts are kept.

    A verb that counts only with a government side (``government_side_verb``: "assisted
    Ukraine", "inked a deal with France") needs one: AID a recipient that is one ("Messi
    assisted Suarez" is a pass in a match), AGREE one on either side ("Ohtani inked a deal with
    the Dodgers" is a sports contract).

    Args:
        typ: The event's category.
        verb: The trigger word (a verb, or an agreement noun).
        actor: The actor.
        recipient: The recipient.
        companies: Ids of the parties that act for a business.
        roles_by_person: Person id -> roles (a public office makes a person a government side).
    """
    if verb.lemma_.lower() in _word_class("government_side_verb"):
        return _no_government_side(typ, actor, recipient, companies=companies, roles_by_person=roles_by_person)
    words = commerce_words()
    if typ in words.kept_types or actor is None or actor.entity is None or actor.entity.label not in ("ORG", "PERSON"):
        return False
    if official(actor, companies=companies, roles_by_person=roles_by_person) or \
            official(recipient, companies=companies, roles_by_person=roles_by_person):
        return False
    if recipient is not None and recipient.entity is not None and recipient.entity.id in companies:
        return True
    return _business_content(verb, words)


def _word_class(name: str) -> frozenset[str]:
    """A word class of the lexicon (lower case)."""
    return load().classes[name]


def _no_government_side(typ: str, actor: "Party | None", recipient: "Party | None", *,
                        companies: frozenset[str], roles_by_person: dict[str, list[Role]]) -> bool:
    """Whether an event of a ``government_side_verb`` lacks its government side (see
    :func:`private_deal`): AID a recipient that is one, other types one on either side."""
    ok = official(recipient, companies=companies, roles_by_person=roles_by_person)
    if typ != "AID":
        ok = ok or official(actor, companies=companies, roles_by_person=roles_by_person)
    return not ok
