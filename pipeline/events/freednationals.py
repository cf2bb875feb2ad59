"""A release of people named by their nationality: "Venezuela freed 10 Americans", "Iran released
two Britons". The lexicon's free/release count a release of persons (a named person or a word
for prisoners, PLOVER CONCEDE/RETREAT release persons, CAMEO 0841); a plural nationality word
with a number or determiner names persons as well (the nationals of that country), while
"released a report" or "freed up funds" name none.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from ..syntax import found_tokens
from .triggers import VIA_SELF, Trigger

if TYPE_CHECKING:
    from spacy.tokens import Doc

RELEASE_LEMMAS = frozenset({"free", "release"})
_CUE = re.compile(r"[FfRr](?<!\w[FfRr])(?:(?<=[Ff])ree[sd]?|(?<=[Ff])reeing|(?<=[Rr])eleas(?:e|es|ed|ing))\b")
"""a text search first: most stories release no one (the first letter first, the word boundary
checked after it, so that ``re`` skips to those letters: the same matches as
``\b(?:[Ff]ree[sd]?|[Ff]reeing|[Rr]eleas(?:e|es|ed|ing))\b``)"""


def freed_nationals(doc: "Doc", taken: "set[int]", skip: "set[int] | frozenset[int]",
                    entity_at: Mapping[int, object]) -> list[Trigger]:
    """CONCEDE triggers of free/release whose object is a counted plural nationality word."""
    out = []
    for tok in found_tokens(doc, _CUE):  # (a text search: most stories have no such verb)
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in RELEASE_LEMMAS or tok.i in taken or tok.i in skip:
            continue
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        ent = entity_at.get(obj.i) if obj is not None else None
        if ent is None or getattr(ent, "label", None) != "NORP" or obj.tag_ not in ("NNPS", "NNS"):
            continue
        if any(c.dep_ in ("nummod", "det") or c.lower_ in ("all", "several", "dozens", "hundreds") for c in obj.children):
            out.append(Trigger(token=tok, type="CONCEDE", entry=None, via=VIA_SELF, clause=tok))
    return out
