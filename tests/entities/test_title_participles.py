"""A statement title's topic may open with a participle right after the issuer's name
("Statement by Governor X Marking ...", "... Welcoming the ..."): the participle is no part of the
name. A surname in "-ing" stays whole.

Invented titles and sentences (not copied from any gold text or stress document).
"""

from __future__ import annotations

import pytest

from .test_stress_classes9 import _persons


@pytest.mark.parametrize("title, body, name, absent", [
    # an object right after the participle (a number, an article)
    ("Statement by Governor Ana Ruiz Marking 40 Years Since the Flood",
     "Forty years ago the river rose. I think of the families today.", "Ana Ruiz", "Ruiz Marking"),
    ("Statement by Spokesperson Tom Welles Welcoming the Ceasefire in Freedonia",
     "The ceasefire is a first step.", "Tom Welles", "Welles Welcoming"),
    # the article writes the verb in another form
    ("Statement from Senator Jo Tan Congratulating Graduates of the Academy",
     "I congratulate every graduate.", "Jo Tan", "Tan Congratulating"),
    # the form of an English verb (the model's verb lemmas) with its object after it, though the
    # article writes the verb in no other form (round 40)
    ("Remarks by President Biden Announcing Sanctions on Freedonia",
     "Thank you all. Today we act.", "Biden", "Biden Announcing"),
    ("Remarks by President Biden Urging Congress to Fund the Plan",
     "Thank you all. Today we act.", "Biden", "Biden Urging"),
])
def test_title_participle_cut(make_doc, title, body, name, absent):
    names = _persons(make_doc(f"{title}\n\n{body}", title=title))
    assert name in names and not any(absent in n for n in names), names


def test_surname_in_ing_kept(make_doc):
    title = "Statement by Senator Carla Manning on the Budget"
    names = _persons(make_doc(f"{title}\n\nThe budget fails working families.", title=title))
    assert "Carla Manning" in names, names


@pytest.mark.parametrize("title, name", [
    # a surname that is a verb's "-ing" form, with a preposition, nothing, or another participle after it
    ("Remarks by Secretary Carla Manning at the Summit", "Carla Manning"),
    ("Remarks by Secretary Carla Browning", "Carla Browning"),
    ("Remarks by Secretary Carla Manning Honoring Veterans", "Carla Manning"),
])
def test_verb_like_surname_kept(make_doc, title, name):
    names = _persons(make_doc(f"{title}\n\nThank you all.", title=title))
    assert name in names, names
