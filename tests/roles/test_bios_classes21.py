"""Error classes of the twenty-first round in nominees' biographies: appointments of a past career
read as held now; "Currently serving as X, ..." missed; a praise of standing in a field ("a national
leader on trade policy") read as an office.

Every sentence is invented for these tests in the style of White House nomination documents;
names and bodies are fictional.
"""

from __future__ import annotations

import pytest
from roles_harness import NOMINATION_HEAD, roles_of  # noqa: F401  (fixture)

from pipeline.roles.bio_career_steps import superseded_appointments
from pipeline.roles.reader import Candidate


def _bio(roles_of, bio: str, published: str = "2021-06-01"):
    roles, _ = roles_of(NOMINATION_HEAD + bio + "\n", published=published)
    return [r for r in roles if "Garland" in (r.person_name or "") and "Fiji" not in r.title]


@pytest.mark.parametrize(("bio", "title", "status"), [
    # a later dated step of the career: the appointment was left
    ("In 2003, Garland was appointed Director of the Office of Rural Affairs. Between 2005 and 2007, Garland "
     "served as Chief Counsel of the Example Water Authority.", "Director of the Office of Rural Affairs", "former"),
    ("In 2009 Garland was named Deputy Administrator of the Federal Example Administration. In 2012, Garland "
     "was confirmed as Assistant Secretary for Trade at the Department of Commerce.",
     "Deputy Administrator of the Federal Example Administration", "former"),
    # the last step of the career stands
    ("In 2003, Garland served as Chief Counsel of the Example Water Authority. In 2006, Garland was "
     "appointed Director of the Office of Rural Affairs.", "Director of the Office of Rural Affairs", "current"),
    # a later seat on a commission is held alongside the office
    ("In 2003, Garland was confirmed as Assistant Secretary for Ocean Policy at the Department of Commerce. "
     "Garland also chairs the Example Heritage Panel, and Garland was appointed to the Example Lakes "
     "Fishery Commission in 2005.", "Assistant Secretary for Ocean Policy at the Department of Commerce",
     "current"),
    # a seat on a board is held for a term and alongside other posts
    ("In 2003, Garland was appointed to the Example State Board of Education. Between 2005 and 2007, Garland "
     "served as Chief Counsel of the Example Water Authority.", "Member of the Example State Board of Education",
     "current"),
    # held now, as the sentence says
    ("In 2003, Garland was appointed Director of the Office of Rural Affairs, where Garland currently leads a "
     "staff of forty. Between 2005 and 2007, Garland also served as Chief Counsel of the Example Water "
     "Authority.", "Director of the Office of Rural Affairs", "current"),
])
def test_appointment_followed_by_a_later_step(roles_of, bio: str, title: str, status: str) -> None:
    hits = [r for r in _bio(roles_of, bio) if r.title == title]
    assert hits and {r.status for r in hits} == {status}


def _cand(start: int, title: str, status: str, since: str | None = None, until: str | None = None) -> Candidate:
    return Candidate(start=start, end=start + len(title), person=None, name="Peter Garland", title=title,
                     role="official_other", country="USA", organization=None, status=status, since=since,
                     until=until, country_source="publisher", title_start=start)


@pytest.mark.parametrize(("sentence", "status"), [
    ("In 2006, Garland was named Homeland Security Advisor by President Abraham Lincoln.", "former"),
    ("In 2006, Garland was named Homeland Security Advisor by President Joseph R. Biden.", "current"),
    ("In 2006, Garland was named Homeland Security Advisor.", "current"),
])
def test_appointment_by_a_past_president(sentence: str, status: str) -> None:
    text = "**Peter Garland, Nominee for X**\n\n" + sentence + "\n"
    at = text.index("Homeland")
    subj = _cand(2, "X", "nominee")
    out = superseded_appointments(text, [_cand(at, "Homeland Security Advisor", "current")], [(0, len(text), subj)],
                                  "2023-05-01")
    assert out[0].status == status


@pytest.mark.parametrize(("bio", "title", "status"), [
    ("Currently serving as Vice Chair of the Senate Budget Committee, Senator Garland drafts its annual plans.",
     "Vice Chair of the Senate Budget Committee", "current"),
    ("Currently serving as Deputy Director of the Office of Example Affairs, Garland leads its policy staff.",
     "Deputy Director of the Office of Example Affairs", "current"),
])
def test_currently_serving_as(roles_of, bio: str, title: str, status: str) -> None:
    hits = [r for r in _bio(roles_of, bio) if r.title == title]
    assert hits and {r.status for r in hits} == {status}


