"""Where a Doc's author stands: the issuer of a statement title and the author of a
first-person statement (token character ranges and the token -> entity map are in
:mod:`pipeline.syntax`)."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from ..nlp import raw_text
from ..records import Entity

if TYPE_CHECKING:
    from spacy.tokens import Doc


_STATEMENT_TITLE = re.compile(r"^\s*(?:(?:joint\s+)?statement\s+(?:by|from|of)|(?P<remarks>remarks)\s+(?:as\s+prepared\s+"
                              r"(?:for\s+delivery\s+)?)?(?:by|for))\s+", re.I)
"""A title naming who speaks: "Statement by X", "Remarks by X", "Remarks as Prepared for Delivery by X",
"Remarks as Prepared for X" (remarks whose title names two speakers before its topic, "Remarks by
A and B at ...", are a transcript with labelled turns; an "and" in the topic, "... on Peace,
Security, and Development", names no second speaker)."""
_TITLE_TOPIC = re.compile(r"\s(?:(?i:on|in|for|about|regarding|after|to|at)|[A-Z][a-z]+ing)\s")
"""Where a statement title's topic begins: a preposition, or a participle ("Statement by
President X Congratulating Prime Minister Y", "... Welcoming ...", "... Marking ...")."""


_PARTIES_JOINT_TITLE = re.compile(r"^\s*(?P<parties>[A-Z][^\n]{1,80}?)\s+(?:Leaders[’']?\s+)?Joint\s+(?:Leaders[’']?\s+)?"
                                  r"(?:Statement|Declaration|Communiqu[eé])\b")
"""A joint statement titled by its parties before the words ("United States – New Zealand Joint Statement",
"U.S.-Japan Joint Leaders' Statement"): the parties are its issuers, as "Joint Statement of A and B" says."""


_ISSUER_FIRST_TITLE = re.compile(r"^\s*(?P<issuer>(?!(?i:remarks|readout|joint)\b)[A-Z][^\n]{1,60}?)(?:[’']s)?\s+"
                                 r"Statement\s+(?=(?i:on|regarding|about|marking|following|after)\s)")
"""A headline naming its issuer before the word ("President Biden Statement on the Truce in Yemen",
"Vice President Harris Statement on ..."), as "Statement by X on ..." does after it; a joint or
leaders' statement ("G7 Leaders' Statement on ...") has several issuers (:data:`_PARTIES_JOINT_TITLE`)."""


def _issuer_first(line: str) -> "re.Match | None":
    """The issuer-first headline match of ``line`` (no joint or leaders' statement), or None."""
    m = _ISSUER_FIRST_TITLE.match(line)
    return m if m and not re.search(r"\b(?:Joint|Leaders)\b", m.group("issuer")) else None


def _title_issuer(text: str) -> str | None:
    """The issuer part of a statement title, "Statement by/from <issuer> <topic>" ("NSC
    Spokesperson Jane Doe", "President Smith"), or None when the first line is no such title."""
    first_end = text.find("\n")
    first_end = len(text) if first_end < 0 else first_end
    m = _STATEMENT_TITLE.match(text[:first_end])
    if not m:
        j = _PARTIES_JOINT_TITLE.match(text[:first_end]) or _issuer_first(text[:first_end])
        return (j.group("parties") if "parties" in j.re.groupindex else j.group("issuer")) if j else None
    cut = _TITLE_TOPIC.search(text, m.end(), first_end)
    part = text[m.end():cut.start() if cut else first_end]
    return None if _two_speakers(m, part) else part


def _two_speakers(m: re.Match, part: str) -> bool:
    """Whether a remarks title names two speakers before its topic ("Remarks by A and B at ...")."""
    return bool(m.group("remarks")) and re.search(r"\sand\s", part) is not None


def issuer(doc: "Doc") -> tuple[str | None, str | None]:
    """The government a statement is issued by, from its title when the text does not say:
    a seat or institution of government in the issuer part ("Statement by NSC Spokesperson
    ..." -> its government), else the one country of the office-holders table rows that
    carry the issuer's name ("Statement by President Smith", a surname the table knows for
    one country only), with the issuer's name as the title writes it when the table settled
    it ("Smith": who "I" is when no entity stands for him). (None, None) when neither
    settles it (a name several countries' rows carry)."""
    from ..knowledge.offices import folded_name_key, load_offices

    part = _title_issuer(raw_text(doc))
    if not part:
        return None, None
    offices = load_offices()
    found = {code for literal, rx, code in offices.seats if literal in part and rx.search(part)}
    if found:
        return (found.pop() if len(found) == 1 else None), None
    words = [w for w in re.findall(r"[A-Z][\w.'’-]*", part)
             if w.lower().strip(".") not in offices.heads | offices.modifiers | offices.courtesy]
    key = folded_name_key(" ".join(words)) if words else frozenset()
    codes = {h.country for h in offices.holders_named(key)}
    return (codes.pop(), " ".join(words)) if len(codes) == 1 else (None, None)


def statement_author(doc: "Doc", entities: tuple[Entity, ...]) -> Entity | None:
    """Who "I" is in a first-person statement: the person a title "Statement by/from X ..."
    names, else the person whose name stands alone on a line near the end (the signature
    "JOSEPH R. BIDEN JR."). None when neither is there."""
    text = raw_text(doc)
    persons = [e for e in entities if e.label == "PERSON"]
    if not persons:
        return None
    first_end = text.find("\n")
    first_end = len(text) if first_end < 0 else first_end
    m = _STATEMENT_TITLE.match(text[:first_end])
    if m:
        # "Statement from President Joe Biden on ...": the name before the topic
        cut = _TITLE_TOPIC.search(text, m.end(), first_end)
        end = cut.start() if cut else first_end
        named = [(mm.start, e) for e in persons for mm in e.mentions if m.end() <= mm.start < end]
        if named and not _two_speakers(m, text[m.end():end]):
            return min(named, key=lambda x: x[0])[1]
    elif (f := _issuer_first(text[:first_end])) is not None:
        named = [(mm.start, e) for e in persons for mm in e.mentions if f.start("issuer") <= mm.start < f.end("issuer")]
        if len({id(e) for _, e in named}) == 1:  # "President Biden Statement on ...": the one person named
            return named[0][1]
    tail = max(0, min(int(len(text) * 0.8), len(text) - 400))  # the closing lines
    for e in persons:
        for mm in e.mentions:
            if mm.start < tail:
                continue
            line_start = text.rfind("\n", 0, mm.start) + 1
            line_end = text.find("\n", mm.end)
            line = text[line_start:len(text) if line_end < 0 else line_end].strip()
            if line.rstrip(".") == mm.text.strip().rstrip(".") and mm.text.isupper():
                return e
    return None


_DATELINE = re.compile(r"[ \t*_]*[A-Z][A-Z.'’ -]*[A-Z.](?:,[^\n()—–]{1,30})?(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*(?:--?|[—–])[ \t]")
"""A wire dateline opening a line: a city in capitals, maybe a region or a date after a comma,
maybe the agency in brackets, then a dash ("LAGOS (Reuters) -", "QUITO, Ecuador, May 2 (AP) —")."""
_DATELINE_LINES = 3


def dateline_span(text: str) -> tuple[int, int]:
    """Character range of a wire dateline at the start of one of the text's first lines ((0, 0)
    when there is none): the dateline says where the story was filed, and its city is
    no party to what the story reports (the parser takes "JEDDAH" for a subject or possessor)."""
    start = 0
    for _ in range(_DATELINE_LINES):
        m = _DATELINE.match(text, start)
        if m is not None:
            return start, m.end()
        nxt = text.find("\n", start)
        if nxt < 0:
            break
        start = nxt + 1
        while text.startswith("\n", start):
            start += 1
    return 0, 0


def dateline_tokens(text: str, raw: "list[tuple[int, int]]") -> range:
    """Indices of the tokens (``raw``: their character ranges) of a wire dateline
    (:func:`dateline_span`), an empty range when the text has none."""
    lo, hi = dateline_span(text)
    if not hi:  # (most texts have none: the token offsets are listed only for one that has)
        return range(0)
    starts = [a for a, _ in raw]
    return range(bisect_right(starts, lo - 1), bisect_right(starts, hi - 1))
