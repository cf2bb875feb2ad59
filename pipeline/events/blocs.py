"""A joint statement of one bloc's members: "We, the Leaders of the G7, met today in Brussels".

A statement its signers issue as members of one organisation names them in a plural apposition to
"we" in its opening ("We, the Leaders of the G7", "We, the Foreign Ministers of NATO"): the group
speaks as one, and its "we" is the group (PLOVER codes a bloc's joint act to the bloc; a statement
whose apposition names several countries or persons is read by :func:`.signers.appositive_signers`).
A statement whose title names one international organisation as its author ("G7 Leaders’
Statement", "NATO Foreign Ministers’ Statement on Ukraine", "Joint Statement of the Quad") speaks
as that organisation too, apposition or none.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..knowledge import countries
from ..nlp import text as text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..records import Entity

__all__ = ["collective_signer"]

# A statement's kind in its title, and the plural nouns of those who issue it for an organisation
# ("Leaders", "Foreign Ministers"; possessive before the kind: "G7 Leaders’ Statement")
_KIND = r"(?:Joint\s+)?(?:Statement|Declaration|Communiqu[eé])\b"
_GROUPS = r"(?:Leaders|Heads\s+of\s+State\s+and\s+Government|(?:Foreign|Defen[cs]e|Finance|Trade)\s+Ministers|Ministers|Members)"
_ISSUERS = rf"(?:{_GROUPS}[’']\s+)?"
_TITLE_OF = re.compile(rf"{_KIND}\s+(?:of|by|from)\s+(?:the\s+)?(?:{_GROUPS}\s+of\s+(?:the\s+)?)?$")
# after "Statement by the G7": its members, then the end of the title or its topic; not an office
# and a name ("Statement by NATO Secretary General Jens Stoltenberg": one person's statement)
_AFTER_OF = re.compile(rf"(?:\s+{_GROUPS})?\s*(?:$|[,:]|\s+(?:on|regarding|at|in|to|for|following|after)\s)")

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
    return titled_issuer(doc, entity_at)


def titled_issuer(doc: "Doc", entity_at: dict) -> "Entity | None":
    """The international organisation the title line names as a statement's author ("G7 Leaders’
    Statement", "Joint Statement of the Quad"), else None ("ASEAN-U.S. Leaders’ Statement" has two
    authors; "White House Statement" names no organisation of states)."""
    text = text_of(doc)
    end = text.find("\n")
    end = len(text) if end < 0 else end
    for t in doc:
        if t.idx >= end:
            break
        org = entity_at.get(t.i)
        if org is None or org.label != "ORG" or (t.i > 0 and entity_at.get(t.i - 1) is org):
            continue
        if countries.load().organization(org.name) is None:
            continue
        last = t.i
        while last + 1 < len(doc) and entity_at.get(last + 1) is org:
            last += 1
        before, after = text[:t.idx], text[doc[last].idx + len(doc[last].text):end]
        if (not before.strip() and re.match(rf"\s+{_ISSUERS}{_KIND}", after)) \
                or _TITLE_OF.search(before) and _AFTER_OF.match(after):
            return org
    return None
