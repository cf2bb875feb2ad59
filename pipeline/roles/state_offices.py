"""Offices of a state, province or territory: officials, not ministers or heads of government.

The annotation guide counts state and local government as public office of the nation ("a US
governor is USA, role official_other"). Several national office titles are also the titles of
sub-national offices: "Texas Attorney General", "Michigan Secretary of State", "the Northern
Territory's Chief Minister", "Premier of Ontario", "State Attorney General". The office ontology
classifies the title alone (Attorney General -> a minister, Secretary of State -> the foreign
minister), so a title whose place qualifier is a sub-national region is an ``official_other``
of that region's nation. Legislators, judges and military posts keep their category (a state
senator is a legislator).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..knowledge import countries
from ..knowledge import places as P
from .titles import classify

if TYPE_CHECKING:
    from .reader import Candidate

__all__ = ["region_before", "region_nation", "state_offices", "title_region"]

# The categories a national title gets that a sub-national office of the same name is not.
_NATIONAL_ONLY = frozenset({"head_of_state", "head_of_government", "foreign_minister", "defence_minister",
                            "minister_other"})
_BEFORE = re.compile(r"(?:\b(?:the\s+)?(?P<region>(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+)(?:[’']s)?|\b(?P<state>[Ss]tate))\s+$")
# A capital this large is written for its nation's government ("Washington", "Delhi" is not one:
# New Delhi is the capital); a region of the same name is not meant.
_METONYM_CAPITAL = 500_000
_AFTER = re.compile(r"\s+of\s+(?:the\s+)?(?P<region>(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+)\b")
_AFTER_END = re.compile(_AFTER.pattern + "$")
_REGION_POSSESSIVE = re.compile(r"\bof\s+(?:the\s+)?(?P<region>(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+)[’']s\s")
# "attorney general of a border state", "premier of the German state of Bavaria", "governor of the
# eastern province": a state or province of a nation (the capital "State" of "Islamic State" is none)
# "Prime Minister of Iraq's Kurdistan Region", "Governor of Ukraine's Kherson Oblast", "President of the
# Somali Region": a title of a unit a region noun names, of the country whose possessive precedes it if any
_REGION_NOUNS = r"(?:Region(?:al\s+Government)?|Province|Provincial\s+Government|Territory|Governorate|Oblast|Prefecture|Canton|Autonomous\s+Community)"
_OF_NAMED_REGION = re.compile(
    r"\s+of\s+(?:the\s+)?(?:(?P<country>(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+)[’']s\s+)?(?:[A-Z][a-z]+\s+){1,3}"
    + _REGION_NOUNS + r"\b")
# "Kurdistan Regional Government Prime Minister", "the Provincial Governor": a regional government's office
_REGIONAL_BEFORE = re.compile(r"\b(?:Regional|Provincial)(?:\s+Government)?\s+$")
_OF_A_STATE = re.compile(r"\s+of\s+(?:a|the|my|our|this|that|his|her|their)\s+(?:[A-Za-z]+\s+)?(?:state|province)\b")


def region_nation(words: str) -> str | None:
    """The nation of a sub-national region named by ``words`` (a country's name is none).

    Args:
        words: A candidate place name ("Michigan", "New South Wales").

    Returns:
        The ISO code of the region's nation, or None (a country, a capital, or no single region).
    """
    if countries.country(words):
        return None
    cands = P.candidates(words)
    if any(p.kind == "city" and p.capital and p.population >= _METONYM_CAPITAL for p in cands):
        return None  # "Washington's Secretary of State": the capital stands for the national government
    # a hand-kept place is a region's English name ("Bavaria": ISO 3166-2 writes "Bayern"), an
    # island or a base; a title qualified by one is no national office
    codes = {p.country for p in cands if p.kind in ("region", "extra")}
    return codes.pop() if len(codes) == 1 else None


def region_before(body: str, start: int, end: int) -> tuple[bool, str | None]:
    """Whether the title at ``body[start:end]`` is qualified by a sub-national region or "State".

    Returns:
        (qualified, nation of the region when a region is named).
    """
    m = _BEFORE.search(body, max(0, start - 40), start)
    if m and m.group("state"):
        return True, None
    if m and m.group("region"):
        # the longest run of capitalised words first: "Northern Territory" before "Territory"
        words = m.group("region").split()
        for i in range(len(words)):
            code = region_nation(" ".join(words[i:])) or _region_adjective(words[i:])
            if code:
                return True, code
    if body[start:end].lower().startswith("state ") or _REGIONAL_BEFORE.search(body, max(0, start - 40), start):
        return True, None
    r = _OF_NAMED_REGION.match(body, end)
    if r:
        return True, countries.country(r.group("country")) if r.group("country") else None
    if _OF_A_STATE.match(body, end):
        return True, None  # "attorney general of a border state"
    a = _AFTER.match(body, end)
    code = _leading_region(a.group("region")) if a else None
    return (True, code) if code else (False, None)


def title_region(title: str) -> tuple[str, str] | None:
    """The nation of a sub-national region a title opens with, and the title's other words
    ("Colorado Attorney General" -> ("USA", "Attorney General")), or None."""
    words = title.split()
    for i in range(min(3, len(words) - 1), 0, -1):
        if all(w[:1].isupper() and w.isalpha() for w in words[:i]):
            code = region_nation(" ".join(words[:i]))
            if code:
                return code, " ".join(words[i:])
    return None


def _region_adjective(words: list[str]) -> str | None:
    """The nation of the region an adjective in -an names by its name plus -n ("South
    Australian Premier", "Tasmanian Premier", "Californian"): English forms such adjectives of
    names in -a so; a country's adjective ("Australian") names no region."""
    if not words or not words[-1].endswith("an") or len(words[-1]) < 5:
        return None
    return region_nation(" ".join([*words[:-1], words[-1][:-1]]))


def _leading_region(words: str) -> str | None:
    """The nation of the longest run of first words that names a region ("New Jersey on Monday"
    -> USA), or None."""
    split = words.split()
    for i in range(len(split), 0, -1):
        code = region_nation(" ".join(split[:i]))
        if code:
            return code
    return None


# Titles of a region's chief executive: no nation's own head is so called, so "Governor X of Georgia"
# is the governor of the region that shares its name with a country (a central bank's governor is
# written with the bank).
_REGION_TITLES = frozenset({"governor", "lieutenant governor", "lt. governor", "lt. gov.", "gov."})
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)\s+")


def _region_homonym(body: str, c: "Candidate") -> str | None:
    """The nation of the region named after a governor ("Governor Kemp of Georgia") when that
    name is also a country's, which the title then does not mean; else None."""
    if c.organization or _ORDINAL.sub("", " ".join(c.title.lower().split())) not in _REGION_TITLES:
        return None  # ("the 76th Governor of Georgia": the ordinal counts the holders of the one office)
    # the place after the name, inside the evidence ("Governor Kemp of Georgia") or just after it
    a = _AFTER_END.search(body, c.start, c.end) or _AFTER.match(body, c.end)
    if a is None or not countries.country(a.group("region")):
        return None
    codes = {p.country for p in P.candidates(a.group("region")) if p.kind == "region"}
    return codes.pop() if len(codes) == 1 else None


def _region_after_name(body: str, c: "Candidate") -> tuple[bool, str | None]:
    """Whether a region is written after the holder's name ("Attorney General Jane Roe of New
    Jersey", "Secretary of State Roe of Michigan"), inside the evidence or just after it.

    Returns:
        (qualified, nation of the region).
    """
    a = _AFTER_END.search(body, c.start, c.end) or _AFTER.match(body, c.end)
    if a is None or a.start() < c.title_start + len(c.title):
        return False, None
    code = _leading_region(a.group("region"))
    return (True, code) if code else (False, None)


# "Vice Chancellor on the Delaware Court of Chancery", "Judge of the Court of Appeals of Ohio": a
# post in an institution that a region's name qualifies
_INSTITUTION = re.compile(r"\b(?:on|of|at|for|in)\s+(?:the\s+)?(?P<words>(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+)")


def institution_region(title: str) -> str | None:
    """The one nation of the regions that qualify the institution of a title ("Vice Chancellor on
    the Delaware Court of Chancery" -> USA), or None."""
    codes = {code for m in _INSTITUTION.finditer(title) if (code := _leading_region(m.group("words")))}
    return codes.pop() if len(codes) == 1 else None


def state_offices(body: str, cands: "list[Candidate]") -> None:
    """Give the national-only category of a sub-national office ``official_other`` (in place), and
    a governor of a region named like a country that region's nation.

    Args:
        body: The Doc text.
        cands: The resolved candidates; each ``title_start`` locates its title in ``body``.
    """
    for c in cands:
        if c.country is None and not c.organization and (place := institution_region(c.title)):
            c.country, c.country_source = place, "institution"  # a state court's judge: the nation's office
        code = _region_homonym(body, c)
        if code and code != c.country:
            for o in cands:  # (and the offices that took its country from it: "elected State Senator")
                if o is not c and o.country == c.country and o.country_source == "earlier_role" and o.name == c.name:
                    o.country = code
            c.country, c.country_source = code, "institution"
        lead = None if c.organization else title_region(c.title)
        if lead is not None and c.role == "official_other" and classify(lead[1]) == "legislator" \
                and not (c.country and lead[0] != c.country):
            c.role = "legislator"  # "Colorado U.S. Senator", "Virginia State Senator": a legislature's seat
            continue
        if c.role not in _NATIONAL_ONLY or c.organization or c.title_start < 0:
            continue
        at = body.find(c.title, c.title_start, c.end + 1) if c.title else -1
        if at < 0:
            # the title read without the region's possessive ("Secretary of North Carolina's
            # Department of Health" read as "Secretary of Department of Health")
            m = _REGION_POSSESSIVE.search(body, c.title_start, max(c.title_start, c.end))
            code = region_nation(m.group("region")) if m else None
            r = _OF_NAMED_REGION.search(body, c.title_start, max(c.title_start, c.end))
            if code is None and r is not None:  # "Prime Minister of Iraq's Kurdistan Region" read as "... of Kurdistan Region"
                code = countries.country(r.group("country")) if r.group("country") else c.country
                if code is None or code == c.country:
                    c.role = "official_other"
                continue
            if code and not (c.country and code != c.country):
                c.role = "official_other"
                if not c.country:
                    c.country, c.country_source = code, "institution"
            continue
        qualified, code = region_before(body, at, at + len(c.title))
        if not qualified and lead is not None:
            qualified, code = True, lead[0]  # "Colorado Attorney General": the region written in the title
        if not qualified:
            qualified, code = _region_after_name(body, c)
        if not qualified or (code and c.country and code != c.country):
            continue
        c.role = "official_other"
        if code and not c.country:
            c.country, c.country_source = code, "institution"
