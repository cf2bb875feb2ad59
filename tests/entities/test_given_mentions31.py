"""Round 31: a lone given name is a mention of the one person of the article who has it
("Martin Indyk dedicated his life to peace ... Martin served as Special Envoy"); with two people
of that first name, or none, it is left alone. The texts are invented."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _mentions(doc) -> dict[str, list[str]]:
    return {e.name: [m.text for m in e.mentions] for e in doc._.newsie_entities if e.label == "PERSON"}


@pytest.mark.parametrize("text, person, count", [
    ("Statement on the Passing of Ambassador Tomas Lindgren\n\nTomas Lindgren dedicated his life to peace. "
     "Raised in Sweden, Tomas moved to Washington in 1980. Tomas served as Special Envoy for the Sahel.",
     "Tomas Lindgren", 4),
])
def test_lone_given_name_joins_the_one_full_name(make_doc, text, person, count):
    assert len(_mentions(make_doc(text)).get(person, [])) == count


@pytest.mark.parametrize("text, items, added", [
    # one Tomas: the lone one is his
    ("Tomas Lindgren spoke today . Later Tomas said the talks went well .", [(0, 2, "PERSON")], [(6, 7, "PERSON")]),
    # two Tomases: left alone
    ("Tomas Lindgren and Tomas Berg spoke today . Later Tomas said it .",
     [(0, 2, "PERSON"), (3, 5, "PERSON")], []),
    # part of a longer name, or after a title: left alone
    ("Tomas Lindgren spoke today . Later Tomas Street was closed .", [(0, 2, "PERSON")], []),
])
def test_lone_given_names_rule(nlp, text, items, added):
    from spacy.tokens import Doc

    from pipeline.entities.given_mentions import lone_given_names

    doc = nlp(Doc(nlp.vocab, words=text.split()))
    out = lone_given_names(doc, list(items), 0)
    assert sorted(set(out) - set(items)) == added


def test_lone_given_name_reads_its_office(make_doc):
    roles = make_doc("Statement on the Passing of Ambassador Tomas Lindgren\n\nTomas Lindgren dedicated "
                          "his life to peace. Tomas served as Special Envoy for the Sahel from 2009 to 2012.",
                     published="2024-07-26")._.newsie_roles
    assert any(r.person_name == "Tomas Lindgren" and r.title.startswith("Special Envoy") for r in roles)


@pytest.mark.parametrize("text, holder", [
    # a Title Case headline: "Passing of Former" is no body, "Former" opens the title
    ("Statement on the Passing of Former Senator Tomas Lindgren\n\nTomas Lindgren was an American hero.",
     "Tomas Lindgren"),
])
def test_status_word_is_the_titles_not_a_bodys(make_doc, text, holder):
    doc = make_doc(text, published="2021-11-09")
    assert not any(e.label == "ORG" and e.name.endswith("Former") for e in doc._.newsie_entities)
    assert any(r.person_name == holder and r.status == "former" for r in doc._.newsie_roles)
