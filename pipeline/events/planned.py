"""A consultation announced for the future and told again: one promise (AGREE), coded once.

Preview statements announce a visit or a meeting ("President A will welcome Prime Minister B to
the White House on July 25", "the Vice President will travel to Warsaw") and then say what it
will hold or show: "Her visit will demonstrate ...", "Following the leaders' meeting, they
will ...". The bare noun names the announced meeting again, as "during the meeting" does after a
meeting reported as done; a meeting announced is coded AGREE (the harmonised future rule), so
these are matched against the announced consultations, not against the CONSULT events. "The
leaders will discuss ..." is not such a restatement: the blind development sets (round 24) code
each future discussion of a preview as a promise of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .triggers import Trigger

if TYPE_CHECKING:
    from .context import Party

def _key(party: "Party | None") -> tuple[str | None, str | None]:
    if party is None:
        return None, None
    return (party.entity.id if party.entity is not None else None), party.country


class Plans:
    """The consultations a document announces for the future (AGREE coded from a CONSULT
    trigger), and whether a later trigger tells one of them again."""

    def __init__(self) -> None:
        self._sides: list[tuple[tuple[str | None, str | None], tuple[str | None, str | None]]] = []

    def note(self, trig: Trigger, typ: str, actor: "Party | None", recipient: "Party | None") -> None:
        """Record an event just coded when it announces a consultation."""
        if trig.type == "CONSULT" and typ == "AGREE" and actor is not None:
            self._sides.append((_key(actor), _key(recipient)))

    def _involves(self, actor: "Party") -> bool:
        a_id, a_country = _key(actor)
        for (p_id, p_country), (r_id, _) in self._sides:
            if a_id is not None and a_id in (p_id, r_id):
                return True
            if a_id is None and p_id is None and a_country is not None and a_country == p_country:
                return True
        return False

    def _other_meeting(self, actor: "Party", recipient: "Party | None") -> bool:
        """Whether a named counterpart sets the meeting apart from every one announced with ``actor``
        ("will host A ... the President's meeting with B" is a second meeting)."""
        r_id, _ = _key(recipient)
        if r_id is None:
            return False
        a_id, _ = _key(actor)
        return not any(r_id in (p_id, q_id) and (a_id is None or a_id in (p_id, q_id))
                       for (p_id, _), (q_id, _) in self._sides)

    def told_again(self, trig: Trigger, typ: str, actor: "Party | None", recipient: "Party | None" = None, *,
                   restating_noun: bool) -> bool:
        """Whether ``trig`` tells an announced consultation again: a bare noun naming it
        (``restating_noun``: "her visit", "the leaders' meeting", undated), by one of its sides,
        unless it names a counterpart none of them had. A verb of the future ("they will discuss
        X") is a promise of its own: the blind development sets code each such sentence."""
        if trig.type != "CONSULT" or actor is None or not self._sides or self._other_meeting(actor, recipient):
            return False
        return restating_noun and self._involves(actor)
