"""Text normalisation: what spaCy sees, with a map back to the original offsets.

News text arrives hard-wrapped, with Markdown-ish emphasis (``**<u>Heading</u>**``), bullet
markers and HTML remnants. Left in, they leak into entities ("** Seoul"), split names across a
wrapped line ("the United\n    States") and glue headings to the next sentence. ``normalize``
blanks markup, turns soft line breaks into spaces, keeps the line breaks that separate blocks
(paragraphs, headings, bullets), and collapses runs of spaces. It returns the clean text and,
for every clean character, its offset in the original, so every extracted span can be reported
against the text exactly as ingested.
"""

from __future__ import annotations

import re
from array import array
from dataclasses import dataclass

import numpy

_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]{0,10}(?:\s[^<>\n]{0,80})?/?>")
# An HTML element whose attributes run long or over several lines (a web page's "<img src=... sizes=
# "(max-width: 600px) 100vw, 600px" ...>"): its numbers are layout, not quantities. Only quoted
# attribute values (name="value") make such a tag, so prose with a "<" stays as it is.
_LONG_TAG = re.compile(r"<[A-Za-z][A-Za-z0-9]{0,10}(?:\s+[A-Za-z_:][-\w:.]*(?:\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'))?)+\s*/?>")
# Struck-through text ("<s>10,000</s> [10 million]", "<del>...</del>"): a transcript's correction
# strikes what was said and puts the right word in brackets after it. The struck words are blanked
# with their tags (same length), so no stage reads a number or a name the record withdrew.
# The brackets of the correction that follows are blanked too ("<s>a</s> [12] million acres" reads
# "12 million acres"), so the corrected words join the sentence as the speaker meant them.
_STRUCK = re.compile(r"<(s|del|strike)>[^<>]{0,200}</\1>(?:(\s?)\[([^\[\]\n]{1,80})\])?", re.I)


# A spoken restart in a transcript ("We — we’ve spoken", "the President has — has met", "in the —
# in the region"): the speaker breaks off and says the same words again. The dash and the words
# said again are dropped like a soft hyphen (the offset map still points into the text; the first
# saying keeps its capital), so the parser reads the sentence the speaker finished; left
# in, the repeated subject or verb splits the clause ("we — we met": two subjects, or a verb with
# no object). Up to three words, starting with a letter, repeated whole, with a dash set off by
# spaces between them (an em or en dash, or a double hyphen), within one paragraph.
_DASH = re.compile(r"—|–|--")
_BEFORE_DASH = re.compile(r"(?<![\w’'-])((?:[A-Za-z][\w’']* ){0,2}[A-Za-z][\w’']*)[ \x01]*\n?[ ]*$")
_AFTER_DASH = re.compile(r"[ ]*\n?[ ]*")
_WORD_GOES_ON = re.compile(r"[\w-]")
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?:;\"“”(\n\x01])[ \x01]*$")


# Discourse markers said twice across a dash ("Now — now my opponent says", "Look — look, ...")
# open the talk rather than restart a clause: the dash is what marks them as openers (the dates
# stage reads "Now —" as no date), so they stay as written.
_DISCOURSE_MARKERS = frozenset({"now", "well", "so", "look", "okay", "ok"})


def _restart_kept(text: str, start: int, said: str) -> bool:
    """Whether words said twice across a dash are left as written (see :func:`_unrestart`)."""
    if said.lower() in _DISCOURSE_MARKERS or (said.isupper() and len(said) > 1):
        return True  # "WASHINGTON — Washington state ...": capitals write datelines and labels
    # a capitalised word inside a sentence is a name, and a name said again after a dash most often
    # opens a new clause ("thanked Mexico — Mexico sent 300 officers"), not a restart
    return said[0].isupper() and said != "I" and not _SENTENCE_OPENING.search(text, 0, start)


def _unrestart(text: str) -> str:
    """``text`` with each spoken restart's dash and repeated words dropped (same length).

    Read from each dash, not from each word: most words stand before no dash, and a pattern tried
    at every word was a measurable share of the normalisation's time."""
    pieces: list[str] = []
    done = 0
    for d in _DASH.finditer(text):
        if d.start() < done:
            continue
        before = _BEFORE_DASH.search(text, max(done, d.start() - 80), d.start())
        if before is None:
            continue
        after = _AFTER_DASH.match(text, d.end()).end()
        words = before.group(1).split(" ")
        for k in range(len(words), 0, -1):
            said = " ".join(words[-k:])
            start = before.end(1) - len(said)
            again = text[after:after + len(said)]
            if again.lower() != said.lower() or _WORD_GOES_ON.match(text, after + len(said)):
                continue
            if not _restart_kept(text, start, said):
                end = after + len(said)
                pieces.append(text[done:start + len(said)])
                pieces.append(_DROPPED * (end - start - len(said)))
                done = end
            break
    if not pieces:
        return text
    pieces.append(text[done:])
    return "".join(pieces)


