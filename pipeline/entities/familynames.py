"""The family name after an Arabic patronymic, which the model often leaves out of the name.

Gulf and other Arabic names are written given name, patronymic, family name: "Haitham bin
Tariq Al Said", "Tamim bin Hamad Al Thani", "Mohammed bin Zayed Al Nahyan". The model often ends
the name after the father's name ("Haitham bin Tariq") and leaves "Al Said" untagged, or tags it
as another entity. A capitalised "Al" (or "Al-" joined) and a capitalised word right after a
person's "bin/bint/ibn <name>" are the family name and belong to the person.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import Item
from .styles import PATRONYMICS

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["family_names_after_patronyms", "fathers_names"]

_FAMILY_ARTICLES = frozenset({"al", "al-", "el", "āl"})


def _family_end(doc: "Doc", e: int) -> int:
    """Where the family name starting at token ``e`` ends ("Al Said", "Al-Thani", "Al" "-"
    "Thani"); ``e`` when there is none. A line break may come between the words."""
    n = len(doc)
    k = e
    if k < n and doc[k].is_space and "\n" in doc[k].text:
        k += 1
    if k >= n:
        return e
    tok = doc[k]
    if tok.text[:3] in ("Al-", "El-") and len(tok.text) > 4 and tok.text[3:4].isupper():
        return k + 1  # "Al-Thani" as one token
    if tok.text not in ("Al", "El", "Āl"):
        return e
    j = k + 1
    if j < n and doc[j].text == "-" and not tok.whitespace_:
        j += 1
    elif j < n and doc[j].is_space and "\n" in doc[j].text:
        j += 1
    if j < n and doc[j].is_title and doc[j].is_alpha and len(doc[j].text) > 1:
        return j + 1
    return e


def family_names_after_patronyms(doc: "Doc", items: list[Item]) -> list[Item]:
    """Extend a PERSON span ending in "bin/bint/ibn <name>" over the family name after it.

    Args:
        doc: The parsed article.
        items: Entity spans ``(start token, end token, label)`` in text order.

    Returns:
        ``items`` with such spans extended; a span the family name overlaps is dropped.
    """
    out: list[Item] = []
    changed = False
    skip_to = 0
    for s, e, lab in items:
        if s < skip_to:
            changed = True
            continue  # inside a family name just joined to the person before it
        if lab == "PERSON" and e - s >= 3 and doc[e - 2].lower_ in PATRONYMICS and doc[e - 1].is_title:
            end = _family_end(doc, e)
            if end > e:
                e, skip_to, changed = end, end, True
        out.append((s, e, lab))
    return out if changed else items


def fathers_names(name: str) -> frozenset[str]:
    """The lower-case words right after a patronymic in ``name``: the father's names, not the
    bearer's ("Mohammed bin Salman" -> {"salman"}), so "King Salman" is not that person."""
    words = name.lower().split()
    return frozenset(words[i + 1] for i in range(len(words) - 1) if words[i] in PATRONYMICS)
