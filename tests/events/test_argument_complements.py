"""Recipients the parse puts out of the trigger's own reach: on the noun an event word modifies,
on a list the parser hung on the verb, in a titled group's "of" list, in the occasion a host
gave; the pair of "the leaders" kept when their object is a document; a topic discussed is no
party; the occasion of condolences is no recipient.

Invented sentences (not copied from any gold or pool text).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

CASES = [
    # the complements of a compound event noun hang on the noun it modifies
    ("Britain announced a 200 million pound military aid package for Ukraine on Thursday.", "AID",
     [("AID", "United Kingdom", "Ukraine")]),
    ("Canada announced a new aid package on Monday.", "AID", [("AID", "Canada", None)]),
    # an amount "in aid to X": the recipient hangs on the kind of aid
    ("Germany pledged 500 million euros in aid to Ukraine.", "AID", [("AID", "Germany", "Ukraine")]),
    ("Germany pledged 500 million euros in aid.", "AID", [("AID", "Germany", None)]),
    # an object list the parser hung on the verb: one consultation per listed person
    ("President Anna Berg met today with Prime Minister Tom Lund of Norway, President Ivo Petrov of Bulgaria, "
     "and President Jan Novak of Slovakia on the margins of the summit.", "CONSULT",
     [("CONSULT", "Anna Berg", "Tom Lund"), ("CONSULT", "Anna Berg", "Ivo Petrov"),
      ("CONSULT", "Anna Berg", "Jan Novak")]),
    # a capitalised plural title followed by the countries it serves: one consultation per country
    ("Deputy National Security Advisor Anna Berg met virtually with the Deputy National Security Advisors of "
     "France, Germany, Italy, and the UK.", "CONSULT",
     [("CONSULT", "Anna Berg", "FRA"), ("CONSULT", "Anna Berg", "DEU"), ("CONSULT", "Anna Berg", "ITA"),
      ("CONSULT", "Anna Berg", "GBR")]),
    # the occasion of condolences or congratulations is not whom they are offered to
    ("President Anna Berg offered her condolences to President Tom Lund on the loss of his predecessor, "
     "Ivo Petrov.", "SUPPORT", [("SUPPORT", "Anna Berg", "Tom Lund")]),
    # the beneficiary of a promised act: its object's owner, a "to" noun, an adjective's complement
    ("Prime Minister Anna Berg recommitted to supporting the defense of Estonia against hostile acts.", "AGREE",
     [("AGREE", "Anna Berg", "EST")]),
    ("Prime Minister Anna Berg pledged her full support for the government and people of Estonia.", "AGREE",
     [("AGREE", "Anna Berg", "EST")]),
    ("U.S. Ambassador Anna Berg highlighted the U.S. commitment to cooperation with Chile.", "AGREE",
     [("AGREE", "Anna Berg", "CHL")]),
    ("President Anna Berg reiterated the commitment of the United States to stand strong with Canada.", "AGREE",
     [("AGREE", "Anna Berg", "CAN")]),
    # a relation or forum named after two sides is aimed at the side that is not the actor's
    ("Foreign Minister Anna Berg of Canada reaffirmed her commitment to the U.S.-Canada Alliance.", "AGREE",
     [("AGREE", "Anna Berg", "USA")]),
    ("Secretary Anna Berg of the United States met with the U.S.-ASEAN Business Council.", "CONSULT",
     [("CONSULT", "Anna Berg", "U.S.-ASEAN Business Council")]),
    # a trip to an organisation's summit is a consultation with the organisation, not the host city
    ("President Anna Berg traveled to Brussels for the NATO summit on Tuesday.", "CONSULT",
     [("CONSULT", "Anna Berg", "NATO")]),
    ("President Anna Berg traveled to Chicago for a fundraising meeting.", "CONSULT", [("CONSULT", "Anna Berg", None)]),
    # a reaction to a possessed document or plan is aimed at its owner
    ("Prime Minister Anna Berg welcomed Japan's new National Security Strategy.", "SUPPORT",
     [("SUPPORT", "Anna Berg", "JPN")]),
    ("Prime Minister Anna Berg welcomed the renewal of the Arctic Fisheries Agreement.", "SUPPORT",
     [("SUPPORT", "Anna Berg", None)]),
    # a condemnation noun names its target with "of"
    ("Norway reiterated its unequivocal condemnation of Russia's war of aggression against Ukraine.", "ACCUSE",
     [("ACCUSE", "Norway", "RUS")]),
    # an occasion given in someone's honour: the honoured guest is met
    ("President Anna Berg hosted a state dinner for President Tom Lund at the palace.", "CONSULT",
     [("CONSULT", "Anna Berg", "Tom Lund")]),
    ("President Anna Berg hosted a luncheon in honor of Prime Minister Tom Lund on Friday.", "CONSULT",
     [("CONSULT", "Anna Berg", "Tom Lund")]),
    # co-hosts named with long appositions each host; neither is the other's guest
    ("On May 2, Jane Roe, Director of the Policy Council, and Mary Major, Coordinator for Defense Policy on the "
     "National Security Council, hosted a virtual roundtable on veterans' health.", "CONSULT",
     [("CONSULT", "Jane Roe", None), ("CONSULT", "Mary Major", None)]),
    # a verb of taking sides names whom it supports with "by" or "behind"; a thing or a place is no side
    ("Peru said on Monday it stood by Bolivia in the river dispute.", "SUPPORT", [("SUPPORT", "PER", "BOL")]),
    ("Chile stood behind Peru at the summit.", "SUPPORT", [("SUPPORT", "CHL", "PER")]),
    ("Chile stands by its decision to leave the pact.", "SUPPORT", []),
    ("Guards stood by the gate as the minister arrived.", "SUPPORT", []),
]


@pytest.mark.model
@pytest.mark.parametrize("text, typ, expected", CASES, ids=[c[0][:48] for c in CASES])
def test_complement_recipient(event_inputs, text, typ, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == typ], expected)


PAIR_CASES = [
    # a government body named after its leader stands for that leader
    ("President Anna Berg met with Nigerian President Bola Adeyemi today. President Berg welcomed the Adeyemi "
     "Administration's steps to reform the economy.", "welcomed", [("SUPPORT", "Anna Berg", "Bola Adeyemi")]),
    # the leaders' commitment to a document is between the leaders
    ("President Anna Berg spoke today with Prime Minister Tom Lund of Norway. The leaders also underscored their "
     "enduring commitment to the Arctic Fisheries Agreement.", "commitment", [("AGREE", "Anna Berg", "Tom Lund")]),
    ("Chancellor Anna Berg met President Tom Lund of Norway. The two leaders signed the Arctic Fisheries Agreement.",
     "signed", [("AGREE", "Anna Berg", "Tom Lund")]),
    # a topic discussed names no party: the pair discussed it, and stays the pair
    ("President Anna Berg met virtually today with Prime Minister Tom Lund of Norway. The leaders discussed the "
     "response to Russia's war in Ukraine. The leaders underscored their commitment to the Arctic Council.",
     "commitment", [("AGREE", "Anna Berg", "Tom Lund")]),
    # "his counterpart" with no name is the one he was paired with
    ("President Anna Berg spoke today with Prime Minister Tom Lund of Norway. President Berg thanked her "
     "counterpart for Norway's support.", "thanked", [("SUPPORT", "Anna Berg", "Tom Lund")]),
    ("President Anna Berg spoke today with Prime Minister Tom Lund of Norway. Lund thanked his counterpart for the "
     "invitation.", "thanked", [("SUPPORT", "Tom Lund", "Anna Berg")]),
    # a leader's promise to a country forms no pair of "the leaders"
    ("President Anna Berg met Prime Minister Tom Lund of Norway in Oslo. President Berg recommitted to supporting "
     "the defense of Estonia. The leaders committed to continue their close cooperation.", "committed",
     [("AGREE", "Anna Berg", "Tom Lund")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, expected", PAIR_CASES, ids=[c[0][-48:] for c in PAIR_CASES])
def test_pair_recipient(event_inputs, text, trigger, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.trigger.text == trigger], expected)


def test_participle_with_its_own_subject_is_a_main_verb():
    """A past participle parsed as modifying a name but with a subject of its own ("President Ann
    Roe, Jr. called President Tom Lund", hung on "Roe") is the main verb, not a reduced passive."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from pipeline.events.voice import is_passive, misparsed_main_verb

    words = ["President", "Ann", "Roe", ",", "Jr.", "called", "President", "Tom", "Lund", "today", "."]
    heads = [2, 2, 2, 5, 5, 2, 8, 8, 5, 2, 2]
    deps = ["compound", "compound", "ROOT", "punct", "nsubj", "acl", "compound", "compound", "oprd", "npadvmod",
            "punct"]
    tags = ["NNP", "NNP", "NNP", ",", "NNP", "VBN", "NNP", "NNP", "NNP", "NN", "."]
    pos = ["PROPN", "PROPN", "PROPN", "PUNCT", "PROPN", "VERB", "PROPN", "PROPN", "PROPN", "NOUN", "PUNCT"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    assert misparsed_main_verb(doc[5]) and not is_passive(doc[5])
    # a real reduced relative has neither subject nor object: "the troops stationed in Poland"
    words = ["Roe", "visited", "the", "troops", "stationed", "there", "."]
    doc = Doc(Vocab(), words=words, heads=[1, 1, 3, 1, 3, 4, 1], deps=["nsubj", "ROOT", "det", "dobj", "acl",
                                                                       "advmod", "punct"],
              tags=["NNP", "VBD", "DT", "NNS", "VBN", "RB", "."], pos=["PROPN", "VERB", "DET", "NOUN", "VERB", "ADV",
                                                                      "PUNCT"])
    assert not misparsed_main_verb(doc[4]) and is_passive(doc[4])
