"""Entities stage: named things, canonical names, ISO3 countries, mentions grouped per entity.

Input is a processed Doc (spaCy NER plus the project's gazetteer ruler). Output is one
:class:`~pipeline.records.Entity` per distinct thing, its mentions in text order:

- countries, capitals and demonyms get ISO 3166-1 alpha-3 codes from :mod:`pipeline.gazetteer`;
  "US", "U.S." and "the United States" are one entity named "United States";
- people: a surname-only mention ("Lecornu", "Mr. Suh") joins the full-name entity it is part
  of ("Sebastien Lecornu", "Suh Hoon"); the canonical name is the fullest form written;
- honorifics and office words the model sometimes swallows ("President Biden") are trimmed;
- the small statistical model's usual slips are repaired with general rules before grouping
  (:func:`_repair_spans`): a name right after an office word is a person whatever label the
  model gave it ("Chancellor Olaf Scholz" as ORG, "Defense Minister Israel Katz" split into a
  country and a surname); a name cut at a particle or hyphen is completed ("Ursula von der" +
  "Leyen", "Han Duck" + "-soo"); in a Title Case headline a PERSON span is split into the
  names the body also writes ("Blinken Meets Wang Yi" -> "Blinken", "Wang Yi"); legal case
  names ("Bowsher v. Synar"), plural common nouns ("Resolutions"), "the Moon" and
  "the Zaporizhzhia region" are not people;
- a signature in capitals ("JOSEPH R. BIDEN JR.") is written in title case, and a short
  first name joins its formal form with the same surname ("Joe Biden" -> "Joseph R. Biden Jr.");
- companies are not people (:func:`_organizations_and_products`): a name ending in a company
  word ("Saturn Corporation") or after a noun such as firm/carrier/magazine ("private equity
  firm Cerberus") is an ORG, and so is every other mention of it; a maker plus a model number
  is a PRODUCT ("Boeing 737", "Airbus A380"), so is a name written "iPhone"; time-zone and
  currency codes ("UTC", "USD") are not entities; a lone name after "in" is a place; a title
  and name tagged as one ORG ("Spokeswoman Sandy Angers") is the person; a surname the model
  took for a town ("Henderson") is the person named in full earlier.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from . import gazetteer
from .names import SUFFIXES as _SUFFIXES
from .names import NICKNAMES, name_key  # noqa: F401 - re-exported for callers of entities.name_key
from .knowledge.offices import HONORIFICS, OFFICE_WORDS, ORG_LAST_WORDS
from .nlp import article_of, evidence, original_range
from .records import Entity, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

LABELS = frozenset({"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"})

# Capitalised words after which a proper noun is a person's name ("Chancellor Olaf Scholz").
_TITLE_HEADS = frozenset({
    "president", "minister", "chancellor", "secretary", "premier", "ambassador", "envoy", "spokesman",
    "spokeswoman", "spokesperson", "senator", "governor", "general", "admiral", "commander", "chief",
    "director", "king", "queen", "prince", "princess", "emperor", "leader", "mayor", "speaker", "adviser",
    "advisor", "chairman", "chairwoman", "counterpart", "colonel", "lieutenant", "captain", "major",
    "sergeant", "marshal", "brigadier", "congressman", "congresswoman", "representative", "commissioner",
    "gen.", "adm.", "col.", "lt.", "maj.", "capt.", "sgt.", "brig.", "rep.", "sen.", "gov.", "amb.",
    "mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "sir", "dame",
})
# Honorifics written without a period are also first names ("Gen Nakatani", "Col" is rarer).
_BARE_RANKS = frozenset({"gen", "col", "lt", "maj", "capt", "sgt", "adm", "sen", "rep", "gov", "amb"})
# Common nouns after a place name the model takes for a person ("the Zaporizhzhia region").
_PLACE_NOUNS = frozenset({"region", "province", "oblast", "district", "county", "prefecture", "state",
                          "area", "city", "town", "village", "governorate", "territory", "border", "river",
                          "island", "islands", "peninsula", "valley", "airport", "port", "base"})
_CAMEL_END = re.compile(r"[a-z][A-Z]$")
_POSSESSIVE = re.compile(r"(?:['’]s?|s['’])$")
_LEADING_THE = re.compile(r"^(?:the|The|THE)\s+")
_WS = re.compile(r"\s+")


@dataclass
class _Group:
    label: str
    name: str
    country: str | None
    mentions: list[Span] = field(default_factory=list)
    first: int = 0


def _clean_span(span: "SpacySpan") -> "SpacySpan | None":
    """Trim whitespace, punctuation and possessive tokens at the edges of an entity span."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].is_space or doc[start].is_punct and doc[start].text not in ("(",)):
        start += 1
    while end > start and (doc[end - 1].is_space or doc[end - 1].is_punct and doc[end - 1].text != "."
                           or doc[end - 1].tag_ == "POS" or doc[end - 1].text in ("'s", "’s")):
        end -= 1
    if end <= start:
        return None
    return doc[start:end]


def _person_tokens(span: "SpacySpan") -> "SpacySpan | None":
    """Drop honorifics and office words before a name ("President Yoon" -> "Yoon"), and
    anything from a possessive on ("Kamala Harris’s Meeting" -> "Kamala Harris")."""
    start, end = span.start, span.end
    doc = span.doc
    for i in range(start + 1, end):
        if doc[i].tag_ == "POS" or doc[i].text in ("'s", "’s"):
            end = i
            break
    while end - start > 1:
        word = doc[start].text.lower().rstrip(".")
        if word in _BARE_RANKS and not doc[start].text.endswith(".") and _after_title(doc, start, comma=False):
            break  # "Defense Minister Gen Nakatani": a first name, not a rank
        if word in HONORIFICS or word in OFFICE_WORDS or (doc[start].is_punct and doc[start].text != "("):
            start += 1
        else:
            break
    if end <= start:
        return None
    return doc[start:end]


def _extend_person(span: "SpacySpan") -> "SpacySpan":
    """Extend a name the model cut short: "Yoon Suk" + "Yeol", "Joseph R. Biden" + ", Jr."."""
    doc = span.doc
    end = span.end
    while end < len(doc):
        tok = doc[end]
        if tok.tag_ == "POS" or tok.text in ("'s", "’s", "'", "’"):
            break
        if tok.ent_type_ and tok.ent_iob_ != "O":
            if tok.text.lower() in _SUFFIXES:
                end += 1
                continue
            break
        if tok.text.lower() in _SUFFIXES:
            end += 1
        elif tok.text == "," and end + 1 < len(doc) and doc[end + 1].text.lower() in _SUFFIXES:
            end += 2
        elif (tok.tag_ == "NNP" and tok.is_title and not tok.is_sent_start and tok.text.lower() not in OFFICE_WORDS
              and len(tok.text) > 1 and end - span.start < 4 and tok.whitespace_ is not None
              and not doc[end - 1].whitespace_ == "" and tok.i + 1 < len(doc) and not doc[tok.i + 1].is_title):
            end += 1
        else:
            break
    return doc[span.start:end] if end != span.end else span


_NAME_PARTICLES = frozenset({"de", "da", "di", "del", "van", "von", "der", "bin", "al", "el", "la", "le", "du", "dos"})


def _looks_like_name(span: "SpacySpan", lower_words: set[str]) -> bool:
    """Reject PERSON spans the small model makes of headlines and product names."""
    words = [t for t in span if t.is_alpha and t.lower_ not in _NAME_PARTICLES and t.lower_ not in _SUFFIXES]
    if not words or any(ch.isdigit() for ch in span.text):
        return False
    if span[-1].text.endswith("-") or span[-1].tag_ in ("VBG", "VBN", "VBD"):
        return False
    if any(t.tag_ in ("VBG", "VBD", "VBN") and t.lower_.endswith(("ing", "ed")) for t in words):
        return False
    # The surname (last word) written in lower case elsewhere is a common noun ("Meeting").
    if words[-1].lower_ in lower_words and len(words[-1]) > 3:
        return False
    if span.text.isupper() and len(words) >= 3 and not any(t.text.endswith(".") for t in span):
        return False  # "ULCHI FREEDOM SHIELD": an exercise, not a person; "JOSEPH R. BIDEN JR." passes
    return True


def _norm_name(text: str) -> str:
    text = _WS.sub(" ", text).strip()
    text = _POSSESSIVE.sub("", text) if not text.endswith(".") else text
    return text.strip(" ,;:")


def _person_name(text: str) -> str:
    """A person's name as written, with a signature in capitals put in title case."""
    name = _norm_name(text).replace(", Jr", " Jr").replace(", Sr", " Sr").replace(", JR", " JR")
    if name.isupper() and sum(c.isalpha() for c in name) > 3:
        name = " ".join(w[:1] + w[1:].lower() for w in name.split())
    if name.endswith((" Jr", " Sr")):
        name += "."
    return name


def _after_title(doc: "Doc", start: int, *, comma: bool = True) -> bool:
    """Whether token ``start`` follows an office word: "Chancellor | Olaf Scholz", or in an
    apposition "top commander, | Oleksandr Syrskyi" (``comma``)."""
    i = start - 1
    with_comma = comma and i > 0 and doc[i].text == ","
    if with_comma:
        i -= 1
    if i < 0:
        return False
    tok = doc[i]
    return tok.lower_ in _TITLE_HEADS and (with_comma or tok.text[:1].isupper())


def _headline_end(doc: "Doc") -> int:
    """Token index where the article's title line ends (0 when the text has no title line)."""
    article = article_of(doc)
    if article is None or not article.title or not doc.text.startswith(article.title[:20]):
        return 0
    for tok in doc:
        if tok.is_space and "\n" in tok.text:
            return tok.i
    return 0


_PERSON_LIKE = frozenset({"ORG", "NORP", "GPE", "PRODUCT", "FAC", "LOC", "WORK_OF_ART"})


def _repair_spans(doc: "Doc", gaz: gazetteer.Gazetteer) -> list[tuple[int, int, str]]:
    """The model's entity spans as ``(start, end, label)`` token ranges, with its usual slips
    around people's names repaired (see the module docstring)."""
    n = len(doc)
    items = [(e.start, e.end, e.label_) for e in doc.ents]
    out: list[tuple[int, int, str]] = []
    k = 0
    while k < len(items):
        s, e, label = items[k]
        k += 1
        if (label in _PERSON_LIKE and e - s >= 3 and doc[s].lower_ in _TITLE_HEADS and doc[s].is_title
                and all(t.is_title and t.pos_ == "PROPN" and t.lower_ not in OFFICE_WORDS for t in doc[s + 1:e])
                and doc[e - 1].lower_ not in ORG_LAST_WORDS and doc[e - 1].lower_ not in _PLACE_NOUNS):
            s, label = s + 1, "PERSON"  # "Spokeswoman Sandy Angers" tagged as one ORG
        if label in _PERSON_LIKE and _after_title(doc, s):
            nxt = items[k] if k < len(items) else None
            if (nxt is not None and nxt[2] == "PERSON" and nxt[0] == e and e - s == 1 and label in ("GPE", "NORP")
                    and doc[s].whitespace_ and doc[s - 1].text != ","):
                e, label = nxt[1], "PERSON"  # "Defense Minister Israel Katz": a first name, not the country
                k += 1
            else:
                text = doc[s:e].text
                comma = doc[s - 1].text == ","
                if (not gaz.country(text) and not gaz.organization(text)
                        and all(t.is_title or t.lower_ in _NAME_PARTICLES or t.text == "-" for t in doc[s:e])
                        and (not comma or (e - s >= 2 and e < n and doc[e].text == ","))):
                    label = "PERSON"  # "Chancellor Olaf Scholz" tagged ORG
        if label == "PERSON":
            while e < n:
                if doc[e - 1].lower_ in _NAME_PARTICLES and doc[e].is_title and doc[e - 1].whitespace_:
                    e += 1  # "Ursula von der" + "Leyen"
                elif (doc[e].text == "-" and not doc[e - 1].whitespace_ and not doc[e].whitespace_ and e + 1 < n
                      and doc[e + 1].is_alpha):
                    e += 2  # "Han Duck" + "-soo"
                else:
                    break
            while k < len(items) and items[k][0] < e:
                k += 1
            # "the Zaporizhzhia region", "the Moon", "Bowsher v. Synar", "SpaceX", "Resolutions"
            before = doc[s - 1].lower_ if s > 0 else ""
            after = doc[e].lower_ if e < n else ""
            if before == "the" and after in _PLACE_NOUNS:
                label = "LOC"
            elif any(t.lower_ in ("v.", "vs.", "v") for t in doc[max(s - 1, 0):e + 1]):
                continue  # a court case
            elif e - s == 1 and (before == "the" or doc[s].tag_ in ("NNS", "NNPS") and doc[s].lower_.endswith("s")):
                continue
            elif e - s == 1 and _CAMEL_END.search(doc[s].text):
                label = "ORG"
        out.append((s, e, label))
    return _split_headline_persons(doc, _surname_mentions(doc, _organizations_and_products(doc, out), gaz))


# Common nouns that introduce an organisation's name: "defence contractor Lockheed Martin",
# "German magazine Der Spiegel", "private equity firm Cerberus" (not after a comma: "counsel of
# the company, Mark Chandler").
_ORG_NOUNS = frozenset({
    "company", "firm", "corporation", "manufacturer", "maker", "carrier", "airline", "retailer", "bank", "lender",
    "insurer", "contractor", "conglomerate", "automaker", "carmaker", "shipbuilder", "shipyard", "airframer", "giant",
    "magazine", "newspaper", "daily", "weekly", "broadcaster", "network", "startup", "start-up", "supplier", "chain",
    "brand", "fund", "outlet", "agency", "union", "militia", "organization", "organisation", "think-tank",
    "institute", "university", "subsidiary", "division", "group",
})
# Codes the model tags as organisations: time zones and currencies.
_NOT_ENTITIES = frozenset({
    "UTC", "GMT", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "BST", "CET", "CEST", "EET", "KST", "JST",
    "HKT", "SGT", "AEST", "AEDT", "MSK", "IST", "USD", "EUR", "GBP", "JPY", "KRW", "CNY", "RMB", "RUB", "INR", "AUD",
    "CAD", "CHF", "UAH", "ILS", "TWD",
})
# A model designation after a maker's name: "Boeing 737", "Airbus A380", "Lockheed Martin F-35".
_DESIGNATION = re.compile(r"^(?:[A-Z]{1,3}-?\d{1,4}|\d{2,4})[A-Z]{0,2}s?$")
# "iPhone", "iTunes", "eVTOL": a lower-case letter before a capital starts a product name.
_CAMEL_START = re.compile(r"^[a-z]{1,2}[A-Z]")
_PLACE_PREPS = frozenset({"in", "near", "outside"})


def _organizations_and_products(doc: "Doc", items: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Relabel names the model takes for people or organisations but whose context says
    otherwise: a company by its last word or by the noun before it, then every mention of the
    same name; a maker plus a model number is a product ("Boeing 737"), so is a name written
    "iPhone"; time-zone and currency codes are dropped; a lone name after "in" is a place."""
    n = len(doc)
    orgs: set[str] = set()
    out: list[tuple[int, int, str]] = []
    taken = 0
    for s, e, label in items:
        if s < taken:
            continue  # inside a product name extended over it
        text = doc[s:e].text
        first = doc[s + 1] if doc[s].lower_ == "the" and e - s > 1 else doc[s]
        if label in ("ORG", "NORP", "GPE", "PERSON") and _CAMEL_START.match(first.text):
            label = "PRODUCT"
        elif label == "ORG" and text in _NOT_ENTITIES:
            continue
        elif label == "ORG" and e < n and _DESIGNATION.match(doc[e].text) and not _is_year(doc[e].text) \
                and doc[e - 1].whitespace_:
            e, label = e + 1, "PRODUCT"
        elif label == "PERSON":
            prev = s - 1
            if doc[e - 1].lower_ in ORG_LAST_WORDS and e - s >= 2:
                label = "ORG"
                orgs.add(doc[s:e - 1].text)  # "Saturn Corporation" ... "Saturn's general manager"
            elif prev >= 0 and doc[prev].is_lower and doc[prev].lower_ in _ORG_NOUNS:
                label = "ORG"
            elif e - s == 1 and s > 0 and doc[s - 1].lower_ in _PLACE_PREPS and doc[s - 1].is_lower \
                    and not (e < n and doc[e].tag_ == "POS"):
                label = "GPE"
            if label == "ORG":
                orgs.add(text)
        elif label == "ORG" and e - s >= 2 and doc[e - 1].lower_ in ORG_LAST_WORDS:
            orgs.add(doc[s + (doc[s].lower_ == "the"):e - 1].text)  # "Lockheed Martin Corp." -> "Lockheed Martin"
        out.append((s, e, label))
        taken = e
    if orgs:
        out = [(s, e, "ORG" if lab in ("PERSON", "PRODUCT") and doc[s:e].text in orgs else lab) for s, e, lab in out]
    return out


def _is_year(text: str) -> bool:
    return text.isdigit() and len(text) == 4 and 1800 <= int(text) <= 2199


def _surname_mentions(doc: "Doc", items: list[tuple[int, int, str]],
                      gaz: gazetteer.Gazetteer) -> list[tuple[int, int, str]]:
    """A lone capitalised word equal to the surname of a person named in full earlier is that
    person, whatever the model made of it ("Steve Jobs ... Jobs said", "Papermaster" as ORG,
    "Henderson" as a city), unless it is a country or capital."""
    surnames: dict[str, int] = {}
    for s, e, lab in items:
        if lab == "PERSON" and e - s >= 2 and doc[e - 1].is_title and len(doc[e - 1].text) > 2:
            surnames.setdefault(doc[e - 1].text, e)
    if not surnames:
        return items
    covered = {i: k for k, (s, e, _) in enumerate(items) for i in range(s, e)}
    out = list(items)
    added = False
    for tok in doc:
        first = surnames.get(tok.text)
        if first is None or tok.i < first or tok.tag_ not in ("NNP", "NNPS"):
            continue
        prev = doc[tok.i - 1] if tok.i > 0 else None
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if (prev is not None and prev.is_title and not prev.is_sent_start and prev.lower_.rstrip(".") not in HONORIFICS
                and prev.lower_ not in _TITLE_HEADS) or (nxt is not None and nxt.is_title):
            continue  # part of a longer name ("Jobs Act", "Cook County")
        k = covered.get(tok.i)
        if k is None:
            out.append((tok.i, tok.i + 1, "PERSON"))
            added = True
        elif out[k][1] - out[k][0] == 1 and (out[k][2] in ("ORG", "NORP", "PRODUCT", "WORK_OF_ART") or (
                out[k][2] in ("GPE", "LOC", "FAC") and not gaz.country(tok.text))):
            out[k] = (tok.i, tok.i + 1, "PERSON")
    if added:
        out.sort()
    return out


def _split_headline_persons(doc: "Doc", items: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """In the title line, keep of a PERSON span the runs of words the body also writes in a
    person's name: "Blinken Meets Wang Yi" -> "Blinken", "Wang Yi"; "Joint Readout" -> nothing.
    A span right after an office word stays whole when the body does not name the person."""
    head_end = _headline_end(doc)
    if not head_end or not any(lab == "PERSON" and s < head_end for s, _, lab in items):
        return items
    body = {NICKNAMES.get(t.lower_, t.lower_) for s, e, lab in items if lab == "PERSON" and s >= head_end
            for t in doc[s:e]}
    out: list[tuple[int, int, str]] = []
    for s, e, lab in items:
        if lab != "PERSON" or s >= head_end:
            out.append((s, e, lab))
            continue
        runs: list[tuple[int, int, str]] = []
        i = s
        while i < e:
            if NICKNAMES.get(doc[i].lower_, doc[i].lower_) in body:
                j = i
                while j < e and (NICKNAMES.get(doc[j].lower_, doc[j].lower_) in body or doc[j].text == "-"):
                    j += 1
                runs.append((i, j, lab))
                i = j
            else:
                i += 1
        if runs:
            out.extend(runs)
        elif _after_title(doc, s, comma=False):
            out.append((s, e, lab))
    return out


def _fullness(name: str) -> tuple[int, int]:
    return (len(name.split()), len(name))


# Head nouns of named stretches of land and water: "Demilitarized Zone", "Taiwan Strait",
# "Donbas Region" are places even when the model calls them facilities or organisations.
_GEO_HEADS = frozenset({"zone", "peninsula", "sea", "strait", "straits", "gulf", "bay", "ocean", "corridor",
                        "region", "valley", "basin", "plateau", "desert", "archipelago", "coast", "channel"})


def _relabel(label: str, text: str, gaz: gazetteer.Gazetteer) -> str:
    """Fix labels the small statistical model gets wrong in news about states."""
    bare = _LEADING_THE.sub("", text)
    words = bare.split()
    if label in ("FAC", "ORG") and len(words) >= 2 and words[-1].lower() in _GEO_HEADS \
            and all(w[:1].isupper() for w in words):
        return "LOC"
    code = gaz.country(bare)
    if label in ("PERSON", "ORG", "LOC", "FAC", "NORP", "PRODUCT", "WORK_OF_ART") and code:
        if bare in gaz.abbreviations or gaz.names.get(bare.lower()) or gaz.capitals.get(bare.lower()):
            return "GPE" if not gaz.demonyms.get(bare.lower()) or gaz.names.get(bare.lower()) else "NORP"
        if gaz.demonyms.get(bare.lower()):
            return "NORP"
    if label == "PERSON" and gaz.organization(bare):
        return "ORG"
    if label == "PERSON" and bare.isupper() and len(bare.split()) == 1 and len(bare) <= 6:
        return "ORG"  # "NCG", "JCS": acronyms tagged as people
    return label


def extract_entities(doc: "Doc") -> tuple[Entity, ...]:
    """Group the Doc's named-entity mentions into canonical entities.

    Args:
        doc: A Doc from :func:`pipeline.nlp.process` or :func:`pipeline.nlp.pipe`.

    Returns:
        Entities in order of first mention, ids ``E1``, ``E2``, ...
    """
    gaz = gazetteer.load()
    persons: list[tuple[str, Span, int]] = []
    others: dict[tuple[str, str], _Group] = {}
    order = 0

    from spacy.tokens import Span as SpacySpan

    spans = [SpacySpan(doc, s, e, label=lab) for s, e, lab in _repair_spans(doc, gaz)]
    # Words the article also writes in lower case are common words, not names ("Readout",
    # "Implementing" in a Title Case headline).
    lower_words = {t.lower_ for t in doc if t.is_lower and t.is_alpha and not t.ent_type_
                   and not (t.i > 0 and doc[t.i - 1].text == "-")}
    article = article_of(doc)
    covered = {(e.start_char, e.end_char) for e in spans}
    # The dateline city ("SEOUL—") is a place even when the model misses it.
    if article is not None and article.dateline:
        dl = doc.text.find(article.dateline)
        if dl >= 0 and not any(s <= dl < e for s, e in covered):
            span = doc.char_span(dl, dl + len(article.dateline), label="GPE", alignment_mode="expand")
            if span is not None:
                spans.append(span)
    spans.sort(key=lambda s: s.start_char)

    for raw in spans:
        label = raw.label_
        if label not in LABELS:
            continue
        span = _clean_span(raw)
        if span is None:
            continue
        label = _relabel(label, span.text, gaz)
        if label == "PERSON":
            span = _person_tokens(span)
            if span is None:
                continue
            span = _extend_person(span)
            name = _person_name(span.text)
            if not any(c.isalpha() for c in name) or gaz.country(name) or not _looks_like_name(span, lower_words):
                continue
            persons.append((name, evidence(doc, span.start_char, span.end_char), order))
            order += 1
            continue
        text = _norm_name(span.text)
        bare = _LEADING_THE.sub("", text)
        if bare.lower().rstrip(".") in _SUFFIXES or (
            not bare.isupper() and all(w.lower() in OFFICE_WORDS for w in bare.split())
        ):
            continue  # "Jr." split off a name, "National Security Advisor" tagged as an ORG
        country: str | None = None
        name = bare
        if label in ("GPE", "NORP", "LOC", "FAC"):
            country = gaz.country(bare)
            if label == "GPE" and country and (gaz.names.get(bare.lower()) or bare in gaz.abbreviations
                                               or gaz.names.get(gazetteer._key(bare))):
                name = gaz.country_name(country) or bare
            elif label == "GPE" and bare.isupper() and len(bare) > 3 and bare not in gaz.abbreviations:
                name = bare.title()  # a dateline city written in capitals
                country = country or gaz.country(name)
        elif label == "ORG":
            org = gaz.organization(bare)
            name = org or bare
        if not name or not any(c.isalnum() for c in name):
            continue
        key = (label, country if label == "GPE" and name == gaz.country_name(country or "") else name.lower())
        group = others.get(key)
        if group is None:
            group = others[key] = _Group(label=label, name=name, country=country, first=order)
        group.mentions.append(evidence(doc, span.start_char, span.end_char))
        order += 1

    groups = _merge_acronyms(doc, list(others.values())) + _group_persons(persons)
    groups.sort(key=lambda g: (g.mentions[0].start, g.first))
    return tuple(
        Entity(id=f"E{i}", label=g.label, name=g.name, country=g.country,
               mentions=tuple(sorted(g.mentions, key=lambda s: (s.start, s.end))))
        for i, g in enumerate(groups, 1)
    )


_ACRONYM_SKIP = frozenset({"of", "and", "the", "for", "on", "in", "&", "-"})


def _acronym_definitions(doc: "Doc") -> list[tuple[str, int, int]]:
    """ "Nuclear Consultative Group (NCG)": acronym, and the doc char range of the long form it abbreviates.

    The long form is the run of words just before the parenthesis whose capitalised words' initials
    spell the acronym (function words such as "of" may sit inside it).
    """
    out = []
    text = doc.text
    if "(" not in text:
        return out
    for tok in doc:
        acr = tok.text
        if not (2 <= len(acr) <= 6 and acr.isupper() and acr.isalpha()) or tok.i < 2 or tok.i + 1 >= len(doc):
            continue
        if doc[tok.i - 1].text != "(" or doc[tok.i + 1].text != ")":
            continue
        letters = list(acr)
        j = tok.i - 2
        start = None
        while j >= 0 and letters:
            w = doc[j]
            if w.lower_ in _ACRONYM_SKIP and start is not None:
                j -= 1
                continue
            take = _initials_taken(w.text, letters) if w.is_alpha and w.text[0].isupper() else 0
            if not take:
                break
            del letters[-take:]
            start = j
            j -= 1
        if not letters and start is not None:
            out.append((acr, doc[start].idx, doc[tok.i - 2].idx + len(doc[tok.i - 2].text)))
    return out


def _initials_taken(word: str, letters: list[str]) -> int:
    """How many of the acronym's remaining last letters ``word`` accounts for: it must start with
    the first of them and contain the others in order ("Cybersecurity" gives C and S of CSA)."""
    upper = word.upper()
    for k in range(len(letters), 0, -1):
        cand = letters[-k:]
        if upper[0] != cand[0]:
            continue
        pos = 1
        for ch in cand[1:]:
            pos = upper.find(ch, pos) + 1
            if pos == 0:
                break
        else:
            return k
    return 0


def _merge_acronyms(doc: "Doc", groups: list[_Group]) -> list[_Group]:
    """One entity for a long form and its acronym ("Joint Chiefs of Staff" and "JCS"), named by the
    long form; an acronym the model found without its long form gets the long form as a mention."""
    defs = _acronym_definitions(doc)
    if not defs:
        return groups
    for acr, s, e in defs:
        short = next((g for g in groups if g.name == acr), None)
        if short is None:
            continue
        long_ev = evidence(doc, s, e)
        long = next((g for g in groups if g is not short and any(m.start <= long_ev.start and long_ev.end <= m.end
                                                                 for m in g.mentions)), None)
        if long is not None:
            long.mentions.extend(short.mentions)
            long.first = min(long.first, short.first)
            groups = [g for g in groups if g is not short]
        elif not any(m.start < long_ev.end and long_ev.start < m.end for g in groups for m in g.mentions):
            short.name = long_ev.text.replace("\n", " ")
            short.name = " ".join(short.name.split())
            short.mentions.append(long_ev)
    return groups


def _group_persons(persons: list[tuple[str, Span, int]]) -> list[_Group]:
    """Cluster person mentions: a shorter name joins a longer one that contains its tokens."""
    names = sorted({n for n, _, _ in persons}, key=_fullness, reverse=True)
    canonical: dict[str, str] = {}
    heads: list[tuple[str, frozenset[str]]] = []
    for name in names:
        toks = name_key(name)
        target = None
        for head, head_toks in heads:
            if toks and toks <= head_toks:
                if target is not None and target != head:
                    target = None  # ambiguous ("Kim" in two Kims): keep it apart
                    break
                target = head
        if target is None:
            heads.append((name, toks))
            canonical[name] = name
        else:
            canonical[name] = target
    groups: dict[str, _Group] = {}
    for name, span, order in persons:
        head = canonical[name]
        group = groups.get(head)
        if group is None:
            group = groups[head] = _Group(label="PERSON", name=head, country=None, first=order)
        group.mentions.append(span)
    return list(groups.values())


@dataclass(frozen=True)
class EntityIndex:
    """Find the entity behind a stretch of the Doc (for roles, quantities, quotes)."""

    entities: tuple[Entity, ...]
    _by_start: dict[int, tuple[Entity, Span]] = field(default_factory=dict, repr=False)

    @classmethod
    def build(cls, entities: Iterable[Entity]) -> "EntityIndex":
        entities = tuple(entities)
        by_start: dict[int, tuple[Entity, Span]] = {}
        for ent in entities:
            for m in ent.mentions:
                for pos in range(m.start, m.end):
                    by_start.setdefault(pos, (ent, m))
        return cls(entities, by_start)

    def at(self, start: int, end: int) -> Entity | None:
        """The entity with a mention overlapping the original range ``[start, end)``."""
        for pos in range(start, max(end, start + 1)):
            hit = self._by_start.get(pos)
            if hit:
                return hit[0]
        return None

    def for_doc_span(self, doc: "Doc", item: "SpacySpan | Token") -> Entity | None:
        """The entity overlapping a spaCy Span or Token of ``doc``."""
        if hasattr(item, "start_char"):
            s, e = item.start_char, item.end_char
        else:
            s, e = item.idx, item.idx + len(item.text)
        return self.at(*original_range(doc, s, e))

    def by_id(self, entity_id: str) -> Entity | None:
        for ent in self.entities:
            if ent.id == entity_id:
                return ent
        return None

    def person_named(self, name: str) -> Entity | None:
        """The PERSON entity whose name contains all tokens of ``name`` (unique), else None."""
        toks = name_key(name)
        if not toks:
            return None
        hits = [e for e in self.entities if e.label == "PERSON" and toks <= name_key(e.name)]
        return hits[0] if len(hits) == 1 else None

import json as _json
from . import gazetteer
# Regions and bodies of water news writes about; longest match wins over a demonym inside
# ("Korean Peninsula" is a LOC, not NORP + "Peninsula").
_REGIONS = (
    "Korean Peninsula", "South China Sea", "East China Sea", "Yellow Sea", "Sea of Japan", "East Sea",
    "Taiwan Strait", "Strait of Hormuz", "Persian Gulf", "Red Sea", "Black Sea", "Baltic Sea",
    "Mediterranean", "Mediterranean Sea", "Middle East", "Indo-Pacific", "Asia-Pacific", "Pacific Islands",
    "Pacific", "Atlantic", "Arctic", "Indian Ocean", "Pacific Ocean", "Atlantic Ocean", "Horn of Africa",
    "Sahel", "Balkans", "Caucasus", "Central Asia", "Southeast Asia", "East Asia", "Northeast Asia",
    "South Asia", "Europe", "Asia", "Africa", "Latin America", "North America", "South America",
    "Eastern Europe", "Western Europe", "Gulf of Aden", "Gulf of Oman", "Northern Limit Line",
)





# Organisations named "<country> Airlines", "Bank of <country>", ...: written forms around a
# country name, capital or demonym ({} is the place word).
_PLACE_ORGS = ("Air {}", "{} Airlines", "{} Airways", "{} Air Lines", "Bank of {}", "Central Bank of {}",
               "Reserve Bank of {}", "National Bank of {}")
_DEMONYM_ORGS = ("{} National Bank", "{} Central Bank", "{} Airlines", "{} Airways")
_AIRLINE_WORDS = ("Airlines", "Airways")


def _variants(name: str) -> set[str]:
    forms = {name}
    if "'" in name:
        forms.add(name.replace("'", "’"))
    if name.startswith("the "):
        forms.add(name[4:])
    return forms


def gazetteer_patterns() -> list[dict]:
    """EntityRuler patterns: token-exact, case-sensitive forms from the gazetteer tables."""
    gaz = gazetteer.load()
    import json
    from importlib import resources

    extra = json.loads(resources.files("pipeline.data").joinpath("countries_extra.json").read_text("utf-8"))
    patterns: list[dict] = []
    seen: set[tuple[str, str]] = set()

    def add(label: str, text: str) -> None:
        for form in _variants(text):
            if (label, form) not in seen and form.strip():
                seen.add((label, form))
                patterns.append({"label": label, "pattern": form})

    for code, name in gaz.canonical.items():
        add("GPE", name)
    for written in extra["names"]:
        add("GPE", written)
    for written in extra["capitals"]:
        add("GPE", written)
    for written, code in extra["demonyms"].items():
        if code and written not in ("U.S.",):
            add("NORP", written)
    for written in extra["organizations"]:
        add("ORG", written)
    for region in _REGIONS:
        add("LOC", region)
    places = [n for n in (*gaz.canonical.values(), *extra["names"], *extra["capitals"])
              if not n.startswith("the ")]
    for place in places:
        for form in _PLACE_ORGS:
            add("ORG", form.format(place))
    for demonym, code in extra["demonyms"].items():
        if code and demonym[:-1] not in extra["demonyms"]:  # not the plural "Koreans"
            for form in _DEMONYM_ORGS:
                add("ORG", form.format(demonym))
    # "China Eastern Airlines", "Thai Airways International": one title-case word between.
    singles = sorted({p for p in places if " " not in p} | {d for d in extra["demonyms"] if " " not in d})
    patterns.append({"label": "ORG", "pattern": [{"ORTH": {"IN": singles}}, {"IS_TITLE": True},
                                                  {"ORTH": {"IN": list(_AIRLINE_WORDS)}}]})
    return patterns



