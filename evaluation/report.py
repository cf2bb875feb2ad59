"""docs/accuracy.md: targets, then the pipeline and the peer baselines per gold set; frozen
(held-out) sets in their own section."""

from __future__ import annotations

import platform
from datetime import date
from typing import Any

from pipeline import __version__

from .scorers.table import format_table

# (dataset kind, metric, what is compared, target). Statements-layout targets are those of the
# issues (held-out White House documents); applied to every gold directory.
TARGETS = (
    ("statements", "persons", "f1", 0.95),
    ("statements", "roles", "f1", 0.90),
    ("statements", "roles_status", "f1", 0.85),
    ("statements", "quantities_unit", "f1", 0.85),
    ("statements", "dates", "f1", 0.85),
    ("statements", "forces", "f1", 0.80),
    ("statements", "events_actor", "f1", 0.60),
    ("statements", "events_actor_recipient", "f1", 0.45),
    ("meantime", "dates_span", "value_accuracy", 0.85),
    ("meantime", "dates_span", "f1", 0.85),
    ("meantime", "quantities", "f1", 0.90),  # our own target: the issue sets none for MEANTIME quantities
)
GENRE_METRICS = ("persons", "roles", "roles_status", "events_actor", "events_actor_recipient")

TRUST = [
    "- The statements and the seed are development data: the rules were written while looking at their "
    "errors, so these scores are optimistic. A held-out set of the same kind is scored separately. To check "
    "generalisation we also keep tables of our own news sentences (other countries, offices, units, number "
    "forms) in tests/test_roles.py, tests/test_entities.py, tests/test_quantities.py and tests/test_forces.py; "
    "they were also used for development, so they are not a held-out measure either.",
    "- MEANTIME (Wikinews) was used to measure dates and entity mentions during development, but no rule "
    "names its texts; it is real news from outside the defence domain, so it is the closest thing here to "
    "unseen text.",
    "- The baseline's quantity unit is the head noun lemma, and 'dollar' etc. for MONEY entities; without "
    "money units its value+unit F1 on the statements is about 0.52.",
    "- Forces are few (9 in the statements); one missed force moves F1 by about 0.05.",
    "- The MEANTIME quantities row (span F1 against MEANTIME's VALUE annotations) has a target we set "
    "ourselves; MEANTIME's errors were looked at while writing quantity rules, so it is a development score "
    "too.",
    "- Events are hard to agree on: compare the event rows with the inter-annotator agreement, the practical "
    "ceiling, where it is reported.",
    "- Frozen sets are held out: nobody looks at their errors while writing rules, so they are the honest "
    "estimate of accuracy on unseen text.",
]


def slim(scores: dict[str, Any]) -> dict[str, Any]:
    """Scores without the per-document details (tables and JSON summaries)."""
    return {k: v for k, v in scores.items() if k not in ("per_document", "by_genre")}


def _label(res: dict[str, Any]) -> str:
    return res.get("name", "") + (" (frozen)" if res.get("frozen") else "")


def _num(x: float | None) -> str:
    return "–" if x is None else f"{x:.3f}"


def target_rows(results: list[dict[str, Any]]) -> list[str]:
    """The targets table: one row per (gold set, target metric)."""
    rows = ["| dataset | metric | target | pipeline | baseline | met |", "|---|---|---:|---:|---:|---|"]
    for res in results:
        for kind, metric, field, target in TARGETS:
            if res["kind"] != kind:
                continue
            p = (res["pipeline"].get(metric) or {}).get(field)
            b = (res.get("baseline", {}).get(metric) or {}).get(field)
            label = f"{metric} {field.replace('_', ' ')}"
            rows.append(f"| {_label(res)} | {label} | {target:.2f} | {_num(p)} | {_num(b)} | "
                        f"{'yes' if p is not None and p >= target else 'no'} |")
    return rows


