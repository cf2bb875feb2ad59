"""Error classes of the twelfth round in nomination lists and biographies: a Senate entry giving
the rank of Ambassador for the tenure of an office; the biography of a nominee whose name opens
with an initial; past steps of a career read as held now; jobs at firms, charities and
universities; the list under an announcement's introduction; a legislature's staff read as
legislators.

Every sentence is invented for these tests in the style of White House nomination documents;
names and bodies are fictional.
"""

from __future__ import annotations

import pytest
from roles_harness import NOMINATION_HEAD, roles_of  # noqa: F401  (fixture)

from pipeline.roles.appointee_lists import appointee_lists
from pipeline.roles.legislative_staff import staff_posts
from pipeline.roles.rank_tenures import rank_tenures
from pipeline.roles.reader import Candidate

_HEAD = NOMINATION_HEAD


def _bio(roles_of, bio: str):
    roles, _ = roles_of(_HEAD + bio + "\n")
    return [r for r in roles if "Garland" in (r.person_name or "") and "Fiji" not in r.title]


@pytest.mark.parametrize(("entry", "name", "title"), [
    ("Jane Q. Doe, of Ohio, a Career Member of the Senior Foreign Service, Class of Minister-Counselor, for the "
     "rank of Ambassador during her tenure of service as United States Representative to the Organization for "
     "the Prohibition of Chemical Weapons.", "Jane Q. Doe",
     "Representative to the Organization for the Prohibition of Chemical Weapons"),
    ("John R. Roe, III, of Texas, for the rank of Ambassador during his tenure of service as Representative of "
     "the United States of America on the Council of the International Civil Aviation Organization.",
     "John R. Roe III", "Representative on the Council of the International Civil Aviation Organization"),
])
def test_rank_for_tenure_entry(entry: str, name: str, title: str) -> None:
    found = rank_tenures(f"NOMINATIONS SENT TO THE SENATE:\n\n{entry}\n")
    assert [(n.name, n.title, n.status) for n in found] == [(name, title, "nominee")]


def test_rank_for_tenure_in_list(roles_of) -> None:
    roles, _ = roles_of("Nominations Sent to the Senate\n\nNOMINATIONS SENT TO THE SENATE:\n\n"
                        "Mary Ann Fenwick, of Iowa, to be Ambassador Extraordinary and Plenipotentiary of the United "
                        "States of America to the Republic of Palau.\n\n"
                        "Tobias K. Wren, of Utah, a Career Member of the Senior Foreign Service, Class of "
                        "Minister-Counselor, for the rank of Ambassador during his tenure of service as United States "
                        "Representative to the Organization of Example States.\n", published="2024-03-01")
    got = {(r.person_name, r.status) for r in roles}
    assert ("Tobias K. Wren", "nominee") in got
    assert not any(r.person_name == "Mary Ann Fenwick" and "Example States" in r.title for r in roles)


def test_initial_first_name_section(roles_of) -> None:
    text = ("President Names Key Nominees\n\nWASHINGTON – Today, President Joe Biden announced his intent to "
            "nominate the following individuals:\n\n-   Hugo Brandt, Nominee for Assistant Secretary of Labor\n"
            "-   R. Celia Marlowe Ostend, Nominee for Commissioner of the Bureau of Example Affairs\n\n"
            "**Hugo Brandt, Nominee for Assistant Secretary of Labor**\n\nHugo Brandt is a labor lawyer.\n\n"
            "**R. Celia Marlowe Ostend, Nominee for Commissioner of the Bureau of Example Affairs**\n\n"
            "Celia previously served as the Deputy Assistant Secretary for Water and Science at the Department "
            "of the Interior.\n")
    roles, _ = roles_of(text)
    deputy = [r for r in roles if r.title.startswith("Deputy Assistant Secretary")]
    assert deputy and all(r.person_name == "R. Celia Marlowe Ostend" for r in deputy)


