"""The one-word person an office holder's full name absorbs.

The entities stage may know a person by one word only ("Easterly", or "Jen" when the model tagged
the first name and missed the full name "Jen Easterly" the roles stage reads after the office).
That word and the full name are one person, listed under the fullest form written (annotation
guide): the one-word entity takes the full name instead of standing beside it.

A surname joins whenever the holder's name contains it (the key of the one word is part of the
key of the full name). A first name joins only when it is a listed given name and no other person
of the article is written in full with it: "Jen" beside "Jen Psaki" and "Jen Easterly" could be
either.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..names import article_apart, is_given_name, name_key, without_article

if TYPE_CHECKING:
    from ..records import Entity


def part_entity(full_name: str, key: frozenset[str], known: dict[frozenset[str], "Entity"]) -> "Entity | None":
    """The one entity of ``known`` (person entities by name key) named by the surname or the first
    name of ``full_name`` (key ``key``) alone, None when there is none or more than one."""
    words = full_name.replace(",", " ").split()
    part = [e for k, e in known.items() if k < key and e.name == words[-1]]
    if not part and len(words) > 1 and is_given_name(words[0]):
        first = words[0]
        rivals = [e for k, e in known.items() if k != key and " " in e.name and e.name.split()[0] == first]
        if not rivals:
            part = [e for k, e in known.items() if k < key and e.name == first]
    return part[0] if len(part) == 1 else None


def label_surname_entity(label_name: str, known: dict[frozenset[str], "Entity"]) -> "Entity | None":
    """The one entity of ``known`` whose name holds a transcript label's surname written with the
    Arabic article apart ("AL THANI" of "AMIR AL THANI:" in "Tamim bin Hamad Al-Thani", whose key
    drops the joined "Al-"; :func:`pipeline.names.without_article`); None when none or several do."""
    words = label_name.lower().split()
    if not article_apart(words):
        return None  # only a label that writes the article apart; others are read by surname as before
    bare = name_key(" ".join(without_article(words)))
    fits = [e for k, e in known.items() if bare and bare < k]
    return fits[0] if len(fits) == 1 else None
