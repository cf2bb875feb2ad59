"""Round 34: the career told in a statement on a death (:mod:`pipeline.roles.deceased_bios`), and a
country written inside an envoy's brief names the brief, not the government served
(:mod:`pipeline.roles.portfolio`: "Special Envoy for Israeli-Palestinian Negotiations").

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest

from roles_harness import roles_of  # noqa: F401  (fixture)

_DEATH = ("Statement of President Jane Roe on the Passing of Ambassador Peter Q. Hallström\n\n"
          "Peter Hallström dedicated his life to public service.\n\n"
          "He and I worked together for years, when Peter served as Special Envoy for Sudan Peace Talks – "
          "the last time the two sides met in earnest. Peter was a friend.\n")


@pytest.mark.model
def test_career_in_a_death_statement(roles_of) -> None:  # noqa: F811
    """The mourned person's office told by the given name alone is read as a biography's (a dash after it)."""
    roles, _ = roles_of(_DEATH)
    got = {(r.title, r.status) for r in roles if r.person_name and "Hallstr" in r.person_name}
    assert ("Special Envoy for Sudan Peace Talks", "former") in got, got


def test_no_career_without_a_death() -> None:
    """A title that mourns no one opens no biography reading (the gate of :mod:`.deceased_bios`).

    Round 44: the end-to-end form of this test ("Peter served as Special Envoy for Sudan Peace
    Talks" under a title naming no death) now gets the office from the ordinary "X served as Y"
    reading, rightly, since "Peace Talks" is no longer read as a holder's name; the gate is tested
    on its own."""
    from pipeline.roles.deceased_bios import _DEATH_TITLE

    title = _DEATH.split("\n", 1)[0]
    assert _DEATH_TITLE.match(title)
    assert not _DEATH_TITLE.match(title.replace("on the Passing of Ambassador", "on Ambassador"))


@pytest.mark.model
@pytest.mark.parametrize(("text", "title"), [
    ("Readout of a Meeting\n\nThe National Security Advisor met Special Envoy for Israeli-Palestinian Negotiations "
     "Jane Q. Marlowe at the White House on Tuesday.", "Special Envoy for Israeli-Palestinian Negotiations"),
    ("Readout of a Meeting\n\nThe National Security Advisor met Special Representative for Afghanistan Reconciliation "
     "Jane Q. Marlowe at the White House on Tuesday.", "Special Representative for Afghanistan Reconciliation"),
])
def test_envoy_brief_is_no_country(roles_of, text: str, title: str) -> None:  # noqa: F811
    roles, _ = roles_of(text)
    got = [(r.title, r.country) for r in roles if r.person_name and "Marlowe" in r.person_name]
    assert got and all(country not in ("PSE", "ISR", "AFG") for _, country in got), got
    assert any(t == title for t, _ in got), got


@pytest.mark.model
@pytest.mark.parametrize(("text", "person", "title"), [
    # the mourned one is the person the title names after the death, by the surname, not one who shares a given name
    ("Statement from Secretary John Kerrigan on the Passing of Ambassador John Whitlow\n\n"
     "John served as Governor of Iowa for eight years.\n", "John Kerrigan", "Governor of Iowa"),
    # a relative's office, written after the relative in its sentence, is the relative's
    ("Statement by the President on the Passing of Ambassador Robert Kanewell\n\n"
     "Robert served as Special Envoy for Sudan. His son, Michael Kanewell, served as Attorney General of Ohio. "
     "Her father served as Governor of Texas.\n", "Robert Kanewell", "Attorney General of Ohio"),
    # a title line that names no death ("the Life of Veterans") opens no biography
    ("Remarks by the President on Improving the Life of Veterans with Secretary Dennis McDonald\n\n"
     "Secretary McDonald thanked the Under Secretary for Health, who served as Surgeon General of the Army.\n",
     "Dennis McDonald", "Surgeon General of the Army"),
])
def test_no_career_for_someone_else(roles_of, text: str, person: str, title: str) -> None:  # noqa: F811
    """Review (round 34): offices the body gives others stay off the mourned person and off the author."""
    roles, _ = roles_of(text)
    assert not any(r.person_name == person and r.title.startswith(title) for r in roles), \
        [(r.person_name, r.title) for r in roles]


@pytest.mark.model
def test_headline_death_ends_the_office(roles_of) -> None:  # noqa: F811
    """"Statement by the President on the Passing of Ambassador X": the office after the death is X's, and
    "President on the Passing of Ambassador" is no title."""
    roles, _ = roles_of("Statement by the President on the Passing of Ambassador Robert Kanewell\n\n"
                        "Robert served his country for forty years.\n")
    assert [(r.title, r.status) for r in roles if r.person_name == "Robert Kanewell"] == [("Ambassador", "former")], \
        [(r.person_name, r.title, r.status) for r in roles]
