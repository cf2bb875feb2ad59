"""Who held a meeting named by a noun: its passive convener, or who travelled "for talks".

An event noun of consultation often names no party in its own phrase; English names them in the
clause around it instead:

- a passive verb of convening with the meeting as its subject: "The meeting was convened by X",
  "The talks were hosted by X", "The session was chaired by X and Y": whoever convened, hosted
  or chaired the meeting held it (the first convener is the actor; a convener named with him,
  of another government, is the other side);
- a purpose phrase "for talks" on a verb of going or leading: "X will lead a delegation to
  Geneva for talks with Y", "X flew to Rome for consultations with Y": the one who goes holds the
  talks (the verb's subject). A verb of asking ("called for talks", "pushed for talks") is not
  one: the talks there are sought, not held.

A modifier naming the meeting itself ("the NCG meeting", "the G20 summit") is the forum, not who
held it, so the convener found here comes before it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .filters import FUTURE_AUX, FUTURE_HEADS
from .measured_acts import measure_head
from .positions import prep_object

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .context import Context, Party

CONVENING_VERBS = frozenset({"convene", "host", "chair", "co-chair", "cochair", "organize", "organise", "lead",
                             "co-host", "cohost", "open", "call"})
"""verbs whose passive agent is who holds the meeting that is their subject ("the meeting was
convened/hosted/chaired/organised/led/opened/called by X")"""

GOING_VERBS = frozenset({"travel", "go", "come", "fly", "head", "arrive", "lead", "send", "dispatch", "return",
                         "journey", "be", "visit", "stop"})
"""verbs of going, sending or leading a delegation: "for talks" on them is why the subject (or
the delegation the subject sends or leads) went"""

RETURN_VERBS = frozenset({"return", "come"})
"""verbs of coming back: "returned from a visit to X", "came back from talks in Y" """
TRIP_NOUNS = frozenset({"visit", "trip", "tour"})
"""nouns of a trip, read only after "from" ("for a visit" restates the verb of going itself)"""

MEETING_NOUNS = frozenset({"talk", "talks", "consultation", "consultations", "meeting", "meetings", "negotiation",
                           "negotiations", "session", "dialogue", "summit"})
"""nouns of consultation the two rules read"""


def convener(noun: "Token") -> "tuple[Token, Token | None] | None":
    """The agent of a passive verb of convening whose subject is ``noun``, and the next agent
    coordinated with it (or None): "The meeting was convened by X(, ...;) and Y"."""
    if noun.dep_ != "nsubjpass" or noun.head.lemma_.lower() not in CONVENING_VERBS:
        return None
    verb = noun.head
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    first = prep_object(agent) if agent is not None else None
    if first is None:
        return None
    # "by X and Y" (conj of X), or "by X, of A; and Y" (the small model hangs Y on the verb)
    second = next((c for c in first.children if c.dep_ == "conj"), None) or next(
        (c for c in verb.children if c.dep_ == "conj" and c.i > first.i and c.pos_ == "PROPN"), None)
    return first, second


def trip_verb(noun: "Token") -> "Token | None":
    """The verb of going whose purpose is ``noun`` ("went to X for talks"), or of coming back
    from it ("returned from a visit to X", "came back from talks in Y"), else None."""
    lemma = noun.lemma_.lower()
    noun = measure_head(noun)  # ("came for two days of talks": :mod:`.measured_acts`)
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    verb = prep.head
    if prep.lower_ == "from":
        # (a trip one comes back from was made by who comes back)
        return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in RETURN_VERBS and (
            lemma in MEETING_NOUNS | TRIP_NOUNS) else None
    if prep.lower_ != "for" or lemma in TRIP_NOUNS:
        return None
    if verb.pos_ == "NOUN" and verb.dep_ == "dobj":  # "sent a delegation for talks": the parse may hang it on the object
        verb = verb.head
    return verb if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in GOING_VERBS else None


def future_trip(noun: "Token") -> bool:
    """Whether the trip ``noun`` is the purpose of is announced for the future ("will lead a
    delegation ... for talks", "is set to travel ... for talks"): the talks are then a promise."""
    verb = trip_verb(noun)
    if verb is None:
        return False
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in FUTURE_HEADS:
        return True
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children)


def held_by(ctx: "Context", noun: "Token", found_actor: bool) -> "tuple[Party, Party | None] | None":
    """Who held the meeting ``noun`` names, by the two rules above: (actor, other side or None).

    Args:
        ctx: The article's reference context.
        noun: A consultation noun ("meeting", "talks") that is its own trigger.
        found_actor: Whether the noun's own phrase already gave an actor: a convener still
            comes first (the phrase's modifier names the forum), a trip's subject does not.

    Returns:
        The actor and, for a second convener of another government, the other side; None when
        neither rule applies or the names resolve to no party.
    """
    if noun.lemma_.lower() not in MEETING_NOUNS | TRIP_NOUNS and noun.lower_ not in MEETING_NOUNS:
        return None
    found = convener(noun) if noun.lemma_.lower() not in TRIP_NOUNS else None  # (a visit's host is the one visited)
    if found is not None:
        actor = ctx.party(found[0])
        if actor is None:
            return None
        other = ctx.party(found[1]) if found[1] is not None else None
        if other is not None and (other.country is None or other.country == actor.country):
            other = None  # a delegation's members are one side
        return actor, other
    verb = trip_verb(noun) if not found_actor else None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    actor = ctx.party(subj) if subj is not None else None
    # (a traveller of no known government is a name the parse cut badly more often than a party)
    return (actor, None) if actor is not None and actor.country is not None else None
