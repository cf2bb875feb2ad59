"""Error classes of role countries found by the eleventh round's stress test of White House
readouts and statements: a minister, or a vice president the office-holder table does not know,
given the publisher's government because no country word stands near the title.

Every sentence is invented for these tests in the style of White House readouts and statements.
"""

from __future__ import annotations

import pytest
from roles_harness import roles_of  # noqa: F401  (fixture)


def _country(roles, person: str) -> tuple:
    return next((r.country, r.organization) for r in roles if r.person_name and r.person_name.endswith(person))


@pytest.mark.parametrize(("text", "person", "expected"), [
    # the one foreign government of the officials the sentence names
    ("Readout of President Biden's Call with President Rasmus Kallio of Finland\n\nPresident Biden spoke today "
     "with President Rasmus Kallio of Finland. The leaders discussed the Baltic. Foreign Minister Aino Laine "
     "joined President Kallio on the call.", "Laine", ("FIN", None)),
    # the other country the sentence names
    ("Statement by President Joe Biden on the Elections in Ruritania\n\nWhat Ruritanian President Karl Vos and his "
     "wife, Vice President Ilse Vos, staged today was no free election.", "Ilse Vos", (None, None)),
    ("Statement by President Joe Biden on the Elections in Nicaragua\n\nWhat Nicaraguan President Tomas Reyes and "
     "his wife, Vice President Elena Reyes, staged today was no free election.", "Elena Reyes", ("NIC", None)),
    # nothing settles the country: none rather than the publisher's
    ("Statement from President Biden on the Election in Ghana\n\nI congratulate the people on a peaceful vote. "
     "Vice President Ama Owusu will lead the transition team.", "Owusu", (None, None)),
    ("Readout of a Meeting\n\nPresident Biden met today with business leaders. Finance Minister Rui Costa "
     "also attended.", "Costa", (None, None)),
    ("Statement from President Biden on the Election\n\nI congratulate President-elect Kwame Asante on his "
     "victory.", "Asante", (None, None)),
])
@pytest.mark.parametrize("publisher", [None, "USA"])
def test_office_the_home_government_has_not(roles_of, text, person, expected, publisher) -> None:
    roles, _ = roles_of(text, country=publisher)
    assert _country(roles, person) == expected


@pytest.mark.parametrize(("text", "person", "expected"), [
    # the home government's own officials keep it
    ("Readout of a Meeting\n\nPresident Biden met today with Vice President Kamala Harris and Senator Ann Brill.",
     "Harris", ("USA", None)),
    ("Statement from President Biden\n\nI congratulate President-elect Donald Trump on his victory.", "Trump",
     ("USA", None)),
    ("Readout of a Meeting\n\nPresident Biden met today with Senator Ann Brill and Governor Tom Reed.",
     "Brill", ("USA", None)),
    # a Foreign Service rank is no minister
    ("Readout of a Meeting\n\nPresident Biden thanked Minister-Counselor Jane Roe of the embassy staff.",
     "Roe", ("USA", None)),
])
def test_home_officials_unchanged(roles_of, text, person, expected) -> None:
    roles, _ = roles_of(text, country="USA")
    assert _country(roles, person) == expected


@pytest.mark.parametrize(("text", "person", "expected"), [
    # the other country of the headline
    ("Readout of National Security Advisor Tom Avery's Call with the National Security Advisor of Norway\n\n"
     "National Security Advisor Tom Avery spoke today with his counterpart, Erik Dahl. They discussed the Arctic.",
     "Dahl", "NOR"),
    # the other country of the sentence
    ("Readout of a Call\n\nNational Security Advisor Tom Avery spoke today with his counterpart, Erik Dahl, "
     "about security in Norway.", "Dahl", "NOR"),
    # two other countries: none
    ("Readout of National Security Advisor Tom Avery's Call with Norway and Sweden\n\n"
     "National Security Advisor Tom Avery spoke today with his counterpart, Erik Dahl.", "Dahl", None),
])
def test_counterpart_of_the_other_side(roles_of, text, person, expected) -> None:
    roles, _ = roles_of(text, published="2023-05-01", country="USA")
    hits = [r.country for r in roles if r.person_name and r.person_name.endswith(person)]
    assert hits and set(hits) == {expected}


@pytest.mark.parametrize(("name", "role", "expected"), [
    ("Guillermo Lasso", "head_of_state", ("ECU", "head_of_state")),
    ("Jokowi", "head_of_state", ("IDN", "head_of_state")),
    ("Bainimarama", "head_of_government", ("FJI", "head_of_government")),
])
def test_heads_added_to_the_table(name, role, expected) -> None:
    from pipeline.roles.resolver import holder

    assert holder(name, role, "2022-06-01") == expected


@pytest.mark.parametrize(("text", "published", "person", "expected"), [
    ("Statement from the President\n\nI thank Secretary-General Guterres for convening this summit.", "2023-09-20",
     "Guterres", (None, "UN")),
    ("Readout of a Meeting\n\nPresident Biden met today with President Michel and President von der Leyen.",
     "2023-06-01", "Leyen", (None, "EU")),
    # out of the term: nothing from the table
    ("Statement from the President\n\nI spoke with Secretary General Stoltenberg about the alliance.", "2012-01-05",
     "Stoltenberg", None),
    # an office only governments have is never the organisation's
    ("Readout of a Call\n\nPresident Biden spoke with Prime Minister Rutte about the summit.", "2024-11-20",
     "Rutte", None),
])
def test_heads_of_organisations(roles_of, text, published, person, expected) -> None:
    roles, _ = roles_of(text, published=published, country="USA")
    hits = [(r.country, r.organization) for r in roles if r.person_name and r.person_name.endswith(person)]
    if expected is None:
        assert all(h[1] is None for h in hits)
    else:
        assert hits and hits[0] == expected


@pytest.mark.parametrize(("text", "person", "expected"), [
    # the author named in the title line of the publisher's own document is the publisher's,
    # whatever the dated table (which may end before the text, or miss a new holder) says
    ("Statement from Vice President Jane Roe on the Summit\n\nVice President Jane Roe met Prime Minister "
     "Anna Berg of Sweden in Stockholm.", "Roe", ("USA", None)),
    # ... a name the title gives after "and" is no author
    ("Joint Statement of President Biden and Vice President Jane Roe\n\nVice President Jane Roe met Prime "
     "Minister Anna Berg of Sweden in Stockholm.", "Roe", ("SWE", None)),
])
def test_title_author_is_the_publishers(roles_of, text, person, expected) -> None:
    roles, _ = roles_of(text, country="USA")
    assert _country(roles, person) == expected
