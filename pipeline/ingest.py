"""Ingest stage: files and folders in, :class:`~pipeline.records.Article` values out.

Formats:
- ``.txt``: first line the title when a blank line follows it; a leading ``CITY—`` or
  ``CITY -`` on the first body line is the dateline; the id is derived from the content
  (first 16 hex digits of its SHA-256), so the same text always gets the same id.
- ``.jsonl``: one article per line: ``id`` (required), ``text`` (required), and optional
  ``title``, ``published`` (YYYY-MM-DD), ``source``, ``dateline``, ``country`` (ISO3 of the
  publisher's home country, used for officials whose country the text leaves implicit).
- ``.html`` / ``.htm``: visible text (scripts and styles dropped), ``<title>`` as title.
- folders: every file of those types below it, in sorted order.

The article text is kept exactly as decoded (a UTF-8 byte-order mark is dropped); all offsets
point into it. Anything that cannot be read as an article becomes a :class:`Reject` naming the
input and the reason, and reading goes on. An article longer than ``max_chars`` characters
(default :data:`DEFAULT_MAX_CHARS`, spaCy's own ``nlp.max_length``) is rejected as ``too_long``
before it is parsed, so one oversized input cannot exhaust memory or stall a run.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

from .errors import IngestError
from .records import Article
from .textnorm import dateline_span

SUFFIXES = (".txt", ".jsonl", ".html", ".htm")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MARKUP = re.compile(r"</?[A-Za-z][^<>]{0,80}>|\*\*|__|^#+\s*")
_ISO3 = re.compile(r"^[A-Z]{3}$")

DEFAULT_MAX_CHARS = 1_000_000
"""Longest article accepted (characters): spaCy's default ``nlp.max_length``."""
# UTF-8 and UTF-16 never need more than 4 bytes per character, so a file larger than this many
# bytes per allowed character is over the limit without reading it. HTML may carry up to 10x its
# visible text in markup.
_MAX_BYTES_PER_CHAR = 4
_HTML_MARKUP_FACTOR = 10


@dataclass(frozen=True, kw_only=True, slots=True)
class Reject:
    """An input that could not become an article, and why.

    Attributes:
        input: The file as the user named it, with ``:LINE`` for a JSONL line.
        reason: A short code: ``empty``, ``binary``, ``not_utf8``, ``bad_json``, ``missing_field``,
            ``bad_field``, ``duplicate_id``, ``too_long``, ``unsupported_type``, ``unreadable``,
            ``invalid_record``, ``processing_error``.
        message: What is wrong and how to fix it.
        article_id: The article id when known.
    """

    input: str
    reason: str
    message: str
    article_id: str | None = None

    def to_dict(self) -> dict:
        return {"input": self.input, "reason": self.reason, "message": self.message, "article_id": self.article_id}


def content_id(text: str) -> str:
    """A stable id from the content: the first 16 hex digits of SHA-256 of the UTF-8 text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def check_published(value: object, *, input: str) -> str | None:  # noqa: A002
    """Validate a YYYY-MM-DD publication date (None passes)."""
    if value is None or value == "":
        return None
    if not isinstance(value, str) or not _DATE.match(value):
        raise IngestError(f"published must be YYYY-MM-DD, got {value!r}", input=input, reason="bad_field")
    try:
        date.fromisoformat(value)
    except ValueError as e:
        raise IngestError(f"published is not a calendar date: {value!r}", input=input, reason="bad_field") from e
    return value


def too_long(n_chars: int, max_chars: int, *, input: str, at_least: bool = False) -> IngestError:  # noqa: A002
    """The error for an article over the length limit, saying how to raise it."""
    return IngestError(
        f"article has {'at least ' if at_least else ''}{n_chars:,} characters, more than the limit of "
        f"{max_chars:,}; split it, or raise the limit with --max-chars N (engine.run(max_chars=N)) if the "
        f"machine has the memory for it",
        input=input, reason="too_long",
    )


def _check_encodable(value: str, *, input: str, field: str) -> None:  # noqa: A002
    # JSON may carry unpaired UTF-16 surrogates ("\\ud800"); they cannot be written out as UTF-8.
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as e:
        raise IngestError(f"{field!r} contains an unpaired surrogate {value[e.start]!r} at character {e.start}",
                          input=input, reason="bad_field") from e


def decode(data: bytes, *, input: str) -> str:  # noqa: A002
    """Decode file bytes as UTF-8 (UTF-16 with a byte-order mark also accepted).

    Raises:
        IngestError: empty, binary, or not UTF-8.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise IngestError("has a UTF-16 byte-order mark but is not valid UTF-16", input=input, reason="not_utf8") from e
    else:
        if b"\x00" in data[:8192]:
            raise IngestError("looks binary (contains NUL bytes); give a UTF-8 text file", input=input, reason="binary")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as e:
            raise IngestError(
                f"is not valid UTF-8 (byte {e.start}: {data[e.start:e.start + 1]!r}); re-encode it, e.g. "
                f"`iconv -f latin1 -t utf-8`",
                input=input, reason="not_utf8",
            ) from e
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise IngestError("is empty (no text to process)", input=input, reason="empty")
    control = sum(1 for c in text[:4096] if ord(c) < 32 and c not in "\n\r\t\f\v")
    if control > 0.1 * min(len(text), 4096):
        raise IngestError("looks binary (mostly control characters)", input=input, reason="binary")
    return text


