"""A cooperative act dated after the publication is one decided or promised, not done: AGREE.

A readout or fact sheet often tells a meeting, visit or joint programme still to come without a
future verb: "the leaders decided to hold a summit in Washington next year", "an upcoming summit
with President X on June 16", "the dialogue planned for May". PLOVER codes a promise or decision to
cooperate as AGREE (the project's harmonised convention: a cooperative act reported in the future,
promised or planned is AGREE), and the guide codes only what happened, is happening or is decided.
When the act's own resolved date lies wholly after the publication date, the act cannot have
happened yet; its cooperative type (:data:`.filters.COOPERATIVE`) becomes AGREE. Conflictual acts
announced ahead (sanctions, deployments) keep their type, as "will impose sanctions" does. A verb
in the past tense ("the parties discussed", "welcomed"), or a noun a past verb governs, tells an
act done: a later date on it is a resolution slip, and the act keeps its type.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from .filters import COOPERATIVE

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..records import Event

__all__ = ["scheduled_acts"]

_VALUE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def _after(value: str | None, published: date) -> bool:
    """Whether a TIMEX value (year, month or day) starts after the publication date."""
    m = _VALUE.match(value or "")
    if m is None:
        return False
    year, month, day = int(m.group(1)), m.group(2), m.group(3)
    if day is not None:
        return date(year, int(month), int(day)) > published
    if month is not None:
        return (year, int(month)) > (published.year, published.month)
    return year > published.year


_PAST = frozenset({"VBD", "VBN"})


def _told_done(tok: "Token | None") -> bool:
    """Whether the trigger, or the verb governing a noun trigger, is in the past tense."""
    if tok is None:
        return True
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    return tok.tag_ in _PAST or (verb.pos_ in ("VERB", "AUX") and verb.tag_ in _PAST)


def scheduled_acts(events: "tuple[Event, ...]", published: str | None, triggers: "list[Token | None]") -> "tuple[Event, ...]":
    """The events with every cooperative act dated after ``published`` made AGREE (module docstring).

    Args:
        events: The events of one document.
        published: The publication date (ISO 8601), or None when unknown (nothing changes).
        triggers: Each event's trigger token (None where it is not found).
    """
    try:
        pub = date.fromisoformat((published or "")[:10])
    except ValueError:
        return events
    return tuple(replace(e, type="AGREE") if e.type in COOPERATIVE and _after(e.date_value, pub) and not _told_done(t)
            else e for e, t in zip(events, triggers))
