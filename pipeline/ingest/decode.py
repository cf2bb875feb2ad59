"""Bytes to text: UTF-8 first, then the declared charset, then charset-normalizer.

News archives hold much Windows-1252 and ISO-8859-1 text (curly quotes, "café", "£"). Such a
file is decoded, not rejected, and the encoding is recorded (``Article.encoding``, the record's
``provenance.encoding``). Only bytes no encoding reads as text are rejected.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from ..errors import IngestError

# Byte-order marks name their encoding outright; the longest (UTF-32) must be tried first.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
# Windows-1252 is the legacy encoding of most English-language news archives (and a superset
# of ISO-8859-1's printable characters). charset-normalizer alone ranks several single-byte
# Latin code pages about equally on short English text and may pick cp1250 or mac_latin2
# ("Ł300" for "£300"), so cp1252 is offered to it first and taken when its mess detector
# finds the result clean; everything else is left to its full detection.
_PREFERRED = "cp1252"
# Bytes 0x80-0x9F are printable in Windows-1252 but C1 controls in ISO-8859-1; a file without
# them decodes identically either way, and the narrower name is the honest one.
_C1 = re.compile(rb"[\x80-\x9f]")
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]{1,40})""", re.I)


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded text and the encoding it was read with (None for plain UTF-8)."""

    text: str
    encoding: str | None


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a ``<meta>`` tag near its start, if Python knows it."""
    m = _CHARSET.search(data[:4096])
    if not m:
        return None
    try:
        return codecs.lookup(m.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None


def _check_text(text: str, *, input: str) -> str:  # noqa: A002
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise IngestError("is empty (no text to process)", input=input, reason="empty")
    control = sum(1 for c in text[:4096] if ord(c) < 32 and c not in "\n\r\t\f\v")
    if control > 0.1 * min(len(text), 4096):
        raise IngestError("looks binary (mostly control characters)", input=input, reason="binary")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as e:  # e.g. a lone surrogate from a surrogate-escaping codec
        raise IngestError(f"decodes to text that cannot be written as UTF-8 (character {e.start})",
                          input=input, reason="undecodable") from e
    return text


def _normalizer(data: bytes, *, input: str) -> Decoded:  # noqa: A002
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=[_PREFERRED]).best()
    if best is None:
        best = from_bytes(data).best()
    if best is None:
        raise IngestError(
            "is not text in any encoding charset-normalizer knows (binary, or damaged); if it is text, "
            "re-encode it as UTF-8, e.g. `iconv -f ENCODING -t utf-8`",
            input=input, reason="undecodable",
        )
    encoding = codecs.lookup(best.encoding).name
    if encoding == "cp1252" and not _C1.search(data):
        encoding = "iso8859-1"
    return Decoded(_check_text(str(best), input=input), encoding)


def decode_bytes(data: bytes, *, input: str, declared: str | None = None) -> Decoded:  # noqa: A002
    """Decode a file's bytes and say which encoding read them.

    Order: a byte-order mark; UTF-8; the ``declared`` charset (an HTML ``<meta charset>``);
    charset-normalizer (Windows-1252 first, see :data:`_PREFERRED`). A UTF-8 BOM is dropped.

    Args:
        data: The file content.
        input: The file as the user named it (for messages).
        declared: A charset the file declares for itself, tried after UTF-8.

    Returns:
        The text, and the encoding when it was not UTF-8 (Python's codec name: ``cp1252``, ``iso8859-1``, ``utf-16``...).

    Raises:
        IngestError: ``empty``, ``binary`` (NUL bytes, control characters) or ``undecodable``.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as e:
                raise IngestError(f"has a {codec.upper().removesuffix('-SIG')} byte-order mark but is not valid "
                                  f"{codec.upper().removesuffix('-SIG')} (byte {e.start})",
                                  input=input, reason="undecodable") from e
            return Decoded(_check_text(text, input=input), None if codec == "utf-8-sig" else codec)
    if not data.strip():
        raise IngestError("is empty (no text to process)", input=input, reason="empty")
    if b"\x00" in data[:8192]:
        raise IngestError("looks binary (contains NUL bytes); give a text file", input=input, reason="binary")
    try:
        return Decoded(_check_text(data.decode("utf-8"), input=input), None)
    except UnicodeDecodeError:
        pass
    if declared and declared != "utf-8":
        try:
            return Decoded(_check_text(data.decode(declared), input=input), declared)
        except (UnicodeDecodeError, LookupError):
            pass  # the declaration is wrong; let detection decide
    return _normalizer(data, input=input)


def decode(data: bytes, *, input: str) -> str:  # noqa: A002
    """The text of ``data`` (see :func:`decode_bytes`), without the encoding."""
    return decode_bytes(data, input=input).text
