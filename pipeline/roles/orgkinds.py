"""What an organisation named in or beside an office title stands for (roles stage).

A government's seat or institution ("the Kremlin", "Pentagon") speaks for its country; a
government body's name is part of the title; an international organisation's organ is the
organisation's; anything else is the company or union an official serves. Split out of
:mod:`.reader`, which asks these questions of its tokens.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..knowledge import countries as gazetteer
from ..knowledge.offices import load_offices
from ..knowledge.units import institution_country
from ..knowledge.wordlists import word_set
from .corporate import government_corporation
from .io_posts import organ_of

_WS = re.compile(r"\s+")
# A country's government named as a whole ("the Government of the Republic of Fiji").
_GOVERNMENT_OF = re.compile(r"^(?:the\s+)?government\s+of\s+(?:the\s+)?(.+)$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _named_institutions() -> dict[str, str]:
    """Seats and institutions of governments by name ("Pentagon", "Kremlin"), lower case."""
    off = load_offices()
    out: dict[str, str] = {}
    for name, code in (*off.institutions, *((lit, code) for lit, _, code in off.seats)):
        out.setdefault(gazetteer.key(name), code)
    return out


def _place_name(name: str, gaz: gazetteer.Gazetteer) -> str | None:
    """ISO3 of a country or of a sub-national region's nation when an organisation's whole name
    is that place's name (the model tags regions as bodies: "Balochistan Chief Minister"); a
    region's office stays a region's (roles.state_offices reads the place before the title)."""
    from .state_offices import region_nation  # imported here: state_offices reads places, a larger module

    plain = _WS.sub(" ", name).strip()
    return gaz.country(plain) or region_nation(plain)


def institution_of(name: str) -> str | None:
    """ISO3 of a seat or institution of a government ("Kremlin", "the Pentagon"), else None."""
    return institution_country(name) or _named_institutions().get(gazetteer.key(name))


_MEMBER_OF = re.compile(r"^members?\s+of\s+(?:the\s+)?(.+)$", re.IGNORECASE)


def member_of_institution(title: str) -> bool:
    """Whether a "Member of X" title names a government institution of the office ontology
    ("Member of the Council of Economic Advisers"): a seat on a public body, an office, even when
    the body's name does not end in a body word ("board", "commission") that marks it public."""
    m = _MEMBER_OF.match(title.strip())
    return m is not None and any(gazetteer.key(m.group(1)) == gazetteer.key(name) for name, _ in load_offices().institutions)


def org_kind(name: str, gaz: gazetteer.Gazetteer) -> tuple[str, str] | None:
    """What an organisation named in a title stands for: a government body -> None (its words
    are part of the title: "National Security Council spokesperson"); a government's seat or
    national bank -> ("country", ISO3) ("Kremlin spokesman", "Bank of Japan Governor"); anything
    else -> ("company", name), the organisation a company or union official serves ("Boeing CEO")."""
    off = load_offices()
    if (org := organ_of(name, gaz)) is not None:
        return ("org", org)  # "African Union Commission": the organisation's organ
    if (whole := _GOVERNMENT_OF.match(name)) and (code := gaz.names.get(gazetteer.key(whole.group(1)))):
        # "the Government of Spain": the country's government as a whole (a country's name, not
        # its capital's: "the Government of Madrid" is the region's)
        return ("country", code)
    words = [w.strip(".,'’").lower() for w in name.split()]
    if any(w in off.gov_body_words for w in words) or name.replace(".", "").replace("-", "").isupper():
        return None  # acronyms are mostly agencies ("CIA", "MI6"): part of the title as before
    if words and off.is_unit_name(words):
        return None  # a military formation or public body ("Carrier Strike Group 4"): part of the title
    if words and words[-1] in off.modifiers:
        return None  # a portfolio ending in a title word ("Andean Affairs", "Cyber Policy"): part of the title
    if len(words) > 2 and words[0] in off.modifiers and words[1] == "for":
        # "Under Secretary of Commerce for Intellectual Property": a department, then the post's portfolio
        return None
    if government_corporation(name):
        return None  # "the Millennium Challenge Corporation": a government corporation (31 U.S.C. 9101), a public body
    code = institution_of(name)
    if code:
        return ("country", code)
    if (code := _place_name(name, gaz)) is not None:
        return ("country", code)  # "Sonora Governor X" with "Sonora" tagged a body: the region's nation
    if any(w in off.bank_words for w in words):
        for w in name.split():
            code = gaz.country(w.strip(".,"))
            if code:
                return ("country", code)
        return None
    return ("company", _WS.sub(" ", name).strip())


# Nouns that end the names of units of a body ("General Crimes Section", "Fraud Unit"), never a
# person's name.
BODY_NAME_WORDS = word_set("roles", "body_unit_words")

# Nouns that end the names of buildings and rooms ("Eisenhower Executive Office Building", "South
# Court Auditorium"), which a remarks transcript writes as its place line: never a person's name.
FACILITY_LAST_WORDS = word_set("roles", "facility_last_words")

# Words ending organisation names that also end a state's own bodies ("Kenya Army", "Japan
# Coast Guard Command", "Korea Development Bank", "Ghana Cocoa Council"): a place before them is
# the state the body belongs to, so it stays the country served.
STATE_BODY_WORDS = word_set("roles", "state_body_words")
