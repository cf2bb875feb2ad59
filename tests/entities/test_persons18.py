"""Round-18 person rules: a sentence-opening conjunction glued to a name
(:mod:`pipeline.entities.personedges`), personifications, abstract-noun surnames and degree
letters (:mod:`pipeline.entities.nonpersonwords`), transliteration variants of one name
(:mod:`pipeline.entities.spellingvariants`). The texts are invented."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _persons(doc) -> list[str]:
    return [e.name for e in doc._.newsie_entities if e.label == "PERSON"]


@pytest.mark.parametrize("text, n, expected", [
    ("And Tomas Lindqvist fought for this bill.", 3, "Tomas Lindqvist"),
    ("But Maria Okonkwo could not be here today.", 3, "Maria Okonkwo"),
    # no conjunction, or the conjunction alone, or a lower-case word after it: left as it is
    ("Tomas Lindqvist fought for this bill.", 2, "Tomas Lindqvist"),
    ("And then it rained.", 1, "And"),
    ("And so it goes.", 2, "And so"),
])
def test_opening_conjunction_is_cut(make_doc, text, n, expected):
    from pipeline.entities.personedges import conjunction_cut

    doc = make_doc(text)
    assert conjunction_cut(doc[0:n]).text == expected


@pytest.mark.parametrize("text, name", [
    # (the model tags "Santa Claus" a PERSON here; in "wrote letters to Santa Claus" it tags it ORG,
    # which would pass without the word list)
    ("Kids lined up to meet Santa Claus at the mall.", "Santa Claus"),
    ("The poster showed Uncle Sam pointing at the reader.", "Uncle Sam"),
    ("She received an Ed.D. from Temple University in 1998.", "Ed"),
    # the head of a meeting's name after an office word, broken over a line or not
    ("The premier flew on from the Nordic Council session to the Arctic Leader\nSummit in Tromso.", "Summit"),
])
def test_figures_and_degree_letters_are_not_persons(make_doc, text, name):
    assert name not in _persons(make_doc(text))


@pytest.mark.parametrize("word, expected", [
    ("Announcement", True), ("Statement", True), ("Proclamation", True), ("Commission", True),
    # surnames and given names with a like ending stay names
    ("Clement", False), ("Marion", False), ("Ashton", False), ("Lawrence", False),
])
def test_abstract_noun_suffixes(word, expected):
    from pipeline.entities.nonpersonwords import _abstract_noun

    assert _abstract_noun(word) is expected


@pytest.mark.parametrize("text, person", [
    # a real person whose name contains a figure's word stays
    ("Santana Ruiz, a teacher, spoke to the board on Monday.", "Santana Ruiz"),
    ("Edward Okafor received an award from the mayor.", "Edward Okafor"),
])
def test_names_near_figures_stay(make_doc, text, person):
    assert person in _persons(make_doc(text))


@pytest.mark.parametrize("a, b, same", [
    ("Mohammed bin Salman", "Mohamed bin Salman", True),
    ("Hassan bin Tariq Haddad", "Hasan bin Tariq Haddad", True),
    # two words only, or two words differing, or a change that is not a doubled letter
    ("Anna Ruiz", "Ana Ruiz", False),
    ("Mohammed bin Salman", "Mohamed bin Sultan", False),
    ("Ahmed bin Salman", "Mohamed bin Salman", False),
])
def test_spelling_variants(a, b, same):
    from pipeline.entities.lexicon import Group
    from pipeline.entities.spellingvariants import spelling_variants_joined

    people = [Group(label="PERSON", name=a, country=None, first=0), Group(label="PERSON", name=b, country=None, first=1)]
    joined = spelling_variants_joined(people)
    assert (len(joined) == 1) is same
    assert joined[0].name == a
