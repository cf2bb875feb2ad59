"""Entities stage: named things, canonical names, ISO3 countries, mentions grouped per entity.

Input is a processed Doc (spaCy NER plus the project's gazetteer ruler). Output is one
:class:`~pipeline.records.Entity` per distinct thing, its mentions in text order:

- countries, capitals and demonyms get ISO 3166-1 alpha-3 codes from :mod:`pipeline.gazetteer`;
  "US", "U.S." and "the United States" are one entity named "United States";
- people: a surname-only mention ("Hegseth", "Mr. Suh") joins the full-name entity it is part
  of ("Pete Hegseth", "Suh Hoon"); the canonical name is the fullest form written;
- honorifics and office words the model sometimes swallows ("President Biden") are trimmed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from . import gazetteer
from .nlp import article_of, evidence, original_range
from .records import Entity, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

LABELS = frozenset({"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"})

HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "madam", "gen", "adm",
                        "col", "lt", "sgt", "capt", "maj", "rep", "sen", "gov", "amb", "hon", "prof", "rev"})
# Office words the statistical NER sometimes includes at the start of a PERSON span.
OFFICE_WORDS = frozenset({
    "president", "vice", "prime", "minister", "secretary", "general", "deputy", "chancellor", "premier",
    "ambassador", "spokesperson", "spokesman", "spokeswoman", "advisor", "adviser", "director", "chairman",
    "chair", "chief", "commander", "admiral", "senator", "congressman", "congresswoman", "governor", "king",
    "queen", "prince", "princess", "emperor", "pope", "defence", "defense", "foreign", "national", "security",
    "press", "state", "leader", "speaker", "mayor", "marshal", "colonel", "lieutenant", "captain", "major",
    "sergeant", "representative", "envoy", "supreme", "nsc", "u.s.", "us", "uk",
})
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
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


def _name_tokens(name: str) -> list[str]:
    return [t for t in re.split(r"[\s,]+", name.lower()) if t and t.rstrip(".") not in _SUFFIXES and len(t.rstrip(".")) > 1]


def _fullness(name: str) -> tuple[int, int]:
    return (len(name.split()), len(name))


def _relabel(label: str, text: str, gaz: gazetteer.Gazetteer) -> str:
    """Fix labels the small statistical model gets wrong in news about states."""
    bare = _LEADING_THE.sub("", text)
    code = gaz.country(bare)
    if label in ("PERSON", "ORG", "LOC", "FAC", "NORP", "PRODUCT", "WORK_OF_ART") and code:
        if bare in gaz.abbreviations or gaz.names.get(bare.lower()) or gaz.capitals.get(bare.lower()):
            return "GPE" if not gaz.demonyms.get(bare.lower()) or gaz.names.get(bare.lower()) else "NORP"
        if gaz.demonyms.get(bare.lower()):
            return "NORP"
    if label == "PERSON" and gaz.organization(bare):
        return "ORG"
    if label == "PERSON" and bare.isupper() and len(bare.split()) == 1 and len(bare) <= 6:
        return "ORG"  # "SCM", "NCG": acronyms tagged as people
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

    spans = list(doc.ents)
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
            name = _norm_name(span.text).replace(", Jr", " Jr").replace(", Sr", " Sr")
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

    groups = list(others.values()) + _group_persons(persons)
    groups.sort(key=lambda g: (g.mentions[0].start, g.first))
    return tuple(
        Entity(id=f"E{i}", label=g.label, name=g.name, country=g.country,
               mentions=tuple(sorted(g.mentions, key=lambda s: (s.start, s.end))))
        for i, g in enumerate(groups, 1)
    )


def _group_persons(persons: list[tuple[str, Span, int]]) -> list[_Group]:
    """Cluster person mentions: a shorter name joins a longer one that contains its tokens."""
    names = sorted({n for n, _, _ in persons}, key=_fullness, reverse=True)
    canonical: dict[str, str] = {}
    heads: list[tuple[str, set[str]]] = []
    for name in names:
        toks = set(_name_tokens(name))
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
        toks = set(_name_tokens(name))
        if not toks:
            return None
        hits = [e for e in self.entities if e.label == "PERSON" and toks <= set(_name_tokens(e.name))]
        return hits[0] if len(hits) == 1 else None
