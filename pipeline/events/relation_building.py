"""Building up a relation with a named partner: "we have deepened our alliance with Japan",
"Iran is deepening its military partnership with Russia", "strengthened the relationship
between our two countries".

A verb of improvement (lexicon class ``relation_improvement``: deepen, strengthen, expand,
broaden, ...) whose direct object is a standing relation (class ``standing_relation``: an
alliance, a partnership, ties) with a partner named after "with" reports cooperation with that
partner: PLOVER COOPERATE ("initiate, resume, improve, or expand mutual material cooperation"),
one event per partner named (the coordinated "with" objects are split downstream, as for
"worked with A and B"). A future one ("will strengthen our partnership with X") is AGREE by the
future rule, as every cooperative act announced for later.

Not coded: no partner named ("strengthen our alliance": whose alliance is stated, with whom is
not), a partner who is no party ("our partnership with the private sector"), a passive ("the
alliance was strengthened": who did it is not said), and the lexicon's own entries ("elevate",
"upgrade", and "deepen cooperation", where the event noun is the trigger).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..syntax import found_tokens
from .lexicon import load
from .triggers import VIA_LIGHT, Trigger

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_PARTIES = frozenset({"GPE", "NORP", "ORG", "PERSON"})
_CUE = re.compile(r"[dsebrc](?<!\w[dsebrc])(?:(?<=d)eepen|(?<=s)trengthen|(?<=e)xpand|(?<=b)roaden|(?<=e)nhanc"
                  r"|(?<=b)olster|(?<=r)einvigorat|(?<=r)evitali[sz]|(?<=s)olidif|(?<=c)ement)\w*", re.IGNORECASE)
r"""a text search first: most stories build no relation (the first letter first, the word boundary checked
behind it, so that ``re`` skips to those letters: the same matches as
``\b(?:deepen|strengthen|expand|broaden|enhanc|bolster|reinvigorat|revitali[sz]|solidif|cement)\w*``)"""


def _partner(obj: "Token") -> "Token | None":
    """The first named party of the relation's "with" (or "between") phrase, or None."""
    for prep in obj.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("with", "between"):
            continue
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is not None and (pobj.ent_type_ in _PARTIES or any(
                t.ent_type_ in _PARTIES for t in pobj.subtree if t.i < pobj.i and t.dep_ == "compound")):
            return pobj
    return None


def _object(verb: "Token") -> "Token | None":
    """The verb's direct object; in "deepened and elevated alliances" the small model makes the
    second verb an adjective and the noun a conjunct of the first verb, which is its object still."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        obj = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i > verb.i
                    and any(a.dep_ == "amod" and a.tag_ in ("VBN", "JJ") and a.lower_.endswith("ed") for a in c.children)), None)
    return obj


def relation_triggers(doc: "Doc", taken: "set[int]", skip: "set[int] | frozenset[int]") -> list[Trigger]:
    """COOPERATE triggers of a verb improving a standing relation with a named partner.

    Args:
        doc: A parsed Doc.
        taken: Token indices already triggers.
        skip: Token indices never to consider (headline, quotations, questions).
    """
    lex = load()
    improving, relations = lex.classes["relation_improvement"], lex.classes["standing_relation"]
    out = []
    for tok in found_tokens(doc, _CUE):
        if tok.pos_ != "VERB" or tok.i in taken or tok.head.i in taken and tok.dep_ == "xcomp" or tok.i in skip or tok.lemma_.lower() not in improving:
            continue
        if tok.dep_ in ("amod", "acl") or any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
            continue  # "the strengthened alliance", "was strengthened": no one named doing it
        obj = _object(tok)
        if obj is None or obj.i in taken or (obj.lemma_.lower() not in relations and obj.lower_ not in relations):
            continue  # ("deepened cooperation with X": the event noun is the trigger)
        if _partner(obj) is not None:
            out.append(Trigger(token=obj, type="COOPERATE", entry=None, via=VIA_LIGHT, clause=tok))
    return out
