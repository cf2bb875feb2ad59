"""The country of an official named with a foreign official: the rest of a visiting side.

Readouts, joint statements and wire copy name a foreign leader or minister with the country
("Colombian Foreign Minister X", "President-elect X of Chile") and then the people who came with
them without it:

- a list goes on with the same side: "welcomed Colombian Foreign Minister X, Ambassador Y, and
  their delegation"; "spoke with X, Poland's National Security Bureau Chief, and Y, Minister of
  State";
- the people who join or accompany someone: "The President-elect was joined by Vice
  President-elect Y"; "President X, accompanied by Foreign Minister Y, ...";
- an aide introduced with a possessive pronoun: "The Prime Minister introduced her National
  Security Advisor, Y";
- an aide written with the official served: "Karin Roe, State Secretary to Prime Minister X of
  Sweden", "Y, adviser to President Z";
- a side or delegation written with its country: "The Israeli side was led by Minister X and
  National Security Advisor Y"; "a delegation of Ukrainian officials, including Director Y";
- a bilateral text's second leader or minister of an office the home government already fills:
  "Secretary Blinken ... also met Prime Minister and Minister of Foreign Affairs Y" when the text
  names the officials of one foreign country only.

The resolver gives such people the fallback country (the publisher's, or none): this step,
run after it, moves them to the side they came with. Only roles whose country came from the
fallback are touched; a country the text writes for the person is never overridden.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..nlp import text as doc_text
from .abroad import NO_HEAD_OF_GOVERNMENT
from .copula import same_clause
from .reader import Candidate, Reader, same_person

if TYPE_CHECKING:
    from ..context import ArticleContext

__all__ = ["companion_countries"]

# Sources of a country the resolver fell back to: the publisher's or the dateline's government, or none.
_FALLBACK = frozenset({"publisher", "dateline"})
# Sources of a country the text states for the person (anchors for the people named with them).
_EXPLICIT = frozenset({"title", "institution", "earlier_role", "office_holder"})
_ONE_PER_GOVERNMENT = frozenset({"head_of_state", "head_of_government", "foreign_minister", "defence_minister",
                                 "national_security_advisor"})
_LIVE = frozenset({"current", "elect", "acting", "nominee"})
_LEADERS = frozenset({"head_of_state", "head_of_government"})  # no one's aide

# The text between two items of one list of people: a comma, "and", "as well as", with at most a
# determiner, a word of status or a style before the next title ("..., and incoming Foreign
# Minister Y", "... and His Royal Highness Crown Prince Y").
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|and\s+|as\s+well\s+as\s+)"
                       r"(?:(?:the|incoming|new|outgoing)\s+)?"
                       r"(?:(?:his|her|their)\s+(?:royal\s+)?(?:highness|majesty|excellency)\s+|the\s+honou?rable\s+)?",
                       re.IGNORECASE)
# "X was joined by", "accompanied by": the people after it came with the subject.
_WITH = re.compile(r"\b(?:joined|accompanied)\s+by\s+(?:(?:the|incoming|new)\s+)?$"
                   r"|\b(?:joined|accompanied)\s+by\b[^.;]*\band\s+by\s+(?:(?:the|incoming|new)\s+)?$", re.IGNORECASE)
# "her National Security Advisor", "his incoming chief of staff": an aide of the subject.
_POSSESSIVE = re.compile(r"\b(?:his|her)\s+(?:(?:incoming|new|outgoing|top|chief|senior|close)\s+)?$",
                         re.IGNORECASE)
# "State Secretary to Prime Minister X", "adviser for the President": the official an aide serves
_SERVES = re.compile(r"\s+(?:to|for)\s+(?:the\s+)?", re.IGNORECASE)
# "the Israeli side", "the Colombian delegation", "a delegation of Ukrainian officials"
_SIDE_WORDS = frozenset({"side", "delegation", "team"})


def companion_countries(rd: Reader, out: list[Candidate], cands: list[Candidate],
                        context: "ArticleContext") -> None:
    """Move the officials named with a foreign official to that official's country (in place).

    Args:
        rd: The Reader of the article's Doc.
        out: The resolved roles (one per person and office), their countries filled.
        cands: Every mention of a role (before de-duplication), to find where each is written.
        context: The article context (the publisher's home country).
    """
    home = context.home_country or context.dateline_country or next(
        (c.country for c in out if c.country_source in _FALLBACK), None)
    targets = [c for c in out if _target(c, listed=True)]
    if not targets:
        return
    spans = _spans(rd, out, cands)
    moved: set[int] = set()
    for t in spans:
        c = t[2]
        if not _target(c, listed=True) or id(c) in moved:
            continue
        code = _list_country(rd, spans, t, home, moved) or _principal_country(rd, spans, t, moved) or (_with_country(rd, spans, t, out, home, moved)
                                                            or _side_country(rd, t, c) if _target(c) else None)
        if code and code != c.country:
            c.country, c.country_source = code, "institution"
            moved.add(id(c))
    for c in targets:
        if id(c) not in moved and (c.country is None or c.country == home) and _target(c):
            code = _bilateral_country(c, out, home, moved)
            if code and code != c.country:
                c.country, c.country_source = code, "institution"
                moved.add(id(c))
    _same_holder(targets, out, moved)


def _same_holder(targets: list[Candidate], out: list[Candidate], moved: set[int]) -> None:
    """A person's offices written together ("X, Senior Advisor to the
    Secretary and Envoy for Y"): those left without a country serve the government this step placed the
    person's other office in (in place)."""
    for c in targets:
        if c.country is None and id(c) not in moved:
            codes = {o.country for o in out if id(o) in moved and o is not c and same_person(o, c)}
            if len(codes) == 1:
                c.country, c.country_source = codes.pop(), "earlier_role"


def _target(c: Candidate, listed: bool = False) -> bool:
    """A role whose country the resolver only fell back to; a former office too when ``listed``
    (an item of a list of one side's people: "President X, Vice President Y, Colonel (Retired) Z")."""
    return c.organization is None and not c.counterpart and (c.status in _LIVE or listed and c.status == "former") \
        and (c.country is None or c.country_source in _FALLBACK)


def _anchor(c: Candidate, moved: set[int]) -> str | None:
    """The country a role's own text states (or this step gave it), else None."""
    if c.organization is not None or c.counterpart or not c.country:
        return None
    return c.country if c.country_source in _EXPLICIT or id(c) in moved else None


def _spans(rd: Reader, out: list[Candidate], cands: list[Candidate]) -> list[tuple[int, int, Candidate, int]]:
    """(start, end, resolved role, sentence start) of every written mention, in text order."""
    seen: dict[tuple[int, int], tuple[int, int, Candidate, int]] = {}
    doc = rd.doc
    # (a text writes one person's title and name many times: the role is looked up once for
    # each; same_person reads only the names and the entity ids)
    found: dict[tuple, Candidate | None] = {}
    for m in cands:
        if (m.start, m.end) in seen:
            continue
        k = (m.title, m.role, m.name, m.person.id if m.person is not None else None)
        if k not in found:
            # (the cheap comparison first: same_person is the costly one)
            found[k] = next((o for o in out if o.title == m.title and same_person(o, m)), None) or next(
                (o for o in out if o.role == m.role and same_person(o, m)), None)
        role = found[k]
        if role is None:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        seen[(m.start, m.end)] = (m.start, m.end, role, rd.sentence(span.start)[0])
    return sorted(seen.values(), key=lambda s: (s[0], s[1]))


def _list_country(rd: Reader, spans: list, t: tuple, home: str | None, moved: set[int]) -> str | None:
    """The foreign country of the item before ``t`` in the same list ("Colombian Foreign Minister
    X, Ambassador Y"); never the home government's (``home``; None when unknown)."""
    prev = [s for s in spans if s[3] == t[3] and s[1] <= t[0]]
    if not prev:
        return None
    p = max(prev, key=lambda s: s[1])
    if same_person(p[2], t[2]) or any(p[1] <= s[0] < t[0] for s in spans if s is not p):
        return None
    if not _LIST_GAP.fullmatch(doc_text(rd.doc)[p[1]:t[0]]):
        return None
    if p[2].role == t[2].role and t[2].role in _ONE_PER_GOVERNMENT:
        return None  # "President Biden and President X": two governments' leaders
    code = _anchor(p[2], moved)
    return code if code not in (t[2].country, home) else None


def _principal_country(rd: Reader, spans: list, t: tuple, moved: set[int]) -> str | None:
    """The country of the official written right after the aide's title with "to" or "for"
    ("Y, State Secretary to Prime Minister X of Sweden"): an aide serves the principal's government."""
    if t[2].role in _LEADERS:
        return None
    # (the text tests first: same_person is the costly one)
    p = min((s for s in spans if s[0] >= t[1]), key=lambda s: s[0], default=None)
    body = doc_text(rd.doc)
    # the aide's title apposed after the name ("Y, State Secretary to ..."): not "a letter from
    # Prime Minister Y to President X", where "to" names the addressee
    if p is None or not _SERVES.fullmatch(body[t[1]:p[0]]) or p[2].status not in _LIVE \
            or not body[t[0]:t[1]].rstrip().lower().endswith(t[2].title.lower()) or same_person(p[2], t[2]):
        return None
    code = _anchor(p[2], moved)
    return code if code != t[2].country else None


def _with_country(rd: Reader, spans: list, t: tuple, out: list[Candidate], home: str | None,
                  moved: set[int]) -> str | None:
    """The country of the one person a sentence names before "joined by"/"accompanied by" or
    before the possessive of an aide's title ("The President-elect introduced her ... Advisor")."""
    body = doc_text(rd.doc)
    s_start = rd.doc[t[3]].idx
    before = body[s_start:t[0]]
    if not (_WITH.search(before) or _POSSESSIVE.search(before)):
        return None
    people: dict[int, Candidate] = {}
    for s in spans:
        if s[3] == t[3] and s[1] <= t[0] and not same_person(s[2], t[2]):
            people.setdefault(id(s[2].person) if s[2].person is not None else id(s[2]), s[2])
    # a person named without a title ("Prabowo was accompanied by his adviser ...")
    span = rd.doc.char_span(t[0], t[1], alignment_mode="expand")
    for tok in rd.doc[t[3]:span.start if span is not None else t[3]]:
        ent = rd.person_at(tok)
        held = [o for o in out if ent is not None and o.person is not None and o.person.id == ent.id
                and o.status in _LIVE and not same_person(o, t[2])]
        if held:
            people.setdefault(id(held[0].person), held[0])
    # "The President-elect was joined by ...": a bare definite title of the one person holding it
    for m in re.finditer(r"\b[Tt]he ((?:[A-Z][\w-]*\s?)+)", body[s_start:t[0]]):
        title = m.group(1).strip()
        holders = {id(o.person) if o.person is not None else id(o): o for o in out
                   if o.title.lower() == title.lower() and o.status in _LIVE and not same_person(o, t[2])}
        if len(holders) == 1:
            people.update(holders)
    codes = {code for o in people.values() if (code := _anchor(o, moved))}
    if len(people) != 1 or len(codes) != 1:
        return None
    code = codes.pop()
    return code if code not in (t[2].country, home) else None


def _side_country(rd: Reader, t: tuple, c: Candidate) -> str | None:
    """The country written with "side", "delegation" or "team" earlier in the sentence ("The
    Israeli side was led by ...", "a delegation of Ukrainian officials, including ..."), when it
    names one country only."""
    doc = rd.doc
    span = doc.char_span(t[0], t[1], alignment_mode="expand")
    if span is None:
        return None
    codes: set[str] = set()
    for tok in doc[t[3]:span.start]:
        if tok.lower_ not in _SIDE_WORDS or not same_clause(tok, span.root):
            continue
        for near in doc[max(t[3], tok.i - 2):min(span.start, tok.i + 10)]:
            place = rd.place(near)
            if place is not None and place[0] == "country":
                codes.add(place[1])
    if len(codes) != 1:
        return None
    code = codes.pop()
    return code if code != c.country else None


def _bilateral_country(c: Candidate, out: list[Candidate], home: str | None, moved: set[int]) -> str | None:
    """A leader, foreign or defence minister or security adviser in a text of two governments
    (the home one, when known, and the ones its officials' own titles name) whose office one of
    them already fills with someone else in the text (or lacks: a prime minister in a US text):
    the other government's. A nominee is none: a government names one while its holder still
    serves ("Defense Secretary X ... the pick for defense secretary, Y")."""
    if c.role not in _ONE_PER_GOVERNMENT or c.status == "nominee":
        return None
    sides = {code for o in out if (code := _anchor(o, moved))} | ({home} if home else set())
    if len(sides) != 2:
        return None
    filled = {o.country for o in out if o.country in sides and o.role == c.role and not same_person(o, c)
              and o.status in ("current", "acting")}
    if c.role == "head_of_government" and home in NO_HEAD_OF_GOVERNMENT:
        filled.add(home)
    free = sides - filled
    return free.pop() if len(free) == 1 and len(filled) == 1 else None
