"""A first-person speaker nobody names keeps his acts with a null actor; "It is an honor to host
X" is the speaker's act; a speaker bidding the room ("My fellow citizens, please welcome X")
reports no act (:mod:`pipeline.events.unnamed_speaker`).

Sentences are invented for these tests; the people and places are fictional or generic.
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

UNTITLED = [
    # an excerpt of remarks with no title, no labels and no seat of government: "I" is unnamed,
    # his acts are kept with a null actor
    ("In March, I spent two days in Lisbon.  Last weekend I met with Foreign Minister Joao Matos of "
     "Portugal in Oslo.", [("CONSULT", None, "Joao Matos")]),
    ("I spoke with Prime Minister Mia Holm of Norway yesterday about the border.", [("CONSULT", None, "Mia Holm")]),
    # with a people or a country only, whose side it is stays unknown: none
    ("I will continue to stand with Chilean workers in their fight for fair wages.", []),
    # "we" of an unknown government stays unresolved (its country is what the gold would code)
    ("We met with Prime Minister Mia Holm of Norway yesterday.", []),
    # someone else's "I" inside quotation marks is his, not the speaker's
    ('"I met with Prime Minister Mia Holm of Norway yesterday," a visitor wrote in a letter.', []),
    # "X and I": a pair, never the unnamed speaker alone
    ("Foreign Minister Joao Matos of Portugal and I met in Oslo.", []),
]

TITLE = "Remarks by President Ana Novak of Chile at a Reception"
OPEN = TITLE + "\n\nPRESIDENT NOVAK:  "

TITLED = [
    # the speaker is known: "I" is her, as before
    (OPEN + "Today I met with Prime Minister Mia Holm of Norway.", [("CONSULT", "Ana Novak", "Mia Holm")]),
    # "It is an honor to V": the speaker's own act, with a named counterpart
    (OPEN + "It's an honor to host Prime Minister Mia Holm of Norway at the palace.",
     [("CONSULT", "Ana Novak", "Mia Holm")]),
    (OPEN + "It was a privilege to meet with President Luis Arce of Bolivia last week.",
     [("CONSULT", "Ana Novak", "Luis Arce")]),
    # the room greeted, a wish, another doer: none of them the speaker's act with a party
    (OPEN + "It is my pleasure to welcome all of you here tonight.", []),
    (OPEN + "It would be an honor to meet with President Luis Arce of Bolivia next year.", []),
    # bidding the room: the addressed audience does not act
    (OPEN + "My fellow Chileans, please welcome Prime Minister Mia Holm of Norway.", []),
    (OPEN + "Ladies and gentlemen, please welcome President Luis Arce of Bolivia.", []),
    # no comma-set address and no "please": the sentence's own subject acts
    (OPEN + "The Chileans welcomed Prime Minister Mia Holm of Norway to Santiago on Monday.",
     [("CONSULT", "CHL", "Mia Holm")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", UNTITLED, ids=[c[0][:50] for c in UNTITLED])
def test_unnamed_speaker(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    _check(extract_events(doc, entities=entities, roles=roles, dates=dates), expected)


@pytest.mark.model
@pytest.mark.parametrize("text, expected", TITLED, ids=[c[0][-50:] for c in TITLED])
def test_named_speaker_and_bidding(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text, title=TITLE)
    _check(extract_events(doc, entities=entities, roles=roles, dates=dates), expected)


EXCERPTS = [
    # no title, no labels, no seat: the government whose office-holders the speaker names is his
    ("In May, I spent three days with Director Li Wen in Geneva.  In Geneva, we reached consensus on a roadmap.  "
     "In June, Foreign Minister Ana Duarte of Chile traveled to Beijing.  In July, Finance Minister Tomas Vidal "
     "of Chile traveled to Shanghai.  Last week I met with Director Li Wen in Hanoi.",
     [("AGREE", "CHL", None), ("CONSULT", "Ana Duarte", "CHN"), ("CONSULT", "Tomas Vidal", None),
      ("CONSULT", "CHL", "Li Wen")]),
    # one official of each side: nothing settles whose "we" it is
    ("We reached consensus on a roadmap.  Foreign Minister Ana Duarte of Chile met with Prime Minister Mia Holm "
     "of Norway in Oslo.", [("CONSULT", "Ana Duarte", "Mia Holm")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", EXCERPTS, ids=[c[0][:50] for c in EXCERPTS])
def test_officials_country(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    _check(extract_events(doc, entities=entities, roles=roles, dates=dates), expected)


OWNED = [
    # the speaker calls an office-holder his own: "we" and "I" are that office-holder's government
    ("I welcome the ceasefire announced today in Sudan.  My Foreign Minister, Ana Duarte of Chile, has worked "
     "tirelessly on it.  We urge the parties to respect the ceasefire.  I thank the Government of Egypt for its "
     "mediation.", [("SUPPORT", "CHL", None), ("REQUEST", "CHL", None), ("SUPPORT", "CHL", "EGY"),
                    ("CONSULT", "EGY", None)]),
    ("I welcome the ceasefire announced today in Sudan.  Our Ambassador to Egypt, Tomas Vidal of Chile, has "
     "worked tirelessly on it.  We urge the parties to respect the ceasefire.",
     [("SUPPORT", "CHL", None), ("REQUEST", "CHL", None)]),
    # a friend or a counterpart is someone else's official: "we" stays unknown
    ("I welcome the ceasefire announced today in Sudan.  My friend, Foreign Minister Ana Duarte of Chile, has "
     "worked tirelessly on it.  We urge the parties to respect the ceasefire.  I thank the Government of Egypt "
     "for its mediation.", [("CONSULT", "EGY", None)]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", OWNED, ids=[c[0][50:100] for c in OWNED])
def test_owned_officials_country(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    _check(extract_events(doc, entities=entities, roles=roles, dates=dates), expected)


ROOM = [
    # an excerpt with no title whose transcript notes the audience: a speech, so thanks to the
    # speaker's own officials are courtesy to the room (and "I" is known from the officials named)
    ("And I want to thank Governor Ana Duarte of Chile and Mayor Tomas Vidal of Santiago.  (Applause.)  "
     "Yesterday, I met with Prime Minister Mia Holm of Norway.  We discussed the new port.  (Laughter.)",
     [("CONSULT", "CHL", "Mia Holm")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", ROOM, ids=[c[0][:50] for c in ROOM])
def test_untitled_speech(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    _check(extract_events(doc, entities=entities, roles=roles, dates=dates), expected)


TWO_SPEAKERS = ("Remarks by President Ana Novak of Chile and Prime Minister Mia Holm of Norway Before "
                "Their Bilateral Meeting\n\nPRESIDENT NOVAK:  ")
ADDRESSED = [
    # in a transcript of two speakers "you" is the other one: the evaluated act meets her
    (TWO_SPEAKERS + "Prime Minister Holm, it is wonderful to meet you at last, and our talks begin tomorrow.\n\n"
     "PRIME MINISTER HOLM:  Many thanks, Madam President.  I am glad to be here in Santiago.",
     [("CONSULT", "Ana Novak", "Mia Holm")]),
    # "you all" is the room, not the other speaker: no act
    (TWO_SPEAKERS + "It is an honor to host you all here tonight.\n\n"
     "PRIME MINISTER HOLM:  Many thanks, Madam President.  I am glad to be here in Santiago.", []),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", ADDRESSED, ids=[c[0][-60:] for c in ADDRESSED])
def test_evaluated_act_to_addressee(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.trigger.text in ("meet", "host")], expected)  # (the evaluated infinitive's)
