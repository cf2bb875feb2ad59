"""Nominees' names opening a heading (:mod:`pipeline.roles.heading_names`): the same matches as
the one pattern per name the module replaces."""

from __future__ import annotations

import re

import pytest

from pipeline.roles.heading_names import heading_name_spans
from pipeline.roles.nominations import HONORIFIC, RANK


def _reference(text: str, first: str, last: str) -> list[tuple[int, int]]:
    rx = re.compile(rf"(?:^|:\s+(?:{RANK}\s+)?)(?:{HONORIFIC}\s+)?{re.escape(first)}(?!\w)[^\n,:]{{0,40}}?"
                    rf"\b{re.escape(last)}\b", re.MULTILINE)
    return [(m.start(), m.end()) for m in rx.finditer(text)]


@pytest.mark.parametrize("text, first, last, expected", [
    ("Ana Ruiz, Nominee for Deputy Secretary of Labor\nAna Ruiz serves as counsel.", "Ana", "Ruiz",
     [(0, 8), (48, 56)]),
    ("Nominee for Commander, Pacific Fleet: Vice Adm. Maria T. Olsen\n", "Maria", "Olsen", [(36, 62)]),
    ("Nominee for Ambassador:  The Honorable Omar Haddad", "Omar", "Haddad", [(22, 50)]),
    ("Dr. Lena Park, Nominee for Surgeon General", "Lena", "Park", [(0, 13)]),
    ("Mrs. Lena Park\nMr Omar Haddad", "Omar", "Haddad", [(15, 29)]),
    # inside a sentence, not at a line start or after a colon: no heading
    ("The President nominated Ana Ruiz today.", "Ana", "Ruiz", []),
    # a longer first name is another person; a comma ends the stretch before the surname
    ("Anabel Ruiz\nAna, of Ohio, Ruiz", "Ana", "Ruiz", []),
    # a rank only after a colon, an honorific after the rank
    ("Gen. Omar Haddad\nPosts: General Judge Omar Haddad", "Omar", "Haddad", [(22, 49)]),
])
def test_heading_name_spans(text: str, first: str, last: str, expected: list[tuple[int, int]]) -> None:
    assert heading_name_spans(text, first, last) == expected
    assert _reference(text, first, last) == expected
