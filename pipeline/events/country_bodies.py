"""A state body named with its country's name or adjective: "the U.S. Department of Commerce",
"the French Ministry of Defence", "the U.S. Trade and Development Agency".

English names a government's ministries, departments and agencies by a head word (Ministry,
Department, Agency, Office ...) with the body's own field after "of" ("Department of Commerce",
"Ministry of Foreign Affairs") or before the head ("Trade and Development Agency", "Defence
Ministry"), and wire copy or a fact sheet puts the country's name or adjective in front ("the U.S.
Department of Commerce", "the Russian Defence Ministry"). The entity recogniser often takes only
the country ("U.S.", "French") and leaves the body's own words unnamed, so the body's act would be
told of the country as a whole. The annotation names the body ("actor = ... organisation name");
the body acts for its government, so its country is kept as the side's country.

:mod:`.bodynames` reads the simplest form ("the US Federal Reserve": a GPE compound and the body's
own capitalised words); this module reads the rest: a country adjective (a NORP entity with a
country), a modifier parsed as ``nmod`` or ``amod``, own words joined by "and", and the field after
"of" ("Department of the Treasury"). The name is the phrase as written, country words included.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import TYPE_CHECKING

from ..knowledge.units import institution_country as acting_institution
from ..knowledge.units import tables
from .bodynames import BODY_HEADS

if TYPE_CHECKING:
    from spacy.tokens import Token

_MODIFIER_DEPS = frozenset({"compound", "nmod", "amod"})
_COUNTRY_LABELS = frozenset({"GPE", "NORP"})
_JOINERS = frozenset({"and", "&", "of", "the", "for"})


def _capitalised_words(tokens: "list[Token]", entity_at: Mapping[int, object]) -> bool:
    """Whether every token is a capitalised word in no entity, or a joining word ("and", "of")."""
    for t in tokens:
        if t.i in entity_at:
            return False
        if t.lower_ in _JOINERS and t.pos_ in ("CCONJ", "ADP", "DET"):
            continue
        if not t.text[:1].isupper() or t.pos_ not in ("PROPN", "ADJ", "NOUN"):
            return False
    return True


def _field_of(tok: "Token", entity_at: Mapping[int, object]) -> "list[Token] | None":
    """The tokens of the body's field after its head ("of Commerce", "of the Treasury", "of
    Foreign Affairs"), [] when there is none, None when the "of" phrase is no part of a name."""
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == tok.i + 1), None)
    if prep is None:
        return []
    words = list(prep.subtree)
    if not words or words[-1].i - words[0].i + 1 != len(words):
        return None
    body = [w for w in words if w is not prep]
    if not body or not _capitalised_words(body, entity_at) or not any(w.pos_ == "PROPN" for w in body):
        return None
    return words


def named_country_body(tok: "Token", entity_at: Mapping[int, object]) -> "tuple[str, object] | None":
    """(the body's name as written, the country entity) for a body named with its country, read at
    the head word ("Ministry", "Department", "Agency" ...); None when ``tok`` heads no such name
    ("the U.S. government", "the US central bank", "the Department" with no country)."""
    if tok.pos_ != "PROPN" or tok.i in entity_at or tok.lower_ not in BODY_HEADS or not tok.text[:1].isupper():
        return None
    mods = [c for c in tok.children if c.dep_ in _MODIFIER_DEPS and c.i < tok.i]
    country = {id(entity_at[t.i]): entity_at[t.i] for m in mods for t in m.subtree if t.i in entity_at}
    if len(country) != 1:
        return None
    ent = next(iter(country.values()))
    if getattr(ent, "label", None) not in _COUNTRY_LABELS or not getattr(ent, "country", None):
        return None
    own = sorted((t for m in mods for t in m.subtree if t.i not in entity_at), key=lambda t: t.i)
    if own and not _capitalised_words(own, entity_at):
        return None  # "the U.S. central bank", "the Russian defence ministry's": a description
    field = _field_of(tok, entity_at)
    if field is None or not (own or field):
        return None  # "the U.S. Army", "the French Parliament": the country itself is the party
    words = sorted([t for m in mods for t in m.subtree] + [tok] + field, key=lambda t: t.i)
    if words[-1].i - words[0].i + 1 != len(words):
        return None  # words of the name not adjacent: a parse that joins two phrases
    return tok.doc[words[0].i:words[-1].i + 1].text, ent


@lru_cache(maxsize=1)
def _institution_heads() -> frozenset[str]:
    """Last words of the institutions table's names ("street" of "Downing Street"): a cheap test first."""
    return frozenset(name.split()[-1] for name in tables().institutions)


def unrecognised_institution(tok: "Token", entity_at: Mapping[int, object]) -> "tuple[str, str] | None":
    """(the name as written, ISO3) for a seat of government or a state institution that stands
    for its government ("Downing Street", "Whitehall", "the Pentagon": the institutions table,
    ``institutions.json``; not the venues among the seats of government, "the Oval Office") when the entity recogniser left it in no entity, read at
    its head; None otherwise. A name the recogniser found is read from its entity as before."""
    if tok.lower_ not in _institution_heads() or tok.pos_ not in ("PROPN", "NOUN") or tok.i in entity_at \
            or not tok.text[:1].isupper():
        return None  # (a one-word seat opening a sentence may be tagged a common noun: "Whitehall")
    words = [c for c in tok.children if c.dep_ in ("compound", "nmod") and c.i < tok.i] + [tok]
    words.sort(key=lambda t: t.i)
    if any(t.i in entity_at or not t.text[:1].isupper() for t in words) or words[-1].i - words[0].i + 1 != len(words):
        return None
    name = tok.doc[words[0].i:tok.i + 1].text
    code = acting_institution(name)
    return (name, code) if code else None


def place_institution_country(name: str) -> str | None:
    """ISO3 of a place-tagged name that is an institution standing for its government ("Downing
    Street" tagged a street), from the institutions table only (a venue, "Camp David", is no party)."""
    return acting_institution(name)
