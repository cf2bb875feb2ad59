"""Review of round 17's recipient rules on general news (reviewfix17e).

A two-person meeting's counterpart is the addressee of a demand only while the report is still
about that meeting (:mod:`pipeline.events.call_counterparts`): not once a sentence about someone
or something else has come between, and not
when the demand is made to an audience of its own ("in a speech to the conference") or names
whom it is asked of ("asked for patience from voters"). Aid with no party as recipient goes to
the one foreign country just named (:mod:`pipeline.events.nearby_aid_recipients`) only when the
clause does not say who gets it: a named body ("to the World Food Programme", "to Jaguar Land
Rover") or the giver's own people ("for local farmers", "to its own regions") keep it null.
Refusing to give up or stop something named, or to give someone something, is a rejection
(:func:`pipeline.events.senses.refused_stance`); only with no object is it one's own resolve.

Invented sentences (fictional people, generic situations); each wrong case has a positive
counterpart that the rule must still get.
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

MET = "Prime Minister Anna Berg met Chancellor Hans Vogel of Austria on Monday. "

CASES = [
    # call counterparts: the demand must follow the meeting closely and name no audience of its own
    (MET + "On Tuesday, Berg visited a factory in Leeds. Workers there complained about energy prices. "
     "The plant may close next year. Berg called for lower energy bills.", "REQUEST",
     [("REQUEST", "Anna Berg", None)]),
    (MET + "Berg called for lower energy bills in a speech to the Labour conference.", "REQUEST",
     [("REQUEST", "Anna Berg", None)]),
    (MET + "In a later speech, Berg asked for patience from voters.", "REQUEST",
     [("REQUEST", "Anna Berg", None)]),
    # (the demand names its own addressee, the owner of the support asked for: not the one met)
    (MET + "Berg asked for the European Union's support.", "REQUEST", [("REQUEST", "Anna Berg", "European Union")]),
    (MET + "Berg called for an end to the violence.", "REQUEST", [("REQUEST", "Anna Berg", "Hans Vogel")]),
    (MET + "The two discussed trade. Berg called for an end to the border closures.", "REQUEST",
     [("REQUEST", "Anna Berg", "Hans Vogel")]),
    # (a readout goes on about the actor for several sentences: still that conversation)
    (MET + "The two leaders exchanged views on the region. Berg welcomed the new rail link. She noted the "
     "progress on energy. Berg stressed the value of open borders. She called for an end to the border "
     "closures.", "REQUEST", [("REQUEST", "Anna Berg", "Hans Vogel")]),
    # (people who hold no office found by the roles stage speak for no government)
    ("Coach Mark Stone met French coach Pierre Dupont before the match. Stone called for better refereeing.",
     "REQUEST", [("REQUEST", "Mark Stone", None)]),
    # nearby aid: a named body or the giver's own people as beneficiary keeps the recipient null
    ("Fighting in Sudan has displaced millions. Britain announced £89m in humanitarian aid to the World Food "
     "Programme.", "AID", [("AID", "GBR", None)]),
    ("German carmakers are struggling. The British government provided £500m in support to Jaguar Land Rover.",
     "AID", [("AID", "GBR", None)]),
    ("Floods hit Peru last week. Spain sent aid to its own flooded regions.", "AID", [("AID", "ESP", None)]),
    ("Floods hit Peru last week. The government of Ohio announced $5 million in aid for local farmers.", "AID",
     [("AID", "USA", None)]),
    ("Fighting in Sudan has displaced millions. Britain announced £89m in humanitarian aid.", "AID",
     [("AID", "GBR", "SDN")]),
    ("Floods hit Peru last week. Spain sent aid to flood victims.", "AID", [("AID", "ESP", "PER")]),
    ("Ukraine needs more shells. The Pentagon has allocated the remaining funds to replenish American stocks.",
     "AID", [("AID", "USA", None)]),
    ("Ukraine needs more shells. The Pentagon has allocated the remaining funds to buy more shells.",
     "AID", [("AID", "USA", "UKR")]),
    # (a nationality on a thing says where it is from; on people, who is in need)
    ("The Chinese economy slowed sharply. Australia announced $1 billion in drought relief.", "AID",
     [("AID", "AUS", None)]),
    ("Prices of Russian gas soared. Germany approved a 200 billion euro relief package.", "AID",
     [("AID", "DEU", None)]),
    ("Thousands of Sudanese refugees have reached the border. Britain announced £20m in humanitarian aid.",
     "AID", [("AID", "GBR", "SDN")]),
    # refusing with an object withholds what others want (REJECT); refusing to believe or to give
    # up with none states one's own resolve
    ("Iran refused to give inspectors access to the site.", "REJECT", [("REJECT", "IRN", None)]),
    ("Rebel leader Tom Hill refused to give up his weapons.", "REJECT", [("REJECT", "Tom Hill", None)]),
    ("Russia refused to stop its attacks on the port.", "REJECT", [("REJECT", "RUS", None)]),
    ("Iran refused to accept the proposal.", "REJECT", [("REJECT", "IRN", None)]),
    ("The minister said she refused to believe the report.", "REJECT", []),
    ("\"We refuse to give up,\" President Ana Lopez of Chile said.", "REJECT", []),
    # senses of round 17 whose own tests pass without the rule (the event was dropped for other
    # reasons): these fire without it
    ("Senator Ruth Olsen refused to believe the Russian denials.", "REJECT", []),
    ("Sweden refuses to give up.", "REJECT", []),
    ("Japan seized the moment.", "COERCE", []),
    ("Japan seized two fishing boats.", "COERCE", [("COERCE", "JPN", None)]),
    ("Japan and Kenya launched a clinical demonstration project.", "PROTEST", []),
]


@pytest.mark.parametrize("text,typ,expected", CASES, ids=[c[0][:70] for c in CASES])
def test_reviewfix17e(event_inputs, text, typ, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == typ], expected)
