"""Error classes of the twenty-third round in judicial nomination slates: a slate of biographies
headed "Jane Doe: Candidate for the United States Court of Appeals for X" that never says
"nominate" read as no nomination (so no nominee and none of the biographies' offices); a heading
without its colon, a courtesy title before the name; the judges a nominee clerked for, named with
their court, left without a country; the offices of a territory's government given the
territory's own code.

Every sentence is invented for these tests in the style of White House nomination announcements.
"""

from __future__ import annotations

import pytest
from roles_harness import roles_of  # noqa: F401  (fixture)

from pipeline.roles.court_holders import court_countries
from pipeline.roles.court_nominations import court_nominations
from pipeline.roles.reader import Candidate
from pipeline.roles.territories import sovereign, territory_offices


@pytest.mark.parametrize(("head", "name", "found"), [
    ("Helena V. Marsh: Candidate for the United States Court of Appeals for the Ninth Circuit", "Helena V. Marsh", True),
    ("2.  Peter Okonkwo: Candidate for the U.S. District Court for the District of Idaho", "Peter Okonkwo", True),
    ("Dana Whitfield: Candidate for United States Attorney for the Western District of Ohio", "Dana Whitfield", True),
    ("Dana Whitfield: Candidate for the Ohio Supreme Court", "Dana Whitfield", False),  # an elected bench
    ("Dana Whitfield: Candidate for Governor of Ohio", "Dana Whitfield", False),  # a campaign
    ("Dana Whitfield: Candidate for the United States Senate", "Dana Whitfield", False),  # an election
])
def test_unannounced_candidate_headings(head: str, name: str, found: bool) -> None:
    got = court_nominations(f"Court Press Bios\n\n{head}\n\nShe is a lawyer.", announced=False)
    assert [n.name for n in got] == ([name] if found else [])


@pytest.mark.parametrize(("head", "name"), [
    ("Judge Helena V. Marsh: Candidate for the United States District Court for the District of Utah", "Helena V. Marsh"),
    ("Judge Helena V. Marsh Candidate for the United States District Court for the District of Utah", "Helena V. Marsh"),
    ("Helena V. Marsh Candidate for the United States District Court for the District of Utah", "Helena V. Marsh"),
])
def test_candidate_heading_forms(head: str, name: str) -> None:
    got = court_nominations(f"Intro line.\n\n{head}\n\nShe is a judge.")
    assert [(n.name, n.status) for n in got] == [(name, "nominee")]


def _judge(text: str, title: str, name: str) -> Candidate:
    at = text.index(f"{title} {name}")
    return Candidate(start=at, end=at + len(title) + 1 + len(name), person=None, name=name, title=title,
                     role="official_other", country=None, organization=None, title_start=at)


@pytest.mark.parametrize(("text", "title", "name", "country"), [
    ("She was a law clerk for Chief Judge Ann Roe on the United States Court of Appeals for the Tenth Circuit.",
     "Chief Judge", "Ann Roe", "USA"),
    ("He clerked for Justice Paul Lind of the U.S. Supreme Court from 2001 to 2002.", "Justice", "Paul Lind", "USA"),
    ("He clerked for Judge Paul Lind of the Ohio Court of Appeals.", "Judge", "Paul Lind", "USA"),
    ("He clerked for Judge Paul Lind on the Guam Superior Court.", "Judge", "Paul Lind", "USA"),
    ("He clerked for Judge Paul Lind of the Federal Court of Australia.", "Judge", "Paul Lind", None),
    ("He clerked for Judge Paul Lind in Ohio.", "Judge", "Paul Lind", None),
])
def test_court_countries(text: str, title: str, name: str, country: str | None) -> None:
    c = _judge(text, title, name)
    court_countries(text, [c])
    assert c.country == country


def test_court_countries_keeps_a_country() -> None:
    text = "He clerked for Judge Paul Lind of the United States District Court for Maine."
    c = _judge(text, "Judge", "Paul Lind")
    c.country = "CAN"
    court_countries(text, [c])
    assert c.country == "CAN"


@pytest.mark.parametrize(("code", "nation"), [("PRI", "USA"), ("GUM", "USA"), ("VIR", "USA"), ("FRA", "FRA"), (None, None)])
def test_territories(code: str | None, nation: str | None) -> None:
    assert sovereign(code) == nation
    c = Candidate(start=0, end=5, person=None, name="X", title="Governor", role="official_other", country=code,
                  organization=None)
    territory_offices([c])
    assert c.country == nation


_SLATE = ("Circuit Court Press Bios\n\n"
          "1.  Helena V. Marsh: Candidate for the United States Court of Appeals for the Tenth Circuit\n\n"
          "Helena V. Marsh has been a United States Magistrate Judge on the United States District Court for the "
          "District of Utah since 2020. She served as a law clerk for Judge Omar Castellanos on the United States "
          "District Court for the District of Utah from 2009 to 2010.\n\n"
          "2.  Judge Ruth Almeida-Soto Candidate for the United States District Court for the District of Puerto Rico\n\n"
          "Judge Ruth Almeida-Soto has served as a judge on the Puerto Rico Court of Appeals since 2017.\n")


