"""A surname shared by several people of an article: the one the office-holder table lists.

White House texts name the President in their title line ("Remarks by President Biden") and
his relatives in full in the body ("my son, Beau Biden", "First Lady Jill Biden"): the surname
alone, written before any of the full names, is the office holder's. The dated office-holder
table (``office_holders`` of ``pipeline/data/offices.json``, with its sources) says which of
the full names is one.
"""

from __future__ import annotations

from ..knowledge.offices import folded_name_key, load_offices


def one_office_holder(heads: list[str]) -> str | None:
    """Of the full names ``heads`` a surname fits, the one the office-holder table lists (on
    any date), when it lists exactly one of them; None otherwise."""
    table = load_offices()
    listed = [h for h in heads if table.holders_named(folded_name_key(h))]
    return listed[0] if len(listed) == 1 else None
