"""Persons in the styles of wire news and transcripts the small model gets wrong (issue #11):
mixed-case and apostrophe surnames in speaker labels, full names tagged as organisations,
name particles, hyphened status words and titles glued to names. The texts are invented."""

import pytest

from pipeline.entities import extract_entities
from pipeline.entities.persons import person_name

pytestmark = pytest.mark.model


def _persons(make_doc, text, title=None):
    return sorted(e.name for e in extract_entities(make_doc(text, title=title), title=title) if e.label == "PERSON")


@pytest.mark.parametrize("text, expected", [
    # A family's lower-case prefix and an apostrophe inside a label's capitals.
    ("Roundtable\n\nMR. McTAVISH:  Thanks for having me.\n\nMS. DuBOIS:  Glad to be here.", ["DuBois", "McTavish"]),
    ("Town Hall\n\nMS. O'HALLORAN:  Good evening, everyone.", ["O'Halloran"]),
    # The full name written once, tagged by the model as something else, joins the label.
    ("Briefing\n\nMS. O'HALLORAN BRISK:  Thanks. Maeve O'Halloran Brisk here.\n\nQ    Thanks.",
     ["Maeve O'Halloran Brisk"]),
    ("Briefing on Trade\n\nMS. VANTERPOOL-ADEYEMI:  Good morning. I'm Ruth Vanterpool-Adeyemi.",
     ["Ruth Vanterpool-Adeyemi"]),
], ids=lambda v: v[:30] if isinstance(v, str) else None)
def test_label_surnames(make_doc, text, expected):
    assert _persons(make_doc, text) == expected


@pytest.mark.parametrize("written, name", [
    ("JOSEPH R. BIDEN JR.", "Joseph R. Biden Jr."),
    ("O'HALLORAN BRISK", "O'Halloran Brisk"),
    ("VANTERPOOL-ADEYEMI", "Vanterpool-Adeyemi"),
    ("McTAVISH", "McTavish"),
    ("DeAndre Castillo", "DeAndre Castillo"),
])
def test_person_name_casing(written, name):
    assert person_name(written) == name


@pytest.mark.parametrize("text, expected", [
    # "von" and "der" both lower case: the model may stop after the first particle.
    ("The delegation was led by Commission President Margarethe von der Aalst, who spoke first.",
     "Margarethe von der Aalst"),
    # A hyphened status word after the office still introduces a name.
    ("Outgoing leaders congratulated Kenyan President-elect Odhiambo Wekesa on Sunday.", "Odhiambo Wekesa"),
    # A title the model glued to a full name is not part of it.
    ("Treasurer Callum Brightwater announced the budget on Tuesday.", "Callum Brightwater"),
    ("Cardinal Matteo Bellandi celebrated the Mass.", "Matteo Bellandi"),
], ids=lambda v: v[:30] if isinstance(v, str) else None)
def test_news_names(make_doc, text, expected):
    assert expected in _persons(make_doc, text)