def pooled_frozen_rows(results: list[dict[str, Any]]) -> list[str]:
    """The held-out summary: each target metric of the statements kind pooled over every frozen set.

    Counts are summed (micro-averaged) over the sets, so a large set weighs more than a small one;
    this is the single number closest to accuracy on unseen text of the same genres.
    """
    frozen = [r for r in results if r.get("frozen") and r["kind"] == "statements"]
    if not frozen:
        return []
    rows = [f"All {len(frozen)} frozen sets pooled ({sum(r['documents'] for r in frozen)} documents; "
            "true and false positives and misses summed over the sets):", "",
            "| metric | target | precision | recall | F1 | TP | FP | FN | met |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---|"]
    for kind, metric, field, target in TARGETS:
        if kind != "statements" or field != "f1":
            continue
        tp = fp = fn = 0
        for res in frozen:
            m = res["pipeline"].get(metric) or {}
            tp, fp, fn = tp + (m.get("tp") or 0), fp + (m.get("fp") or 0), fn + (m.get("fn") or 0)
        p = tp / (tp + fp) if tp + fp else None
        r = tp / (tp + fn) if tp + fn else None
        f = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else None
        rows.append(f"| {metric} | {target:.2f} | {_num(p)} | {_num(r)} | {_num(f)} | {tp} | {fp} | {fn} | "
                    f"{'yes' if f is not None and f >= target else 'no'} |")
    return rows + [""]


def genre_table(res: dict[str, Any]) -> list[str]:
    """F1 per genre (gold files that name their ``genre``), pipeline and baseline."""
    genres = res["pipeline"].get("by_genre") or {}
    if not genres:
        return []
    base = res.get("baseline", {}).get("by_genre") or {}
    lines = ["### F1 by genre (pipeline / baseline)", "",
             "| genre | " + " | ".join(GENRE_METRICS) + " |", "|---|" + "---:|" * len(GENRE_METRICS)]
    for genre, scores in genres.items():
        cells = [f"{_num(scores[m]['f1'])} / {_num((base.get(genre, {}).get(m) or {}).get('f1'))}"
                 for m in GENRE_METRICS]
        lines.append(f"| {genre} | " + " | ".join(cells) + " |")
    return lines + [""]


def _set_section(res: dict[str, Any], level: str = "##") -> list[str]:
    lines = ["", f"{level} {_label(res)} ({res['documents']} documents)", ""]
    lines += [format_table(slim(res["pipeline"]), title="pipeline"), ""]
    if "baseline" in res:
        lines += [format_table(slim(res["baseline"]), title="baseline"), ""]
    return lines + genre_table(res)


RECOGNIZERS_CONVENTIONS = (
    "Conventions of Recognizers-Text we do not follow: it returns every number (references and labels, "
    "ordinals, fractions and powers), resolves open and inclusive bounds (\"or more\", \"<=\") and pairs of "
    "bounds as intervals, treats durations and ages as numbers with units, and writes a date range as one "
    "(start,end,duration) value and a date without a year as XXXX; we report a quantity only with a counted "
    "noun, a unit or a currency, a range as one quantity with `high`, a bound as the number with its "
    "qualifier, durations and ages as dates, and TIMEX3 values resolved from the publication date (a range as "
    "its two ends). Results in those conventions are left out, each rule with its count below."
)


def recognizers_table(rec: dict[str, Any]) -> list[str]:
    """Pass rates per Recognizers-Text model: model | cases kept | passed | rate."""
    rows = ["| model | cases kept | passed | rate |", "|---|---:|---:|---:|"]
    for label, s in rec["models"].items():
        rows.append(f"| {label} | {s['kept']} | {s['passed']} | {_num(s['rate'])} |")
    a = rec["all"]
    rows.append(f"| all | {a['kept']} | {a['passed']} | {_num(a['rate'])} |")
    return rows


