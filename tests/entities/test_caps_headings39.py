"""Round 39: a heading set in capitals gives the model no case to tell a name from the preposition
after it; the preposition, article or conjunction that ends a capitalised person span is cut off
(:func:`pipeline.entities.personedges.caps_tail_cut`). The texts are invented."""

from __future__ import annotations

import pytest

import pipeline


@pytest.mark.parametrize("text, n, expected", [
    ("LORENA VEGA AT THE SUMMIT", 3, "LORENA VEGA"),
    ("LORENA VEGA ON THE", 4, "LORENA VEGA"),
    ("VEGA AT", 2, "VEGA"),
    # a name in ordinary case, or capitals with no function word at the end: left as it is
    ("Lorena Vega At", 3, "Lorena Vega At"),
    ("LORENA VEGA", 2, "LORENA VEGA"),
    ("AT", 1, "AT"),
])
@pytest.mark.model
def test_caps_tail_is_cut(make_doc, text, n, expected):
    from pipeline.entities.personedges import caps_tail_cut

    doc = make_doc(text)
    assert caps_tail_cut(doc[0:n]).text == expected


@pytest.mark.model
def test_capitalised_heading_speaker_name():
    text = ("REMARKS BY VICE PRESIDENT VEGA AT THE LIMA PEACE FORUM\n\n"
            "THE VICE PRESIDENT:  Thank you, President Ruiz of Peru, for hosting this forum.")
    rec = pipeline.extract(text=text, published="2021-11-11").to_dict()
    persons = [e["name"] for e in rec["entities"] if e["label"] == "PERSON"]
    assert "VEGA AT" not in persons
    assert any(r["person_name"] == "VEGA" and r["role"] for r in rec["roles"])
