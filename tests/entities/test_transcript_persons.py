"""Persons in the genres of official transcripts, fact sheets and nomination lists (issue #11):
speaker labels, venue lines, names the small model leaves untagged, coordinated first names,
exclamations and headings in capitals. The texts are written for these tests."""

import pytest

from pipeline.entities import extract_entities

pytestmark = pytest.mark.model


def _persons(make_doc, text, title=None):
    return sorted(e.name for e in extract_entities(make_doc(text, title=title), title=title) if e.label == "PERSON")


@pytest.mark.parametrize("text, persons", [
    # A label with a courtesy title or an office word names a person, even a short surname in
    # capitals that would otherwise read as an acronym.
    ("Remarks at a Town Hall\n\nMR. DALTON:  Thanks for coming out tonight.\n\nMS. OKAFOR:  Glad to be here.",
     ["Dalton", "Okafor"]),
    ("Press Gaggle\n\nSECRETARY MARLOWE:  Good morning, everybody.\n\nQ    Any news on the talks?",
     ["Marlowe"]),
    # A transcript that opens with its first turn has no title line: the first speaker is a person
    # of the body, not a headline word.
    ("MS. HALVORSEN:  Good afternoon, everyone.\n\nQ    Thanks. On the talks?", ["Halvorsen"]),
    # Labels that name an office or a questioner name no person.
    ("Press Gaggle\n\nTHE PRESIDENT:  We are making progress.\n\nQ    When will it pass?\n\n"
     "THE PRESIDENT:  Soon.", []),
    ("Background Press Call\n\nSENIOR ADMINISTRATION OFFICIAL:  Thanks, everyone, for joining the call.", []),
], ids=lambda v: v[:30] if isinstance(v, str) else None)
def test_speaker_labels(make_doc, text, persons):
    assert _persons(make_doc, text) == persons


@pytest.mark.parametrize("text, persons", [
    # The venue line of a transcript's header is a place, even when named after a person.
    ("Remarks by the Governor at a Community Event\n\nHarriet Vance Center for the Performing Arts  \n"
     "Dayton, Ohio\n\n6:15 P.M. EDT\n\nTHE GOVERNOR:  Hello, everybody.", []),
], ids=lambda v: v[:30] if isinstance(v, str) else None)
def test_venue_lines(make_doc, text, persons):
    assert _persons(make_doc, text) == persons


@pytest.mark.parametrize("text, expected", [
    # A listed given name and a surname the model left untagged, in apposition to an office.
    ("The call included officials from the Treasury and Megan Thorsby, Director of the Office of Foreign "
     "Assets Control.", "Megan Thorsby"),
    # A nomination list names a person even when the surname is also a common word.
    ("WITHDRAWAL SENT TO THE SENATE:\n\nRiley Wells, of Oregon, to be a Member of the National Council on "
     "the Arts. The old wells were capped years ago.", "Riley Wells"),
    # A place name that is also a given name, before a surname and a verb.
    ("Office of Legislative Affairs\n\nJordan Whitlock will serve as Special Assistant to the President.",
     "Jordan Whitlock"),
], ids=lambda v: v[:30] if isinstance(v, str) else None)
def test_untagged_given_names(make_doc, text, expected):
    assert expected in _persons(make_doc, text)


@pytest.mark.parametrize("text", [
    "The agency expanded its Computer Science programs and Political Science courses.",
    "The new Strategic Planning office opened near Downing Street.",
], ids=lambda v: v[:30])
def test_capitalised_common_words_are_not_names(make_doc, text):
    assert _persons(make_doc, text) == []


def test_one_word_names_coordinated_with_persons(make_doc):
    found = _persons(make_doc, "Voters remember leaders named Truman and Eisenhower and Ford and Carter.")
    assert "Ford" in found


