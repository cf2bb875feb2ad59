"""Which candidates of the roles stage name the same person: name keys, variant first names, and
an index that finds them without comparing every pair (moved out of ``reader`` to keep it one concern)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..knowledge.wordlists import word_set
from ..names import first_names_match, name_key

if TYPE_CHECKING:
    from .reader import Candidate

__all__ = ["PersonIndex", "person_key", "same_person"]


@lru_cache(maxsize=65536)
def person_key(name: str) -> frozenset[str]:
    """:func:`pipeline.names.name_key`, cached: the stage compares the same few names many times.
    The Arabic article joined to a surname is left out ("Al-Sudani" and "Prime Minister Sudani"
    are one person)."""
    words = name.split()
    while len(words) > 1 and words[0].lower().strip(".,") in _MONARCH_STYLES:
        words = words[1:]  # "Sultan Haitham", "King Abdullah II": the title the entity kept
    key = frozenset(t[3:] if t[:3] in _ARTICLE_PREFIXES and len(t) > 4 else t for t in name_key(" ".join(words)))
    if len(words) == 2 and _REGNAL.fullmatch(words[1]):
        # "Elizabeth II" is a monarch's regnal name: the number stays in the key, so that the
        # name is not taken for part of another person's ("Liz Truss": {"elizabeth", "truss"})
        key |= {"#" + words[1].lower()}
    return key


_ARTICLE_PREFIXES = frozenset({"al-", "el-"})  # the Arabic definite article written with a hyphen
_REGNAL = re.compile(r"(?:X{0,2})(?:IX|IV|V?I{1,3}|V)")  # a regnal number ("II", "III", "XIV")
# Monarchs' and heirs' titles and styles written before a given name ("Sultan Haitham", "Amir
# Tamim", "Crown Prince Hussein", "His Majesty King Abdullah"): the name of the person is what
# follows (Wikipedia: List of current monarchs of sovereign states; Royal and noble styles). Only
# a leading word is dropped: "Angus King" keeps his surname.
_MONARCH_STYLES = word_set("roles", "monarch_styles")


def same_person(a: Candidate, b: Candidate) -> bool:
    """Whether two candidates name the same person (same entity, or one name within the other)."""
    if a.person is not None and b.person is not None and a.person.id == b.person.id:
        return True
    ta, tb = person_key(a.name), person_key(b.name)
    return bool(ta) and bool(tb) and (ta <= tb or tb <= ta or _variant_names(a.name, b.name))


def _variant_names(a: str, b: str) -> bool:
    """Two written forms of one name: the same surname and first names that can be one
    person's ("Kris Sarri" and "Kristen Sarri"); the middle names may be left out by one."""
    wa, wb = a.split(), b.split()
    return len(wa) >= 2 and len(wb) >= 2 and wa[-1].lower() == wb[-1].lower() and wa[0] != wb[0] \
        and first_names_match(wa[0].rstrip("."), wb[0].rstrip("."))


class PersonIndex:
    """Candidates indexed by entity id and by name token, to find the ones naming the same
    person (:func:`same_person`) without comparing every pair: two names can only be within
    one another when they share a token. Positions are kept in insertion order."""

    def __init__(self, items: "list[Candidate] | tuple[Candidate, ...]" = ()) -> None:
        self.items: list[Candidate] = []
        self._by_id: dict[str, list[int]] = {}
        self._by_token: dict[str, list[int]] = {}
        for c in items:
            self.add(c)

    def add(self, c: Candidate) -> int:
        """Index ``c`` (its current person and name); returns its position."""
        i = len(self.items)
        self.items.append(c)
        if c.person is not None:
            self._by_id.setdefault(c.person.id, []).append(i)
        for tok in person_key(c.name):
            self._by_token.setdefault(tok, []).append(i)
        return i

    def same(self, c: Candidate) -> list[int]:
        """Positions, in order, of the indexed candidates naming the same person as ``c``."""
        found: set[int] = set()
        if c.person is not None:
            found.update(self._by_id.get(c.person.id, ()))
        for tok in person_key(c.name):
            found.update(self._by_token.get(tok, ()))
        items = self.items
        return sorted(i for i in found if same_person(items[i], c))
