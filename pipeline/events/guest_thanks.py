"""Whom a speaker's own thanks "for joining" or "for coming" name (a leaf module: triggers use it).

"Thank you all for being here" thanks the room, and the trigger lexicon drops such thanks as
courtesy (``courtesy_for``). "I want to thank them for joining me", said of two heads of government
at a summit, thanks guests by name or by pronoun: whether that is courtesy depends on who they
are, which only argument finding settles (:mod:`.foreign_courtesy`), so such thanks are kept as
triggers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .talk import speaker_thanks

if TYPE_CHECKING:
    from spacy.tokens import Token


_THIRD_PERSON = frozenset({"him", "her", "them"})


def thanked_guest(verb: "Token", entity_at: "dict[int, object]") -> bool:
    """Whether a speaker's own thanks "for joining", "for coming" or "for being here" name whom
    they thank ("I want to thank Prime Minister X for joining me", "I thank them for coming"),
    so that who the guest is decides, once resolved, whether they are courtesy to the room
    (:func:`.foreign_courtesy.room_courtesy`); "thank you all for being here" names the room and stays courtesy.

    Args:
        verb: The thanking verb.
        entity_at: Token index -> entity.
    """
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or not speaker_thanks(verb):
        return False
    return obj.i in entity_at or (obj.lower_ in _THIRD_PERSON and obj.pos_ == "PRON")
