"""``python -m evaluation {score,iaa} ...`` (``python -m pipeline eval`` delegates to ``score``).

* ``score``: run the pipeline (and the peer baselines) on gold-annotated texts, score both in
  the same run, print the tables, and optionally write JSON and Markdown (``make eval``
  regenerates docs/accuracy.md). ``--gold DIR`` and ``--frozen DIR`` may each be repeated; a
  frozen set is reported in its own section. ``--recognizers DIR`` also reports the pass rate on
  the Microsoft Recognizers-Text cases in our conventions (:mod:`evaluation.readers.recognizers`).
* ``iaa``: inter-annotator agreement on events, annotation B scored against annotation A.

Run from a checkout of the repository: the ``evaluation`` package is not part of the installed
``pipeline`` wheel.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from pipeline.errors import ConfigError, PipelineError


def add_score_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``score`` (also those of ``python -m pipeline eval``)."""
    parser.add_argument("inputs", nargs="*", metavar="INPUT", help="files or folders to run (default: the gold folder)")
    parser.add_argument("--gold", action="append", default=[], metavar="DIR",
                        help="folder of gold annotations (NN_*.txt + NN_*.gold.json, or MEANTIME XML); repeatable")
    parser.add_argument("--frozen", action="append", default=[], metavar="DIR",
                        help="a held-out gold folder, reported in its own section; repeatable")
    parser.add_argument("--model", metavar="NAME")
    parser.add_argument("--json", dest="json_out", metavar="FILE", help="also write the scores as JSON")
    parser.add_argument("--baseline", action="store_true", help="also score the peer baselines")
    parser.add_argument("--markdown", metavar="FILE", help="also write the tables as Markdown (docs/accuracy.md)")
    parser.add_argument("--recognizers", metavar="DIR",
                        help="also report the pass rate on the Recognizers-Text cases in DIR (shared/dev/recognizers)")
    parser.add_argument("--iaa", nargs=2, action="append", default=[], metavar=("A", "B"),
                        help="also report events agreement of annotation B with annotation A (files or folders)")


def build_parser() -> argparse.ArgumentParser:
    """The ``python -m evaluation`` argument parser."""
    parser = argparse.ArgumentParser(
        prog="python -m evaluation",
        description="Score the newsie pipeline and its peer baselines against gold annotations (run from a "
                    "checkout of the repository).")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    score = sub.add_parser("score", help="score the pipeline (and baselines) against gold folders",
                           description="Run the pipeline on the texts of each gold folder and print "
                                       "precision/recall/F1 per record type.")
    add_score_arguments(score)
    iaa = sub.add_parser("iaa", help="inter-annotator agreement on events",
                         description="Score events annotation B against annotation A (two JSON files holding "
                                     "lists of events, or two folders of them paired by file name).")
    iaa.add_argument("a", metavar="A", help="annotation A (file or folder)")
    iaa.add_argument("b", metavar="B", help="annotation B (file or folder)")
    iaa.add_argument("--json", dest="json_out", metavar="FILE", help="also write the scores as JSON")
    return parser


def _iaa_results(pairs: list[list[str]]) -> list[dict[str, Any]]:
    from .iaa import score_agreement

    return [{"label": f"{Path(a).name} vs {Path(b).name}", "a": a, "b": b, "scores": score_agreement(Path(a), Path(b))}
            for a, b in pairs]


def _recognizers_result(folder: str, model: str | None) -> dict[str, Any]:
    """Pass rates on the Recognizers-Text cases in ``folder`` (printed as a table).

    Raises:
        ConfigError: ``folder`` is not a folder.
    """
    from pipeline import nlp as N

    from .readers.recognizers import score_recognizers
    from .report import recognizers_table

    if not Path(folder).is_dir():
        raise ConfigError(f"--recognizers {folder}: not a folder")
    result = score_recognizers(Path(folder), N.load(model))
    result.pop("failures")
    result["folder"] = folder
    print(f"Recognizers-Text on {folder}")
    print("\n".join(recognizers_table(result)))
    print()
    return result


def run_score(args: argparse.Namespace) -> int:
    """``score``: evaluate every ``--gold`` and ``--frozen`` folder (and the ``--recognizers``
    cases); returns the exit status.

    Raises:
        ConfigError: No gold folder or Recognizers folder, or one that is not a folder.
    """
    from pipeline.nlp import model_name

    from .report import markdown, slim, target_rows
    from .run import evaluate_folder
    from .scorers.table import format_table

    sets = [(g, False) for g in getattr(args, "gold", None) or ()] + \
           [(g, True) for g in getattr(args, "frozen", None) or ()]
    recognizers_dir = getattr(args, "recognizers", None)
    if not sets and not recognizers_dir:
        raise ConfigError("give at least one --gold DIR (or --frozen DIR, or --recognizers DIR)")
    results = []
    for gold, frozen in sets:
        folder = Path(gold)
        if not folder.is_dir():
            raise ConfigError(f"--{'frozen' if frozen else 'gold'} {gold}: not a folder")
        res = evaluate_folder(folder, list(getattr(args, "inputs", None) or ()), model=args.model,
                              baseline=args.baseline, frozen=frozen)
        results.append(res)
        tag = " (frozen)" if frozen else ""
        print(format_table(slim(res["pipeline"]), title=f"pipeline on {folder}{tag}"))
        if "baseline" in res:
            print()
            print(format_table(slim(res["baseline"]), title=f"baseline on {folder}{tag}"))
        print()
    iaa = _iaa_results(getattr(args, "iaa", None) or [])
    for item in iaa:
        print(format_table(slim(item["scores"]), title=f"agreement {item['label']}"))
        print()
    recognizers = _recognizers_result(recognizers_dir, args.model) if recognizers_dir else None
    if results:
        print("\n".join(target_rows(results)))
    if args.json_out:
        extra = ([{"iaa": iaa}] if iaa else []) + ([{"recognizers": recognizers}] if recognizers else [])
        Path(args.json_out).write_text(json.dumps(results + extra, indent=2, ensure_ascii=False, default=str) + "\n",
                                       encoding="utf-8")
    if args.markdown:
        Path(args.markdown).write_text(markdown(results, model=model_name(args.model), iaa=iaa,
                                                recognizers=recognizers), encoding="utf-8")
        print(f"wrote {args.markdown}", file=sys.stderr)
    return 0


def run_iaa(args: argparse.Namespace) -> int:
    """``iaa``: print (and optionally write) the agreement of B with A."""
    from .report import slim
    from .scorers.table import format_table

    item = _iaa_results([[args.a, args.b]])[0]
    print(format_table(slim(item["scores"]), title=f"agreement {item['label']}"))
    if item["scores"]["unpaired"]:
        print(f"unpaired files: {', '.join(item['scores']['unpaired'])}", file=sys.stderr)
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(item, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the exit status."""
    args = build_parser().parse_args(argv)
    try:
        return run_score(args) if args.command == "score" else run_iaa(args)
    except PipelineError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