@pytest.mark.parametrize(("bio", "title", "status"), [
    ("Garland began his career at the Department of Justice. Garland went on to serve as chief of staff at the "
     "Office of Personnel Management.", "chief of staff", "former"),
    ("In 2008, Garland continued serving rural Ohio as a field representative for Senator Tom Udall.",
     "field representative", "former"),
    ("In his previous position as Deputy Director of the Office of Ocean Affairs, Garland led a team.",
     "Deputy Director of the Office of Ocean Affairs", "former"),
    ("In his current role as Deputy Director of the Office of Ocean Affairs, Garland leads a team of forty.",
     "Deputy Director of the Office of Ocean Affairs", "current"),
])
def test_career_step_status(roles_of, bio: str, title: str, status: str) -> None:
    hits = [r for r in _bio(roles_of, bio) if r.title == title]
    assert hits and {r.status for r in hits} == {status}


@pytest.mark.parametrize("bio", [
    "Garland is the Vice President of Government Relations for the Wounded Soldier Project (WSP).",
    "Garland later was the Director of Space Technology and Policy for Quokka Systems Pty, Australia.",
    "Garland was Director of Strategic Studies and an Associate Professor at the Example State University "
    "School of International Studies.",
    "Garland serves as President of the Board of Directors for The Acme Charities.",
])
def test_private_employer(roles_of, bio: str) -> None:
    assert _bio(roles_of, bio) == []


@pytest.mark.parametrize("bio", [
    "Garland serves as Senior Advisor for the Western Hemisphere at the Department of State.",
    "Garland was Director of Policy and Senior Advisor at the Department of Labor.",
])
def test_public_employer_kept(roles_of, bio: str) -> None:
    assert _bio(roles_of, bio)


_LIST = ("WASHINGTON – Today, President Joe Biden announced his intent to {verb} the following individuals:\n\n"
         "Nora Quill – Deputy Administrator, National Example Administration\n"
         "Felix Adair, State Executive Director, Farm Service Agency, Nebraska\n"
         "Grace Holt – Deputy United States Trade Representative\n\n"
         "These leaders bring deep expertise.\n")


@pytest.mark.parametrize(("verb", "status"), [("nominate", "nominee"), ("appoint", "nominee")])
def test_appointee_list(verb: str, status: str) -> None:
    got = {(n.name, n.title, n.status) for n in appointee_lists(_LIST.format(verb=verb), [])}
    assert got == {("Nora Quill", "Deputy Administrator, National Example Administration", status),
                   ("Felix Adair", "State Executive Director, Farm Service Agency", status),
                   ("Grace Holt", "Deputy Trade Representative", status)}


def test_appointee_list_made() -> None:
    text = ("WASHINGTON – Today, President Joe Biden appointed the following individuals to serve in key roles:\n\n"
            "Felix Adair, State Executive Director, Farm Service Agency, Nebraska\n\nMore text.\n")
    assert [n.status for n in appointee_lists(text, [])] == ["current"]


def test_appointee_list_needs_office_word() -> None:
    text = ("WASHINGTON – The Administration announced new commitments from the following partners:\n\n"
            "Acme Foods, a grocery chain, will donate meals\n\nMore text.\n")
    assert appointee_lists(text, []) == []


def _cand(title: str) -> Candidate:
    return Candidate(start=0, end=1, person=None, name="Jo Doe", title=title, role="legislator", country="USA",
                     organization=None)


@pytest.mark.parametrize(("title", "role"), [
    ("Senior Professional Staff for the House Committee on Example Affairs", "official_other"),
    ("policy adviser on the Senate Committee on Health", "official_other"),
    ("Republican Staff Director for the House Subcommittee on Health", "official_other"),
    ("staff member and senior policy advisor for the Senate Example Committee", "official_other"),
    ("Member of the House Committee on Example Affairs", "legislator"),
    ("Chair of the Senate Committee on Finance", "legislator"),
    ("Senator", "legislator"),
])
def test_staff_posts(title: str, role: str) -> None:
    assert staff_posts([_cand(title)])[0].role == role


