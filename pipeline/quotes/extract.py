"""The quotes stage: direct quotations inside quote marks, who said them and the reporting verb.

Quote marks are paired on the normalised ``doc.text`` (hard wraps already joined, so a quote
may run over wrapped lines and sentences; see :mod:`pipeline.quotemarks`) and reported against
the original text with :func:`pipeline.nlp.evidence`.

Kept: quotations of three words or more that are not titles, names or scare quotes
("so-called ...", "dubbed ..."). Attribution: see :mod:`.attribution`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..nlp import evidence, raw_text
from ..nlp import text as doc_text
from ..quotemarks import PARAGRAPH_REOPEN, QuotePair, find_quote_pairs, has_opening_mark
from ..records import Quote
from .attribution import SENTENCE_PUNCT, Attribution, Attributor
from .words import FRAGMENT_WORDS, MIN_WORDS, SMALL_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..entities import EntityIndex

__all__ = ["extract_quotes", "is_title", "quote_text"]

# A word, abbreviations and decimals whole ("U.S.", "9.3"): "U.S. Senate" is two words, not a quotation.
_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")
# A subtitle after a colon ("Guide for States: Cutting Junk Fees") and one full stop closing the
# quotation ("... known as “Bill Nye the Science Guy.”") keep a title a title.
_SUBTITLE_COLON = re.compile(r":\s+(?=[A-Z0-9])")
_FINAL_STOP = re.compile(r"[.,]$")
_SLOGAN_COMMA = re.compile(r"(?<=[^\W\d_]),\s+(?=[A-Z])")
_LINEBREAK = re.compile(r"[ \t]*\n[ \t\n]*")
# A speaker's explicit "quote" before the mark ("he was able to, quote, “...”", "and I quote,
# “...”"): what follows is someone's words, however short or lower-case.
# ("the quote “...”" names a quotation without announcing one)
_QUOTE_WORD = re.compile(r"(?:\bI quote|\bquote\s*[,:]|\bquote,?\s+unquote)\s*[,:]?\s*[*_]*\s*$", re.IGNORECASE)


def extract_quotes(doc: "Doc", entities: "EntityIndex") -> tuple[Quote, ...]:
    """Direct quotations of three words or more, with speaker and reporting verb.

    Args:
        doc: A Doc from :func:`pipeline.nlp.process`.
        entities: The article's entities (speakers are resolved to their ids).

    Returns:
        One :class:`~pipeline.records.Quote` per quotation, in text order, ids ``T1``, ``T2``...
    """
    if not has_opening_mark(raw_text(doc)):
        return ()  # no mark can open a quotation; normalising never adds one
    text = doc_text(doc)  # the normalised text, kept on the Doc (doc.text joins every token)
    pairs = find_quote_pairs(text)
    if not pairs:
        return ()
    ctx = Attributor(doc, text, entities, pairs)
    quotes: list[Quote] = []
    prev: tuple[QuotePair, Attribution] | None = None
    for pair in pairs:
        inner = text[pair.start:pair.end]
        if len(_WORD.findall(inner)) < MIN_WORDS or is_title(inner) or ctx.is_named_thing(pair):
            continue
        if ctx.is_title_phrase(pair) or ctx.is_modifier(pair):
            continue
        attr = ctx.attribute(pair, prev)
        # (after "quote," a speaker announces someone's words, however short)
        if not _QUOTE_WORD.search(text, max(0, pair.start - 30), max(0, pair.start - 1)) and _unreported(
                ctx, pair, attr, inner):
            continue
        span = evidence(doc, pair.start, pair.end)
        quotes.append(Quote(
            id=f"T{len(quotes) + 1}",
            text=quote_text(span.text),
            speaker=attr.speaker.id if attr.speaker else None,
            speaker_name=attr.speaker_name,
            cue=attr.cue,
            evidence=span,
        ))
        prev = (pair, attr)
    return tuple(quotes)


def _unreported(ctx: Attributor, pair: QuotePair, attr: Attribution, inner: str) -> bool:
    """A label, an apostrophe pair or a scare quote rather than reported speech."""
    if attr.cue is None and (pair.straight and pair.single or ctx.is_label(pair)):
        # Straight single marks are too often apostrophes, and a verbless phrase after "a" or
        # "the" (to a “senior administration official”) is a label: keep only reported speech.
        return True
    if attr.cue == "call" and ctx.is_label(pair, possessive=True):
        return True
    # A few lower-case words nobody is said to have said: a scare quote or a stock phrase
    # ("has committed £3bn a year "for as long as it takes""), not reported speech.
    return attr.cue is None and attr.speaker is None and attr.speaker_name is None and _is_fragment(inner)


def _is_fragment(inner: str) -> bool:
    """A short phrase opening in lower case (not a sentence someone spoke)."""
    inner = inner.strip(" \n*_'\"‘“")
    return bool(inner) and inner[0].islower() and len(_WORD.findall(inner)) <= FRAGMENT_WORDS


def is_title(inner: str) -> bool:
    """A name or title in quotes: every word capitalised, no sentence punctuation (a subtitle's
    colon and a closing full stop aside)."""
    inner = _FINAL_STOP.sub("", _SUBTITLE_COLON.sub(" ", inner.strip()))
    # A slogan's commas join capitalised phrases ("One People, One Goal, One Faith").
    inner = _SLOGAN_COMMA.sub(" ", inner)
    if SENTENCE_PUNCT.search(inner):
        return False
    words = inner.split()
    if len(words) > 12:
        return False
    return all(not w[0].isalpha() or w[0].isupper() or w.lower() in SMALL_WORDS for w in words)


def quote_text(raw: str) -> str:
    """A quotation's text on one line: paragraph re-opening marks and line breaks become spaces."""
    return _LINEBREAK.sub(" ", PARAGRAPH_REOPEN.sub(" ", raw)).strip()
