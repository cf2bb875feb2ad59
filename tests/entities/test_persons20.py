"""Round-20 person rules: places the place tables name word for word (pipeline.entities.cities),
subjects after "Professor of" and retired academics' titles (pipeline.entities.notpersons), and
bodies described by a noun phrase in apposition (pipeline.entities.thingspans). The texts are
invented."""

from __future__ import annotations

import pytest

from pipeline.entities import extract_entities

pytestmark = pytest.mark.model


def _persons(make_doc, text: str) -> list[str]:
    doc = make_doc(text)
    return [e.name for e in extract_entities(doc) if e.label == "PERSON"]


@pytest.mark.parametrize("text, absent", [
    # places of the hand-kept table and of GeoNames, named word for word
    ("The convention at Seneca Falls changed the debate, Ana Ruiz said.", "Seneca Falls"),
    ("In 1996 she finished the Military Academy at West Point and then flew helicopters.", "West Point"),
    ("We remember the children and educators of Sandy Hook every December.", "Sandy Hook"),
    # titles, not names
    # (the model tags the title word alone a person here; "scientist" is a line title, never a name)
    ("Ana Ruiz led the Office of the Chief Scientist at the department for six years.", "Scientist"),
    ("Richard Roe is the Kestrel Professor of Law and Dean Emeritus at the university.", "Law"),
    ("Richard Roe is the Kestrel Professor of Law and Dean Emeritus at the university.", "Dean Emeritus"),
    ("She is Dean Emerita of the medical school, and Ana Ruiz praised her.", "Dean Emerita"),
    # a body described in apposition
    ("Before that she ran Tellamar, a Denver-based legal services organization, for six years.", "Tellamar"),
    ("The fund gives $1 billion to Tellamar, the Vaccine Alliance, to buy doses.", "Tellamar"),
])
def test_not_persons(make_doc, text, absent):
    assert absent not in _persons(make_doc, text)


@pytest.mark.parametrize("text, present", [
    # a given name first: a person named like a town
    ("Lázaro Cárdenas nationalised the oil industry in 1938.", "Lázaro Cárdenas"),
    # an appositive whose head is a noun for a person, or a title before a preposition
    ("Ana Ruiz, a lawyer at the firm, said the ruling was wrong.", "Ana Ruiz"),
    ("She thanked Okafor, the President of the Alliance, for his work.", "Okafor"),
    # a programme named for the person is no body the person is
    ("Named after the late Ohio labor organizer Kwame Okafor, the Recovery Plan’s Special "
     "Relief program will help small pension funds.", "Kwame Okafor"),
    # a possessive after "professor of": a person's
    ("A professor of Tan's generation spoke at the event.", "Tan"),
])
def test_still_persons(make_doc, text, present):
    assert present in _persons(make_doc, text)
