"""What a speaker says someone "was going to" do: an expectation or plan of the past, no event.

"Be going to" in the past tense tells what was expected or intended at some earlier time, not
what happened: "I thought the Secret Service was going to kill them", "The police were going to
arrest them", "Putin was certain he was going to split NATO", "we thought there was going to be a
shutdown". English uses it mostly for what then did not happen, or for what the speaker does
not say happened; the guide codes events reported as having happened, happening or decided,
never hypothetical ones. Speeches and briefings are full of such retellings ("I was going to
write a book"), which the lexicon reads as acts.

Kept: the same words as the reported speech of an announcement or promise ("he said he was
going to send troops", "they told us they were going to sign"): the backshifted "is going to"
of a decision announced then (coded by the harmonised future rule). Only a bare statement, or one
under a verb or adjective of thinking, expecting or fearing, is dropped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_PAST_BE = frozenset({"was", "were"})
_GOING = frozenset({"going", "gon"})
EXPECTING = frozenset({"think", "believe", "expect", "assume", "figure", "fear", "worry", "hope", "imagine",
                       "guess", "suppose", "suspect", "wonder", "certain", "sure", "convinced", "afraid",
                       "worried", "know"})
"""lemmas of verbs and adjectives of expecting, whose complement tells a belief, not a report"""
_CHAIN = frozenset({"xcomp", "conj"})


def _past_going(verb: "Token") -> "Token | None":
    """The "going" of "was/were going to VERB" (or "... to be VERB-ed") that ``verb`` completes."""
    t = verb
    for _ in range(3):  # ("going to continue to arrest them": up through chained infinitives)
        head = t.head
        if t.dep_ != "xcomp" or head.i == t.i:
            return None
        if head.lower_ in _GOING:
            be = [c for c in head.children if c.dep_ == "aux" and c.lower_ in _PAST_BE]
            return head if be else None
        t = head
    return None


def past_prospect(verb: "Token") -> bool:
    """Whether ``verb`` is what someone "was going to" do, told bare or as a belief (module doc).

    Args:
        verb: The verb whose clause carries the trigger.
    """
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    going = _past_going(verb)
    if going is None:
        return False
    t = going
    for _ in range(3):  # up through coordination ("thought he was going to win and was going to ...")
        if t.dep_ not in _CHAIN or t.head.i == t.i:
            break
        t = t.head
    if t.head.i == t.i:
        return True  # a bare statement: "The police were going to arrest them"
    if t.dep_ in ("ccomp", "xcomp"):
        head = t.head
        if head.lemma_.lower() in EXPECTING or head.lower_ in EXPECTING:
            return True  # "I thought X was going to ...", "was certain that he was going to ..."
    return False
