"""The project's spaCy components, registered by name with ``@Language.factory``.

Each component wraps one public pure function of its stage and writes the stage's typed result
to a ``Doc._`` extension (:mod:`pipeline.extensions`); later components read what earlier ones
wrote. :func:`pipeline.load` builds the whole pipeline; in a pipeline of your own, add them by
name after the prerequisites (a tagger, lemmatizer, dependency parser and NER, as in
``en_core_web_sm``)::

    import spacy
    import pipeline  # registers the factories (spaCy also finds them by entry point)

    nlp = spacy.load("en_core_web_sm")
    nlp.add_pipe("newsie_sentence_breaks", before="parser")
    nlp.add_pipe("newsie_gazetteer", before="ner")
    for name in pipeline.components.STAGES:
        nlp.add_pipe(name)
    doc = nlp("KYIV — Ukrainian Defence Minister Rustem Umerov met his Polish counterpart on Tuesday.")
    doc._.newsie_roles

=========================  ===========================================  =========================
component                  reads                                        writes
=========================  ===========================================  =========================
newsie_sentence_breaks     line breaks left by normalisation            ``token.is_sent_start``
newsie_gazetteer           tokens                                       ``doc.ents`` (before ner)
newsie_entities            parse, NER, ``_.newsie_article`` (title)     ``_.newsie_entities``,
                                                                        ``_.newsie_companies``
newsie_context             ``_.newsie_article``, entities               ``_.newsie_context``
newsie_dates               parse, ``_.newsie_context`` (published)      ``_.newsie_dates``
newsie_quantities          parse, entities, dates                       ``_.newsie_quantities``
newsie_roles               parse, entities, context                     ``_.newsie_roles``,
                                                                        ``_.newsie_entities`` (+)
newsie_forces              quantities, entities, context, roles         ``_.newsie_forces``
newsie_quotes              parse, entities                              ``_.newsie_quotes``
newsie_events              parse, entities, roles, dates, context       ``_.newsie_events``
=========================  ===========================================  =========================

Spans of each kind are also put in ``doc.spans["newsie_<stage>"]`` when ``spans=True`` in the
component's config (off by default: a record does not need them, and building spaCy Spans for
every fact costs time on large corpora).
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy
from spacy.attrs import IS_SPACE, SENT_START, SHAPE
from spacy.language import Language
from spacy.tokens import Doc

from .extensions import register, serialisable
from .records import Span

register()

STAGES = ("newsie_entities", "newsie_context", "newsie_dates", "newsie_quantities", "newsie_roles",
          "newsie_forces", "newsie_quotes", "newsie_events")
"""The extraction components in pipeline order (after the statistical ones)."""


def _doc_spans(doc: Doc, key: str, items: Iterable[Span], label: str) -> None:
    """Put evidence spans into ``doc.spans[key]`` (mapped from original to ``doc.text`` offsets)."""
    from .nlp import offset_map

    offsets = offset_map(doc)
    back = None
    if offsets is not None:
        back = {o: i for i, o in enumerate(offsets)}
    group = []
    for span in items:
        s, e = span.start, span.end
        if back is not None:
            s, e = back.get(s), (back.get(e - 1, -1) + 1)
            if s is None or e <= s:
                continue
        sp = doc.char_span(s, e, label=label, alignment_mode="expand")
        if sp is not None:
            group.append(sp)
    doc.spans[key] = group


# ---- before the parser / NER -------------------------------------------------------------

@Language.factory("newsie_sentence_breaks")
def make_sentence_breaks(nlp: Language, name: str):
    """Sentence starts after line breaks (a factory, so spaCy's entry points can name it)."""
    return sentence_breaks


_NOT_START = numpy.array(-1, dtype=numpy.int64)
_INITIAL_SHAPE = "X."  # spaCy's word shape of a capital letter and a period
_TURN_LABELS = frozenset({"Q", "Q.", "A."})  # a transcript's question and answer labels


def sentence_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line-break token (a paragraph, heading, bullet, dateline), and
    never right after a middle initial ("Ambassador Martin S. Indyk" at a title's end).

    The parser keeps sentence starts (and non-starts) that are already set: the small model often
    ends a sentence at a capital letter's period followed by a capitalised word, which cuts a name
    in two ("Martin S." | "Indyk"); an initial written between two capitalised words is part of the
    name (a sentence that ends with one, "Plan B. The talks", has a function word after it). All
    starts are written in one array operation: setting ``token.is_sent_start`` token by token makes
    spaCy re-check the Doc on every assignment, which is quadratic in the length of the article.
    """
    n = len(doc)
    if n < 2:
        return doc
    arr = doc.to_array([SENT_START])
    flat = arr.reshape(-1)
    changed = False
    # The first word token after each line-break token starts a sentence; only the white-space
    # tokens are read one by one (a loop over every token was most of this component's time).
    space = doc.to_array(IS_SPACE) == 1
    breaks = [i for i in numpy.flatnonzero(space).tolist() if "\n" in doc[i].text]
    if breaks:
        words = numpy.flatnonzero(~space)
        after = numpy.searchsorted(words, breaks, side="right")
        starts = words[after[after < len(words)]]
        if numpy.any(flat[starts] != 1):
            flat[starts] = 1
            changed = True
        # ... and the word right after that first word does not: given a start, the small model
        # often ends the sentence after its first word ("Chile" | "and Peru met"; "President" |
        # "Biden spoke"), which breaks the paragraph's first clause (a second start it wants is
        # kept where a line break or an initial already decided one)
        # (not after a transcript's label, "Q" or "Q." for the reporter, "A." for the answer: what
        # follows it is a sentence of its own)
        follow = numpy.array([i + 1 for i in starts.tolist() if doc[i].text not in _TURN_LABELS], dtype=starts.dtype)
        follow = follow[(follow < n)]
        follow = follow[~space[follow] & (flat[follow] == 0)]
        if len(follow):
            flat[follow] = _NOT_START.astype(flat.dtype)
            changed = True
    # only the tokens shaped "X." (a capital and a period) are read one by one
    for i in numpy.flatnonzero(doc.to_array(SHAPE) == doc.vocab.strings[_INITIAL_SHAPE]).tolist():
        if 0 < i < n - 1 and flat[i + 1] != 1:
            prev, nxt = doc[i - 1], doc[i + 1]
            if prev.is_title and prev.is_alpha and nxt.is_title and nxt.is_alpha and not nxt.is_stop:
                flat[i + 1] = _NOT_START.astype(flat.dtype)  # -1: no sentence start (the array is unsigned)
                changed = True
    if changed:
        doc.from_array([SENT_START], arr.reshape(-1, 1) if arr.ndim == 1 else arr)
    return doc


@Language.factory("newsie_gazetteer", default_config={"overwrite_ents": False})
def make_gazetteer(nlp: Language, name: str, overwrite_ents: bool):
    """An ``entity_ruler`` with the country, capital, demonym, region and organisation names.

    Placed before ``ner`` so that "ROK", "DPRK" or "U.S." are entities whatever the
    statistical model thinks; the longest match wins ("Bank of Japan" is one ORG).
    """
    from spacy.pipeline import EntityRuler

    from .entities import gazetteer_patterns
    from .entities.ruler import EndAnchoredMatcher

    ruler = EntityRuler(nlp, name=name, overwrite_ents=overwrite_ents, validate=False)
    # Phrase patterns need only the tokenizer; with the other components off the ruler does
    # not run the tagger and parser over ~4,000 patterns (1.3 s -> 0.1 s at load).
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns(gazetteer_patterns())
    # its token Matcher only where a pattern can end (same matches; the Matcher tested a word set
    # at every token of every Doc)
    anchored = EndAnchoredMatcher.wrap(ruler)
    if anchored is not None:
        ruler.matcher = anchored
    return ruler


# ---- the extraction stages ----------------------------------------------------------------

class _Stage:
    """Base of the stage components: a name and whether ``doc.spans`` is filled too."""

    def __init__(self, name: str, spans: bool = False) -> None:
        self.name = name
        self.spans = spans


class ContextComponent(_Stage):
    """Article context: publication date, dateline and its country, the publisher's country."""

    def __init__(self, name: str, home_country: str | None) -> None:
        super().__init__(name)
        self.home_country = home_country

    def __call__(self, doc: Doc) -> Doc:
        from .context import ArticleContext, build_context
        from .nlp import article_of

        serialisable(ArticleContext)
        article = article_of(doc)
        if article is None:
            from .records import Article

            article = Article(id="doc", text=doc.text, country=self.home_country)
        elif self.home_country and not article.country:
            import dataclasses

            article = dataclasses.replace(article, country=self.home_country)
        doc._.newsie_context = build_context(doc, article=article, entities=doc._.newsie_entities)
        return doc


class EntitiesComponent(_Stage):
    def __call__(self, doc: Doc) -> Doc:
        from .entities import company_ids, company_short_forms, extract_entities
        from .nlp import article_of, raw_text

        article = article_of(doc)
        if article is None:  # a plain nlp(text): the stage finds a title line and dateline itself
            ents = extract_entities(doc)
        else:
            ents = extract_entities(doc, title=article.title or "", dateline=article.dateline or "")
        companies = company_ids(raw_text(doc), ents, doc)
        relabelled = company_short_forms(ents, companies)
        if relabelled != ents:  # "Dravik" after "Dravik Aerospace Corp." is the firm, not a person
            ents = relabelled
            companies = company_ids(raw_text(doc), ents, doc)
        doc._.newsie_entities = ents
        doc._.newsie_companies = companies
        if self.spans:
            _doc_spans(doc, "newsie_entities", (m for e in ents for m in e.mentions), "ENTITY")
        return doc


_LAST_INDEX: tuple = ((), None)


def _entity_index(doc: Doc):
    """The EntityIndex of the Doc's current entities, built once and shared by the stages after
    entities (quantities, roles, forces, quotes).

    The last (entities tuple, index) pair is kept at module level, not on the Doc, so nothing
    unserialisable reaches ``doc.user_data``; the identity check rebuilds it when a stage replaced
    the tuple (roles adds persons) or another Doc (or thread) came in between.
    """
    global _LAST_INDEX
    from .entities import EntityIndex

    entities = doc._.newsie_entities
    cached = _LAST_INDEX
    if cached[1] is not None and cached[0] is entities:
        return cached[1]
    index = EntityIndex.build(entities)
    _LAST_INDEX = (entities, index)
    return index


class DatesComponent(_Stage):
    def __call__(self, doc: Doc) -> Doc:
        from .dates import extract_dates

        ctx = doc._.newsie_context
        doc._.newsie_dates = found = extract_dates(doc, published=ctx.published if ctx else None)
        if self.spans:
            _doc_spans(doc, "newsie_dates", (d.evidence for d in found), "DATE")
        return doc


class QuantitiesComponent(_Stage):
    def __call__(self, doc: Doc) -> Doc:
        from .quantities import extract_quantities

        index = _entity_index(doc)
        doc._.newsie_quantities = found = extract_quantities(doc, index, dates=doc._.newsie_dates)
        if self.spans:
            _doc_spans(doc, "newsie_quantities", (q.evidence for q in found), "QUANTITY")
        return doc


class RolesComponent(_Stage):
    def __call__(self, doc: Doc) -> Doc:
        from .roles import extract_roles, persons_from_roles
        from .roles.glued_bodies import unglue_body_words
        from .roles.glued_names import unglue_body_names

        # "President of the Palestinian Authority Mahmoud Abbas": the NER's "Authority Mahmoud Abbas";
        # "Chairman of the National Assembly Tran Thanh Man": the NER's "the National Assembly Tran Thanh Man"
        entities = unglue_body_names(doc, unglue_body_words(doc, doc._.newsie_entities))
        doc._.newsie_entities = entities
        roles = extract_roles(doc, _entity_index(doc), context=doc._.newsie_context)
        doc._.newsie_entities, doc._.newsie_roles = persons_from_roles(entities, roles, doc)
        if self.spans:
            _doc_spans(doc, "newsie_roles", (r.evidence for r in doc._.newsie_roles), "ROLE")
        return doc


class ForcesComponent(_Stage):
    def __call__(self, doc: Doc) -> Doc:
        from .forces import extract_forces

        doc._.newsie_forces = extract_forces(doc, doc._.newsie_quantities, _entity_index(doc),
                                             context=doc._.newsie_context, roles=doc._.newsie_roles)
        return doc


class QuotesComponent(_Stage):
    def __call__(self, doc: Doc) -> Doc:
        from .quotes import extract_quotes

        doc._.newsie_quotes = found = extract_quotes(doc, _entity_index(doc))
        if self.spans:
            _doc_spans(doc, "newsie_quotes", (q.evidence for q in found), "QUOTE")
        return doc


class EventsComponent(_Stage):
    def __call__(self, doc: Doc) -> Doc:
        from .events import extract_events

        ctx = doc._.newsie_context
        doc._.newsie_events = found = extract_events(
            doc, entities=doc._.newsie_entities, roles=doc._.newsie_roles, dates=doc._.newsie_dates,
            home_country=ctx.home_country if ctx else None, company_ids=doc._.newsie_companies)
        if self.spans:
            _doc_spans(doc, "newsie_events", (e.trigger for e in found), "EVENT")
        return doc


@Language.factory("newsie_context", default_config={"home_country": None})
def make_context(nlp: Language, name: str, home_country: str | None) -> ContextComponent:
    """``home_country``: ISO3 of the publisher for texts that do not say (a government's feed)."""
    return ContextComponent(name, home_country)


@Language.factory("newsie_entities", default_config={"spans": False})
def make_entities(nlp: Language, name: str, spans: bool) -> EntitiesComponent:
    return EntitiesComponent(name, spans)


@Language.factory("newsie_dates", default_config={"spans": False})
def make_dates(nlp: Language, name: str, spans: bool) -> DatesComponent:
    return DatesComponent(name, spans)


@Language.factory("newsie_quantities", default_config={"spans": False})
def make_quantities(nlp: Language, name: str, spans: bool) -> QuantitiesComponent:
    return QuantitiesComponent(name, spans)


@Language.factory("newsie_roles", default_config={"spans": False})
def make_roles(nlp: Language, name: str, spans: bool) -> RolesComponent:
    return RolesComponent(name, spans)


@Language.factory("newsie_forces", default_config={})
def make_forces(nlp: Language, name: str) -> ForcesComponent:
    return ForcesComponent(name)


@Language.factory("newsie_quotes", default_config={"spans": False})
def make_quotes(nlp: Language, name: str, spans: bool) -> QuotesComponent:
    return QuotesComponent(name, spans)


@Language.factory("newsie_events", default_config={"spans": False})
def make_events(nlp: Language, name: str, spans: bool) -> EventsComponent:
    return EventsComponent(name, spans)


def add_project_components(nlp: Language) -> Language:
    """Add the project's components to a loaded spaCy pipeline (idempotent)."""
    from .lemmas import share_verbs

    share_verbs(nlp)  # (verb lemmas for the stages' word tests: :func:`pipeline.lemmas.share_verbs`)
    if "newsie_sentence_breaks" not in nlp.pipe_names:
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("newsie_sentence_breaks", before="parser")
        else:
            nlp.add_pipe("newsie_sentence_breaks", first=True)
    if "newsie_gazetteer" not in nlp.pipe_names:
        where = {"before": "ner"} if "ner" in nlp.pipe_names else {"last": True}
        nlp.add_pipe("newsie_gazetteer", **where)
    for stage in STAGES:
        if stage not in nlp.pipe_names:
            nlp.add_pipe(stage)
    return nlp
