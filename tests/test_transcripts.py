"""Turn labels of transcripts (pipeline/transcripts.py): rule tests, no model."""

import pytest

from pipeline.transcripts import QUESTION, turn_labels

CASES = [
    ("THE PRESIDENT:  Thank you all.\nQ    Mr. President, will you go?\nTHE PRESIDENT:  Yes.",
     ["THE PRESIDENT", QUESTION, "THE PRESIDENT"]),
    ("MS. JEAN-PIERRE:  Good afternoon.\nQ:  Thanks, Karine.", ["MS. JEAN-PIERRE", QUESTION]),
    # normalised text: runs of spaces collapsed to one
    ("MS. OLSEN: Good afternoon.\n\nQ Thank you. Was that a mistake?\n\nMS. OLSEN: No.",
     ["MS. OLSEN", QUESTION, "MS. OLSEN"]),
    ("PRIME MINISTER KISHIDA:  (As interpreted.) Thank you.", ["PRIME MINISTER KISHIDA"]),
    ("SENATOR O’NEIL:\nThank you, Madam Chair.", ["SENATOR O’NEIL"]),
    # a name in capitals keeps its accents
    ("PRIME MINISTER ĐẶNG:  (As interpreted.) Thank you.\n\nPRESIDENT NÚÑEZ:  Welcome.",
     ["PRIME MINISTER ĐẶNG", "PRESIDENT NÚÑEZ"]),
    ("MINISTER SØRENSEN:  Good morning.", ["MINISTER SØRENSEN"]),
    # not labels: lower case, mid-line, a time, a line opening "Q and A", a colon inside a word
    ("The President said: we will go.", []),
    ("He met the SECRETARY: no.", []),
    ("Q and A session follows the speech.", []),
    ("12:30 P.M. EDT", []),
    ("NOTE:The text follows.", []),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:30] for c in CASES])
def test_turn_labels(text, expected):
    labels = turn_labels(text)
    assert [lab.text for lab in labels] == expected
    for lab in labels:
        assert lab.question == (lab.text == QUESTION)
        if not lab.question:
            assert text[lab.start:lab.start + len(lab.text)] == lab.text
