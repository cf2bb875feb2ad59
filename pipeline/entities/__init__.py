"""Entities stage: named things, canonical names, ISO3 countries, places, mentions grouped per entity.

Input is a processed Doc (spaCy NER plus the project's gazetteer ruler, whose patterns come from
:func:`gazetteer_patterns`). Output is one :class:`~pipeline.records.Entity` per distinct thing,
its mentions in text order:

- countries, capitals and demonyms get ISO 3166-1 alpha-3 codes from
  :mod:`pipeline.knowledge.countries`; "US", "U.S." and "the United States" are one entity named
  "United States";
- places (GPE, LOC, FAC) get a GeoNames record and the country of a place below country level
  from :mod:`pipeline.knowledge.places`, read in context ("Paris, Texas"; :mod:`.geo`);
- people: a surname-only mention joins the full-name entity it is part of, the canonical name is
  the fullest form written, and each person gets a corpus-stable ``person_key`` (:mod:`.persons`);
- the small statistical model's usual slips are repaired with general rules before grouping
  (:mod:`.spans`; person names cut, split or mislabelled, nicknames inside names:
  :mod:`.namespans`); cities the model mislabels are places when the gazetteer knows them and
  the words around them say so ("the city of X", "X, Ukraine", "in X"; :mod:`.cities`); a body's
  name cut at "of" by a country the ruler tagged is joined ("Catholic University of" +
  "America"; :mod:`.cutnames`); office-title words and lower-case phrases are not persons; an acronym
  joins its long form (:mod:`.acronyms`); bylines and photo credits name no one (:mod:`.credits`);
- companies: :func:`company_ids` tells which ORG entities the text marks as businesses (legal
  suffix, "the carmaker X", "companies such as X", "shares of X"; :mod:`.companies`, the
  project's one company detector), stored by the component on ``Doc._.newsie_companies``,
  which the events stage reads.

Modules: :mod:`.extract` (:func:`extract_entities`), :mod:`.spans`, :mod:`.namespans`,
:mod:`.persons`, :mod:`.acronyms`, :mod:`.geo`, :mod:`.index` (:class:`EntityIndex`), :mod:`.ruler`
(:func:`gazetteer_patterns`), :mod:`.lexicon` (word tables), :mod:`.tokens` (per-Doc word
tables read once from the token arrays).
"""

from __future__ import annotations

from ..names import NICKNAMES, name_key
from .companies import company_ids, company_short_forms
from .extract import extract_entities
from .index import EntityIndex
from .personkeys import person_key
from .ruler import gazetteer_patterns

__all__ = ["extract_entities", "company_ids", "company_short_forms", "EntityIndex", "gazetteer_patterns", "person_key", "name_key", "NICKNAMES"]
