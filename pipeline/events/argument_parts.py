"""Parts of an event's arguments that :mod:`.arguments` composes: phrases naming a recipient
("with X", "against Y", "sanctions targeting Z"), an event noun's own actor ("Russia's invasion"),
the listed parts of an object, delegations named together, and the verb classes that decide how
co-subjects relate (exchanges, mediation, joint acts, visits).

Kept apart from :mod:`.arguments` so that each stays a readable size; behaviour is unchanged.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .antecedents import by_on_of_object, its_antecedent
from .apostrophes import apostrophe_owner
from .complements import modified_noun, noun_preps
from .context import _RECIPIENT_PREPS, _TYPE_PREPS, Context, Party
from .lexicon import load as load_lexicon
from .nominal_parties import genitive_agent, plural_owner
from .patients import patient_possessor
from .positions import prep_object
from .reactions import PLACE_RECIPIENT_TYPES
from .readoutparties import including_owner
from .triggers import Trigger, direct_object
from .verbparts import idiom_preps

if TYPE_CHECKING:
    from spacy.tokens import Token


def _prep_parties(ctx: Context, tok: "Token", typ: str, destination: bool) -> Party | None:
    preps = _RECIPIENT_PREPS + _TYPE_PREPS.get(typ, ()) + noun_preps(typ, tok)  # ("condemnation of X's war")
    if destination and typ not in ("CONSULT", "AID"):  # "deployed troops to Poland": where, not to whom
        # (aid "sent to Kyiv" goes to the government there)
        preps = tuple(p for p in preps if p not in ("to", "toward", "towards"))
    if typ in ("CONSULT", "SUPPORT", "AGREE"):  # "talks on Ukraine", "condolences on X", "agreed on Y": a topic
        preps = tuple(p for p in preps if p not in ("on", "upon"))
    by_word: dict[str, list["Token"]] = {}
    # "meeting last month with X": the phrase may hang on the noun's time adverbial
    kids = [*tok.children, *(g for c in tok.children if c.dep_ == "npadvmod" for g in c.children)]
    # "stands shoulder to shoulder with X", "stood side by side with X": the parser may hang "with X" on
    # the idiom's second noun, which is the verb's clause or the object of its "to"/"by"
    kids += idiom_preps(tok)
    kids += list(modified_noun(tok).children) if modified_noun(tok) is not None else []  # "aid package for X"
    for c in kids:
        if c.dep_ in ("prep", "prt") or (c.dep_ == "dative" and c.pos_ == "ADP"):  # "sent X to Y": "to" as dative
            by_word.setdefault(c.lower_, []).append(c)
    for word in preps:
        for prep in by_word.get(word, ()):
            target = prep_object(prep)
            p = ctx.party(target)
            if p is None and target is not None and typ in PLACE_RECIPIENT_TYPES:
                # "attacks against civilian targets in Saudi Arabia": the place of an unnamed target
                p = next((w for c in target.children if c.dep_ == "prep" and c.lower_ in ("in", "across")
                          for w in [ctx.place(prep_object(c)) if prep_object(c) is not None else None] if w is not None), None)
            if p is not None:
                return p
    if typ in _TARGETED_TYPES:  # "sanctions targeting Iran's oil sector", "strikes aimed at Hezbollah"
        for c in tok.children:
            if c.dep_ == "acl" and c.lemma_.lower() in _TARGETING:
                target = direct_object(c) or next((prep_object(g) for g in c.children
                                                   if g.dep_ == "prep" and g.lower_ in ("at", "against")), None)
                owner = next((g for g in target.children if g.dep_ == "poss"), None) if target is not None else None
                p = ctx.party(target) or ctx.party(owner)
                if p is not None:
                    return p
    return None


_TARGETING = frozenset({"target", "aim", "direct"})
"""participles naming whom a measure or an attack is aimed at ("sanctions targeting X")"""
_TARGETED_TYPES = frozenset({"SANCTION", "COERCE", "ASSAULT", "THREATEN"})


def _object_parts(obj: "Token") -> list["Token"]:
    """The object and the nouns it lists: "waves of missiles and drones" -> waves, missiles,
    drones (a phrase "against X" may hang on any of them)."""
    out = [obj]
    for c in obj.children:
        if c.dep_ == "prep" and c.lower_ in ("of", "in"):  # ("500 million euros in aid to X": the kind)
            inner = prep_object(c)
            if inner is not None and (c.lower_ == "of" or inner.pos_ == "NOUN"):
                out.append(inner)
    out.extend(k for t in list(out) for k in t.children if k.dep_ == "conj")
    return out


def _possessor(ctx: Context, noun: "Token") -> "Token | None":
    """The possessive that names a noun's owner ("its" resolved), unless it names the patient."""
    for c in noun.children:
        if c.dep_ == "poss" and not patient_possessor(ctx, noun, c):  # (not "his abduction": :mod:`.patients`)
            return (including_owner(c) or its_antecedent(ctx, c)) if c.lower_ == "its" else (plural_owner(c) or c)
    return None


