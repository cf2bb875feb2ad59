"""One act told twice in a clause is coded once: triggers that restate another trigger's event.

- "imposed sanctions on six firms, freezing their assets"; "shelled the town, killing four": a
  participle spelling out the event of the clause it hangs on (coded on the main clause);
- "A Russian missile strike on Kharkiv killed five people": a harm verb whose subject is an
  attack noun of the same category tells what that attack did (coded on the noun, which names
  the attacker and the target);
- "Five people were killed in a Russian strike on Kharkiv": an agentless passive harm verb
  whose "in"/"by" phrase is the attack noun (coded on the noun; the verb names no attacker);
- "expressed support for talks hosted by X", "met for the fourth Leaders Summit, hosted by X": a
  participle of hosting on a meeting already coded (the noun's own event, or that of the
  consultation verb whose phrase it is) tells who hosted that meeting, one consultation (coded
  once; :func:`hosts_told_meeting`, checked against the events made so far);
- "the minister's visit shows ...", "during the meeting", "they also discussed X" after a reported call: an event
  noun or a topic of talks referring back to an event already made (:func:`restates`,
  :func:`continues_consultation`, called by :func:`.extract.extract_events`).
"""

from __future__ import annotations

from ..records import Event
from .triggers import VIA_LIGHT, VIA_OWN, VIA_SELF, Trigger
from .voice import agentless_passive

_CAUSE_PREPS = frozenset({"in", "by", "during"})
"""prepositions that give the act a passive harm happened in ("killed in an air strike",
"wounded by shelling", "injured during the bombardment")"""


def _noun_head(tok):
    """The head of the noun phrase a compound word is part of ("missile" in "missile strike")."""
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _told_by_noun(verb, typ: str, nouns: dict[int, str]) -> bool:
    """Whether a harm verb's subject, or the cause phrase of its agentless passive, is a noun
    trigger of the same category."""
    if any(c.dep_ == "nsubj" and nouns.get(c.i) == typ for c in verb.children):
        return True
    if not agentless_passive(verb):
        return False
    return any(c.dep_ == "prep" and c.lower_ in _CAUSE_PREPS and nouns.get(p.i) == typ
               for c in verb.children for p in c.children if p.dep_ == "pobj")


def hosts_told_meeting(t: Trigger, consults: set[int]) -> bool:
    """Whether a hosting participle ("talks hosted by X", "the summit, hosted by X") hangs on a
    meeting noun whose consultation is already coded: ``consults`` holds the trigger tokens of
    the consultations recorded, the noun's own or the verb whose phrase it is ("met for the
    summit, hosted by X")."""
    tok = t.token
    if not t.host or t.via != VIA_SELF or tok.dep_ not in ("acl", "relcl") or tok.tag_ != "VBN":
        return False
    noun = tok.head
    if noun.i in consults:
        return True
    return noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.i in consults


def without_restatements(triggers: list[Trigger]) -> list[Trigger]:
    """The triggers without those that restate another one's event (module docstring)."""
    by_clause = {(t.clause.i, t.type) for t in triggers if t.clause is not None and t.via in (VIA_SELF, VIA_LIGHT)}
    nouns = {_noun_head(t.token).i: t.type for t in triggers if t.via == VIA_OWN}
    out = []
    for t in triggers:
        if t.via == VIA_SELF and t.token.dep_ == "advcl" and t.token.tag_ == "VBG" \
                and (t.token.head.i, t.type) in by_clause:
            continue
        if t.via == VIA_SELF and t.type == "ASSAULT" and t.token.pos_ == "VERB" and _told_by_noun(t.token, t.type, nouns):
            continue
        out.append(t)
    return out


def restates(events: list[Event], typ: str, actor, recipient) -> bool:
    """A bare event noun ("the minister's visit shows ...") naming the same actor as an event
    already reported, and no other recipient, refers back to that event."""
    a_id = actor.entity.id if actor is not None and actor.entity is not None else None
    r_id = recipient.entity.id if recipient is not None and recipient.entity is not None else None
    for ev in events:
        if ev.type == typ and ev.actor == a_id and ev.actor_country == (actor.country if actor else None):
            if r_id is None or r_id == ev.recipient:
                return True
    return False


def own_date(noun) -> bool:
    """Whether an event noun's own phrase dates it ("the two leaders' meeting in Geneva in
    June", "the chancellor's visit last year"): a dated act named again is another occurrence, not
    a reference back to the event just reported."""
    after = noun.doc[noun.right_edge.i + 1] if noun.right_edge.i + 1 < len(noun.doc) else None
    # ("built on the leaders' phone call in February": the small model hangs the date on the verb, or makes the noun its apposition)
    return any(t.ent_type_ in ("DATE", "TIME") for t in noun.subtree if t.i != noun.i) or noun.head.ent_type_ == "DATE" and noun.dep_ == "appos" or (
        after is not None and after.dep_ == "prep" and after.lower_ in ("in", "on") and any(
            t.ent_type_ == "DATE" for t in after.children if t.dep_ == "pobj"))


def definite(noun) -> bool:
    """Whether an event noun refers back by its determiner ("during the meeting", "in their
    call"), as opposed to introducing one ("after talks with X", "during a call with Y")."""
    return any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "their") for c in noun.children)


TOPIC_CONSULT = frozenset({"discuss", "discussion", "consult", "confer", "exchange"})
"""Consultation words that name what a consultation was about: after a meeting or call is
reported, "they discussed X" ("the leaders also discussed Y", "they exchanged views on Z") is
its content, not another consultation (readouts list the topics of one call sentence by
sentence)."""


def within_consultation(tok, consult_heads: set[int]) -> bool:
    """Whether ``tok`` hangs under a consultation verb already recorded ("spoke with X to
    discuss Y", however the parser attaches the purpose clause)."""
    return any(a.i in consult_heads for a in tok.ancestors)


def continues_consultation(events: list[Event], consult_heads: set[int], trig, actor) -> bool:
    """Whether a ``discuss`` trigger is the content of a consultation already recorded: the
    purpose of its verb ("spoke with X to discuss Y") or one with the same party."""
    tok = trig.token
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
        return False  # "discussed X with Y", "during discussions with Y" names a consultation
    if tok.lemma_.lower() not in ("discuss", "exchange") and any(c.dep_ == "dobj" for c in tok.children):
        return False  # "consulted the Japanese Prime Minister": whom, not what (readouts: "they
        # consulted/conferred on X" after the call is its content)
    if within_consultation(tok, consult_heads):
        return True
    if actor is None:
        return False
    a_id = actor.entity.id if actor.entity is not None else None
    for ev in events:
        if ev.type != "CONSULT":
            continue
        if a_id is not None and a_id in (ev.actor, ev.recipient):
            return True
        if a_id is None and ev.actor is None and actor.country and ev.actor_country == actor.country:
            return True
    return False
