"""Officials the text's home government cannot have, for the ones no explicit evidence placed.

A White House readout of a call with Finland may name "Foreign Minister Jane Roe" with no
country word near her; the fallback would give her the publisher's government. Some offices
settle that she serves another one:

- a minister: the US executive departments are headed by Secretaries (and an Attorney
  General), 5 U.S.C. 101 and the Constitution art. II, sec. 2; no US federal office is styled
  "Minister" except the Foreign Service rank "Minister-Counselor" (22 U.S.C. 3903, Foreign
  Service Act of 1980, sec. 402);
- a Premier, Chancellor, party General Secretary, State Councilor or royal office (see
  ``_FOREIGN_STYLE``);
- a current "Vice President X", or a "President-elect X" or "Vice President-elect X", whom the
  office-holder table knows under no office of the home government (the table lists every US
  president and the US vice presidents of the period).

Such an official serves the other country her sentence names ("What Nicaraguan President X and
his wife, Vice President Y, orchestrated ..."), the one foreign government of the officials her
sentence names ("Foreign Minister Roe joined President Kallio on the call"), the one other
country the sentence before names in her paragraph, or the one foreign government of the text's
officials placed by their own titles; else no country (never the home one).

Two more kinds of officials the fallback would misplace: a counterpart no text placed serves the
other side of its sentence (``counterpart_country``), and the head of an international
organisation named without it ("Secretary-General Guterres") serves the organisation the dated
table gives (``organisation_holder``).

Used by :mod:`.resolver`.
"""

from __future__ import annotations

import re

from ..knowledge.offices import folded_name_key, load_offices, names_holder, organisation_holders
from ..nlp import text as doc_text
from .abroad import OPPOSITION, not_home_holder, other_country
from .reader import Candidate, Reader
from .subject_country import subject_country
from .trip_destinations import meeting_headline_country

# Governments none of whose offices is styled "Minister" (see the module docstring).
NO_MINISTERS = frozenset({"USA"})

# Governments whose holders of the tabled offices the office-holder table lists in full for the
# period of the texts (offices.json: every US president; the Biden and second Trump cabinets):
# another name in one of those offices is not theirs. Other governments' rows may lag, so an
# unknown "Defence Minister X" in a British text stays British.
FULL_TABLE = frozenset({"USA"})

_MINISTER = re.compile(r"\bminist(?:er|ry)\b(?![- ]counsel)", re.IGNORECASE)
# Other styles of office no US federal office has: heads of government styled Premier or Chancellor
# (the US executive is the President's, Constitution art. II, sec. 1), a ruling party's General
# Secretary, China's State Councilors and Vice Premiers, and a monarchy's royal offices (art. I,
# sec. 9: no title of nobility); such an official named in a US text serves another government.
_FOREIGN_STYLE = re.compile(r"^(?:vice[- ])?premier$|^(?:federal |vice[- ])?chancellor$|^(?:party )?general secretary$|"
                            r"^state councilo(?:u)?r$|^crown prince(?:ss)?$|^(?:king|queen|emir|amir|sultan)$", re.IGNORECASE)
_VICE_PRESIDENT = re.compile(r"^vice[- ]president$", re.IGNORECASE)
_ELECT = re.compile(r"^(?:vice[- ])?president[- ]elect$", re.IGNORECASE)
_PLACED = frozenset({"title", "institution"})
# in the official's own sentence, the dated office-holder table places a foreign official too
_NEAR_PLACED = _PLACED | {"office_holder"}
# offices only a government has (an organisation's head is an ``official_other`` or a head of state)
_NATIONAL_ONLY = frozenset({"head_of_government", "minister_other", "foreign_minister", "defence_minister"})


def cannot_be_home(c: Candidate, home: str | None) -> bool:
    """Whether ``c``'s office cannot be one of ``home``'s (see the module docstring)."""
    if home not in NO_MINISTERS or c.counterpart or OPPOSITION.search(c.title):
        return False
    if _MINISTER.search(c.title) or _FOREIGN_STYLE.match(c.title.strip()):
        return True
    title = c.title.strip()
    # a current vice president; a president- or vice-president-elect (the table lists every US president)
    if not (c.status == "current" and _VICE_PRESIDENT.match(title)
            or c.status == "elect" and _ELECT.match(title)):
        return False
    toks = folded_name_key(c.name)
    return bool(toks) and not any(h.country == home for h in load_offices().holders_named(toks))


def unknown_home_holder(c: Candidate, home: str | None, date: str | None) -> bool:
    """Whether the dated table gives ``home``'s office of ``c``'s category to someone else on
    ``date`` and lists that government's holders in full (``FULL_TABLE``). A former head of
    state counts too when the table never gave the office to that name: it lists every US
    president ("the assassination of President X" of another republic is no US president's),
    while the rows of former cabinet members are not complete."""
    if home not in FULL_TABLE or c.counterpart:
        return False
    if table_person_country(c, home) is not None:
        return True
    if c.status == "former" and c.role != "head_of_state":
        return False
    return c.status in ("current", "former") and not_home_holder(c, home, date)


def table_person_country(c: Candidate, home: str | None) -> str | None:
    """The one government other than ``home`` under which the office-holder table lists the
    holder's full name (any office, any date), when it lists him under no other: "Director Wang
    Yi" of a party commission is the Chinese official the table knows as China's foreign
    minister, whatever office the text gives him. None for a one-word name, a name the table
    does not know or knows under ``home`` or under several governments.

    Args:
        c: The candidate role.
        home: ISO3 of the text's own government, or None.
    """
    toks = folded_name_key(c.name)
    if len(toks) < 2:
        return None
    codes = {h.country for h in load_offices().holders_named(toks) if h.key == toks and h.country}
    return codes.pop() if len(codes) == 1 and home not in codes else None


