"""Events: a side's own programme is no agreement (:mod:`pipeline.events.ownprogrammes`),
well-known listed companies in the commerce test (:mod:`pipeline.events.commerce`), a stance verb that does not reach through "the
importance of" (the lexicon's ``weight_noun`` class), a gerund topic of "discussed"
(:mod:`pipeline.events.gerundtopics`), a summit named as a meeting's setting
(:mod:`pipeline.events.sidelines`), and broken lists of names as subjects
(:mod:`pipeline.events.namelists`), and who "we" are in an untitled first-person statement
(:mod:`pipeline.events.firstperson`), and the by-agent of an event noun hung on its governor or
the owner of a counting noun (:func:`pipeline.events.antecedents.by_on_of_object`).

Sentences are invented for these tests in the style of fact sheets and readouts; the people and
bodies are fictional or generic, none comes from the development or evaluation texts.
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

CASES = [
    # a government's own programme launched, created or announced: nobody else takes part
    ("The Department of Transportation will establish a new grants program for rural roads.", []),
    ("Last spring the Ministry of Health launched a 90-day initiative to improve vaccination rates.", []),
    ("The Agency for Small Business initiated a program for veteran entrepreneurs in May.", []),
    ("The Department of Labor announced a new apprenticeship program on Tuesday.", []),
    # ... a joint body, a partner or several sides make it an agreement
    # (a partnership launched is material cooperation begun: COOPERATE, round 17)
    ("The United States launched a partnership with Kenya on clean energy.", [("COOPERATE", "USA", "KEN")]),
    ("The United States and Ghana are launching a new dialogue on maritime security.",
     [("AGREE", "USA", "GHA")]),
    ("Canada established a bilateral working group with Mexico.", [("AGREE", "CAN", "MEX")]),
    # well-known companies pledging to a programme with no government on the other side
    ("Microsoft committed to training 50,000 students in cybersecurity.", []),
    ("Apple will establish a new program to improve supply chain security.", []),
    # the importance or need of something is a topic weighed, not the speaker's act
    ("Foreign Minister Ana Novak of Chile reiterated the importance of the ceasefire deal.", []),
    ("Foreign Minister Ana Novak of Chile stressed the importance of increasing international support for Haiti.", []),
    ("Foreign Minister Ana Novak of Chile reiterated her support for Haiti.", [("SUPPORT", "Ana Novak", "HTI")]),
    # a course talked over, named by a gerund, is a topic of the meeting, not an act
    ("Foreign Minister Ana Novak of Chile met with Foreign Minister Luis Pardo of Peru. The two ministers "
     "discussed working together within the G20 and strengthening economic cooperation.",
     [("CONSULT", "Ana Novak", "Luis Pardo")]),
    ("Chile worked with Peru on the border plan.", [("COOPERATE", "CHL", "PER")]),
    # a summit named as the setting of a bilateral meeting is no second consultation
    ("Today, Vice President Ana Novak of Chile met with Prime Minister\nLuis Pardo of Peru on the margins "
     "of the Asia Pacific\nEconomic Cooperation (APEC) Leaders\u2019 Meeting in San Francisco, California.",
     [("CONSULT", "Ana Novak", "Luis Pardo")]),
]

AGENT_CASES = [
    # a by-phrase the parser hangs on the verb or noun governing an event noun is the noun's agent
    ("Japan condemned troop deployments by North Korea to Russia.", "MOBILIZE"),
    ("Japan expressed grave concern over troop deployments by North Korea to Russia.", "MOBILIZE"),
    # acts gathered by a counting noun ("a number of launches", tagged a verb by the small model)
    ("Japan condemned the DPRK's unprecedented number of ballistic missile launches this year.", "ASSAULT"),
    ("North Korea conducted a record number of ballistic missile launches this year.", "ASSAULT"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, typ", AGENT_CASES, ids=["condemned", "concern over", "number owned", "number conducted"])
def test_agent_of_governed_noun(event_inputs, text, typ):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    assert any(e.type == typ and e.actor_country == "PRK" for e in events), [
        (e.type, e.actor_name, e.actor_country) for e in events]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:50] for c in CASES])
def test_own_programmes_and_laws(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    _check(extract_events(doc, entities=entities, roles=roles, dates=dates), expected)


def _parsed(words, heads, deps, pos):
    """A Doc with the given parse (the broken parse the small model makes of some lists)."""
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)


LIST_CASES = [
    # "Ministers Nowak, Dalberg, and Ferreira condemned ...": first name and last conjunct both
    # attached to the verb; the list is one subject and its first name heads it
    (["Ministers", "Nowak", ",", "Dalberg", ",", "and", "Ferreira", "condemned", "it"],
     [1, 7, 1, 1, 3, 3, 7, 7, 7],
     ["compound", "nsubj", "punct", "npadvmod", "punct", "cc", "nsubj", "ROOT", "dobj"],
     ["PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "CCONJ", "PROPN", "VERB", "PRON"], "Nowak"),
    # a long title before a name, split from it: the name next to the verb heads the phrase
    (["Envoy", "for", "Africa", "Jane", "Roe", "will", "travel"],
     [6, 0, 1, 4, 6, 6, 6],
     ["nsubj", "prep", "pobj", "compound", "nsubj", "aux", "ROOT"],
     ["PROPN", "ADP", "PROPN", "PROPN", "PROPN", "AUX", "VERB"], "Roe"),
]


@pytest.mark.parametrize("words, heads, deps, pos, first", LIST_CASES, ids=["name list", "long title"])
def test_broken_subject_head(words, heads, deps, pos, first):
    from pipeline.events.namelists import head_subject

    doc = _parsed(words, heads, deps, pos)
    verb = next(t for t in doc if t.dep_ == "ROOT")
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    assert head_subject(subjects, verb).text == first


FIRST_PERSON_CASES = [
    # a first-person statement with no title and no seat of government: "we" are the country
    # named as who acts next to "I" and "we"
    ("Today, at my direction, Chilean naval forces conducted an exercise off the coast. "
     "Chile will defend its waters, as I said yesterday. Last week, we issued a warning to the smugglers.",
     "CHL"),
    # ... named once only: not enough to say who "we" are
    ("Today, at my direction, Chilean naval forces conducted an exercise off the coast. "
     "Last week, we issued a warning to the smugglers.", None),
    # ... a country acted on or met is not who speaks
    ("I spoke with President Luis Arce of Bolivia today. I commended the Bolivian people. "
     "We discussed the border with Bolivia.", None),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", FIRST_PERSON_CASES, ids=["named twice", "named once", "acted on"])
def test_first_person_country(event_inputs, text, expected):
    from pipeline.events.firstperson import first_person_country
    from pipeline.syntax import entities_by_token, token_ranges

    doc, entities, _roles, _dates = event_inputs(text)
    assert first_person_country(doc, entities_by_token(token_ranges(doc), entities), frozenset()) == expected


DECLARED_CASES = [
    # "we" set off by the country it stands for: the speaker says who "we" are
    ("MR. REYES:  Next week we, the United States, are going to unveil new measures. We condemned the raid.", "USA"),
    ("Last winter we — Chile and its neighbours — sheltered the displaced.", "CHL"),
    # a joint "we" of two countries speaks for both: no one country
    ("We, Chile and Peru, condemned the raid on the border post.", None),
    # someone else's words inside quotation marks are not the speaker's
    ('"We, the Peruvians, will not give up," a farmer told reporters. We condemned the raid.', None),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", DECLARED_CASES, ids=["comma", "dash", "two countries", "quoted"])
def test_declared_country(event_inputs, text, expected):
    from pipeline.events.firstperson import declared_country
    from pipeline.events.filters import skipped_tokens
    from pipeline.syntax import entities_by_token, token_ranges

    doc, entities, _roles, _dates = event_inputs(text)
    _headline, quoted = skipped_tokens(doc)
    assert declared_country(doc, entities_by_token(token_ranges(doc), entities), quoted) == expected
