"""Export records as pre-annotations for human review and as training data.

Every fact with evidence becomes a labelled character span over ``article.text``:

==========  ==========================================================================
label       span
==========  ==========================================================================
PERSON ...  each mention of an entity, labelled with the entity's label (PERSON, ORG,
            GPE, LOC, NORP, FAC, ...)
ROLE        a role's evidence ("Defence Minister Rustem Umerov")
QUANTITY    a quantity's evidence ("3,000 Polish soldiers")
TIMEX       a date's evidence (its type, DATE/DURATION/SET/TIME, is kept as metadata
            where the format has room; a separate label keeps them apart from the NER
            labels DATE and TIME)
QUOTE       a quote's evidence
EVENT_TYPE  an event's trigger word, e.g. EVENT_CONSULT (PLOVER category)
==========  ==========================================================================

Formats (``python -m pipeline export OUT --to FORMAT``):

- ``label-studio``: a JSON list of tasks ``{"data": {"text", ...}, "predictions": [{"result":
  [...]}]}`` whose results are ``labels`` regions, plus the labelling config
  (``<View><Labels>...``) to create the project with.
- ``doccano``: JSONL for sequence labelling, ``{"text": ..., "label": [[start, end, LABEL]]}``.
- ``spacy``: a :class:`spacy.tokens.DocBin` (``.spacy``) for ``spacy train``: ``doc.ents`` holds
  the entity mentions (overlaps resolved by :func:`spacy.util.filter_spans`), and
  ``doc.spans`` one group per kind (``entities``, ``roles``, ``quantities``, ``dates``,
  ``quotes``, ``events``) with every span. Tokens are split at every span boundary, so each
  span covers exactly its evidence.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import __version__
from .errors import PipelineError

FORMATS = ("label-studio", "doccano", "spacy")
_DEFAULT_NAMES = {"label-studio": "label_studio_tasks.json", "doccano": "doccano.jsonl", "spacy": "newsie.spacy"}
_CONFIG_NAME = "label_studio_config.xml"


@dataclass(frozen=True, slots=True)
class LabelledSpan:
    """One fact as a span: ``text[start:end]``, its label, which kind of fact, and its record id."""

    start: int
    end: int
    label: str
    kind: str
    ref: str
    text: str


def record_spans(record: dict[str, Any]) -> list[LabelledSpan]:
    """Every fact of a record with evidence, as labelled spans sorted by position.

    Raises:
        PipelineError: A span's text is not the article text at its offsets (a corrupt record).
    """
    text = record["article"].get("text")
    out: list[LabelledSpan] = []

    def add(span: dict[str, Any] | None, label: str, kind: str, ref: str) -> None:
        if not span:
            return
        s, e = span["start"], span["end"]
        if text is not None and text[s:e] != span["text"]:
            raise PipelineError(f"record {record['article']['id']}: {kind} {ref} span {s}-{e} does not match "
                                f"article.text; validate the file with `python -m pipeline validate`")
        out.append(LabelledSpan(s, e, label, kind, ref, span["text"]))

    for ent in record.get("entities", []):
        for m in ent.get("mentions", []):
            add(m, ent["label"], "entities", ent["id"])
    for role in record.get("roles", []):
        add(role.get("evidence"), "ROLE", "roles", role["id"])
    for q in record.get("quantities", []):
        add(q.get("evidence"), "QUANTITY", "quantities", q["id"])
    for d in record.get("dates", []):
        add(d.get("evidence"), "TIMEX", "dates", d["id"])
    for q in record.get("quotes", []):
        add(q.get("evidence"), "QUOTE", "quotes", q["id"])
    for ev in record.get("events", []):
        add(ev.get("trigger"), f"EVENT_{ev['type']}", "events", ev["id"])
    out.sort(key=lambda s: (s.start, -s.end, s.label))
    return out


def _model_version(record: dict[str, Any]) -> str:
    model = record.get("provenance", {}).get("model") or {}
    return f"newsie {record.get('provenance', {}).get('pipeline_version', __version__)} / " \
           f"{model.get('name', '?')} {model.get('version', '')}".strip()


def _meta(record: dict[str, Any], sp: LabelledSpan) -> dict[str, Any]:
    """What a reviewer needs to judge a span beyond its label (canonical name, value, role...)."""
    items = {x["id"]: x for x in record.get(sp.kind, [])}
    item = items.get(sp.ref, {})
    keys = {"entities": ("name", "country"), "roles": ("person_name", "role", "country", "organization", "status"),
            "quantities": ("value", "unit", "category", "currency"), "dates": ("type", "value"),
            "quotes": ("speaker_name", "cue"), "events": ("actor_name", "recipient_name", "date_value")}[sp.kind]
    return {"id": sp.ref, **{k: item.get(k) for k in keys if item.get(k) is not None}}


def label_studio_task(record: dict[str, Any]) -> dict[str, Any]:
    """One Label Studio task with the record's facts as a prediction."""
    art = record["article"]
    results = []
    for i, sp in enumerate(record_spans(record)):
        meta = _meta(record, sp)
        results.append({
            "id": f"{art['id']}-{i}", "from_name": "label", "to_name": "text", "type": "labels",
            "origin": "prediction",
            "value": {"start": sp.start, "end": sp.end, "text": sp.text, "labels": [sp.label]},
            "meta": {"text": [json.dumps(meta, ensure_ascii=False)]},
        })
    data = {"text": art["text"], "article_id": art["id"], "title": art.get("title"), "published": art.get("published"),
            "source": art.get("source"), "url": art.get("url")}
    return {"data": data, "predictions": [{"model_version": _model_version(record), "result": results}]}


