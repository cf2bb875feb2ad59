"""Amounts given to several parties in one gapped list: one grant each.

"The government has provided $26 million to A, $81 million to B and $57 million to C", "Japan
will give 5,000 tents to A and 3,000 to B". English leaves the giving verb out of every item
after the first; each item is a grant of its own to its own party (PLOVER AID codes one recipient
per event). The parser hangs the first "to A" on the verb and each later "to B" on its own
amount, an object of the verb or a conjunct of one; argument finding reads only the first.

Only a verb of giving with an object before each "to" phrase, and only parties other than the
actor and the first recipient.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .context import Context, Party

GIVING = frozenset({"provide", "give", "send", "donate", "allocate", "pledge", "contribute", "deliver", "grant",
                    "commit", "lend", "disburse", "transfer", "supply", "award"})
"""verbs whose gapped list gives each amount to its own party"""


def _to_phrases(verb: "Token") -> list["Token"]:
    """The "to" phrases of the list's items: on the verb itself (the small model may hang each
    item's phrase there) or on an amount hung on the verb (an object, a conjunct, an apposition
    of the previous party), never inside a clause of its own."""
    out = []
    for t in verb.subtree:
        if t.lower_ != "to" or t.dep_ not in ("prep", "dative"):
            continue
        head = t.head
        if head.i == verb.i:
            out.append(t)
            continue
        for _ in range(3):  # ("$81.5 million" in apposition to the first party, a conjunct of the verb)
            if head.pos_ in ("VERB", "AUX") or head.i == verb.i:
                break
            head = head.head
        if head.i == verb.i and t.head.pos_ in ("NUM", "NOUN") and t.head.dep_ in ("dobj", "conj", "appos"):
            out.append(t)
    return out


def gapped_recipients(ctx: "Context", verb: "Token", actor: "Party", recipient: "Party") -> list["Party"]:
    """The parties of the later items of a gapped list of grants (module docstring).

    Args:
        ctx: The Doc's context.
        verb: The trigger verb.
        actor: The event's actor.
        recipient: The recipient found (the first item's party).
    """
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in GIVING or recipient.token is None:
        return []
    phrases = _to_phrases(verb)
    if len(phrases) < 2 or sum(1 for t in verb.subtree if t.like_num) < 2:
        return []  # a list of amounts, each with its party
    seen = {id(recipient.entity)} | ({id(actor.entity)} if actor.entity is not None else set())
    out: list["Party"] = []
    for prep in phrases:
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        party = ctx.party(obj) if obj is not None and obj.i not in ctx.quoted else None
        if party is None or party.entity is None or id(party.entity) in seen:
            continue
        if actor.country is not None and party.country == actor.country:
            continue
        seen.add(id(party.entity))
        out.append(party)
    return out
