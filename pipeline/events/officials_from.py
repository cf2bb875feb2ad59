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

if TYPE_CHECKING:
    from spacy.tokens import Token

FROM_HEADS = frozenset({"official", "minister", "envoy", "diplomat", "delegation", "delegate",
                        "representative", "negotiator", "ambassador", "emissary", "mediator",
                        "adviser", "advisor", "lawmaker", "legislator", "parliamentarian"})
"""heads naming people who act for a government or body: their "from" complement is whose they are
("counterparts from A and B" are left to the counterpart rules: the persons named with them; "teams
from A" are as often responders or volunteers as a government's side; "leaders from A and B" are
mostly a gathering's participants, listed for their own events)"""


def whose_prep(head: "Token", prep: "Token") -> bool:
    """Whether ``prep`` under ``head`` says whose people ``head`` names: "of" always, "from" for
    a head of :data:`FROM_HEADS` with one or two places after it ("officials from A and B"; a
    longer list, "leaders from A, B, C and D", names the participants of a gathering, which the
    rules for listed participants read one by one)."""
    low = prep.lower_
    if low == "of":
        return True
    if low != "from" or (head.lemma_.lower() not in FROM_HEADS and head.lower_ not in FROM_HEADS):
        return False
    first = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return first is not None and sum(1 for t in first.subtree if t.dep_ == "conj") <= 1
