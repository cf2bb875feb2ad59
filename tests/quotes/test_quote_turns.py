"""Who speaks an office-only transcript turn ("THE PRESIDENT:"), from the title. Invented titles."""

from __future__ import annotations

import pytest

from pipeline.quotes.turns import title_turn_name


@pytest.mark.parametrize(
    ("label", "title", "expected"),
    [
        ("THE PRESIDENT", "Remarks by President Hale on Trade at the Harbor Forum", "Hale"),
        ("THE PRESIDENT", "Remarks by President Hale and Prime Minister Oduya Before Bilateral Meeting", "Hale"),
        # a title capitalises every word: the name is one word, or first name, initial, surname
        ("THE PRESIDENT", "Remarks by President Hale Honoring the Fallen of the Harbor Fire", "Hale"),
        ("THE PRESIDENT", "Remarks by President Ann B. Hale at a Campaign Reception", "Ann B. Hale"),
        ("THE VICE PRESIDENT", "Remarks by Vice President Ruiz at a Rally", "Ruiz"),
        # "THE PRESIDENT" is not the vice president
        ("THE PRESIDENT", "Remarks by Vice President Ruiz at a Rally", None),
        ("MODERATOR", "Background Press Call by Senior Administration Officials", None),
        ("THE PRESIDENT", "Remarks on the economy", None),
    ],
)
def test_title_turn_name(label: str, title: str, expected: str | None) -> None:
    assert title_turn_name(label, title) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("title", "text", "quote", "speaker"),
    # (the title is not in the text: no person entity names the speaker)
    [
        ("Remarks by President Hale on Trade",
         "THE PRESIDENT:  Thank you all.  I met the leaders last week, and I "
         "said, “We are open for business again.”  And they agreed.", "We are open for business", "Hale"),
        ("Remarks by Vice President Ruiz at a Rally",
         "THE VICE PRESIDENT:  Hello!  When I met them, I said, “Tell "
         "me what you need most.”", "Tell me what you need", "Ruiz"),
    ],
)
def test_office_turn_speaker_from_title(title: str, text: str, quote: str, speaker: str) -> None:
    from pipeline import nlp as N
    from pipeline.entities import EntityIndex, extract_entities
    from pipeline.quotes import extract_quotes
    from pipeline.records import Article

    doc = N.process(N.load(), Article(id="t", text=text, title=title, published="2025-05-01"))
    found = [q for q in extract_quotes(doc, EntityIndex.build(extract_entities(doc))) if q.text.startswith(quote)]
    assert [q.speaker_name for q in found] == [speaker]
