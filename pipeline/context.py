"""The article context: publication date, dateline and the publisher's home country.

Computed once per Doc (by the ``newsie_context`` component) and read by roles, forces and
quotes, so the scan of the text for seats of government runs once per article.

The home country is the publisher's own country: ``Article.country`` when the input says so,
else inferred from the seats and institutions of a government written in the text ("White
House", "the Administration", "Pentagon" -> USA; "Downing Street" -> GBR; "Kremlin" -> RUS;
... ``government_seats`` in ``pipeline/data/offices.json``): a government statement names its
own government's seat more than any other. The dateline is deliberately not a cue for it: a
correspondent in Seoul writes about visitors to South Korea. The dateline's country is kept
separately (``dateline_country``); the roles stage ranks it above the inferred home country.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .knowledge import countries as gazetteer
from .knowledge.offices import load_offices
from .knowledge.units import place_country
from .nlp import text as text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .records import Article, Entity

HOME_SOURCES = ("article", "text")
"""Where ``ArticleContext.home_country`` came from: the input's ``country``, or the seats of
government written in the text."""


@dataclass(frozen=True)
class ArticleContext:
    """What the stages know about an article beyond its sentences.

    Attributes:
        published: Publication date (YYYY-MM-DD) or None.
        title: The article's title (headline) or None.
        dateline: The dateline as written ("KYIV", "PARIS, Texas") or None.
        dateline_country: ISO3 of the dateline place, or None.
        home_country: ISO3 of the publisher's own country, or None.
        home_country_source: "article" (given with the input) or "text" (inferred from seats of
            government written in the text), None when ``home_country`` is None.
    """

    published: str | None = None
    title: str | None = None
    dateline: str | None = None
    dateline_country: str | None = None
    home_country: str | None = None
    home_country_source: str | None = None


def build_context(doc: "Doc", *, article: "Article | None", entities: "tuple[Entity, ...]") -> ArticleContext:
    """The context of one article.

    Args:
        doc: The processed Doc of the article's (normalised) text.
        article: The ingested article (None for a bare Doc: only the text is used).
        entities: The article's entities; a dateline place missing from the gazetteers takes the
            country of an entity of the same name ("SAVANNAH, Ga." when the text names Savannah).
    """
    dateline = article.dateline if article is not None else None
    if article is not None and article.country:
        home, source = article.country, "article"
    else:
        home = infer_home_country(text_of(doc))
        source = "text" if home else None
    return ArticleContext(
        published=article.published if article is not None else None,
        title=article.title if article is not None else None,
        dateline=dateline,
        dateline_country=dateline_country(dateline, entities),
        home_country=home,
        home_country_source=source,
    )


def infer_home_country(text: str) -> str | None:
    """The country whose seats of government the text names most; None on a tie or none.

    A seat's written form must occur literally before its look-behind pattern is run, so an
    article pays for the few seats it names, not for all of them.
    """
    counts: dict[str, int] = {}
    for literal, rx, code in load_offices().seats:
        if literal not in text:
            continue
        n = len(rx.findall(text))
        if n:
            counts[code] = counts.get(code, 0) + n
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]


def dateline_country(dateline: str | None, entities: "tuple[Entity, ...]" = ()) -> str | None:
    """The country of a dateline ("WASHINGTON (AP) —", "KYIV, Ukraine", "PARIS, Texas").

    The parts after the city say where it is and win ("PARIS, Texas" is in the United States,
    "DARWIN, Australia" in Australia); then the city itself (a capital or a listed place); then a
    place entity of the text with the same name.
    """
    if not dateline:
        return None
    gaz = gazetteer.load()
    parts = [p.strip() for p in dateline.split(",") if p.strip()]
    for part in parts[1:]:
        code = "USA" if part in _US_STATE_ABBREVIATIONS else gaz.country(part) or place_country(part)
        if code:
            return code
    city = parts[0].title() if parts else ""
    code = gaz.country(city) or place_country(city)
    if code or not city:
        return code
    key = city.lower()
    return next((e.country for e in entities
                 if e.country and e.label in ("GPE", "LOC", "FAC") and e.name.lower() == key), None)


# US state abbreviations written after a town in datelines and in the place line of White House
# transcript titles ("Remarks by the Vice President ... | Brookfield, WI", "SAVANNAH, Ga."): the
# USPS two-letter codes (USPS Publication 28, appendix B) and the AP Stylebook's abbreviations
# ("state names"). Only the part after the town's comma is looked up, where they cannot be words.
_US_STATE_ABBREVIATIONS = frozenset(
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY "
    "NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI".split()
) | frozenset(
    "Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La. Md. Mass. Mich. Minn. Miss. "
    "Mo. Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. S.D. Tenn. Vt. Va. Wash. "
    "W.Va. Wis. Wyo. D.C.".split()
)
