"""A nation's ambassador to the United Nations written "UN Ambassador X": the nation's envoy.

"UN Ambassador Linda Thomas-Greenfield", "U.N. Ambassador Nikki Haley", "Chief Speechwriter for
UN Ambassador Richard Holbrooke": the organisation's name before "Ambassador" says where the envoy
is posted, as "Ambassador to the United Nations" does. The United Nations sends no ambassadors;
member states do (UN Charter, art. 9; a permanent representative serves the state that accredits
them), and the annotation guide gives a person the government they serve. The title reader takes
the prefixed organisation for the one served (organisation "UN", no country); when the text names
no country with the title ("Japan's UN Ambassador X" is read as Japan's by the title reader), the
envoy is the document's own government's (its home country: a White House release names its own
ambassador without "U.S.").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .reader import Candidate

__all__ = ["national_un_ambassadors"]

# the organisation's name written right before the envoy's title ("UN Ambassador", "U.N. Envoy",
# "United Nations Ambassador"); a hard-wrapped line may separate them
_UN_PREFIXED = re.compile(r"(?:\bU\.\s?N\.|\bUN|\bUnited\s+Nations)\s+(?=(?:Ambassador|Envoy|Permanent\s+Representative)\b)")
# the envoy's titles a member state's mission to the UN gives (the mission's head)
_ENVOY_TITLES = frozenset({"ambassador", "envoy", "permanent representative"})


def national_un_ambassadors(body: str, cands: "list[Candidate]", home: str | None) -> None:
    """Give "UN Ambassador X" (organisation UN, no country) the document's home country (in place).

    Args:
        body: The Doc text.
        cands: The resolved candidates.
        home: The article's home country (:attr:`pipeline.context.ArticleContext.home_country`);
            without one the reading is left as it is (whose envoy it is is not written).
    """
    if home is None:
        return
    for c in cands:
        if c.organization != "UN" or c.country is not None or c.role != "ambassador" \
                or c.title.strip().lower() not in _ENVOY_TITLES or c.title_start < 0:
            continue
        # the prefix is written at the title's start or just before it (the title text drops it):
        # it must end where the title's own first word stands
        at = body.find(c.title.split()[0], c.title_start)
        lo = max(0, c.title_start - 16)
        if at < 0 or not any(m.end() == at for m in _UN_PREFIXED.finditer(body, lo, at + 25)):
            continue
        c.country, c.organization, c.country_source = home, None, "publisher"