def _strip_markup(line: str) -> str:
    return re.sub(r"\s+", " ", _MARKUP.sub("", line)).strip()


def parse_txt(text: str, *, source: str, published: str | None = None) -> Article:
    """Build an Article from .txt content: title line, dateline, body."""
    title = None
    body_start = 0
    first, sep, _ = text.partition("\n")
    if sep and text[len(first) + 1:].lstrip(" \t\r").startswith("\n") and first.strip():
        title = _strip_markup(first) or None
        rest = text[len(first):]
        body_start = len(first) + (len(rest) - len(rest.lstrip()))
    dl = dateline_span(text, body_start=body_start)
    dateline = text[dl[0]:dl[1]].strip() if dl else None
    return Article(id=content_id(text), text=text, source=source, title=title, dateline=dateline, published=published)


class _TextExtractor(HTMLParser):
    _SKIP = {"script", "style", "noscript", "template", "head"}
    _BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "blockquote"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "title":
            self._in_title = True
        elif tag in self._SKIP:
            self._skip += 1
        elif tag in self._BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag in self._SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in self._BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title.append(data)
        elif not self._skip:
            self.parts.append(data)


def _extract_html(html: str) -> _TextExtractor:
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    return parser


def parse_html(html: str, *, source: str, published: str | None = None) -> Article:
    """Build an Article from an HTML page: its visible text, ``<title>`` as title."""
    try:
        parser = _extract_html(html)
    except AssertionError:
        # html.parser asserts on malformed "<![...]" marked sections; read them as text instead.
        try:
            parser = _extract_html(html.replace("<![", "&lt;!["))
        except AssertionError as e:
            raise IngestError(f"is not parseable HTML ({e})", input=source, reason="unreadable") from e
    body = re.sub(r"\n{3,}", "\n\n", re.sub(r"[ \t]*\n[ \t]*", "\n", "".join(parser.parts))).strip()
    title = " ".join("".join(parser.title).split()) or None
    if not body:
        raise IngestError("HTML page has no visible text", input=source, reason="empty")
    text = f"{title}\n\n{body}" if title else body
    art = parse_txt(text, source=source, published=published)
    return art


