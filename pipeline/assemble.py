"""Assemble stage: run every extractor on a processed Doc and build the article record."""

from __future__ import annotations

import dataclasses
import hashlib
from typing import TYPE_CHECKING

from . import __version__
from .context import ArticleContext
from .dates import extract_dates
from .entities import EntityIndex, extract_entities
from .forces import extract_forces
from .nlp import article_of
from .quantities import extract_quantities
from .quotes import extract_quotes
from .records import ArticleInfo, ArticleRecord, Entity, ModelInfo, Provenance, Role, Span
from .roles import extract_roles, home_country

if TYPE_CHECKING:
    from spacy.tokens import Doc


def _persons_from_roles(entities: tuple[Entity, ...], roles: tuple[Role, ...]) -> tuple[tuple[Entity, ...], tuple[Role, ...]]:
    """An office holder is a person even when the NER missed the name ("Prime Minister Han"):
    give each such role a PERSON entity, so persons and roles agree."""
    if all(r.person is not None for r in roles):
        return entities, roles
    entities = list(entities)
    by_name: dict[str, Entity] = {}
    out = []
    for role in roles:
        if role.person is not None:
            out.append(role)
            continue
        ev = role.evidence
        pos = ev.text.find(role.person_name)
        if pos < 0:
            out.append(role)
            continue
        mention = Span(start=ev.start + pos, end=ev.start + pos + len(role.person_name), text=role.person_name)
        ent = by_name.get(role.person_name)
        if ent is None:
            ent = Entity(id=f"E{len(entities) + 1}", label="PERSON", name=role.person_name, country=None,
                         mentions=(mention,))
            entities.append(ent)
            by_name[role.person_name] = ent
        out.append(dataclasses.replace(role, person=ent.id))
    return tuple(entities), tuple(out)


def build_record(doc: "Doc", *, model: ModelInfo) -> ArticleRecord:
    """Extract everything from one processed Doc.

    Args:
        doc: A Doc from :func:`pipeline.nlp.process` / :func:`pipeline.nlp.pipe`.
        model: Name and version of the spaCy pipeline that made it (for provenance).
    """
    article = article_of(doc)
    if article is None:
        raise ValueError("build_record needs a Doc made by pipeline.nlp.process or pipeline.nlp.pipe")
    entities = extract_entities(doc)
    index = EntityIndex.build(entities)
    dates = extract_dates(doc, published=article.published)
    quantities = extract_quantities(doc, index, dates=dates)
    roles = extract_roles(doc, index)
    entities, roles = _persons_from_roles(entities, roles)
    index = EntityIndex.build(entities)
    context = ArticleContext(published=article.published, dateline=article.dateline,
                             home_country=home_country(doc, index))
    forces = extract_forces(doc, quantities, index, context=context)
    quotes = extract_quotes(doc, index)
    info = ArticleInfo(
        id=article.id,
        source=article.source,
        title=article.title,
        dateline=article.dateline,
        published=article.published,
        language=article.language,
        text_sha256=hashlib.sha256(article.text.encode("utf-8")).hexdigest(),
        n_chars=len(article.text),
        n_tokens=sum(1 for t in doc if not t.is_space),
        n_sentences=sum(1 for s in doc.sents if not all(t.is_space for t in s)),
        text=article.text,
        url=article.url,
        author=article.author,
    )
    return ArticleRecord(
        article=info,
        provenance=Provenance(pipeline_version=__version__, model=model, encoding=article.encoding),
        entities=entities,
        roles=roles,
        quantities=quantities,
        forces=forces,
        dates=dates,
        quotes=quotes,
    )
