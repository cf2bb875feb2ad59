"""Round 18, roles recall: the nominating government of a nomination list that names no President,
two offices written in one title (dated one after the other; an office and then the White House
rank), a relative clause on a title apposed to a person, a chamber's "of" phrase after "elected
to", a committee chair written after the committee the work was for, a principal's past office in
a career list, a passive's agent that a title ran on past; each with a counterpart that must keep
its reading.

Every sentence and name is invented for these tests.
"""

from __future__ import annotations

import pytest
from roles_harness import roles_of  # noqa: F401  (fixture)

HEAD = "Talks in the Capital\n\n"
WH = "The White House said on Tuesday that the President would travel to Ohio. "

# a nomination list that names no President, no publisher, no home state and no dateline
NOMINATIONS = """Nominees Announced

The President is announcing his intent to nominate two new nominees.

1.  Tobias Wren: Candidate for United States Attorney for the Western District of Ohio

Tobias Wren has served as an Assistant United States Attorney in the U.S. Attorney’s Office for the Northern District of Ohio since 2016. From 2010 to 2016, Mr. Wren served as a staff attorney in the Office of Civil Rights at the U.S. Department of Labor.

2.  Ivo Prent: Candidate for United States Marshal for the Western District of Ohio

Ivo Prent has served as the Acting United States Marshal for the Western District of Ohio since 2022. Mr. Prent previously served as the Chief Deputy United States Marshal for the Western District of Ohio from 2020 to 2022 and Assistant Chief Deputy U.S. Marshal from 2018 to 2020.
"""


def _hits(roles, person):
    return sorted((r.title, r.role, r.country, r.status) for r in roles if r.person_name == person)


@pytest.mark.model
def test_entries_country_reaches_the_biographies(roles_of):
    roles, _ = roles_of(NOMINATIONS, published="2023-02-01")
    wren = _hits(roles, "Tobias Wren")
    assert len(wren) == 3 and all(c == "USA" for _, _, c, _ in wren), wren
    prent = _hits(roles, "Ivo Prent")
    # "X from 2020 to 2022 and Y from 2018 to 2020": two offices, each former
    assert ("Assistant Chief Deputy U.S. Marshal", "official_other", "USA", "former") in prent, prent
    assert ("Chief Deputy United States Marshal for the Western District of Ohio", "official_other", "USA",
            "former") in prent, prent
    assert all(c == "USA" for _, _, c, _ in prent), prent


@pytest.mark.model
def test_entries_country_needs_one_written_country(roles_of):
    # the entries write no country: the biographies keep none (nothing guessed)
    text = NOMINATIONS.replace("United States Attorney for", "Attorney for").replace(
        "United States Marshal for the Western District of Ohio\n", "Marshal for the Western District of Ohio\n")
    roles, _ = roles_of(text, published="2023-02-01")
    past = [r for r in roles if r.person_name == "Tobias Wren" and r.status != "nominee"]
    # (a title that names a state's institution, "... for the Northern District of Ohio", is placed by
    # that state since round 58: roles/state_offices.institution_region)
    assert past and all(r.country == ("USA" if "Ohio" in r.title else None) for r in past), _hits(roles, "Tobias Wren")
    assert any("Ohio" not in r.title for r in past), _hits(roles, "Tobias Wren")


@pytest.mark.parametrize(("text", "person", "expected"), [
    # an office, then the White House rank that goes with it: two posts
    (WH + "Also attending was Lena Marsh, Principal Deputy Press Secretary and Deputy Assistant to the President.",
     "Lena Marsh", {"Principal Deputy Press Secretary", "Deputy Assistant to the President"}),
    (WH + "Also attending was Lena Marsh, Senior Advisor and Assistant to the President.",
     "Lena Marsh", {"Senior Advisor", "Assistant to the President"}),
    # the rank first, as before
    (WH + "Also attending was Lena Marsh, Assistant to the President and Director of the Domestic Policy Council.",
     "Lena Marsh", {"Assistant to the President", "Director of the Domestic Policy Council"}),
    # one office whose name holds "and" stays one
    (WH + "Also attending was Lena Marsh, Under Secretary of Commerce for Industry and Security.",
     "Lena Marsh", {"Under Secretary of Commerce for Industry and Security"}),
])
def test_office_then_rank(roles_of, text, person, expected):
    roles, _ = roles_of(HEAD + text)
    assert {r.title for r in roles if r.person_name == person} == expected, _hits(roles, person)


@pytest.mark.parametrize(("text", "person", "role", "country", "status"), [
    # a relative clause on the title apposed to the person
    (WH + "He spoke with Alma Reddick, the EU's High Representative, who previously served as Prime Minister of Estonia.",
     "Alma Reddick", "head_of_government", "EST", "former"),
    (WH + "Our Ambassador to Japan, Otto Brenner, who was Mayor of Chicago, hosted the dinner.",
     "Otto Brenner", "official_other", "USA", "former"),
    # the relative clause of another noun gives the person nothing
    (WH + "He spoke with Alma Reddick, the EU's High Representative, whose office had asked for the call.",
     "Alma Reddick", "official_other", None, "current"),
])
def test_relative_clause_on_apposed_title(roles_of, text, person, role, country, status):
    roles, _ = roles_of(HEAD + text)
    got = [(r.role, r.country, r.status) for r in roles if r.person_name == person]
    want = (role, country, status)
    if country is None:
        assert len(got) == 1 and got[0][0] == role, got  # the apposed title alone
    else:
        assert want in got, got


