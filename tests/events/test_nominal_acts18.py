"""Events: acts named by nouns whose actor the noun's own phrase or name states (round 18).

* :mod:`pipeline.events.named_acts`: a meeting known by a proper name that states its sides (a
  hyphenated pair, "between X and Y"); a launched cooperation programme with another side in
  sight, though no partner resolves to a party.
* :mod:`pipeline.events.possessed_acts`: a noun under a light verb whose named possessor is
  another party than the verb's subject is the possessor's act.
* :mod:`pipeline.events.their_acts`: "their" on a consultation noun stands for the pair before.
* :func:`pipeline.events.verbparts.relative_object`: a relative clause whose verb is the noun's
  light verb ("the agreement X reached with Y"); "arrangement", "understanding" in the lexicon.

Sentences are invented for these tests; the people and bodies are fictional or generic, none
comes from the development or evaluation texts.
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

CASES = [
    # a named meeting whose name states its sides
    ("The ministers built on the outcomes of the Chile-Peru Strategic Dialogue in March.", "CONSULT", "CHL", 1),
    ("The reforms build on initiatives launched at the Brazil-ASEAN Special Summit in Brasilia.", "CONSULT", "BRA", 1),
    ("They recalled the Harbour Summit between President Ana Ruiz of Chile and President Tomas Lind of Sweden.",
     "CONSULT", "Ana Ruiz", 1),
    # ... and one that states none, a planned one, a setting, or one the light verb holds
    ("They recalled the Harbour Summit in November.", "CONSULT", None, 0),
    ("He will attend the upcoming Chile-Peru Leaders Summit next week.", "CONSULT", None, 0),
    ("President Ana Ruiz of Chile met President Tomas Lind of Sweden on the sidelines of the Chile-Peru Summit.",
     "CONSULT", "Ana Ruiz", 1),
    ("There was no Chile-Peru Summit this year.", "CONSULT", None, 0),
    ("The task force will provide input to the Chile-Peru Commercial Dialogue.", "CONSULT", None, 0),
    # a launched programme with another side in sight is kept with no partner resolved
    ("Last month Chile launched the Chile-Caribbean Partnership for Clean Energy.", "COOPERATE", "CHL", 1),
    ("Chile launched a new partnership with local fishing communities in the south.", "COOPERATE", "CHL", 1),
    # ... a side's own programme is not
    ("Chile launched a new initiative on road safety in March.", "COOPERATE", None, 0),
    ("The Chilean transport ministry launched the Safe Roads Initiative in March.", "COOPERATE", None, 0),
    # a light verb's noun owned by another named party: the owner's act
    ("These moves only serve to expand Russia's brutal war beyond Europe.", "ASSAULT", "RUS", 1),
    # ... not when the owner is the subject's own government, or the act is the speaker's own stance
    ("President Ana Ruiz of Chile reaffirmed Chile's commitment to the treaty.", "AGREE", "Ana Ruiz", None),
    ("Peru expanded its cooperation with Chile.", "COOPERATE", "PER", 1),
    # ... nor in a purpose infinitive, whose subject is the main clause's
    ("Prime Minister Ana Duarte of Chile met President Luis Arce of Bolivia on Monday to reaffirm Chile's "
     "support for Bolivia's democracy.", "SUPPORT", "Ana Duarte", 1),
    ("President Ana Ruiz of Chile called President Luis Arce of Bolivia today to underscore Chile's "
     "commitment to the border treaty.", "AGREE", "Ana Ruiz", 1),
    # a relative clause whose verb is the noun's light verb: its subject acted
    ("The sanctions that the European Union imposed on Russia hurt its economy.", "SANCTION", "European Union", 1),
    ("The agreement Chile reached with Peru will cut migration.", "AGREE", "CHL", 1),
    ("The talks that Chile held with Peru in May were useful.", "CONSULT", "CHL", 1),
    # ... not one whose subject is the noun, one that has an object of its own, or one negated
    ("The talks that led to peace were long.", "CONSULT", None, 0),
    ("The group that imposed sanctions on Russia met.", "SANCTION", None, 0),
    ("The agreement Chile did not reach with Peru would have cut migration.", "AGREE", None, 0),
    # an arrangement or understanding reached is an agreement; one made for a trip, or deepened, is none
    ("Chile reached an arrangement with Peru on fishing quotas.", "AGREE", "CHL", 1),
    ("Chile and Peru reached an understanding on fishing quotas.", "AGREE", "CHL", 1),
    ("The talks deepened mutual understanding between Chile and Peru.", "AGREE", None, 0),
    ("Chile made arrangements for the visit.", "AGREE", None, 0),
    # "their" on a consultation noun: the pair named before
    ("President Ana Ruiz of Chile met President Tomas Lind of Sweden in Lima today. The meeting follows "
     "their telephone call in April.", "CONSULT", "Ana Ruiz", 2),
    ("Chile and Peru signed a fisheries pact on Monday. Their talks in May had been difficult.",
     "CONSULT", "CHL", 1),
    # ... the meeting just reported, named again, is no new one
    ("President Ana Ruiz of Chile met President Tomas Lind of Sweden on Monday. During their meeting, "
     "they discussed trade.", "CONSULT", "Ana Ruiz", 1),
    # ... and "their" on one side's act is not the pair's
    ("Chile and Peru signed a fisheries pact on Monday. Officials praised their support.", "SUPPORT", None, 0),
]


@pytest.mark.model
@pytest.mark.parametrize("text, typ, actor, count", CASES, ids=[f"{i}-{c[1]}-{c[2]}" for i, c in enumerate(CASES)])
def test_nominal_act(event_inputs, text, typ, actor, count):
    doc, entities, roles, dates = event_inputs(text)
    events = [e for e in extract_events(doc, entities=entities, roles=roles, dates=dates) if e.type == typ]
    shown = [(e.type, e.actor_name, e.actor_country, e.recipient_name, e.trigger.text) for e in events]
    if count is not None:
        assert len(events) == count, shown
    if actor is not None:
        assert any(actor in (e.actor_name, e.actor_country) for e in events), shown
