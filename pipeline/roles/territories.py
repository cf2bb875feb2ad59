"""Territories whose governments are a nation's own sub-national governments.

ISO 3166-1 gives some territories codes of their own (Puerto Rico PRI, Guam GUM), and the
gazetteer reads their names as countries. The annotation guide counts state and local government
as public office of the nation ("a US governor is USA"), and a territory's government is such a
government: a judge of the Puerto Rico Court of Appeals or the Governor of Guam serves the United
States.

Source: the inhabited territories of the United States (48 U.S.C. chapters 4 (Puerto Rico), 8A
(Guam), 12 (Virgin Islands), 13 (American Samoa) and 17 (Northern Mariana Islands); U.S.
Department of the Interior, Office of Insular Affairs, "Political Status of the Territories").
Territories of other nations are left as they are: their standing differs from one to another
(Greenland and Hong Kong have governments of their own that the guide does not settle).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .reader import Candidate

__all__ = ["sovereign", "territory_offices"]

_SOVEREIGN = {
    "PRI": "USA",  # Puerto Rico
    "GUM": "USA",  # Guam
    "VIR": "USA",  # United States Virgin Islands
    "ASM": "USA",  # American Samoa
    "MNP": "USA",  # Northern Mariana Islands
}


def sovereign(code: str | None) -> str | None:
    """The nation whose territory ``code`` is ("PRI" -> "USA"); any other code unchanged."""
    return _SOVEREIGN.get(code, code) if code else code


def territory_offices(cands: "list[Candidate]") -> None:
    """Give an office of a territory's government the territory's nation (in place)."""
    for c in cands:
        if c.country in _SOVEREIGN:
            c.country = _SOVEREIGN[c.country]