def _unstrike(match: re.Match[str]) -> str:
    if match.group(3) is None:
        return _blank(match)
    # the struck element and the opening bracket become spaces; the correction stays in place
    return " " * (match.start(3) - match.start()) + match.group(3) + " "
# Markdown links keep their anchor text; the brackets and the URL become spaces. The anchor text
# may be hard-wrapped once ("[Sen. Jim\nBanks](https://...)"), never across a blank line.
# An empty anchor ("[](https://...)", an icon's link) is blanked whole.
_MD_LINK = re.compile(r"\[((?:[^\[\]\n]|\n(?![ \t]*\n)){0,500}?)\]\((?:https?://|www\.|/)[^)\s]*\)")
# An HTML comment ("<!-- -->" between a converted page's list blocks) is no text: blanked whole.
_COMMENT = re.compile(r"<!--.{0,2000}?-->", re.S)
# A Markdown autolink ("visit <https://example.org/a.pdf>"): the angle brackets become spaces.
_AUTOLINK = re.compile(r"<((?:https?://|www\.)[^<>\s]{1,500})>")
_EMPHASIS = re.compile(r"\*\*|__|(?<![\w*])\*(?=\w)|(?<=\w)\*(?![\w*])")
_BULLET = re.compile(r"^([ \t]*)([•▪◦·‣●○■□–—*+-]|\(?\d{1,2}[.)]|\(?[a-z][.)])([ \t]+)(?=\S)")
_HEADING = re.compile(r"^([ \t]*)(#{1,6})([ \t]+)")
_RULE = re.compile(r"^[ \t]*([#*=_~-][ \t]*){3,}$")
_DATELINE = re.compile(
    r"([A-Z][A-Z .'’-]{1,40}?(?:, [A-Z][A-Za-z. ]{1,30}?)?)(?:,? [A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)?"
    r"(?: \((?:[A-Z][A-Za-z]{1,12})\))?\s?(—|–|--| -)\s?(?=\S)"
)
# Zero-width and bidi controls (keep length: each is one code point -> one space).
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\u00ad]")
# A soft hyphen between two letters marks where a word may break ("Pre\u00adsident"): it is no
# space, so it becomes a mark (same length) that ``normalize`` drops, and the word stays whole.
_SOFT_HYPHEN = re.compile("(?<=[^\\W\\d_])\u00ad(?=[^\\W\\d_])")
_DROPPED = "\x01"
# Inline formatting tags inside one word ("<u>Ju</u></span><u>dge Jane Roe</u>", a heading underlined
# in pieces): a browser renders no space for them (inline elements, HTML Living Standard 'phrasing
# content'), so they are dropped like a soft hyphen and the word stays whole. Only between a letter
# and a lower-case letter: a tag before a capital may part two words the source ran together.
_INWORD_TAGS = re.compile(r"(?<=[^\W\d_])(?:</?(?i:u|span|b|i|em|strong|font)\b[^<>]{0,120}>)+(?=[^\W\dA-Z_])")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Unicode space separators (no-break space, thin and narrow spaces, ideographic space): web
# pages put a no-break space between a title and a name ("President\u00a0Biden") and in
# numbers ("11\u202f000"); spaCy makes a token of it that separates the words it joins.
# Each becomes one ordinary space (same length).
UNICODE_SPACES = "\u00a0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f\u3000"
_SPACES = re.compile(f"[{UNICODE_SPACES}]")
# A "+" glued after a number, or a number and a short unit or scale ("5,000+ startups", "$130+
# million", "$50B+", "1GW+"), is a lower bound; left in, the tokenizer splits it off and the parser
# hangs the number on the "+" and loses the noun. It becomes a space (same length); the quantities
# stage reads the bound back from the original text. Not before a digit or word ("C5+1", "2+2").
# A transcript's editorial "[sic]" is no word of the speaker's: left in, it is read as the noun
# after a number ("2,000 [sic] people"). Blanked (same length).
_SIC = re.compile(r"\[sic\]", re.I)
_NUMBER_PLUS = re.compile(r"(?:(?<=\d)|(?<=\d[A-Za-z])|(?<=\d[A-Za-z]{2}))\+(?![\w+])")


