"""Recipients a clause names beside the trigger's own phrase: what an attack was aimed at when a
participle says so ("launched an attack, targeting X"), an attack's relative clause the parser
hung on the reacting verb ("condemned a strike on Tuesday that killed ..."), and the country a
promised act is done in ("committed to support the transition in Sudan").

Pure helpers of :mod:`.recipients` over the per-Doc :class:`~.context.Context`.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .complements import paired_name_side
from .context import Context, Party

if TYPE_CHECKING:
    from spacy.tokens import Token


AIMING_VERBS = frozenset({"target", "hit", "strike", "attack"})
"""participles telling what an attack was aimed at ("launched an attack, targeting X",
"fired missiles hitting X"): their object is the attack's target (PLOVER ASSAULT's target)"""


def aimed_target(ctx: Context, noun: "Token", own: str | None) -> Party | None:
    """The target a participle adjunct names for an attack noun: "launched their largest attack,
    directly targeting American ships" -> USA. The participle hangs on the noun or on the verb
    the noun is the object of; a nationality on unnamed things stands for its country; the
    actor's own country is never the target."""
    heads = [noun] + ([noun.head] if noun.dep_ == "dobj" and noun.head.pos_ in ("VERB", "AUX") else [])
    for head in heads:
        for v in head.children:
            if v.dep_ not in ("advcl", "acl", "xcomp", "conj") or v.tag_ != "VBG" or v.lemma_.lower() not in AIMING_VERBS:
                continue
            obj = next((c for c in v.children if c.dep_ == "dobj"), None)
            who = ctx.party(obj)
            if who is None or not who.country or who.country == own:
                continue
            if who.entity is not None and who.entity.label == "NORP":
                return Party(entity=None, country=who.country, token=obj, name=who.country)
            return who
    return None


THANKING_VERBS = frozenset({"thank", "praise", "commend", "congratulate"})
"""verbs of thanks and praise: support or a promise the same subject goes on to give in a
coordinated clause is given to the one thanked ("thanked X for hosting the refugees and pledged
continued support to these efforts"), as what is offered in a meeting is offered to the one met"""


RELATIVE_SUBJECTS = frozenset({"that", "which"})


def misattached_relatives(noun: "Token") -> list["Token"]:
    """Relative clauses of an object noun that the parser hung on the verb governing it:
    "condemned an air strike on Tuesday that killed 12 people" may come out with "that killed"
    as a clausal complement of "condemned". A clause after the noun whose subject is a bare
    "that"/"which" is the noun's relative clause (a complement clause has a real subject)."""
    if noun.dep_ != "dobj":
        return []
    verb = noun.head
    return [v for v in verb.children if v.dep_ in ("ccomp", "advcl") and v.i > noun.i and v.pos_ == "VERB"
            and any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_SUBJECTS and c.i > noun.i for c in v.children)]


def act_place(ctx: Context, noun: "Token") -> list["Token"]:
    """The places an act noun is said to happen in ("the transition to democracy in Sudan", "the
    reconstruction of ports in Haiti"): a promise to support such an act is made to the
    country it happens in. Only names with a country (not "in the region", "in Africa")."""
    out = []
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "in"):
        obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if obj is not None and ctx.place(obj) is not None:
            out.append(obj)
    return out


POWER_WORDS = frozenset({"power", "control"})


def seized_power(obj: "Token | None", actor: Party) -> bool:
    """Whether a seizure's object is the power of the state itself ("the army seized power",
    "the junta, which took power in a coup"): a coup coerces the country's government, which
    the annotation codes as the country (the actor's own). Only a bare "power" or "control"
    (not "control of the port", which names what was seized)."""
    return (obj is not None and actor.country is not None and obj.lower_ in POWER_WORDS
            and not any(c.dep_ == "prep" for c in obj.children))


def gathering_side(ctx: Context, gathering: "Token", actor: Party) -> Party | None:
    """The other side of a gathering attended that is named after two sides ("attended the
    U.S.-Pacific Islands Summit", "attended the China-Africa Forum"): as hosting one, attending
    it consults the side that is not the actor's own (:func:`~.complements.paired_name_side`).
    None for any other gathering ("attended the summit", "attended the NATO summit": the place or
    the body is the event's setting, not a second party)."""
    ent = ctx.entity_at.get(gathering.i)
    if ent is None or ent.label not in ("ORG", "EVENT"):
        return None
    words = ent.name.split()
    # ("the September U.S.-Pacific Islands Summit": the date before the paired name is no side)
    first = next((i for i, w in enumerate(words) if "-" in w.replace("\u2013", "-")), None)
    if first is None:
        return None
    named = replace(ent, name=" ".join(words[first:]))
    return paired_name_side(Party(entity=named, country=ent.country, token=gathering), actor)


def each_others(obj: "Token") -> bool:
    """Whether an object is owned by "each other", "one another" or "the other" ("expelled each
    other's diplomats", "expelled six of the other's diplomats"): coordinated subjects then act
    on each other, one act between the two sides like "X and Y met"."""
    heads = [obj, *(g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                    for g in p.children if g.dep_ == "pobj")]
    for head in heads:
        for owner in (c for c in head.children if c.dep_ == "poss" and c.lower_ in ("other", "another")):
            if any(d.lower_ in ("each", "one", "the") for d in owner.children if d.dep_ in ("det", "nummod", "amod")) \
                    or owner.i > 0 and owner.doc[owner.i - 1].lower_ in ("each", "one", "the"):
                return True
    return False


def mutual_pairs(ctx: Context, verb: "Token", pairs: list) -> list:
    """Two co-subjects that act on each other ("Kenya and Uganda expelled each other's
    diplomats"): each is the other's recipient, one event each way (each of them did the act;
    unlike a meeting, which the guide records once). ``pairs`` as the events stage builds them:
    (actor, recipient) per co-subject (the second co-subject is taken from the first one's
    conjunct when the stage found only one); returned unchanged unless no recipient was found and
    the verb's object is "each other's"/"one another's" (:func:`each_others`)."""
    if not 1 <= len(pairs) <= 2 or any(r is not None or a is None for a, r in pairs):
        return pairs
    if not any(each_others(c) for c in verb.children if c.dep_ == "dobj"):
        return pairs
    if len(pairs) == 1:
        tok = pairs[0][0].token
        conj = next((c for c in tok.children if c.dep_ == "conj"), None) if tok is not None else None
        other = ctx.party(conj) if conj is not None else None
        if other is None or other.entity is None or other.entity is pairs[0][0].entity:
            return pairs
        pairs = [pairs[0], (other, None)]
    return [(pairs[0][0], pairs[1][0]), (pairs[1][0], pairs[0][0])]
