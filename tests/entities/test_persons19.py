"""Round-19 person rules: surnames of a firm named after the place someone practises
(:mod:`pipeline.entities.firmpartners`). The texts are invented."""

from __future__ import annotations

import pytest

from pipeline.entities.firmpartners import firm_partner

pytestmark = pytest.mark.model


def _persons(doc) -> list[str]:
    return [e.name for e in doc._.newsie_entities if e.label == "PERSON"]


@pytest.mark.parametrize("text, partner", [
    ("Earlier, Ana Ruiz was a principal at Hollis, Brennard, Quayle, and Dunmore, where she led the trade group.",
     "Brennard"),
    ("Ana Ruiz was a partner of Kessler, Ortmann, and Pike, and later Of Counsel with Wendt, Harrow, Blaise, "
     "and Tolliver.", "Pike"),
    ("Ana Ruiz was a partner of Kessler, Ortmann, and Pike, and later Of Counsel with Wendt, Harrow, Blaise, "
     "and Tolliver.", "Harrow"),
    ("Before that, Ana Ruiz was a lawyer and litigator at Marchetti, Holt and Sayers in Hartford.", "Holt"),
])
def test_surnames_of_the_firm_someone_practises_at_are_not_persons(make_doc, text, partner):
    doc = make_doc(text)
    assert partner not in _persons(doc)
    assert "Ana Ruiz" in _persons(doc)


@pytest.mark.parametrize("text, word, expected", [
    ("Ana Ruiz was a principal at Hollis, Brennard, Quayle, and Dunmore until 2019.", "Quayle", True),
    # two names after "partner with" may be two colleagues, not a firm
    ("She worked as a partner with Ruiz and Mendez on the merger.", "Mendez", False),
    # "associate of" a list of surnames names the people someone is close to, not a firm
    ("He is a close associate of Ruiz, Tan and Mendez, officials said.", "Mendez", False),
    # no word for a member of a firm before the list: people met
    ("At the meeting with Ruiz, Tan and Mendez, the senator spoke first.", "Mendez", False),
])
def test_firm_partner_after_practice_role(make_doc, text, word, expected):
    doc = make_doc(text)
    tok = next(t for t in doc if t.text == word)
    assert firm_partner(doc[tok.i:tok.i + 1]) is expected


_HEAD = "Nominations Sent to the Senate\n\n"


@pytest.mark.parametrize("text, words", [
    # Latin honours and Greek-letter societies are no one's name
    ("Ana Ruiz graduated Summa Cum Laude from Carver College and was elected to Phi Beta Kappa.",
     ("Summa Cum Laude", "Phi Beta Kappa")),
    ("Ana Ruiz graduated Magna Cum Laude in history.", ("Magna Cum Laude",)),
    # the direct object of "speak" is a language
    ("Ana Ruiz served in Lahore and Kabul. She speaks Urdu, Dari, and French.", ("Urdu",)),
])
def test_honours_and_languages_are_not_persons(make_doc, text, words):
    persons = _persons(make_doc(_HEAD + text))
    assert "Ana Ruiz" in persons
    assert not set(words) & set(persons)


@pytest.mark.parametrize("text, person", [
    # "speak to" / "speak with" a person stays a person; the Greek letter "Xi" is a surname too
    ("Later that day, the minister spoke to Haffajee about the loan.", "Haffajee"),
    ("President Xi met the delegation in Beijing.", "Xi"),
])
def test_persons_after_speak_to_and_letter_surnames_stay(make_doc, text, person):
    assert person in _persons(make_doc(_HEAD + text))


@pytest.mark.parametrize("text, gone, kept", [
    # a surname with an inner capital is one item of the firm's name too
    ("Ana Ruiz was a principal at Verrill, Lindqvist, McAllister, and Hart, where she led the group.",
     "McAllister", "Ana Ruiz"),
    # the plural of a noun the text writes in lower case ends a heading, not a name
    ("The report covered Refugee and Humanitarian Issues and the issue of hunger.", "Humanitarian Issues", None),
    # a preposition the model took into a name is cut off, and the name joins its full form
    ("President Tomas Herzl of Ruritania arrived. Later, President Herzl of Ruritania spoke.",
     "Herzl of", "Tomas Herzl"),
    # a biography heading's last word is no part of the name
    ("I am pleased that Ambassador Priya Menon will lead the office.\n\n**Priya Menon Bio**\n\n"
     "Ambassador Priya Menon serves as Director.", "Menon Bio", "Priya Menon"),
])
def test_heading_and_tail_words_are_not_names(make_doc, text, gone, kept):
    persons = _persons(make_doc(_HEAD + text))
    assert gone not in persons
    assert kept is None or kept in persons


@pytest.mark.parametrize("text, person", [
    # a surname that looks like a plural stays after a given name or a title
    ("Dana Banks met the heads of the banks on Monday.", "Dana Banks"),
    ("The treaty was praised by Kwabena Fields, who runs a field office.", "Kwabena Fields"),
])
def test_plural_looking_surnames_stay(make_doc, text, person):
    assert person in _persons(make_doc(_HEAD + text))


def test_honour_head_alone_is_not_a_person(make_doc):
    persons = _persons(make_doc(_HEAD + "In 2019, Ana Ruiz was awarded the Distinguished Alumni Award by the "
                                "University of Ohio, its highest honor."))
    assert "Award" not in persons
    assert "Ana Ruiz" in persons
