"""Companies among the ORG entities (pipeline.entities.companies): legal suffixes, business
nouns before or after the name, lists of examples, shares and executives, short forms; public
bodies and state companies never. Invented texts."""

import pytest

from pipeline.entities.companies import company_ids, company_short_forms
from pipeline.knowledge.companies import company_words
from pipeline.records import Entity, Span


def _orgs(text, names):
    ents = []
    for i, name in enumerate(names, 1):
        start = text.index(name)
        ents.append(Entity(id=f"E{i}", label="ORG", name=name, country=None,
                           mentions=(Span.of(text, start, start + len(name)),)))
    return ents


def _companies(text, names):
    ids = set(company_ids(text, _orgs(text, names)))
    return sorted(e.name for e in _orgs(text, names) if e.id in ids)


@pytest.mark.parametrize("text, names, expected", [
    # legal form in the name or right after it
    ("Corvane Inc. cut its forecast, and Maribel Foods Ltd followed.", ["Corvane Inc.", "Maribel Foods Ltd"],
     ["Corvane Inc.", "Maribel Foods Ltd"]),
    ("Talvik, AG, and Dornhof N.V. merged.", ["Talvik", "Dornhof N.V."], ["Dornhof N.V.", "Talvik"]),
    # a business head noun ending the name
    ("Orsino Aerospace and Kettering Holdings bid for the contract.", ["Orsino Aerospace", "Kettering Holdings"],
     ["Kettering Holdings", "Orsino Aerospace"]),
    # a business noun before the name or in an apposition after it
    ("The ministry hired the carmaker Velsa and drone maker Quorra.", ["Velsa", "Quorra"], ["Quorra", "Velsa"]),
    ("Brantum, the Dutch chipmaker, said orders rose.", ["Brantum"], ["Brantum"]),
    # shares, executives and a ticker
    ("Shares of Lindqvist rose 3% while Ostara's chief executive resigned.", ["Lindqvist", "Ostara"],
     ["Lindqvist", "Ostara"]),
    ("Pelmora (NYSE: PLM) reported a loss.", ["Pelmora"], ["Pelmora"]),
    # public and international bodies are no companies, whatever their context
    ("The Ministry of Defence, the contractor's main customer, and NATO met.", ["Ministry of Defence", "NATO"], []),
    ("The Federal Aviation Administration said the World Bank agreed.",
     ["Federal Aviation Administration", "World Bank"], []),
    # "X shares" is also a verb: no cue alone
    ("Hamas shares the blame, the Trade Council said.", ["Hamas", "Trade Council"], []),
    # a state company is its government's agent, not a business
    ("Angola's state oil company Sonarel raised output.", ["Sonarel"], []),
    ("Sonarel, the state-owned oil company, raised output.", ["Sonarel"], []),
    ("Sonarel, the Angolan oil company, raised output.", ["Sonarel"], ["Sonarel"]),
    # other bodies that are no businesses
    ("The Liberal Party and Carden University signed up.", ["Liberal Party", "Carden University"], []),
    # a short form of a company's name after the full one
    ("Quillon Dynamics won the bid; Quillon said work starts in May.", ["Quillon Dynamics", "Quillon"],
     ["Quillon", "Quillon Dynamics"]),
], ids=lambda v: v[:30] if isinstance(v, str) else None)
def test_company_ids(text, names, expected):
    assert _companies(text, names) == expected


def test_only_org_entities():
    text = "Ana Ruiz Inc. is a sentence the model would never write."
    ent = Entity(id="E1", label="PERSON", name="Ana Ruiz", country=None, mentions=(Span.of(text, 0, 8),))
    assert company_ids(text, [ent]) == ()


@pytest.mark.model
def test_component_sets_doc_attribute(nlp):
    doc = nlp("Shares of Varnell Motors fell on Monday, the Commerce Department said.")
    names = {e.id: e.name for e in doc._.newsie_entities}
    assert [names[i] for i in doc._.newsie_companies] == ["Varnell Motors"]


