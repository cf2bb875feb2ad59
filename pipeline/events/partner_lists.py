"""Cooperation with several named partners: one event per partner.

"X will work closely with A, B, and C", "X plans to partner with A and B", "X collaborated with
A and the B agency": working with someone is an act between two sides, and each listed partner
is a side of its own. PLOVER codes one target per event, and the project's gold codes one
COOPERATE (or, promised, one AGREE) per partner listed after "with" (the development gold's
partner lists, e.g. a plan to work with a country and two regional bodies coded three times).
The partners may be of different kinds (a country and an international body are both partners),
unlike a meeting's coordinated guests, where a mixed list is usually a title and its holder.
A noun of working together names its sides with "between" as well ("cooperation between A, B and
C"): the first, its actor, works with each of the others.

Signing or agreeing with several parties stays one joint act ("signed a pact with A and B"):
only the verbs and nouns of working together (``PARTNER_VERBS``, ``PARTNER_NOUNS``: "close
cooperation with A and B") with a "with" complement split, and agreements in the plural ("signed
agreements with A and B": one text with each). A promise
whose complement is such a verb ("committed to working with A and B", "agreed to partner with A
and B") is a promise to work with each of them, so its list splits too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import load

if TYPE_CHECKING:
    from spacy.tokens import Token

PARTNER_VERBS = frozenset({"work", "partner", "collaborate", "cooperate", "co-operate", "coordinate", "team"})
"""verbs of working together whose "with" complement names the partner (the lexicon's COOPERATE
verbs with a "with" preposition, event_triggers.json)"""
PARTNER_TYPES = frozenset({"COOPERATE", "AGREE"})
"""coded types of such a verb: done (COOPERATE) or promised (AGREE, the harmonised future rule)"""


PARTNER_NOUNS = frozenset({"cooperation", "co-operation", "collaboration", "coordination", "partnership",
                           "alliance", "relationship", "relation", "tie"})
"""nouns of working together: "close cooperation with A and B" is cooperation with each, as the verbs;
and the standing relations a verb builds up ("deepened our alliances with A and B", "upgraded our
relationships with A and B": one with each, :mod:`.relation_building`)"""
AGREED_TEXTS = frozenset({"agreement", "treaty", "accord", "pact", "deal", "memorandum", "arrangement"})
"""texts concluded between parties (a subset of the lexicon's agreed_text class, event_triggers.json, plus
"deal" and "arrangement"; declarations, communiqués, charters, roadmaps and protocols are left out, as
texts a group usually adopts together): in the plural with several partners ("signed agreements with A
and B") each is concluded with one of them"""


def several_partners(trig: "Token", typ: str) -> bool:
    """Whether ``trig`` works together with a "with" partner, so a list of partners splits.

    Args:
        trig: The trigger token of a recorded event ("work" in "will work closely with A, B and C").
        typ: Its coded type.

    Returns:
        True for a verb of ``PARTNER_VERBS`` or a noun of ``PARTNER_NOUNS`` coded COOPERATE or
        AGREE with a "with" complement, or a verb whose object is a plural agreed text
        (:func:`plural_deals`).
    """
    return partner_word(trig, typ) is not None


def partner_word(trig: "Token", typ: str) -> "Token | None":
    """The word whose "with" complement lists the partners (:func:`several_partners`): the trigger,
    or the plural agreements it concludes ("signed agreements with A and B"); None when none."""
    if typ not in PARTNER_TYPES:
        return None
    low = trig.lemma_.lower()
    if (trig.pos_ == "VERB" and low in PARTNER_VERBS) or (trig.pos_ == "NOUN" and low in PARTNER_NOUNS):
        heads = [trig]
    else:
        deals = plural_deals(trig)
        heads = [trig, *deals] if deals else []
    # ("cooperation between A, B and C": the first side with each of the others, as "with"; not a
    # cooperation that another act's verb has as its topic: "discussed/praised cooperation between ...")
    preps = ("with", "between") if trig.pos_ == "NOUN" and low in PARTNER_NOUNS and not (
        trig.dep_ in ("dobj", "pobj") and trig.head.lemma_.lower() in load().verbs) else ("with",)
    return next((h for h in heads if any(c.dep_ == "prep" and c.lower_ in preps for c in h.children)), None)


def plural_deals(verb: "Token") -> list["Token"]:
    """The plural agreements a verb concludes ("signed agreements with A and B", "the accords X has
    reached with A and B"): several texts, one with each listed partner, where "an agreement with A
    and B" is one text the three share. Empty when the object is none or singular.

    Args:
        verb: A trigger verb.
    """
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    objs = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    if not objs and verb.dep_ == "relcl":  # (the antecedent: "the agreements X has secured")
        objs = [verb.head]
    return [o for o in objs if o.tag_ in ("NNS", "NNPS") and o.lemma_.lower() in AGREED_TEXTS]


COMMITMENT_TYPES = frozenset({"AGREE"})
"""coded types of a verb whose complement may be a verb of working together ("committed to
working with A and B": a promise made to each partner)"""


def partner_complement(trig: "Token", typ: str) -> "Token | None":
    """The verb of working together a promise leads to, when it has a "with" partner.

    English states the promise on one verb and the joint act on its complement: a to-infinitive
    ("agreed to work with A and B") or a gerund after "to" ("committed to working with A and B").

    Args:
        trig: The trigger token of a recorded event ("committed").
        typ: Its coded type.

    Returns:
        The complement verb ("working"), or None when there is none or it names no "with" partner.
    """
    if typ not in COMMITMENT_TYPES or trig.pos_ not in ("VERB", "AUX"):
        return None
    for child in trig.children:
        verbs = [child] if child.dep_ == "xcomp" else \
            [g for g in child.children if g.dep_ == "pcomp"] if child.dep_ == "prep" and child.lower_ == "to" else []
        for verb in verbs:
            if several_partners(verb, "AGREE"):
                return verb
    return None


def appositive_list(tok: "Token") -> list["Token"]:
    """The members of a partner list the parser read as an apposition ("with A, the B Forum, and
    the C Community": B an appositive of A, C a conjunct of B).

    Only an appositive that itself has a conjunct counts: an apposition that continues into "and
    C" is a list, while a lone one ("with Peru, the Andean nation") renames A.

    Args:
        tok: The head of the first partner ("Niue").

    Returns:
        The appositive and its conjuncts, in order; empty when there is no such list.
    """
    out: list["Token"] = []
    for app in tok.children:
        if app.dep_ != "appos":
            continue
        conjs = [c for c in app.children if c.dep_ == "conj"]
        if conjs:
            out += [app, *conjs, *(c for k in conjs for c in k.children if c.dep_ == "conj")]
    return out
