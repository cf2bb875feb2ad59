"""One person written twice with a transliteration variant of one word.

"Crown Prince Mohammed bin Salman" in the headline and "Mohamed bin Salman" in the body: the
romanisation of one name doubles or single-writes a consonant ("Mohammed"/"Mohamed",
"Hassan"/"Hasan"), and the article lists one person twice. Two person entities are one when
their names have the same number of words, at least three, and differ in one word only, and
there only by a doubled letter. Names of two words are left apart: "Ana Ruiz" and "Anna Ruiz"
may be two people; three or more identical words around one variant are not.

A name written with and without its diacritics ("Roberto Rodríguez" in the text, "Roberto
Rodriguez" in a heading typed in ASCII) is one person at any length: dropping an accent is how
English copy renders a name, never another name.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .lexicon import Group

_DOUBLED = re.compile(r"(\w)\1")
_NUMERAL = re.compile(r"^[IVXL]+\.?$")
"""a generation numeral ("II", "III", "XX"): two of them name two people of one family, never one spelt twice"""


def _single(word: str) -> str:
    return _DOUBLED.sub(r"\1", word.lower())


def _variants(a: str, b: str) -> bool:
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb) or len(wa) < 3:
        return False
    diff = [(x, y) for x, y in zip(wa, wb) if x != y]
    return len(diff) == 1 and _single(diff[0][0]) == _single(diff[0][1]) and not any(
        _NUMERAL.match(w) for w in diff[0])


@lru_cache(maxsize=65536)
def _folded(name: str) -> str:
    """The name without its diacritics ("Rodríguez" -> "Rodriguez")."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _same_person(a: str, b: str) -> bool:
    return _folded(a) == _folded(b) or len(b.split()) >= 3 and _variants(a, b)


def spelling_variants_joined(people: list[Group]) -> list[Group]:
    """``people`` with a person written with a transliteration variant joined to its first
    form (module docstring); the name kept is the one written first."""
    if len(people) < 2:
        return people
    kept: list[Group] = []
    for g in people:
        into = next((k for k in kept if k.label == g.label and _same_person(k.name, g.name)), None)
        if into is None:
            kept.append(g)
            continue
        if g.first < into.first:
            into.name, into.first = g.name, g.first
        into.mentions.extend(g.mentions)
    return kept
