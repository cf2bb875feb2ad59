"""A title's complement read to its end: the capitalised word after it is no holder.

An office named with a complement ("Advisor for Democracy and Human Rights", "Counselor for
Public Affairs", "Special Envoy for Cyprus Settlement") is often broken across a
line, and the linking reader may stop the title one word early ("... for Public") and take the
complement's head noun ("Affairs") for a surname written after the title. English does write
a bare surname right after a title with a complement ("Secretary of State Blinken"), but then
the complement is complete and the surname is no noun the complement's last word modifies.

So a one-word holder is the complement's head, and no holder, when:

* it comes right after the title (no comma or other word between them),
* the title has a complement (a preposition or "and" after its head) whose last word the
  parser attaches to the holder word as a compound modifier ("Public" of "Affairs"),
* and nothing says it is a name: it is no given name (the Census list), no word of a fuller
  person's name in the article, and no name in the office-holder table.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..knowledge.offices import folded_name_key, load_offices
from ..names import is_given_name
from ..nlp import text as doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .reader import Candidate

_COMPLEMENT = re.compile(r"\s(?:for|on|of|and)\s", re.IGNORECASE)


def _named_words(doc: "Doc") -> frozenset[str]:
    """The words of the article's person names of two words or more (lower case)."""
    return frozenset(w.lower() for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 for w in e.text.split())


def complement_head_holder(doc: "Doc", c: "Candidate", named: frozenset[str] | None = None) -> bool:
    """Whether the candidate's one-word holder is the head noun of its title's complement.

    Args:
        doc: The article's Doc.
        c: A candidate (evidence offsets, title, holder name).
        named: The words of the article's fuller person names (computed when None).

    Returns:
        True when the holder is no name but the word that ends the title (module docstring).
    """
    name = c.name.strip()
    if c.person is not None or not name or " " in name or not _COMPLEMENT.search(c.title):
        return False
    text = doc_text(doc)
    if not text[c.start:c.end].endswith(name):
        return False
    span = doc.char_span(c.end - len(name), c.end)
    if span is None or len(span) != 1:
        return False
    word = span[0]
    prev = word.i - 1
    while prev >= 0 and doc[prev].is_space:
        prev -= 1
    if prev < 0 or not c.title.endswith(doc[prev].text) or doc[prev].dep_ != "compound" or doc[prev].head.i != word.i:
        return False  # "Secretary of State Blinken": the complement ends before the name
    if is_given_name(name) or load_offices().holders_named(folded_name_key(name)):
        return False
    named = _named_words(doc) if named is None else named
    return name.lower() not in named
