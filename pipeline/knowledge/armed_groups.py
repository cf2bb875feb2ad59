"""Armed and terrorist groups: the names of ``armed_groups.json``, matched as the text writes them.

A leaf module (knowledge), read by the entities stage (groups the small model tags as people) and
by the events stage (support given to a listed group is material: events/war_support.py).

The model reads a one-word group name in subject position as a person ("Hamas said",
"Al-Qa’ida is weaker today", "Hizballah fired rockets"), and a name compounded with a prefix
("Envoy to Counter-ISIL", "anti-Hamas protests") too. The designated names of
``armed_groups.json`` (source recorded there) are never a person's, so a PERSON span that is
one of them, or one of them after a hyphened prefix, is the group's (ORG).

Names are compared lower case, apostrophes dropped ("Qa’ida", "Qa'ida", "Qaida") and hyphens
read as spaces ("al-Shabaab" = "al Shabaab").
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

# Prefixes hyphened to a group's name in a compound ("Counter-ISIL", "anti-Hamas", "pro-Hezbollah",
# "post-ISIS"): the compound is about the group, never a person's name.
_PREFIXES = frozenset({"counter", "anti", "pro", "post", "non"})
_APOSTROPHES = re.compile(r"['’ʼ‘`]")
_SPACES = re.compile(r"[\s\-–]+")


def _key(text: str) -> str:
    """``text`` lower case, apostrophes dropped, hyphens and runs of spaces one space."""
    return _SPACES.sub(" ", _APOSTROPHES.sub("", text.lower())).strip()


@lru_cache(maxsize=1)
def _group_keys() -> frozenset[str]:
    """The keys of the names of ``armed_groups.json``."""
    raw = json.loads(resources.files("pipeline.data").joinpath("armed_groups.json").read_text("utf-8"))
    return frozenset(_key(n) for n in raw["names"])


def armed_group(text: str) -> bool:
    """Whether ``text`` (a span tagged PERSON, leading "the" allowed) names a listed armed group,
    alone or after a hyphened prefix ("Counter-ISIL")."""
    if text[:4].lower() == "the ":
        text = text[4:]
    keys = _group_keys()
    if _key(text) in keys:
        return True
    prefix, hyphen, rest = text.partition("-")
    return bool(hyphen) and prefix.lower() in _PREFIXES and _key(rest) in keys
