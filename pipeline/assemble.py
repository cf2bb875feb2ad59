"""Assemble stage: build the article record from what the components wrote on ``Doc._``."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from . import __version__
from .nlp import article_of
from .records import ArticleInfo, ArticleRecord, ModelInfo, Provenance
from .tokenarrays import count_non_space, count_word_sentences

if TYPE_CHECKING:
    from spacy.tokens import Doc


def build_record(doc: "Doc", *, model: ModelInfo, keep_text: bool = True) -> ArticleRecord:
    """The record of one processed Doc; reads ``Doc._`` only, extracts nothing itself.

    Args:
        doc: A Doc from :func:`pipeline.nlp.process` / :func:`pipeline.nlp.pipe`.
        model: Name and version of the spaCy pipeline that made it (for provenance).
        keep_text: Put the article text in the record (``--no-text`` turns it off).

    Raises:
        ValueError: The Doc was not made by :func:`pipeline.nlp.make_doc` or the project's
            components did not run on it.
    """
    article = article_of(doc)
    if article is None or doc._.newsie_context is None:
        raise ValueError("build_record needs a Doc made by pipeline.nlp.process or pipeline.nlp.pipe")
    info = ArticleInfo(
        id=article.id,
        source=article.source,
        title=article.title,
        dateline=article.dateline,
        published=article.published,
        language=article.language,
        text_sha256=hashlib.sha256(article.text.encode("utf-8")).hexdigest(),
        n_chars=len(article.text),
        n_tokens=count_non_space(doc),
        n_sentences=count_word_sentences(doc),
        text=article.text if keep_text else None,
        url=article.url,
        author=article.author,
    )
    return ArticleRecord(
        article=info,
        provenance=Provenance(pipeline_version=__version__, model=model, encoding=article.encoding),
        entities=doc._.newsie_entities,
        roles=doc._.newsie_roles,
        quantities=doc._.newsie_quantities,
        forces=doc._.newsie_forces,
        dates=doc._.newsie_dates,
        quotes=doc._.newsie_quotes,
        events=doc._.newsie_events,
    )
