"""Plain-text articles: title line, dateline, body, and optional front matter.

The convention (the seed's): the first line is the title when a blank line follows it (unless it
opens with a transcript's speaker label, "MR. ROE:  Good morning.": then it is the first turn); a
leading ``CITY—`` or ``CITY -`` on the first body line is the dateline; the rest is the body.
A file may start with front matter giving its metadata, in either form:

``---`` block (as Jekyll/Hugo write it)::

    ---
    title: Japan to Send Two Destroyers to the Philippines
    published: 2024-03-07
    url: https://news.example.com/japan-destroyers
    author: Aiko Tanaka
    ---
    TOKYO — Japan will send ...

or leading header lines, ended by a blank line (only these four keys are recognised there, so
an ordinary first line is never taken for a header)::

    title: Japan to Send Two Destroyers to the Philippines
    published: 2024-03-07

    TOKYO — Japan will send ...

``published`` (``date`` is accepted in a ``---`` block) is YYYY-MM-DD or an ISO 8601 date-time;
other keys in a ``---`` block are ignored. The front matter is metadata, not article text: the
article text is the title line (from the front matter, unless the body already starts with it),
a blank line, and the body; offsets point into that text, which every record carries.
"""

from __future__ import annotations

import re

from ..errors import IngestError
from ..knowledge.offices import HONORIFICS, OFFICE_WORDS
from ..knowledge.wordlists import word_set
from ..records import Article
from ..transcripts import TURN_LABEL
from .base import check_published, content_id, find_dateline, one_line, strip_markup, with_title

_KEY_LINE = re.compile(r"^([A-Za-z][\w-]{0,40})[ \t]*:[ \t]*(.*?)[ \t]*$")
_HEADER_KEYS = ("title", "published", "url", "author")
_BLOCK_ALIASES = {"date": "published"}
_MAX_FRONT_LINES = 60


def _value(raw: str) -> str:
    if len(raw) >= 2 and raw[0] == raw[-1] and raw[0] in "\"'":
        return raw[1:-1]
    return raw