def _blank(match: re.Match[str]) -> str:
    return " " * (match.end() - match.start())


def _is_block_start(line: str) -> bool:
    return bool(_BULLET.match(line) or _HEADING.match(line) or line.lstrip().startswith(("**", "__", "|", ">")))


def _is_heading(line: str) -> bool:
    stripped = line.strip()
    return bool(_HEADING.match(line)) or (
        len(stripped) > 4 and stripped.startswith(("**", "__")) and stripped.endswith(("**", "__"))
    )


def dateline_span(text: str, *, body_start: int = 0) -> tuple[int, int, int] | None:
    """Find a ``CITY—`` / ``CITY -`` dateline at ``body_start``.

    Returns:
        ``(city_start, city_end, separator_end)`` or None when the body has no dateline.
    """
    m = _DATELINE.match(text, body_start)
    if not m:
        return None
    city = m.group(1).strip()
    # A dateline names a place in capitals, e.g. "SEOUL" or "WASHINGTON, D.C.".
    if not city or not city.split(",")[0].replace(" ", "").replace(".", "").replace("'", "").isupper():
        return None
    return m.start(1), m.start(1) + len(m.group(1).rstrip()), m.end()


def blank_markup(text: str, *, title_line: bool = True) -> str:
    """Return ``text`` with markup blanked and soft line breaks turned into spaces.

    The result has exactly ``len(text)`` characters (each markup character becomes a space; a
    soft hyphen inside a word becomes a mark that :func:`normalize` drops).

    Args:
        text: The article text as ingested.
        title_line: Whether the first line is a title (kept as its own block).

    Returns:
        A string of exactly ``len(text)`` characters.
    """
    out = text.replace("\r", " ").replace("\t", " ")
    out = _CONTROL.sub(" ", out)
    if "\u00ad" in out:
        out = _SOFT_HYPHEN.sub(_DROPPED, out)
    out = _INVISIBLE.sub(" ", out)
    out = _SPACES.sub(" ", out)
    if "+" in out:
        out = _NUMBER_PLUS.sub(" ", out)
    if "[sic" in out:
        out = _SIC.sub(_blank, out)
    if "<" in out:
        if "<!--" in out:
            out = _COMMENT.sub(_blank, out)
        if "<http" in out or "<www" in out:
            out = _AUTOLINK.sub(lambda m: " " + m.group(1) + " ", out)
        out = _STRUCK.sub(_unstrike, out)
        out = _INWORD_TAGS.sub(lambda m: _DROPPED * (m.end() - m.start()), out)
        out = _LONG_TAG.sub(_blank, out)
    out = _TAG.sub(_blank, out)
    if "—" in out or "–" in out or "--" in out:  # (the dashes of :data:`_DASH`)
        for _ in range(3):  # "We — we — we met": each pass takes one saying again
            again = _unrestart(out)
            if again == out:
                break
            out = again
    out = _MD_LINK.sub(lambda m: " " + m.group(1) + " " * (m.end() - m.end(1)), out)
    lines = out.split("\n")
    cleaned: list[str] = []
    # Lines opening with a dash or bold words that continue the sentence above (see _runs_on)
    runs_on: set[int] = set()
    for i, line in enumerate(lines):
        if _RULE.match(line):
            cleaned.append(" " * len(line))
            continue
        heading = _is_heading(line)
        # bold words that a wrap put at the start of a line ("the team has surged\n**dozens of
        # staff**, including") are no heading or block: the sentence runs on
        if i and line[:1] in " *_" and line.lstrip().startswith(("**", "__")):
            if _runs_on(lines[i - 1], line.lstrip(" *_")):
                runs_on.add(i)
                heading = False
        # Literal pre-checks: most lines hold no "#" or "*"/"__", and a sub() call per line and
        # pattern was most of the normalisation's time (same result).
        if "#" in line:
            line = _HEADING.sub(lambda m: m.group(1) + " " * len(m.group(2)) + m.group(3), line)
        bullet = _BULLET.match(line)  # anchored: sub() would try every position in vain
        if bullet is not None:
            if i and bullet.group(2) in "—–" and _runs_on(lines[i - 1], line[bullet.end():]):
                runs_on.add(i)
            else:
                line = _BULLET.sub(lambda m: m.group(1) + " " * len(m.group(2)) + m.group(3), line)
        if "*" in line or "__" in line:
            line = _EMPHASIS.sub(_blank, line)
            # What emphasis leaves ("Heading.* Text", "*Label *", a footnote's "*") is markup
            # too: English prose writes no word with an asterisk (same length).
            if "*" in line:
                line = line.replace("*", " ")
        cleaned.append(line + ("\x00" if heading else ""))
    bridged = _bridged_blank_lines(cleaned, lines)
    # Decide for each line break whether it ends a block or is a soft wrap.
    result: list[str] = []
    end = -1  # the offset of the line break after the current line (same in ``text`` and ``out``)
    for i, line in enumerate(cleaned):
        heading = line.endswith("\x00")
        if heading:
            line = line[:-1]
        end += len(line) + 1
        result.append(line)
        if i == len(cleaned) - 1:
            break
        nxt = cleaned[i + 1]
        original_next = lines[i + 1]
        keep = (i not in bridged and i + 1 not in bridged) and (
            not line.strip()
            or not nxt.strip()
            or heading
            or (i == 0 and title_line)
            or (i + 1 not in runs_on and _is_block_start(original_next))
            # a Markdown hard break: a word, then two spaces at the end of the line (a venue
            # line "Grand Hotel  " above its city; prose ends such spaces with a stop)
            # (the literal test first: a search over every line was a quarter of this function)
            # A next line in lower case continues the sentence ("set my hand this  \nfifth day"):
            # a block (a city, a name, a heading) starts with a capital, a digit or a roman
            # numbered item ("ii.  Second Plant").
            # The spaces must be in the text as written: a blanked link address, tag or closing
            # "**" at the end of a line ("[announced](https://...)", "2<sup>nd</sup>") is no break.
            or line.endswith("  ") and _written_hard_break(text, line, end)
            and not (nxt.lstrip()[:1].islower() and _ROMAN_ITEM.match(original_next) is None)
        )
        result.append("\n" if keep else " ")
    normalized = "".join(result)
    assert len(normalized) == len(text), "normalisation must keep the length"
    return normalized


