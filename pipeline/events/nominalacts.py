"""Event nouns whose parties wire news gives without a clause of their own.

* "the resignation of Prime Minister X", "the surrender of the garrison": the of-phrase of a
  noun for an act with no object names who did it (the noun of an intransitive verb: "X
  resigned"), as a possessive does ("X's resignation").
* "Protests erupted in Tbilisi", "demonstrations spread to Basra": a protest noun as the
  subject of a verb of breaking out reports a protest whose crowd is not named; the guide
  codes such an actor null, with the country where it happens (as for "protesters marched").
* "the June 2023 killing of X", "the shelling of a market that killed 43 people": a noun of
  killing whose victim is a named person, or one whose relative clause tells what it killed,
  reports one attack even when no attacker is named; the guide codes it with a null actor
  (who did it is "not stated"). So does an attack that is the subject of a verb of killing
  ("a drone strike killed five militants"). A bare "the attack" or "the war" stays no event.
* "the attack that killed three soldiers", "the repeated rocket attacks on the garrison": an
  attack noun whose own relative clause tells whom it killed, or whose target is armed forces or
  a military or diplomatic post, reports attacks that happened even when the attacker is not
  named (a briefer often leaves him out); the guide codes them with a null actor. A target that
  is an idea or a right ("attacks on democracy") is a figure, and "any attack on our forces" is
  a supposition, so neither counts.
* "X's detention in Russia", "his imprisonment in an Iranian jail": a noun of detention whose
  own "in" phrase names the place is the act of that place's state (its police and courts are
  the only ones who jail), as the agentless "was detained in Russia" is
  (:func:`.repression.state_passive`).
* "the arbitrary detention of X", "release X from detention": a noun of detention whose victim is
  a named person reports one detention even when neither the jailer nor the place is named; the
  guide codes it with a null actor and the detainee as recipient, as for a killing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .antecedents import local_country
from .context import Context, Party
from .lexicon import load
from .repression import detaining_state

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .triggers import Trigger

OF_AGENT_NOUNS = frozenset({"resignation", "surrender", "apology", "walkout", "refusal"})
"""nouns of acts with no object: their of-phrase is who acts ("the resignation of X"); a refusal
takes what is refused as a to-infinitive, so its of-phrase too is who refuses ("the refusal of
the central bank to rescue X")"""
OUTBREAK_VERBS = frozenset({"erupt", "break", "spread", "continue", "grow", "escalate", "intensify", "rage",
                            "flare", "resume", "swell", "spill", "sweep", "enter", "turn"})
"""verbs by which protests happen ("protests erupted", "demonstrations spread to the capital")"""
_PROTEST_NOUNS = frozenset({"protest", "demonstration", "rally", "riot", "unrest", "strike", "march", "sit-in"})


def of_agent(noun: "Token") -> "Token | None":
    """The of-object of an intransitive act noun ("the resignation of X"), or None."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in OF_AGENT_NOUNS:
        return None
    return next((p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj"), None)


def outbreak(ctx: Context, noun: "Token", location: str | None) -> Party | None:
    """The unnamed crowd of "protests erupted in X" (actor null, the country where it happens
    or the one in context), or None when the noun is no such subject."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _PROTEST_NOUNS or noun.dep_ != "nsubj" \
            or noun.head.lemma_.lower() not in OUTBREAK_VERBS or noun.i in ctx.quoted:
        return None
    if any(c.dep_ in ("poss", "compound", "amod") and c.i in ctx.entity_at for c in noun.children):
        return None  # "Kenyan protests", "the union's strike": a named side, the arguments' business
    country = location or local_country(ctx, noun)
    return Party(entity=None, country=country, token=noun, name=None)


ATTACK_NOUNS = frozenset({"killing", "murder", "assassination", "shelling", "bombing", "shooting", "stabbing",
                          "beheading", "execution", "lynching"})
"""nouns of one act of killing or shelling (PLOVER ASSAULT; CAMEO 18, 19)"""
_HARM_VERBS = frozenset({"kill", "wound", "injure", "maim"})
"""what an attack's relative clause says it did ("that killed 12 people")"""


_SUPPOSED_DETS = frozenset({"any", "no", "every", "each", "future", "potential", "possible", "further", "new"})
"""words before an attack noun that make it a supposed or general one ("any attack on our
troops", "a potential strike on the base"), not one that happened"""


_COUNT_HEADS = frozenset({"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "score", "scores"})


def killed_people(verb: "Token", ctx: Context) -> bool:
    """Whether a verb of harm has counted or named victims as object ("killed 12 people",
    "killed dozens", "killed X"), not a thing killed in a figure ("killed the momentum")."""
    for o in (c for c in verb.children if c.dep_ in ("dobj", "obj")):
        if o.pos_ == "NUM" or o.lower_ in _COUNT_HEADS or any(c.dep_ == "nummod" for c in o.children) \
                or getattr(ctx.entity_at.get(o.i), "label", None) == "PERSON":
            return True
    return False


def unattributed_attack(ctx: Context, noun: "Token") -> Party | None:
    """The null attacker of "the killing of X" (X a named person) or "the shelling of a market
    that killed 43 people", or None when the noun names no such single attack."""
    if noun.pos_ != "NOUN":
        return None
    verb = noun.head
    if noun.dep_ == "nsubj" and verb.lemma_.lower() in _HARM_VERBS and killed_people(verb, ctx) \
            and (noun.lemma_.lower() in ATTACK_NOUNS or load().in_class(noun.lemma_.lower(), "attack_subject")):
        return Party(entity=None, country=None, token=noun, name=None)  # "a drone strike killed five militants"
    if load().in_class(noun.lemma_.lower(), "attack_subject") and targeted_attack(ctx, noun):
        return Party(entity=None, country=None, token=noun, name=None)
    if noun.lemma_.lower() not in ATTACK_NOUNS and noun.lower_ not in ATTACK_NOUNS:
        return None
    victim = next((p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                   for p in c.children if p.dep_ == "pobj"), None)
    named = victim is not None and any(  # (or its apposition: "of the village chief, X")
        getattr(ctx.entity_at.get(w.i), "label", None) == "PERSON"
        for w in [victim, *(c for h in (victim, noun) for c in h.children if c.dep_ == "appos")])  # (the parser
    # may hang the apposition from the noun of killing)
    told = victim is not None and any(  # (the clause may hang from the target: "of a market in X that killed")
        c.dep_ == "relcl" and c.lemma_.lower() in _HARM_VERBS and killed_people(c, ctx)
        for c in [*noun.children, *victim.subtree])
    if not (named or (victim is not None and told)):
        return None
    return Party(entity=None, country=None, token=noun, name=None)


_TOLD_MODIFIERS = frozenset({"recent", "continued", "continuing", "repeated", "ongoing", "latest", "last",
                             "deadly", "fatal", "brazen", "cowardly", "horrific", "terrorist", "rocket", "drone"})
"""modifiers of a bare plural attack noun that tell attacks which happened ("recent attacks on
our bases", "repeated drone attacks"), not attacks at large"""


def generic_plural(noun: "Token") -> bool:
    """Whether an attack noun is a bare plural naming attacks at large ("attacks on our troops
    will be answered"): no determiner, possessive or number, and no modifier that tells them.

    Args:
        noun: The attack noun.
    """
    if noun.tag_ != "NNS":
        return False
    return not any(c.dep_ in ("det", "poss", "nummod") or (c.dep_ in ("amod", "compound") and c.lower_ in _TOLD_MODIFIERS)
                   for c in noun.children)


def targeted_attack(ctx: Context, noun: "Token") -> bool:
    """Whether an attack noun names its harm or a military target: "the attack that killed three
    soldiers" (a relative clause of killing with counted or named victims), "the rocket attacks
    on the garrison" (an on/against object in the ``attack_target`` class), and is not
    supposed ("any attack", "a potential strike").

    Args:
        ctx: The Doc's context.
        noun: The attack noun.
    """
    if any(c.lower_ in _SUPPOSED_DETS for c in noun.children if c.dep_ in ("det", "amod", "compound")):
        return False
    if generic_plural(noun) or any(c.dep_ == "neg" for c in noun.head.children):
        return False  # "we will never accept attacks on a convoy": a stance on attacks at large
    if any(c.dep_ == "relcl" and c.lemma_.lower() in _HARM_VERBS and killed_people(c, ctx) for c in noun.children):
        return True
    lex = load()
    targets = [w for c in noun.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
               for p in c.children if p.dep_ == "pobj" for w in (p, *p.conjuncts)]
    return any((lex.in_class(w.lemma_.lower(), "attack_target") or lex.in_class(w.lower_, "attack_target"))
               and not figurative_of(w) for w in targets)


def figurative_of(word: "Token") -> bool:
    """Whether a target word's "of" phrase names an idea ("attacks on the forces of democracy",
    "on the very base of our freedoms"): the target word is then a figure, no military target.

    Args:
        word: The object of an attack noun's "on"/"against" phrase.
    """
    lex = load()
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        p.dep_ == "pobj" and lex.in_class(p.lemma_.lower(), "figurative_target") for p in c.children)
        for c in word.children)


def nominal_parties(ctx: Context, trig: "Trigger", location: str | None) -> tuple[Party | None, Party | None]:
    """(actor, unnamed crowd) of a bare event noun with no actor found: the of-agent of
    "the resignation of X", or the crowd of "protests erupted in X"."""
    agent = of_agent(trig.token)
    if agent is not None:
        return ctx.party(agent), None
    if trig.type == "ASSAULT":
        return None, unattributed_attack(ctx, trig.token)
    held = detention_state(ctx, trig.token) if trig.type == "COERCE" else None
    if held is not None:
        return held, None
    if trig.type == "COERCE":
        return None, unattributed_detention(ctx, trig.token)
    return None, (outbreak(ctx, trig.token, location) if trig.type == "PROTEST" else None)


DETENTION_NOUNS = frozenset({"detention", "imprisonment", "incarceration", "jailing", "arrest"})
"""nouns of the acts only a state's police and courts do (the nouns of :data:`.repression.STATE_ONLY`)"""


def detention_state(ctx: Context, noun: "Token") -> Party | None:
    """The state of the place named in a detention noun's own "in" phrase ("X's detention in
    Russia", "his arrest in Tehran"), or None."""
    if noun.lemma_.lower() not in DETENTION_NOUNS:
        return None
    country = detaining_state(ctx, noun)
    return Party(entity=None, country=country, token=noun, name=country) if country else None


def detained_person(ctx: Context, noun: "Token") -> "Token | None":
    """The named person a detention noun says is held: its "of" object ("the detention of X") or,
    for "from detention", the object of the releasing verb ("release X from detention"); None
    when no person is named ("the detention of migrants", "his detention")."""
    if noun.lemma_.lower() not in DETENTION_NOUNS and noun.lower_ != "captivity":
        return None
    cands = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
             for p in c.children if p.dep_ == "pobj"]
    if released_from(noun):  # "release X from detention", "the release of X from captivity"
        head = noun.head.head
        cands += [o for o in head.children if o.dep_ in ("dobj", "obj", "nsubjpass")] if head.pos_ == "VERB" else [
            p for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    for cand in cands:
        for w in (cand, *cand.conjuncts, *(c for c in cand.children if c.dep_ in ("appos", "compound"))):
            if getattr(ctx.entity_at.get(w.i), "label", None) == "PERSON":
                return w
    return None


def unattributed_detention(ctx: Context, noun: "Token") -> Party | None:
    """The null jailer of "the arbitrary detention of X" or "release X from detention" (X a
    named person), or None."""
    if noun.pos_ != "NOUN" or detained_person(ctx, noun) is None:
        return None
    return Party(entity=None, country=None, token=noun, name=None)


RELEASE_WORDS = frozenset({"release", "free", "freeing", "liberate", "liberation"})
"""words of letting a prisoner go, whose "from" phrase names the detention he is in"""


def released_from(noun: "Token") -> bool:
    """Whether a detention noun is what someone is (to be) released from ("release X from
    detention", "the release of X from captivity"): a demand or hope for the release does not
    make the detention itself unreal, it presupposes it."""
    if noun.lemma_.lower() not in DETENTION_NOUNS and noun.lower_ != "captivity":
        return False
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "from" and prep.head.lemma_.lower() in RELEASE_WORDS