def _own_actor(ctx: Context, noun: "Token", possessive_only: bool = False) -> "Token | None":
    """A bare event noun's actor: "Russia's invasion", "an attack by X", "US sanctions"."""
    owner = _possessor(ctx, noun)
    if owner is None and noun.dep_ == "conj" and noun.head.pos_ == "NOUN" and not any(
            c.dep_ in ("det", "poss") for c in noun.children):
        # a possessive before coordinated nouns scopes over all of them: "Russia's invasion and
        # occupation of X", "Iran's missile and drone attack" (parsed as "missile" and "attack")
        owner = _possessor(ctx, noun.head)
        # ("our diplomacy and foreign assistance": a pronoun's is the speaker's means at large)
        owner = owner if owner is not None and owner.pos_ != "PRON" else None
    if owner is not None:
        return owner
    for c in noun.children:  # "Russia's missile strikes": the parser hangs the possessive on the compound
        if c.dep_ in ("compound", "nmod"):  # (or on "missile" of "missile and drone attack")
            owner = next((g for g in c.children if g.dep_ == "poss"), None)
            if owner is not None:
                return owner
    for c in noun.children:
        if c.dep_ in ("prep", "agent") and c.lower_ == "by":
            return prep_object(c)
    by = by_on_of_object(noun)
    if by is not None:
        return by
    owner = apostrophe_owner(ctx.entity_at, noun)
    if owner is not None:
        return owner
    if possessive_only:
        return told_war_nationality(ctx, noun)  # "ongoing Russian aggression", "Russian aggression against X"
    for c in noun.children:
        if c.dep_ in ("compound", "amod", "nmod") and c.i in ctx.entity_at:
            return c
    return genitive_agent(noun, ctx.entity_at, load_lexicon())  # "the visit of President X", "of Russian troops"


TOLD_WAR_MODIFIERS = frozenset({"ongoing", "continued", "continuing", "renewed", "brutal", "unprovoked",
                                "illegal", "unlawful", "full-scale", "relentless", "escalating"})
"""modifiers that tell a war noun as one going on or done ("ongoing Russian aggression", "the brutal
Russian occupation"), not a danger at large ("to deter Russian aggression")"""
_VICTIM_PREPS = frozenset({"against", "toward", "towards", "on", "of"})  # ("in" only with a foreign country: _foreign_theatre)
SUPPOSED_WAR_HEADS = frozenset({"likelihood", "possibility", "prospect", "risk", "danger", "threat", "fear", "specter",
                                "spectre", "deter", "prevent", "avert", "forestall", "deterrence", "prevention"})
"""words that make a war noun a supposition: "the likelihood of Russian aggression against X", "to
deter Russian aggression against X" (the guide codes no event that has not happened)"""


def told_war_nationality(ctx: Context, noun: "Token") -> "Token | None":
    """The nationality or state modifier of a war noun that the phrase tells as an act, or None.

    A war noun (``possessive_only`` in the lexicon: aggression, war, occupation) with only a
    modifier ("Russian aggression") usually names a threat in general ("defend against Russian
    aggression"); it reports the modifier's state making war when the phrase names the victim
    ("Russian aggression against Ukraine", "the Russian occupation of Crimea") or tells it as
    going on ("ongoing Russian aggression").

    Args:
        ctx: The events context (entity lookup).
        noun: The war noun.
    """
    owner = next((c for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i
                  and getattr(ctx.entity_at.get(c.i), "label", None) in ("NORP", "GPE")
                  and getattr(ctx.entity_at.get(c.i), "country", None)), None)
    if owner is None or _supposed_war(noun):
        return None
    told = any(c.dep_ in ("amod", "advmod") and c.lower_ in TOLD_WAR_MODIFIERS for c in noun.children)
    victim = any(c.dep_ == "prep" and c.lower_ in _VICTIM_PREPS and any(
        getattr(ctx.entity_at.get(p.i), "label", None) in ("GPE", "NORP") for p in c.children if p.dep_ == "pobj")
        for c in noun.children)
    return owner if told or victim or _foreign_theatre(ctx, noun, owner) else None


def _foreign_theatre(ctx: Context, noun: "Token", owner: "Token") -> bool:
    """Whether the war noun is "in" another named country ("Russian aggression in Ukraine"): a
    state's war inside a foreign country's borders is waged on it, while "in" a region or on
    its own soil ("Chinese aggression in the region", "deter X aggression in Europe") names no
    victim."""
    own = getattr(ctx.entity_at.get(owner.i), "country", None)
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "in":
            for p in c.children:
                ent = ctx.entity_at.get(p.i) if p.dep_ == "pobj" else None
                if getattr(ent, "label", None) == "GPE" and getattr(ent, "country", None) not in (None, own):
                    return True
    return False


def _supposed_war(noun: "Token") -> bool:
    """Whether a war noun is the object of a word of likelihood or prevention (directly or
    through "of"): "deter Russian aggression", "the risk of Russian aggression"."""
    head = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun.head
    return head.i != noun.i and head.lemma_.lower() in SUPPOSED_WAR_HEADS


