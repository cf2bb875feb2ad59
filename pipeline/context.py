"""The article context every stage may read: publication date, dateline and the publisher's country.

Minimal version written on the ``quant`` branch so that the forces stage can take its context
as an argument; the roles helper's version (with ``build_context``) replaces it at merge.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ArticleContext:
    """Facts about the article as a whole, computed once per Doc."""

    published: str | None = None
    dateline: str | None = None
    dateline_country: str | None = None
    home_country: str | None = None
    """ISO3 of the publisher's own country (``Article.country``, else inferred from the text)"""
    home_country_source: str | None = None