@pytest.mark.parametrize("text, absent", [
    # An exclamation that is a sentence on its own is not a name.
    ("Town Hall\n\nMS. ROURKE:  Hooray.  (Applause.)\n\nMR. BELL:  Thank you.", "Hooray"),
    # A plural common noun in a heading in capitals, written in lower case in the body.
    ("**ENDING HARMFUL TRADE SHORTCUTS:** The order ends a shortcut that importers used.", "Shortcuts"),
    # "Sec." in a legal text abbreviates Section; alone it is never a name.
    ("It is hereby ordered as follows:\n\nSec. 2. Policy. It is the policy of the United States to act.", "Sec"),
], ids=lambda v: v[:30] if isinstance(v, str) else None)
def test_not_persons(make_doc, text, absent):
    assert absent not in _persons(make_doc, text)


def test_headline_given_name_joins_the_body_nickname(make_doc):
    title = "Press Briefing by Press Secretary Dana Holt and Director of the Policy Council Jennifer Lindqvist"
    text = (title + "\n\nMS. HOLT:  Good afternoon. Today we have Jen Lindqvist in the room with us. "
            "And, Jen, the podium is yours.\n\nMS. LINDQVIST:  Thank you, Dana.")
    assert "Jennifer Lindqvist" in _persons(make_doc, text, title=title)
    assert "Jen" not in _persons(make_doc, text, title=title)
    assert "Jen Lindqvist" not in _persons(make_doc, text, title=title)


@pytest.mark.parametrize("text, persons", [
    # "the X administration" names the president it is named after.
    ("The waiver was first granted during the Truman administration and renewed many times.", ["Truman"]),
    # A given name after "of" in a school's name is part of the school.
    ("Her daughter now teaches history at the College of William and Mary.", []),
], ids=lambda v: v[:30] if isinstance(v, str) else None)
def test_names_inside_other_names(make_doc, text, persons):
    assert _persons(make_doc, text) == persons


@pytest.mark.parametrize("text, expected", [
    # A listed given name starting a line of a nomination list joins the name after it.
    ("NOMINATIONS SENT TO THE SENATE:\n\nMargaret Ann Tolliver, of Idaho, to be a Member of the Board.",
     "Margaret Ann Tolliver"),
    # Styles, royal titles and the country of an office are not part of the name.
    ("The President spoke today with His Majesty King Hamad II about the region.", "Hamad II"),
    ("He met the Prime Minister of Israel Benjamin Netanyahu in Jerusalem on Monday.", "Benjamin Netanyahu"),
    # A generational suffix after a comma is written without it.
    ("The nominee, Porter Lindqvist, III, served two terms in the state senate.", "Porter Lindqvist III"),
], ids=lambda v: v[:30] if isinstance(v, str) else None)
def test_full_names(make_doc, text, expected):
    assert expected in _persons(make_doc, text)


def test_name_tagged_with_the_body_before_it(make_doc):
    title = "Press Briefing by Secretary of Commerce Walter Quist and Press Secretary Dana Holt"
    text = title + "\n\nMS. HOLT:  Good afternoon. Secretary Quist is here today.\n\nSECRETARY QUIST:  Thank you."
    assert "Walter Quist" in _persons(make_doc, text, title=title)


@pytest.mark.parametrize("text, persons", [
    # Speaker labels with an office word, and surnames that are also English words.
    ("Readout\n\nGENERAL HALVORSEN:  We are ready.\n\nADMIRAL OKONJO:  Yes, sir.", ["Halvorsen", "Okonjo"]),
    ("Briefing\n\nMR. BROWN:  Let me be blunt about the brown water.\n\nSENATOR BLUNT:  Sure.", ["Blunt", "Brown"]),
    # A heading in capitals made of common nouns is no name; a signature in capitals is.
    ("Statement\n\n**CLOSING DANGEROUS LOOPHOLES AND PROTECTING WORKERS:** The rule closes a loophole.\n\n"
     "JOSEPH R. BIDEN JR.", ["Joseph R. Biden Jr."]),
], ids=lambda v: v[:30] if isinstance(v, str) else None)
def test_capitals(make_doc, text, persons):
    assert _persons(make_doc, text) == persons
