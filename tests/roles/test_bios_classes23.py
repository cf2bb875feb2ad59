"""Error classes of the twenty-third round in judicial nomination slates: biographies whose headings
give a name, a colon and "Candidate for" a federal bench, in a slate that nowhere uses the verb
"nominate", read as no nomination (so no nominee and none of the biographies' offices); a heading
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
    ("Corinne Dalby: Candidate for the United States Court of Appeals for the Eighth Circuit", "Corinne Dalby", True),
    ("4.  Tomas Eberle: Candidate for the U.S. District Court for the District of Nebraska", "Tomas Eberle", True),
    ("Dana Whitfield: Candidate for United States Attorney for the Eastern District of Arkansas", "Dana Whitfield", True),
    ("Dana Whitfield: Candidate for the Ohio Supreme Court", "Dana Whitfield", False),  # an elected bench
    ("Dana Whitfield: Candidate for Governor of Ohio", "Dana Whitfield", False),  # a campaign
    ("Dana Whitfield: Candidate for the United States Senate", "Dana Whitfield", False),  # an election
])
def test_unannounced_candidate_headings(head: str, name: str, found: bool) -> None:
    got = court_nominations(f"Court Press Bios\n\n{head}\n\nShe is a lawyer.", announced=False)
    assert [n.name for n in got] == ([name] if found else [])


@pytest.mark.parametrize(("head", "name"), [
    ("Judge Corinne Dalby: Candidate for the United States District Court for the District of Montana", "Corinne Dalby"),
    ("Judge Corinne Dalby Candidate for the United States District Court for the District of Montana", "Corinne Dalby"),
    ("Corinne Dalby Candidate for the United States District Court for the District of Montana", "Corinne Dalby"),
])
def test_candidate_heading_forms(head: str, name: str) -> None:
    got = court_nominations(f"Intro line.\n\n{head}\n\nShe is a judge.")
    assert [(n.name, n.status) for n in got] == [(name, "nominee")]


def _judge(text: str, title: str, name: str) -> Candidate:
    at = text.index(f"{title} {name}")
    return Candidate(start=at, end=at + len(title) + 1 + len(name), person=None, name=name, title=title,
                     role="official_other", country=None, organization=None, title_start=at)


@pytest.mark.parametrize(("text", "title", "name", "country"), [
    ("In 2014 he clerked for Chief Judge Ann Roe on the United States Court of Appeals for the Sixth Circuit.",
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
    text = "Early on, Judge Paul Lind of the United States District Court for Delaware took him on as a clerk."
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
          "1.  Corinne Dalby: Candidate for the United States Court of Appeals for the Eighth Circuit\n\n"
          "Since 2019, Corinne Dalby has been a United States Magistrate Judge on the United States District Court for "
          "the District of Nebraska. Between 2007 and 2008 she clerked for Judge Anselm Okoro on the United States "
          "District Court for the District of Nebraska.\n\n"
          "2.  Judge Marisol Ferrer-Badillo Candidate for the United States District Court for the District of Puerto Rico\n\n"
          "Since 2016, Judge Marisol Ferrer-Badillo has sat as a judge of the Puerto Rico Court of Appeals.\n")


@pytest.mark.model
def test_unannounced_slate(roles_of) -> None:
    roles, _ = roles_of(_SLATE, published="2023-05-10")
    got = {(r.person_name, r.status, r.country) for r in roles}
    assert ("Corinne Dalby", "nominee", "USA") in got
    assert ("Corinne Dalby", "current", "USA") in got  # the magistrate judgeship
    assert ("Anselm Okoro", "current", "USA") in got  # the judge she clerked for, named with the court
    assert ("Marisol Ferrer-Badillo", "nominee", "USA") in got  # no "Candidate" read into the name
    assert ("Marisol Ferrer-Badillo", "current", "USA") in got  # a territory's court serves the United States
    assert not any("Candidate" in r.person_name for r in roles)


@pytest.mark.parametrize(("sentence", "clerkships"), [
    ("From 2011 to 2013 he was a law clerk for Judge Ann Roe on the U.S. Court of Appeals for the Seventh Circuit "
     "and for Chief Judge Paul T. Lind on the U.S. District Court for the District of Oregon from 2010 to 2011.", 2),
    ("He was a law clerk to Judge Ann Roe from 2001 to 2002 and to Justice Paul Lind of the Iowa Supreme Court "
     "from 2000 to 2001.", 2),
    ("For two years he was law clerk to Presiding Civil Judge Ann Roe of the Nevada District Court.", 1),
    ("She was a law clerk for Judge Ann Roe and has since become a partner in the Denver office of Acme LLP.", 1),
    ("She was an associate at Acme LLP and for two years a fellow at the Roe Institute.", 0),
])
def test_clerkships(sentence: str, clerkships: int) -> None:
    from pipeline.roles.nomination_bios import bio_offices

    assert sum(1 for o in bio_offices(sentence) if o[2] == "law clerk") == clerkships


_CLERKS = ("Circuit Court Press Bios\n\n"
           "1.  Corinne Dalby: Candidate for the United States Court of Appeals for the Eighth Circuit\n\n"
           "Corinne Dalby practices law at Acme LLP. Earlier she was a law clerk for Judge Anselm J. Okoro on the "
           "U.S. Court of Appeals for the Eighth Circuit from 2015 to 2017 and for Judge Marisol T. Ferrer on the U.S. "
           "District Court for the District of Montana from 2014 to 2015.\n")


@pytest.mark.model
def test_two_clerkships_in_one_sentence(roles_of) -> None:
    roles, _ = roles_of(_CLERKS, published="2023-05-10")
    clerk = sorted((r.since, r.until) for r in roles if r.person_name == "Corinne Dalby" and r.title == "law clerk")
    assert clerk == [("2014", "2015"), ("2015", "2017")]


@pytest.mark.parametrize(("sentence", "title"), [
    ("Between 2012 and 2015 he worked as Chief Deputy Clerk for the United States District Court for the District of Alaska.",
     "Chief Deputy Clerk for the United States District Court for the District of Alaska"),
    ("For six years she was Assistant Federal Defender in the Office of the Federal Public Defender for the District of Oregon.",
     "Assistant Federal Defender in the Office of the Federal Public Defender for the District of Oregon"),
    ("Since 2018 he has been the Clerk of the Kansas Supreme Court.", "Clerk of the Kansas Supreme Court"),
])
def test_court_officers(sentence: str, title: str) -> None:
    from pipeline.roles.nomination_bios import bio_offices

    assert title in [o[2] for o in bio_offices(sentence)]


_DEPUTY = ("Circuit Court Press Bios\n\n"
           "1.  Corinne Dalby: Candidate for the United States District Court for the District of Alaska\n\n"
           "Since 2022 Corinne Dalby has been Clerk of Court for the United States District Court for the District of "
           "Alaska. Before that, from 2015 to 2022, she worked as Chief Deputy Clerk for the United States District Court "
           "for the District of Alaska.\n")


@pytest.mark.model
def test_office_words_read_as_a_holder(roles_of) -> None:
    roles, _ = roles_of(_DEPUTY, published="2023-05-10")
    got = {(r.person_name, r.status, r.since, r.until) for r in roles if "Clerk" in r.title}
    assert ("Corinne Dalby", "former", "2015", "2022") in got  # not lost to "Chief Deputy" of one "Clerk"
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


_FAMILIAR = ("Nominations Announced\n\nThe President said today that he intends to nominate one person:\n\n"
             "**Raymond A. Okafor, Nominee for Member of the Occupational Safety and Health Review Commission**\n\n"
             "Raymond A. Okafor currently leads workforce planning as a Deputy Assistant Secretary at the Department of Labor. "
             "Ray has also served as the Chief Human Capital Officer at AmeriCorps.\n")


@pytest.mark.model
def test_familiar_name_is_the_subject(roles_of) -> None:
    roles, _ = roles_of(_FAMILIAR, published="2023-05-10", country="USA")
    assert ("Raymond A. Okafor", "former") in {(r.person_name, r.status) for r in roles if "AmeriCorps" in r.title}
    assert not any(r.person_name == "Ray" for r in roles)
