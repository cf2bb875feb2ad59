"""The target of a war named once in a document and referred to again without it.

"Russia's invasion of Ukraine ... Russia's illegal and unprovoked war": a news text or a
statement names whom a state's war is against once and then speaks of "the war", "the
invasion", "its aggression" alone. PLOVER's ASSAULT target is the one attacked, and the
document has already said who that is. The rule reads only war words (not single strikes or
launches, which may hit anyone, nor a figurative war, "trade war", nor a war that names its own
object, "war on corruption"), and only when every war act of the same state that names a foreign
target in the document names the same country, so that the reference is unambiguous.

When the document never names the target, the sentence may still say who bears the war: "our aid
helps Ukraine defend itself from Russia's aggression", "condolences to the
people of Ukraine on the anniversary of Russia's invasion". English names the victim beside the
war it suffers, so one foreign country named in the war's own sentence (not the warring state's,
not the reporting government's) is its target (:func:`sentence_victim`). A country named as the
subject of another act ("Finland joined NATO after Russia's invasion") or beside the warring state
("Russia and Iran prolong the war"), or owning an act ("Iran's support for Russia's war"), is no victim.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..records import Event
    from .context import Context, Party

WAR_WORDS = frozenset({"war", "wars", "invasion", "invasions", "aggression", "assault", "offensive"})
"""trigger words that name a state's campaign against one enemy as a whole"""


def _word(ev: "Event") -> str:
    words = (ev.trigger.text or "").lower().split()
    return words[-1] if words else ""


_OWN_OBJECT = ("on ", "against ", "with ", "between ", "in ", "of ")
"""words after a war word that say what this war is on or with ("war on corruption", "trade war with X"): it
names its own object, even when no party was found in it"""


NOT_ARMED = frozenset({"trade", "tariff", "price", "economic", "cold", "culture", "information", "propaganda",
                       "bidding", "talent", "currency", "legal", "political"})
"""words before "war" that make it no armed attack ("a trade war", "a price war"): neither a source nor a target"""


def _armed(ev: "Event") -> bool:
    """Whether the war word is not one of a figurative war ("trade war", "price war")."""
    before = ev.evidence.text[:max(0, ev.trigger.start - ev.evidence.start)].lower().split()
    return not (before and before[-1].strip("-") in NOT_ARMED)


def _names_object(ev: "Event") -> bool:
    """Whether the clause goes on right after the war word with what the war is on or with."""
    after = ev.evidence.text[max(0, ev.trigger.end - ev.evidence.start):].lstrip().lower()
    return after.startswith(_OWN_OBJECT)


def war_targets(events: "list[Event]", victims: "dict[str, tuple] | None" = None) -> "list[Event]":
    """Fill the missing target of a state's war from the document's other war acts of that state.

    Args:
        events: The document's events in text order.
        victims: Event id -> (recipient, recipient_name, recipient_country) of the one victim
            the war's own sentence names (:func:`sentence_victim`), used when the document's
            other war acts of that state name no single target.

    Returns:
        The events, a war act with no recipient given the one target its state's other war acts
        name (when they name exactly one foreign country), else the victim its sentence names;
        all other events unchanged.
    """
    victims = victims or {}
    targets: dict[str, dict[str, "Event"]] = {}
    for ev in events:
        if ev.type == "ASSAULT" and ev.actor_country and ev.recipient_country \
                and ev.recipient_country != ev.actor_country and _word(ev) in WAR_WORDS and _armed(ev):
            targets.setdefault(ev.actor_country, {}).setdefault(ev.recipient_country, ev)
    if not targets and not victims:
        return events
    out = []
    for ev in events:
        known = targets.get(ev.actor_country or "")
        if ev.type == "ASSAULT" and known is not None and len(known) == 1 and ev.recipient is None \
                and not ev.recipient_name and not ev.recipient_country and _word(ev) in WAR_WORDS \
                and not _names_object(ev) and _armed(ev):
            src = next(iter(known.values()))
            ev = replace(ev, recipient=src.recipient, recipient_name=src.recipient_name,
                         recipient_country=src.recipient_country)
        elif ev.id in victims and ev.recipient is None and not ev.recipient_name and not ev.recipient_country \
                and not _names_object(ev) and _armed(ev):
            ev = replace(ev, recipient=victims[ev.id][0], recipient_name=victims[ev.id][1],
                         recipient_country=victims[ev.id][2])
        out.append(ev)
    return out


