"""Office titles the model tagged as one organisation.

The small English model often tags "the TITLE of" as an ORG span and the entity stage joins it
with the country after it ("the Governor General of Canada"): the words are an office of that
country, not a body, so the title's words are no organisation at all and the country's words are
the country, as they are when the model leaves the title untagged ("the Prime Minister of Norway").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..knowledge.wordlists import word_set

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..records import Entity
    from .reader import Reader

LOWER_CASE_OFFICE_PAIRS = word_set("roles", "lower_case_office_pairs")
"""Two-word offices read even in lower case ("majority leader", "special representative"), whose
last word alone is an ordinary noun (reader's office context)."""


def office_entity_place(rd: "Reader", tok: "Token", ent: "Entity") -> tuple[str, str] | None | bool:
    """What an ORG entity made of office words says about one of its tokens.

    Args:
        rd: The document's reader.
        tok: A token inside ``ent``.
        ent: The ORG entity.

    Returns:
        None for a token of a title ("Caretaker", "the Treasury", or the title part of "the
        Governor General of Canada"); ("country", ISO3) for a token of the country written after
        such a title; False when the entity is not read as an office (the caller asks the
        organisation gazetteer).
    """
    off = rd.off
    words = [w.lower() for w in ent.name.replace("-", " ").split() if w.lower() not in ("the", "of")]
    if words and all(w in off.modifiers or w in off.heads for w in words):
        return None  # "Caretaker", "the Treasury": title words the model took for a body
    head, sep, tail = ent.name.partition(" of ")
    title = [w.lower() for w in head.replace("-", " ").split() if w.lower() != "the"]
    # the title must end in a holder's noun ("Governor General", "Prime Minister"), never a body's
    # ("Ministry of Foreign Affairs of Japan", "Council of Ministers of X" stay bodies)
    if not sep or not title or title[-1] not in off.heads or any(w in off.gov_body_words for w in title) \
            or not all(w in off.modifiers or w in off.heads for w in title):
        return False
    code = rd.gaz.country(tail.strip())
    if not code:
        return False
    doc = rd.doc
    i = tok.i
    while i > 0 and rd.entity(doc[i - 1]) is ent and doc[i].lower_ != "of":
        i -= 1
    return ("country", code) if doc[i].lower_ == "of" and i < tok.i else None
