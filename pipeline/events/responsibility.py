"""Who is said to be responsible for an attack carried it out.

English names the author of an attack through responsibility: "ISIS was solely responsible for the
terrorist attack in Moscow", "Hamas is responsible for the attack on Israel", "the Houthis claimed
responsibility for the attack on the ship". "Bears responsibility" and "hold X responsible" are
blame (a state that sheltered the attackers bears it; the speaker's "hold" is its own ACCUSE), and a
claim one side makes ("Russia claimed Ukraine was responsible") is no fact.
The attack noun has no actor of its own there; the party made responsible is its actor (PLOVER
codes the attacker of an ASSAULT). Only when the responsibility is stated as a fact: not negated
("was not responsible"), not under a modal or a question ("may be responsible", "who is
responsible"), and the party is named (a person, a group, a state), not a pronoun or "those".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .clauses import clause_subject
from .context import Context, Party
from .filters import has_modal, has_negation

if TYPE_CHECKING:
    from .triggers import Trigger

__all__ = ["responsible_party"]

# verbs whose object "responsibility" is the subject's own: "claimed responsibility for", "took
# responsibility for", "accepted responsibility for" ("bears responsibility for" is blame: one who
# sheltered the attackers bears it too)
_OWNING_VERBS = frozenset({"claim", "take", "accept", "admit"})
# verbs reporting one side's contested claim: "Russia claimed Ukraine was responsible for the attack"
_CLAIMING_VERBS = frozenset({"claim", "allege", "say", "insist", "accuse", "blame", "deny", "suggest", "argue", "assert"})
_PRONOUNS = frozenset({"who", "whoever", "those", "that", "which", "it", "they", "he", "she", "them", "anyone"})


def _stated(verb) -> bool:
    """A verb stating a fact: not negated, no modal, not a question's, not a claim someone reports."""
    return not (has_negation(verb) or has_modal(verb) or any(c.tag_ in ("WP", "WDT") for c in verb.children)
                or verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_.lower() in _CLAIMING_VERBS)


def responsible_party(ctx: Context, trig: "Trigger") -> Party | None:
    """The party said to be responsible for the attack noun of ``trig`` (module docstring), or None.

    Args:
        ctx: The document context.
        trig: An ASSAULT trigger whose clause names no actor.
    """
    noun = trig.token
    if trig.type != "ASSAULT" or noun.pos_ != "NOUN" or noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return None
    owner = noun.head.head  # "responsible" or "responsibility"
    doer = None
    if owner.lemma_.lower() == "responsible" and owner.pos_ == "ADJ":
        verb = owner.head
        if owner.dep_ == "acomp" and verb.lemma_.lower() == "be" and _stated(verb):
            doer = clause_subject(verb)  # "ISIS was responsible for the attack"
    elif owner.lemma_.lower() == "responsibility" and owner.dep_ == "dobj":
        verb = owner.head
        if verb.lemma_.lower() in _OWNING_VERBS and _stated(verb):
            doer = clause_subject(verb)  # "the Houthis claimed responsibility for the attack"
    if doer is None or doer.lower_ in _PRONOUNS or doer.pos_ == "PRON":
        return None
    party = ctx.party(doer)
    return party if party is not None and (party.entity is not None or party.country is not None) else None
