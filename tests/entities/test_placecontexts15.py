"""Place and person contexts (:mod:`pipeline.entities.placecontexts`): a list of places, a town
before its state, a name before a noun for a site are places; a name before "who" and the names
on each side of a plural office word the model joined are people. The texts are invented."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _labels(doc) -> dict[str, str]:
    return {e.name: e.label for e in doc._.newsie_entities}


def _persons(doc) -> list[str]:
    return [e.name for e in doc._.newsie_entities if e.label == "PERSON"]


@pytest.mark.parametrize("text, place", [
    # most items of the list are places
    ("After the storms in Buffalo, Marrowdale Hills, and Dallas, families are rebuilding.", "Marrowdale Hills"),
    ("I grew up in Dayton, Ohio; and Wexford, Pennsylvania; and Ambler, where we played ball.", "Ambler"),
    # a town and its state, then the end of the list item
    ("We lived in Toledo, Ohio; and Marlowe, Delaware; and Pendleton, before we moved.", "Marlowe"),
    # two thirds of the list are groups: a list of groups
    ("The rule covers students who are Jewish, Christian, Muslim, Sikh, Hindu, or Buddhist.", "Muslim"),
    # a name before a noun for a site
    ("The strike closed the concourse at London's Kingsbrook station on Monday.", "Kingsbrook"),
    ("The firm will close its Ebberfeld and Holtensen plants next year.", "Holtensen"),
])
def test_places_named_like_people(make_doc, text, place):
    doc = make_doc(text)
    assert place not in _persons(doc)
    assert _labels(doc).get(place) in ("GPE", "LOC", "FAC", "NORP")


@pytest.mark.parametrize("text, person", [
    # "who" after a name: a person, whatever the model tagged
    ("Many people say that Montessaule who was so successful because he kept a good cook.", "Montessaule"),
    ("Critics say that Montessaule, whose cook was famous, was the real diplomat.", "Montessaule"),
    # a plural office word inside a span the model joined across a list of members
    ("I want to thank Senators Brandon and Malley, Representatives McAllister, Owens, and Ruiz for coming.",
     "Malley"),
    ("I want to thank Senators Brandon and Malley, Representatives McAllister, Owens, and Ruiz for coming.",
     "McAllister"),
    # a lower-case post noun before a given name and a surname (pipeline.entities.tradenames)
    ("Opposition leader Carolina Mendez urged Maduro to free all remaining political prisoners. Washington eased "
     "some oil sanctions on Venezuela in October.", "Carolina Mendez"),
])
def test_people_named_like_things(make_doc, text, person):
    assert person in _persons(make_doc(text))


@pytest.mark.parametrize("text, person", [
    # a titled name in a list of places stays a person
    ("Governor Brennock, Senator Hollis, and Dallas mayor Ana Ruiz met in Austin.", "Brennock"),
    ("Senator Warren and Senator Sanders spoke in Maine, Texas and Ohio.", "Warren"),
    # a list an office word introduces is a list of people, whatever the model tagged
    ("We thank Senators Wyden, Merkley, and Schrader for their support.", "Schrader"),
    ("I met Ana Ruiz, Tom Baker, and Dravenko in Geneva and Paris.", "Dravenko"),
    # a full name before a state in apposition
    ("Ana Ruiz, Texas Democrat, spoke in Austin on Friday.", "Ana Ruiz"),
    ("Tomas Ferrante, who leads the union, said the strike would go on.", "Tomas Ferrante"),
])
def test_people_stay_people(make_doc, text, person):
    assert person in _persons(make_doc(text))


@pytest.mark.parametrize("text, thing", [
    # "who" after a body, a group or a place word belongs to the noun before it
    ("Members of Congress who are here today deserve our thanks.", "Congress"),
    ("We need to elect members of the United States Congress who will pass national legislation.", "Congress"),
    ("The Houthis, who control the capital, fired a missile on Sunday.", "Houthis"),
    ("Democrats, who control the House, passed the bill.", "Democrats"),
])
def test_who_after_bodies_and_groups(make_doc, text, thing):
    assert thing not in _persons(make_doc(text))


@pytest.mark.parametrize("text, persons", [
    # the next speaker thanks the one before by first name: one person, named by the label's surname
    ("Remarks by the President\n\nMR. DALMORE:  Please welcome the President of the United States.\n\n"
     "THE PRESIDENT:  Antonio, thank you for that introduction and for hosting us here today.", ["Dalmore"]),
    # another person named first in the turn: the first name may be theirs, so it stays apart
    ("Remarks by the President\n\nMS. OKAFOR:  Thank you all.\n\nTHE PRESIDENT:  Thank you.  Please sit down.  "
     "I want to thank Senator Ruiz.  And Maria, you have been great.", ["Okafor", "Ruiz", "Maria"]),
])
def test_first_name_after_a_labelled_turn(make_doc, text, persons):
    assert _persons(make_doc(text, title="Remarks by the President")) == persons


@pytest.mark.parametrize("text, person", [
    # the object of a verb of talking to someone, tagged as a place or a product
    ("I even called Castellane.  He wasn't there, though.", "Castellane"),
    ("We called Verhoeven yesterday to thank him.", "Verhoeven"),
    ("The President spoke to Zelenkov just the other day.  He had a conversation with the G7 as well.", "Zelenkov"),
])
def test_people_talked_to(make_doc, text, person):
    assert person in _persons(make_doc(text))


@pytest.mark.parametrize("text, thing", [
    # "called" after a noun names a thing; a company is talked to as well
    ("Last week, a company called Tritium announced a new plant.", "Tritium"),
    ("I went to a little school called Holy Rosary across the street.", "Holy Rosary"),
    ("I talked to Samsung about the plant.", "Samsung"),
    ("Our envoy is in the region today, meeting with Taliban officials.", "Taliban"),
])
def test_things_talked_to(make_doc, text, thing):
    assert thing not in _persons(make_doc(text))
