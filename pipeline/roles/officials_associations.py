"""Posts in the associations of state and local officials are no public offices: "Chair of the
National Governors Association", "President of the Council of State Governments", "a member of the
National Conference of State Legislatures", "President of the National League of Cities".

Governors, legislators, mayors and county officials have national associations (Wikipedia: "Big
Seven (intergovernmental organizations)": the National Governors Association, the National
Conference of State Legislatures, the Council of State Governments, the National Association of
Counties, the National League of Cities, the U.S. Conference of Mayors, the International
City/County Management Association; and the parties' governors associations). They are nonprofit
member organisations, not governments: a chair or member of one holds no public office by it
(annotation guide: roles are public offices; jobs in charities are not roles), though only
officials join them and their names carry government words ("State", "Governors", "Mayors"),
which make the other rules read them as public bodies.
"""

from __future__ import annotations

import re

from ..knowledge.offices import title_key, word_group

__all__ = ["officials_association_post"]


def officials_association_post(title: str, after: str = "") -> bool:
    """Whether ``title`` is a post in an association of state or local officials.

    Args:
        title: A role's title as written.
        after: The words written after the title; the reader may stop a title inside the
            association's name ("Chair of the National | Governors Association").

    Returns:
        True when the title, with the words after it up to the next comma or full stop, names one
        of the associations (``offices.json`` words ``officials_associations``).
    """
    key = title_key(title + " " + re.split(r"[,;.\n(]", after, maxsplit=1)[0])
    return any(name in key for name in word_group("officials_associations"))
