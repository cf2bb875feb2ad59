"""Round-8 leftovers: a bare "the two" or "both" stands for the pair named before; a swap is
reciprocal; a withdrawal from a town concedes it to the town's country; a reaction to "the
agreement" or "the ruling" answers the act's author, not the last one who reacted; a title
read off a coordination of two offices names neither holder.

Invented sentences (not copied from any gold text or stress document).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

CASES = [
    # a numeral or "both" standing alone for the pair that met
    ("Chilean President Ana Rojas met Peruvian President Luis Vega in Lima on Friday. The two agreed to open "
     "a new border crossing.", "AGREE", [("AGREE", "Ana Rojas", "Luis Vega")]),
    ("Foreign Minister Karl Berg of Norway met his Danish counterpart Mette Holm on Monday. Both agreed to "
     "extend the fisheries accord.", "AGREE", [("AGREE", "Karl Berg", "Mette Holm")]),
    # a give-and-take between co-subjects: the first named acts, the second receives
    ("Georgia and Armenia swapped detainees at the border on Sunday.", "CONCEDE", [("CONCEDE", "GEO", "ARM")]),
    ("Ethiopia and Eritrea exchanged prisoners of war last week.", "CONCEDE", [("CONCEDE", "ETH", "ERI")]),
    # a town left is conceded to its country, not to the town
    ("Russian troops withdrew from the city of Kharkiv on Friday.", "RETREAT", [("RETREAT", "RUS", "UKR")]),
    # a country left is that country
    ("Syria withdrew its forces from Lebanon in 2005.", "RETREAT", [("RETREAT", "SYR", "LBN")]),
    # "the agreement" answers who agreed, not who mediated it
    ("Sudan and South Sudan signed a border agreement on Tuesday in talks mediated by Kenya. The African Union "
     "welcomed the agreement.", "SUPPORT", [("SUPPORT", "African Union", "SDN")]),
    # "the ruling" criticised after another party welcomed it is not aimed at the one who welcomed it
    ("The High Court struck down the new tax on Wednesday. Labour leader Tom Reid welcomed the decision. "
     "Green Party leader Jane Moss criticised the ruling.", "ACCUSE", [("ACCUSE", "Jane Moss", None)]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, typ, expected", CASES, ids=[c[0][:48] for c in CASES])
def test_pair_swap_retreat_reaction(event_inputs, text, typ, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == typ], expected)


@pytest.mark.model
def test_coordinated_titles_name_neither_holder(event_inputs):
    """ "The President and Chairman Ruiz agreed" gives Ruiz no presidency: "the President"
    earlier in the text is not Ruiz."""
    doc, entities, roles, dates = event_inputs(
        "The President spoke with Senator Ana Cole and Chairman Mark Ruiz today. The President expressed his "
        "gratitude for their work. The President and Chairman Ruiz agreed to meet again next week.")
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    assert not any(e.actor_name == "Mark Ruiz" and e.trigger.text == "gratitude" for e in events), events
