"""Capitalised abstract nouns the small model tags as a person.

A one-word name built with a suffix of abstract nouns names a doctrine, a fear or a policy,
never a person: "-ism" ("Antisemitism"), "-phobia" ("Islamophobia", "Xenophobia"), "-nomics"
(an economic programme named for its leader: "Bidenomics", "Abenomics"), "-ology", "-ization".
English surnames do not end so; a given name of the Census list never drops out this way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..names import is_given_name

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan

_SUFFIXES = ("ism", "isms", "phobia", "phobias", "nomics", "ology", "ization", "isation")


def abstract_noun(span: "SpacySpan") -> bool:
    """Whether the PERSON ``span`` is one capitalised abstract noun (module docstring)."""
    if len(span) != 1:
        return False
    word = span[0].text
    return word.isalpha() and word[:1].isupper() and len(word) > 6 and word.lower().endswith(_SUFFIXES) \
        and not is_given_name(word)
