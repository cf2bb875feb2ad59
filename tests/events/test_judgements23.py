"""Events: a predicate of censure on an act ("X's attack is unacceptable", "this vote was a sham") is ACCUSE
by whoever says it, aimed at whose act it is (:mod:`pipeline.events.judgements`); a norm, a modal or a
negated verdict is none.

Sentences are invented; none comes from a development, evaluation or stress text. Each text is the body of
a statement whose title names its author.
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

_TITLE = "Statement from President Joe Biden Regarding Black Sea Shipping"

CASES = [
    # the author condemns the act; the attack itself is ASSAULT by its owner
    ("Russia's missile attack on the grain port was unacceptable.", [("ASSAULT", "RUS"), ("ACCUSE", "Joe Biden")]),
    ("This so-called election in the occupied region was a sham.", [("ACCUSE", "Joe Biden")]),
    # one verdict per sentence
    ("This vote was unjustified, it was unwarranted, and it was a farce.", [("ACCUSE", "Joe Biden")]),
    # a norm about no one's act, a warning under a modal, a negated verdict: none
    ("The use of chemical weapons is unacceptable.", []),
    ("It would be unacceptable for the regime to expel the monitors.", []),
    ("This vote was not unjustified.", []),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:48] for c in CASES])
def test_censure_predicates(event_inputs, text, expected):
    doc, ents, roles, dates = event_inputs(_TITLE + "\n\n" + text, title=None)
    events = [e for e in extract_events(doc, entities=ents, roles=roles, dates=dates)
              if e.evidence.start >= len(_TITLE)]
    shown = [(e.type, e.actor_name, e.actor_country, e.trigger.text) for e in events]
    assert sorted((e.type for e in events)) == sorted(t for t, _ in expected), shown
    for typ, actor in expected:
        assert any(e.type == typ and actor in (e.actor_name, e.actor_country) for e in events), ((typ, actor), shown)


@pytest.mark.model
def test_censure_is_aimed_at_the_acts_owner(event_inputs):
    doc, ents, roles, dates = event_inputs(_TITLE + "\n\n" + CASES[0][0], title=None)
    accused = [e for e in extract_events(doc, entities=ents, roles=roles, dates=dates) if e.type == "ACCUSE"]
    assert [e.recipient_country for e in accused] == ["RUS"]
