"""Officials a text says have died hold no office now.

A statement on a death names the holder with the office as if still in it, once with the death
("on the Passing of Senator Jane Roe", "Senator Jane Roe died on Friday") and again without it
("Senator Jane Roe was a fighter"), or writes the holder's funeral or widow ("Senator Roe's
funeral"). The annotation guide's status "former" covers "the late":
every office the text gives a dead person is a former one (dev/README.md, roles status). The
reading of one mention (:func:`pipeline.roles.status.status_of`, ``frame_status``) marks the
mention with the death; this step carries it to the person's other mentions, so the same office
is not reported both held and not held.
"""

from __future__ import annotations

import re
from typing import Protocol

from .status import DEATH_NOUNS

__all__ = ["carry_deaths"]

# Words before a title that say its holder has died, the nouns :mod:`.status` reads one mention
# by ("the passing of", "in memory of", "the memorial service for"; a possessive after the name is someone else's death,
# checked below).
_BEFORE = re.compile(r"\b(?:(?:" + "|".join(sorted(DEATH_NOUNS)) + r")\s+of|memorial\s+service\s+(?:of|for))"
                     r"\s+(?:the\s+)?(?:(?:former|late)\s+)?$", re.IGNORECASE)
# The same words before a name whose office is written after it ("upon the death of His Highness
# Sheikh X, President of Y", "the passing of Jane Roe, a former Senator"): the styles and
# honorifics a name is given may stand between them
_BEFORE_NAME = re.compile(r"\b(?:" + "|".join(sorted(DEATH_NOUNS - {"memory"})) + r")\s+of\s+(?:the\s+)?(?:late\s+)?"
                          r"(?:(?:His|Her|Royal|Highness|Majesty|Excellency|Sheikh|Sheikha|Sheik|Emir|Honorable|Hon\.|Dr\.|Mr\.|Mrs\.|Ms\.)\s+){0,4}$")
# Words after the holder's name: "Senator Jane Roe died", "..., who passed away on Friday".
_AFTER = re.compile(r"^(?:,\s*(?:who\s+)?)?\s*(?:has\s+|had\s+)?(?:died|passed\s+away)\b")
_POSSESSIVE = re.compile(r"^\s*['’]s?\b|^['’]")
# The holder's own death, funeral or survivors after the name's possessive: "Senator Jane Roe's
# funeral", "Senator Roe's widow" (Merriam-Webster, widow: "a woman who has lost her spouse or
# partner by death")
_OWN_DEATH_AT = re.compile(r"['’]s?\s+(?:" + "|".join(sorted(DEATH_NOUNS - {"memory"})) +
                        r"|widow|widower|burial|memorial|wake|casket|coffin|obituary)\b", re.IGNORECASE)


class _Reading(Protocol):
    start: int
    end: int
    name: str
    title: str
    role: str
    status: str
    country: str | None
    organization: str | None
    title_start: int
    person: object


def _who(c: _Reading) -> object:
    return c.person.id if c.person is not None else c.name


def carry_deaths(body: str, cands: list) -> list:
    """Make every current office of a person the text says has died a former one, and drop a
    reading that then repeats another of the same person and office.

    Args:
        body: The document text the candidates' offsets point into.
        cands: The resolved candidates.

    Returns:
        The candidates, in order, without the repeated readings.
    """
    dead = set()
    # a death, funeral or widow written at all ("Lieberman’s funeral"): one scan of the text first
    mourned = _mourned_words(body)
    after_deaths = [body[m.end():m.end() + 120] for m in _DEATH_OF.finditer(body)
                    if not _ATTEMPTED.search(body, max(0, m.start() - 20), m.start())]  # a survivor
    for c in cands:
        if after_deaths and c.status == "current" and _death_names(after_deaths, c.name):
            dead.add(_who(c))  # "on the Passing of Ambassador Jane Roe" where her fuller title is read as held
            continue
        if mourned and c.status == "current" and c.name.split()[-1:] and c.name.split()[-1] in mourned \
                and _own_death_written(body, c):
            dead.add(_who(c))  # "Senator Jane Roe's funeral" anywhere in the text
            continue
        if c.title_start > c.start and _BEFORE_NAME.search(body, max(0, c.start - 60), c.start) \
                and not _POSSESSIVE.match(body, c.start + len(c.name)):
            dead.add(_who(c))  # "upon the death of His Highness Sheikh X, President of Y"
            continue
        if c.status != "former" or c.title_start < 0:
            continue
        after = body[c.end:c.end + 40]
        if _BEFORE.search(body, max(0, c.title_start - 40), c.title_start) and not _POSSESSIVE.match(after) \
                or _AFTER.match(after):
            dead.add(_who(c))
    if not dead:
        return cands
    def key(c: _Reading) -> tuple:
        return _who(c), c.title.lower(), c.role, c.country, c.organization

    held = {key(c) for c in cands if _who(c) in dead and c.status == "former"}
    out = []
    for c in cands:
        if _who(c) in dead and c.status == "current":
            if key(c) in held:
                continue  # the office the death's mention already gives, as a former one
            c.status = "former"
            held.add(key(c))
        out.append(c)
    return out


# "the passing of", "the assassination of the late": a death noun and its "of", before the dead
# holder's styles and name (memory is left out: "in memory of" also dedicates to the living's causes)
_DEATH_OF = re.compile(r"\b(?:" + "|".join(sorted(DEATH_NOUNS - {"memory"})) + r")\s+of\s+(?:the\s+)?(?:(?:late|former)\s+)?",
                       re.IGNORECASE)


_ATTEMPTED = re.compile(r"(?i)\b(?:attempted|attempt|failed|foiled|plotted|would-be)\s+$")
"""Words before a death noun that say the death did not happen ("the Attempted Assassination of X")."""


def _death_names(after_deaths: list[str], name: str) -> bool:
    """Whether a full name (two words or more) follows a death noun's "of", perhaps after up to
    five capitalised styles ("the Passing of Ambassador Jane Q. Roe"), and is not a possessive
    ("the death of Senator Roe's wife" is hers)."""
    if len(name.split()) < 2:
        return False
    rx = re.compile(rf"(?:[A-Z][\w.-]*[ \t]+){{0,5}}?{re.escape(name)}\b(?![’']|-)")
    return any(rx.match(w) for w in after_deaths)


def _own_death_written(body: str, c: _Reading) -> bool:
    """Whether the text writes the holder's funeral, widow or death after the title and surname
    ("Senator Lieberman's funeral"; the title keeps a namesake's out)."""
    words = c.name.split()
    if not words or not c.title or not c.title[:1].isupper():
        return False
    surname = words[-1]
    for m in re.finditer(re.escape(surname) + r"(?=['’])", body):
        if _OWN_DEATH_AT.match(body, m.end()) and c.title in body[max(0, m.start() - len(c.title) - 30):m.start()]:
            return True
    return False


def _mourned_words(body: str) -> frozenset[str]:
    """The words written with a possessive and a death, funeral or widow after it ("Roe’s funeral"):
    a find per possessive mark, no scan of the text by a regex."""
    out = set()
    for mark in ("’s", "'s"):
        i = body.find(mark)
        while i > 0:
            if _OWN_DEATH_AT.match(body, i):
                j = i
                while j > 0 and (body[j - 1].isalnum() or body[j - 1] == "-"):
                    j -= 1
                out.add(body[j:i])
            i = body.find(mark, i + 2)
    return frozenset(out)