def recognizers_section(rec: dict[str, Any]) -> list[str]:
    """The Recognizers-Text section: the pass-rate table, the exclusion rules with counts, the
    conventions we do not follow."""
    from .readers.recognizers import EXCLUDED
    from .readers.recognizers_dates import CONVENTION_EXCLUSIONS, SELECTION_RULES

    dates_excluded = rec.get("dates_excluded") or {}
    lines = [
        "", "## Recognizers-Text (number, unit, range, date forms)", "",
        "Microsoft Recognizers-Text's English test cases (MIT, `shared/dev/recognizers`) used as a wide table of "
        "forms. Number, range, currency and dimension inputs run through the pipeline (the quantities of each "
        "input read as an article); date inputs through the TIMEX normaliser (`pipeline.dates.timex`, no model). "
        "A case passes when every result kept from it is found with its value (and upper end, currency or "
        "unit). Cases and rules: `evaluation/readers/recognizers.py` and `recognizers_dates.py`. These cases "
        "were used during development, so the rates are not a held-out measure.", "",
        *recognizers_table(rec), "",
        RECOGNIZERS_CONVENTIONS, "",
        "Number, range, currency and dimension results left out:", "",
    ]
    lines += [f"- {why} ({n}): {EXCLUDED.get(why, '')}" for why, n in rec.get("excluded", {}).items()]
    lines += ["", "Date results left out by the selection:", ""]
    lines += [f"- {why} ({n}): {SELECTION_RULES[why]}" for why, n in dates_excluded.items() if why in SELECTION_RULES]
    other = dates_excluded.get("convention differs", 0)
    lines += ["", f"Date results left out because their conventions differ from ours or they are not news style "
                  f"({other}; counted by rule when the table was made):", ""]
    lines += [f"- {rule} ({n})" for rule, n in CONVENTION_EXCLUSIONS]
    if dates_excluded.get("changed in the file"):
        lines += ["", f"{dates_excluded['changed in the file']} kept date cases are no longer in the file as listed."]
    return lines


def markdown(results: list[dict[str, Any]], *, model: str, iaa: list[dict[str, Any]] = (),
             recognizers: dict[str, Any] | None = None) -> str:
    """docs/accuracy.md: targets, trust notes, development sets, frozen sets, Recognizers-Text pass
    rates (when ``recognizers`` is given, as :func:`evaluation.readers.recognizers.score_recognizers`
    returns them), agreement."""
    lines = [
        "# Accuracy",
        "",
        f"Generated by `make eval` on {date.today().isoformat()} (pipeline {__version__}, model `{model}`, "
        f"Python {platform.python_version()}). The pipeline and the peer baselines run on the same texts in the "
        "same run: spaCy NER + dateparser on DATE entities + textacy's direct_quotations "
        "(`evaluation/baselines/plain.py`); roles from an office title next to the nearest PERSON and GPE "
        "(`evaluation/baselines/roles.py`); events from a verb lexicon on each sentence's ROOT verb with its "
        "subject and object entities (`evaluation/baselines/events.py`). Matching rules: the module docstrings of "
        "`evaluation/scorers/` and `evaluation/readers/meantime.py`.",
        "",
        "## Targets",
        "",
        *target_rows(results),
        "",
        *pooled_frozen_rows(results),
        "## How far to trust these numbers",
        "",
        *TRUST,
    ]
    for res in results:
        if not res.get("frozen"):
            lines += _set_section(res)
    frozen = [r for r in results if r.get("frozen")]
    if frozen:
        lines += ["", "## Frozen sets (held out)", "",
                  "Scored in every run, never used to write rules; their errors are not looked at."]
        for res in frozen:
            lines += _set_section(res, level="###")
    if recognizers:
        lines += recognizers_section(recognizers)
    if iaa:
        lines += ["", "## Inter-annotator agreement (events)", "",
                  "Annotator B scored against annotator A with the event scorer (the ceiling for the event rows)."]
        for item in iaa:
            lines += ["", format_table(slim(item["scores"]), title=item["label"])]
    return "\n".join(lines).rstrip() + "\n"
