"""Officials of a dependent territory serve the state it belongs to.

A territory's government is a part of its state's system the way a state or province is: a
judge on the Guam Superior Court, a Puerto Rico senator or the Attorney General of the U.S.
Virgin Islands serves the United States in the guide's sense ("state or local government:
country = the nation"), although ISO 3166-1 gives the territory its own code and the
gazetteer resolves its name to that code. The codes are data (``offices.json``
``united_states_territories``, with their source: 48 U.S.C. chapters 4, 8A, 12, 13 and 17;
the Interior Department's Office of Insular Affairs). Territories of other nations are
left as they are: their standing differs from one to another (Greenland and Hong Kong have
governments of their own that the guide does not settle).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..knowledge.offices import word_group

if TYPE_CHECKING:
    from .reader import Candidate

__all__ = ["sovereign", "sovereign_country", "territory_offices"]

_US_TERRITORIES_KEY = "united_states_territories"


def sovereign_country(code: str | None) -> str | None:
    """The state whose government includes a territory's ("PRI" -> "USA"); any other code as is.

    Args:
        code: An ISO 3166-1 alpha-3 code, or None.

    Returns:
        "USA" for a United States territory's code, else ``code`` unchanged.
    """
    if code is not None and code in word_group(_US_TERRITORIES_KEY):
        return "USA"
    return code


# Court names and office candidates both ask the same question under this shorter name.
sovereign = sovereign_country


def territory_offices(cands: "list[Candidate]") -> None:
    """Give each candidate whose country is a dependent territory its state (set in place).

    Applied once, where roles are resolved; a country a court's name lends later goes through
    ``sovereign`` there ("the Guam Superior Court").

    Args:
        cands: The candidates, with the countries explicit evidence gave them.
    """
    for c in cands:
        c.country = sovereign_country(c.country)
