"""Ingest stage: files and folders in, :class:`~pipeline.records.Article` values out.

Formats (one module each):

- ``.txt`` (:mod:`.txt`): first line the title when a blank line follows it; a leading
  ``CITY—`` / ``CITY -`` on the first body line is the dateline; optional front matter
  (``title:``, ``published:``, ``url:``, ``author:``). The id is derived from the content.
- ``.jsonl`` (:mod:`.jsonl`): one article per line: ``id`` and ``text`` (required), and
  optional ``title``, ``published``, ``source``, ``dateline``, ``country``, ``url``, ``author``.
- ``.csv`` / ``.parquet`` (:mod:`.tabular`): one article per row, columns chosen with
  ``--text-column/--id-column/--published-column/--title-column``.
- ``.html`` / ``.htm`` (:mod:`.html`): main text and metadata through trafilatura.
- folders: every file of those types below it, in sorted order.

The title rule, the same for every format: a known title is the first line of the article
text, followed by a blank line (put there when the input keeps it apart, as JSONL, CSV and
HTML do), and ``Article.title`` holds it; so the title is analysed once, as a headline.
Offsets point into the article text, which every record carries (``article.text``).

Bytes are decoded by :mod:`.decode` (UTF-8 first, then charset-normalizer; the encoding is
kept in ``Article.encoding``). ``published`` (``--published``) fills in every article without
its own date. Anything that cannot be read as an article becomes a :class:`Reject` naming the
input and the reason, and reading goes on. An article longer than ``max_chars`` characters
(default :data:`DEFAULT_MAX_CHARS`, spaCy's own ``nlp.max_length``) is rejected as ``too_long``
before it is parsed, so one oversized input cannot exhaust memory or stall a run.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import ColumnError, IngestError
from ..records import Article
from .base import DEFAULT_MAX_CHARS, Reject, check_published, content_id, too_long
from .decode import decode, decode_bytes, declared_charset
from .html import parse_html
from .jsonl import parse_jsonl_line, plain_utf8, read_jsonl, stream_jsonl
from .tabular import Columns, read_csv, read_parquet
from .txt import parse_txt, read_txt, split_front_matter

__all__ = [
    "DEFAULT_MAX_CHARS", "SUFFIXES", "Columns", "Reject", "check_published", "content_id", "decode", "decode_bytes",
    "count_inputs", "expand", "missing_inputs", "read_inputs_keyed", "source_key", "parse_html", "parse_jsonl_line", "parse_txt", "read_inputs", "read_txt",
    "split_front_matter", "too_long",
]

SUFFIXES = (".txt", ".jsonl", ".html", ".htm", ".csv", ".parquet")
_HTML = (".html", ".htm")
_MANY = (".jsonl", ".csv", ".parquet")  # many articles per file: the length limit applies per article
# UTF-8 and UTF-16 never need more than 4 bytes per character, so a file larger than this many
# bytes per allowed character is over the limit without reading it. HTML may carry up to 10x its
# visible text in markup.
_MAX_BYTES_PER_CHAR = 4
_HTML_MARKUP_FACTOR = 10


def expand(paths: Iterable[str | Path]) -> Iterator[tuple[str, Path | None, bool]]:
    """Expand folders into their files (sorted); yield ``(name as given, path, named)``.

    ``named`` is True for a file named directly, False for one found in a folder. A missing
    path yields ``(name, None, True)`` so the caller can reject it.
    """
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and f.suffix.lower() in SUFFIXES and not f.name.startswith("."):
                    yield str(f), f, False
        elif p.exists():
            yield str(raw), p, True
        else:
            yield str(raw), None, True


def missing_inputs(paths: Iterable[str | Path]) -> list[str]:
    """The inputs that name no existing file or folder."""
    return [str(p) for p in paths if not Path(p).exists()]


def read_inputs(paths: Iterable[str | Path], *, published: str | None = None,
                max_chars: int | None = DEFAULT_MAX_CHARS, columns: Columns | None = None) -> Iterator[Article | Reject]:
    """Read files and folders into Articles, yielding a Reject for anything unreadable.

    Args:
        paths: Files (.txt, .jsonl, .html, .csv, .parquet) and folders.
        published: Publication date (YYYY-MM-DD) for every article that has none of its own.
        max_chars: Longest article text accepted; longer ones are rejected as ``too_long``
            (None: no limit).
        columns: Which CSV/Parquet columns hold text, id, date and title (default: those names).

    Yields:
        Articles and Rejects, in input order.

    Raises:
        ColumnError: A CSV/Parquet file lacks a column the options name, or a file named
            directly lacks the text column. (A table found in a folder without the default
            text column is a Reject: folders may hold other tables.)
    """
    for item, _ in read_inputs_keyed(paths, published=published, max_chars=max_chars, columns=columns):
        yield item


def count_inputs(paths: Iterable[str | Path]) -> int | None:
    """About how many articles (and rejects) ``paths`` hold, cheaply, for a progress total:
    lines of JSONL and CSV files (a blank line or a quoted line break miscounts), Parquet row
    counts from the file footer, one per other file. None when a file cannot be counted."""
    total = 0
    try:
        for _name, path, _named in expand(paths):
            suffix = path.suffix.lower() if path is not None else ""
            if suffix in (".jsonl", ".csv"):
                with path.open("rb") as f:
                    n = sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 20), b""))
                total += max(n - (suffix == ".csv"), 0)
            elif suffix == ".parquet":
                import pyarrow.parquet as pq

                total += pq.ParquetFile(path).metadata.num_rows
            else:
                total += 1
    except Exception:  # noqa: BLE001 - a progress total is a nicety; reading reports the real error
        return None
    return total


def source_key(path: Path, root: Path) -> str:
    """The stable key of a file: its path below the input root, with forward slashes.

    The same file has the same key whatever the working directory or the spelling of the
    input (``corpus``, ``./corpus/``, ``/abs/corpus``; ``corpus/a.txt`` named alone is
    ``a.txt`` too), so a database can replace an edited file's rows.
    """
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:  # a symlink out of the root: its own resolved path is stable too
        return path.resolve().as_posix()


def read_inputs_keyed(paths: Iterable[str | Path], *, published: str | None = None,
                      max_chars: int | None = DEFAULT_MAX_CHARS,
                      columns: Columns | None = None) -> Iterator[tuple[Article | Reject, str | None]]:
    """:func:`read_inputs` with each article's stable source key (None for a Reject).

    The key names where an article comes from independently of its content: a file's path
    below its input root (:func:`source_key`), a JSONL/CSV/Parquet row's ``id``. Sinks use it to
    replace the rows of an edited source and to prune vanished ones (:mod:`pipeline.sinks`).
    """
    columns = columns or Columns()
    seen_ids: set[str] = set()
    for raw in paths:
        root = Path(raw) if Path(raw).is_dir() else Path(raw).parent
        for name, path, named in expand([raw]):
            for item in _read_one(name, path, named, published=published, max_chars=max_chars,
                                  columns=columns, seen_ids=seen_ids):
                if isinstance(item, Reject) or path is None:
                    yield item, None
                elif path.suffix.lower() in _MANY:
                    yield item, item.id
                else:
                    yield item, source_key(path, root)


def _read_one(name: str, path: Path | None, named: bool, *, published: str | None, max_chars: int | None,
              columns: Columns, seen_ids: set[str]) -> Iterator[Article | Reject]:
    """The articles (or the reject) of one file."""
    if path is None:
        yield Reject(input=name, reason="unreadable", message=f"{name}: no such file or folder")
        return
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        yield Reject(input=name, reason="unsupported_type",
                     message=f"{name}: unsupported file type {suffix or '(none)'}; use "
                             f"{', '.join(SUFFIXES[:-1])} or {SUFFIXES[-1]}")
        return
    if suffix == ".parquet":
        try:
            yield from read_parquet(path, name=name, columns=columns, seen=seen_ids, max_chars=max_chars,
                                    published=published)
        except IngestError as e:
            yield Reject(input=name, reason=e.reason, message=str(e))
        except ColumnError as e:
            if named or "text" in columns.explicit or e.column != columns.text:
                raise
            yield Reject(input=name, reason="missing_field", message=str(e))
        return
    if suffix == ".jsonl" and plain_utf8(path):
        # The common case, a UTF-8 corpus: line by line, never the whole file in memory.
        try:
            yield from stream_jsonl(path, name=name, seen=seen_ids, max_chars=max_chars, published=published)
        except OSError as e:
            yield Reject(input=name, reason="unreadable", message=f"{name}: cannot read ({e.strerror})")
        return
    markup = _HTML_MARKUP_FACTOR if suffix in _HTML else 1
    try:
        if max_chars is not None and suffix not in _MANY:
            size = path.stat().st_size
            if size > _MAX_BYTES_PER_CHAR * markup * max_chars + 4:
                # Certainly over the limit: reject without reading it into memory.
                raise too_long(size // _MAX_BYTES_PER_CHAR, max_chars, input=name, at_least=True)
        data = path.read_bytes()
    except OSError as e:
        yield Reject(input=name, reason="unreadable", message=f"{name}: cannot read ({e.strerror})")
        return
    except IngestError as e:
        yield Reject(input=name, reason=e.reason, message=str(e))
        return
    try:
        decoded = decode_bytes(data, input=name, declared=declared_charset(data) if suffix in _HTML else None)
        if max_chars is not None and suffix not in _MANY and len(decoded.text) > markup * max_chars:
            raise too_long(len(decoded.text), max_chars, input=name)
    except IngestError as e:
        yield Reject(input=name, reason=e.reason, message=str(e))
        return
    text, encoding = decoded.text, decoded.encoding
    if suffix == ".jsonl":
        yield from read_jsonl(text, name=name, seen=seen_ids, max_chars=max_chars, published=published,
                              encoding=encoding)
        return
    if suffix == ".csv":
        try:
            yield from read_csv(text, name=name, columns=columns, seen=seen_ids, max_chars=max_chars,
                                published=published, encoding=encoding)
        except ColumnError as e:
            if named or "text" in columns.explicit or e.column != columns.text:
                raise
            yield Reject(input=name, reason="missing_field", message=str(e))
        return
    yield from _one_article(text, suffix=suffix, name=name, seen=seen_ids, published=published,
                            encoding=encoding, max_chars=max_chars)


def _one_article(text: str, *, suffix: str, name: str, seen: set[str], published: str | None,
                 encoding: str | None, max_chars: int | None) -> Iterator[Article | Reject]:
    try:
        if suffix == ".txt":
            art = read_txt(text, source=name, published=published, encoding=encoding)
        else:
            art = parse_html(text, source=name, published=published, encoding=encoding)
        if max_chars is not None and len(art.text) > max_chars:
            raise too_long(len(art.text), max_chars, input=name)
    except IngestError as e:
        yield Reject(input=name, reason=e.reason, message=str(e))
        return
    except Exception as e:  # noqa: BLE001 - one unparseable file must not stop the run
        yield Reject(input=name, reason="unreadable", message=f"{name}: cannot parse ({type(e).__name__}: {e})")
        return
    if art.id in seen:
        yield Reject(input=name, reason="duplicate_id", article_id=art.id,
                     message=f"{name}: same content as an earlier input (id {art.id}); processed once")
        return
    seen.add(art.id)
    yield art
