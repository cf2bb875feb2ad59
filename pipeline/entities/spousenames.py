"""The name after a spouse's style ("First Lady Ana Roe", "Second Gentleman Roe") is a person's.

White House remarks greet the President's and Vice President's spouses by their style, which is
no office (the annotation guide gives them no role) but is written before the name as a title
is. The small model often leaves the surname after "Second Gentleman" untagged in a list of
greetings ("Vice President Roe, Second Gentleman Tan, Secretary Lee, ..."); the capitalised
words after the style are the spouse's name whatever the model made of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import Item
from .styles import SPOUSE_TITLES

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .tokens import DocWords

__all__ = ["spouse_names"]

_SECOND_WORDS = ("Lady", "Gentleman", "LADY", "GENTLEMAN")


def spouse_names(doc: "Doc", items: list[Item], words: "DocWords", head_end: int = 0) -> list[Item]:
    """Add a PERSON span for the capitalised proper nouns (one to three, no other entity over
    them, none a word the article writes in lower case) after "First/Second Lady/Gentleman" in
    the body (from token ``head_end``: a Title Case headline capitalises its verbs too).

    Args:
        doc: The parsed article.
        items: The entity spans found so far.
        words: The article's word index.
        head_end: The first token of the body (after a Title Case headline).
    """
    n = len(doc)
    found: list[Item] = []
    for i in words.positions(doc, _SECOND_WORDS):
        if i <= head_end or (doc[i - 1].lower_, doc[i].lower_) not in SPOUSE_TITLES or not doc[i - 1].text[:1].isupper():
            continue
        k = i + 1
        end = k
        while end < n and end - k < 3 and doc[end].is_title and doc[end].is_alpha and doc[end].tag_ == "NNP" \
                and doc[end].lower_ not in words.lower:
            end += 1
        if end == k or any(s < end and k < e for s, e, _ in items):
            continue
        found.append((k, end, "PERSON"))
    return sorted(items + found) if found else items
