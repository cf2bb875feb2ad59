"""Forces or crews sent to a disaster: relief (AID), not a deployment (MOBILIZE).

"After the earthquake, the government deployed rescue helicopters and troops to the province",
"India deployed army troops to rescue stranded villagers", "U.S. teams are deploying to support
search and rescue efforts". Troops among what a verb moves make the act MOBILIZE in the lexicon;
but soldiers and helicopters sent to rescue people after a natural disaster give humanitarian
relief (PLOVER AID, humanitarian mode: disaster relief, rescue teams), they show no force. A
deployment is relief when its purpose clause is a rescue or an evacuation, or names rescue or
relief ("to support search and rescue efforts", "to help flood victims"); when what it moves is
a rescue or relief crew or craft ("rescue helicopters and troops"); or when the verb is set
after a disaster ("after the earthquake", "following the floods"). A deployment to secure, guard,
deter or fight keeps MOBILIZE, even after a disaster ("deployed troops to secure the border after
the floods"), and so does one to a border or a front ("deployed troops to the border after the
earthquake") or one to evacuate the sender's own citizens ("to evacuate its nationals": no aid to
the country they leave).
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_PURPOSE_DEPS = frozenset({"xcomp", "advcl"})
_OWNERS = frozenset({"its", "their", "our", "his", "her"})


@lru_cache(maxsize=1)
def _table() -> dict[str, frozenset[str]]:
    raw = json.loads(resources.files("pipeline.data").joinpath("relief_deployments.json").read_text("utf-8"))
    return {k: frozenset(v["words"]) for k, v in raw.items() if isinstance(v, dict)}


def _purposes(verb: "Token") -> list["Token"]:
    """The to-infinitives of purpose of a moving verb ("deployed troops to rescue ...")."""
    return [c for c in verb.children if c.dep_ in _PURPOSE_DEPS and c.pos_ == "VERB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]


def _to_front(verb: "Token", table: dict[str, frozenset[str]]) -> bool:
    """Whether the verb (or what it moves) is sent "to" a border or a front: a show of force
    ("deployed troops to the border with Syria"), not relief, whatever disaster came before."""
    movers = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))]
    return any(p.dep_ in ("prep", "dative") and p.lower_ == "to" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in table["force_destinations"] for o in p.children)
        for m in movers for p in m.children)


def _own_evacuation(purpose: "Token", table: dict[str, frozenset[str]]) -> bool:
    """Whether a purpose is to evacuate or rescue the sender's own people ("to evacuate its
    citizens", "to rescue their nationals"): a country bringing its own home gives no aid to the
    country they leave."""
    if purpose.lemma_.lower() not in table["relief_purposes"]:
        return False
    return any(o.dep_ == "dobj" and o.lemma_.lower() in table["own_people"] and any(
        c.dep_ == "poss" and (c.lower_ in _OWNERS or c.pos_ == "PROPN") for c in o.children)
        for o in purpose.children)


def _after_disaster(verb: "Token", table: dict[str, frozenset[str]]) -> bool:
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        word = prep.lower_
        objs = [c for c in prep.children if c.dep_ == "pobj"]
        if word == "in" and objs and objs[0].lower_ in ("wake", "aftermath"):
            objs = [c for p in objs[0].children if p.dep_ == "prep" for c in p.children if c.dep_ == "pobj"]
        elif word not in table["after_preps"]:
            continue
        for obj in objs:
            for t in (obj, *obj.conjuncts):
                if t.lower_ in table["disasters"] or t.lemma_.lower() in table["disasters"] or any(
                        c.dep_ in ("compound", "amod") and c.lower_ in table["disasters"] for c in t.children):
                    return True
    return False


def relief_deployment(verb: "Token") -> bool:
    """Whether a MOBILIZE verb of sending forces or crews is disaster relief (module docstring).

    Args:
        verb: The trigger verb (the lexicon coded it MOBILIZE).
    """
    table = _table()
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in table["moving_verbs"]:
        return False
    purposes = _purposes(verb)
    if any(p.lemma_.lower() in table["security_purposes"] for p in purposes):
        return False
    if _to_front(verb, table) or any(_own_evacuation(p, table) for p in purposes):
        return False  # "troops to the border after the quake", "to evacuate its citizens": no relief
    for p in purposes:
        if p.lemma_.lower() in table["relief_purposes"] or any(
                t.lower_ in table["relief_words"] or t.lemma_.lower() in table["relief_words"] for t in p.subtree):
            return True
    for obj in verb.children:
        if obj.dep_ in ("dobj", "nsubjpass"):
            for t in (obj, *obj.conjuncts):
                if any(c.dep_ in ("compound", "amod") and c.lower_ in table["relief_words"] for c in t.children):
                    return True  # "rescue helicopters and troops"
    return _after_disaster(verb, table)
