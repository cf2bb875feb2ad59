"""A summit named as the setting of another meeting is not coded again.

Readouts place a bilateral meeting "on the margins of the APEC Leaders' Meeting" or "on the
sidelines of the NATO Summit": the summit is where the meeting took place, and the event
reported is the meeting between the two leaders. Coding the summit as a second consultation
(with the organisation of its name as actor) adds an event the text does not report.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

SETTING_NOUNS = frozenset({"margin", "margins", "sideline", "sidelines", "side", "sides"})
"""nouns of "on the margins/sidelines of X": X is where the reported act took place"""


def summit_setting(noun: "Token") -> bool:
    """Whether a consultation noun is the object of "on the margins/sidelines of" (module docstring).

    Args:
        noun: The trigger (a noun such as "meeting" or "summit", or the head of a name).
    """
    head = noun
    for _ in range(4):  # up through the name's compounds ("the APEC Leaders' Meeting")
        if head.dep_ not in ("compound", "poss", "amod") or head.head.i == head.i:
            break
        head = head.head
    if head.dep_ != "pobj" or head.head.lower_ != "of":
        return False
    owner = head.head.head
    return owner.lower_ in SETTING_NOUNS or owner.lemma_.lower() in SETTING_NOUNS
