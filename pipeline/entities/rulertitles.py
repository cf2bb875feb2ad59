"""A Gulf ruler's title that is also a given name, read as the title before one name word.

"Sultan", "Amir" and "Emir" are titles of rulers ("Sultan Haitham", "Amir Tamim") and given names
("Sultan Al Jaber", "Amir Peretz"). :mod:`.styles` reads them as the title before another style or a
patronymic; written before one name word they are the title when the text or the office-holder
table says a ruler is meant:

- for "Sultan", the ruler's country is written with the name: "Oman's Sultan Haitham", "Sultan
  Haitham of Oman" (a man named Sultan is written with his family name, "the UAE's Sultan Al Jaber";
  "Amir" and "Emir" are common given names written so: "Israel's Amir Peretz");
- the word after the title is the name a listed head of state goes by (the dated office-holder
  table of ``pipeline/data/offices.json``, sources recorded there: "Haitham" for Haitham bin Tarik).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..knowledge.offices import folded_name_key, load_offices
from .styles import TITLE_OR_NAME

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..knowledge.countries import Gazetteer

__all__ = ["ruler_title"]


def _listed_ruler(word: str) -> bool:
    key = folded_name_key(word)
    return bool(key) and any(h.role == "head_of_state" for h in load_offices().holders_named(key))


def ruler_title(doc: "Doc", start: int, end: int, gaz: "Gazetteer | None") -> bool:
    """Whether token ``start`` of the name span ``[start, end)`` is a ruler's title followed by the
    ruler's one-word name (see the module docstring)."""
    if end - start != 2 or doc[start].lower_ not in TITLE_OR_NAME or not doc[start + 1].is_title:
        return False
    if gaz is not None and doc[start].lower_ == "sultan":  # ("Israel's Amir Peretz": Amir is a given name)
        if start >= 2 and doc[start - 1].tag_ == "POS" and gaz.country(doc[start - 2].text):
            return True  # "Oman's Sultan Haitham"
        if end + 1 < len(doc) and doc[end].lower_ == "of" and gaz.country(doc[end + 1].text):
            return True  # "Sultan Haitham of Oman"
    return _listed_ruler(doc[start + 1].text)
