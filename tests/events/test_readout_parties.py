"""Parties of readout sentences the small model misparses (:mod:`pipeline.events.readoutparties`).

Invented sentences (fictional people and generic offices; not copied from any text).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

CASES = [
    # a "with" phrase the parser hangs on the place or time noun before it is still whom one met
    ("President Maria Lopez met today at the White House with President Kenji Sato of Japan.", "CONSULT",
     [("CONSULT", "Maria Lopez", "Kenji Sato")]),
    ("Secretary Anna Berg met on Tuesday at the State Department with Foreign Minister Paul Dupont of France.",
     "CONSULT", [("CONSULT", "Anna Berg", "Paul Dupont")]),
    # ... and a place with no "with" after it stays a place
    ("President Maria Lopez met Prime Minister Kenji Sato of Japan at the White House today.", "CONSULT",
     [("CONSULT", "Maria Lopez", "Kenji Sato")]),
    # a name suffix before "and" is part of the first name, the second name is the other side
    ("President John R. Miller, Jr. and His Majesty King Faisal II met today in Amman.", "CONSULT",
     [("CONSULT", "John R. Miller Jr.", "Faisal II")]),
    # a third party's act named as the topic of a speech verb is that party's act
    ("President Maria Lopez raised Russia's brutal war against Ukraine.", "ASSAULT", [("ASSAULT", "RUS", "UKR")]),
    ("The Prime Minister underscored Iran's missile attacks on Israel.", "ASSAULT", [("ASSAULT", "IRN", "ISR")]),
    # "its" of an act listed after "including" is the owner of the act it is listed under
    ("The ministers condemned Russia's ongoing aggression against Georgia, including its strikes against "
     "Georgia's ports.", "ASSAULT", [("ASSAULT", "RUS", "GEO")]),
    # ... while a stance noun under the same verb is the speaker's own act
    ("President Maria Lopez raised concerns about Iran's missile program.", "ACCUSE",
     [("ACCUSE", "Maria Lopez", "IRN")]),
    # a readout's "discussed their support for X" states the stance the two hold; a discussed attack is a topic
    ("President Maria Lopez spoke today with President Kenji Sato of Japan. The two leaders discussed their "
     "support for Ukraine.", "SUPPORT", [("SUPPORT", "Maria Lopez", "UKR")]),
    ("President Maria Lopez spoke today with President Kenji Sato of Japan. They discussed the attack on the "
     "port and discussed cooperation on energy.", "SUPPORT", []),
    ("Chile and the members of the committee discussed coordination of economic support for Peru's needs.",
     "SUPPORT", []),
    # a pair that agrees on something agrees with each other, whatever the topic names
    ("President Maria Lopez spoke today with President Kenji Sato of Japan. The leaders agreed on the importance "
     "of coordinated efforts to deter further Russian aggression.", "AGREE", [("AGREE", "Maria Lopez", "Kenji Sato")]),
    # ... and a promise to strengthen their own bilateral relationship is to the partner, not to his country
    ("President Maria Lopez spoke today with Sultan Omar bin Said of Oman. Both leaders committed to strengthening "
     "the longstanding U.S.-Oman bilateral relationship.", "AGREE", [("AGREE", "Maria Lopez", "Omar bin Said")]),
    # ... while a third country the promise names is its beneficiary
    ("President Maria Lopez spoke today with Sultan Omar bin Said of Oman. Both leaders pledged to continue their "
     "support for Ukraine.", "AGREE", [("AGREE", "Maria Lopez", "UKR")]),
    # a bare "the two" after a call are the two who spoke, not a country pair named in between
    ("Advisor Tom Reed spoke by telephone with Chilean Advisor Lucia Ferrando. He reiterated the United States' "
     "commitment to work closely with Chile on relief. The two agreed to stay in close contact.", "AGREE",
     [("AGREE", "Tom Reed", "CHL"), ("AGREE", "Tom Reed", "Lucia Ferrando")]),
    # hosting foreign troops is basing, not a meeting; hosting a leader is
    ("President Maria Lopez thanked Romania for graciously hosting U.S. servicemembers.", "CONSULT", []),
    ("Poland hosted U.S. troops during the exercise.", "CONSULT", []),
    ("Prime Minister Jan Novak hosted President Maria Lopez in Prague on Monday.", "CONSULT",
     [("CONSULT", "Jan Novak", "Maria Lopez")]),
    # ... and a verb that makes the act keeps its subject as the actor
    ("Russia launched a massive attack on Ukraine on Sunday.", "ASSAULT", [("ASSAULT", "RUS", "UKR")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, typ, expected", CASES, ids=[c[0][:48] for c in CASES])
def test_readout_party(event_inputs, text, typ, expected):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    _check([e for e in events if e.type == typ], expected)


TITLED = [
    # the name written in full in the title and again in the body is the person met, not the
    # country word before the body's title
    ("Readout of Advisor Tom Reed's Call with Chilean Presidential Advisor Lucia Ferrando",
     "Readout of Advisor Tom Reed's Call with Chilean Presidential Advisor Lucia Ferrando\n\n"
     "National Security Advisor Tom Reed spoke by telephone yesterday\nwith Chilean Presidential "
     "Advisor Lucia Ferrando.", [("CONSULT", "Tom Reed", "Lucia Ferrando")]),
    ("Readout of Advisor Tom Reed's Meeting with Kenyan Security Adviser Amani Odhiambo",
     "Readout of Advisor Tom Reed's Meeting with Kenyan Security Adviser Amani Odhiambo\n\n"
     "National Security Advisor Tom Reed met today with Kenyan National\nSecurity Adviser Amani Odhiambo "
     "about regional security.", [("CONSULT", "Tom Reed", "Amani Odhiambo")]),
]


@pytest.mark.model
@pytest.mark.parametrize("title, text, expected", TITLED, ids=[c[0][:48] for c in TITLED])
def test_name_repeated_after_title(event_inputs, title, text, expected):
    doc, entities, roles, dates = event_inputs(text, title=title, country="USA")
    events = extract_events(doc, entities=entities, roles=roles, dates=dates, home_country="USA")
    _check([e for e in events if e.type == "CONSULT"], expected)


@pytest.mark.model
@pytest.mark.parametrize("text, name, expected", [
    ("Call with Advisor Lucia Ferrando\n\nReed spoke with Chilean Advisor Lucia\nFerrando today.", "Lucia Ferrando",
     ["Lucia", "Ferrando"]),
    # a name inside a longer word sequence is another name ("Lucia Ferrandos"); lower case is no name
    ("Call with Advisor Lucia Ferrando\n\nReed praised the Lucia Ferrandos team.", "Lucia Ferrando", []),
])
def test_repeated_names_unit(nlp, text, name, expected):
    """Where the entities stage left a repeated full name untagged, the events stage reads it as that person."""
    from pipeline.events.readoutparties import repeated_names
    from pipeline.records import Entity, Span
    from pipeline.syntax import token_ranges

    doc = nlp(text)
    start = text.index(name)
    ent = Entity(id="E1", label="PERSON", name=name, country=None,
                 mentions=(Span(start=start, end=start + len(name), text=name),))
    raw = token_ranges(doc)
    title_tokens = {i for i, (a, b) in enumerate(raw) if start <= a < start + len(name)}
    found = repeated_names(doc, raw, (ent,), {i: ent for i in title_tokens})
    assert [doc[i].text for i in sorted(found)] == expected


SPEAKER_CASES = [
    # a stance stated in the purpose of a call is the caller's, whatever country word the noun carries
    ("President Maria Lopez spoke today with King Omar of Jordan to express strong U.S. support for Jordan.",
     "SUPPORT", [("SUPPORT", "Maria Lopez", "JOR")]),
    ("President Maria Lopez met with President Kenji Sato to congratulate him on his election and reiterate our "
     "commitment to a strong partnership between the United States and Japan.", "AGREE", [("AGREE", "Maria Lopez", None)]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, typ, expected", SPEAKER_CASES, ids=[c[0][:48] for c in SPEAKER_CASES])
def test_purpose_stance_is_the_callers(event_inputs, text, typ, expected):
    doc, entities, roles, dates = event_inputs(text, country="USA")
    events = [e for e in extract_events(doc, entities=entities, roles=roles, dates=dates, home_country="USA")
              if e.type == typ]
    assert [e.actor_name for e in events] == [a for _, a, _ in expected], events  # (who, not "U.S."/"our")
    if expected[0][2] is not None:
        _check(events, expected)


GROUP_CALL = (
    "President Maria Lopez held a secure video call with European leaders today. They reiterated their concern "
    "about the military build-up on the border. The leaders expressed their support for Moldova. They also "
    "reviewed recent engagements in several formats. The leaders committed to continued close consultation.\n\n"
    "Participants in the call included Prime Minister Jan Novak of the Czech Republic, Chancellor Karl Weber of "
    "Austria, and NATO Secretary General Lars Holm.")


@pytest.mark.model
def test_group_call_takes_the_listed_participants(event_inputs):
    """A call with a group of leaders is one CONSULT per listed foreign participant, and "they"
    of what follows are the caller and the first one listed."""
    doc, entities, roles, dates = event_inputs(GROUP_CALL, country="USA")
    events = extract_events(doc, entities=entities, roles=roles, dates=dates, home_country="USA")
    consult = [e for e in events if e.type == "CONSULT"]
    assert [e.recipient_name for e in consult][:2] == ["Jan Novak", "Karl Weber"], consult
    support = [e for e in events if e.type == "SUPPORT"]
    assert [(e.actor_name, e.recipient_country) for e in support] == [("Maria Lopez", "MDA")], support


@pytest.mark.model
@pytest.mark.parametrize("name, expected", [
    ("Co-Chair", "Jane Roe"), ("Domestic Policy Advisor", "Jane Roe"), ("Advisor for", "Jane Roe"),
    ("White House Homeland Security Advisor", "Jane Roe"),
    ("Gender Policy Council", None), ("Department of Justice", None),  # (bodies, not titles: left as they are)
])
def test_office_title_taken_for_an_organisation(make_doc, name, expected):
    """An ORG that is only an office title stands for the person named right after it."""
    from pipeline.events.context import Party
    from pipeline.events.readoutparties import office_holder
    from pipeline.records import Entity, Span

    doc = make_doc("Yesterday the Advisor hosted a roundtable with Co-Chair Jane Roe at the White House.")
    org = Entity(id="E9", label="ORG", name=name, country=None, mentions=(Span(start=0, end=1, text=name),))
    person = Entity(id="E1", label="PERSON", name="Jane Roe", country=None, mentions=(Span(start=0, end=1, text="x"),))
    roe = next(t for t in doc if t.text == "Roe")

    class _Ctx:
        entity_at = {roe.i - 1: person, roe.i: person}

        @staticmethod
        def party(tok):
            return Party(entity=person, country=None, token=tok)

    holder = office_holder(_Ctx, Party(entity=org, country=None, token=doc[2]))
    assert (holder.entity.name if holder is not None and holder.entity is not org else None) == expected
