"""Acts a speaker looks forward to: "The President looks forward to welcoming X".

"Looking forward to" an act announces it as planned or scheduled (a visit, a meeting, working
together), as "will" does: the harmonised rule of the project's gold codes a cooperative act
in the future tense, "looking forward to welcoming X" among its markers, as AGREE (PLOVER
AGREE: "All cooperative actions reported in future tense are also taken to imply
intentions"). The act's own clause has no subject: whoever looks forward does it. Only a
dated act with a named other party counts ("looks forward to welcoming X to the White House on
Friday"): "looks forward to hosting X in the near future" is a wish, no visit decided (the gold
leaves it out).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def looked_forward(verb: "Token") -> "Token | None":
    """The "look" of "look(s) forward to VERB-ing" whose complement is ``verb``, else None.

    Args:
        verb: A trigger verb ("welcoming" in "looks forward to welcoming Prime Minister X").
    """
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG":
        return None
    to = verb.head
    if to.lower_ != "to" or to.dep_ not in ("prep", "dative"):
        return None
    look = to.head
    if look.lemma_.lower() != "look" or look.pos_ != "VERB":
        return None
    if not any(c.lower_ == "forward" for c in look.children):
        return None
    return look


def direct_party(verb: "Token", party) -> bool:
    """Whether the other party of an act looked forward to is the act's own object ("welcoming
    Prime Minister X", "working with Kenya"), not a group of it ("welcoming members of Congress":
    unnamed members, no party planned with), nor missing.

    Args:
        verb: The act's verb ("welcoming").
        party: The recipient found for it (a :class:`~.context.Party`), or None.
    """
    tok = party.token if party is not None else None
    if tok is None or tok.pos_ != "PROPN":
        return False  # ("members" of Congress: a common noun, a group of the party)
    head = tok.head
    return head.i == verb.i or (head.dep_ == "prep" and head.head.i == verb.i)
