"""Web pages: the main text and metadata through trafilatura.

trafilatura (the field's standard for main-text extraction) drops navigation, headers,
footers, related-link boxes, comments and scripts, and reads the page's metadata: title
(without the site-name suffix), author, publication date (``article:published_time``, JSON-LD
``datePublished``, ``<time>``...; never guessed from the body text), canonical URL and site
name. The article text is the title line, a blank line, and the main text's blocks (paragraphs,
headings, list items, table rows) separated by blank lines; offsets point into that text.

A fragment trafilatura cannot parse (a bare ``<p>``, broken markup) falls back to its visible
text, so nothing readable is rejected.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

from ..errors import IngestError
from ..records import Article
from .base import check_published, content_id, find_dateline, one_line, title_line_end, with_title

# Elements of trafilatura's output tree whose text is one block of the article.
_LEAF_BLOCKS = {"p", "head", "item", "row", "code", "quote", "lb-block"}
_CONTAINERS = {"list", "table", "div", "body", "doc", "main"}
_SUFFIX_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ", " : ")


@dataclass(frozen=True, slots=True)
class Page:
    """What a page yields: the article text's parts and the page metadata.

    Attributes:
        title: The headline, one line, without the site-name suffix.
        blocks: The main text's blocks, in order (the title block removed).
        author: The byline's author(s), or None.
        published: YYYY-MM-DD from the page's metadata, or None.
        url: The canonical URL, or None.
        site_name: The publication's name (``og:site_name``, JSON-LD publisher), or None.
    """

    title: str | None
    blocks: tuple[str, ...]
    author: str | None = None
    published: str | None = None
    url: str | None = None
    site_name: str | None = None


def _block_text(el) -> str:
    for lb in el.iter("lb"):
        lb.tail = "\n" + (lb.tail or "")
    lines = (" ".join(line.split()) for line in "".join(el.itertext()).split("\n"))
    return "\n".join(line for line in lines if line)


def _blocks(el) -> list[str]:
    out: list[str] = []
    for child in el:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == "row":
            cells = [c for c in (_block_text(cell) for cell in child) if c]
            if cells:
                out.append(" | ".join(cells))
        elif tag in _CONTAINERS or (tag == "quote" and any(c.tag in _LEAF_BLOCKS for c in child)):
            if (child.text or "").strip():
                out.append(" ".join(child.text.split()))
            out.extend(_blocks(child))
        elif tag:
            text = _block_text(child)
            if text:
                out.append(text)
    return out


def _clean_title(title: str | None, site_name: str | None) -> str | None:
    title = one_line(title)
    if title and site_name:
        for sep in _SUFFIX_SEPARATORS:
            if title.casefold().endswith((sep + site_name).casefold()) and len(title) > len(sep + site_name):
                title = title[: -len(sep + site_name)].rstrip()
                break
    return title


def _date(value: str | None) -> str | None:
    try:
        return check_published(value, input="html") if value else None
    except IngestError:
        return None  # a date the page's metadata gets wrong is no date, not a reason to reject the page


def extract_page(html: str) -> Page | None:
    """Main text and metadata of a page, or None when trafilatura finds no main text."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=True, include_images=False,
            include_formatting=False, include_links=False, deduplicate=False,
            # Only the page's markup and metadata date it: a date mentioned in the text is not
            # when the page was published.
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:  # noqa: BLE001 - lxml/trafilatura raise various errors on broken markup
        return None
    if doc is None or doc.body is None:
        return None
    site = one_line(doc.sitename)
    title = _clean_title(doc.title, site)
    blocks = _blocks(doc.body)
    if title and blocks and " ".join(blocks[0].split()).casefold() == title.casefold():
        blocks = blocks[1:]  # the <h1> repeats the title, which becomes the first line anyway
    if not blocks:
        return None
    return Page(title=title, blocks=tuple(blocks), author=one_line(doc.author), published=_date(doc.date),
                url=one_line(doc.url), site_name=site)


class _VisibleText(HTMLParser):
    """The visible text of markup trafilatura cannot read (fragments, broken pages)."""

    _SKIP = {"script", "style", "noscript", "template", "head", "nav", "footer", "aside"}
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


def _visible_text(html: str, *, source: str) -> Page | None:
    parser = _VisibleText()
    try:
        parser.feed(html)
        parser.close()
    except AssertionError:
        # html.parser asserts on malformed "<![...]" marked sections; read them as text instead.
        parser = _VisibleText()
        try:
            parser.feed(html.replace("<![", "&lt;!["))
            parser.close()
        except AssertionError as e:
            raise IngestError(f"is not parseable HTML ({e})", input=source, reason="unreadable") from e
    text = re.sub(r"[ \t]*\n[ \t]*", "\n", "".join(parser.parts))
    blocks = tuple(b for b in (" ".join(p.split()) for p in re.split(r"\n{2,}", text)) if b)
    if not blocks:
        return None
    return Page(title=one_line("".join(parser.title)), blocks=blocks)


def parse_html(html: str, *, source: str, published: str | None = None, encoding: str | None = None) -> Article:
    """Build an Article from an HTML page (see the module docstring).

    Args:
        html: The decoded page.
        source: The file as the user named it.
        published: The date for a page whose metadata gives none (``--published``).
        encoding: The page's encoding when not UTF-8.

    Raises:
        IngestError: The page has no text (``empty``).
    """
    page = extract_page(html) or _visible_text(html, source=source)
    if page is None:
        raise IngestError("HTML page has no visible text", input=source, reason="empty")
    text = with_title(page.title, "\n\n".join(page.blocks))
    return Article(id=content_id(text), text=text, source=source, title=page.title,
                   dateline=find_dateline(text, body_start=title_line_end(text, page.title)),
                   published=page.published or published, url=page.url, author=page.author, encoding=encoding)
