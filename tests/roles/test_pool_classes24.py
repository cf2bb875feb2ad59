"""Wrong roles of the twenty-fourth round, read on the output for unannotated White House
documents (remarks, statements, readouts and biographies): one office of one person read both
as current and as former in one text.

Every sentence is invented for these tests in the style of White House releases.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from roles_harness import roles_of  # noqa: F401  (fixture)

from pipeline.roles.status_conflicts import one_status_per_office, same_office


@dataclass
class _C:
    name: str
    title: str
    role: str
    country: str | None
    status: str
    start: int
    title_start: int
    organization: str | None = None
    end: int = -1


@pytest.mark.parametrize(("a", "b", "same"), [
    ("the first U.S. Secretary of Defense", "Secretary of Defense", True),
    ("former governor", "Governor", True),
    ("General", "General", True),
    ("Secretary of Defense", "Secretary of State", False),
    ("Governor", "Lieutenant Governor", False),
])
def test_same_office(a: str, b: str, same: bool) -> None:
    assert (same_office(a) == same_office(b)) is same


def _two(body: str, first: str, second: str, status1: str, status2: str, title: str = "General",
         role: str = "military_commander") -> list:
    i, j = body.index(first), body.index(second)
    return [_C("Ada Roe", title, role, "USA", status1, i, body.index(title, i)),
            _C("Ada Roe", title, role, "USA", status2, j, body.index(title, j))]


@pytest.mark.parametrize(("body", "first", "second", "s1", "s2", "expected"), [
    # a marked past term wins: "retired", "former", "served as"
    ("Long ago, retired General Ada Roe spoke here. As General Ada Roe said, duty comes first.",
     "retired", "As General", "former", "current", "former"),
    ("We thank our former General Ada Roe. Today General Ada Roe is with us.",
     "our former", "Today General", "former", "current", "former"),
    ("Ada Roe has served as a General of the Guard. As a General of the Guard, she led the relief.",
     "Ada Roe has", "As a General", "former", "current", "former"),
    # a tense alone does not end a term: the default status stays
    ("Today I was with General Ada Roe. And then General Ada Roe and the Minister met.",
     "Today I", "And then", "current", "former", "current"),
    ("At that time, General Ada Roe promised help. General Ada Roe keeps her word.",
     "At that time", "General Ada Roe keeps", "former", "current", "current"),
])
def test_one_status_per_office(body: str, first: str, second: str, s1: str, s2: str, expected: str) -> None:
    out = one_status_per_office(body, _two(body, first, second, s1, s2), "2024-03-01")
    assert [c.status for c in out] == [expected]


def test_different_offices_keep_their_statuses() -> None:
    body = "Ada Roe served as Ambassador to Chile. She is now the Ambassador to Peru."
    cands = [_C("Ada Roe", "Ambassador to Chile", "ambassador", "USA", "former", 0, 19),
             _C("Ada Roe", "Ambassador to Peru", "ambassador", "USA", "current", 39, 55)]
    assert [c.status for c in one_status_per_office(body, cands, "2024-03-01")] == ["former", "current"]


def test_nominee_readings_are_left_alone() -> None:
    body = "Ada Roe has served as a Member of the Board since 2019. She is renominated as a Member of the Board."
    i = body.index("Member")
    j = body.index("Member", i + 1)
    cands = [_C("Ada Roe", "Member of the Board", "official_other", "USA", "current", 0, i),
             _C("Ada Roe", "Member of the Board", "official_other", "USA", "nominee", j, j)]
    assert [c.status for c in one_status_per_office(body, cands, "2024-03-01")] == ["current", "nominee"]


@pytest.mark.model
@pytest.mark.parametrize(("text", "person", "status"), [
    ("More than a century ago, retired General Amos Pike spoke on this lawn. What led these soldiers, "
     "as General Pike said, to give everything?", "Amos Pike", "former"),
    ("I am joined by Dana Whitfield, our former governor and now our Energy Secretary. That is why I asked "
     "Governor Whitfield to lead the effort.", "Dana Whitfield", "former"),
])
def test_one_office_one_status_in_remarks(roles_of, text: str, person: str, status: str) -> None:
    roles, _ = roles_of("Remarks by the President\n\n" + text + "\n", published="2023-05-29", country="USA")
    mine = [r for r in roles if r.person_name == person and r.role in ("military_commander", "official_other")
            and "ecretary" not in r.title]
    assert [r.status for r in mine] == [status]


@pytest.mark.parametrize(("body", "title", "expected"), [
    ("She was appointed by President Bill Clinton to the Board of Directors of the Fund.", "Board of Directors", "former"),
    ("In 1991, President Bush appointed Rep. Doe to be Executive Secretary of the Council.", "Executive Secretary", "former"),
    ("Doe was appointed by Presidents Reagan and Clinton as a Member of the Panel.", "Member of the Panel", "former"),
    ("He was nominated by President Barack Obama for the position of Alternate Representative.", "Alternate Representative",
     "former"),
    # a president in office on the day, or a sentence that says now: the post may be held still
    ("She was appointed by President Biden to the Board of Directors of the Fund.", "Board of Directors", "current"),
    ("She was appointed by President Obama and reappointed by President Biden as Chair of the Panel.", "Chair of the Panel",
     "current"),
    ("Appointed by President Obama in 2014, she currently serves as Chair of the Panel.", "Chair of the Panel", "current"),
    ("He has served on the Panel since he was appointed by President Obama as Chair of the Panel.", "Chair of the Panel",
     "current"),
    # a judgeship is held during good behaviour
    ("In 2012, President Obama appointed her as Judge of the District Court.", "Judge of the District Court", "current"),
    # the office before the appointment is not what the president gave
    ("As Chair of the Panel, she was appointed by President Clinton to the Board.", "Chair of the Panel", "current"),
])
def test_appointed_by_a_past_president(body: str, title: str, expected: str) -> None:
    from pipeline.roles.past_appointers import appointed_by_past_presidents
    c = _C("Jane Doe", title, "official_other", "USA", "current", 0, body.index(title))
    assert [x.status for x in appointed_by_past_presidents(body, [c], "2023-06-01")] == [expected]


@pytest.mark.model
def test_appointed_by_a_past_president_in_a_biography(roles_of) -> None:
    from roles_harness import NOMINATION_HEAD
    text = NOMINATION_HEAD + ("Peter Garland is a retired investor. In 1998, he was appointed by President Bill Clinton "
                              "to the Board of Directors of the African Development Foundation.\n")
    roles, _ = roles_of(text, published="2023-06-01", country="USA")
    board = [r for r in roles if r.person_name == "Peter Garland" and "Board" in (r.title or "")]
    assert board and all(r.status == "former" for r in board)


@pytest.mark.parametrize(("sentence", "back"), [
    ("More than 100 years ago, Colonel Ada Roe wrote a poem.", 100),
    ("One hundred and twenty years ago, General Ada Roe spoke here.", 120),
    ("We trace the alliance back to 1941, under Prime Minister Ada Roe.", 82),
    ("She served as a judge (appointed by Governor Ada Roe, 1977).", 46),
    # a year that names a thing dates no sentence
    ("Secretary Ada Roe praised the 1964 Civil Rights Act.", None),
    ("Nearly thirty years ago, Senator Ada Roe wrote the law.", 30),
])
def test_years_back(sentence: str, back) -> None:
    from pipeline.roles.historic_offices import years_back
    assert years_back(sentence, 2023) == back


@pytest.mark.parametrize(("body", "expected"), [
    ("More than 100 years ago, Colonel Ada Roe wrote a poem on the war.", ["former"]),
    ("In 1941, under Prime Minister Ada Roe, the two nations became allies.", ["former"]),
    # thirty years is within one career; "today" brings the sentence to now
    ("Thirty years ago, Colonel Ada Roe wrote a poem on the war.", ["current"]),
    ("In 1941 the nations became allies, and today Colonel Ada Roe leads the alliance.", ["current"]),
    # a judge sits for life
    ("In 1975, Judge Ada Roe was appointed to the bench.", ["current"]),
])
def test_historic_offices(body: str, expected: list) -> None:
    from pipeline.roles.historic_offices import historic_offices
    title = next(t for t in ("Colonel", "Prime Minister", "Judge") if t in body)
    c = _C("Ada Roe", title, "official_other", "XXX", "current", 0, body.index(title))
    assert [x.status for x in historic_offices(body, [c], "2023-06-01")] == expected


def test_historic_offices_spare_a_holder_named_in_office_today() -> None:
    from pipeline.roles.historic_offices import historic_offices
    body = "Secretary Ada Roe met the minister. The alliance was founded in 1951, as Secretary Ada Roe recalled."
    i = body.index("Secretary")
    j = body.index("Secretary", i + 1)
    cands = [_C("Ada Roe", "Secretary", "minister_other", "USA", "current", i, i),
             _C("Ada Roe", "Secretary", "minister_other", "USA", "current", j, j)]
    assert [c.status for c in historic_offices(body, cands, "2023-06-01")] == ["current", "current"]


@pytest.mark.model
def test_historic_office_in_remarks(roles_of) -> None:
    text = ("Remarks by the President at a Dinner\n\nMore than 100 years ago, from the fields of France, "
            "Lieutenant Colonel Amos Pike wrote a poem that children learn by heart.\n")
    roles, _ = roles_of(text, published="2023-03-24", country="USA")
    pike = [r for r in roles if r.person_name == "Amos Pike"]
    assert pike and all(r.status == "former" for r in pike)


@pytest.mark.model
@pytest.mark.parametrize(("text", "kept"), [
    ("Statement from President Joe Biden\n\nOur troops serve with honor. As Commander-in-Chief, I have no higher duty "
     "than to bring them home safely.\n", False),
    ("Statement from Press Secretary Ada Roe\n\nWhile President Biden is Commander in Chief, our forces will stand "
     "with our allies.\n", False),
    # the commander-in-chief of a named force holds a military post
    ("Statement from President Joe Biden\n\nWe condemn the detention ordered by Commander-in-Chief of the Army Tun Myat "
     "Aung.\n", True),
])
def test_commander_in_chief_of_a_head_of_state(roles_of, text: str, kept: bool) -> None:
    roles, _ = roles_of(text, published="2023-06-12", country="USA")
    assert any(r.role == "military_commander" for r in roles) is kept


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Today the Secretary met with Moldovan President Ada Roe, head of the Office of the President, the Minister of "
     "Defense, and others in Chisinau.", set()),
    # the office's head named: his post
    ("Today the Secretary met with Moldovan President Ada Roe and Ivan Petrescu, head of the Office of the President, "
     "in Chisinau.", {"Ivan Petrescu"}),
])
def test_leader_is_no_head_of_own_office(roles_of, text: str, expected: set) -> None:
    roles, _ = roles_of("Readout of the Secretary's Meeting\n\n" + text + "\n", published="2022-11-04", country="USA")
    assert {r.person_name for r in roles if "Office of the President" in (r.title or "")} == expected