@pytest.mark.parametrize(("text", "expected"), [
    # the chamber's "of" phrase is part of its name
    ("Marta Lindqvist was elected to the Virginia House of Delegates in 2008.",
     {("member of the Virginia House of Delegates", "legislator")}),
    ("Marta Lindqvist was elected to the U.S. House of Representatives in 2018.",
     {("member of the U.S. House of Representatives", "legislator")}),
    # a body that is no chamber gives no seat
    ("Marta Lindqvist was elected to the board of the House of Hope shelter in 2018.", set()),
])
def test_elected_to_house_of(roles_of, text, expected):
    roles, _ = roles_of(HEAD + WH + text)
    assert {(r.title, r.role) for r in roles if r.person_name == "Marta Lindqvist"} == expected, \
        [(r.person_name, r.title) for r in roles]


@pytest.mark.parametrize(("text", "person", "role"), [
    # the chair of a chamber's committee the work was for is a legislator
    ("She worked on the staff of the House Committee on Oversight and Reform for Chairman Tobias Wren.",
     "Tobias Wren", "legislator"),
    ("He served on the Senate Judiciary Committee staff under Chairwoman Lena Marsh.", "Lena Marsh", "legislator"),
    # another body's chair keeps its category
    ("He worked at the Federal Reserve for Chairman Tobias Wren.", "Tobias Wren", "official_other"),
])
def test_committee_for_chairman(roles_of, text, person, role):
    roles, _ = roles_of(HEAD + WH + text)
    assert [r.role for r in roles if r.person_name == person] == [role], _hits(roles, person)


@pytest.mark.parametrize(("text", "status"), [
    # a career list of posts left; the principal is no longer in the office on the publication date
    ("A career civil servant, she has held numerous positions in the Office of the Secretary of Defense since 2003,\n"
     "including Principal Director for East Asia and Special Assistant to\nSecretary of Defense, Chuck Hagel.", "former"),
    # a principal in the office that day keeps it
    ("A career civil servant, she has held numerous positions in the Office of the Secretary of Defense since 2003,\n"
     "including Principal Director for East Asia and Special Assistant to\nSecretary of Defense, Lloyd Austin.", "current"),
])
def test_principal_of_a_career_list(roles_of, text, status):
    roles, _ = roles_of(HEAD + WH + text, published="2023-06-01")
    got = [r for r in roles if r.role == "defence_minister"]
    assert len(got) == 1 and got[0].status == status, [(r.person_name, r.title, r.status) for r in roles]


@pytest.mark.parametrize(("text", "titles"), [
    # a title that runs on past a passive's agent is the appointer's: not the subject's office
    ("Lena Marsh was appointed by the Governor to the State Water Board in 2019.", set()),
    # the office written as the verb's own complement stays the subject's
    ("Lena Marsh was appointed Governor by the legislature in 2019.", {"Governor"}),
])
def test_agent_title_run_on(roles_of, text, titles):
    roles, _ = roles_of(HEAD + WH + text)
    assert {r.title for r in roles if r.person_name == "Lena Marsh"} == titles, [(r.person_name, r.title) for r in roles]


@pytest.mark.parametrize(("text", "expected"), [
    # "Representative of [the United States] to ...": the orphaned "of" goes with the country words
    ("Tobias Wren, Representative of the United States to the United Nations, spoke.",
     ("Representative to the United Nations", "ambassador")),
    ("Tobias Wren, Secretary of the United States Department of Labor, spoke.",
     ("Secretary of the Department of Labor", "minister_other")),
])
def test_country_words_inside_title(roles_of, text, expected):
    roles, _ = roles_of(HEAD + WH + text)
    assert [(r.title, r.role) for r in roles if r.person_name == "Tobias Wren"] == [expected], \
        [(r.person_name, r.title, r.role) for r in roles]


@pytest.mark.parametrize(("text", "expected"), [
    # a counted plural apposed to its holders' names: each holds the office
    ("She thanked both Governors, Lena Marsh and Otto Brenner, for their help.",
     {("Lena Marsh", "Governor"), ("Otto Brenner", "Governor")}),
    ("The two Senators, Lena Marsh and Otto Brenner, voted against the bill.",
     {("Lena Marsh", "Senator"), ("Otto Brenner", "Senator")}),
    # no count before the plural: an apposition of another kind, nothing read
    ("She thanked the Governors, Lena Marsh and Otto Brenner, for their help.", set()),
])
def test_counted_plural_apposition(roles_of, text, expected):
    roles, _ = roles_of(HEAD + WH + text)
    assert {(r.person_name, r.title) for r in roles if r.person_name in ("Lena Marsh", "Otto Brenner")} == expected, \
        [(r.person_name, r.title) for r in roles]
