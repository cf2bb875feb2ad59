"""Which of the parties named before a reference it stands for: salience in discourse.

A plural reference ("they", "the two leaders") or a bare title ("the President") picks out one
of several candidates named before it. English prefers the most salient one, and a party named
as a main clause's subject is more salient than one named inside a background phrase (a
relative clause, a prepositional or adverbial phrase, an embedded event noun):

* "Sullivan spoke with Kalin. They discussed next steps following the meeting between Biden and
  Erdogan in Rome. They exchanged views ...": the second "they" are still Sullivan and Kalin;
  the pair of the "following" phrase is background;
* "Biden met with Prime Minister Kallas and President Nauseda. The President underscored ...":
  the President is the subject who met, not the president named as someone met.

A pair named in the reference's own sentence stays the nearest ("Following talks between X and
Y, they agreed ..."). A plural head with an indefinite "of" complement names its own members
("the leaders of more than 30 countries agreed"): no reference back to a pair.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import TYPE_CHECKING, TypeVar

from .purposes import misparsed_subject

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..records import Entity, Role

P = TypeVar("P")

_FOREGROUND_DEPS = frozenset({"conj", "xcomp", "ccomp", "dobj", "nsubj", "nsubjpass", "compound", "appos",
                              "attr", "flat", "dative"})
"""links that keep a word in its main clause: coordination, a complement, a verb's subject or object"""
_DEFINITE = frozenset({"the", "their", "these", "those", "both", "our"})
"""determiners of an "of" complement that refers back ("the leaders of the two countries")"""
_SUBJECT = frozenset({"nsubj", "nsubjpass"})
_RELATIVE_WORDS = frozenset({"which", "whom", "whose", "where"})


def main_clause(tok: "Token") -> bool:
    """Whether ``tok`` belongs to its sentence's main clause: it reaches the root through
    coordination, complements, subjects and objects only ("The leaders held talks with X",
    "X and Y met"), not through a preposition, a relative or adverbial clause ("following the
    meeting between X and Y", "the summit, in which X and Y launched ...", "gratitude for X's
    cooperation with Y")."""
    t = tok
    for _ in range(40):  # (a parse is a tree; the bound only guards a malformed one)
        if _relative(t):
            return False
        if t.dep_ == "ROOT" or t.head.i == t.i:
            return True
        if t.dep_ not in _FOREGROUND_DEPS:
            return False
        t = t.head
    return False


def _relative(verb: "Token") -> bool:
    """Whether a verb heads a relative clause by its words, whatever the parse ("the summit at
    which X and Y launched ...", which the small model may parse as the sentence's root): a
    relative word before the verb, alone or after a preposition."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    for t in verb.doc[verb.left_edge.i:verb.i]:
        if t.lower_ in _RELATIVE_WORDS and t.tag_ in ("WDT", "WP", "WP$", "WRB") and next(
                (a.i for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None) == verb.i:
            return True  # (a relative word of a clause nested deeper belongs to that clause)
    return False


def background_positions(doc: "Doc", positions: Sequence[int]) -> set[int]:
    """The token positions among ``positions`` (where pairs were named) outside a main clause."""
    return {at for at in positions if not main_clause(doc[at])}


def nearest_pair(pairs: Sequence[tuple[int, P, P]], background: Collection[int], tok: "Token", floor: int,
                 fits=lambda a: True) -> tuple[P, P, int] | None:
    """The pair a plural reference at ``tok`` stands for, from ``pairs`` (token index, first,
    second; in text order) named at or after token ``floor``: a pair named earlier in the
    reference's own sentence, else the nearest pair named in a main clause, else the nearest
    pair named at all. ``fits`` filters on the first member (a head standing for people wants
    persons)."""
    own, fore, any_ = None, None, None
    start = tok.sent.start
    for at, a, b in pairs:
        if at >= tok.i:
            break
        if at < floor or not fits(a):
            continue
        any_ = (a, b, at)
        if at >= start:
            own = any_
        elif at not in background:
            fore = any_
    return own or fore or any_


def names_own_members(tok: "Token", entity_at: Mapping[int, object]) -> bool:
    """Whether a plural head says whose members it means with an "of" complement that does not
    refer back: a name or an indefinite plural ("the leaders of more than 30 countries", "the
    foreign ministers of the G7"), not "the leaders of the two countries" / "of both nations"."""
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None:
            continue
        if obj.i in entity_at or any(c.i in entity_at for c in obj.children if c.dep_ == "compound"):
            return True
        if obj.lower_ == "both" or any(c.dep_ in ("det", "poss", "predet") and c.lower_ in _DEFINITE
                                       for c in obj.children):
            return False
        return obj.tag_ in ("NNS", "NNPS")
    return False


def subject_people(doc: "Doc", entity_at: Mapping[int, object], offsets: Sequence[tuple[int, int]]) -> list[tuple[int, str]]:
    """(character offset, entity id) of each person named as a clause subject, in text order:
    the names a bare title prefers (:func:`pipeline.events.titles.titled_person`)."""
    out = []
    for i, ent in entity_at.items():
        if getattr(ent, "label", None) != "PERSON":
            continue
        t = doc[i]
        while t.dep_ in ("compound", "flat", "appos") and t.head.i != t.i:
            t = t.head
        if (t.dep_ in _SUBJECT or (t.dep_ == "conj" and t.head.dep_ in _SUBJECT)) and not misparsed_subject(t):
            out.append((offsets[i][0], ent.id))  # (not "spoke with X [to express ...]": X is consulted)
    out.sort()
    return out


def most_named_holder_country(words: tuple[str, ...], roles: "Sequence[Role]", persons: "Mapping[str, Entity]") -> str | None:
    """The country of the current holder of an office ("president") whom a text names most often,
    when one holder is named more often than every other; else None.

    A transcript whose speakers' government the text never says (labels by surname only) still
    talks mostly about its own head: "the President" in a briefing that names its own president
    in every answer and a foreign president once or twice is its own. The most named holder is
    the most salient referent of the bare title.

    Args:
        words: The bare title's words, lower case ("president",) or ("vice", "president").
        roles: The article's roles.
        persons: Entity id -> the person entity (its mentions are counted).
    """
    from .titles import office_words  # (titles imports nothing of this module; kept local to stay light)

    counts: dict[str, int] = {}
    for r in roles:
        ent = persons.get(r.person or "")
        if ent is None or not r.country or r.status != "current" or office_words(r.title) != list(words):
            continue
        counts[r.country] = max(counts.get(r.country, 0), len(ent.mentions))
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or (len(ranked) > 1 and ranked[1][1] >= ranked[0][1]):
        return None
    return ranked[0][0]
