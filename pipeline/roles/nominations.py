"""Nomination and appointment documents: who is nominated or appointed to which office.

Government nomination documents are lists and headings more than sentences, so the parser's
reading of them is poor ("Nominee" taken for a person, a board's name for its member). This
module reads their fixed forms directly from the text:

- the Senate nomination list entry: "Jane Doe, of Virginia, to be United States Attorney for
  the Eastern District of Virginia for the term of four years, vice John Roe, resigned." gives
  Jane Doe the office as a nominee and John Roe the same office as its former holder ("vice",
  in place of; "retiring" keeps him current until the successor takes office); "for a term
  expiring September 30, 2027" is the nominee's ``until``; entries under a "WITHDRAWAL SENT TO
  THE SENATE" header are withdrawn nominations, so only the predecessor keeps a role (the entry
  is still read whole, status ``withdrawn``, so that no other reading inside it stands); a rank
  held with the office ("with the rank of Ambassador at Large") is no part of it, and "and to be
  B" is a second office of the entry;
- announcement list items and section headings: "Jane Doe, Nominee for Member of the X Board",
  "Jane Doe, Nominee to be Ambassador ... to Y", and in an appointment announcement
  "Jane Doe, Member, X Board";
- an announcement's introduction followed by a list of names: "announced his intent to appoint
  the following individuals as members of the X Board:" then "Jane Doe" / "Jane Doe, Chair";
- "intent to nominate/appoint Jane Doe as/to be/to serve in the following positions: A, B,
  and C".

:mod:`.nomination_merge` gives them the nominating government's country and merges them with
the other readers' roles; :mod:`.nomination_bios` reads the offices in the nominees' biographies.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..knowledge.offices import load_offices, nomination_lexicon
from ..knowledge.wordlists import word_set
from .status import MONTHS
from .lists import FIELD_POST_HEADS, expand_acronym
from .held_ranks import without_held_rank
from .titles import classify, is_private
from .name_lines import _name_lines, _nickname
from .name_patterns import H as _H, HONORIFIC, JOINED_BODY, NAME, NAME_LAZY as _NAME_LAZY, RANK

__all__ = ["HONORIFIC", "NAME", "RANK", "Nomination", "NominationWords", "clean_title", "find_nominations", "load_words",
           "office_list", "role_of"]

_MONTH = "(?:" + "|".join(m.capitalize() for m in MONTHS) + ")"
_DATE = rf"({_MONTH}){_H}+(\d{{1,2}}),{_H}+((?:19|20)\d\d)"

# (spaces before the comma: the Doc text blanks the bold marks of a name set in bold, "**Jane Doe**, of Ohio")
_SENATE = re.compile(
    rf"^{_H}*(?P<name>{NAME})(?:{_H}*,{_H}+of{_H}+(?P<home>(?:the{_H}+)?[A-Z][^,\n]{{1,40}}),{_H}+"
    rf"(?:an?{_H}+[^,\n]{{1,80}}?(?:,{_H}+Class{_H}+of{_H}+[^,\n]{{1,40}})?,{_H}+)?|{_H}+)"
    rf"to{_H}+be{_H}+(?P<rest>[^\n]+)$", re.MULTILINE)
"""A Senate list entry: "Jane Doe, of Virginia, to be ...", or without the home state ("Jane Doe to
be Secretary of the Air Force, vice John Roe, resigned."), which a list writes for some nominees;
the bare form is read only in a document that is a Senate list (its header or a homed entry)."""
_RUN_ON_ENTRY = re.compile(
    rf"(?<=[a-z)][a-z)])\.{_H}(?=(?:{HONORIFIC}{_H}+)?{NAME}(?:{_H}*,{_H}+of{_H}+[A-Z][^,\n]{{1,40}},|{_H}+to{_H}+be{_H}))")
"""The full stop ending a Senate list entry and the space before the next entry's name on the
same line ("... Ambassador to Mexico. Jane Roe to be Ambassador to Peru.")."""
_SENATE_HEADER = re.compile(r"^\W*(NOMINATIONS?|WITHDRAWALS?)\b[^\n]{0,40}\bSENT\b", re.MULTILINE | re.IGNORECASE)
_OFFICE_END = re.compile(
    rf",?{_H}+vice{_H}+|{_H}+for{_H}+(?:a|the){_H}+(?:term|remainder)\b|,{_H}+and{_H}+to{_H}+serve{_H}+concurrently"
    rf"|,{_H}+to{_H}+which{_H}+position|,{_H}+which{_H}+was{_H}+sent|,{_H}+\(?(?:new|reappointment)\b|\.{_H}*$"
    rf"|(?<=[a-z)][a-z)])\.{_H}+(?=[A-Z][a-z]+{_H}+(?!(?:of|for|and|the|to|on|in|at)\b)[a-z])"  # a joined line's next sentence
    rf"|\.?{_H}+\((?i:new|reappointment)\b"  # the list's note after the full stop ("Board.  (New Position)")
    # a rank held with the office, or the conditions of a commission, are no part of the office
    # ("Director of the Office of X, with the rank of Ambassador at Large")
    rf"|,{_H}+with{_H}+the{_H}+(?:personal{_H}+)?rank{_H}+of\b|,{_H}+subject{_H}+to\b|,{_H}+and{_H}+to{_H}+be{_H}+")
_CONCURRENT = re.compile(rf"(?:to{_H}+serve{_H}+concurrently{_H}+and{_H}+without{_H}+additional{_H}+compensation{_H}+as"
                         rf"|,{_H}+and{_H}+to{_H}+be){_H}+(?:an?{_H}+|the{_H}+)?(?P<office>[^\n]+)")
"""A second office of one Senate list entry: "..., and to serve concurrently ... as B" or
"..., and to be B" (a commission in a service and the office it qualifies for)."""
_TERM_END = re.compile(rf"\bterm{_H}+expiring{_H}+{_DATE}")
_VICE = re.compile(rf"\bvice{_H}+(?P<name>{NAME})(?:,{_H}*(?P<why>[a-z][a-z ]{{2,30}}?))?{_H}*(?=[.,;]|$)", re.MULTILINE)
_NOMINEE_LINE = re.compile(
    rf"^{_H}*(?:\d{{1,3}}\.{_H}+)?(?:{HONORIFIC}{_H}+)?(?P<name>{NAME}){_H}?[,:]{_H}+(?:Nominee|Nominated|Appointee|Designee){_H}+"
    rf"(?:to{_H}+be|for|as)(?:{_H}+the{_H}+position{_H}+of)?{_H}+(?P<office>[^\n]{{3,320}})$", re.MULTILINE)
_TITLE_NOMINEE_LINE = re.compile(
    rf"^{_H}*(?:\d{{1,3}}\.{_H}+)?(?:<[^>\n]*>|\*\*|__)*{_H}*(?P<name>{NAME})[,:]{_H}+(?P<pre>[A-Z][^,:\n<]{{2,80}}?){_H}+"
    rf"(?:[Nn]ominee|Designee|Appointee){_H}+(?P<post>(?:for|to){_H}+[^\n<]{{3,160}})", re.MULTILINE)
"""A heading with the status word after the office: "Jane Doe, United States Attorney Nominee for
the District of Maine" (the office is "United States Attorney for the District of Maine"); also
numbered and with a colon ("2. Jane Doe: U.S. Marshal Nominee for the District of Utah"), and with
the status word in lower case ("Jane Doe, U.S. Attorney nominee for the District of Idaho")."""
_SEAT_COMMA = re.compile(r"(?:(?:Vice\s+|Co-)?Chair\w*|Member|Commissioner|Trustee|Governor),\s+(?:the\s+)?[A-Z][^,\n]*"
                         r"\b(?:Board|Commission|Council|Committee|Panel)\b")
"""A seat on a named body written with a comma ("Member, Presidential Emergency Board No. 7")."""
_NOMINEE_FOR = re.compile(rf"^{_H}*Nominee{_H}+(?:for|to{_H}+be){_H}+(?:the{_H}+)?(?P<office>[A-Z][^:\n]{{2,160}}):{_H}+"
                          rf"(?:(?P<rank>{RANK}){_H}+)?(?P<name>{_NAME_LAZY})"
                          rf"(?={_H}*$|{_H}+{RANK}{_H}|{_H}+(?P=name)\b)", re.MULTILINE)
_WILL_SERVE = re.compile(rf"(?P<name>{NAME})(?:\*\*)?{_H}+will{_H}+(?:serve|join{_H}+{JOINED_BODY}){_H}+as{_H}+(?:the{_H}+|an?{_H}+)?(?P<office>[A-Z][^\n]+)")
_TITLE_LINE = re.compile(rf"^{_H}*(?P<name>{NAME}),{_H}+(?P<office>[A-Z][^\n]{{2,200}})$", re.MULTILINE)
_TO_BE_LINE = re.compile(rf"^{_H}*(?P<name>{NAME}){_H}?,{_H}+to{_H}+be{_H}+(?:an?{_H}+|the{_H}+)?"
                         rf"(?P<office>[A-Z][^\n]{{3,220}})$", re.MULTILINE)
_ACRONYM_TITLE_LINE = re.compile(rf"^{_H}*(?P<name>{NAME}),{_H}+(?P<office>(?P<body>[A-Z]{{2,6}}){_H}+[A-Z][^,\n]{{2,80}})"
                                  rf"(?:,[^\n]{{0,120}})?$", re.MULTILINE)
"""A regional appointment list item: "Jane Doe, DOT Regional Administrator, Region 5, Illinois" (the
office opens with the initials of a body the text defines, "(DOT)")."""
_APPOINTED = re.compile(r"(?i)\b(?:has\s+|have\s+)?appointed\s+the\s+following\b")
"""An introduction of appointments made ("appointed the following individuals"), not intended."""
"""An appointment list item without a status word: "Jane Doe, to be a Member of the X Board" (the
Senate list's "Jane Doe, of Ohio, to be ..." is read by ``_SENATE``)."""
_INTRO = re.compile(
    rf"\b(?:intent{_H}+to{_H}+(?:appoint|nominate)|appoint(?:s|ed)?|nominat(?:es|ed)|(?P<weak>announced|nam(?:es|ed)))\b"
    rf"(?P<mid>[^.:\n]{{0,160}}?)\b(?:to|on|of){_H}+(?:serve{_H}+on{_H}+)?the{_H}+(?P<body>[^:\n]{{3,160}}?){_H}*"
    rf"(?:\([A-Z]{{2,10}}\))?{_H}*:{_H}*$", re.MULTILINE | re.IGNORECASE)
_INTENT = re.compile(
    rf"(?i:intent{_H}+to{_H}+(?:re)?(?:nominate|appoint))|(?i:has{_H}+(?:re)?(?:nominated|appointed))"
    rf"|(?i:will{_H}+(?:re)?(?:nominate|appoint))")
_INTENT_OBJ = re.compile(
    rf"{_H}+(?P<name>{NAME}){_H}+(?i:as|to{_H}+be|for|to{_H}+serve{_H}+as|to{_H}+serve{_H}+in{_H}+the{_H}+following"
    rf"{_H}+positions?:|to{_H}+the{_H}+position{_H}+of){_H}+(?P<offices>[^\n]+)")
_PAIR = re.compile(rf"^(?P<name>{NAME}){_H}+(?:for|as|to{_H}+be|to{_H}+serve{_H}+as){_H}+(?:an?{_H}+|the{_H}+)?(?P<office>[A-Z].*)$")
_SENT_END = re.compile(r"(?<![A-Z])\.(?=\s|$)")
_ROLE_NOUN = re.compile(r"\b(commissioners|members|directors|trustees|governors|judges|regents|delegates|"
                        r"representatives|advisors|advisers)\b", re.IGNORECASE)
_COUNTRY_WORDS = re.compile(
    rf"{_H}*\bof{_H}+the{_H}+United{_H}+States(?:{_H}+of{_H}+America)?(?=\s+to\b|\s+at\b|\s+for\b|$)"
    rf"|^(?:United{_H}+States|U\.{_H}?S\.){_H}+(?=[A-Z])|(?<=\bthe{_H})(?:United{_H}+States|U\.{_H}?S\.){_H}+(?=[A-Z])")
_TRAILING_DEPT = re.compile(rf",{_H}+(?:the{_H}+)?(?:(?:Department|Office|Executive{_H}+Office|Agency|United{_H}+States)\b"
                            rf"|U\.S\.)[^,]*$")
_NOT_NAME = frozenset({"the", "a", "an", "today", "president", "nominee", "nominees", "washington", "nominations",
                       "withdrawal", "withdrawals", "united", "senate", "office", "department", "white", "house",
                       "fact", "sheet", "statement", "readout", "remarks", "background", "press", "for", "immediate",
                       "release", "chair", "member", "commissioner", "vice", "dr.", "mr.", "ms.", "mrs.", "key", "members",
                       "individuals", "leaders", "officials", "nominees", "commissioners", "judges", "appointees",
                       "ambassadors", "additional", "several", "following", "new"})
_CHEAP = re.compile(r"(?i)(?-i:[AaNn])(?<!\w.)(?:(?<=a)ppoint|(?<=n)omin(?:at|ee))")
"""Words a nomination or appointment document holds ("disappointed" is not one; first letter first, so
``re`` skips to it); a Senate list may hold none, so "Senate" with "to be" counts too (:func:`find_nominations`)."""
_ENTRY_FORM = re.compile(r",\s+of\s+(?:the\s+)?[A-Z][^,\n]{1,40},\s+to\s+be\s")
"""The Senate list entry's own form ("Jane Doe, of Virginia, to be ..."): a list cut from its
header ("NOMINATIONS SENT TO THE SENATE") and without a nomination word still holds it."""
_FORM_TOP = re.compile(r"(?i)\b(?:appoint|nominat)")
"""An appointment or nomination word: near the top, it makes the document an announcement."""


@dataclass(frozen=True)
class NominationWords:
    """The word lists of the ``nominations`` section of ``pipeline/data/offices.json``."""

    vice_reasons: dict[str, str]
    heads: frozenset[str]
    public: frozenset[str]
    private: frozenset[str]
    strong_public: frozenset[str]


@lru_cache(maxsize=1)
def load_words() -> NominationWords:
    """The nomination word lists (loaded once)."""
    data = nomination_lexicon()
    off = load_offices()
    return NominationWords(
        vice_reasons={k: v for k, v in data["vice_reasons"].items() if not k.startswith("_")},
        heads=frozenset(data["office_heads"]["words"]) | off.heads,
        public=frozenset(data["public_body_words"]["words"]) | off.gov_body_words | frozenset(data["strong_public_body_words"]["words"]),
        private=frozenset(data["private_body_words"]["words"]),
        strong_public=frozenset(data["strong_public_body_words"]["words"]),
    )


@dataclass(frozen=True)
class Nomination:
    """One office a person is named to (or left) in a nomination document, in ``doc.text`` offsets."""

    name: str
    name_start: int
    start: int
    end: int
    title: str
    status: str
    until: str | None = None
    since: str | None = None
    claims: tuple[int, int] | None = None  # the list entry read whole: other readings inside it are dropped
    senate: bool = False  # a Senate list entry: an office the Senate confirms is public whatever its words
    rank: str = ""  # a military rank written with the name: the officer's posts are military commands
    public: bool = False  # the reader has judged the office public (a delegation member's staff post)


def clean_title(title: str) -> str:
    """An office as written, without country words, articles, markup or a trailing department.

    "United States Attorney for the District of Hawaii" -> "Attorney for the District of Hawaii";
    "Ambassador Extraordinary and Plenipotentiary of the United States of America to Montenegro"
    -> "Ambassador Extraordinary and Plenipotentiary to Montenegro".
    """
    t = without_held_rank(re.sub(r"\s+", " ", title).strip().rstrip(".,;: "))  # ", with the rank of Ambassador"
    t = re.sub(r"^(?:an?|the)\s+", "", t)
    bare = _TRAILING_DEPT.sub("", t) if not t.startswith(("Department", "Office")) else t
    # a company-style title keeps its department: "Chief Financial Officer, Department of X" is public
    t = t if bare != t and is_private(bare) else bare
    t = _COUNTRY_WORDS.sub("", t).strip()
    t = re.sub(r"\s+", " ", t)
    return t.rstrip(".,;: ")


def role_of(title: str) -> str:
    """Role category of a nominated office. A "General Counsel" is a lawyer, not a general."""
    role = classify(title)
    if role == "military_commander" and re.search(r"\bGeneral\s+Counsel\b", title):
        return "official_other"
    if role in ("head_of_state", "head_of_government"):
        # "Commissioner of the President's Advisory Commission": the leader word is in the body's name
        head = re.split(r"\s+(?:of|to|on|for|at)\s+", title, maxsplit=1)[0]
        if head != title and classify(head) != role:
            return "official_other"
    return role


def office_list(text: str) -> list[str]:
    """Split "A, B, and C" into offices: a comma or "and" starts a new office only when what
    follows opens with a capitalised office word and holds an office head ("Assistant Secretary
    of State for Economic, Energy and Business Affairs" stays one office)."""
    words = load_words()
    parts: list[str] = []
    depth, last = 0, 0
    cuts: list[tuple[int, int]] = []
    for m in re.finditer(r"\(|\)|,\s+(?:and\s+)?(?:as\s+(?=[A-Z]))?|\s+and\s+(?:as\s+(?=[A-Z]))?", text):  # "A and as B"
        tok = m.group()
        if tok == "(":
            depth += 1
        elif tok == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            cuts.append((m.start(), m.end()))
    for s, e in cuts:
        nxt = text[e:e + 120]
        first = re.match(r"(?:the\s+)?(?:(?:U\.S\.|United\s+States)\s+(?=[A-Z]))?([A-Z][\w.’'-]*)", nxt)
        if not first or first.group(1).lower() in _BODY_FIRST or _EOP.match(nxt):
            continue  # "Assistant Attorney General, Department of Justice": the body of the office before
        upto = re.split(r",|\s+and\s+", nxt, maxsplit=1)[0]
        heads = [w.lower().strip(".") for w in re.findall(r"[A-Za-z][\w.-]*", upto)]
        if text[s:e].strip() == "and" and len(text[last:s].split()) <= 2 and not any(w.lower().strip(".") in words.heads for w in re.findall(r"[A-Za-z][\w.-]*", text[last:s])):
            continue  # "Wage and Hour Administrator": one or two head-less words before "and" modify the office after
        pair = _PAIR.match(nxt)
        if pair and pair.group("name").split()[-1].lower() in _BODY_NOUNS:
            pair = None  # "A and Management Board for Puerto Rico": a body's name goes on, no one named
        if any(h in words.heads for h in heads) and first.group(1).lower() not in ("and",) or pair:
            parts.append(text[last:s])
            last = e
    parts.append(text[last:])
    return [p for p in (x.strip() for x in parts) if p]


_BODY_NOUNS = word_set("entities", "body_heads") | word_set("roles", "body_unit_words")
"""Last words of a body's name ("Board", "Commission"): never the last word of a person's."""
# a list part opening with one of these is the body of the office before it, not an office ("Office
# of the X" is left to split: "Special Counsel" alone does not show it is a public office)
_BODY_FIRST = frozenset({"department", "division", "bureau", "agency", "administration", "ministry"})
_HONORIFIC = frozenset({"dr.", "mr.", "ms.", "mrs.", "dr", "mr", "ms", "mrs", "prof.", "hon."})
# The US President's own agencies, named after their officials' titles in nominee headings
# ("National Cyber Director, Executive Office of the President"): a body, though "President" is an
# office word.
_EOP = re.compile(r"(?:the\s+)?Executive\s+Office\s+of\s+the\s+President\b")


_OPENERS = frozenset({"in", "on", "at", "by", "from", "since", "during", "after", "before", "earlier", "later", "last",
                      "this", "next", "until", "through", "under", "with", "as", "if", "when", "while"})
"""Words that open a sentence's adverbial, never a name ("In April, President X announced ...")."""


def _titled(name: str) -> bool:
    """Whether a name's words include an office, rank or modifier word ("Acting Secretary Jane
    Roe", "Rear Admiral John Doe", "Air Force Colonel John Smith")."""
    off = load_offices()
    return any(w.lower().strip(".,") in off.heads or w.lower().strip(".,") in off.modifiers
               or w.lower().strip(".,") in off.gov_body_words for w in name.split())


def _ok_name(name: str) -> bool:
    toks = name.replace(",", " ").split()
    while toks and toks[0].lower() in _HONORIFIC:  # "Dr. Amelia Doe" is Amelia Doe
        toks = toks[1:]
    if len(toks) < 2 or toks[0].lower() in _NOT_NAME or toks[0].lower() in _OPENERS:
        return False
    # a surname may be an office or place word ("Jane K. Marshal", "Stephen White", "Mary Washington"),
    # a first name may not ("Ambassador Extraordinary", "White House"); nor may every word be one
    return toks[0].lower().strip(".") not in load_words().heads and not all(t.lower() in _NOT_NAME for t in toks)


def _canon(name: str) -> str:
    """One space between words, "Easley, Jr." -> "Easley Jr."."""
    name = re.sub(r"\s+(?:[“\"][^”\"]*[”\"]|\([A-Z][\w.]*\))", "", name)  # a nickname in quotes or brackets is not part of the name
    name = re.sub(r"^(?:(?:Dr|Mr|Ms|Mrs|Prof|Hon)\.\s+)+", "", name)  # an honorific is not part of the name
    name = re.sub(r"(?<=[a-z]{2})\.$", "", name) if not name.endswith(("Jr.", "Sr.")) else name  # the sentence's period
    return re.sub(r",\s*(Jr\.|Sr\.|II|III|IV)(?!\w)", r" \1", re.sub(r"\s+", " ", name)).strip()


def _date(m: re.Match) -> str:
    month, day, year = m.groups()[-3:]
    return f"{year}-{MONTHS.index(month.lower()) + 1:02d}-{int(day):02d}"


def _senate(text: str) -> tuple[list[Nomination], list[str]]:
    """Entries of a Senate nomination list, and the nominees' home states."""
    out: list[Nomination] = []
    homes: list[str] = []
    headers = [(m.start(), m.group(1).upper().startswith("WITHDRAWAL")) for m in _SENATE_HEADER.finditer(text)]
    words = load_words()
    # entries run together on one line where the list's single line breaks were joined: each
    # starts a line of its own again (one space made a line break: the offsets stay)
    text = _RUN_ON_ENTRY.sub(".\n", text)
    entries = list(_SENATE.finditer(text))
    listed = bool(headers) or any(m.group("home") for m in entries)
    for m in entries:
        name, rest = m.group("name"), m.group("rest")
        if not _ok_name(name) or not (m.group("home") or listed) or not m.group("home") and _titled(name):
            continue  # ("Acting Secretary Jane Roe to be ...": a title before the name, not a list entry's form)
        if m.group("home"):
            homes.append(m.group("home"))
        withdrawn = next((w for pos, w in reversed(headers) if pos < m.start()), False)
        rest_at = m.start("rest")
        end = _OFFICE_END.search(rest)
        office = rest[:end.start()] if end else rest
        title = clean_title(office)
        if not title or not title[0].isupper():
            continue
        entry = (m.start(), m.end())
        term = _TERM_END.search(rest)
        until = _date(term) if term else None
        if withdrawn:
            # the withdrawn nominee holds nothing, but the entry is still read whole: no other
            # reader's office inside it stands ("withdrawn" roles are dropped by the merge)
            out.append(Nomination(_canon(name), m.start("name"), m.start(), rest_at + len(office), title,
                                  "withdrawn", claims=entry, senate=True))
        else:
            out.append(Nomination(_canon(name), m.start("name"), m.start(), rest_at + len(office), title,
                                  "nominee", until=until, claims=entry, senate=True))
            conc = _CONCURRENT.search(rest)
            if conc:
                o2 = conc.group("office")
                e2 = _OFFICE_END.search(o2)
                o2 = o2[:e2.start()] if e2 else o2
                t2 = clean_title(o2)
                if t2 and t2[0].isupper():
                    s2 = rest_at + conc.start("office")
                    out.append(Nomination(_canon(name), m.start("name"), s2, s2 + len(o2), t2, "nominee", claims=entry,
                                          senate=True))
        vice = _VICE.search(rest)
        if vice and _ok_name(vice.group("name")):
            why = (vice.group("why") or "").strip()
            status = words.vice_reasons.get(why, "former")
            vs = rest_at + vice.start()
            out.append(Nomination(_canon(vice.group("name")), rest_at + vice.start("name"), vs, rest_at + vice.end(),
                                  title, status, claims=entry, senate=True))  # the entry's office: public
    return out, homes


def _to_be_headings(text: str, heads: frozenset[str]) -> int:
    """How many lines are a name and the office it is to fill ("Jane Doe, to be Member of the X Board").

    Two or more make the document an announcement even when no "appoint" or "nominate" is written
    (a release may be only the nominees' headings and biographies).
    """
    return sum(1 for m in _TO_BE_LINE.finditer(text)
               if _ok_name(m.group("name")) and m.group("office").split()[0].lower().strip(",") in heads)


def _announced(text: str) -> list[Nomination]:
    """"Jane Doe, Nominee for X" lines; in appointment announcements "Jane Doe, Member, X Board"
    lines and bare names listed after an introduction naming the body."""
    out: list[Nomination] = []
    seen_lines: set[int] = set()
    for m in _NOMINEE_LINE.finditer(text):
        if not _ok_name(m.group("name")):
            continue
        raw = m.group("office")
        for part in office_list(raw):
            title = clean_title(part)
            if title:
                s = m.start("office") + raw.find(part)
                # the claim starts at the name: an office written before it ("Congresswoman") is the
                # other readers' to read, a current office of the nominee
                out.append(Nomination(_canon(m.group("name")), m.start("name"), m.start(), s + len(part), title,
                                      "nominee", claims=(m.start("name"), m.end())))
        seen_lines.add(m.start())
    for m in _TITLE_NOMINEE_LINE.finditer(text):
        if m.start() in seen_lines or not _ok_name(m.group("name")):
            continue
        title = clean_title(m.group("pre") + " " + m.group("post"))
        if title and title[0].isupper():
            out.append(Nomination(_canon(m.group("name")), m.start("name"), m.start(), m.end("post"), title,
                                  "nominee", claims=(m.start(), m.end())))
            seen_lines.add(m.start())
    for m in _NOMINEE_FOR.finditer(text):  # "Nominee for Commander of X Fleet: Vice Adm. Jane Doe"
        if _ok_name(m.group("name")):
            out.append(Nomination(_canon(m.group("name")), m.start("name"), m.start(), m.end(),
                                  clean_title(m.group("office")), "nominee", claims=(m.start(), m.end()),
                                  rank=m.group("rank") or ""))
            seen_lines.add(m.start())
    heads = load_words().heads
    appointing = bool(re.search(r"(?i)\b(?:appoint|nominat)", text[:1500])) or _to_be_headings(text, heads) >= 2
    if appointing:
        for m in _TO_BE_LINE.finditer(text):
            if m.start() in seen_lines or not _ok_name(m.group("name")):
                continue
            raw = m.group("office")
            for part in office_list(raw):
                title = clean_title(part)
                if title and title.split()[0].lower().strip(",") in heads:
                    s = m.start("office") + raw.find(part)
                    out.append(Nomination(_canon(m.group("name")), m.start("name"), m.start(), s + len(part), title,
                                          "nominee", claims=(m.start(), m.end())))
            seen_lines.add(m.start())
        defined = set(re.findall(r"\(([A-Z]{2,6})\)", text))
        made = bool(_APPOINTED.search(text[:1500]))
        for m in _ACRONYM_TITLE_LINE.finditer(text):
            words = m.group("office").lower().split()
            if m.start() in seen_lines or m.group("body") not in defined or not _ok_name(m.group("name")) \
                    or not any(w in heads or w in FIELD_POST_HEADS for w in words[1:]):
                continue
            # the office of the body the initials stand for ("State Director of the United States
            # Department of Agriculture"): the full name says whether the body is a public one
            body = expand_acronym(text, m.group("body"))
            office = m.group("office")[len(m.group("body")):].strip()
            title = clean_title(f"{office} of the {re.sub(r'^the{_H}+', '', body)}" if body != m.group("body") else m.group("office"))
            out.append(Nomination(_canon(m.group("name")), m.start("name"), m.start(), m.end("office"),
                                  title, "current" if made else "nominee",
                                  claims=(m.start(), m.end())))
            seen_lines.add(m.start())
        for m in _TITLE_LINE.finditer(text):
            if m.start() in seen_lines or not _ok_name(m.group("name")):
                continue
            office = m.group("office")
            first = office.split()[0].lower().strip(",")
            if first not in heads or len(office.split()) < 3 or re.search(r"[.!?]\s+[A-Z]", office) \
                    or not (re.search(r"\b(?:of|on|to|for)\b", office) or _SEAT_COMMA.match(office)):
                continue
            office = re.sub(r"^((?:Vice\s+|Co-)?Chair\w*|Member|Commissioner|Trustee|Director|Governor),\s+",
                            r"\1 of the ", office)
            out.append(Nomination(_canon(m.group("name")), m.start("name"), m.start(), m.end(), clean_title(office),
                                  "nominee", claims=(m.start(), m.end())))
            seen_lines.add(m.start())
    for intro in _INTRO.finditer(text):
        body = expand_acronym(text, clean_title(intro.group("body")))
        if not body or not body[0].isupper():
            continue
        noun = _ROLE_NOUN.search(intro.group("mid") or "")
        if intro.group("weak") and not (noun or re.search(r"(?i)appoint|nominat", intro.group("mid") or "")):
            continue  # "announced new steps to strengthen security on the Border:" lists no members
        office = (noun.group(1).capitalize()[:-1] if noun else "Member")
        named = {n.name for n in out}
        for item in _name_lines(text, intro.end()):
            if item.start() in seen_lines or not _ok_name(item.group("name")):
                continue
            name = _canon(item.group("name"))
            name = _nickname(text, item.end(), name)
            if name in named:
                continue
            pos = item.group("pos")
            title = f"{pos} of the {body}" if pos else f"{office} of the {body}"
            out.append(Nomination(name, item.start("name"), item.start(), item.end(), title, "nominee",
                                  claims=(item.start(), item.end())))
            named.add(name)
            seen_lines.add(item.start())
    return out


def _intents(text: str) -> list[Nomination]:
    """"intent to nominate Jane Doe as X" / "... to serve in the following positions: A, B, and C"."""
    out: list[Nomination] = []
    for verb in _INTENT.finditer(text):
        m = _INTENT_OBJ.match(text, verb.end())
        if not m or not _ok_name(m.group("name")):
            continue
        raw = m.group("offices")
        stop = _SENT_END.search(raw)
        raw = raw[:stop.start()] if stop else raw
        raw = re.split(r"\s+(?:for|with)\s+(?:a|the)\s+term\b|,\s+(?:where|who|which)\b", raw)[0]
        name, name_at = _canon(m.group("name")), m.start("name")
        claim = (m.start("name"), m.start("offices") + len(raw))
        for part in office_list(raw):
            at = m.start("offices") + raw.find(part)
            pair = _PAIR.match(part)  # "..., Jane Roe for Under Secretary of X, and ..."
            if pair and _ok_name(pair.group("name")):
                name, name_at = _canon(pair.group("name")), at
                at, part = at + pair.start("office"), pair.group("office")
            title = clean_title(part)
            if title and title[0].isupper():
                out.append(Nomination(name, name_at, name_at if name_at >= claim[0] else at, at + len(part), title,
                                      "nominee", claims=claim))
    # an appointment announced: "Jane Doe will serve as Special Assistant to ..."; in ordinary
    # news the same words tell what someone does next ("will serve as Speaker until ..."), so
    # only an announcement (an appointment word near the top) is read this way
    will_serve = _WILL_SERVE.finditer(text) if _FORM_TOP.search(text[:1500]) else ()
    for m in will_serve:
        if not _ok_name(m.group("name")):
            continue
        raw = m.group("office")
        stop = _SENT_END.search(raw)
        raw = re.split(r",|;|\s+(?:until|through)\b|\s+(?:in|for)\s+the\s+(?:White\s+House\s+)?Office\b",
                       raw[:stop.start()] if stop else raw)[0]
        for part in office_list(raw):  # "Special Assistant to the President and Deputy Director of X": two posts
            if clean_title(part):
                out.append(Nomination(_canon(m.group("name")), m.start("name"), m.start(), m.start("office") + raw.find(part)
                                      + len(part), clean_title(part), "nominee", public="join" in text[m.end("name"):m.start("office")]))
    return out


def find_nominations(text: str) -> tuple[list[Nomination], list[str]]:
    """Every nominated (or vacated) office of a nomination or appointment document.

    Args:
        text: The Doc text (one paragraph or list item per line).

    Returns:
        The nominations in text order and the home states written in Senate list entries.
    """
    if not (_CHEAP.search(text) or re.search(r"SENATE|Senate", text) and re.search(r"\bto\s+be\b", text)
            or _ENTRY_FORM.search(text) or ", to be " in text and _to_be_headings(text, load_words().heads) >= 2):
        return [], []  # ordinary news: no nomination forms, nothing to read
    senate, homes = _senate(text)
    found = senate + _announced(text) + _intents(text)
    return sorted(found, key=lambda n: (n.start, n.name_start)), homes
