"""Companies among the ORG entities (pipeline.entities.companies): legal suffixes, business
nouns before or after the name, shares and executives; public bodies never. Invented texts."""

import pytest

from pipeline.entities.companies import company_ids
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
