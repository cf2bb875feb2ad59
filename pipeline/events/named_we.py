"""Persons set off after "we" as its signatories: "We, President A, Prime Minister B, and Prime
Minister C, today reaffirmed our commitment to ...".

A joint statement of leaders may open by naming its signers, persons by their titles, in
apposition to "we" (as others name them by a plural noun: "We, the leaders of A, B and C",
read by :func:`.signers.appositive_signers`). The small English model parses the first name
as an apposition of the pronoun, or, before "and", as its conjunct ("We, President A and Prime
Minister B,"). Such a "we" is then the named persons: the first is the actor, the second the
other side of a joint act, as for any pair of signatories.

Only a name the entities stage labelled PERSON, starting right after the comma that follows
the pronoun, is read: "we, the people," or "we, as a nation," name no one, and a single
country set off so is the speaker's own country (:func:`.firstperson.declared_country`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..records import Entity


def named_persons_after_we(we: "Token", entity_at: "dict[int, Entity]") -> "list[Token]":
    """The heads of the person lists set off by a comma right after ``we``, if any.

    Args:
        we: The pronoun "we".
        entity_at: Token index -> the Entity it belongs to.

    Returns:
        The appositions (or the conjunct the parser made of the first name) that start right
        after "we," and name a person; empty when there is none.
    """
    doc = we.doc
    if we.i + 2 >= len(doc) or doc[we.i + 1].text != ",":
        return []
    return [c for c in we.children if c.dep_ in ("appos", "conj") and c.left_edge.i == we.i + 2
            and c.pos_ == "PROPN" and (ent := entity_at.get(c.i)) is not None and ent.label == "PERSON"]
