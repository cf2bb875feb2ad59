"""A joint statement of one bloc's members: "We, the Leaders of the G7, met today in Brussels".

A statement its signers issue as members of one organisation names them in a plural apposition to
"we" in its opening ("We, the Leaders of the G7", "We, the Foreign Ministers of NATO"): the group
speaks as one, and its "we" is the group (PLOVER codes a bloc's joint act to the bloc; a statement
whose apposition names several countries or persons is read by :func:`.signers.appositive_signers`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..records import Entity

__all__ = ["collective_signer"]

OPENING_SENTENCES = 6
"""how far into a text (its title included) a joint statement names who signs it"""


def collective_signer(doc: "Doc", entity_at: dict, quoted: frozenset[int]) -> "Entity | None":
    """The one organisation a plural apposition to "we" names in the opening sentences, else None
    (an apposition naming a country or a person as well, or two organisations, names signatories)."""
    for k, sent in enumerate(doc.sents):
        if k == OPENING_SENTENCES:
            break
        for t in sent:
            if t.lower_ != "we" or t.i in quoted or t.i + 2 >= len(doc) or doc[t.i + 1].text != ",":
                continue
            for app in (c for c in t.children if c.dep_ == "appos" and c.left_edge.i == t.i + 2
                        and c.tag_ in ("NNS", "NNPS")):
                named = {id(e): e for k in range(app.left_edge.i, app.right_edge.i + 1)
                         if (e := entity_at.get(k)) is not None}
                if len(named) == 1 and (org := next(iter(named.values()))).label == "ORG":
                    return org
    return None