_HARD_BREAK = re.compile(r"\w {2,}$")
# The same in the text as ingested (carriage returns and no-break spaces are spaces there), after
# a word and any closing emphasis or tag ("**Director of Policy**  "); or a line the text as
# ingested ends with a block element's closing tag (a table cell "<td>Ohio</td>", "<br>").
_RAW_HARD_BREAK = re.compile(
    r"\w(?:[*_]| +(?=[*_])|</?[A-Za-z]{1,6}>)*(?:[ \t\r\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]{2,}"
    r"|</(?:td|th|tr|p|li|div|h[1-6]|dd|dt|caption|figcaption)>[ \t\r]*|<br ?/?>[ \t\r]*)$", re.I)


def _written_hard_break(text: str, line: str, end: int) -> bool:
    """Whether ``line`` (cleaned; its line break at ``end``) ends in a hard break as written.

    The word before the trailing spaces sits at the same offset in ``text`` (normalisation keeps
    the length), so the text as ingested is read from that word to the line end.
    """
    m = _HARD_BREAK.search(line)
    return m is not None and _RAW_HARD_BREAK.match(text, end - len(line) + m.start(), end) is not None
_LOWER_OPEN_END = re.compile(r"[a-z,]$")
# A roman-numbered item of a legal list ("ii. the Director"), which _BULLET does not take.
_ROMAN_ITEM = re.compile(r"[ \t]*\(?[ivxl]{1,6}[.)][ \t]")


def _bridged_blank_lines(cleaned: list[str], lines: list[str]) -> set[int]:
    """The blank lines that fall inside a sentence and are no paragraph break.

    A page converted to text sometimes breaks a paragraph in mid-sentence ("set my hand
    this\n\nfifth day of May"): the line above ends in a lower-case word or a comma and the line
    below starts with a lower-case word that no bullet or number introduces. One blank line
    only; a paragraph break between sentences always has a stop, a colon or a capital.
    """
    bridged: set[int] = set()
    for i in range(1, len(cleaned) - 1):
        if cleaned[i].strip() or not cleaned[i + 1].lstrip()[:1].islower():
            continue
        above = cleaned[i - 1]
        if above.endswith("\x00") or _LOWER_OPEN_END.search(above.rstrip()) is None:
            continue
        below = lines[i + 1]
        if not _is_block_start(below) and not _ROMAN_ITEM.match(below) and not cleaned[i + 1].endswith("\x00"):
            bridged.add(i)
    return bridged
# The end of a line that leaves its sentence open: a word, a number or a comma.
_OPEN_END = re.compile(r"[\w,]$")


