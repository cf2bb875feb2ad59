"""Round-16 trigger and type mechanisms: affirming the need or importance of a course, or that a
side will act, is AGREE; a light "determination" or "consensus" is AGREE; an agentless
deployment or withdrawal of a country's forces has that country as actor; a detention "in" a
named country is that state's act, not a designation; "X-donated"/"X-provided" things are X's
AID; welcoming someone to a place is hosting (CONSULT); "mistreatment" is COERCE; "encourage X
to VERB" and seeking support or aid are REQUEST; leading or sending a delegation to a country is
a visit (CONSULT); "resorted to attacks" is the subject's attack.

Invented sentences (not copied from any gold text).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _side


def _check(events, expected) -> None:
    """As test_event_classes._check, with "*" for a side not checked."""
    shown = [(e.type, e.actor_name, e.actor_country, e.recipient_name, e.recipient_country) for e in events]
    assert len(events) == len(expected), shown
    left = list(events)
    for typ, actor, recipient in expected:
        hit = next((e for e in left if e.type == typ and _side(actor, e.actor_name, e.actor_country)
                    and (recipient == "*" or _side(recipient, e.recipient_name, e.recipient_country))), None)
        assert hit is not None, ((typ, actor, recipient), shown)
        left.remove(hit)


def _events(event_inputs, text, types):
    doc, entities, roles, dates = event_inputs(text)
    return [e for e in extract_events(doc, entities=entities, roles=roles, dates=dates, home_country="USA")
            if e.type in types]


AFFIRM_CASES = [
    ("President Ana Ruiz met Prime Minister Tomas Berg in Oslo on Monday. The two leaders affirmed the need "
     "to expand maritime patrols.", [("CONSULT", "Ana Ruiz", "Tomas Berg"), ("AGREE", "Ana Ruiz", "Tomas Berg")]),
    ("President Ana Ruiz met Prime Minister Tomas Berg in Oslo on Monday. Both leaders reaffirmed the importance "
     "of continued joint training.", [("CONSULT", "Ana Ruiz", "Tomas Berg"), ("AGREE", "Ana Ruiz", "Tomas Berg")]),
    ("President Ana Ruiz met Prime Minister Tomas Berg in Oslo on Monday. The two leaders affirmed that Norway and "
     "Chile will continue to deepen their partnership.", [("CONSULT", "Ana Ruiz", "Tomas Berg"), ("AGREE", "Ana Ruiz", "*")]),
    # principles affirmed, or a that-clause of a fact, promise nothing
    ("President Ana Ruiz met Prime Minister Tomas Berg in Oslo on Monday. The two leaders reaffirmed the shared "
     "values of democracy.", [("CONSULT", "Ana Ruiz", "Tomas Berg")]),
    ("President Ana Ruiz met Prime Minister Tomas Berg in Oslo on Monday. The two leaders affirmed that the "
     "partnership is strong.", [("CONSULT", "Ana Ruiz", "Tomas Berg")]),
    ("President Ana Ruiz and Prime Minister Tomas Berg reaffirmed their determination to work together against "
     "trafficking.", [("AGREE", "Ana Ruiz", "*")]),
]


@pytest.mark.parametrize(("text", "expected"), AFFIRM_CASES)
def test_affirmed_courses(event_inputs, text, expected):
    _check(_events(event_inputs, text, ("AGREE", "CONSULT")), expected)


FORCE_OWNER_CASES = [
    ("More than 2,000 Belarusian troops were deployed to the border on Friday.", [("MOBILIZE", "BLR", None)]),
    ("Officials condemned the deployment of thousands of Belarusian troops to the border.", [("MOBILIZE", "BLR", None)]),
    # no owner written on the forces: no actor, no event
    ("Troops were deployed to the border on Friday.", []),
]


@pytest.mark.parametrize(("text", "expected"), FORCE_OWNER_CASES)
def test_force_owners(event_inputs, text, expected):
    _check(_events(event_inputs, text, ("MOBILIZE",)), expected)


DETENTION_CASES = [
    ("The reporter is being wrongfully detained in Russia, the spokesperson said.", [("COERCE", "RUS", "*")]),
    ("The journalist was arrested in Russia last year.", [("COERCE", "RUS", "*")]),
]


@pytest.mark.parametrize(("text", "expected"), DETENTION_CASES)
def test_detained_in_a_country(event_inputs, text, expected):
    _check(_events(event_inputs, text, ("COERCE",)), expected)


SUPPLIED_CASES = [
    ("The ministry received two million U.S.-donated vaccine doses last week.", [("AID", "USA", "*")]),
    ("The army fired its U.S.-supplied radar systems.", [("AID", "USA", "*")]),
    # made or led by a country: nothing given
    ("The army bought U.S.-made trucks last week.", []),
]


@pytest.mark.parametrize(("text", "expected"), SUPPLIED_CASES)
def test_supplied_goods(event_inputs, text, expected):
    _check(_events(event_inputs, text, ("AID",)), expected)


OTHER_CASES = [
    ("In 2019 Prime Minister Tomas Berg welcomed the regional leaders to Oslo.", ("CONSULT",), [("CONSULT", "Tomas Berg", "*")]),
    ("Prime Minister Tomas Berg welcomed the decision to extend the truce.", ("CONSULT", "SUPPORT"),
     [("SUPPORT", "Tomas Berg", "*")]),
    ("Chile condemned Peru's mistreatment of Ana Ruiz.", ("COERCE",), [("COERCE", "PER", "Ana Ruiz")]),
    ("The United Nations encouraged Chile to release the detained reporters.", ("REQUEST",),
     [("REQUEST", "United Nations", "CHL")]),
    ("Chilean officials were encouraged by the talks.", ("REQUEST",), []),
    ("Senator Ana Ruiz led a bipartisan delegation to Chile in March.", ("CONSULT",), [("CONSULT", "Ana Ruiz", "CHL")]),
    ("The delegation arrived in Santiago on Monday.", ("CONSULT",), []),
    ("Peru sought additional support from Chile.", ("REQUEST",), [("REQUEST", "PER", "CHL")]),
    ("Peru is seeking a peaceful solution.", ("REQUEST",), []),
    ("President Tomas Berg is resorting to attacks on power plants.", ("ASSAULT",), [("ASSAULT", "Tomas Berg", "*")]),
]


@pytest.mark.parametrize(("text", "types", "expected"), OTHER_CASES)
def test_welcomes_mistreatment_encouragement(event_inputs, text, types, expected):
    _check(_events(event_inputs, text, types), expected)
