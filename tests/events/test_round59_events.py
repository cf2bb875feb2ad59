"""Round 59: a legal instrument as the subject of the act it enacts.

Fact sheets say what a signed order does with the order as subject: "The Proclamation imposes full
restrictions on X", "The order blocks the property of ...", and in the next bullet "It adds ...".
The act is its signer's (events/documentacts.py :func:`subject_enactor`): the issuer written on
the instrument, or whoever last issued an instrument of that name before it ("President X signed
a Proclamation"). Only for the acts a government does by law (SANCTION, COERCE, CONCEDE, ...), a
verb of fact (not "will impose", not negated), and not a verb undoing what it names ("revokes
sanctions"). A text with no signer of the instrument, or a court's order, keeps no event.

Every text is invented for these tests.
"""

from __future__ import annotations

import pytest

from .rows import event_rows as _events


def _types(text: str) -> set[tuple]:
    return {(r[0], r[1], r[3]) for r in _events("Fact Sheet\n\n" + text, published="2025-12-16")}


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Today, President Ana Roe signed a Proclamation. The Proclamation imposes full restrictions on Laos and"
     " Sierra Leone.", {("SANCTION", "Ana Roe", "Laos"), ("SANCTION", "Ana Roe", "Sierra Leone")}),
    ("Today, President Ana Roe signed an executive order. The order imposes sanctions on Iran.",
     {("SANCTION", "Ana Roe", "Iran")}),
    ("Today, President Ana Roe signed a Proclamation expanding entry restrictions.\n\nIt imposes full"
     " restrictions on 2 countries: Laos and Sierra Leone.", {("SANCTION", "Ana Roe", "Laos")}),
    ("Today, President Ana Roe signed an executive order. The order lifts sanctions on Syria.",
     {("CONCEDE", "Ana Roe", "Syria")}),
])
def test_an_instrument_enacts_its_signers_act(text, expected):
    assert expected <= _types(text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The order imposes sanctions on Iran.",  # no signer written
    "Today, President Ana Roe signed an executive order. The order will impose sanctions on Iran.",  # a plan
    "Today, President Ana Roe signed an executive order. The order revokes sanctions on Syria.",  # undone
    "Last week a court issued an order. The order banned the rally in Nairobi.",  # a court's order
])
def test_no_enactor_no_event(text):
    assert not any(t in ("SANCTION", "COERCE") and a == "Ana Roe" or t == "SANCTION" and a is None
                   for t, a, _ in _types(text))
