"""Offices of international organisations written the way wire copy writes them.

Two forms the gazetteer's names of organisations (``countries_extra.json``) do not cover:

- an organ of an organisation named with the organisation's name and a body word ("African Union
  Commission chairperson", "ECOWAS Commission President", "NATO Council"): the office serves
  the organisation, not a government;
- the European Commission's own style, which writes its offices with "Commission" alone
  ("Commission President", "Commission Vice-President", "Commission spokesperson": the
  Commission's press corner, ec.europa.eu/commission/presscorner).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..knowledge.offices import load_offices

if TYPE_CHECKING:
    from ..knowledge.countries import Gazetteer

# The organs an organisation's name is written with ("the African Union Commission", "the OAS
# Permanent Council", "the ECOWAS Authority", "the WTO Secretariat").
_ORGAN_WORDS = frozenset({"commission", "council", "secretariat", "assembly", "authority", "parliament", "court"})

# "European Commissioner for Trade", "European Economy Commissioner": the Commission's members are
# "Commissioners" (ec.europa.eu, "The Commissioners"); "European" names the Commission, as
# "Commission" alone does, with the portfolio written before the title in wire copy.
_COMMISSION_STYLE = re.compile(r"^commission (?:vice[- ])?president\b|^commission spokes(?:person|man|woman)\b"
                               r"|^european (?:[a-z-]+ ){0,3}commissioner\b", re.IGNORECASE)


def known_org(name: str, gaz: "Gazetteer") -> str | None:
    """The organisation a name written in the text, or an entity's canonical short name, stands
    for ("African Union" and "AU" -> "AU"); None for any other name."""
    org = gaz.organization(name)
    if org is None and name in _codes(gaz):
        org = name  # the entity stage names an organisation by its short name ("AU")
    return org


def _codes(gaz: "Gazetteer") -> frozenset[str]:
    codes = _CODES.get(id(gaz))
    if codes is None:
        codes = _CODES[id(gaz)] = frozenset(gaz.organizations.values())
    return codes


_CODES: dict[int, frozenset[str]] = {}


def organ_of(name: str, gaz: "Gazetteer") -> str | None:
    """The international organisation whose organ a body's name names ("African Union
    Commission" -> "AU", "ECOWAS Commission" -> "ECOWAS"), else None ("National Security
    Council", "Election Commission")."""
    words = name.split()
    if len(words) < 2 or words[-1].lower() not in _ORGAN_WORDS:
        return None
    return gaz.organization(" ".join(words[:-1]))


def commission_style_org(title: str) -> str | None:
    """"EU" for an office written in the European Commission's own style without the
    organisation's name ("Commission President", "Commission Vice-President"), else None."""
    off = load_offices()
    if _COMMISSION_STYLE.match(title) and not off.title_country(title):
        return "EU"
    return None
