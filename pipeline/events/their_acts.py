""""Their call", "their meeting in May": a possessive "their" on a joint act names the pair before.

"They" stands for the pair of parties named before it (:meth:`.references.References.group`).
The possessive "their" on a noun of an act two sides do together ("follows their April telephone
call", "since their summit in Lakeside") does the same: the act is the pair's, the first named
being the actor and the second the other side, as the guide codes a reciprocal meeting ("X and Y
met": X -> Y). Only consultation and cooperation nouns are read so: "their support", "their
threat" are one side's acts, whose owner :mod:`.antecedents` resolves. An event noun that
restates one just reported ("during their meeting, the two discussed ...") is still dropped as a
restatement by the extractor, unless its own phrase dates it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .references import _THEY_WINDOW
from .salience import nearest_pair

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .context import Context, Party

JOINT_TYPES = frozenset({"CONSULT", "COOPERATE"})
"""acts two sides do together, so that "their" act is the pair's"""


def their_pair(ctx: "Context", noun: "Token", owner: "Token | None", typ: str) -> "tuple[Party, Party, int] | None":
    """The pair a "their" on a joint act noun stands for (module docstring), or None.

    Args:
        ctx: The article's reference context.
        noun: The event noun (its own trigger).
        owner: The actor token its phrase gave ("their"), or None.
        typ: The event type.
    """
    kids = list(noun.children)
    if noun.dep_ == "appos" and noun.head.ent_type_ == "DATE":
        kids += list(noun.head.children)  # "their March 5, 2021, telephone call": the parser hangs "their" on the date
    their = next((c for c in kids if c.dep_ == "poss" and c.lower_ == "their"), None)
    if their is None or typ not in JOINT_TYPES or noun.pos_ != "NOUN":
        return None
    if owner is not None and owner.i not in (their.i, noun.i):
        return None  # "the two leaders recalled their call": the plural subject is the pair (``group``)
    # (``plural_owner`` gives the clause's plural subject, which may be the noun itself: "their talks stalled")
    return nearest_pair(ctx.pairs, ctx.background, their, ctx.sentences_back(their, _THEY_WINDOW))
