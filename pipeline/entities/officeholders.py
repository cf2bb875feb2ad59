"""A surname shared by several people of an article: the one the office-holder table lists.

White House texts name the President in their title line ("Remarks by President Biden") and
his relatives in full in the body ("my son, Beau Biden", "First Lady Jill Biden"): the surname
alone, written before any of the full names, is the office holder's. The dated office-holder
table (``office_holders`` of ``pipeline/data/offices.json``, with its sources) says which of
the full names is one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..knowledge.offices import folded_name_key, load_offices
from ..names import is_given_name

if TYPE_CHECKING:
    from .lexicon import Group


def one_office_holder(heads: list[str]) -> str | None:
    """Of the full names ``heads`` a surname fits, the one the office-holder table lists (on
    any date), when it lists exactly one of them; None otherwise."""
    table = load_offices()
    listed = [h for h in heads if table.holders_named(folded_name_key(h))]
    return listed[0] if len(listed) == 1 else None


def listed_surnames(names: dict[str, set[str]]) -> frozenset[str]:
    """Of one-word names written after an office (name -> the two words before it: "President
    Roe", "Vice President Roe"), those the office-holder table lists as a holder of that office:
    such a name is the holder's even when the article names only a relative in full ("my
    husband, President Roe" in a speech of "First Lady Ana Roe"), so it joins that relative only
    if the table lists the relative too (:func:`pipeline.entities.persons.group_persons`)."""
    table = load_offices()
    out = set()
    for name, before in names.items():
        rows = table.holders_named(folded_name_key(name))
        # an office of its own category: every unknown title is an "official_other"
        if rows and {h.role for h in rows} & {table.classify(t) for b in before for t in (b, b.split()[-1])} \
                - {"official_other"}:
            out.add(name)
    return frozenset(out)


def relative_of_holder(name: str, full: str) -> bool:
    """Whether the full name ``full`` is a relative of the office holder the one-word ``name``
    stands for ("my husband, President Roe" beside "Ana Roe"): the table lists a holder named
    ``name`` but not ``full``, and no listed holder of that name shares ``full``'s first word, so
    a spelling the table lacks ("Lee Jae Myung", "Mohammed Shia'a Al-Sudani") still joins.

    Args:
        name: The one-word surname after the office title.
        full: A full name of the article with that surname.
    """
    table = load_offices()
    rows = table.holders_named(folded_name_key(name))
    key = folded_name_key(full)
    if not rows or not key or table.holders_named(key):
        return False
    first = folded_name_key(full.split()[0]) if full.split() else frozenset()
    return not any(first and first <= h.key for h in rows)


def _ends(name: str) -> tuple[frozenset[str], frozenset[str]]:
    """Keys of the first word and of the last word that is no suffix ("Jr.") of a name."""
    keys = [k for k in map(folded_name_key, name.split()) if k]
    return (keys[0], keys[-1]) if keys else (frozenset(), frozenset())


def holder_first_names(people: list["Group"]) -> list["Group"]:
    """``people`` with a first name written alone ("Joe", "Kamala") merged into the surname
    written alone ("Biden", "Harris") when together they name exactly one person of the
    office-holder table: speeches call the President "Joe" and "President Biden" in one text.

    Args:
        people: Person groups of one article.

    Returns:
        The groups, a merged first name's group dropped and its mentions added to the surname's,
        which takes the full name ("Joe Biden").
    """
    table = load_offices()
    single = [g for g in people if len(g.name.split()) == 1]
    merged: set[int] = set()
    for first in single:
        if not is_given_name(first.name) or id(first) in merged:
            continue
        own = folded_name_key(first.name)
        # the table's own spelling of the first name, not a familiar form of it: "Alex" in a briefing
        # is the reporter called on, not "Alexander Lukashenko" of the surname written elsewhere
        ends = {_ends(h.name)[1] for h in table.holders_containing(own)
                if _ends(h.name)[0] == own and h.name.split()[0].lower() == first.name.lower()}
        if not ends:
            continue  # no listed person has this first name: no lookup per pair
        # one listed person whose name starts with the first name and ends with the surname, in
        # that order ("John" + "Kerry", not "Kerry" + "John")
        fits = [g for g in single if g is not first and id(g) not in merged and folded_name_key(g.name) in ends
                and {_ends(h.name) for h in table.holders_named(folded_name_key(f"{first.name} {g.name}"))}
                == {(folded_name_key(first.name), folded_name_key(g.name))}]
        if len(fits) == 1:
            fits[0].mentions.extend(first.mentions)
            # the two words together are the person's full name, the table's: it names the one
            # person a reader of either word alone would find ("Karine" and "Jean-Pierre")
            fits[0].name = f"{first.name} {fits[0].name}"
            merged.add(id(first))
    return [g for g in people if id(g) not in merged] if merged else people
