"""Names right after a legislator's title: "Mayor London Breed", "Congresswoman Castor".

Some given names are place names ("London", "Paris", "Austin", "Georgia"). Right after a
person's title and before a capitalised word the model left outside every entity, the place
reading is wrong: English writes "Title Given Surname" for a person, and never puts an office
title right before a bare city name followed by another name. The two words become one PERSON
span; the title stays outside it, as for any titled name.

A surname the model leaves untagged after a legislator's own post ("Congresswoman Castor",
"Representative Castor", the posts of ``offices.json`` ``legislator_posts``) is a PERSON too:
the post is written before a name only. Not when the word is a common word of the article or
a head noun of places, buildings or bodies ("Speaker Hall"), nor in the title line.

The plural of such a post opens a list of the members' surnames ("Representatives Marlow, Tesh
and Quill"); the model often reads the plural and the first surname as one body's name
("Representatives Marlow" as an ORG). A chamber's body is never named so (its name is "the House
Committee on ...", "the Senate Caucus"), so the surname is a PERSON and the plural stays outside.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import numpy as np

from ..knowledge.offices import word_group
from .lexicon import FACILITY_HEADS, GEO_HEADS, ORG_NAME_HEADS, PLACE_NOUNS
from .titledsurnames import _title

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span as SpacySpan

__all__ = ["titled_given_places", "legislator_surnames", "plural_post_surnames"]

# posts a person holds, capitalised before a name; "member" and "president" head other phrases
_POSTS = word_group("legislator_posts") - {"member", "members", "president"}
_NOT_NAMES = FACILITY_HEADS | GEO_HEADS | ORG_NAME_HEADS | PLACE_NOUNS
# the plurals of the posts a member holds alone in a chamber, written before several members' names
_PLURAL_POSTS = frozenset({"senators", "representatives", "congressmen", "congresswomen", "delegates"})
# a surname's capitalisation, with a capitalised prefix ("DeLauro", "McCaul"); no acronym
_SURNAME_CASE = re.compile(r"(?:[A-Z][a-z]{1,2})?[A-Z][a-z]+(?:-[A-Z][a-z]+)?")


def titled_given_places(doc: "Doc", spans: list["SpacySpan"], lower_free: frozenset[str]) -> list["SpacySpan"]:
    """``spans`` with each one-word GPE between a title and an untagged capitalised word
    ("Mayor | London | Breed") replaced by a PERSON span over the two names.

    Args:
        doc: The parsed document.
        spans: The entity spans so far.
        lower_free: Words the article also writes in lower case (common words, not surnames).
    """
    from spacy.tokens import Span as SpacySpan

    covered = {i for s in spans for i in range(s.start, s.end)}
    out = []
    for span in spans:
        s, e = span.start, span.end
        if span.label_ == "GPE" and e - s == 1 and s > 0 and e < len(doc) and _title(doc[s - 1].text) \
                and doc[s - 1].is_title and e not in covered:
            nxt = doc[e]
            if nxt.is_alpha and nxt.is_title and nxt.pos_ == "PROPN" and nxt.lower_ not in lower_free \
                    and not _title(nxt.text):
                out.append(SpacySpan(doc, s, e + 1, label="PERSON"))
                continue
        out.append(span)
    return out


def legislator_surnames(doc: "Doc", spans: list["SpacySpan"], lower_free: frozenset[str],
                        head_end: int = 0) -> list["SpacySpan"]:
    """``spans`` plus a PERSON span for each untagged capitalised word written alone right after
    a capitalised legislator's post ("Congresswoman | Castor | said").

    Args:
        doc: The parsed document.
        spans: The entity spans so far.
        lower_free: Words the article also writes in lower case.
        head_end: First token after the title line (Title Case there says nothing).
    """
    from spacy.tokens import Span as SpacySpan

    from spacy.attrs import LOWER

    lower = doc.to_array(LOWER)
    posts = np.flatnonzero(np.isin(lower, [doc.vocab.strings.add(w) for w in _POSTS]))
    posts = posts[(posts >= head_end) & (posts < len(doc) - 1)]
    if not len(posts):
        return spans
    covered = {i for s in spans for i in range(s.start, s.end)}
    added = []
    for i in posts.tolist():
        tok = doc[i]
        if not tok.is_title or i in covered or (i + 1) in covered:
            continue
        if i > 0 and doc[i - 1].pos_ == "DET":  # "the Speaker Hall", "a Representative Office"
            continue
        nxt = doc[i + 1]
        if not (nxt.is_alpha and nxt.is_title and nxt.pos_ in ("PROPN", "NOUN")) or nxt.lower_ in lower_free \
                or nxt.lower_ in _NOT_NAMES or _title(nxt.text):
            continue
        if i + 2 < len(doc) and (doc[i + 2].is_title or doc[i + 2].is_upper) and doc[i + 2].is_alpha:
            continue  # a longer name: left to the model and the other rules
        added.append(SpacySpan(doc, i + 1, i + 2, label="PERSON"))
    return sorted(spans + added, key=lambda s: s.start) if added else spans


def plural_post_surnames(doc: "Doc", spans: list["SpacySpan"]) -> list["SpacySpan"]:
    """``spans`` with each non-person span that is a capitalised plural legislator's post and one
    surname ("Representatives | Marlow", then ", Tesh and Quill") replaced by a PERSON span over
    the surname.

    Args:
        doc: The parsed document.
        spans: The entity spans so far.
    """
    from spacy.tokens import Span as SpacySpan

    out = []
    for span in spans:
        s, e = span.start, span.end
        if span.label_ != "PERSON" and e - s == 2 and doc[s].lower_ in _PLURAL_POSTS and doc[s].is_title \
                and doc[e - 1].pos_ == "PROPN" and _SURNAME_CASE.fullmatch(doc[e - 1].text) \
                and doc[e - 1].lower_ not in _NOT_NAMES and not _title(doc[e - 1].text):
            out.append(SpacySpan(doc, s + 1, e, label="PERSON"))
            continue
        out.append(span)
    return out