@pytest.mark.parametrize(("bio", "kept"), [
    ("Known for her work with farmers, Garland has long been a national leader on trade policy in "
     "the state.", False),
    ("Garland is widely seen as a leader in clean energy.", False),
    ("Garland was the Majority Leader of the Example State Senate from 2011 to 2015.", True),
])
def test_leader_in_a_field_is_praise(roles_of, bio: str, kept: bool) -> None:
    leaders = [r for r in _bio(roles_of, bio) if "leader" in r.title.lower()]
    assert bool(leaders) is kept


@pytest.mark.parametrize(("bio", "title", "status"), [
    ("Earlier in his career, Garland worked in the State Department as a Fellow, serving as Special Advisor for "
     "Pacific Trade Affairs on the Policy Planning Staff.", "Special Advisor for Pacific Trade Affairs on the Policy "
     "Planning Staff", "former"),
    ("While Chair of the Example Frontier Transportation Authority, Garland completed the new airport on time.",
     "Chair of the Example Frontier Transportation Authority", "former"),
    # the present tense: the frame is the biography's present
    ("While Chair of the Example Frontier Transportation Authority, Garland oversees the new airport.",
     "Chair of the Example Frontier Transportation Authority", "current"),
])
def test_earlier_career_frames(roles_of, bio: str, title: str, status: str) -> None:
    hits = [r for r in _bio(roles_of, bio) if r.title == title]
    assert hits and {r.status for r in hits} == {status}


def test_past_president_by_formal_full_name(roles_of) -> None:
    text = ("President Announces Delegation\n\nWASHINGTON – Today, President Joseph R. Biden, Jr. announced the "
            "designation of a Presidential Delegation to the Example Ceremony. The Honorable William Jefferson "
            "Clinton, 42nd President of the United States, is to head the delegation.\n")
    roles, _ = roles_of(text, published="2024-04-05")
    assert {r.status for r in roles if r.person_name == "William Jefferson Clinton"} == {"former"}


@pytest.mark.parametrize(("body", "title", "kept"), [
    ("Maria Delgado, an accomplished attorney, is counsel to a law firm.", "attorney", False),
    ("Maria Delgado, a health care regulatory attorney, is a partner at Poe LLP.", "health care regulatory attorney", False),
    ("She worked as an associate attorney at Poe LLP.", "associate attorney", False),
    # a government's lawyers
    ("Maria Delgado, a district attorney, said the case was closed.", "district attorney", True),
    ("Maria Delgado has been the lead U.S. attorney on the agreement.", "attorney", True),
    ("Maria Delgado spent a decade as a trial attorney for the Department of Justice.", "trial attorney", True),
])
def test_lawyers_trade_is_no_office(body: str, title: str, kept: bool) -> None:
    from pipeline.roles.descriptive_titles import descriptive_titles

    at = body.index(title, body.index(",") if "," in body else 0) if title != "attorney" else body.rindex("attorney")
    c = Candidate(start=0, end=at + len(title), person=None, name="Maria Delgado", title=title, role="official_other",
                  country="USA", organization=None, status="current", title_start=at)
    assert bool(descriptive_titles([c], body)) is kept


@pytest.mark.parametrize(("body", "kept"), [
    ("Maria Delgado is a native Spanish speaker and also speaks Portuguese.", False),
    ("Maria Delgado is a fluent French and Arabic speaker.", False),
    ("Maria Delgado is a native\nSpanish speaker.", False),
    ("The parliament speaker, Maria Delgado, opened the session.", True),
])
def test_language_speaker_is_no_office(body: str, kept: bool) -> None:
    from pipeline.roles.descriptive_titles import descriptive_titles

    at = body.index("speaker")
    c = Candidate(start=at, end=at + 7, person=None, name="Maria Delgado", title="speaker", role="legislator",
                  country=None, organization=None, status="current", title_start=at)
    assert bool(descriptive_titles([c], body)) is kept


@pytest.mark.parametrize(("name", "title", "kept"), [
    ("Peter Garland", "President", False),  # the subject's own bare "President": a body's head
    ("Peter Garland", "President of the Republic of Example", True),
    ("Jane Roe", "President", True),  # another person named in the section
])
def test_bare_president_of_the_biography_subject(name: str, title: str, kept: bool) -> None:
    from pipeline.roles.bio_body_heads import bare_body_heads

    subj = _cand(0, "Member of the Example Council", "nominee")
    c = Candidate(start=50, end=60, person=None, name=name, title=title, role="head_of_state", country="USA",
                  organization=None, status="current", title_start=50)
    assert bool(bare_body_heads([c], [(0, 100, subj)])) is kept


def test_native_speaker_in_a_biography(roles_of) -> None:
    hits = _bio(roles_of, "Garland is a native Spanish speaker and also speaks Portuguese.")
    assert not [r for r in hits if "speaker" in r.title.lower()]
