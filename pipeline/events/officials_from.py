"""People "from" a country are that country's: "officials from A and B met", "envoys from Qatar".

English names whose officials, envoys or delegations people are with "of" ("the leaders of A
and B") or, as often in news and readouts, with "from" ("Defense officials from the United
States and the Philippines held talks", "Envoys from Qatar and Egypt attended"). For a head that
names people acting for a government, a "from" complement says whose they are as "of" does; for
other heads ("aid from Egypt", "troops from Chad", "a letter from X") "from" is a source or an
origin that the type's own rules read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..knowledge.units import institution_country
from ..knowledge.wordlists import word_set

if TYPE_CHECKING:
    from spacy.tokens import Token

FROM_HEADS = frozenset({"official", "minister", "envoy", "diplomat", "delegation", "delegate",
                        "representative", "negotiator", "ambassador", "emissary", "mediator",
                        "adviser", "advisor", "lawmaker", "legislator", "parliamentarian"})
"""heads naming people who act for a government or body: their "from" complement is whose they are
("counterparts from A and B" are left to the counterpart rules: the persons named with them; "teams
from A" are as often responders or volunteers as a government's side; "leaders from A and B" are
mostly a gathering's participants, listed for their own events)"""


_WHOSE_PREPS = frozenset({"from", "in", "at", "within"})
"""prepositions naming whose people a head of :data:`FROM_HEADS` names besides "of": "from" a place
or body; "in", "at" or "within" a government body only (:data:`_BODY_HEADS`: "officials in the State
Department", "diplomats in the Foreign Ministry", "officials at the Pentagon"; "officials in Kyiv" or
"diplomats at the United Nations" may be anyone's officials there)"""


_BODY_HEADS = word_set("entities", "body_heads")
"""head nouns of a government's bodies (the shared ``body_heads`` word list): the names officials "in"
or "at" belong to; a seat that stands for its government ("the Pentagon") counts too"""


def whose_prep(head: "Token", prep: "Token") -> bool:
    """Whether ``prep`` under ``head`` says whose people ``head`` names: "of" always, "from" for
    a head of :data:`FROM_HEADS` with one or two places after it, "in"/"at"/"within" for such a
    head with an organisation after it ("officials from A and B"; a
    longer list, "leaders from A, B, C and D", names the participants of a gathering, which the
    rules for listed participants read one by one)."""
    low = prep.lower_
    if low == "of":
        return True
    if low not in _WHOSE_PREPS or (head.lemma_.lower() not in FROM_HEADS and head.lower_ not in FROM_HEADS):
        return False
    first = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if first is not None and low != "from":
        # "officials in the State Department": a government body's name; a place, a forum or an
        # international body names only where they are ("diplomats at the United Nations")
        return first.pos_ == "PROPN" and first.ent_type_ not in ("GPE", "LOC") and (
            first.lower_ in _BODY_HEADS or institution_country(first.text) is not None)
    return first is not None and sum(1 for t in first.subtree if t.dep_ == "conj") <= 1