def title_author(c: Candidate, title: str | None) -> bool:
    """Whether ``c`` is named as the author in the title line of the publisher's own document
    ("Statement from President X", "Remarks by Vice President Y"): the government that
    publishes it is the author's, whatever the dated table says (its rows may end before the
    text's date, or miss a new holder)."""
    if not title:
        return False
    line = title.split("\n")[0]
    surname = c.name.split()[-1] if c.name and c.name.split() else ""
    at = line.find(surname) if surname else -1
    if at < 0:
        return False
    # the name's first word after "from/by" and the title words ("from Vice President Jane Roe")
    words = line[:at].split()
    while words and words[-1][:1].isupper() and words[-1].lower() not in ("from", "by"):
        words.pop()
    return bool(words) and words[-1].lower() in ("from", "by")


def foreign_country(rd: Reader, c: Candidate, home: str, out: list[Candidate],
                    headline: str | None = None) -> str | None:
    """The government of an official who does not serve ``home`` (see the module docstring);
    None when the text does not settle it. A holder the office-holder table knows under one
    foreign government serves it. An official of the same sentence whom the dated
    table placed abroad counts as placed ("meetings with President X and President-elect Y":
    the table knows Y's country); last, the one country other than ``home`` that a meeting's
    or trip's ``headline`` names ("Readout of the Envoy's Travel to Guatemala"), else the one
    foreign country the text names (:func:`.subject_country.subject_country`).

    Args:
        rd: The roles reader of the Doc.
        c: The candidate role.
        home: ISO3 of the text's own government.
        out: The candidates placed so far.
        headline: The text's headline, or None.
    """
    code = table_person_country(c, home) or other_country(rd, c, home)
    if code:
        return code
    # the sentences of the holder's other mentions ("on the Assassination of President X" in the
    # headline; "... of President X and the attack on ... of Haiti" in the body)
    others = {code for m in (c.person.mentions if c.person is not None else ()) if m.start != c.start
              and (code := other_country(rd, Candidate(**{**c.__dict__, "start": m.start, "end": m.end}), home))}
    if len(others) == 1:
        return others.pop()
    doc = rd.doc
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None:
        return None
    s, e = rd.sentence(span.start)
    lo, hi = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
    codes = {o.country for o in out if o is not c and o.country and o.country != home
             and o.country_source in _NEAR_PLACED and lo <= o.start < hi}
    if len(codes) == 1:
        return codes.pop()
    if s > 0 and "\n\n" not in doc[s - 1].text_with_ws + doc[s].text_with_ws:
        prev = _countries(rd, *rd.sentence(s - 1), {home})
        if len(prev) == 1:
            return prev.pop()
    codes = {o.country for o in out if o.country and o.country != home and o.country_source in _PLACED}
    if len(codes) == 1:
        return codes.pop()
    # last, the one foreign country the whole text names ("... sanctions on Ruritania ...
    # including President X"): the text is about that country and its officials
    return meeting_headline_country(rd, headline, home) or subject_country(rd, home) if not codes else None


def _countries(rd: Reader, lo: int, hi: int, skip: set[str]) -> set[str]:
    return {p[1] for t in rd.doc[lo:hi] if (p := rd.place(t)) is not None and p[0] == "country" and p[1] not in skip}


def counterpart_country(rd: Reader, c: Candidate, out: list[Candidate], headline: str | None) -> str | None:
    """The government of a counterpart no text placed ("National Security Advisor X spoke today
    with his counterpart, Y"): the counterpart serves another government than the official of
    the same sentence, so the one other country the sentence names, else the one other country
    the headline names ("Readout of X's Call with the National Security Advisor of India"),
    else the one other government of the text's officials placed by their own titles. None
    when the sentence names no placed official or any of those is not one country."""
    if not (c.counterpart or c.title.lower() in ("counterpart", "counterparts")) or c.country or c.organization:
        return None
    doc = rd.doc
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None:
        return None
    s, e = rd.sentence(span.start)
    named = {p.id for t in doc[s:e] if t.ent_type_ == "PERSON" and (p := rd.person_at(t)) is not None}
    sides = {o.country for o in out if o is not c and o.country and o.person is not None and o.person.id in named
             and (c.person is None or o.person.id != c.person.id)}
    if len(sides) != 1:
        return None
    codes = _countries(rd, s, e, sides)
    if not codes and headline:
        first = headline.split("\n")[0].strip()
        body = doc_text(doc)
        if first and body.startswith(first[:20]) and 0 < (nl := body.find("\n")) < doc[s].idx:
            head = doc.char_span(0, nl, alignment_mode="contract")
            # a Title Case headline's country names the model often leaves untagged: the gazetteer's
            codes = {code for t in doc[head.start:head.end] if t.pos_ == "PROPN" and t.is_title
                     and (code := rd.gaz.country(t.text)) and code not in sides} if head is not None else set()
    if not codes:
        codes = {o.country for o in out if o.country and o.country not in sides and o.country_source in _PLACED}
    return codes.pop() if len(codes) == 1 else None


def organisation_holder(c: Candidate, date: str | None) -> str | None:
    """The international organisation the dated table says ``c``'s holder headed on ``date``
    ("Secretary-General Guterres" -> "UN"); None for an office only governments have ("Prime
    Minister Rutte"), without a date, or when no row or several fit."""
    if not date or c.counterpart or load_offices().classify(c.title) in _NATIONAL_ONLY:
        return None
    toks = folded_name_key(c.name)
    if not toks:
        return None
    orgs = {org for key, family, org, start, end in organisation_holders()
            if names_holder(toks, key, family) and (start is None or start <= date) and (end is None or date < end)}
    return orgs.pop() if len(orgs) == 1 else None
