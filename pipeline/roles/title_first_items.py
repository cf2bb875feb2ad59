"""Lists of officials written title first: "TITLE NAME, TITLE NAME, and TITLE NAME".

Readouts list the officials taking part as "the Chair of the Council on X Jane Roe, Director of
the Office of Faith-Based and Neighborhood Partnerships John Tan, Senior Advisor for States and
Implementation Ann Lee". When the title reader stops inside a long title (at a hyphenated word,
a second "and"), the part it read is left with no name after it and is linked to the name before
the comma, as in an apposition ("Jane Roe, Director of the Office of X, said"). But the words
after the part read run on, with no comma, into a person's name: the title is that person's,
the item is "TITLE NAME", and the name before the comma ends the previous item. The office then
runs from the title's first word up to the name.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from .bio_list_posts import strongly_public
from .reader import Candidate, Reader
from .title_conjuncts import couple_after
from .titles import classify

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["title_first_items"]

# words that end a list item or a clause: the title read ends its own item there
_ITEM_END = frozenset({",", ";", ".", ":", "(", ")", "—", "–"})
# words that may continue a title up to its holder's name ("of", "for", "and" and capitalised words)
_RUN_ON = frozenset({"of", "for", "and", "&", "on", "-", "at"})
_LONGEST_RUN = 10
_WS = re.compile(r"\s+")
_FIRM = object()
"""What :func:`_title_first` gives for a title held "at" a firm."""


def title_first_items(rd: Reader, cands: list[Candidate]) -> list[Candidate]:
    """The candidates with each "NAME, TITLE ..." reading whose title runs on into another
    person's name given to that person instead (module docstring).

    Args:
        rd: The article's Reader.
        cands: The candidates of :func:`pipeline.roles.linking.find_candidates`.

    Returns:
        The candidates, the misread ones replaced by the title-first reading; a title that runs on
        into its employer written "at" + a name with no government word ("Jane Roe, Vice President
        of Marketing at Contoso Motors Tom Lee": a firm's, as public bodies are written "at the
        Department of X" or by initials) is left out, for neither person.
    """
    doc = rd.doc
    out = []
    for c in cands:
        new = None
        if c.person is not None and c.title_start > c.start and not c.counterpart:
            new = _title_first(rd, doc, c)
        if new is not _FIRM:
            out.append(new or c)
    return out


def _title_first(rd: Reader, doc, c: Candidate) -> Candidate | object | None:
    """The reading of ``c``'s title as the office of the person its words run on into, None, or
    ``_FIRM`` when the title is held "at" a firm."""
    span = doc.char_span(c.title_start, c.end, alignment_mode="expand")
    if span is None or not span[0].text[:1].isupper():
        return None
    j = span.end
    run = 0
    while j < len(doc) and run <= _LONGEST_RUN:
        tok = doc[j]
        if tok.is_space:
            if tok.text.count("\n") > 1:
                return None  # a paragraph's end
            j += 1
            continue
        if rd.is_person(tok):
            break
        if tok.text in _ITEM_END or tok.lower_ == "the" or rd.is_head(tok):
            return None  # the title's own item ends, or a second office begins ("for the First Lady")
        if not (tok.lower_ in _RUN_ON or tok.text[:1].isupper()):
            return None  # a verb or a common word: the title was an apposition ("X, Director of Y, said")
        if couple_after(rd, j, len(doc)):
            return None  # "Jane Roe, U.S. Senator & Mr. John Roe": a guest and a spouse, the title hers
        run += 1
        j += 1
    else:
        return None
    if run == 0 or j >= len(doc) or doc[j - 1].lower_ in _RUN_ON - {"-"}:
        return None
    if not any(t.lower_ in _RUN_ON for t in doc[span.end:j]):
        return None  # "Director of Policy for the First Lady Jane Roe": the last words name her, not a longer title
    person = rd.entity(doc[j])
    k = j
    while k < len(doc) and rd.entity(doc[k]) is person:
        k += 1
    if k < len(doc) and not (doc[k].text in _ITEM_END or doc[k].lower_ in ("and", "&") or doc[k].is_space):
        return None  # the name does not end an item ("... Partnerships Jane Roe said")
    prev = doc[span.start - 1] if span.start > 0 else None
    if prev is None or prev.text != ",":
        return None  # only the name before a comma is the one misread as the title's holder
    at = next((t.i for t in doc[span.end:j] if t.lower_ == "at"), None)
    if at is not None and not strongly_public(doc[at + 1:j].text):
        return _FIRM  # "... of Marketing at Contoso Motors Tom Lee": the firm's post, no office
    title = _WS.sub(" ", doc[span.start:j].text).strip()
    name = _WS.sub(" ", doc[j:k].text).strip()
    return dataclasses.replace(c, start=doc[span.start].idx, end=doc[k - 1].idx + len(doc[k - 1].text),
                               person=person, name=person.name if person is not None else name, title=title,
                               role=classify(title, c.organization, c.country))
