"""EntityIndex: find the entity behind a stretch of the text, or a person by name, in O(1)-ish."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..names import name_key, nickname_of
from ..nlp import original_range
from ..records import Entity, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


def _person_keys(ent: Entity) -> list[frozenset[str]]:
    """The name keys a person is found by: its name's, and the same name with a nickname the
    article gave inside it ("Andrew (Drew) Fox" is also found as "Drew Fox")."""
    key = name_key(ent.name)
    keys = [key]
    words = ent.name.split()
    for m in ent.mentions:
        nick = nickname_of(m.text) if len(words) >= 2 else None
        if nick:
            alt = name_key(" ".join([nick, *words[1:]]))
            if alt not in keys:
                keys.append(alt)
    return keys


@dataclass(frozen=True)
class EntityIndex:
    """Find the entity behind a stretch of the Doc (for roles, quantities, quotes)."""

    entities: tuple[Entity, ...]
    _by_start: dict[int, tuple[Entity, Span]] = field(default_factory=dict, repr=False)
    _by_id: dict[str, Entity] = field(default_factory=dict, repr=False)
    _persons_by_token: dict[str, tuple[tuple[Entity, frozenset[str]], ...]] = field(default_factory=dict, repr=False)

    @classmethod
    def build(cls, entities: Iterable[Entity]) -> "EntityIndex":
        entities = tuple(entities)
        by_start: dict[int, tuple[Entity, Span]] = {}
        persons: dict[str, list[tuple[Entity, frozenset[str]]]] = {}
        # every character of a mention -> its (entity, mention), the first in order winning a shared
        # character: written last to first, whole ranges at a time (not one dictionary call per character)
        for ent in reversed(entities):
            for m in reversed(ent.mentions):
                by_start.update(dict.fromkeys(range(m.start, m.end), (ent, m)))
        for ent in entities:
            if ent.label == "PERSON":
                for toks in _person_keys(ent):
                    for t in toks:
                        persons.setdefault(t, []).append((ent, toks))
        return cls(entities, by_start, {e.id: e for e in entities},
                   {t: tuple(v) for t, v in persons.items()})

    def at(self, start: int, end: int) -> Entity | None:
        """The entity with a mention overlapping the original range ``[start, end)``."""
        for pos in range(start, max(end, start + 1)):
            hit = self._by_start.get(pos)
            if hit:
                return hit[0]
        return None

    def for_doc_span(self, doc: "Doc", item: "SpacySpan | Token") -> Entity | None:
        """The entity overlapping a spaCy Span or Token of ``doc``."""
        if hasattr(item, "start_char"):
            s, e = item.start_char, item.end_char
        else:
            s, e = item.idx, item.idx + len(item.text)
        return self.at(*original_range(doc, s, e))

    def by_id(self, entity_id: str) -> Entity | None:
        return self._by_id.get(entity_id)

    def person_named(self, name: str) -> Entity | None:
        """The PERSON entity whose name contains all tokens of ``name`` (unique), else None.

        Looks only at the persons indexed under the rarest token of ``name``: a match must
        contain every token, so no other entity can match.
        """
        toks = name_key(name)
        if not toks:
            return None
        probe = min(toks, key=lambda t: (len(self._persons_by_token.get(t, ())), t))
        hits = [e for e, key in self._persons_by_token.get(probe, ()) if toks <= key]
        return hits[0] if len(hits) == 1 else None
