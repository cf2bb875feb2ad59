"""Office holders the roles stage reads (not the NER): the part of the holder that names a person.

The roles stage links an office to the capitalised words next to it; where the NER found no
person there, :func:`pipeline.roles.persons_from_roles` makes a PERSON entity of those words.
They pass the same tests as the NER's person spans (:func:`holder_name`), so a body's first word
("Bowie | State University"), a list line's organisation slot, a ship, a storm, a programme or a
title alone never becomes a person that way, and a word a Title Case headline glued to the name
is cut off.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from ..knowledge import countries
from ..nlp import offset_map, text
from .extract import title_end
from ..names import is_given_name, is_surname
from .lexicon import FACILITY_HEADS, TITLE_HEADS, clean_span
from .notpersons import person_span, storm_names
from .personedges import caps_tail_cut
from .persons import looks_like_name, person_tokens
from .titlerests import title_rest
from .programmes import example_of_scheme
from .tokens import DocWords

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan


def _doc_offset(doc: "Doc", original: int) -> int:
    """The ``doc.text`` offset of an offset of the text as ingested (the first one at or after it)."""
    offsets = offset_map(doc)
    if offsets is None:
        return original
    return bisect_left(offsets, original)


def holder_name(doc: "Doc", start: int, end: int, *, title: str | None = None,
                office: tuple[int, int] | None = None) -> tuple[int, int] | None:
    """The range of the text as ingested that names a person in a holder the roles stage read.

    Args:
        doc: The processed Doc.
        start: Start of the holder's name in the text as ingested (a record offset).
        end: Its end.
        title: The article's title ("" when it has none, None: detected as the ingest step
            does); a Title Case headline's trailing words are cut only in the title line.
        office: Where the office title the roles stage linked to the holder is written (text as
            ingested), when known: a holder the parse makes part of that office's own phrase is
            no name (:func:`_part_of_office`).

    Returns:
        ``(start, end)`` in the text as ingested: the same range, or a shorter one when titles or
        headline words were read into the name ("Rev. Ana Lucas" -> "Ana Lucas"); None when the
        words name no person (a body's, a ship's or a storm's name, a title alone). A range that
        does not fall on token boundaries is returned as given: there is nothing to check.
    """
    a, b = _doc_offset(doc, start), _doc_offset(doc, end)
    span = doc.char_span(a, b)
    if span is None or len(span) == 0:
        return start, end
    span = clean_span(span)
    words = DocWords.of(doc)
    if span is None or _part_of_office(doc, span, office, words.lower):
        return None
    gaz = countries.load()
    span = person_tokens(caps_tail_cut(span), gaz)  # ("VICE PRESIDENT HARRIS AT THE ...": "HARRIS")
    if span is None:
        return None
    span = person_span(span, words, head_end=title_end(doc, title), storms=storm_names(doc, words, text(doc)))
    span = title_rest(span, gaz) if span is not None else None  # "Co-Chair Ana", "Peace Corps Volunteer"
    if span is None or not looks_like_name(span, words.lower_free) or countries.load().country(span.text):
        return None
    if len(span) == 1 and _common_plural(span[0].text, words.lower):
        return None  # "Embassies" beside "the embassy"
    if example_of_scheme(span.root):
        return None  # "programs like Head Start": "Head" is no office, "Start" no holder
    if len(span) == 1 and span[0].lower_ in FACILITY_HEADS and span.start > 0 and doc[span.start - 1].is_title \
            and doc[span.start - 1].lower_ not in TITLE_HEADS:
        return None  # "Executive Office | Building": a building's head noun after a body's name, no holder
    offsets = offset_map(doc)
    if offsets is None:
        return span.start_char, span.end_char
    return offsets[span.start_char], offsets[span.end_char - 1] + 1


def _common_plural(word: str, lower: frozenset[str]) -> bool:
    """A plural whose singular the article writes in lower case ("Embassies", "Projects"): a
    common noun; not a listed given name ("Roberts")."""
    low = word.lower()
    if len(low) < 4 or not low.endswith("s") or low.endswith("ss") or is_given_name(word):
        return False
    return low[:-1] in lower or low.endswith("ies") and low[:-3] + "y" in lower or low[:-2] in lower


def _part_of_office(doc: "Doc", span: "SpacySpan", office: tuple[int, int] | None, lower: frozenset[str]) -> bool:
    """Words the parse makes part of an office phrase, not the name of its holder.

    Only for words the NER tagged as no person that start with no listed given name. One word:
    the head of a predicate noun ("served as Chief Economist", "was Chief Scientist") or a noun
    with an article ("Political Officer for the U.S. Embassies"); one word, or words with "the",
    that are the object of a preposition or a conjunct hanging on the office title itself
    ("Director of Policy Research", "Under Secretary for Civilian Security, Democracy",
    "Governor of the United States Postal Service"). A name right after its title stays ("spoke with Chancellor Merz",
    "Prime Minister Han said"), and so does a one-word surname of the Census that the article
    writes nowhere in lower case ("Minister of Defense Gallant").
    """
    if any(t.ent_type_ == "PERSON" for t in span) or is_given_name(span[0].text):
        return False
    tok = span[-1]
    if len(span) == 1 and (tok.dep_ == "attr" or tok.dep_ == "pobj" and tok.head.lower_ == "as"):
        return True
    if len(span) == 1 and any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in tok.children):
        return True  # "for the U.S. Embassies": a word with an article is a body's or a thing's
    if office is None or tok.dep_ not in ("pobj", "conj"):
        return False
    if len(span) == 1 and tok.dep_ == "pobj" and tok.is_title and is_surname(tok.text) \
            and tok.lower_ not in lower:
        return False  # "Minister of Defense | Gallant": a surname the article never writes as a common word
    if len(span) > 1 and not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return False  # "Head of the Office of the President of Ukraine Andriy Yermak": a name
    lo, hi = _doc_offset(doc, office[0]), _doc_offset(doc, office[1])
    anchor = tok.head.head if tok.dep_ == "pobj" else tok.head
    return lo <= anchor.idx < hi and not (span.start_char <= anchor.idx < span.end_char)
