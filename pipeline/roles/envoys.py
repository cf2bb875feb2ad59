"""An envoy who heads no diplomatic mission: "Envoy X", "the Port Envoy", "Hostage Envoy X".

The office ontology reads "envoy" as a diplomatic representative, with "ambassador" (offices.json,
the pattern after the mission titles). Wire English does use "envoy" for a head of mission, with
the sending country and the state or body it is posted to: "China's envoy to the United Nations",
"India recalled its envoy to Canada", "Japan's envoy in Beijing", "Envoy Extraordinary and Minister
Plenipotentiary"; those stay ambassadors. A government's own texts name an envoy sent to deal with
an issue, a conflict or a region, with no country written and no post: "Envoy Porcari", "the Port
Envoy", "Hostage Envoy Adam Boehler", "the UN envoy" (and "Special Envoy for ...", which the
ontology already reads so). Such an envoy is accredited to no one; the annotation guide's diplomacy
role is the ambassador who heads a mission, and the development gold codes these envoys
``official_other``.
"""

from __future__ import annotations

import re

__all__ = ["envoy_role"]

_ENVOY = re.compile(r"\benvoys?\b", re.I)
_AMBASSADOR = re.compile(r"\bambassador|high commissioner|charg[eé]|extraordinary|plenipotentiary|nuncio|diplomatic", re.I)
_POSTED = re.compile(r"\benvoys?\s+(?:to|in|at)\b", re.I)


def envoy_role(title: str, role: str, country: str | None = None) -> str:
    """``official_other`` for an envoy's title the ontology read as an ambassador, when no country is
    written with it and it names no post ("to"/"in" a state or body); ``role`` otherwise.

    Args:
        title: The office title without its country words ("Envoy", "Port Envoy", "envoy to Yemen").
        role: The category the ontology gives it.
        country: The country written with the title, if any ("China's envoy").
    """
    if role == "ambassador" and country is None and _ENVOY.search(title) and not (
            _AMBASSADOR.search(title) or _POSTED.search(title)):
        return "official_other"
    return role