@pytest.mark.model
def test_unannounced_slate(roles_of) -> None:
    roles, _ = roles_of(_SLATE, published="2023-05-10")
    got = {(r.person_name, r.status, r.country) for r in roles}
    assert ("Helena V. Marsh", "nominee", "USA") in got
    assert ("Helena V. Marsh", "current", "USA") in got  # the magistrate judgeship
    assert ("Omar Castellanos", "current", "USA") in got  # the judge she clerked for, named with the court
    assert ("Ruth Almeida-Soto", "nominee", "USA") in got  # no "Candidate" read into the name
    assert ("Ruth Almeida-Soto", "current", "USA") in got  # a territory's court serves the United States
    assert not any("Candidate" in r.person_name for r in roles)


@pytest.mark.parametrize(("sentence", "clerkships"), [
    ("She served as a law clerk for Judge Ann Roe on the U.S. Court of Appeals for the Tenth Circuit from 2004 to 2006 "
     "and for Chief Judge Paul T. Lind on the U.S. District Court for the District of Kansas from 2003 to 2004.", 2),
    ("He was a law clerk to Judge Ann Roe from 2001 to 2002 and to Justice Paul Lind of the Iowa Supreme Court "
     "from 2000 to 2001.", 2),
    ("He served as a law clerk for Presiding Civil Judge Ann Roe of the Superior Court of Arizona.", 1),
    ("She served as a law clerk for Judge Ann Roe and later joined Acme LLP as a partner.", 1),
    ("She was an associate at Acme LLP and for two years a fellow at the Roe Institute.", 0),
])
def test_clerkships(sentence: str, clerkships: int) -> None:
    from pipeline.roles.nomination_bios import bio_offices

    assert sum(1 for o in bio_offices(sentence) if o[2] == "law clerk") == clerkships


_CLERKS = ("Circuit Court Press Bios\n\n"
           "1.  Helena V. Marsh: Candidate for the United States Court of Appeals for the Tenth Circuit\n\n"
           "Helena V. Marsh is a partner at Acme LLP. She served as a law clerk for Judge Omar R. Castellanos on the "
           "U.S. Court of Appeals for the Tenth Circuit from 2009 to 2010 and for Judge Ruth Q. Almeida on the U.S. "
           "District Court for the District of Utah from 2008 to 2009.\n")


@pytest.mark.model
def test_two_clerkships_in_one_sentence(roles_of) -> None:
    roles, _ = roles_of(_CLERKS, published="2023-05-10")
    clerk = sorted((r.since, r.until) for r in roles if r.person_name == "Helena V. Marsh" and r.title == "law clerk")
    assert clerk == [("2008", "2009"), ("2009", "2010")]


@pytest.mark.parametrize(("sentence", "title"), [
    ("From 2016 to 2018, she was the Chief Deputy Clerk for the United States District Court for the District of Idaho.",
     "Chief Deputy Clerk for the United States District Court for the District of Idaho"),
    ("He was an Assistant Federal Defender in the Office of the Federal Public Defender for the District of Vermont.",
     "Assistant Federal Defender in the Office of the Federal Public Defender for the District of Vermont"),
    ("She has served as the Clerk of the Ohio Supreme Court since 2019.", "Clerk of the Ohio Supreme Court"),
])
def test_court_officers(sentence: str, title: str) -> None:
    from pipeline.roles.nomination_bios import bio_offices

    assert title in [o[2] for o in bio_offices(sentence)]


_DEPUTY = ("Circuit Court Press Bios\n\n"
           "1.  Helena V. Marsh: Candidate for the United States District Court for the District of Idaho\n\n"
           "Helena V. Marsh has served as the Clerk of Court for the United States District Court for the District of "
           "Idaho since 2021. From 2016 to 2021, she was the Chief Deputy Clerk for the United States District Court "
           "for the District of Idaho.\n")


@pytest.mark.model
def test_office_words_read_as_a_holder(roles_of) -> None:
    roles, _ = roles_of(_DEPUTY, published="2023-05-10")
    got = {(r.person_name, r.status, r.since, r.until) for r in roles if "Clerk" in r.title}
    assert ("Helena V. Marsh", "former", "2016", "2021") in got  # not lost to "Chief Deputy" of one "Clerk"
    assert not any(r.person_name == "Clerk" for r in roles)


@pytest.mark.parametrize(("name", "subject", "same"), [
    ("Ray", "Raymond A. Okafor", True),
    ("Raymond", "Raymond A. Okafor", True),
    ("Kate", "Catherine Doe", True),
    ("Okafor", "Raymond A. Okafor", False),  # the surname: another rule's
    ("Rachel", "Raymond A. Okafor", False),
    ("Ray", "Okafor", False),
])
def test_first_name_of(name: str, subject: str, same: bool) -> None:
    from pipeline.roles.nomination_merge import _first_name_of

    assert _first_name_of(name, subject) is same


_FAMILIAR = ("President Names Key Nominees\n\nToday, President Joe Biden announced his intent to nominate the "
             "following individual:\n\n**Raymond A. Okafor, Nominee for Member of the Merit Systems Protection Board**\n\n"
             "Raymond A. Okafor is the Deputy Assistant Secretary for Human Capital at the Department of the Interior. "
             "Ray has also served as the Chief Human Capital Officer at AmeriCorps.\n")


@pytest.mark.model
def test_familiar_name_is_the_subject(roles_of) -> None:
    roles, _ = roles_of(_FAMILIAR, published="2023-05-10", country="USA")
    assert ("Raymond A. Okafor", "former") in {(r.person_name, r.status) for r in roles if "AmeriCorps" in r.title}
    assert not any(r.person_name == "Ray" for r in roles)
