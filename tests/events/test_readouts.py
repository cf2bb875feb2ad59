"""Readouts, statements and nominations: the document kinds of government press offices.

Invented texts in the style of those documents (not copied from any gold text).
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events
from pipeline.events.titles import office_words, titled_person
from pipeline.records import Role, Span

from .test_event_classes import _check

READOUT_TITLE = "Readout of President Maria Lopez's Call with Prime Minister Kenji Sato of Japan"

DOC_CASES = [
    # the headline restates the body: its "Call with" is not a second consultation, also when the
    # reader normalised the title's spacing (a no-break space in the text)
    (READOUT_TITLE, "Readout of President Maria\u00a0Lopez's Call with Prime Minister Kenji Sato of\u00a0Japan\n\n"
     "President Maria Lopez of Chile spoke today with Prime Minister Kenji Sato of Japan.",
     [("CONSULT", "Maria Lopez", "Kenji Sato")]),
    # "discussed" after the call is its content, not another consultation ...
    (READOUT_TITLE, "President Maria Lopez of Chile spoke today with Prime Minister Kenji Sato of Japan to discuss "
     "trade. The two leaders discussed the situation in Haiti. They also discussed regional security.",
     [("CONSULT", "Maria Lopez", "Kenji Sato")]),
    # ... but a discussion with someone named is a consultation of its own
    (None, "During discussions with Peruvian Foreign Minister Ana Torres, Chilean Foreign Minister Luis Vera "
     "raised the border dispute.", [("CONSULT", "Luis Vera", "Ana Torres")]),
    # a bare title is the person holding that office in the article
    (READOUT_TITLE, "President Maria Lopez of Chile spoke today with Prime Minister Kenji Sato of Japan. "
     "The President welcomed Japan's new climate targets.",
     [("CONSULT", "Maria Lopez", "Kenji Sato"), ("SUPPORT", "Maria Lopez", "JPN")]),
    (None, "Vice President Tom Baker met with Prime Minister Kenji Sato of Japan in Tokyo. "
     "The Vice President praised Japan's leadership in the region.",
     [("CONSULT", "Tom Baker", "Kenji Sato"), ("SUPPORT", "Tom Baker", "JPN")]),
    # a bare title never stands for the holder its own verb's object names ("The President spoke
    # with President X": X is the other party, not the President); with no holder left and no
    # government's own text to fall back on, nobody is named as the actor and no event is coded
    (None, "The President spoke today with President Maria Lopez of Chile about trade.", []),
    # the list's last member the parser coordinated with the verb ("and his counterpart National
    # Security Advisor C": :func:`pipeline.events.listed_names.verb_hung_tail`), and the titled name
    # the NER read as one body becomes that person (:mod:`pipeline.roles.titled_orgs`)
    (None, "National Security Advisor Tom Baker traveled to New Delhi. He met with Prime Minister Ravi Nair, "
     "Minister for External Affairs Anil Mehta, and his counterpart National Security Advisor Vikram Rao.",
     [("CONSULT", "Tom Baker", "New Delhi"), ("CONSULT", "Tom Baker", "Ravi Nair"), ("CONSULT", "Tom Baker", "Anil Mehta"),
      ("CONSULT", "Tom Baker", "Vikram Rao")]),
    # "we"/"they" of a time clause on a clause of telling are the teller and the one told
    # (:mod:`pipeline.events.told_pairs`), also when the parser hangs both clauses on the main verb
    ("Statement by President Maria Lopez", "Statement by President Maria Lopez\n\n"
     "As I told Prime Minister Kenji Sato when we spoke in Tokyo, Chile stands with Japan.",
     [("CONSULT", "Maria Lopez", "Kenji Sato"), ("SUPPORT", "CHL", "JPN")]),
    (None, "As President Maria Lopez told Prime Minister Kenji Sato when they spoke last week, the two "
     "countries share a future.", [("CONSULT", "Maria Lopez", "Kenji Sato")]),
    # ... and a "we" told nothing by name is no talk with anyone
    ("Statement by President Maria Lopez", "Statement by President Maria Lopez\n\n"
     "When we spoke, I told the reporters that the talks were going well.", []),
    # "I" of a statement whose title's topic opens with a participle is the titled author
    ("Statement by President Maria Lopez Congratulating Prime Minister Kenji Sato of Japan",
     "Statement by President Maria Lopez Congratulating Prime Minister Kenji Sato of Japan\n\n"
     "I congratulate Prime Minister Kenji Sato of Japan on his election.",
     [("SUPPORT", "Maria Lopez", "Kenji Sato")]),
    # "we" of a statement by an official whose office names a country is that government
    ("Statement by President Maria Lopez of Chile on the Floods",
     "Statement by President Maria Lopez of Chile on the Floods\n\nWe offer our condolences to the people of "
     "Peru. We call on Russia to end its aggression.",
     # (ending "its aggression" presupposes it, as "Russia's war" in "hopes to end Russia's war")
     [("SUPPORT", "CHL", "PER"), ("REQUEST", "CHL", "RUS"), ("ASSAULT", "RUS", None)]),
    # "spoke with King X of Y to discuss ...": the name the parser makes a subject under "with" is
    # the one spoken with, and "the two leaders" then are the caller and the King
    (None, "President Maria Lopez of Chile spoke today with King Harald bin Omar al-Rashid of Oman to discuss regional developments and trade. "
     "The two leaders agreed to meet again in the spring.",
     [("CONSULT", "Maria Lopez", "OMN"), ("AGREE", "Maria Lopez", "OMN")]),
    # thanks and congratulations are praise (SUPPORT)
    # (and the act praised is done by the one thanked: test_coordinated_targets.py)
    (None, "Chilean President Maria Lopez thanked Prime Minister Kenji Sato of Japan for hosting the summit.",
     [("SUPPORT", "Maria Lopez", "Kenji Sato"), ("CONSULT", "Kenji Sato", None)]),
    (None, "Indian Prime Minister Ravi Menon sent his congratulations to Prime Minister Kenji Sato of Japan.",
     [("SUPPORT", "Ravi Menon", "Kenji Sato")]),  # "to" of the verb (a dative) names the recipient
    # a reaction to an act is aimed at the act's agent
    (None, "Chilean President Maria Lopez strongly condemned the attack launched by Venezuela on the border post.",
     [("ACCUSE", "Maria Lopez", "VEN"), ("ASSAULT", "VEN", None)]),
    # the nomination formula "vice <predecessor>, resigned" states a vacancy, not an event
    (None, "NOMINATIONS SENT TO THE SENATE:\n\nAlice B. Carter, of Oregon, to be United States Attorney for the "
     "District of Oregon for the term of four years, vice Robert T. Hale, Jr., resigned.\n\n"
     "Daniel K. Moss, of Utah, to be a Member of the National Transportation Safety Board, vice Mary Lee, retired.\n\n"
     "Paul R. Vance, of Idaho, to be United States Marshal for the District of Idaho, vice John P. McDermott, resigned.",
     []),
]


@pytest.mark.model
@pytest.mark.parametrize("title, text, expected", DOC_CASES, ids=[c[1][:48] for c in DOC_CASES])
def test_readout_events(event_inputs, title, text, expected):
    doc, entities, roles, dates = event_inputs(text, title=title)
    _check(extract_events(doc, entities=entities, roles=roles, dates=dates), expected)


# ---- titles, without a model ------------------------------------------------------------------

def _role(person: str, title: str, start: int) -> Role:
    return Role(id=f"R{start}", person=person, person_name=person, title=title, role="x", country="USA",
                organization=None, evidence=Span(start=start, end=start + 5, text=title))


@pytest.mark.parametrize("title, words", [
    ("Secretary of Foreign Affairs", ["secretary"]),
    ("Prime Minister", ["prime", "minister"]),
    ("National Security Advisor", ["national", "security", "advisor"]),
])
def test_office_words(title, words):
    assert office_words(title) == words


@pytest.mark.parametrize("words, at, expected", [
    (("president",), 100, "E1"),              # not the Vice President
    (("vice", "president"), 100, "E2"),
    (("minister",), 100, "E4"),               # the nearest before the reference
    (("minister",), 5, "E3"),                 # none before: the nearest after
    (("chancellor",), 100, None),
])
def test_titled_person(words, at, expected):
    roles = [_role("E1", "President", 10), _role("E2", "Vice President", 20),
             _role("E3", "Prime Minister", 30), _role("E4", "Foreign Minister", 60)]
    assert titled_person(words, at, roles) == expected


@pytest.mark.parametrize("co_arguments, expected", [
    ((), "E3"),                  # nobody before: the nearest holder after
    (((25, 50),), "E4"),         # the nearest after is the verb's own object: the next one
    (((25, 50), (55, 70)), None),
    (((0, 8),), "E3"),           # an argument before the reference excludes nobody after it
])
def test_titled_person_skips_its_verbs_other_parties(co_arguments, expected):
    roles = [_role("E3", "Prime Minister", 30), _role("E4", "Prime Minister", 60)]
    assert titled_person(("prime", "minister"), 5, roles, co_arguments=co_arguments) == expected