def _ents(text, spec):
    out = []
    for i, (name, label) in enumerate(spec, 1):
        start = text.index(name)
        out.append(Entity(id=f"E{i}", label=label, name=name, country=None,
                          mentions=(Span.of(text, start, start + len(name)),),
                          person_key=name.lower() if label == "PERSON" else None))
    return out


SHORT_FORM_CASES = [
    # the firm named in full, then by its first word
    ("Dravik Aerospace Corp. won the order. Dravik said it would hire.",
     [("Dravik Aerospace Corp.", "ORG"), ("Dravik", "PERSON")], {"E1"}, {"Dravik": "ORG"}),
    ("Halloran Steel Inc. shares rose. Halloran expects more orders.",
     [("Halloran Steel Inc.", "ORG"), ("Halloran", "PERSON")], {"E1"}, {"Halloran": "ORG"}),
    # a person of the article has that word in a full name: the founder stays a person
    ("Martha Quennell founded Quennell Foods Ltd. Quennell said sales grew.",
     [("Martha Quennell", "PERSON"), ("Quennell Foods Ltd.", "ORG"), ("Quennell", "PERSON")], {"E2"},
     {"Quennell": "PERSON"}),
    # the organisation is no company: no evidence that the word is its short form
    ("The Kellan Institute published a study. Kellan said the results were clear.",
     [("Kellan Institute", "ORG"), ("Kellan", "PERSON")], set(), {"Kellan": "PERSON"}),
    # a person's two-word name is never relabelled
    ("Brisco Mining Ltd. hired Ana Brisco. Ana Brisco said she was pleased.",
     [("Brisco Mining Ltd.", "ORG"), ("Ana Brisco", "PERSON")], {"E1"}, {"Ana Brisco": "PERSON"}),
]


@pytest.mark.parametrize("text, spec, companies, expected", SHORT_FORM_CASES, ids=[c[0][:30] for c in SHORT_FORM_CASES])
def test_company_short_forms(text, spec, companies, expected):
    ents = company_short_forms(_ents(text, spec), companies)
    by_name = {e.name: e for e in ents if e.name in expected}
    assert {name: e.label for name, e in by_name.items()} == expected
    assert all(e.person_key is None for e in ents if e.label == "ORG")
    assert [e.id for e in ents] == [f"E{i}" for i in range(1, len(spec) + 1)]


@pytest.mark.model
def test_short_form_of_a_company_is_no_person(nlp):
    doc = nlp("Sikorsky Aircraft Corp. will build the engines, the company said on Monday. "
              "Sikorsky declined to comment on the price.")
    labels = {e.name: e.label for e in doc._.newsie_entities}
    assert labels.get("Sikorsky") in (None, "ORG")
    assert "Sikorsky" not in {e.name for e in doc._.newsie_entities if e.label == "PERSON"}


PARSE_CASES = [
    ("Drone maker Quillon Dynamics opened a plant.", {"Quillon Dynamics"}),      # name and noun
    ("Shares of Orbix fell on Tuesday.", {"Orbix"}),                              # shares language
    ("Orbix shares fell on Tuesday.", {"Orbix"}),                                 # what only companies have
    ("Orbix's chief executive resigned.", {"Orbix"}),
    ("Firms such as Orbix cut prices.", {"Orbix"}),                               # a list of examples
    ("The Department of Commerce fined Orbix.", set()),                          # no evidence for Orbix
    ("Venezuela's state oil company Petrosur raised output.", set()),           # state-owned
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", PARSE_CASES, ids=[c[0][:40] for c in PARSE_CASES])
def test_companies_on_the_parse(nlp, text, expected):
    doc = nlp(text)
    names = {e.id: e.name for e in doc._.newsie_entities}
    assert {names[i] for i in doc._.newsie_companies} == expected


def test_company_words_are_lower_case_and_leave_out_group():
    words = company_words()
    for group in (words.name_heads, words.business_nouns, words.business_attributes, words.state_words,
                  words.government_words, words.other_body_words):
        assert all(w == w.lower() for w in group)
    assert "group" not in words.business_nouns  # "the militant group Hamas"
