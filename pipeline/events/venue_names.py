"""A meeting named by where it was held: the place is no party to it.

"the Woodside summit", "the Bali and Woodside meetings", "the Camp David talks": a city, a
region or a site written before a meeting noun names where the leaders met, as "the Geneva
talks" do; it neither met nor hosted anyone (the hosts are the governments, named elsewhere).
A country's own name before the noun ("the U.S.-China summit", "the Japan talks") is a party
and stays. With no other actor the meeting noun then yields no event (PLOVER codes none without
a source actor).
"""

from __future__ import annotations

from ..knowledge.countries import load as load_countries

MEETING_NOUNS = frozenset({"summit", "meeting", "talk", "conference", "dialogue", "session", "round"})
"""heads a venue's name may precede"""
VENUE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def venue_actor(actor, typ: str | None) -> bool:
    """Whether the actor found is only the venue's name before a meeting noun (module
    docstring).

    Args:
        actor: The event's actor party (its token heads the name), or None.
        typ: The event's category (only CONSULT is read).
    """
    if typ != "CONSULT" or actor is None or actor.token is None or actor.entity is None:
        return False
    tok = actor.token
    if tok.dep_ not in ("compound", "nmod", "amod") or tok.head.lemma_.lower() not in MEETING_NOUNS:
        # ("the Bali and Woodside meetings": the first name's head is the noun through the pair)
        head = tok.head if tok.dep_ == "conj" else None
        if head is None or head.dep_ not in ("compound", "nmod", "amod") or head.head.lemma_.lower() not in MEETING_NOUNS:
            return False
    if actor.entity.label not in VENUE_LABELS:
        return False
    return load_countries().country(actor.entity.name) is None