WITHSTANDING_VERBS = frozenset({"defend", "confront", "fight", "resist", "repel", "withstand", "endure", "face",
                                "survive", "suffer", "bear"})
"""verbs whose subject is on the receiving end of a war ("Ukraine defends itself from Russia's
invasion", "while it resists Russia's aggression"): such a subject may be the war's target, while
the subject of any other verb acts on its own account ("Finland joined NATO after the invasion")"""

WITHSTANDING_NOUNS = frozenset({"defense", "defence", "fight", "struggle", "resistance", "suffering"})
"""nouns whose owner bears a war ("Ukraine's defence against the invasion"); the owner of any other
noun acts on its own account ("Iran's support for Russia's war")"""

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_COUNTRY_LABELS = frozenset({"GPE", "NORP"})


def _beside(tok: "Token", ctx: "Context", country: str) -> bool:
    """Whether ``tok`` is coordinated with a name of ``country`` ("Russia and Iran")."""
    linked = [tok.head] if tok.dep_ == "conj" else []
    linked += [c for c in tok.children if c.dep_ == "conj"]
    return any((e := ctx.entity_at.get(t.i)) is not None and e.country == country for t in linked)


def _candidates(ctx: "Context", toks, warring: str) -> "tuple[dict[str, Party], bool]":
    """The foreign countries ``toks`` name as possible victims of ``warring``'s war, and whether
    any country there acts on its own account or beside the warring state."""
    from .context import Party

    found: dict[str, "Party"] = {}
    blocked = False
    for tok in toks:
        ent = ctx.entity_at.get(tok.i)
        if ent is None or ent.label not in _COUNTRY_LABELS or not ent.country \
                or ent.country in (warring, ctx.home_country) or tok.i in ctx.quoted:
            continue
        if (tok.dep_ in _SUBJECT_DEPS and tok.head.lemma_.lower() not in WITHSTANDING_VERBS) \
                or (tok.dep_ == "poss" and tok.head.lemma_.lower() not in WITHSTANDING_NOUNS) or _beside(tok, ctx, warring):
            blocked = True
        elif ent.label == "GPE":
            found.setdefault(ent.country, Party(entity=ent, country=ent.country, token=tok))
        else:  # a nationality word ("Ukrainian cities") names its country as a whole
            found.setdefault(ent.country, Party(entity=None, country=ent.country, token=tok, name=ent.country))
    return found, blocked


def sentence_victim(ctx: "Context", trigger: "Token", actor: "Party | None") -> "Party | None":
    """The one foreign country the sentence of a war word names as bearing it, or None.

    The search widens from the war word's own phrase to the clauses above it, and the nearest
    phrase that names a foreign country decides: "aid to Ukraine while it resists Russia's
    aggression, and aid to Gaza" reads Ukraine, not Gaza.

    Args:
        ctx: The document's argument context.
        trigger: The war word ("invasion", "aggression", ...).
        actor: The warring side (its country is never the victim).

    Returns:
        A party for the only country (a place or a nationality word) named in that phrase apart
        from the warring state and the reporting government, when no country there is the subject
        of an act of its own or stands beside the warring state; otherwise None.
    """
    if actor is None or not actor.country or trigger.lower_ not in WAR_WORDS:
        return None
    node, came = trigger, trigger
    while True:
        # (another conjunct of the phrase reached is another list item: "..., and elections in Peru")
        items = [range(c.left_edge.i, c.right_edge.i + 1) for c in node.children if c.dep_ == "conj" and c.i != came.i]
        region = [t for t in node.subtree if not any(t.i in r for r in items)]
        found, blocked = _candidates(ctx, region, actor.country)
        if blocked or len(found) > 1:
            return None
        if found:
            return next(iter(found.values()))
        if node.head.i == node.i:
            return None
        node, came = node.head, node
