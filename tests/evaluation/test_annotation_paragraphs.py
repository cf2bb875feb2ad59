"""The annotation helpers' paragraphs: a line of only whitespace is blank (White House transcripts
write "\\n \\n" between paragraphs), and an excerpt is the document's text verbatim."""

from __future__ import annotations

import pytest

from evaluation.annotation.paragraphs import excerpt, paragraph_spans

TRANSCRIPT = "MS. ROE:  Good afternoon.\n \nQ  Thank you.\n\u00a0\nMS. ROE:  Sure.\n\n\nQ  One more.\n"


@pytest.mark.parametrize(("text", "expected"), [
    (TRANSCRIPT, ["MS. ROE:  Good afternoon.", "Q  Thank you.", "MS. ROE:  Sure.", "Q  One more.\n"]),
    ("One.\n\nTwo.", ["One.", "Two."]),
    ("One line\nwrapped.", ["One line\nwrapped."]),
    ("\n \nLead.\n\n", ["Lead."]),
    ("", []),
])
def test_a_whitespace_line_ends_a_paragraph(text, expected):
    assert [text[a:b] for a, b in paragraph_spans(text)] == expected


def test_an_excerpt_keeps_the_documents_own_separators():
    assert excerpt(TRANSCRIPT, 2, 3) == "Q  Thank you.\n\u00a0\nMS. ROE:  Sure."
    assert excerpt(TRANSCRIPT, 1, 4) == TRANSCRIPT.rstrip()


@pytest.mark.parametrize(("first", "last"), [(0, 1), (2, 1), (1, 5)])
def test_an_excerpt_out_of_range_is_an_error(first, last):
    with pytest.raises(ValueError, match="out of range 1-4"):
        excerpt(TRANSCRIPT, first, last)