@pytest.mark.parametrize(("bio", "kept"), [
    ("Garland served as Executive Director of the Democratic National Committee.", False),
    ("Garland was Chair of the Example Town Republican Committee from 2001 to 2005.", False),
    ("Previously, Garland was Director of Programs at the Example Marshall Fund of the United States.", False),
    ("Garland was a Senior Advisor at the National Science Foundation.", True),
    ("Garland is the Chair and Co-Founder of the Example Leadership Society.", False),
    ("Garland was Chair and Chair-elect of the Statistics Section of the American Example Association.", False),
    ("Garland serves as Director of the Example Partnership for Healthy Communities.", False),
    ("Garland is a Member of the U.S. Example Commission’s Tribal Advisory Group.", True),
    ("Garland is a member of the Example Family Fund’s Advisory Board.", False),
    ("Garland was Chair of the Board of The Example City Museum of Art.", False),
    ("Garland is a member of the Government Affairs Committee of the Jewish Federation of Example County.", False),
    ("Garland serves as Director of Policy and Projects for the First Lady, The White House.", True),
    ("Garland serves as Chairman of the House Democratic Caucus.", True),
])
def test_party_and_fund_posts(roles_of, bio: str, kept: bool) -> None:
    assert bool(_bio(roles_of, bio)) is kept


@pytest.mark.parametrize(("bio", "title", "status"), [
    ("As Under Secretary of the Navy, Garland oversaw the management of the fleet.", "Under Secretary of the Navy",
     "former"),
    ("Garland has held public posts, serving as Mayor of Example Falls as well as at the Department of State "
     "during the Clinton Administration.", "Mayor", "former"),
    ("As Under Secretary of the Navy, Garland oversees the management of the fleet.", "Under Secretary of the Navy",
     "current"),
])
def test_past_frames_in_biography(roles_of, bio: str, title: str, status: str) -> None:
    hits = [r for r in _bio(roles_of, bio) if r.title == title]
    assert hits and {r.status for r in hits} == {status}


def test_chair_named_after_nominee(roles_of) -> None:
    text = ("President Names Appointees\n\nWASHINGTON – Today, President Joe Biden announced his intent to appoint the "
            "following individuals to serve as members on the Example Advisory Committee:\n\n-   Ada Lindqvist\n"
            "-   Omar T. Reyes\n\n**Ada Lindqvist, Member, Example Advisory Committee**\n\nAda Lindqvist is a teacher.\n\n"
            "**Omar T. Reyes, Member, Example Advisory Committee**\n\nOmar T. Reyes is an advocate. He also serves as "
            "Vice Chairman on the National Council on Example Affairs. The state university established the Omar T. "
            "Reyes Chair in his honour.\n")
    roles, _ = roles_of(text)
    vice = [r for r in roles if r.title.startswith("Vice Chairman on the National Council")]
    assert vice and all(r.person_name == "Omar T. Reyes" for r in vice)


@pytest.mark.parametrize(("bio", "principal", "title"), [
    ("Garland served as chief economist for Secretary of State Maria Ostrow.", "Maria Ostrow", "Secretary of State"),
    ("Garland was Deputy Chief of Staff for Secretary of Defense Tomas Ekberg.", "Tomas Ekberg", "Secretary of Defense"),
])
def test_aide_for_principal(roles_of, bio: str, principal: str, title: str) -> None:
    roles, _ = roles_of(_HEAD + bio + "\n")
    assert {r.title for r in roles if r.person_name == principal} == {title}


def test_portfolio_for_is_no_principal(roles_of) -> None:
    roles, _ = roles_of("Funds\n\nBRUSSELS (AFP) - European Commissioner for Justice Pieter Maas said funds stay frozen.")
    assert {r.title for r in roles if r.person_name == "Pieter Maas"} == {"European Commissioner for Justice"}
