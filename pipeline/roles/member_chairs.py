"""A bare "Chair" or "Chairman" held by a sitting legislator is a post of the legislature: "Majority
Leader X and Chair Y" where the text also calls Y "Senator Y".

Before a name, "Chair"/"Chairman" alone names no body: a central bank's, a commission's, a party
committee's or a legislature's committee's chair. When the same person holds a current seat in a
legislature in the same text, the chair written alone is the chair of one of its committees,
which the chambers' rules give to members only; so is a chair named beside a committee's "Ranking
Member" ("Chair X and Ranking Member Y"), a post only a legislature's committees have, and one
written with a member of Congress's party-and-state tag ("Chairman X (R-MO)") or with the chamber's
committee after the name ("Chairman X at the House Ways and Means Committee") (U.S. Senate Rule XXIV and House Rule X: committee
chairs are elected from the members; UK House of Commons Standing Order 122B: select committee
chairs are Members); so is a chair a speech names among the members of a legislature ("to the
members of Congress who are here, including ... Chairman X"): the annotation guide's category for it is legislator, as for "Chairman of
the Foreign Relations Committee". A chair of another body held beside a seat is written with that
body's name, and keeps its category.
"""

from __future__ import annotations

import re

__all__ = ["sitting_member_chairs"]

# "Chair X and Ranking Member Y": a committee's chair named beside its ranking member, a post only
# a legislature's committees have (see pipeline.roles.ranking_members), within a phrase's reach
_PAIR_CHARS = 60
# after the name: a member of Congress's party-and-state tag ("(R-MO)", "(D-Calif.)": AP Stylebook,
# "party affiliation"), or a chamber's committee the chair is "of"/"at" ("Chairman X (MO) at the
# House Ways and Means Committee"), a state's abbreviation between
_MEMBER_AFTER = re.compile(r"[^\S\n]*(?:\([RDI]-[A-Z][A-Za-z. ]{1,12}\)|(?:\([A-Z][A-Za-z.]{1,5}\)[^\S\n]*)?,?[^\S\n]*"
                           r"(?:at|of|on)[^\S\n]+the[^\S\n]+(?:U\.S\.[^\S\n]+)?(?:House|Senate)\b[^.\n]{0,60}?Committee\b)")
# before the chair, in its paragraph: the members of a legislature the speaker is naming ("to the
# members of Congress who are here, including ... Chairman X", "several members of Ohio's
# congressional delegation. I want to mention Chairwoman Y"): a chair named among them is theirs
_AMONG_MEMBERS = re.compile(r"\bmembers[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?(?:Congress\b|(?:House|Senate)\b|"
                            r"[A-Z][\w.]*(?:[^\S\n]+[A-Z][\w.]*)*(?:'s|’s)[^\S\n]+[Cc]ongressional[^\S\n]+[Dd]elegation\b)"
                            r"|\b[Cc]ongressional[^\S\n]+[Dd]elegation\b")
_MEMBERS_REACH = 220  # characters before the chair: the naming sentence and the one before it
_PARAGRAPH = re.compile(r"\n[^\S\n]*\n")
_BODY_BEFORE = re.compile(r"\b[A-Z][\w.&’'-]*[^\S\n]+$")  # a capitalised word written right before the title
# before the chair: a chamber's committee the staff post or the work was "for" ("served on the staff of
# the House Committee on Oversight for Chairman X"): that committee's chair
_COMMITTEE_FOR = re.compile(r"\b(?:House|Senate)\s+(?:[A-Z][\w&’'-]*\s+){0,4}Committee\b(?:\s+on\s+(?:the\s+)?"
                            r"[A-Z][\w&’'-]*(?:,?\s+(?:and\s+|&\s+)?[A-Z][\w&’'-]*){0,5})?(?:\s+staff)?\s+(?:for|under)\s+$")
_BARE_CHAIR = re.compile(r"^(?:Vice[ -])?(?:Co-)?Chair(?:man|woman|person)?$", re.IGNORECASE)


def _who(c) -> object:
    """The person of a reading: the entity's id, else the name written."""
    return c.person.id if c.person is not None else c.name


def sitting_member_chairs(body: str, out: list) -> None:
    """Make, in place, a current bare "Chair"/"Chairman" of a person the text also gives a current
    legislator's office, or named beside a "Ranking Member", a legislator.

    Args:
        body: The document text (the readings' offsets point into it).
        out: The stage's resolved readings (:class:`pipeline.roles.reader.Candidate`).
    """
    chairs = [c for c in out if c.role == "official_other" and c.status == "current" and not c.organization
              and _BARE_CHAIR.match(c.title.strip())]
    if not chairs:
        return
    seats = {(_who(c), c.country) for c in out if c.role == "legislator" and c.status == "current"}
    ranking = [c.start for c in out if c.role == "legislator" and c.title == "Ranking Member"]
    for c in chairs:
        if (_who(c), c.country) in seats or any(abs(c.start - r) <= _PAIR_CHARS for r in ranking) \
                or _MEMBER_AFTER.match(body, c.end) or _among_members(body, c.title_start, c.title) \
                or c.title_start > 0 and _COMMITTEE_FOR.search(body, max(0, c.title_start - 120), c.title_start):
            c.role = "legislator"


def _among_members(body: str, at: int, title: str) -> bool:
    """Whether the chair ``title`` at ``at`` is named among the members of a legislature just
    before it, in the same paragraph, written bare ("Chairman X", not "Fed Chairman X")."""
    if at < 0 or not body.startswith(title, at) or _BODY_BEFORE.search(body, max(0, at - 40), at):
        return False  # "Fed Chairman X", "CEQ Chair Y": another body's chair, whoever is named near
    before = body[max(0, at - _MEMBERS_REACH):at]
    breaks = list(_PARAGRAPH.finditer(before))
    if breaks:
        before = before[breaks[-1].end():]
    return _AMONG_MEMBERS.search(before) is not None
