"""Person-name keys: which written names can refer to the same person.

A leaf module (no spaCy, no stage imports) shared by entities, roles and the office ontology.
"""

from __future__ import annotations

import re

SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
# Familiar first names and the formal names each can stand for. A nickname may stand for several
# formal names ("Kate" for Catherine, Katherine or Kathryn); formal names are never keys here, so two
# different formal names ("Catherine Smith", "Kathryn Smith") are never taken for one person.
NICKNAME_FORMS: dict[str, frozenset[str]] = {nick: frozenset(forms) for nick, forms in {
    "joe": {"joseph"}, "bill": {"william"}, "will": {"william"}, "bob": {"robert"}, "rob": {"robert"},
    "mike": {"michael"}, "tony": {"anthony"}, "jim": {"james"}, "jimmy": {"james"}, "dick": {"richard"},
    "rick": {"richard"}, "ted": {"edward", "theodore"}, "ed": {"edward"}, "chuck": {"charles"},
    "charlie": {"charles"}, "tom": {"thomas"}, "dan": {"daniel"}, "pete": {"peter"}, "ben": {"benjamin"},
    "jake": {"jacob"}, "liz": {"elizabeth"}, "beth": {"elizabeth"}, "chris": {"christopher"},
    "nick": {"nicholas"}, "alex": {"alexander"}, "sam": {"samuel"}, "matt": {"matthew"}, "dave": {"david"},
    "steve": {"stephen", "steven"}, "andy": {"andrew"}, "tim": {"timothy"}, "ron": {"ronald"},
    "don": {"donald"}, "jerry": {"gerald"}, "larry": {"lawrence"}, "greg": {"gregory"}, "jeff": {"jeffrey"},
    "pat": {"patrick", "patricia"},
    "kate": {"catherine", "katherine", "kathryn"}, "katie": {"catherine", "katherine", "kathryn"},
    "cathy": {"catherine"}, "kathy": {"katherine", "kathryn"},
    "kris": {"kristen", "kristin", "kristina", "kristine", "kristopher", "christopher"},
}.items()}
# The nicknames with one formal name, written in that form in a name key ("Joe Biden" ->
# {"joseph", "biden"}). A nickname with several is kept as written: which formal name it
# stands for is not known, and :func:`first_names_match` compares it with each.
NICKNAMES = {nick: next(iter(forms)) for nick, forms in NICKNAME_FORMS.items() if len(forms) == 1}


def first_names_match(a: str, b: str) -> bool:
    """Two first names can be one person's: the same name, or a nickname and one of its formal
    names ("Kate" and "Catherine"). Two different formal names never match ("Catherine" and
    "Kathryn"), nor two nicknames of different formal names."""
    a, b = a.lower(), b.lower()
    a, b = NICKNAMES.get(a, a), NICKNAMES.get(b, b)
    return a == b or b in NICKNAME_FORMS.get(a, ()) or a in NICKNAME_FORMS.get(b, ())


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


# The Arabic article written joined to a family name: "al-Sudani" is "Sudani" on second mention.
_ARTICLE = re.compile(r"^(?:al|el)-(?=\w{2})")


def _name_tokens(name: str) -> list[str]:
    return [_ARTICLE.sub("", t) for t in re.split(r"[\s,]+", name.lower())
            if t and t.rstrip(".") not in SUFFIXES and len(t.rstrip(".")) > 1]


def name_key(name: str) -> frozenset[str]:
    """Tokens that identify a person's name, familiar first names in their formal form
    ("Joe Biden" -> {"joseph", "biden"}); one name refers to another when its key is a subset."""
    return frozenset(NICKNAMES.get(t, t) for t in _name_tokens(strip_nickname(name).replace("’", "'")))
