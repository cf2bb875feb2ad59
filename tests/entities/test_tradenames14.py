"""Persons of the fourteenth round's business and markets news (:mod:`pipeline.entities.tradenames`):
stores and brands named by a possessive, clubs with a plural verb, "Name of Firm", acquired firms,
firms coordinated with firms, storms listed after "hurricanes", films, and people the model took
for firms after a lower-case job noun. The texts are invented."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _persons(doc) -> list[str]:
    return [e.name for e in doc._.newsie_entities if e.label == "PERSON"]


@pytest.mark.parametrize("text, thing", [
    ("Sales at Halvey's and Brandt's also fell in October, the retailers said.", "Halvey"),
    ("Sales at Halvey's and Brandt's also fell in October, the retailers said.", "Brandt"),
    ("Pemberton Rovers remain without a win after five matches.", "Pemberton Rovers"),
    ("\"Demand is soft,\" said analyst Ana Ruiz of Corwin Halsey in a note on Monday.", "Corwin Halsey"),
    ("Vexacor agreed to buy Tollander for $6.8 billion in cash.", "Tollander"),
    ("The board approved the takeover of Marchetti on Friday.", "Marchetti"),
    ("Aldwin and Brakspeare shares also gained in late trading.", "Aldwin"),
    ("The contract was challenged by Boeing and Delacroix in 2006.", "Delacroix"),
    ("Three hurricanes — Odessa, Ramon, and Thelma — made landfall last year.", "Thelma"),
    ("Brightwater Lanes, directed by Ana Ruiz, won the top prize.", "Brightwater Lanes"),
    ("Kestrel Athletic beat Harwood City 2-1, and City were never in the game.", "Harwood City"),
    ("Rep. Ana Ruiz met members of the Orlan Access Network on Tuesday.", "Orlan Access Network"),
    ("Later today we fly down to Cherry Ridge, North Carolina, for a visit.", "Cherry Ridge"),
    ("King Omar, Custodian of the Two Holy Mosques, received the delegation.", "Two Holy Mosques"),
    ("The forum was hosted by Halvorsen Properties in New York.", "Halvorsen Properties"),
    ("Brakspeare's Tomas Ferrante won the race ahead of Delane's Ana Ruiz.", "Brakspeare"),
    ("Earlier, Corrowby beat Harwood City 2-1 at home.", "Corrowby"),
    ("The final will be played at Tollandia in Kentucky next year.", "Tollandia"),
])
def test_business_names_are_not_people(make_doc, text, thing):
    assert thing not in _persons(make_doc(text))


@pytest.mark.parametrize("text, person", [
    # a possessive that owns a noun, after "of", or coordinated with another that owns one
    ("Ruiz's shares were sold last year, her lawyer said. Ana Ruiz declined to comment.", "Ana Ruiz"),
    ("The plan was a favourite of Senator Ruiz's, aides said.", "Ruiz"),
    ("Mr. Haldane's and Ms. Orrin's offices issued a joint statement.", "Haldane"),
    # a singular verb; a coordinated subject takes the plural
    ("Tomas Ferrante remains chairman of the club.", "Tomas Ferrante"),
    ("Ana Ruiz and Tom Baker remain on the board.", "Tom Baker"),
    # "of" after a title, not after a person; players are bought for millions
    ("Ana Ruiz of Harlow Partners said the deal was rich.", "Ana Ruiz"),
    ("The club agreed to buy striker Tomas Ferrante for £30 million.", "Tomas Ferrante"),
    # a person after a lower-case job noun, though tagged as a firm or a place
    ("Citibridge chief executive Vikram Pandeya said the deal was unfair.", "Vikram Pandeya"),
    # a possessive before a full name: a person when the article titles the name
    ("President Ferrante said so. Ferrante's Ana Ruiz agreed.", "Ferrante"),
    ("We met Ana Ruiz, Texas Democrat, in Austin.", "Ana Ruiz"),
    ("She sent a letter to Ana Ruiz in Texas last week.", "Ana Ruiz"),
    ("Ana Ruiz beat Tomas Ferrante 6-4 6-3 in the final.", "Ana Ruiz"),
    # a double surname that ends in a listed company's short name
    ("\"It is not a victimless crime,\" said the agency's director, Tomas Ephraim-Lowe.", "Tomas Ephraim-Lowe"),
    # a list after a plural title names people, whatever the model tags one of them
    ("Look, Presidents Eisenhower, Kennedy, Reagan, Clinton, and others all spoke there.", "Kennedy"),
])
def test_people_stay_people(make_doc, text, person):
    assert person in _persons(make_doc(text))


_GAGGLE = """MS. ROE: Go ahead.

Q    Ferrante told him he didn't do it. Does the President believe him?

MS. ROE: I'm not going to get into that."""


def test_question_marker_cut_from_name(make_doc):
    assert "Q Ferrante" not in _persons(make_doc(_GAGGLE))
