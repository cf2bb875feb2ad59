"""Sides of readouts and joint statements with several participants (round 13).

Invented sentences (fictional people, generic offices); each row lists every event of the
checked type the text must yield: (type, actor, recipient), a side matching the recorded name
or its ISO3 country, None for an empty side.
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

PUBLISHER = [
    # a joint statement speaks for all its signers: "we" is two of those its title names; in a
    # text one of the signing governments publishes, that government first, its first partner second
    ("Joint Statement of Chile, Peru, and the United States",
     "We, the leaders of Chile, Peru, and the United States, met today. We reaffirm our commitment to "
     "free and fair trade. We condemn Ruritania's missile launches.", "AGREE", [("AGREE", "USA", "CHL")]),
    ("Joint Statement of Chile, Peru, and the United States",
     "We, the leaders of Chile, Peru, and the United States, met today. We condemn Ruritania's "
     "missile launches.", "ACCUSE", [("ACCUSE", "USA", "Ruritania")]),
    ("Joint Statement of Chile, Peru, and Mexico",
     "We, the governments of Chile, Peru, and Mexico, reaffirm our commitment to free and fair trade.",
     "AGREE", [("AGREE", "CHL", "PER")]),
    # a title naming its parties before "Joint Statement" names who "we" are too, when nothing before it
    # does: a hyphen or dash between two countries, or a hyphenated pair in one word
    ("Chile \u2013 Peru Joint Statement", "Chile \u2013 Peru Joint Statement\n\nWe condemn Ruritania's missile "
     "launches. Ruritania's war against Moldova goes on, and Ruritania attacked the port of Chisinau.", "ACCUSE",
     [("ACCUSE", "CHL", "Ruritania")]),
    ("U.S.-Japan Joint Leaders' Statement", "U.S.-Japan Joint Leaders' Statement\n\nWe condemn Ruritania's "
     "missile launches. Ruritania's war against Moldova goes on.", "ACCUSE", [("ACCUSE", "USA", "Ruritania")]),
    # "we, the leaders of A, B and C": each country's one named head of state or government
    (None, "We, the leaders of Chile, Peru, and the United States, met today at the summit. President Maria "
     "Lopez of Chile, President Ana Silva of Peru and President Tom Reed of the United States hosted a dinner. "
     "We condemn Ruritania's missile launches.", "ACCUSE", [("ACCUSE", "Tom Reed", "Ruritania")]),
    # ... a country whose leader the text does not name leaves the countries as they are
    (None, "We, the leaders of Chile, Peru, and the United States, met today at the summit. President Maria "
     "Lopez of Chile hosted a dinner. We condemn Ruritania's missile launches.", "ACCUSE",
     [("ACCUSE", "USA", "Ruritania")]),
    (None, "We, the governments of Chile, Peru, and the United States, met today at the summit. President Maria "
     "Lopez of Chile and President Tom Reed hosted a dinner. We condemn Ruritania's missile launches.",
     "ACCUSE", [("ACCUSE", "USA", "Ruritania")]),
    # ... a government's own statement keeps "we" as itself
    ("Statement on Trade with Peru",
     "The United States welcomed Peru's decision. We reaffirm our commitment to free and fair trade "
     "with Peru.", "AGREE", [("AGREE", "USA", "PER")]),
    # a participants list fronted by its participle: one consultation with each named leader
    (None, "Today, President Maria Lopez of the United States convened a call with allies and partners "
     "to coordinate support for Moldova. Joining President Lopez on the call were Prime Minister Jean "
     "Dubois of France, Chancellor Hans Weber of Germany, and Prime Minister Ana Silva of Portugal.",
     "CONSULT", [("CONSULT", "Maria Lopez", "Jean Dubois"), ("CONSULT", "Maria Lopez", "Hans Weber"),
                 ("CONSULT", "Maria Lopez", "Ana Silva")]),
    # "U.S. support" pledged by an official the text gives no country is his government's, not its recipient;
    # the opening meeting's counterpart is (round 62, events/lead_counterparts.py)
    (None, "Tom Reed met last night with Prime Minister Ana Silva of Portugal. On regional matters, Reed pledged "
     "full U.S. support to help resolve the outstanding boundary issues.", "AGREE", [("AGREE", "Tom Reed", "Ana Silva")]),
    # "the meeting included: A, B, ...": each listed foreign leader is a counterpart, the first one is
    # who "they" are next
    (None, "Vice President Anna Berg of the United States convened today European leaders on the margins of the "
     "summit in Rome. In addition to the Vice President, the meeting included: Prime Minister Jan Novak of Czechia, "
     "Prime Minister Ana Silva of Portugal, and Prime Minister Paul Meyer of Austria. They agreed that they would "
     "continue to assess the situation.", "AGREE", [("AGREE", "Anna Berg", "Jan Novak")]),
    # a welcomed visit to one's own capital is welcomed from whoever made it, not from the capital
    (None, "President Maria Lopez of the United States spoke today with Prime Minister Ana Silva of Portugal. The "
     "President welcomed the visit to Washington this week by the Prime Minister\u2019s National Security Advisor.",
     "SUPPORT", [("SUPPORT", "Maria Lopez", "PRT")]),
    (None, "President Maria Lopez of the United States spoke today with Prime Minister Ana Silva of Portugal. The "
     "President welcomed the visit of Prime Minister Silva to Washington.", "SUPPORT",
     [("SUPPORT", "Maria Lopez", "Ana Silva")]),
    # joining a call already reported: a consultation with the other side of that call
    (None, "President Maria Lopez of the United States spoke this morning with Prime Minister Ana Silva of Portugal. "
     "U.S. Vice President Tom Reed joined the call.", "CONSULT",
     [("CONSULT", "Maria Lopez", "Ana Silva"), ("CONSULT", "Tom Reed", "Ana Silva")]),
    (None, "President Maria Lopez of the United States met virtually with G7 Leaders. Prime Minister Ana Silva of "
     "Portugal joined the beginning of the virtual meeting.", "CONSULT",
     [("CONSULT", "Maria Lopez", "G7"), ("CONSULT", "Ana Silva", "Maria Lopez")]),
    # ... joining a call for something joins a demand
    (None, "President Maria Lopez of Chile spoke with President Ana Silva of Peru. Spain joined the call for a "
     "ceasefire.", "CONSULT", [("CONSULT", "Maria Lopez", "Ana Silva")]),
    # one host, two guests: one promise to each
    (None, "President Maria Lopez of the United States will host President Ana Cruz of Peru and Prime "
     "Minister Kenji Sato of Japan on April 11 at the White House for a trilateral summit.", "AGREE",
     [("AGREE", "Maria Lopez", "Ana Cruz"), ("AGREE", "Maria Lopez", "Kenji Sato")]),
]


@pytest.mark.model
@pytest.mark.parametrize("title, text, typ, expected", PUBLISHER)
def test_publisher_readouts(event_inputs, title, text, typ, expected):
    full = f"{title}\n\n{text}" if title else text
    doc, entities, roles, dates = event_inputs(full, country="USA")
    events = extract_events(doc, entities=entities, roles=roles, dates=dates, home_country="USA")
    _check([e for e in events if e.type == typ], expected)


@pytest.mark.model
def test_person_signers_keep_their_order(event_inputs):
    """A title listing persons keeps its order even when the home country read for the text is a
    partner's (a joint text's first person may count the partner's acts)."""
    full = ("Joint Statement by President Tom Reed of the United States and Chancellor Hans Weber of Germany\n\n"
            "We condemn Ruritania's missile launches against Moldova.")
    doc, entities, roles, dates = event_inputs(full)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates, home_country="DEU")
    _check([e for e in events if e.type == "ACCUSE"], [("ACCUSE", "Tom Reed", "Ruritania")])


