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
  once; :func:`hosts_told_meeting`, checked against the events made so far).
"""

from __future__ import annotations

from .triggers import VIA_LIGHT, VIA_OWN, VIA_SELF, Trigger, agentless_passive

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
