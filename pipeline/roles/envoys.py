"""An envoy is no head of a diplomatic mission: "President Biden's envoy to Yemen, X", "Envoy X".

The office ontology reads "envoy" as a diplomatic representative, with "ambassador" (offices.json,
the pattern after the mission titles), so "envoy to Yemen" became an ambassador. A special or
presidential envoy is sent to deal with a conflict, a region or an issue ("the Port Envoy", "the
Hostage Envoy", "envoy to Yemen" for its war), not accredited as the head of a mission: the
annotation guide's "diplomacy" role is the ambassador who heads one, and every envoy the
development gold names (26 of 26, "Special Envoy for ...", "envoy to Yemen", "AU envoy for the
Horn") is coded ``official_other``. A title that also names an ambassador ("Ambassador and Special
Envoy", "Ambassador-at-Large") keeps the ambassador reading.
"""

from __future__ import annotations

import re

__all__ = ["envoy_role"]

_ENVOY = re.compile(r"\benvoys?\b", re.I)
_AMBASSADOR = re.compile(r"\bambassador|high commissioner|charg[eé]", re.I)


def envoy_role(title: str, role: str) -> str:
    """``official_other`` for an envoy's title the ontology read as an ambassador; ``role`` otherwise.

    Args:
        title: The office title as written ("envoy to Yemen", "Special Envoy").
        role: The category the ontology gives it.
    """
    if role == "ambassador" and _ENVOY.search(title) and not _AMBASSADOR.search(title):
        return "official_other"
    return role
