"""A government's own programme launched is no agreement with anyone.

The lexicon codes launching, establishing, creating, initiating or announcing a joint body
("established a bilateral working group", "The United States and the ROK are launching a new
dialogue", "announced a partnership with 50 countries") as AGREE: a commitment to cooperate
with the other side (PLOVER AGREE). The same words name a programme one side sets up for itself
("the Department of Transportation will establish a new grants program", "we're launching a new
initiative on hate-motivated violence", "the Administration launched a 100-day initiative"):
nobody else takes part, so there is nothing agreed between parties. Fact sheets and remarks
list many such programmes.

A launch is kept when a second party is in sight: a recipient found, a second subject ("X and
Y are launching"), a partner in the object phrase ("a partnership with X", "between X and Y",
"among"), a joint modifier ("joint", "bilateral", "trilateral", "multilateral"), a country or
people named in the object phrase ("the U.S.-ROK Green Shipping Corridor"), or a named body
its "of" complement names ("the outcomes of the X Framework"). A plural subject ("the leaders",
"IPEF partners") is several sides.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..knowledge.countries import load as load_countries
from .lexicon import load
from .verbparts import direct_object

if TYPE_CHECKING:
    from spacy.tokens import Token

LAUNCH_VERBS = frozenset({"launch", "establish", "create", "initiate", "announce"})
"""the verbs whose joint-body object the lexicon codes AGREE (``event_triggers.json``)"""
LAUNCHED_TYPES = frozenset({"AGREE", "COOPERATE"})
"""what the lexicon codes a launch as: AGREE for a joint body, COOPERATE for a programme of
material cooperation (``cooperation_programme``: "launched a partnership"); either is a side's
own programme when nobody else is in sight"""
_PARTNER_PREPS = frozenset({"with", "between", "among", "alongside"})
_JOINT_WORDS = load().classes["joint"] | load().classes["shared_holding"] | {"international", "regional"}
"""words of a launched thing's phrase that bring in other sides: the lexicon's ``joint`` and
``shared_holding`` (as :data:`.intended_acts._JOINT`), and here also a reach beyond one country ("an
international coalition", "a regional initiative"), which does not make an exercise or a study joint"""
_NAMED_SIDES = frozenset({"GPE", "NORP"})
"""a country or people named in the launched thing (an organisation's name may be the thing's own)"""
_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "xcomp", "ccomp"})


def _second_subject(verb: "Token") -> bool:
    """Whether the launch has more than one subject ("X and Y launched", "we and our partners",
    "IPEF partners are establishing", "the leaders launched"): a plural noun is several sides."""
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass") and (any(s.dep_ == "conj" for s in c.children) or c.tag_ == "NNS"):
            return True
    return False


def _alongside(verb: "Token") -> bool:
    """Whether the launch itself is done with others ("alongside the leaders of X and Y,
    President Z launched ...", "launched together with X"): a partner phrase on the verb that
    names someone, not only on the launched thing."""
    return any(c.dep_ == "prep" and c.lower_ in _PARTNER_PREPS and any(
        g.dep_ == "pobj" and (g.ent_type_ or any(w.ent_type_ in _NAMED_SIDES for w in g.subtree))
        for g in c.children) for c in verb.children)


def _phrase(obj: "Token") -> list["Token"]:
    """The launched thing's noun phrase, without the clauses hanging on it ("an initiative to
    improve X with others": the purpose says what it does, not who takes part)."""
    out, todo = [], [obj]
    while todo:
        t = todo.pop()
        out.append(t)
        todo.extend(c for c in t.children if c.dep_ not in _CLAUSE_DEPS)
    return out


def _paired_name(word: "Token") -> bool:
    """Whether a word of a launched thing's name pairs two sides, one of them a country
    ("the U.S.-Pacific Islands Partnership", "the EU-Japan Connectivity Initiative"): as the parties of a
    relation named "A-B" (:func:`.complements.paired_name_side`); "Indo-Pacific" pairs none."""
    left, dash, right = word.text.replace("\u2013", "-").partition("-")
    if not dash or not left or not right:
        return False
    countries = load_countries()
    return countries.country(left) is not None or countries.country(right) is not None


def _partnered(obj: "Token") -> bool:
    """Whether the launched thing's phrase names another party or makes it joint."""
    for t in _phrase(obj):
        if t.dep_ == "prep" and t.lower_ in _PARTNER_PREPS:
            return True
        if t.lower_ in _JOINT_WORDS or t.ent_type_ in _NAMED_SIDES or _paired_name(t):
            return True
        if t is not obj and t.dep_ == "pobj" and t.head.lower_ == "of" and (t.ent_type_ == "ORG" or t.pos_ == "PROPN"):
            return True  # "the outcomes of the Indo-Pacific Economic Framework": a named body
    return False


def launched_thing(noun: "Token") -> "Token | None":
    """The thing a launch noun launches: its of-complement ("the launch of the X Partnership"),
    or None when the noun is no launch word or has none."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.lemma_.lower() not in LAUNCH_VERBS:
        return None
    return next((o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                 for o in c.children if o.dep_ == "pobj"), None)


def own_launch(noun: "Token", typ: str | None, recipient) -> bool:
    """Whether an AGREE or COOPERATE read from a launch noun ("we announce the launch of a new
    grants program") is a side's own programme, as :func:`own_programme` tells for the verb: no
    recipient, and no partner, joint word or other named side in the launched thing's phrase
    ("the launch of a U.S.-Andean Trade Partnership" names one; the thing's own capitalised name
    does not, as a verb's object's would not).

    Args:
        noun: The trigger word (the noun).
        typ: The event's category.
        recipient: The event's recipient, None when none was found.
    """
    if typ not in LAUNCHED_TYPES or recipient is not None:
        return False
    obj = launched_thing(noun)
    if obj is None or (noun.dep_ == "dobj" and _second_subject(noun.head)):
        return False  # ("the leaders announced the launch of ...": several sides)
    return not _partnered(obj)


def own_programme(token: "Token", typ: str | None, recipient) -> bool:
    """Whether an AGREE or COOPERATE from launching, establishing, creating, initiating or announcing
    something is a side's own programme (module docstring): no recipient, no second subject,
    no partner, joint word or other named side in the launched thing's phrase.

    Args:
        token: The trigger word (the verb).
        typ: The event's category.
        recipient: The event's recipient, None when none was found.
    """
    if typ not in LAUNCHED_TYPES or recipient is not None or token.pos_ != "VERB" or token.lemma_.lower() not in LAUNCH_VERBS:
        return False
    obj = direct_object(token)
    if obj is None and token.dep_ == "acl":  # "a new forum established by the Department"
        obj = token.head
    if obj is None or _second_subject(token) or _alongside(token):
        return False
    return not _partnered(obj)