def label_studio_config(labels: Iterable[str]) -> str:
    """The labelling config for the tasks: one Labels control over the text.

    Args:
        labels: The entity labels seen; every fact kind and every event type is added, so
            a reviewer can label what the pipeline missed.
    """
    from xml.sax.saxutils import quoteattr

    from .records import EVENT_TYPES

    vocab = sorted(set(labels) | {"ROLE", "QUANTITY", "TIMEX", "QUOTE"} | {f"EVENT_{t}" for t in EVENT_TYPES})
    lines = ['<View>', '  <Labels name="label" toName="text">']
    lines += [f"    <Label value={quoteattr(label)}/>" for label in vocab]
    lines += ['  </Labels>', '  <Text name="text" value="$text"/>', '</View>', '']
    return "\n".join(lines)


def doccano_line(record: dict[str, Any]) -> dict[str, Any]:
    """One doccano sequence-labelling line: the text and ``[[start, end, label], ...]``."""
    art = record["article"]
    return {"text": art["text"], "label": [[sp.start, sp.end, sp.label] for sp in record_spans(record)],
            "article_id": art["id"], "title": art.get("title")}


def spacy_doc(record: dict[str, Any], vocab=None):
    """A spaCy Doc of the record's text with its spans (see the module docstring).

    Args:
        record: A record with ``article.text``.
        vocab: The Vocab to build the Doc with (default: a blank English one).
    """
    import spacy
    from spacy.tokens import Doc, Span
    from spacy.util import filter_spans

    text = record["article"]["text"]
    spans = record_spans(record)
    tokenizer = spacy.blank("en").tokenizer if vocab is None else spacy.blank("en", vocab=vocab).tokenizer
    cuts = {c for sp in spans for c in (sp.start, sp.end)}
    words: list[str] = []
    spaces: list[bool] = []
    for tok in tokenizer(text):
        pieces = [tok.idx, *sorted(c for c in cuts if tok.idx < c < tok.idx + len(tok.text)), tok.idx + len(tok.text)]
        for k, (a, b) in enumerate(zip(pieces, pieces[1:])):
            words.append(text[a:b])
            spaces.append(bool(tok.whitespace_) and k == len(pieces) - 2)
    doc = Doc(tokenizer.vocab, words=words, spaces=spaces)
    assert doc.text == text, "tokens must rebuild the text exactly"
    groups: dict[str, list[Span]] = {k: [] for k in ("entities", "roles", "quantities", "dates", "quotes", "events")}
    for sp in spans:
        span = doc.char_span(sp.start, sp.end, label=sp.label, alignment_mode="strict")
        if span is not None:  # None only for a span of whitespace, which carries no fact
            groups[sp.kind].append(span)
    for kind, items in groups.items():
        doc.spans[kind] = items
    doc.ents = filter_spans(groups["entities"])
    doc.user_data["article_id"] = record["article"]["id"]
    return doc


def _with_text(records: Iterable[dict[str, Any]], skipped: list[int]) -> Iterator[dict[str, Any]]:
    for record in records:
        if record.get("article", {}).get("text") is None:
            skipped[0] += 1
            continue
        yield record


def default_output(records: str | Path, to: str) -> Path:
    """Where ``export`` writes by default: ``OUT/export/<usual name for the format>``."""
    base = Path(records)
    if not base.is_dir():
        base = base.parent
    return base / "export" / _DEFAULT_NAMES[to]


def export(records: str | Path, *, to: str, output: str | Path) -> tuple[int, int]:
    """Export a records file (or output folder) to ``output`` in format ``to``.

    Writes to a temporary file renamed into place; Label Studio also gets its labelling config
    beside the tasks (``label_studio_config.xml``).

    Returns:
        ``(articles exported, records skipped because they carry no article.text)``.

    Raises:
        PipelineError: Unknown format, unreadable records, or no record has ``article.text``.
    """
    from .recordio import read_records

    if to not in FORMATS:
        raise PipelineError(f"unknown export format {to!r}; choose from {', '.join(FORMATS)}")
    output = Path(output)
    skipped = [0]
    recs = _with_text(read_records(records), skipped)
    tmp = output.with_name(f".{output.name}.tmp")
    n = 0
    labels: set[str] = set()
    try:
        if to == "spacy":
            from spacy.tokens import DocBin

            db = DocBin(store_user_data=True)
            for record in recs:
                db.add(spacy_doc(record))
                n += 1
            db.to_disk(tmp)
        else:
            with tmp.open("w", encoding="utf-8") as fh:
                if to == "label-studio":
                    fh.write("[\n")
                for record in recs:
                    if to == "label-studio":
                        task = label_studio_task(record)
                        labels.update(r["value"]["labels"][0] for r in task["predictions"][0]["result"])
                        fh.write((",\n" if n else "") + json.dumps(task, ensure_ascii=False))
                    else:
                        fh.write(json.dumps(doccano_line(record), ensure_ascii=False) + "\n")
                    n += 1
                if to == "label-studio":
                    fh.write("\n]\n")
        if n == 0:
            raise PipelineError(f"{records}: no record to export" + (
                f" ({skipped[0]} records have no article.text: re-run them without --no-text)" if skipped[0] else ""))
        tmp.replace(output)
    finally:
        tmp.unlink(missing_ok=True)
    if to == "label-studio":
        (output.parent / _CONFIG_NAME).write_text(label_studio_config(labels), encoding="utf-8")
    return n, skipped[0]
