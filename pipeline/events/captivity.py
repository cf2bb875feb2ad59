"""Who holds whom in "held hostage by X": the captor and the captive of a captivity phrase.

The lexicon's phrases "hold hostage", "hold captive", "hold prisoner" and "hold against one's will"
are detention (PLOVER COERCE mode arrest/detain, CAMEO 173). Their captor is named by a by-phrase
("Americans held hostage by Hamas", "she was held captive by the militia"), which the small model
often hangs on the predicate noun, and reads a reduced relative clause as a main clause: in
"Americans held hostage by Hamas in Gaza were freed" it makes "Americans" the subject of "held".
English has no active "X held hostage by Y" with X as the holder; so whenever a by-phrase names the
captor, the by-phrase is the actor and the one held (the passive subject, the noun the participle
modifies, or the misread subject) is the recipient. Without a by-phrase the clause's own subject
holds ("the Taliban has held him captive"), as for any verb.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import load

if TYPE_CHECKING:
    from spacy.tokens import Token

CAPTIVITY_VERBS = frozenset({"hold"})
CAPTIVE_WORDS = frozenset(ph.object for ph in load().phrases.get("hold", ())
                          if ph.type == "COERCE" and ph.particle is None and ph.object)
"""the lexicon's objects of "hold ... X" detention (hostage, captive, prisoner)"""
_COMPLEMENT_DEPS = frozenset({"dobj", "oprd", "xcomp", "acomp", "npadvmod", "advmod"})


def _by_object(tok: "Token") -> "Token | None":
    """The object of a by-phrase (or passive agent) on ``tok``, if any."""
    for c in tok.children:
        if c.dep_ in ("agent", "prep") and c.lower_ == "by":
            return next((p for p in c.children if p.dep_ == "pobj"), None)
    return None


def captive_participle(tok: "Token") -> bool:
    """Whether ``tok`` is "held" read as an adjective of a captive word ("an American held hostage
    by X" parsed as "an American-held hostage"): a verb of captivity all the same."""
    return tok.tag_ == "VBN" and tok.lemma_.lower() in CAPTIVITY_VERBS and tok.head.lemma_.lower() in CAPTIVE_WORDS


def captivity(verb: "Token") -> "tuple[Token, Token | None] | None":
    """(captor, captive) of "held hostage/captive/prisoner by X", or None when ``verb`` is no
    such phrase or names no captor by a by-phrase.

    Args:
        verb: The trigger verb.
    """
    if verb.lemma_.lower() not in CAPTIVITY_VERBS:
        return None
    comp = next((c for c in verb.children if c.dep_ in _COMPLEMENT_DEPS and c.lemma_.lower() in CAPTIVE_WORDS), None)
    if comp is None and verb.dep_ == "amod" and verb.head.lemma_.lower() in CAPTIVE_WORDS:
        # "Keith Doe, an American held hostage by X": parsed as "an American-held hostage", in apposition
        comp = verb.head
        captor = _by_object(comp)
        return (captor, comp.head if comp.dep_ == "appos" else None) if captor is not None else None
    if comp is None:  # "held against their will by X"
        comp = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "against"
                     and any(p.lemma_.lower() == "will" for p in c.children)), None)
    if comp is None:
        return None
    captor = _by_object(verb) or _by_object(comp)
    if captor is None:
        return None
    held = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if held is None and verb.dep_ in ("acl", "relcl") and verb.head.i != verb.i:
        held = verb.head  # "an American held hostage by Hamas"
    if held is None:  # "Americans held hostage by Hamas were freed": a reduced relative read as a main clause
        held = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if held is None:
        held = next((c for c in verb.children if c.dep_ == "dobj" and c.i != comp.i), None)
    return captor, held
