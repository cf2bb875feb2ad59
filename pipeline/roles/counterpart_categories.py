"""The office category of a bare "counterpart" after the holders' offices are resolved.

"Secretary Austin spoke with his Japanese counterpart, Minoru Kihara": the counterpart holds the
office of the official it is the counterpart of (:func:`signatures.resolve_counterparts` copies
it from the nearest earlier title). A short title ("Secretary", "Minister") only gets its
category once the resolver has joined it to the holder's full title or the office-holder table,
so the counterpart takes the category again from the resolved holder.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .reader import same_person
from .signatures import COUNTERPART

if TYPE_CHECKING:
    from .reader import Candidate

_NEAR = 250
"""Characters from the holder's mention to the counterpart's within which the holder is the one
"counterpart" speaks of: about one sentence ("Secretary Austin spoke with his counterpart, X")."""


def counterpart_categories(out: "list[Candidate]") -> None:
    """Give (in place) each bare counterpart the resolved category of the nearest earlier office
    holder who is another person, written within about a sentence before it, when that holder's category is more specific than the generic
    "official_other" the counterpart was given."""
    for i, c in enumerate(out):
        if c.title.lower() not in COUNTERPART or c.role != "official_other":
            continue
        ref = next((o for o in reversed(out[:i]) if o.title.lower() not in COUNTERPART and o.start <= c.start
                    and not same_person(o, c)), None)
        if ref is not None and c.start - ref.start > _NEAR:
            continue  # a holder paragraphs back is not whose counterpart this is ("Is Jake in contact with his counterpart")
        if ref is not None and ref.role != "official_other":
            c.role = ref.role
