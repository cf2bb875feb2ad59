"""A "President" that heads a named body, not a country: "FIFA President X", "Bundesbank President X".

Wire copy writes a body's name right before a bare "President" ("UEFA President", "Bundesbank
President", "ECB President"): the body is what the holder presides over. A national institution
("Bundesbank", "Fed") makes a public official of its country; an international organisation the
gazetteer knows (ECB, NATO) an official of that organisation; any other body (a sports federation,
a club, a firm) is a private body, whose posts are no public office (annotation guide, "Rules").

An international organisation has no head of state or government either: a head-of-state
category left on an organisation's office (a plural "Presidents X and Y" repeating "Commission
President X") is that organisation's ``official_other``; so is its High Commissioner, whom the
ontology reads as a Commonwealth head of mission when the portfolio ("for Refugees") is cut off,
and its "representative" in a country ("the IMF's representative"), no member of a legislature.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..knowledge.countries import load as load_gazetteer
from ..nlp import text
from .orgkinds import institution_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .reader import Candidate

__all__ = ["body_heads"]

_LEADERS = frozenset({"head_of_state", "head_of_government"})
_BARE = frozenset({"president", "vice president", "vice-president"})


def body_heads(doc: "Doc", cands: "list[Candidate]") -> "list[Candidate]":
    """The candidates with body presidents re-read (see the module's docstring).

    Args:
        doc: The processed Doc (its entities name the body before the title).
        cands: Resolved candidates; each title is found from ``title_start`` (the office phrase,
            an institution before the title included) in ``doc.text``.
    """
    gaz = None
    out = []
    for c in cands:
        if c.organization and not c.country and (c.role in _LEADERS or c.role == "ambassador"
                                                  and "high commissioner" in c.title.lower()
                                                  or c.role == "legislator" and c.title.lower().endswith("representative")):
            # "the United Nations High Commissioner (for Refugees)": the organisation's officer,
            # not a Commonwealth country's head of mission
            out.append(replace(c, role="official_other"))
            continue
        at = text(doc).find(c.title, c.title_start, c.end) if c.title_start >= 0 else -1
        if c.role != "head_of_state" or c.title.lower() not in _BARE or at <= 0:
            out.append(c)
            continue
        body = _org_before(doc, at)
        if body is None:
            out.append(c)
            continue
        code = institution_of(body)
        if code is not None:
            out.append(replace(c, role="official_other", country=code, organization=None, country_source="title"))
            continue
        gaz = gaz or load_gazetteer()
        org = gaz.organization(body)
        if org is not None:
            out.append(replace(c, role="official_other", country=None, organization=org, country_source="title"))
        # else: a federation's, club's or firm's president: no public office
    return out


def _org_before(doc: "Doc", at: int) -> str | None:
    """The ORG entity written right before the character offset ``at`` (one space between), or
    None (read from the tokens' entity tags: ``doc.ents`` builds every span on each access)."""
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None or span.start == 0:
        return None
    k = span.start - 1
    if doc[k].ent_type_ != "ORG" or doc[k].idx + len(doc[k].text) not in (at - 1, at) or doc[k].pos_ == "ADP":
        return None  # (a name ends in no preposition: "the State Visit of | President X" is an event's words)
    lo = k
    while lo > 0 and doc[lo].ent_iob_ == "I" and doc[lo - 1].ent_type_ == "ORG":
        lo -= 1
    return doc[lo:k + 1].text
