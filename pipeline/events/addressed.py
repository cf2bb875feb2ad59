"""A meeting one speaks to: "X told a joint news conference with Prime Minister Y that ...".

A speaker who tells or addresses a meeting takes part in it, as one who speaks "at" it does ("at
a joint news conference with Y, X said ...": the participant reading of the trigger finder). The
meeting noun as the object of a verb of addressing is read the same way: the verb's subject is a
participant, and the meeting counts only when someone is named on the other side (a meeting with
no one named stays the setting of a statement).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .triggers import VIA_OWN, VIA_PARTICIPANT

if TYPE_CHECKING:
    from .triggers import Trigger

ADDRESS_VERBS = frozenset({"tell", "address", "brief"})
"""verbs whose object is the meeting spoken to ("told a news conference", "addressed the summit")"""


def addressed_meeting(trig: "Trigger") -> "Trigger":
    """The trigger read as a meeting its clause's subject speaks to (participant), or as it was."""
    tok = trig.token
    if trig.type != "CONSULT" or trig.via != VIA_OWN or tok.dep_ not in ("dobj", "obj") \
            or tok.head.lemma_.lower() not in ADDRESS_VERBS or tok.head.pos_ != "VERB":
        return trig
    return replace(trig, via=VIA_PARTICIPANT, clause=tok.head)
