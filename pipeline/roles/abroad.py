"""Officials of another government than the one a text's fallback country names: the host of
a visit abroad ("In Nigeria, the envoy met with Vice President X"), a leader or minister who is
not the one the home government had on the publication date, the opposition a story named,
and the country a regional bureau's story is about.

Used by :mod:`.resolver` for the officials no explicit evidence placed.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..knowledge.offices import folded_name_key, load_offices
from ..knowledge.units import place_country
from ..nlp import text as doc_text
from .fallbacks import EXPLICIT_SOURCES
from .reader import Candidate, Reader
from .trip_destinations import meeting_headline_country, travel_destination

if TYPE_CHECKING:
    from ..context import ArticleContext

# Governments whose head of state is also the head of government, so that no prime minister,
# premier or chancellor serves them (US Constitution, art. II, sec. 1: the executive power is
# vested in the President).
NO_HEAD_OF_GOVERNMENT = frozenset({"USA"})

# Titles of an opposition's members ("shadow defence minister", "opposition leader").
OPPOSITION = re.compile(r"\b(?:shadow|opposition)\b", re.IGNORECASE)


def opposition_country(c: Candidate, out: list[Candidate]) -> str | None:
    """The country of the nearest opposition member before ``c`` whose country the text states
    ("Canada's opposition leader"): an opposition named later in the story is the same one."""
    prev = [o for o in out if o.start < c.start and o.role == "legislator" and o.country
            and o.country_source in ("title", "institution") and OPPOSITION.search(o.title)]
    return prev[-1].country if prev else None


def bureau_story_country(rd: Reader, out: list[Candidate], dateline_code: str, context: "ArticleContext") -> str | None:
    """The country a story filed from a regional bureau is about, when the dateline's own
    country plays no part in it: the text (the dateline itself left out) never names that
    country or a place of it, no official of it is placed by explicit evidence, and one other
    country, named in the headline, is named at least three times and twice as often as any
    other ("CAIRO (AP) - In Khartoum, army chief ...": Sudan's army). None otherwise: a
    correspondent in a capital mostly writes about the host country and names it."""
    if any(c.country == dateline_code and c.country_source in EXPLICIT_SOURCES for c in out):
        return None
    doc = rd.doc
    body = doc_text(doc)
    skip = (0, 0)
    if context.dateline:
        at = body.find(context.dateline)
        if at >= 0:
            skip = (at, at + len(context.dateline))
    counts: dict[str, int] = {}
    head_end = body.find("\n") if context.title and body.startswith(context.title.split("\n")[0][:20]) else -1
    in_head: set[str] = set()
    for ent in doc.ents:
        if ent.label_ not in ("GPE", "NORP", "LOC", "FAC") or skip[0] <= ent.start_char < skip[1]:
            continue
        place = rd.place(ent[0])
        if place is None or place[0] != "country":
            continue
        counts[place[1]] = counts.get(place[1], 0) + 1
        if ent.start_char < head_end:
            in_head.add(place[1])
    if counts.get(dateline_code) or _names_place_of(rd, dateline_code, skip):
        return None
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 3 or len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1] \
            or ranked[0][0] not in in_head:
        return None
    return ranked[0][0]


def _names_place_of(rd: Reader, code: str, skip: tuple[int, int]) -> bool:
    """Whether a capitalised word outside ``skip`` (the dateline) that the NER left untagged
    is a place of country ``code`` ("Kharkiv" missed by the model is still Ukraine's)."""
    gaz = rd.gaz
    for tok in rd.doc:
        if tok.pos_ == "PROPN" and tok.is_title and not tok.ent_type_ and not skip[0] <= tok.idx < skip[1] \
                and (gaz.country(tok.text) == code or place_country(tok.text) == code):
            return True
    return False




def other_country(rd: Reader, c: Candidate, home: str) -> str | None:
    """The one country other than ``home`` that the sentence of ``c`` names (a country, a
    nationality or a place of it); None when none or several."""
    span = rd.doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None:
        return None
    codes = {p[1] for s, e in rd.sentences(span.start, span.end) for t in rd.doc[s:e]
             if (p := rd.place(t)) is not None and p[0] == "country" and p[1] != home}
    return codes.pop() if len(codes) == 1 else None


def nearby_body(rd: Reader, c: Candidate) -> str | None:
    """The one international organisation named in the sentence of ``c`` or the sentence before
    it ("Officials met European Commission counterparts. Led by ... President Jane Roe's chief
    of staff, ..."); None when none or several."""
    span = rd.doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None:
        return None
    first = rd.sentence(span.start)[0]
    lo = rd.sentence(first - 1)[0] if first > 0 else first
    names = {p[1] for t in rd.doc[lo:rd.sentence(span.end - 1)[1]] if (p := rd.place(t)) is not None and p[0] == "org"}
    return names.pop() if len(names) == 1 else None


# Titles that, written alone before a name, head or serve an international organisation's secretariat
# ("Secretary-General", "Deputy Secretary General", "Director-General"): a government's own officials
# of these names are written with their body ("Director General of the Foreign Service"). Read with
# :func:`secretariat_body`: the organisation named beside it or in the whole text. ("Chairperson"
# chairs committees and boards as often: left out.)
_SECRETARIAT_TITLES = frozenset({"secretary general", "deputy secretary general", "under secretary general",
                                 "assistant secretary general", "director general", "deputy director general"})


def secretariat_title(title: str) -> bool:
    """Whether ``title`` is one of :data:`_SECRETARIAT_TITLES` (hyphens read as spaces)."""
    return " ".join(title.lower().replace("-", " ").split()) in _SECRETARIAT_TITLES


_OWNED_TITLE = re.compile(r"(?:['’]s|\b(?:its|their|his|her|our|the|a|an|whose))\s+$", re.IGNORECASE)


def secretariat_body(rd: Reader, c: Candidate, home: str | None) -> str | None:
    """The international organisation a secretariat's title alone serves; None when none or several.

    With a home country known (a publisher, a dateline), only the one organisation the title line
    names (the occasion: "Remarks at a Reception for UNESCO"), or one named before the title in its
    sentence or the sentence before with no country named there ("the IAEA ... Director General X"):
    a national director general may speak of one named after him ("Director General X said police
    briefed the United Nations team") or beside his own country's body. With none, also the one
    named anywhere beside it (:func:`nearby_body`), else the one the whole text names ("a Reception
    for UNESCO ... Director General Azoulay"). A title owned by a possessive, or a holder whose own
    body follows the name ("Director General X of the Rapid Action Battalion"), is not read.
    """
    body = doc_text(rd.doc)
    before = body[max(0, c.title_start - 24):c.title_start] if c.title_start >= 0 else ""
    if _OWNED_TITLE.search(before) or _BODY_AFTER.match(body, c.end):
        return None  # "the organisation's deputy secretary general": whose is said (:mod:`.bloc_possessives`)
    if home is not None:
        span = rd.doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is None or c.title_start < 0:
            return None
        line = rd.doc.char_span(0, max(body.find("\n"), 0), alignment_mode="contract") or rd.doc[:0]
        titled = {p[1] for t in line if (p := rd.place(t)) is not None and p[0] == "org"}
        if len(titled) == 1:
            return titled.pop()  # "Remarks ... at a Reception for UNESCO": the occasion's organisation
        first = rd.sentence(span.start)[0]
        lo = rd.sentence(first - 1)[0] if first > 0 else first
        places = [p for t in rd.doc[lo:span.start] if t.idx < c.title_start and (p := rd.place(t)) is not None]
        names = {p[1] for p in places if p[0] == "org"}
        if any(p[0] == "country" for p in places):
            return None  # "The Kenya Revenue Authority said the IMF review ...": a national body beside it
        return names.pop() if len(names) == 1 else None
    near = nearby_body(rd, c)
    if near is not None:
        return near
    names = {p[1] for t in rd.doc if t.ent_type_ in ("ORG", "GPE") and (p := rd.place(t)) is not None and p[0] == "org"}
    return names.pop() if len(names) == 1 else None


# the holder's own body written after the name: "Director General X of the Rapid Action Battalion"
_BODY_AFTER = re.compile(r"\s*,?\s*(?:of|at|from)\s+(?:the\s+)?[A-Z]")


# Offices a government has exactly one holder of and whose holders the dated table lists in
# full: a national security advisor's title is also worn by other leaders' aides ("her National
# Security Advisor" of a vice president), so it stays out.
_TABLED_OFFICES = frozenset({"head_of_state", "foreign_minister", "defence_minister"})


@lru_cache(maxsize=1024)
def _home_holders(home: str, role: str, date: str) -> tuple[frozenset[str], frozenset[str]]:
    """(name tokens of the holders of ``home``'s ``role`` on ``date`` by the dated table, name
    tokens of every holder of that office the table lists)."""
    rows = [h for h in load_offices().holders if h.country == home and h.role == role
            and (h.start is not None or h.end is not None)]
    on = frozenset(t for h in rows if h.held_on(date) for t in h.key)
    return on, frozenset(t for h in rows for t in h.key)


def not_home_holder(c: Candidate, home: str, date: str | None) -> bool:
    """Whether the dated office-holder table says someone else held ``home``'s office of
    ``c``'s category on ``date`` and ``c`` never held it: "President Ana Roe" (of another country) in a
    2023 White House readout is not the US president, so she serves another government. False
    without a date or dated rows, and for a name the table lists for that office at any time
    ("President Trump" between his terms stays a US president)."""
    if not date or c.role not in _TABLED_OFFICES:
        return False
    on, ever = _home_holders(home, c.role, date)
    words = c.name.replace(".", " ").split()
    words = [w for w in words if w.lower() not in ("jr", "sr", "ii", "iii")]
    surname = folded_name_key(words[-1]) if words else frozenset()
    if not on or not surname or surname & ever:
        return False
    group = (c.role,)
    return not any(h.country == home and h.role in group for h in load_offices().holders_named(folded_name_key(c.name)))


# Verbs of a meeting whose objects are the people met ("met with", "held talks with").
_MEETING_VERBS = frozenset({"meet", "hold", "speak", "confer", "call", "visit"})

# Words of a sentence's frame of place before the visitor ("In Nigeria, ...", "While in Panama,
# ...", "During her stop in Hanoi, ...", "On the visit to Seoul, ...", "Today in Israel, ...").
_FRAME_WORDS = frozenset({"in", "while", "during", "on", "at"})


def trip_host_country(rd: Reader, c: Candidate, home: str | None, out: list[Candidate],
                      headline: str | None = None) -> str | None:
    """The country of a visit abroad whose hosts the sentence of ``c`` lists: it opens with a
    frame of place in one country other than ``home`` ("In Nigeria, the envoy met with Vice
    President Yemi Osinbajo, Minister of Foreign Affairs Geoffrey Onyeama, and other senior
    Nigerian officials"), or follows such a sentence in its paragraph ("She also met with ..."),
    names no third country before ``c``, and ``c`` comes after its meeting verb (the people met, not the
    visitor). With no such frame, the destination of a trip written before the meeting or a
    meeting's ``headline`` naming one foreign country stands for it. ``home`` may be None (a
    text whose own government is not known): the country of the visitor, an official of
    ``out`` placed already, stands for it. None otherwise.

    Args:
        rd: The roles reader of the Doc.
        c: The candidate role.
        home: ISO3 of the text's own government, or None.
        out: The candidates placed so far.
        headline: The text's headline, or None.
    """
    doc = rd.doc
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None:
        return None
    s, _ = rd.sentence(span.start)
    verb = _meeting_verb(doc, s, span.start)
    if verb is None:
        return None
    if home is None:
        subj = next((t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass") and t.i < verb.i), None)
        who = rd.person_at(subj) if subj is not None else None
        home = next((o.country for o in out if o.country and who is not None and o.person is not None
                     and o.person.id == who.id), None)
    frame = _frame(rd, s, span.start)
    lo = s
    for _ in range(2):  # the frame of an earlier sentence of the paragraph goes on
        if frame is not None or lo == 0 or "\n\n" in doc[lo - 1].text_with_ws + doc[lo].text:
            break
        lo = rd.sentence(lo - 1)[0]
        frame = _frame(rd, lo, rd.sentence(lo)[1])
    if frame is None:
        # or the destination of a trip the sentence or the paragraph before it wrote ("The
        # Adviser led a delegation to Paris, France. They met with ...")
        frame = travel_destination(rd, lo, verb.i, home) or meeting_headline_country(rd, headline, home)
    # countries named after the host are the talks' topics ("... to discuss the situation in Gaza")
    named = {p[1] for t in doc[s:span.end] if (p := rd.place(t)) is not None and p[0] == "country"} - {home}
    if frame is None or frame == home or not named <= {frame}:
        return None
    return frame


def _meeting_verb(doc, s: int, before: int):
    return next((t for t in doc[s:before] if t.pos_ == "VERB" and t.lemma_.lower() in _MEETING_VERBS
                 and t.dep_ in ("ROOT", "conj")), None)


def _frame(rd: Reader, s: int, before: int) -> str | None:
    """The one country of a frame of place standing before the visitor of the meeting verb in
    the sentence from token ``s`` ("Today in Israel, Mr. X met with ..."), else None."""
    verb = _meeting_verb(rd.doc, s, before)
    if verb is None:
        return None
    subj = next((t.i for t in verb.children if t.dep_ in ("nsubj", "nsubjpass") and t.i < verb.i), verb.i)
    lead = rd.doc[s:subj]
    if not any(t.lower_ in _FRAME_WORDS for t in lead):
        return None
    codes = {p[1] for t in lead if (p := rd.place(t)) is not None and p[0] == "country"}
    return codes.pop() if len(codes) == 1 else None


# Titles the office table gives one country although other governments have an office of that
# name: South Korea's armed forces are headed by a Chairman of the Joint Chiefs of Staff (Armed
# Forces Organization Act; Wikipedia: Joint Chiefs of Staff (South Korea)), as Pakistan's by the
# Chairman Joint Chiefs of Staff Committee (Wikipedia) and the United States' (10 U.S.C. 152).
_SHARED_TITLES = re.compile(r"\bchairman (of the )?joint chiefs\b")


def shared_title_country(rd: Reader, c: Candidate, dateline_code: str | None, date: str | None) -> str | None:
    """The dateline's country for an office the table gives another country by its title alone
    when other governments have an office of that name ("SEOUL (Yonhap) - Chairman of the Joint
    Chiefs of Staff Gen. Kim ..." is South Korea's): no country word stands at the title and the
    dated office-holder table does not list the holder for the title's country. None otherwise
    (the title's country stays)."""
    if not dateline_code or dateline_code == c.country or c.country_source != "title" or c.title_start < 0 \
            or not _SHARED_TITLES.search(c.title.lower().replace("’", "'")) \
            or rd.off.title_country(c.title) != c.country:
        return None
    doc = rd.doc
    span = doc.char_span(c.title_start, c.end, alignment_mode="expand")
    if span is None or any((p := rd.place(t)) is not None and p[0] == "country"
                           for t in doc[max(0, span.start - 3):span.end]):
        return None
    rows = load_offices().holders_named(folded_name_key(c.name))
    if any(h.country == c.country and h.role == c.role and h.held_on(date) for h in rows):
        return None
    return dateline_code
