"""Salience of earlier parties ("they", "the two ministers", "the President") and where a
meeting was held (:mod:`pipeline.events.salience`, :mod:`pipeline.events.venues`).

Invented texts in the style of readouts and wire reports (not copied from any gold text or
stress document).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events
from pipeline.events.titles import titled_person
from pipeline.records import Role, Span

from .test_event_classes import _check

pytestmark = pytest.mark.model

PAIR_CASES = [
    # a pair named in a background phrase (a "following" phrase, a relative clause, a "for"
    # phrase) does not displace the pair the readout is about
    ("Foreign Secretary Anna Holt spoke by phone today with Foreign Minister Lars Dahl of Norway. They reviewed "
     "progress following the meeting between Prime Minister Sean Byrne and Chancellor Eva Roth in Vienna last "
     "month. They agreed to hold a strategic dialogue in the autumn.",
     [("CONSULT", "Anna Holt", "Lars Dahl"), ("CONSULT", "Sean Byrne", "Eva Roth"),
      ("AGREE", "Anna Holt", "Lars Dahl")]),
    ("Defence Minister Paulo Reis met today with Defence Minister Kofi Mensah of Ghana in Accra. Their talks came "
     "a year after the summit at which President Ines Costa and President Ama Owusu launched a joint patrol "
     "programme. The two ministers agreed to extend the programme.",
     [("CONSULT", "Paulo Reis", "Kofi Mensah"), ("AGREE", "Paulo Reis", "Kofi Mensah")]),
    ("Trade Minister Omar Haddad spoke with Trade Minister Lena Berg of Sweden. Mr. Haddad expressed gratitude "
     "for Sweden's cooperation with Jordan on refugee employment. They agreed to cooperate on green hydrogen.",
     [("CONSULT", "Omar Haddad", "Lena Berg"), ("SUPPORT", "Omar Haddad", "SWE"), ("COOPERATE", "SWE", "JOR"),
      ("AGREE", "Omar Haddad", "Lena Berg")]),
    # a pair named earlier in the reference's own sentence is still the nearest
    ("After talks between Prime Minister Sean Byrne and Chancellor Eva Roth in Vienna, they agreed to reopen "
     "the border crossing.",
     # the talks happened (a CONSULT of their own, not a part of what was agreed)
     [("CONSULT", "Sean Byrne", "Eva Roth"), ("AGREE", "Sean Byrne", "Eva Roth")]),
]


@pytest.mark.parametrize("text, expected", PAIR_CASES)
def test_plural_reference_prefers_main_clause_pair(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    _check(extract_events(doc, entities=entities, roles=roles, dates=dates), expected)


OWN_MEMBERS_CASES = [
    # "the leaders of more than 30 countries" names its own members: not the pair met before
    ("Prime Minister Sean Byrne met with Chancellor Eva Roth in Dublin. Later, the leaders of more than 30 "
     "countries agreed to sign a declaration on reconstruction.", "Eva Roth", False),
    # ... but "the leaders of the two countries" refers back to it
    ("Prime Minister Sean Byrne met with Chancellor Eva Roth in Dublin. The leaders of the two countries agreed "
     "to sign a declaration on reconstruction.", "Eva Roth", True),
]


@pytest.mark.parametrize("text, recipient, back", OWN_MEMBERS_CASES)
def test_of_complement_names_own_members(event_inputs, text, recipient, back):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    agree = [e for e in events if e.type == "AGREE"]
    assert any(e.recipient_name == recipient for e in agree) == back, [(e.actor_name, e.recipient_name) for e in agree]


TITLE_CASES = [
    # "the President" after "X met with ... President Y": the subject who met, not the president met
    ("President Maria Lopez met today with Prime Minister Ana Silva of Portugal and President Tomas Berg of "
     "Iceland in Lisbon. The President underscored strong support for the security of Iceland.",
     "Maria Lopez"),
    # the nearest subject wins among subjects ("President Berg said ..." names him a subject)
    ("President Maria Lopez met today with President Tomas Berg of Iceland. President Berg thanked her for the "
     "visit. The President said Iceland would expand its fisheries cooperation.", "Tomas Berg"),
]


@pytest.mark.parametrize("text, actor", TITLE_CASES)
def test_bare_title_prefers_a_subject(event_inputs, text, actor):
    doc, entities, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=entities, roles=roles, dates=dates)
    last = [e for e in events if e.type in ("SUPPORT", "AGREE", "COOPERATE")]
    assert last and last[-1].actor_name == actor, [(e.type, e.actor_name) for e in events]


def _role(person: str, title: str, start: int) -> Role:
    return Role(id=f"R{start}", person=person, person_name=person, title=title, role="head_of_state", country=None,
                organization=None, evidence=Span(start=start, end=start + 10, text=title))


@pytest.mark.parametrize("subjects, expected", [
    (frozenset(), "E2"),  # no subject known: the nearest holder named before
    (frozenset({"E1"}), "E1"),  # the holder named as a subject outranks a nearer one named as an object
])
def test_titled_person_subjects(subjects, expected):
    roles = [_role("E1", "President", 0), _role("E2", "President", 50)]
    assert titled_person(("president",), 100, roles, subjects=subjects) == expected


VENUE_CASES = [
    # a seat of government stands in its country
    ("Chancellor Eva Roth met today with Prime Minister Sean Byrne of Ireland at the White House.", "USA"),
    ("Secretary of State Ruth Gale welcomed Foreign Minister Kofi Mensah of Ghana to the State Department on "
     "Monday.", "USA"),
    ("Secretary of State Ruth Gale welcomed Foreign Minister Kofi Mensah, Ambassador Ama Owusu and their "
     "delegation to the White House on Monday.", "USA"),  # (on the last of the objects listed)
    ("President Ines Costa hosted a delegation of Senegalese lawmakers in the Oval Office.", "USA"),
    # a venue naming no country may say where it is
    ("Prime Minister Sean Byrne met with Secretary-General Maria Vale on March 3 at UN Headquarters in New York.",
     "USA"),
    ("Chancellor Eva Roth received President Ines Costa at the Chancellery in Berlin on Tuesday.", "DEU"),
    # a place the parser hangs on the person met is where the meeting was
    ("Foreign Minister Lars Dahl met today with his Indian counterpart Ravi Menon in New Delhi.", "IND"),
    # a topic's place is not where the talks were
    ("Foreign Minister Lars Dahl spoke by phone with Foreign Minister Kofi Mensah of Ghana and discussed the "
     "floods in Pakistan.", None),
]


@pytest.mark.parametrize("text, location", VENUE_CASES)
def test_meeting_location(event_inputs, text, location):
    doc, entities, roles, dates = event_inputs(text)
    events = [e for e in extract_events(doc, entities=entities, roles=roles, dates=dates) if e.type == "CONSULT"]
    assert events and events[0].location == location, [(e.trigger.text, e.location) for e in events]


COURTESY_CASES = [
    # a speaker's own thanks now, in a transcript, are courtesy to the room or the guest, no event
    # (:mod:`pipeline.events.talk`; the development gold of remarks codes none)
    ("Remarks by President Ana Silva and President Jon Berg\n\nPRESIDENT SILVA: So, I thank you all. I thank the "
     "press. I thank you, Mr. President. I thank you all for your leadership on the fisheries pact.\n\n"
     "PRESIDENT BERG: Thank you.",
     []),
    ("Remarks by President Ana Silva and President Jon Berg\n\nPRESIDENT SILVA: I thank you all for listening.",
     []),
    # "thanks" under a light verb is thanking; "giving thanks" in a speech praises no act
    ("Prime Minister Sean Byrne conveyed his thanks to Chancellor Eva Roth for the support of Austria.",
     [("SUPPORT", "Sean Byrne", "Eva Roth")]),
    ("Tonight I want to give a few thanks to some folks in this room.", []),
    # "agree with you" is assent to what was said; an agreement names what is agreed
    ("Remarks by President Ana Silva and President Jon Berg\n\nPRESIDENT SILVA: I do agree with you. We agree "
     "with that.", []),
    ("Japan agreed with China on a military hotline.", [("AGREE", "JPN", "CHN")]),
    # "called Prime Minister X": the parser heads the object with the title, the name its apposition
    ("President Mark Lopez called Prime Minister Kenji Sato of Japan today to express his condolences.",
     [("CONSULT", "Mark Lopez", "Kenji Sato"), ("SUPPORT", "Mark Lopez", "Kenji Sato")]),  # (the call's purpose, done in it, to its other side)
]


@pytest.mark.parametrize("text, expected", COURTESY_CASES)
def test_courtesy_and_assent(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    _check(extract_events(doc, entities=entities, roles=roles, dates=dates), expected)


TOPIC_CASES = [
    # a consultation's "on" phrase is its topic, not the other party; and "they exchanged views"
    # after the meeting is its content, as "they discussed" (no second consultation)
    ("Foreign Minister Lars Dahl met today with Foreign Minister Kofi Mensah of Ghana. They exchanged views on "
     "Russia's war against Ukraine.", [("CONSULT", "Lars Dahl", "Kofi Mensah"), ("ASSAULT", "RUS", "UKR")]),
    ("Chancellor Eva Roth and Prime Minister Sean Byrne exchanged views on the Middle East in a call on Monday.",
     [("CONSULT", "Eva Roth", "Sean Byrne")]),
    ("Chancellor Eva Roth held talks on Iran's nuclear programme in Vienna on Monday.", [("CONSULT", "Eva Roth", None)]),
]


@pytest.mark.parametrize("text, expected", TOPIC_CASES)
def test_consultation_topic_is_no_party(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    _check(extract_events(doc, entities=entities, roles=roles, dates=dates), expected)


RECIPROCAL_CASES = [
    # "X and Y spoke (about ...)": a talk with each other
    ("President Mark Lopez and Prime Minister Kenji Sato of Japan spoke today about the situation in Haiti.",
     [("CONSULT", "Mark Lopez", "Kenji Sato")]),
    ("Chancellor Eva Roth and Prime Minister Sean Byrne talked by phone on Sunday.", [("CONSULT", "Eva Roth", "Sean Byrne")]),
    # a wire dateline the parser coordinates with the subject is no party
    ("ACCRA (AFP) - Ghanaian President Ama Owusu and Togolese Prime Minister Kofi Agbeko spoke by telephone on "
     "Sunday about the border dispute. The two leaders agreed to send a joint team to the area.",
     [("CONSULT", "Ama Owusu", "Kofi Agbeko"), ("AGREE", "Ama Owusu", "Kofi Agbeko")]),
    # ... not to or before an audience
    ("President Mark Lopez and Prime Minister Kenji Sato spoke to reporters on Monday.", []),
    ("Chancellor Eva Roth and Prime Minister Sean Byrne spoke at a rally in Cork.", []),
]


@pytest.mark.parametrize("text, expected", RECIPROCAL_CASES)
def test_coordinated_speakers_talk_with_each_other(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    _check(extract_events(doc, entities=entities, roles=roles, dates=dates), expected)


RESTATED_CASES = [
    # "during the meeting" refers back to the meeting reported; "during a call with X" is one
    ("Foreign Minister Lars Dahl welcomed Foreign Minister Kofi Mensah of Ghana to Oslo on Monday. During the "
     "meeting, the two sides agreed to open a trade office.",
     [("CONSULT", "Lars Dahl", "Kofi Mensah"), ("AGREE", "Lars Dahl", "Kofi Mensah")]),
    ("During talks with Austrian Chancellor Eva Roth, Irish Prime Minister Sean Byrne raised the border dispute.",
     [("CONSULT", "Sean Byrne", "Eva Roth")]),
]


@pytest.mark.parametrize("text, expected", RESTATED_CASES)
def test_definite_meeting_restates(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    _check(extract_events(doc, entities=entities, roles=roles, dates=dates), expected)


def _holder(person, country, title="President", status="current"):
    from types import SimpleNamespace
    return SimpleNamespace(person=person, country=country, title=title, status=status)


@pytest.mark.parametrize("roles, mentions, expected", [
    # the president a transcript names most is the one its bare "the President" means
    ([_holder("a", "CHL"), _holder("b", "PER")], {"a": 5, "b": 2}, "CHL"),
    ([_holder("a", "CHL"), _holder("b", "PER")], {"a": 1, "b": 3}, "PER"),
    # a tie, or only a former holder, or another office: nothing is settled
    ([_holder("a", "CHL"), _holder("b", "PER")], {"a": 2, "b": 2}, None),
    ([_holder("a", "CHL", status="former")], {"a": 4}, None),
    ([_holder("a", "CHL", title="Prime Minister")], {"a": 4}, None),
])
def test_most_named_holder_country(roles, mentions, expected):
    from types import SimpleNamespace

    from pipeline.events.salience import most_named_holder_country

    persons = {k: SimpleNamespace(mentions=(None,) * n) for k, n in mentions.items()}
    assert most_named_holder_country(("president",), roles, persons) == expected


def test_transcript_bare_title_is_the_most_named_president(event_inputs):
    """A briefing whose speakers' government the text never states: "the President" is the
    president it names most, not a foreign president named nearer."""
    text = ("MS. ROE:  Good afternoon.  President Tom Reed will travel to Europe next week.  President Reed "
            "will attend the summit, and President Reed will hold a press conference.\n\n"
            "MR. DOE:  Thanks.  Last week President Ana Silva of Portugal praised the support for Moldova.  "
            "While in Madrid, the President is to sit down with Chancellor Hans Weber of Germany.")
    doc, entities, roles, dates = event_inputs(text)
    events = [e for e in extract_events(doc, entities=entities, roles=roles, dates=dates)
              if e.recipient_name and "Weber" in e.recipient_name]
    assert events and all(e.actor_name == "Tom Reed" for e in events), events