CASES = [
    # a list of titled leaders the parser reads as an apposition chain: the first two are the pair
    ("President Jean Dubois of France, Chancellor Hans Weber of Germany, Prime Minister Ana Silva of "
     "Portugal, and President Maria Lopez of Chile met today in Lisbon, Portugal. The leaders condemned "
     "Ruritania's continued war of aggression against Moldova.", "ACCUSE", [("ACCUSE", "Jean Dubois", "Ruritania")]),
    ("President Jean Dubois of France, Chancellor Hans Weber of Germany, Prime Minister Ana Silva of "
     "Portugal, and President Maria Lopez of Chile met today in Lisbon, Portugal.", "CONSULT",
     [("CONSULT", "Jean Dubois", "Hans Weber")]),
    # an object pronoun after a titled subject is the person named before it, not the subject
    ("Vice President Anna Berg of Sweden hosted President Paul Okoro of Nigeria today. The Vice President "
     "applauded President Okoro's leadership on health and thanked him for his efforts on vaccines.",
     "SUPPORT", [("SUPPORT", "Anna Berg", "Paul Okoro"), ("SUPPORT", "Anna Berg", "Paul Okoro")]),
    # list items after semicolons, one consultation each
    ("Vice President Anna Berg spoke individually with: Prime Minister Kaja Novak of Estonia; Prime Minister "
     "Janis Berzins of Latvia; Prime Minister Ruta Kairyte of Lithuania; Prime Minister Adam Nowak of Poland; "
     "and Prime Minister Ion Popescu of Romania.", "CONSULT",
     [("CONSULT", "Anna Berg", "Kaja Novak"), ("CONSULT", "Anna Berg", "Janis Berzins"),
      ("CONSULT", "Anna Berg", "Ruta Kairyte"), ("CONSULT", "Anna Berg", "Adam Nowak"),
      ("CONSULT", "Anna Berg", "Ion Popescu")]),
    # a plural group noun spelled out right after it, no comma: one consultation with each
    ("Secretary Anna Berg met with her counterparts Foreign Minister Jan Novak of Czechia and Foreign Minister "
     "Ana Silva of Portugal in Brussels.", "CONSULT",
     [("CONSULT", "Anna Berg", "Jan Novak"), ("CONSULT", "Anna Berg", "Ana Silva")]),
    # "work together and with other partners": the other side of the pair's promise is still the pair
    ("President John Miller of Chile spoke today with King Omar of Jordan. The President and King Omar affirmed "
     "their commitment to work together and with other regional partners to set the conditions for peace.",
     "AGREE", [("AGREE", "John Miller", "Omar")]),
    # a title the parser split from its holder's name stands for the holder, not for the
    # organisation compounded into it
    ("Deputy Advisor Tom Reed spoke with UN Special Coordinator for the Middle East Peace Process Lars Berg, "
     "joined by Administrator Ana Silva, and they discussed the conditions in Gaza.", "CONSULT",
     [("CONSULT", "Tom Reed", "Lars Berg")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, typ, expected", CASES)
def test_readout_sides(event_inputs, text, typ, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == typ], expected)


def _parsed(nlp, words, heads, deps):
    from spacy.tokens import Doc

    return Doc(nlp.vocab, words=words, heads=heads, deps=deps)


@pytest.mark.model
@pytest.mark.parametrize("words, heads, deps, verb, expected", [
    # an apposition after a dash at the end of the clause is no object of the verb
    (["Lopez", "and", "Sato", "met", "today", "\u2014", "two", "allies"], [3, 0, 0, 3, 3, 3, 3, 6],
     ["nsubj", "cc", "conj", "ROOT", "npadvmod", "punct", "dobj", "prep"], 3, None),
    # ... a dash closing an aside keeps the object after it
    (["Peru", "imposed", "\u2014", "again", "\u2014", "sanctions"], [1, 1, 1, 1, 1, 1],
     ["nsubj", "ROOT", "punct", "advmod", "punct", "dobj"], 1, "sanctions"),
    (["Peru", "imposed", "sanctions"], [1, 1, 1], ["nsubj", "ROOT", "dobj"], 1, "sanctions"),
])
def test_dash_apposition_is_no_object(nlp, words, heads, deps, verb, expected):
    from pipeline.events.verbparts import direct_object

    doc = _parsed(nlp, words, heads, deps)
    obj = direct_object(doc[verb])
    assert (obj.text if obj is not None else None) == expected


@pytest.mark.model
@pytest.mark.parametrize("words, heads, deps, expected", [
    # a possessor the parser split from its noun at a curly apostrophe is no indirect object
    (["Lopez", "reaffirmed", "Peru", "\u2019", "commitment"], [1, 1, 1, 4, 1],
     ["nsubj", "ROOT", "dative", "punct", "dobj"], None),
    (["Lopez", "gave", "Peru", "loans"], [1, 1, 1, 1], ["nsubj", "ROOT", "dative", "dobj"], "Peru"),
])
def test_apostrophe_dative_is_a_possessor(nlp, words, heads, deps, expected):
    from pipeline.events.verbparts import indirect_object

    doc = _parsed(nlp, words, heads, deps)
    obj = indirect_object(doc[1])
    assert (obj.text if obj is not None else None) == expected
