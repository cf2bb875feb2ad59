"""The name patterns of nomination headings and biographies (:mod:`pipeline.roles.name_patterns`)."""

from __future__ import annotations

import re

import pytest

from pipeline.roles.name_patterns import NAME, ranked_surnames


@pytest.mark.parametrize("text, surnames, officers", [
    ("The President nominated Vice Adm. Maria T. “Sky” Olsen to command the fleet.", ["Olsen"], {"Olsen"}),
    ("Gen. Omar Haddad and Peter Lund were named today.", ["Haddad", "Lund"], {"Haddad"}),
    ("Lt. Col. Ruth Abara retired in 2019, and Colonel Ben Eze took command.", ["Abara", "Eze"], {"Abara", "Eze"}),
    # a full stop after a whole word ends a sentence: the office before it names no officer
    ("She is the General Counsel. Olsen joined the firm in 2004.", ["Olsen"], set()),
    # no rank anywhere in the text
    ("Ms. Ana Ruiz has served as Deputy Secretary of Labor since 2021.", ["Ruiz"], set()),
    # a rank written, but not before this person's name
    ("Ms. Ana Ruiz briefed General Omar Haddad.", ["Ruiz"], set()),
    # the same surname asked for by several sections is one answer
    ("Admiral Jo Ng spoke.", ["Ng", "Ng", "Ng"], {"Ng"}),
    # the "General" of a civilian office is no rank
    ("Acting Inspector General Ruiz has received several awards.", ["Ruiz"], set()),
    ("As Attorney General Olsen led the office, she hired 40 lawyers.", ["Olsen"], set()),
    ("Surgeon General Ana Ruiz testified; Lt. Gen. Omar Haddad did not.", ["Ruiz", "Haddad"], {"Haddad"}),
    # a rank inside a longer one ("Adm." in "Rear Adm."), a quoted nickname, initials
    ("Rear  Adm. “Ace” Ng and Brig. Gen. J. R. Okafor spoke.", ["Ng", "Okafor"], {"Ng", "Okafor"}),
    # more than three words between the rank and the surname: not this officer
    ("General Counsel Jane Ann Marie Ruiz spoke.", ["Ruiz"], set()),
])
def test_ranked_surnames(text: str, surnames: list[str], officers: set[str]) -> None:
    assert ranked_surnames(text, [re.escape(s) for s in surnames]) == officers


@pytest.mark.parametrize("line, name", [
    ("Jane Q. Doe, Nominee for Member of the Example Board", "Jane Q. Doe"),
    ("Robert “Bob” Doe, Nominee for Member of the Example Board", "Robert “Bob” Doe"),
    # a familiar name in brackets after the first name belongs to the name as written
    ("Phillip (Phil) R. Moss, Nominee for Administrator of the Example Administration", "Phillip (Phil) R. Moss"),
])
def test_name_with_a_familiar_name(line: str, name: str) -> None:
    m = re.match(rf"(?P<name>{NAME}),", line)
    assert m is not None and m.group("name") == name
