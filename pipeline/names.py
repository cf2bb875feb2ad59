"""Person-name keys: which written names can refer to the same person.

A leaf module (no spaCy, no stage imports) shared by entities, roles and the office ontology.
"""

from __future__ import annotations

import re

SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
# Familiar first names and the formal forms a signature or full name uses.
NICKNAMES = {
    "joe": "joseph", "bill": "william", "will": "william", "bob": "robert", "rob": "robert", "mike": "michael",
    "tony": "anthony", "jim": "james", "jimmy": "james", "dick": "richard", "rick": "richard", "ted": "edward",
    "ed": "edward", "chuck": "charles", "charlie": "charles", "tom": "thomas", "dan": "daniel", "pete": "peter",
    "ben": "benjamin", "jake": "jacob", "liz": "elizabeth", "beth": "elizabeth", "kate": "katherine",
    "chris": "christopher", "nick": "nicholas", "alex": "alexander", "sam": "samuel", "matt": "matthew",
    "dave": "david", "steve": "stephen", "andy": "andrew", "tim": "timothy", "ron": "ronald", "don": "donald",
    "jerry": "gerald", "larry": "lawrence", "greg": "gregory", "jeff": "jeffrey", "pat": "patrick",
    # Spellings of one formal name: "Kate" is short for Catherine as for Katherine.
    "catherine": "katherine", "kathryn": "katherine", "cathy": "katherine", "kathy": "katherine",
    "katie": "katherine",
}


# A nickname in quotes or brackets inside a name: "Jane “Sky” Doe", "Andrew (Andy) Fox" (not the
# apostrophe of "O'Brien": a straight single quote is not taken as a quote mark).
_NICKNAME = re.compile(r"\s+(?:“[^”\n]{1,30}”|\"[^\"\n]{1,30}\"|‘[^’\n]{1,30}’|\([^)\n]{1,30}\))(?=\s)")


def strip_nickname(name: str) -> str:
    """A name without a nickname written inside it ("Jane “Sky” Doe" -> "Jane Doe")."""
    return _NICKNAME.sub("", name) if ("“" in name or '"' in name or "‘" in name or "(" in name) else name


def nickname_of(name: str) -> str | None:
    """The nickname written inside a name ("Andrew (Andy) Fox" -> "Andy"), None when there is none."""
    found = _NICKNAME.search(name)
    return found.group(0).strip()[1:-1].strip() if found else None


def _name_tokens(name: str) -> list[str]:
    return [t for t in re.split(r"[\s,]+", name.lower()) if t and t.rstrip(".") not in SUFFIXES and len(t.rstrip(".")) > 1]


def name_key(name: str) -> frozenset[str]:
    """Tokens that identify a person's name, familiar first names in their formal form
    ("Joe Biden" -> {"joseph", "biden"}); one name refers to another when its key is a subset."""
    return frozenset(NICKNAMES.get(t, t) for t in _name_tokens(strip_nickname(name).replace("’", "'")))
