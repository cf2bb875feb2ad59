"""Judicial and law-enforcement nomination headings: "Nominated to the X Court", "Candidate for X".

The announcements of judicial nominees (and of United States Attorneys and Marshals) head each
biography with a form the other nomination readers do not know:

- the name on a line of its own, often in capitals, and under it "Nominated to the United
  States Court of Appeals for the Second Circuit": the nominee is nominated to be a judge of
  that court;
- "Jane Doe: Candidate for United States Attorney for the District of X" (numbered or not):
  a candidate the President announces for the office is its nominee; "Candidate for the
  United States District Court for X" names the court, the office is a judgeship on it.

A court is no office: the office is "Judge of the <court>". Only used in a nomination document
(:func:`pipeline.roles.nominations.find_nominations` decides that).
"""

from __future__ import annotations

import re

from .name_patterns import H, HONORIFIC, NAME
from .nominations import Nomination, clean_title

__all__ = ["court_nominations", "title_name"]

_CAPS_TOK = r"(?:[A-ZÀ-Þ][A-ZÀ-Þ'’\-]*[A-ZÀ-Þ]\.?|[A-Z]\.)"
_CAPS_NAME = rf"{_CAPS_TOK}(?:{H}+{_CAPS_TOK}){{1,5}}(?:,?{H}+(?:JR\.?|SR\.?|II|III|IV))?"
_MARK = r"[*_\s]*"
_NOMINATED_TO = re.compile(
    rf"^{H}*{_MARK}(?:(?P<name>{_CAPS_NAME}){_MARK}(?:\n|{H})|(?P<mixed>{NAME}){_MARK}\n){H}*{_MARK}"
    rf"Nominated{H}+to{H}+(?:serve{H}+on{H}+)?"
    rf"(?P<office>the{H}+[^\n*]{{3,160}}?){_MARK}$", re.MULTILINE)
"""The name alone on a line, then "Nominated to the <court>" on the next (markup stars allowed; a
name in capitals may have been joined to it when the text's lines were unwrapped)."""
_CANDIDATE = re.compile(
    rf"^{H}*(?:\d{{1,3}}\.{H}+)?{_MARK}(?:{HONORIFIC}{H}+)?(?P<name>{NAME})(?P<mixed>){H}*[:,]?{H}+Candidate{H}+for{H}+"
    rf"(?P<office>[^\n*]{{3,200}}?){_MARK}$", re.MULTILINE)
"""A heading "Jane Doe: Candidate for <office or court>" (capital C: a heading, not a campaign); a
sitting judge's courtesy title before the name is no part of it ("Judge Jane Doe: Candidate for
X"), and the colon is sometimes left out ("Judge Jane Doe Candidate for X")."""
_FEDERAL_APPOINTMENT = re.compile(
    r"^(?:the\s+)?(?:United\s+States|U\.\s?S\.)\s+(?:(?:District\s+|Bankruptcy\s+)?Court\b|Courts?\s+of\s+"
    r"|Supreme\s+Court\b|Tax\s+Court\b|Attorney\b|Marshal\b)")
"""Offices a President alone fills, by nomination (Article III, section 2): the federal courts, the
United States Attorneys and Marshals. Nobody campaigns for one, so a "Candidate for" heading naming
one announces a nominee even where the text never says "nominate" (a slate of biographies headed
"Circuit Court Press Bios")."""
_COURT = re.compile(r"^(?:the\s+)?(?P<court>(?:[A-Z][\w.’'-]*\s+|of\s+|for\s+|the\s+)*Court\b.*)$")
_SUFFIX = frozenset({"II", "III", "IV"})


def title_name(name: str) -> str:
    """A name written in capitals in Title Case ("SARAH A. L. MERRIAM" -> "Sarah A. L. Merriam");
    a name already in mixed case is kept."""
    if any(ch.islower() for ch in name):
        return name
    words = []
    for w in name.split():
        if w in _SUFFIX or re.fullmatch(r"[A-Z]\.", w):
            words.append(w)
        else:
            words.append("-".join(p[:1] + p[1:].lower() for p in w.split("-")))
    return " ".join(words)


def _office(raw: str) -> str:
    """The office of a heading: a court named alone is a judgeship on it."""
    raw = raw.strip(" .*")
    court = _COURT.match(raw)
    if court:
        return "Judge of the " + court.group("court")
    return clean_title(raw)


def court_nominations(text: str, *, announced: bool = True) -> list[Nomination]:
    """The nominees of "Nominated to the <court>" and "Candidate for <office>" headings.

    Args:
        text: The Doc text of a nomination document (one paragraph or heading per line).
        announced: Whether the text says elsewhere that it announces nominations ("intent to
            nominate"); when not, only "Candidate for" headings naming an office the President
            alone fills (:data:`_FEDERAL_APPOINTMENT`) are read.

    Returns:
        One ``nominee`` nomination per heading, the heading read whole (its claim).
    """
    out: list[Nomination] = []
    for rx, cue in ((_NOMINATED_TO, "Nominated"), (_CANDIDATE, "Candidate")):
        if cue not in text:
            continue  # every match holds its cue word (case-sensitive): the line-anchored search would find nothing
        for m in rx.finditer(text):
            if not announced and (rx is _NOMINATED_TO or not _FEDERAL_APPOINTMENT.match(m.group("office"))):
                continue
            title = _office(m.group("office"))
            if not title or not title[0].isupper():
                continue
            group = "name" if m.group("name") else "mixed"
            out.append(Nomination(title_name(m.group(group)), m.start(group), m.start(group), m.end("office"),
                                  title, "nominee", claims=(m.start(group), m.end())))
    return out