def split_front_matter(text: str) -> tuple[dict[str, str], str] | None:
    """Split leading front matter from a .txt file's text.

    Returns:
        ``(metadata, body)`` with the keys ``title``, ``published``, ``url``, ``author`` that
        were given, or None when the text has no front matter.
    """
    lines = text.split("\n")
    meta: dict[str, str] = {}
    if lines and lines[0].rstrip("\r ") == "---":
        for i, line in enumerate(lines[1:_MAX_FRONT_LINES], 1):
            line = line.rstrip("\r")
            if line.rstrip() == "---":
                return meta, "\n".join(lines[i + 1:]).lstrip("\r\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            m = _KEY_LINE.match(line)
            if m is None:
                if line[:1] in " \t-":
                    continue  # a nested YAML value of a key we ignore (tags, lists)
                return None
            key = _BLOCK_ALIASES.get(m.group(1).lower(), m.group(1).lower())
            if key in _HEADER_KEYS and m.group(2):
                meta.setdefault(key, _value(m.group(2)))
        return None
    n = 0
    for line in lines[:len(_HEADER_KEYS) + 1]:
        line = line.rstrip("\r")
        if not line.strip():
            break
        m = _KEY_LINE.match(line)
        if m is None or m.group(1).lower() not in _HEADER_KEYS or m.group(1).lower() in meta:
            return None
        meta[m.group(1).lower()] = _value(m.group(2))
        n += 1
    else:
        return None
    if not meta:
        return None
    return meta, "\n".join(lines[n:]).lstrip("\r\n")


# Short words a headline leaves in lower case ("Partnership for Global Infrastructure and Investment").
_TITLE_JOINERS = frozenset({"a", "an", "the", "and", "or", "nor", "but", "of", "to", "in", "on", "for", "at", "by",
                            "with", "from", "as", "vs", "via", "into", "over", "after", "per"})
_TITLE_WORD = re.compile(r"[A-Za-z][\w’'.-]*")
_SENTENCE_END = re.compile(r"[a-z]{3,}\.(?:\s|$)")  # "Thanks, Kevin." (not "U.S." nor "Dr.")


# The words of speakers' labels besides honorifics and office heads, and the nouns of a release's
# kind that make a label a kicker (word lists ``ingest.speaker_label_words``, ``ingest.release_kind_nouns``);
# a preposition makes a label a phrase of its own ("READOUT OF THE PRESIDENT'S CALL", "FROM THE WHITE HOUSE").
_SPEAKER_WORDS = word_set("ingest", "speaker_label_words")
_KICKER_WORDS = word_set("ingest", "release_kind_nouns") | {"of", "from", "by", "to", "for", "on", "in"}
_POSSESSIVE = re.compile(r"[’']S\b")


def _speaker_word(word: str) -> bool:
    return word in HONORIFICS or word in OFFICE_WORDS or word in _SPEAKER_WORDS


def speaker_label(label: str) -> bool:
    """Whether a capitals label names a speaker: an honorific first ("MR. KIRBY", "DR. BIDEN"), or
    only words of speakers' labels ("THE PRESIDENT", "MODERATOR", "SENIOR ADMINISTRATION
    OFFICIAL"), or an office before a name ("SECRETARY BLINKEN", "PRIME MINISTER KISHIDA"). A
    label with a preposition, a possessive or a noun of a release's kind names none ("READOUT OF
    THE PRESIDENT'S CALL", "THE LATEST", "OFFICIAL READOUT"), nor do "FACT SHEET" or "ICYMI"."""
    words = label.lower().replace(".", " ").split()
    if not words or _POSSESSIVE.search(label) or any(w in _KICKER_WORDS for w in words):
        return False
    if words[0] in HONORIFICS or all(_speaker_word(w) for w in words):
        return True
    k = 0
    while k < len(words) and _speaker_word(words[k]):
        k += 1
    return 0 < k and len(words) - k <= 4  # an office, then the name ("CROWN PRINCE MOHAMMED BIN SALMAN")


def headed_title(rest: str) -> bool:
    """Whether the words after a capitals label and its colon are a headline in Title Case
    ("FACT SHEET: President Biden Signs Executive Order", "WHAT THEY ARE SAYING: ..."), not the
    first words of a speaker's turn ("MR. KIRBY:  Hey, everybody.  Thanks for joining."): at least
    two words, four in five of those that are not short joiners capitalised, no sentence ended by
    a full stop after a lower-case word, and no comma at the end ("Secretary Austin, General Milley,":
    an address that goes on)."""
    words = [w for w in _TITLE_WORD.findall(rest) if w.lower() not in _TITLE_JOINERS]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.8 * len(words) \
        and _SENTENCE_END.search(rest) is None and not rest.rstrip().endswith((",", ";", ":"))


def bare_title_end(text: str) -> int:
    """Where the body starts after a title line (0: none): the first line is a title when a blank
    line follows it, unless it opens with a transcript's speaker label ("MR. KIRBY:  Hey,
    everybody."): a transcript that starts with a turn has no title line, and its first speaker
    is a person of the body. A capitals label that names no speaker before a Title Case
    headline ("FACT SHEET: ...") is a title's kicker (:func:`speaker_label`, :func:`headed_title`)."""
    first, sep, _ = text.partition("\n")
    if not (sep and text[len(first) + 1:].lstrip(" \t\r").startswith("\n") and first.strip()):
        return 0
    label = TURN_LABEL.match(first)
    if label is not None and label.group("label") and (
            speaker_label(label.group("label")) or not headed_title(first[label.end():])):
        return 0
    rest = text[len(first):]
    return len(first) + (len(rest) - len(rest.lstrip()))


def parse_txt(text: str, *, source: str, published: str | None = None) -> Article:
    """Build an Article from .txt content (no front matter): title line, dateline, body.

    The text is kept exactly; its id is derived from it (:func:`content_id`).
    """
    title = None
    body_start = bare_title_end(text)
    if body_start:
        title = strip_markup(text.partition("\n")[0]) or None
    return Article(id=content_id(text), text=text, source=source, title=title,
                   dateline=find_dateline(text, body_start=body_start), published=published)


def read_txt(content: str, *, source: str, published: str | None = None, encoding: str | None = None) -> Article:
    """Build an Article from a .txt file's decoded content, front matter included.

    Args:
        content: The decoded file.
        source: The file as the user named it.
        published: The date for a file that gives none itself (``--published``).
        encoding: The encoding the file was read with, when not UTF-8.

    Raises:
        IngestError: The front matter's ``published`` is not a date, or nothing but front matter.
    """
    split = split_front_matter(content)
    if split is None:
        art = parse_txt(content, source=source, published=published)
        return Article(id=art.id, text=art.text, source=source, title=art.title, dateline=art.dateline,
                       published=published, encoding=encoding)
    meta, body = split
    if not body.strip():
        raise IngestError("has front matter but no article text after it", input=source, reason="empty")
    own = check_published(meta.get("published"), input=source)
    title = one_line(strip_markup(meta["title"])) if meta.get("title") else None
    text = with_title(title, body)
    art = parse_txt(text, source=source)
    return Article(id=content_id(content), text=text, source=source, title=title or art.title,
                   dateline=art.dateline, published=own or published, url=meta.get("url") or None,
                   author=meta.get("author") or None, encoding=encoding)