def _runs_on(previous: str, rest: str) -> bool:
    """Whether a line opening with a dash (or bold words) continues the sentence of the line above.

    Transcripts are hard-wrapped, so a speaker's dash ("we need the network\n— the one we built")
    often lands at the start of a line, where it looks like a bullet. It runs on when the line
    above is prose left open (no dash item, ends in a word or comma, not a colon that opens a list)
    and the words after the dash start in lower case, as a list item's rarely do.
    """
    before = previous.rstrip().rstrip("*_")
    dash_item = _BULLET.match(previous)
    return (
        bool(before)
        and rest.lstrip("(“\"‘")[:1].islower()  # "— (applause) —", "— “we will,” she said"
        and _OPEN_END.search(before) is not None
        and not (dash_item is not None and dash_item.group(2) in "—–")
    )
# Every alternative starts with a space: the lookahead lets the engine skip the other characters
# after one test instead of trying five alternatives at each (same matches, less than half the time).
_SQUEEZE = re.compile(r"(?= )(?: {2,}| +(?=\n)|(?<=\n) +|^ +| +$)")
# The same, with the marks ``blank_markup`` leaves for characters to drop (a soft hyphen in a word).
_SQUEEZE_DROPPED = re.compile(r"(?=[ \x01])(?: {2,}| +(?=\n)|(?<=\n) +|^ +| +$|\x01)")
# The array type of the offset map and the numpy type of its items.
_OFFSET_DTYPE = numpy.dtype(f"i{array('l').itemsize}")


@dataclass(frozen=True, slots=True)
class Normalized:
    """Clean text for spaCy plus the offset map back into the original.

    Attributes:
        text: The clean text.
        offsets: ``offsets[i]`` is the original offset of ``text[i]``; one extra trailing entry
            holds the original length.
    """

    text: str
    offsets: array

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open clean range to the half-open original range it came from."""
        if end <= start:
            o = self.offsets[start]
            return o, o
        return self.offsets[start], self.offsets[end - 1] + 1


def normalize(text: str, *, title_line: bool = True, dateline_end: int | None = None) -> Normalized:
    """Clean ``text`` for the parser and keep the map back to it.

    Args:
        text: The article text as ingested.
        title_line: Whether the first line is a title (kept as its own block).
        dateline_end: Offset just past a ``CITY—`` dateline's separator; the separator becomes
            a block break so the city does not glue onto the first sentence.

    Returns:
        The clean text and its offset map.
    """
    blanked = blank_markup(text, title_line=title_line)
    if dateline_end:
        sep = blanked[:dateline_end].rstrip()
        cut = len(sep.rstrip("—–- "))
        blanked = blanked[:cut] + "\n" + " " * (dateline_end - cut - 1) + blanked[dateline_end:]
    pieces: list[str] = []
    # The kept stretches of ``blanked`` (start, length); the offset map is built from them at
    # once with numpy (an ``array.extend(range(...))`` per stretch made a Python int per character).
    starts: list[int] = []
    lengths: list[int] = []
    pos = 0
    for m in (_SQUEEZE_DROPPED if _DROPPED in blanked else _SQUEEZE).finditer(blanked):
        a, b = m.span()
        if a > pos:
            pieces.append(blanked[pos:a])
            starts.append(pos)
            lengths.append(a - pos)
        run = blanked[a:b]
        # An interior run of spaces keeps one space; runs next to a line break or the ends go.
        interior = a > 0 and b < len(blanked) and blanked[a - 1] != "\n" and blanked[b] != "\n"
        if interior and run.startswith(" ") and len(run) >= 2 and not run.endswith("\n"):
            pieces.append(" ")
            starts.append(a)
            lengths.append(1)
        pos = b
    if pos < len(blanked):
        pieces.append(blanked[pos:])
        starts.append(pos)
        lengths.append(len(blanked) - pos)
    offsets = array("l")
    if starts:
        # Clean character j of stretch k comes from starts[k] + (j - first clean index of k).
        lens = numpy.asarray(lengths, dtype=_OFFSET_DTYPE)
        firsts = numpy.cumsum(lens) - lens
        shift = numpy.repeat(numpy.asarray(starts, dtype=_OFFSET_DTYPE) - firsts, lens)
        offsets.frombytes((numpy.arange(len(shift), dtype=_OFFSET_DTYPE) + shift).tobytes())
    offsets.append(len(text))
    return Normalized(text="".join(pieces), offsets=offsets)
