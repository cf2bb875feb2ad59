"""A consultation's "with X" the parser hung on a noun of the verb's setting.

"President X spoke today on the margins of the NATO Summit with President Y", "the two
ministers talked by phone from Brussels with their counterpart": English puts the partner
of a verb of talking after its adjuncts of place, time and occasion, and the parser then
attaches "with Y" to the nearest noun ("Summit with Y"). The verb itself is left with no
"with", so a verb that is a consultation only with a partner ("spoke with", "talked with")
makes no event. This module finds such a stranded "with" so the verb's entry can read it as
its own particle.

Only a "with" naming an entity counts ("on the margins of the summit with 40 leaders" is
the summit's size), only under a preposition of the verb itself (the setting it is spoken
in) and at most a few nouns down that chain, and only when the verb has no "with" of its
own. A partner of a verb of cooperating is not read this way: "worked at the plant with
Boeing" may be the plant's owner, while whom one speaks with at an occasion is the person
spoken with.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_SETTING_PREPS = frozenset({"on", "at", "in", "during", "after", "before", "from", "by", "ahead", "over"})
"""prepositions of a verb's place, time, occasion or channel ("on the sidelines of", "by phone")"""

_NOUN_POS = frozenset({"NOUN", "PROPN"})
_MAX_DEPTH = 3
"""nouns followed down the setting's "of" chain ("the margins of the summit of the G20")"""


def _pobj(prep: "Token") -> "Token | None":
    return next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ in _NOUN_POS), None)


def stranded_with(verb: "Token", entity_at: "dict[int, object]") -> list["Token"]:
    """The "with" of ``verb`` that the parser hung on a noun of its setting, as a list.

    Args:
        verb: A verb of talking whose entry counts only with a "with" partner.
        entity_at: Token index -> entity, for the tokens inside named entities.

    Returns:
        The "with" token (at most one), or an empty list when the verb has its own "with",
        no setting, or the stranded "with" names no entity.
    """
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        return []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in _SETTING_PREPS or prep.i < verb.i:
            continue
        noun, depth = _pobj(prep), 0
        while noun is not None and depth < _MAX_DEPTH:
            for c in noun.children:
                if c.dep_ == "prep" and c.lower_ == "with" and (obj := _pobj(c)) is not None and (
                        obj.i in entity_at or any(a.i in entity_at for a in obj.children if a.dep_ in ("compound", "appos"))):
                    return [c]
            noun = next((_pobj(c) for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            depth += 1
    return []
