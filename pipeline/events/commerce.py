"""Companies doing business are not event actors (the ``commerce`` section of the lexicon).

PLOVER codes political interactions: states, their agents, international bodies and organised
political or armed groups. An order, a contract, a merger, an investment or a private-sector
pledge ("Veltron Inc agreed to buy Marlow Systems", "Apple will establish a new program") is
commerce. A company's act is kept only when a government is the other party ("Albion Dynamics
won a contract to build frigates for Norway"), and violent or coercive acts are kept whoever
does them (a private military company's attack is an attack).

An organisation is taken for a company only on evidence the article gives (nothing is looked
up by name):

- its name ends with a legal form or an industry word ("Veltron Inc", "Helix Dynamics");
- a business noun stands next to a mention: in apposition, as a compound before it, or as the
  noun a "such as"/"including"/"like" list hangs on ("drone maker Helix", "Helix, the drone
  maker", "companies such as Nortek") -- unless a state word makes it a state company ("state
  oil company PDVSA");
- a mention owns or modifies what only companies have ("Helix shares", "Veltron's revenue",
  "Apple chief executive Tim Cook");
- its name is the first word(s) of a company's name ("Helix" after "Helix Dynamics").

A person is taken for a company's agent when a mention carries a company officer's or market
title ("company CEO X", "analyst Y") and he holds no public office (no role).

The scan looks at the tokens of entity mentions once per Doc (their children and head only).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from ..knowledge.countries import load as load_countries
from ..knowledge.units import institution_country
from ..records import Entity, Role
from .lexicon import raw_data

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .context import Party


@dataclass(frozen=True, slots=True)
class CommerceWords:
    """The word lists of the lexicon's ``commerce`` section (lower case)."""

    kept_types: frozenset[str]
    name_last_words: frozenset[str]
    business_nouns: frozenset[str]
    business_attributes: frozenset[str]
    state_words: frozenset[str]
    government_words: frozenset[str]
    officer_titles: frozenset[str]


@lru_cache(maxsize=1)
def commerce_words() -> CommerceWords:
    """The ``commerce`` section of ``event_triggers.json``, loaded once per process."""
    sec = raw_data()["commerce"]

    def words(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in sec[key]["words"])

    return CommerceWords(kept_types=frozenset(sec["kept_types"]), name_last_words=words("name_last_words"),
                         business_nouns=words("business_nouns"),
                         business_attributes=words("business_attributes"),
                         state_words=words("state_words"), government_words=words("government_words"),
                         officer_titles=words("officer_titles"))


_LIST_PREPS = frozenset({"as", "including", "like"})
"""prepositions of a list of examples under a noun ("companies such as X", "firms including Y")"""


def _lemma(tok: "Token") -> str:
    return tok.lemma_.lower()


def _state_owned(noun: "Token", words: CommerceWords) -> bool:
    return any(c.dep_ in ("amod", "compound", "nmod") and c.lower_ in words.state_words for c in noun.children)


def _business_noun(noun: "Token", words: CommerceWords) -> bool:
    return (noun.pos_ in ("NOUN", "PROPN") and (_lemma(noun) in words.business_nouns or noun.lower_ in
            words.business_nouns) and not _state_owned(noun, words))


def _mention_is_business(tok: "Token", words: CommerceWords, inside: "set[int]") -> bool:
    """Whether the words around one mention token (outside the name, ``inside``) call its
    organisation a business."""
    for c in tok.children:
        if c.i not in inside and c.dep_ in ("compound", "appos", "nmod", "amod") and c.ent_type_ not in ("ORG", "GPE", "NORP") \
                and _business_noun(c, words) and not _state_owned(tok, words):
            return True  # "drone maker Helix Dynamics", "Helix, a drone maker"
    head = tok.head
    if head.i == tok.i or head.i in inside:
        return False
    if tok.dep_ in ("poss", "compound", "nmod") and (_lemma(head) in words.business_attributes
                                                     or head.lower_ in words.business_attributes):
        return True  # "Helix shares", "Veltron's revenue", "Apple chief executive"
    if tok.dep_ == "appos" and _business_noun(head, words):
        return True  # "the chipmaker, Nortek,"
    if tok.dep_ == "pobj" and head.lower_ in _LIST_PREPS:
        anchor = head.head.head if head.head.lower_ == "such" else head.head
        return _business_noun(anchor, words)  # "companies such as Nortek", "firms including Y"
    return False


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


def _name_is_business(name: str, words: CommerceWords) -> bool:
    parts = name.lower().split()
    return len(parts) >= 2 and parts[-1] in words.name_last_words


def _public_name(name: str, words: CommerceWords) -> bool:
    low = name.lower().replace("-", " ").split()
    return any(w in words.government_words for w in low) or load_countries().organization(name) is not None \
        or institution_country(name) is not None


def companies(doc: "Doc", entity_at: dict[int, Entity]) -> frozenset[str]:
    """Ids of the organisations the article presents as companies, and of the persons it
    introduces as company officers (rules in the module docstring).

    Args:
        doc: The parsed Doc.
        entity_at: Token index -> entity (the events stage's token map).
    """
    words = commerce_words()
    out: set[str] = set()
    public: dict[str, bool] = {}
    tokens_of: dict[str, set[int]] = {}
    for i, ent in entity_at.items():
        if ent.label == "ORG":
            tokens_of.setdefault(ent.id, set()).add(i)
    for i, ent in entity_at.items():
        if ent.label == "PERSON" and ent.id not in out and _officer(doc[i], words, entity_at):
            out.add(ent.id)  # "company CEO X": acts for a business (unless he holds an office)
            continue
        if ent.label != "ORG" or ent.id in out:
            continue
        if ent.id not in public:
            public[ent.id] = _public_name(ent.name, words)
        if public[ent.id]:
            continue
        if _name_is_business(ent.name, words) or _mention_is_business(doc[i], words, tokens_of[ent.id]):
            out.add(ent.id)
    # a short form of a company's name ("Helix" after "Helix Dynamics") is the same company
    firms = [e.name.lower().split() for e in {ent.id: ent for ent in entity_at.values()}.values() if e.id in out]
    for ent in {e.id: e for e in entity_at.values() if e.label == "ORG"}.values():
        short = ent.name.lower().split()
        if ent.id not in out and not public.get(ent.id) and any(
                len(short) < len(f) and f[:len(short)] == short for f in firms):
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
    return _public_name(ent.name, commerce_words()) or party.country is not None \
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
