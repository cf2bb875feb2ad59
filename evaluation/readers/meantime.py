"""Read the NewsReader MEANTIME corpus (English, intra-document annotation) and score records on it.

MEANTIME ships tokenised XML: ``<token t_id sentence number>`` elements, then ``<Markables>``
(``ENTITY_MENTION``, ``TIMEX3``, ``VALUE``... each anchored to tokens) and ``<Relations>``
(``REFERS_TO`` links a mention to an ``ENTITY`` carrying ``ent_type`` PER/ORG/LOC/PRO/FIN/MIX).

:func:`read_meantime` rebuilds a plain news text from the tokens: sentence 0 is the title;
sentences are separated by a blank line (the pipeline's text normaliser joins single line
breaks as soft wraps, and MEANTIME gives no paragraph breaks, so every sentence is kept as its
own block); tokens are joined with light detokenisation (no space before ``,`` ``.`` ``'s``
``)``..., none after ``(`` ``$``..., LaTeX-style quotes become curly quotes, and the ``#`` the
corpus stores for the pound sign before an amount becomes ``£`` again). Every token keeps its
character span, so gold spans are character offsets of the rebuilt text.

:func:`score_meantime` scores records produced from those texts (``article.id`` =
:attr:`MeantimeDoc.id`):

Only the annotated part of each article is scored (MEANTIME annotates the title, the date line
and the first four sentences; see :attr:`MeantimeDoc.annotated_end`).

* ``dates_span``: relaxed span F1 over gold TIMEX3 that are anchored to tokens (overlap,
  one-to-one), with TIMEX3 value and type accuracy on the matched pairs; ``dates``: overlap and
  the same value.
* ``entities`` and ``entities_PER``/``_ORG``/``_LOC``: relaxed mention F1 of record entity
  mentions against the gold *named* mentions (syntactic type NAM or PRE.NAM). spaCy labels are
  mapped PERSON->PER, ORG->ORG, GPE/LOC/FAC->LOC and NORP->LOC (MEANTIME annotates nationality
  words such as "British" or "European" as LOC pre-modifiers); other labels are not scored.
  A prediction that overlaps a gold mention of the same class that is not a plain name
  (a nominal, an apposition, an untyped span) or a mention not linked to any entity (class
  unknown) is neither right nor wrong.
* ``quantities``: relaxed span F1 (overlap, one-to-one) of record quantity evidence against gold
  ``VALUE`` spans, with ``type`` accuracy on the matched pairs (our category ``money`` ->
  MONEY, ``percent`` -> PERCENT, anything else -> QUANTITY); ``quantities_MONEY`` /
  ``_PERCENT`` / ``_QUANTITY`` split it by gold type (their recall is the per-type recall; a
  spurious prediction counts against the type its category maps to). ``per_document`` lists
  the missed gold values and spurious quantities of every article, for error analysis.

  How MEANTIME's VALUE maps onto our quantities. MEANTIME marks the *number* ("eliminate [789]
  dealerships", "[US$40 billion]", "[six percent]"), sometimes with a qualifier ("[about 500]",
  "[more than 7%]") or a measure word glued to it ("[500km]", "[340 points]"), but not the
  counted noun; our evidence is also the number (with its currency or percent sign), so spans
  overlap either way. MEANTIME annotates plain counts too ("[two] investment banks", "[14]
  plants"): in the annotated sentences practically every cardinal is either a VALUE, part of a
  TIMEX3 or part of a name ("Boeing 737", "Flight 447"), so our plain counts are scored as
  right or wrong like the rest, and a number inside a name or a date that we report is a false
  positive. The one place MEANTIME leaves a count out is a definite nominal mention ("between
  [the two companies]"): a count we report there (a QUANTITY right after "the"/"these"/"those"
  that begins a nominal mention) is neither right nor wrong. Index levels and point moves
  ("closing at 8,579.19", "fell 678 points") are QUANTITY in MEANTIME and measures for us.

  Gold VALUEs that are not required (a prediction overlapping one is neither right nor wrong):
  what our contract does not count, i.e. vague amounts with no number in them ("many",
  "thousands of", "billions of dollars", "the amount"), ordinals ("5th"), ages ("aged [55]",
  "at the age of [56]", "Barra, [51],") and durations ("[75] hours of video", which are dates
  for us); and a VALUE that contains other VALUEs ("AU$ 52.5 million (US$40.4 million)", "20 to
  25 percent" around "20" and "25 percent"), whose parts are scored instead. MEANTIME marks some
  ranges as one VALUE ("[between $12 million and $20 million]") where we report each end: a
  prediction that overlaps a gold value another prediction already matched is not counted.
  The other way round, a range we report as one quantity (with ``high``: "$3 billion to $5
  billion") where MEANTIME marks each end ("[$3 billion] to [$5 billion]") matches every gold
  value it overlaps: both ends count as matched, so a range is not penalised for being one
  quantity.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline import numbers as num
from pipeline.errors import PipelineError

from ..scorers.compare import evidence_span, spans_overlap
from ..scorers.matching import Counts, ItemScore, score_items

SENTENCE_SEPARATOR = "\n\n"
ANNOTATED_SENTENCES = 6
"""MEANTIME annotates sentences 0-5 of each article (later anchors extend the region)."""
NAMED_TYPES = frozenset({"NAM", "PRE.NAM"})
SCORED_CLASSES = ("PER", "ORG", "LOC")
SPACY_TO_MEANTIME = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "NORP": "LOC"}
"""spaCy entity label -> MEANTIME class (labels not listed are not scored)."""

_NO_SPACE_BEFORE = frozenset({",", ".", ":", ";", "?", "!", "%", ")", "]", "}", "'s", "'re", "'ve", "'ll", "'d",
                              "'m", "n't", "'", "''", "”", "’", "...", "'S"})
_NO_SPACE_AFTER = frozenset({"(", "[", "{", "$", "US$", "``", "“", "‘", "#", "£", "€", "¥"})
_QUOTES = {"``": "“", "''": "”"}
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
VALUE_TYPES = ("MONEY", "PERCENT", "QUANTITY")
CATEGORY_TO_VALUE = {"money": "MONEY", "percent": "PERCENT"}
"""Our quantity category -> MEANTIME VALUE type (any other category is QUANTITY)."""
_WORD = re.compile(r"[A-Za-z]+|\d[\d,.]*(?:st|nd|rd|th)?", re.IGNORECASE)
_ORDINAL_NUM = re.compile(r"^\d+(?:st|nd|rd|th)$", re.IGNORECASE)
_AGE_BEFORE = re.compile(r"\b(?:aged|ages?\s+of)\s*$", re.IGNORECASE)
_TIME_AFTER = re.compile(r"^\s*(?:years?|decades?|months?|weeks?|days?|hours?|minutes?|seconds?|centuries)\b",
                         re.IGNORECASE)
_DEFINITE = re.compile(r"^(?:the|these|those)\s+$", re.IGNORECASE)


class MeantimeError(PipelineError):
    """A MEANTIME file could not be read."""


@dataclass(frozen=True, slots=True)
class MeantimeTimex:
    """A gold TIMEX3 anchored to tokens: half-open character span of the rebuilt text."""

    type: str
    value: str | None
    start: int
    end: int
    text: str
    function: str | None = None


@dataclass(frozen=True, slots=True)
class MeantimeMention:
    """A gold entity mention: class (PER/ORG/LOC/PRO/FIN/MIX or None), span and syntactic type."""

    label: str | None
    start: int
    end: int
    text: str
    syntactic_type: str | None


@dataclass(frozen=True, slots=True)
class MeantimeValue:
    """A gold VALUE (``MONEY``, ``PERCENT`` or ``QUANTITY``): half-open character span of the rebuilt text."""

    type: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class MeantimeDoc:
    """One MEANTIME article rebuilt as text, with its gold annotation in character offsets.

    Attributes:
        id: The document name (file stem), e.g. ``"100911_Northrop_Grumman_..."``.
        text: Title, blank line, then one sentence per block.
        published: The document creation time as ``YYYY-MM-DD`` (None when absent).
        title: The first sentence.
        tokens: ``(start, end)`` of every token, in document order.
        annotated_end: End offset of the annotated part. MEANTIME annotates only the first
            sentences of each article (title, date line and four sentences: sentence indices
            0-5); scoring ignores predictions that start after this offset.
        timexes: Gold TIMEX3 with token anchors (the DCT too when it is written in the text).
        entities: Gold entity mentions.
        values: Gold VALUE spans (amounts of money, percentages, other quantities).
    """

    id: str
    text: str
    published: str | None
    title: str
    tokens: tuple[tuple[int, int], ...]
    annotated_end: int
    timexes: tuple[MeantimeTimex, ...]
    entities: tuple[MeantimeMention, ...]
    values: tuple[MeantimeValue, ...] = ()


def _rebuild(tokens: list[ET.Element]) -> tuple[str, dict[str, tuple[int, int]], list[tuple[int, int]]]:
    parts: list[str] = []
    pos = 0
    spans: dict[str, tuple[int, int]] = {}
    order: list[tuple[int, int]] = []
    sentence = None
    prev = None
    open_straight = False
    for k, tok in enumerate(tokens):
        raw = tok.text or ""
        word = _QUOTES.get(raw, raw)
        if raw == "#" and k + 1 < len(tokens) and (tokens[k + 1].text or "")[:1].isdigit():
            word = "£"  # the corpus stores the pound sign as "#" (the ISO 646-GB code point)
        if raw == '"':
            word = "“" if not open_straight else "”"
            open_straight = not open_straight
        sent = tok.get("sentence")
        if sentence is None:
            sep = ""
        elif sent != sentence:
            sep = SENTENCE_SEPARATOR
            open_straight = False
        elif raw in _NO_SPACE_BEFORE or word == "”" or prev in _NO_SPACE_AFTER or prev == "“":
            sep = ""
        else:
            sep = " "
        sentence = sent
        parts.append(sep)
        pos += len(sep)
        spans[tok.get("t_id")] = (pos, pos + len(word))
        order.append((pos, pos + len(word)))
        parts.append(word)
        pos += len(word)
        prev = word
    return "".join(parts), spans, order


def read_meantime_file(path: Path) -> MeantimeDoc:
    """Read one MEANTIME XML file.

    Raises:
        MeantimeError: The file is not MEANTIME XML.
    """
    path = Path(path)
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as e:
        raise MeantimeError(f"{path}: {e}") from e
    tokens = list(root.iter("token"))
    if not tokens:
        raise MeantimeError(f"{path}: no tokens")
    text, spans, order = _rebuild(tokens)
    first_sentence = tokens[0].get("sentence")
    title_end = max(spans[t.get("t_id")][1] for t in tokens if t.get("sentence") == first_sentence)
    sentence_of = {t.get("t_id"): int(t.get("sentence") or 0) for t in tokens}
    anchored = [sentence_of[a.get("t_id")] for a in root.iter("token_anchor") if a.get("t_id") in sentence_of]
    last_sentence = max([ANNOTATED_SENTENCES - 1 + int(first_sentence or 0), *anchored])
    annotated_end = max(spans[t.get("t_id")][1] for t in tokens if sentence_of[t.get("t_id")] <= last_sentence)

    markables = root.find("Markables")
    items = list(markables) if markables is not None else []
    by_id = {e.get("m_id"): e for e in items}
    mention_class: dict[str, str] = {}
    relations = root.find("Relations")
    for rel in (relations if relations is not None else ()):
        if rel.tag != "REFERS_TO":
            continue
        target = rel.find("target")
        ent = by_id.get(target.get("m_id")) if target is not None else None
        if ent is None or not ent.get("ent_type"):
            continue
        for src in rel.findall("source"):
            mention_class[src.get("m_id")] = ent.get("ent_type")

    def char_span(el: ET.Element) -> tuple[int, int] | None:
        anchored = [spans[a.get("t_id")] for a in el.findall("token_anchor") if a.get("t_id") in spans]
        if not anchored:
            return None
        return min(s for s, _ in anchored), max(e for _, e in anchored)

    published = None
    timexes: list[MeantimeTimex] = []
    mentions: list[MeantimeMention] = []
    values: list[MeantimeValue] = []
    value_spans: set[tuple[int, int]] = set()
    for el in items:
        if el.tag == "TIMEX3":
            if el.get("functionInDocument") == "CREATION_TIME" and _DATE.match(el.get("value") or ""):
                published = el.get("value")[:10]
            span = char_span(el)
            if span:
                timexes.append(MeantimeTimex(
                    type=el.get("type") or "DATE", value=el.get("value") or None, start=span[0], end=span[1],
                    text=text[span[0]:span[1]], function=el.get("functionInDocument"),
                ))
        elif el.tag == "ENTITY_MENTION":
            span = char_span(el)
            if span:
                mentions.append(MeantimeMention(
                    label=mention_class.get(el.get("m_id")), start=span[0], end=span[1],
                    text=text[span[0]:span[1]], syntactic_type=el.get("syntactic_type"),
                ))
        elif el.tag == "VALUE":
            span = char_span(el)
            if span:
                if span in value_spans:
                    continue  # the same words annotated twice (once per type, or as a duplicate)
                value_spans.add(span)
                values.append(MeantimeValue(type=el.get("type") or "QUANTITY", start=span[0], end=span[1],
                                         text=text[span[0]:span[1]]))
    doc_id = root.get("doc_name") or path.stem
    return MeantimeDoc(
        id=doc_id,
        text=text,
        published=published,
        title=text[:title_end],
        tokens=tuple(order),
        annotated_end=annotated_end,
        timexes=tuple(sorted(timexes, key=lambda t: (t.start, t.end))),
        entities=tuple(sorted(mentions, key=lambda m: (m.start, m.end))),
        values=tuple(sorted(values, key=lambda v: (v.start, v.end))),
    )


def read_meantime(directory: Path) -> list[MeantimeDoc]:
    """Read every ``*.xml`` under ``directory`` (recursively), sorted by path."""
    return [read_meantime_file(p) for p in sorted(Path(directory).rglob("*.xml"))]


def has_number(text: str) -> bool:
    """True when a gold VALUE states a number: a cardinal numeral or number word ("[about 500]",
    "[four billion]"), not only a vague amount ("many", "thousands of") or an ordinal ("5th")."""
    for w in _WORD.findall(text):
        if w[0].isdigit():
            if not _ORDINAL_NUM.match(w):
                return True
        elif num.is_number_word(w):
            return True
    return False


def _is_age(doc: MeantimeDoc, v: MeantimeValue) -> bool:
    """"aged 55", "at the age of 56", "Barra, 51," (after a person's name)."""
    before = doc.text[max(0, v.start - 12):v.start]
    if _AGE_BEFORE.search(before):
        return True
    if before.endswith(", ") and doc.text[v.end:v.end + 1] == "," and v.text.isdigit():
        return any(m.label == "PER" and m.end == v.start - 2 for m in doc.entities)
    return False


def split_values(values: Iterable[MeantimeValue], doc: MeantimeDoc | None = None,
                 ) -> tuple[list[MeantimeValue], list[MeantimeValue]]:
    """(required, not required) gold VALUEs under the rules of the module docstring (ages and
    durations are recognised only when ``doc`` is given)."""
    values = list(values)
    required: list[MeantimeValue] = []
    other: list[MeantimeValue] = []
    for v in values:
        container = any(o is not v and v.start <= o.start and o.end <= v.end for o in values)
        ours = has_number(v.text) and not (doc is not None and (
            _is_age(doc, v) or (v.type == "QUANTITY" and _TIME_AFTER.match(doc.text[v.end:v.end + 12]))))
        (other if container or not ours else required).append(v)
    return required, other


def _definite_count(doc: MeantimeDoc, span: tuple[int, int]) -> bool:
    """A count inside a definite nominal mention ("between [the two companies]"), which MEANTIME
    does not mark as a VALUE."""
    return any(m.syntactic_type not in NAMED_TYPES and m.start < span[0] < m.end
               and _DEFINITE.match(doc.text[m.start:span[0]]) for m in doc.entities)


def _value_type(category: str | None) -> str:
    return CATEGORY_TO_VALUE.get(category or "", "QUANTITY")


def _match_range_ends(res: ItemScore, pred: list[dict]) -> None:
    """Count a missed gold value as matched when a range prediction (one with ``high``) overlaps it.

    One-to-one matching gives a range one gold end; MEANTIME marks each end of "$3 billion to $5
    billion" as its own VALUE, and our one quantity stands for both.
    """
    ranges = [p for p in pred if p.get("high") is not None]
    still_missed = []
    for g in res.missed:
        p = next((p for p in ranges if spans_overlap(g["span"], p["span"])), None)
        if p is None:
            still_missed.append(g)
        else:
            res.pairs.append((g, p))
            res.counts.tp += 1
            res.counts.fn -= 1
    res.missed[:] = still_missed


def _score_quantities(record: dict, doc: MeantimeDoc) -> tuple[dict[str, Counts], dict[str, Any]]:
    gold_all = [v for v in doc.values if v.start < doc.annotated_end]
    required, other = split_values(gold_all, doc)
    gold = [{"span": (v.start, v.end), "type": v.type, "text": v.text} for v in required]
    pred = [{"span": evidence_span(q.get("evidence")), "type": _value_type(q.get("category")),
             "text": (q.get("evidence") or {}).get("text"), "value": q.get("value"), "unit": q.get("unit"),
             "category": q.get("category"), "currency": q.get("currency"), "high": q.get("high")}
            for q in record.get("quantities", ())]
    pred = [p for p in pred if p["span"] and p["span"][0] < doc.annotated_end]
    # A prediction overlapping a gold value that another prediction matched is the other end of
    # a range MEANTIME marks as one value ("[between $12 million and $20 million]").
    res = score_items(gold, pred, lambda g, p: spans_overlap(g["span"], p["span"]),
                      excused=lambda p: any(spans_overlap((v.start, v.end), p["span"]) for v in gold_all)
                      or (p["type"] == "QUANTITY" and _definite_count(doc, p["span"])))
    _match_range_ends(res, pred)
    out = {"quantities": res.counts}
    for g, p in res.pairs:
        res.counts.tally("type", g["type"] == p["type"])
    for t in VALUE_TYPES:
        out[f"quantities_{t}"] = Counts(tp=sum(g["type"] == t for g, _ in res.pairs),
                                        fp=sum(p["type"] == t for p in res.spurious),
                                        fn=sum(g["type"] == t for g in res.missed))
    detail = {
        "tp": res.counts.tp, "fp": res.counts.fp, "fn": res.counts.fn,
        "missed": [{"type": g["type"], "text": g["text"], "start": g["span"][0]} for g in res.missed],
        "spurious": [{k: p[k] for k in ("text", "value", "unit", "category", "currency")} | {"start": p["span"][0]}
                     for p in res.spurious],
        "matched": [{"gold": g["text"], "type": g["type"]} | {k: p[k] for k in ("text", "value", "unit", "category",
                                                                                "currency")}
                    for g, p in res.pairs],
    }
    return out, detail


def score_meantime(records: Iterable[dict], docs: Iterable[MeantimeDoc]) -> dict[str, Any]:
    """Score records against MEANTIME gold (rules in the module docstring).

    Records are matched to documents by ``article.id`` (or the base name of ``article.source``).

    Returns:
        ``{metric: {"precision", "recall", "f1", "tp", "fp", "fn", ...accuracies}}`` for
        ``dates``, ``dates_span``, ``entities``, ``entities_PER``/``_ORG``/``_LOC``, ``quantities``
        and ``quantities_MONEY``/``_PERCENT``/``_QUANTITY``, plus ``documents``, ``missing``
        (documents without a record) and ``per_document`` (per document id: the ``quantities``
        counts, ``missed`` gold values, ``spurious`` and ``matched`` predictions).
    """
    by_id = {d.id: d for d in docs}
    metrics = ["dates", "dates_span", "entities", *(f"entities_{c}" for c in SCORED_CLASSES),
               "quantities", *(f"quantities_{t}" for t in VALUE_TYPES)]
    per_doc: dict[str, Any] = {}
    totals = {m: Counts() for m in metrics}
    seen: set[str] = set()
    for record in records:
        art = record.get("article") or {}
        keys = [art.get("id"), Path(str(art.get("source") or "")).stem]
        doc = next((by_id[k] for k in keys if k in by_id), None)
        if doc is None:
            continue
        seen.add(doc.id)

        gold_t = [{"span": (t.start, t.end), "value": t.value, "type": t.type} for t in doc.timexes]
        pred_t = [dict(d, span=evidence_span(d.get("evidence"))) for d in record.get("dates", ())]
        pred_t = [p for p in pred_t if p["span"] and p["span"][0] < doc.annotated_end]
        res = score_items(gold_t, pred_t, lambda g, p: spans_overlap(g["span"], p["span"]))
        for g, p in res.pairs:
            res.counts.tally("value", (g["value"] or "").upper() == str(p.get("value") or "").upper())
            res.counts.tally("type", g["type"] == p.get("type"))
        totals["dates_span"].add(res.counts)
        res = score_items(gold_t, pred_t, lambda g, p: spans_overlap(g["span"], p["span"])
                     and (g["value"] or "").upper() == str(p.get("value") or "").upper())
        totals["dates"].add(res.counts)

        preds = [
            {"label": SPACY_TO_MEANTIME[e["label"]], "span": evidence_span(m)}
            for e in record.get("entities", ()) if e.get("label") in SPACY_TO_MEANTIME
            for m in e.get("mentions", ())
            if evidence_span(m) and evidence_span(m)[0] < doc.annotated_end
        ]
        for cls in (None, *SCORED_CLASSES):
            wanted = SCORED_CLASSES if cls is None else (cls,)
            gold = [{"label": m.label, "span": (m.start, m.end)} for m in doc.entities
                    if m.label in wanted and m.syntactic_type in NAMED_TYPES]
            # Nominal, appositive and unlinked (label None) mentions excuse an overlapping guess.
            other = [(m.label, (m.start, m.end)) for m in doc.entities
                     if m.label is None or (m.label in wanted and m.syntactic_type not in NAMED_TYPES)]
            pred = [p for p in preds if p["label"] in wanted]
            res = score_items(gold, pred, lambda g, p: g["label"] == p["label"] and spans_overlap(g["span"], p["span"]),
                         excused=lambda p, other=other: any(
                             (lab is None or lab == p["label"]) and spans_overlap(sp, p["span"]) for lab, sp in other))
            totals["entities" if cls is None else f"entities_{cls}"].add(res.counts)

        counts, per_doc[doc.id] = _score_quantities(record, doc)
        for m, c in counts.items():
            totals[m].add(c)
    out: dict[str, Any] = {m: totals[m].as_dict() for m in metrics}
    out["documents"] = len(seen)
    out["missing"] = sorted(set(by_id) - seen)
    out["per_document"] = per_doc
    return out