def _delegation(ctx: Context, subj: "Token", actor: Party | None) -> bool:
    """Whether co-subjects are one side, not two: three or more named together of the actor's
    own country, or of no known country ("Secretary A, Director B and Advisor C underscored
    ..."): a list of one delegation, not a pair."""
    members = [subj, *(t for t in subj.subtree if t.dep_ == "conj" and t.head.i != t.i and t.i in ctx.entity_at
                        and ctx.entity_at[t.i].label == "PERSON")]
    if actor is None or len(members) < 3:
        return False
    return all((p := ctx.party(m)) is not None and p.country == actor.country for m in members[1:])


MUTUAL_VERBS = frozenset({"swap", "exchange", "trade"})
"""verbs of a give-and-take between co-subjects, whatever they exchange ("X and Y swapped
prisoners"): as a reciprocal meeting, the first named acts and the second receives"""
_BONDS, _COURSES = load_lexicon().classes["affirmed_bond"], load_lexicon().classes["affirmed_course"]
_BOND_VERBS = frozenset(k for k, e in load_lexicon().verbs.items() if "affirmed_bond" in (e.object or {}))
"""the lexicon's verbs whose object may be an affirmed bond (affirm, reaffirm)"""
_BOND_ASPECTS = frozenset({"strength", "nature", "depth", "closeness", "durability", "vitality", "resilience"})
"""what of a bond one affirms when affirming the bond itself ("the strength of the alliance"); its
values or principles are not the bond ("reaffirmed the values of our alliance")"""
_BILATERAL = frozenset({"bilateral", "trilateral", "transatlantic", "transpacific"})


def _bond_object(tok: "Token") -> "tuple[Token | None, bool]":
    """(the bond an affirm verb affirms, whether it is affirmed as such): "reaffirmed the
    partnership" -> (partnership, True); "the strength of the alliance" -> (alliance, True); "the
    values of our alliance" -> (alliance, False); no bond -> (None, False)."""
    if tok.lemma_.lower() not in _BOND_VERBS:
        return None, False
    for obj in (c for c in tok.children if c.dep_ == "dobj"):
        if obj.lemma_.lower() in _BONDS or obj.lower_ in _BONDS:
            return obj, True
        if obj.lemma_.lower() in _COURSES:
            return None, False  # "reaffirmed the importance of these partnerships": a course affirmed (lexicon)
        for g in (g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children):
            if g.lemma_.lower() in _BONDS or g.lower_ in _BONDS:
                return g, obj.lemma_.lower() in _BOND_ASPECTS
    return None, False


def mutual_bond(tok: "Token") -> bool:
    """Whether ``tok`` affirms a bond ("X and Y reaffirmed the partnership between them", "the
    leaders affirmed the strength of their alliance"): the co-subjects are its two sides, so the
    first named affirms it to the second, as in a reciprocal meeting."""
    return _bond_object(tok)[1]


def unnamed_bond(tok: "Token") -> bool:
    """Whether ``tok`` affirms a bond with no foreign side in sight, when no recipient was found:
    "reaffirmed the partnership with industry", "the relationship between the Federal Reserve and
    the Treasury", "his relationship with quarterback X", "the values of our alliance". A bond
    between states names a country or people ("between the United States and Colombia", "the
    U.S.-UAE partnership") or calls itself bilateral; anything else names no counterpart, and
    the affirmation is no act towards anyone."""
    bond, affirmed = _bond_object(tok)
    if bond is None:
        return False
    if not affirmed:
        return True
    return not (any(t.ent_type_ in ("GPE", "NORP") for t in bond.subtree)
                or any(c.lower_ in _BILATERAL for c in bond.children))


THIRD_PARTY_VERBS = frozenset({"mediate", "broker"})
"""acts of a go-between: co-subjects ("mediated by Egypt and Qatar") mediate together, they are
not each other's counterpart"""
def _allies_strike(tok: "Token", typ: str) -> bool:
    """Whether co-subjects attack a named object together ("X and Y struck radar sites"), not
    each other ("X and Y clashed", "exchanged fire")."""
    return typ == "ASSAULT" and direct_object(tok) is not None and tok.lemma_.lower() not in MUTUAL_VERBS


_BODY_RECIPIENT = frozenset({"REQUEST", "ACCUSE", "THREATEN", "REJECT", "SANCTION"})
"""acts aimed at an adversary or addressee, whose unnamed state organ ("urged the junta",
"accused the military") is the state; visits to or thanks for "the troops" are often one's own"""
_JOINT = frozenset({"CONSULT", "COOPERATE", "AGREE"})
"""joint acts: done by parties named together, they are between those parties"""
def _visit(trig: Trigger) -> bool:
    """Whether a trigger is a visit or reached by travelling: a destination word itself
    ("visited", "a trip to"), or a consultation word on such a verb ("arrived in Moscow for
    talks"). Talks merely held somewhere ("met in Geneva", "a summit in Vilnius") are not."""
    if trig.destination:
        return True
    lexicon = load_lexicon()
    for a in trig.token.ancestors:
        entry = lexicon.verbs.get(a.lemma_.lower())
        if entry is not None and entry.destination:
            return True
        if a.dep_ not in ("prep", "pobj", "xcomp", "advcl", "dobj"):
            break
    return False


_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
