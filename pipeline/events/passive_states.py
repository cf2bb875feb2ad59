"""The state behind an agentless passive, read from the clause itself (where a state-only act
happens, "detained in Moscow", is read by :func:`.repression.state_passive`).

* Whose forces are moved: "more than 1,000 North Korean troops were deployed to Russia", "U.S.
  forces were withdrawn from the base". A government deploys and withdraws its own forces, so
  the country that owns the forces the passive subject names is the actor (PLOVER MOBILIZE
  and RETREAT are coded with the forces' state as source). The victim of a passive attack
  ("troops were attacked") is not its agent: only moving verbs are read so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .context import Context, Party
from .lexicon import load
from .triggers import agentless_passive

if TYPE_CHECKING:
    from spacy.tokens import Token

MOVED_TYPES = frozenset({"MOBILIZE", "RETREAT"})
"""categories whose passive subject, when it is a force, is moved by its own state"""
_OWNER_DEPS = frozenset({"amod", "compound", "nmod", "poss"})


def forces_owner(ctx: Context, verb: "Token", typ: str) -> Party | None:
    """The state whose forces an agentless passive moves ("North Korean troops were deployed
    to Russia": North Korea), or None.

    Args:
        ctx: The Doc's context.
        verb: The trigger verb.
        typ: The trigger's category (only MOBILIZE and RETREAT are read).
    """
    if typ not in MOVED_TYPES or verb.pos_ != "VERB" or not agentless_passive(verb):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    classes = load().classes
    if subj is None or subj.lemma_.lower() not in classes["force"] | classes["personnel"]:
        return None
    for mod in subj.children:
        if mod.dep_ in _OWNER_DEPS and mod.i in ctx.entity_at:
            ent = ctx.entity_at[mod.i]
            if ent.label in ("GPE", "NORP") and ent.country:
                return Party(entity=None, country=ent.country, token=mod, name=ent.country)
    return None