def parse_jsonl_line(line: str, *, input: str, seen: set[str],  # noqa: A002
                     max_chars: int | None = None) -> Article:
    """Build an Article from one JSONL line (see module docstring for the fields)."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        raise IngestError(f"malformed JSON ({e.msg} at column {e.colno})", input=input, reason="bad_json") from e
    except RecursionError as e:
        raise IngestError("malformed JSON (nested too deeply)", input=input, reason="bad_json") from e
    if not isinstance(obj, dict):
        raise IngestError("a JSONL line must be an object with 'id' and 'text'", input=input, reason="bad_json")
    for key in ("id", "text"):
        if key not in obj or obj[key] is None:
            raise IngestError(f"missing required field {key!r}", input=input, reason="missing_field")
    art_id, text = obj["id"], obj["text"]
    if isinstance(art_id, int) and not isinstance(art_id, bool):
        art_id = str(art_id)
    if not isinstance(art_id, str) or not art_id.strip():
        raise IngestError(f"'id' must be a non-empty string, got {type(art_id).__name__}", input=input, reason="bad_field")
    if not isinstance(text, str):
        raise IngestError(f"'text' must be a string, got {type(text).__name__}", input=input, reason="bad_field")
    if not text.strip():
        raise IngestError("'text' is empty", input=input, reason="empty")
    if max_chars is not None and len(text) > max_chars:
        raise too_long(len(text), max_chars, input=input)
    if art_id in seen:
        raise IngestError(f"duplicate id {art_id!r} (ids must be unique; the first one was kept)",
                          input=input, reason="duplicate_id")
    for key in ("title", "source", "dateline", "country"):
        if obj.get(key) is not None and not isinstance(obj[key], str):
            raise IngestError(f"{key!r} must be a string", input=input, reason="bad_field")
    for key in ("id", "text", "title", "source", "dateline"):
        if obj.get(key) is not None:
            _check_encodable(art_id if key == "id" else obj[key], input=input, field=key)
    country = obj.get("country")
    if country is not None and not _ISO3.match(country):
        raise IngestError(f"'country' must be an ISO 3166-1 alpha-3 code like 'USA', got {country!r}",
                          input=input, reason="bad_field")
    published = check_published(obj.get("published"), input=input)
    dateline = obj.get("dateline")
    if dateline is None:
        dl = dateline_span(text)
        dateline = text[dl[0]:dl[1]].strip() if dl else None
    seen.add(art_id)
    return Article(id=art_id, text=text.removeprefix("\ufeff"), source=obj.get("source"), title=obj.get("title"),
                   dateline=dateline, published=published, country=country)


def _expand(paths: Iterable[str | Path]) -> Iterator[tuple[str, Path | None, Path | None]]:
    """``(name as given, path, input root)``: a folder is the root of its files, a file its own parent."""
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and f.suffix.lower() in SUFFIXES and not f.name.startswith("."):
                    yield str(f), f, p
        elif p.exists():
            yield str(raw), p, p.parent
        else:
            yield str(raw), None, None


def expand(paths: Iterable[str | Path]) -> Iterator[tuple[str, Path | None]]:
    """Expand folders into their files (sorted); yield ``(name as given, path)``.

    A missing path yields ``(name, None)`` so the caller can reject it.
    """
    for name, path, _ in _expand(paths):
        yield name, path


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


def read_inputs(paths: Iterable[str | Path], *, published: str | None = None,
                max_chars: int | None = DEFAULT_MAX_CHARS) -> Iterator[Article | Reject]:
    """Read files and folders into Articles, yielding a Reject for anything unreadable.

    Args:
        paths: Files (.txt, .jsonl, .html) and folders.
        published: Publication date (YYYY-MM-DD) for .txt and .html inputs.
        max_chars: Longest article text accepted; longer ones are rejected as ``too_long``
            (None: no limit).

    Yields:
        Articles and Rejects, in input order.
    """
    for item, _ in read_inputs_keyed(paths, published=published, max_chars=max_chars):
        yield item


def read_inputs_keyed(paths: Iterable[str | Path], *, published: str | None = None,
                      max_chars: int | None = DEFAULT_MAX_CHARS) -> Iterator[tuple[Article | Reject, str | None]]:
    """:func:`read_inputs` with each article's stable source key (None for a Reject).

    The key names where an article comes from independently of its content: a file's path
    below its input root (:func:`source_key`), a JSONL line's ``id``. Sinks use it to replace
    the rows of an edited source and to prune vanished ones (:mod:`pipeline.sinks`).
    """
    seen_ids: set[str] = set()
    for name, path, root in _expand(paths):
        if path is None:
            yield Reject(input=name, reason="unreadable", message=f"{name}: no such file or folder"), None
            continue
        suffix = path.suffix.lower()
        if suffix not in SUFFIXES:
            yield Reject(input=name, reason="unsupported_type",
                         message=f"{name}: unsupported file type {suffix or '(none)'}; use .txt, .jsonl or .html"), None
            continue
        markup = _HTML_MARKUP_FACTOR if suffix in (".html", ".htm") else 1
        try:
            if max_chars is not None and suffix != ".jsonl":
                size = path.stat().st_size
                if size > _MAX_BYTES_PER_CHAR * markup * max_chars + 4:
                    # Certainly over the limit: reject without reading it into memory.
                    raise too_long(size // _MAX_BYTES_PER_CHAR, max_chars, input=name, at_least=True)
            data = path.read_bytes()
        except OSError as e:
            yield Reject(input=name, reason="unreadable", message=f"{name}: cannot read ({e.strerror})"), None
            continue
        except IngestError as e:
            yield Reject(input=name, reason=e.reason, message=str(e)), None
            continue
        try:
            text = decode(data, input=name)
            if max_chars is not None and suffix != ".jsonl" and len(text) > markup * max_chars:
                raise too_long(len(text), max_chars, input=name)
        except IngestError as e:
            yield Reject(input=name, reason=e.reason, message=str(e)), None
            continue
        if suffix == ".jsonl":
            for item in _read_jsonl(text, name=name, seen=seen_ids, max_chars=max_chars):
                yield item, None if isinstance(item, Reject) else item.id
            continue
        try:
            if suffix == ".txt":
                art = parse_txt(text, source=name, published=published)
            else:
                art = parse_html(text, source=name, published=published)
            if max_chars is not None and len(art.text) > max_chars:
                raise too_long(len(art.text), max_chars, input=name)
        except IngestError as e:
            yield Reject(input=name, reason=e.reason, message=str(e)), None
            continue
        except Exception as e:  # noqa: BLE001 - one unparseable file must not stop the run
            yield Reject(input=name, reason="unreadable", message=f"{name}: cannot parse ({type(e).__name__}: {e})"), None
            continue
        if art.id in seen_ids:
            yield Reject(input=name, reason="duplicate_id", article_id=art.id,
                         message=f"{name}: same content as an earlier input (id {art.id}); processed once"), None
            continue
        seen_ids.add(art.id)
        yield art, source_key(path, root)


def _read_jsonl(text: str, *, name: str, seen: set[str], max_chars: int | None) -> Iterator[Article | Reject]:
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        try:
            yield parse_jsonl_line(line, input=where, seen=seen, max_chars=max_chars)
        except IngestError as e:
            yield Reject(input=where, reason=e.reason, message=str(e))
