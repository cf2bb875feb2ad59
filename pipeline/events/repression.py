"""Acts only a state does, and how a state polices a crowd.

* Crowd control: firing tear gas, water cannon or rubber bullets at a crowd is the violent
  repression of a protest (CAMEO 175 "use tactics of violent repression", under 17 COERCE),
  not an armed attack, though "fire ... at" otherwise reads as ASSAULT.
* State-only acts in the agentless passive: "X was arrested", "was jailed for ten years", "was
  taken into custody". English reserves these verbs for the police and the courts, so the act
  is the state's: the actor is the country the story is about (as for "police arrested X"),
  named by its ISO3; "was abducted" or "was seized" names no such agent and stays unresolved.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .antecedents import local_country
from .context import Context, Party
from .lexicon import load
from .voice import agentless_passive
from .verbparts import object_words

if TYPE_CHECKING:
    from spacy.tokens import Token

CROWD_CONTROL = frozenset({("tear", "gas"), ("water", "cannon"), ("rubber", "bullet"), ("pepper", "spray"),
                           ("stun", "grenade"), ("plastic", "bullet")})
"""(modifier, head) lemmas of the means of dispersing a crowd (CAMEO 175)"""
STATE_ONLY = frozenset({"arrest", "detain", "jail", "imprison", "sentence"})
"""verbs whose agent, unnamed, can only be the police or a court of the place ("deported",
"extradited" are another state's acts as often as the story's own)"""


def _words(tok: "Token") -> list["Token"]:
    """The verb (first) and the objects of its "at"/"on" phrases, with their compounds."""
    words = [tok]
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("at", "on")):
        for p in prep.children:
            if p.dep_ == "pobj":
                words += [p, *(c for c in p.children if c.dep_ in ("compound", "amod"))]
    return words


VESSELS = frozenset({"ship", "vessel", "boat", "craft", "trawler", "tanker", "ferry"})
"""targets that make water cannon a use of force at sea (a coast guard's, PLOVER ASSAULT)"""


def crowd_control(tok: "Token") -> bool:
    """Whether a firing or use verb's object is tear gas, water cannon, rubber bullets... aimed
    at people, not at a ship ("fired water cannon at a supply boat" is force at sea)."""
    if any(w.lemma_.lower() in VESSELS for w in _words(tok)[1:]):
        return False
    for w in object_words(tok):
        head = w.lemma_.lower()
        if any((c.lemma_.lower(), head) in CROWD_CONTROL for c in w.children if c.dep_ in ("compound", "amod")):
            return True
        # "tear gas and water cannon": the parser may nest the pairs; read them off the words
        words = list(w.subtree)
        if any((a.lemma_.lower(), b.lemma_.lower()) in CROWD_CONTROL for a, b in zip(words, words[1:])):
            return True
    return False


def detaining_state(ctx: Context, tok: "Token") -> str | None:
    """The country of the place where someone was arrested or held ("detained in Moscow",
    "jailed in China", "held in a Russian prison", "X's detention in Iran"): the police and
    courts of that place acted, whatever state the story is about."""
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "in":
            for p in prep.children:
                ent = ctx.entity_at.get(p.i) if p.dep_ == "pobj" else None
                if ent is not None and ent.label == "GPE" and ent.country:
                    return ent.country
                ent = _place_nationality(ctx, p) if p.dep_ == "pobj" else None
                if ent is not None:
                    return ent.country
    return None


def _place_nationality(ctx: Context, place: "Token"):
    """The nationality entity on a common-noun place of detention ("a Russian prison", "an Iranian
    jail", "a Chinese labor camp"): the state whose prison it is, or None."""
    if place.pos_ != "NOUN":
        return None
    for mod in (c for c in place.children if c.dep_ in ("amod", "compound")):
        ent = ctx.entity_at.get(mod.i)
        if ent is not None and ent.label in ("NORP", "GPE") and ent.country:
            return ent
    return None


def state_passive(ctx: Context, tok: "Token") -> Party | None:
    """The state as the unnamed agent of "was arrested", "was jailed", "was taken into
    custody" (None for any other verb, or with an agent or no country in context)."""
    low = tok.lemma_.lower()
    if tok.pos_ != "VERB" or (low not in STATE_ONLY and not (low == "take" and any(
            c.dep_ == "prep" and c.lower_ == "into" and any(p.lemma_.lower() == "custody" for p in c.children)
            for c in tok.children))):
        return None
    if not agentless_passive(tok):
        return None
    country = detaining_state(ctx, tok) or local_country(ctx, tok)
    return Party(entity=None, country=country, token=tok, name=country) if country else None


DETENTION = load().classes["detention_order"]
"""what an order may direct done with a person that only the state does ("ordered him held")"""


def detention_order(tok: "Token") -> bool:
    """Whether an order directs that someone be held, jailed or deported ("a judge ordered them
    held without bail", "the court ordered him held in detention"): the court coerces the
    person (PLOVER COERCE mode arrest/detain), it asks nothing of anyone."""
    if tok.lemma_.lower() != "order":
        return False
    comps = [c for c in tok.children if c.dep_ in ("ccomp", "xcomp", "oprd")]
    comps += [a for c in tok.children if c.dep_ == "dobj" for a in c.children if a.dep_ in ("acl", "relcl")]
    return any(c.lemma_.lower() in DETENTION and c.tag_ in ("VBN", "VB", "VBD") for c in comps)


DIPLOMATS = load().classes["expelled_envoy"]
"""the envoys whose ordered departure is an expulsion"""


def ordered_act(tok: "Token") -> str | None:
    """What an order does when it is coded by what it orders, not as a demand: holding or
    jailing someone is COERCE ("ordered him held"); an envoy told to leave is expelled,
    SANCTION ("ordered France's ambassador to leave", CAMEO 1663 expel diplomats); forces
    ordered somewhere are deployed, MOBILIZE ("ordered troops to the border"). None for any
    other order."""
    if detention_order(tok):
        return "COERCE"
    if tok.lemma_.lower() not in ("order", "tell", "give"):
        return None
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    leave = next((c for c in tok.children if c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in ("leave", "depart")),
                 None)
    if leave is None and obj is not None:  # "ordered X, Y and five colleagues to leave": the parser may hang
        # the infinitive on the last conjunct of the object as a relative clause
        leave = next((c for c in obj.subtree if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in ("leave", "depart")
                      and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    if obj is not None and leave is not None and obj.lemma_.lower() in DIPLOMATS:
        return "SANCTION"
    if tok.lemma_.lower() == "order" and obj is not None and _forces(obj) and any(
            c.dep_ == "prep" and c.lower_ in ("to", "into", "toward", "towards") for c in (*tok.children, *obj.children)):
        return "MOBILIZE"  # "ordered troops to the border": a deployment (PLOVER MOBILIZE mode troops)
    return None


def _forces(obj: "Token") -> bool:
    """Whether an ordered object is forces or warships (the lexicon's force and weapon classes,
    or a vessel: "ordered two aircraft carriers to the eastern Mediterranean")."""
    from .lexicon import load
    lex = load()
    lemma = obj.lemma_.lower()
    return lex.in_class(lemma, "force") or lemma in VESSELS or lemma in ("carrier", "warship", "destroyer",
                                                                          "frigate", "submarine", "squadron")
