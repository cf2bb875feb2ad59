"""Events: review-15 findings, each a general rule of English shown with an invented sentence
and a positive counterpart (names are fictional or generic; none from the development or
evaluation texts).

- an attack by or on forces, fighters or weapons is force used, whatever ground is given
  (:mod:`pipeline.events.verbal_attacks`);
- a verb of giving with a hostile object ("will give X a harsh response") threatens, it promises
  no cooperation; and the company ids passed to ``extract_events`` are the ones
  :mod:`pipeline.events.intended_acts` reads;
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_implicit_actors15 import test_implicit_actor as _actor_check

CASES = [
    # verbal_attacks: armed subject or object keeps ASSAULT; a person attacking a government criticises
    ("Israeli jets attacked Hamas fighters for launching rockets at Sderot.", "ASSAULT", "ISR"),
    ("Israeli jets attacked Hamas fighters for launching rockets at Sderot.", "ACCUSE", None),
    ("Russian forces attacked Ukrainian troops over the Dnipro river.", "ASSAULT", "RUS"),
    ("Russian forces attacked Ukrainian troops over the Dnipro river.", "ACCUSE", None),
    ("Chile's president attacked Peru over the fishing dispute.", "ACCUSE", "CHL"),
    # intended_acts: a hostile object is no cooperative intent; goods given are
    ("Iran will give Israel a harsh response.", "AGREE", None),
    ("Russia will deliver a crushing blow to Britain.", "AGREE", None),
    ("Iran will give Iraq new loans.", "AGREE", "IRN"),
    ("Russia will deliver fuel to Britain.", "AGREE", "RUS"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, typ, actor", CASES, ids=[f"{i}-{c[1]}-{c[2]}" for i, c in enumerate(CASES)])
def test_review15_fix(event_inputs, text, typ, actor):
    """``actor`` (a name or country code) acts an event of ``typ``; None: no event of ``typ``."""
    _actor_check(event_inputs, text, typ, actor)  # (the implicit-actor cases' check)


@pytest.mark.model
@pytest.mark.parametrize("company_ids, agreed", [((), True), (("E1",), False), (None, False)])
def test_intended_acts_company_ids(event_inputs, company_ids, agreed):
    """An explicit ``company_ids`` decides whether the seller is a company (its sale business),
    also for intended acts; None falls back to the Doc's own companies."""
    doc, entities, roles, dates = event_inputs("Norvalt Industries will sell Peru four patrol boats.")
    assert [e.id for e in entities if e.name == "Norvalt Industries"] == ["E1"]
    assert tuple(getattr(doc._, "newsie_companies", ())) == ("E1",)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates, company_ids=company_ids)
    assert any(e.type == "AGREE" for e in events) is agreed, [(e.type, e.actor_name) for e in events]
