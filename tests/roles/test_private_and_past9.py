"""Error classes of the ninth round's second wave: presidents of unions, charities and firms in a
readout's participant list ("Jane Roe, President, Fairfield Housing Coalition") read as heads of
state; presidents and prime ministers of history cited with their title in a speech ("as
President Roosevelt said") read as current; the head of a government titled "Chief Executive"
(Hong Kong, Macao) dropped as a company officer.

Every sentence is invented for these tests in the style of White House readouts, speeches and
wire copy.
"""

from __future__ import annotations

import pytest
from roles_harness import roles_of  # noqa: F401  (fixture)

from pipeline.roles.past_leaders import past_leaders
from pipeline.roles.presidencies import not_head_of_state
from pipeline.roles.reader import Candidate
from pipeline.roles.titles import company_title

_LIST = ("Readout of the Vice President's Meeting with Community Leaders\n\nToday, Vice President Kamala "
         "Harris met with community leaders. Participants included:\n\n{lines}\n\nThe Vice President "
         "thanked the participants.")


def _cand(text: str, name: str, title: str = "President", **kw) -> Candidate:
    start = text.index(name)
    at = text.index(title, start)
    return Candidate(start=start, end=at + len(title), person=None, name=name, title=title,
                     role="head_of_state", country=None, organization=None, title_start=at, **kw)


@pytest.mark.parametrize(("line", "kept"), [
    ("Maria Gomez, President, Riverside Tenants Union", False),
    ("Maria Gomez, President, the Center for Family Housing", False),
    ("Maria Gomez, President & CEO, Lakeshore Community Foundation", False),
    ("Maria Gomez, President, Acme Manufacturing Inc.", False),
    ("Maria Gomez, President and GM, Memory Division, Acme Electronics", False),
    ("Maria Gomez, President, Republic of Kenya", True),      # a country: a head of state
    ("Maria Gomez, President, World Bank", True),             # an international organisation's head
    ("Maria Gomez, President, Export-Import Bank of the United States", True),  # a public body
])
def test_listed_body_president(line: str, kept: bool) -> None:
    text = _LIST.format(lines="- " + line)
    assert bool(not_head_of_state(text, [_cand(text, "Maria Gomez")])) is kept


def test_president_followed_by_an_office_is_kept() -> None:
    # "..., President, Prime Minister X": the words after the comma are another office, no body
    text = "We thank Ana Ruiz, President, Prime Minister Tomas Vidal, and the delegation."
    assert not_head_of_state(text, [_cand(text, "Ana Ruiz")])


def _leader(name: str, role: str = "head_of_state", country: str | None = None,
            source: str | None = None) -> Candidate:
    return Candidate(start=0, end=1, person=None, name=name, title="President", role=role, country=country,
                     organization=None, country_source=source)


@pytest.mark.parametrize(("name", "role", "country", "source", "published", "expected"), [
    ("Roosevelt", "head_of_state", None, None, "2024-06-06", ("former", "USA")),
    ("Franklin Roosevelt", "head_of_state", "USA", "publisher", "2023-05-16", ("former", "USA")),
    ("Roosevelt", "head_of_state", "GBR", "dateline", "2024-06-06", ("former", "USA")),  # filed in London
    ("Winston Churchill", "head_of_government", "USA", "institution", "2023-06-08", ("former", "GBR")),
    ("Churchill", "head_of_government", None, None, "2022-01-10", ("former", "GBR")),
    ("Keir Starmer", "head_of_government", "GBR", "title", "2025-02-01", ("current", "GBR")),  # in office
    ("Rishi Sunak", "head_of_government", "GBR", "title", "2023-06-08", ("current", "GBR")),
    ("Rishi Sunak", "head_of_government", "GBR", "title", "2025-03-01", ("former", "GBR")),
    ("Roosevelt", "head_of_state", None, None, None, ("current", None)),  # no date: nothing known
    ("Wilson", "head_of_state", "KEN", "institution", "2024-01-01", ("current", "KEN")),  # another Wilson
    # a middle name written in full where the table writes its initial; a suffix after the surname
    ("Franklin Delano Roosevelt", "head_of_state", "ISR", "institution", "2023-10-11", ("former", "USA")),
    ("Dwight David Eisenhower", "head_of_state", None, None, "2022-05-02", ("former", "USA")),
    ("Joseph Robinette Biden Jr.", "head_of_state", "USA", "title", "2023-10-11", ("current", "USA")),
])
def test_past_leaders(name, role, country, source, published, expected) -> None:
    c = _leader(name, role, country, source)
    past_leaders([c], published)
    assert (c.status, c.country) == expected


@pytest.mark.parametrize(("split", "company"), [
    (("Chief Executive", "HKG", None, False), False),
    (("chief executive", "MAC", None, False), False),
    (("Chief Executive", None, None, False), True),      # "chief executive Ken Doe": a firm's
    (("Chief Executive", "GBR", None, False), True),     # "a British chief executive"
])
def test_chief_executive_of_a_region(split, company) -> None:
    assert company_title(split) is company


@pytest.mark.model
@pytest.mark.parametrize(("text", "person", "expected"), [
    (_LIST.format(lines="- Dana Whitfield, President, Harbor City Nurses Association\n"
                        "- Omar Haddad, President, Northern Plains Farmers Union"), "Dana Whitfield", set()),
    ("LONDON (Reuters) - Prime Minister Keir Starmer marked the anniversary on Thursday. \"As President "
     "Roosevelt told Americans, the only thing we have to fear is fear itself,\" Starmer said.", "Roosevelt",
     {("President", "USA", "former")}),
    ("HONG KONG (Reuters) - Hong Kong's Chief Executive John Lee said on Tuesday the city would press ahead "
     "with the new housing rules.", "John Lee", {("Chief Executive", "HKG", "current")}),
    ("MACAU (AFP) - Macau's chief executive, Sam Hou Fai, opened the legislative session on Monday.",
     "Sam Hou Fai", {("chief executive", "MAC", "current")}),
    ("LONDON (Reuters) - Tesco chief executive Ken Murphy said on Wednesday that sales rose.", "Ken Murphy", set()),
])
def test_stories(roles_of, text, person, expected) -> None:  # noqa: F811
    roles, _ = roles_of(text, published="2025-03-06")
    got = {(r.title, r.country, r.status) for r in roles if r.person_name.endswith(person)}
    assert got == expected
