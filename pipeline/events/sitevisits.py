"""A visit to a site is no consultation: "will visit a summer learning program", "her visit to
Lincoln High School", "toured the Acme battery plant".

PLOVER's CONSULT is a meeting between two parties, a visit among them when one goes to the other
(a country, its government, a leader, an organisation). Fact sheets and speeches list stops at
schools, museums, factories and programs: the organisation that runs the site (the school, the
company, the program) is where the visitor is, not a party consulted. The site is the head noun of
the visit's object ("a Horizons summer learning program", "Lincoln High School", "the Contemporary
Art Museum"); a site abroad ("a hospital in Kyiv") is left to the rules of trips abroad.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

VISIT_WORDS = frozenset({"visit", "tour", "trip"})
"""words of a movement to a place (a trip "to" a site, a visit, a tour)"""
SITE_NOUNS = frozenset({
    "school", "program", "programme", "college", "university", "campus", "museum", "factory", "plant",
    "facility", "site", "hospital", "clinic", "farm", "park", "memorial", "mine", "laboratory", "lab",
    "library", "church", "station", "warehouse", "shelter", "store", "shop", "classroom", "academy",
    "center", "centre", "workshop", "shipyard", "refinery", "port", "airport",
})
"""heads of a place visited: a building, a works, an institution on its grounds, a program's venue"""
_PLACE_LABELS = frozenset({"GPE"})


def _objects(tok: "Token") -> list["Token"]:
    """What a visit or tour goes to: its object ("visited X", "toured X") or the object of its
    "to" ("a visit to X", "a trip to X")."""
    out = [c for c in tok.children if c.dep_ == "dobj"]
    out += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children if p.dep_ == "pobj"]
    return out


def site_visit(tok: "Token", actor, recipient, entity_at, home: str | None) -> bool:
    """Whether a visit's recipient is only the site visited: the object's head is a site noun
    ("a Horizons National summer learning program", "Lincoln High School") and the recipient is
    named inside it, or none is named. A place of another country in the object ("a school in
    Kyiv") keeps the event.

    Args:
        tok: The trigger ("visit", "tour", "trip").
        actor: The event's actor.
        recipient: Its recipient, or None.
        entity_at: Token index -> the Entity it belongs to.
        home: ISO3 of the government whose text it is, or None (the actor's country comes first).
    """
    if tok.lemma_.lower() not in VISIT_WORDS:
        return False
    objs = [o for o in _objects(tok) if o.lemma_.lower() in SITE_NOUNS or o.lower_ in SITE_NOUNS]
    if not objs:
        return False
    home = (actor.country if actor is not None else None) or home
    for obj in objs:
        span = range(obj.left_edge.i, obj.right_edge.i + 1)
        if recipient is not None and (recipient.token is None or recipient.token.i not in span):
            continue  # the recipient is someone else named in the sentence
        if any(entity_at[i].label in _PLACE_LABELS and entity_at[i].country not in (None, home)
               for i in span if i in entity_at):
            continue  # a site abroad
        return True
    return False
