"""An aide's office written with the office of the official served, and that official's name.

Biographies write a staff post with the principal it served: "served as Special Assistant to
Secretary of State Jane Roe", "Deputy Director of Policy Planning under Secretary John Doe",
"chief economist for Secretary of State Jane Roe",
"Surgeon General under President Jane Roe", "Chief of Staff to First Lady Jane Roe", "joined
the cabinet of Governor John Doe as ...". The name after the phrase holds only the inner office
("Secretary of State", "President", "Governor"); the outer post ("Special Assistant") is the
subject's, which the biography readers find from the clause. Linking the whole phrase to the
name gives the principal the aide's post; this module gives the principal the inner office
instead, held at the time the clause tells (a past clause: a former office).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .reader import Candidate
from .resolver import holder
from .principal_terms import term_ended
from .titles import classify

__all__ = ["serves_principal", "served_principal"]

# a chamber's party whip, with the chamber and party written before it ("House Republican Chief
# Deputy Whip", "Senate Majority Whip"): a legislator's post (AP Stylebook: "whip")
_WHIP = r"(?:(?:House|Senate|Republican|Democratic|Majority|Minority|Chief|Deputy|Assistant)\s+)*Whip"
# the head words of a principal's office, as written before the principal's name
# the body, chamber or state an office is written with ("Senate Majority Leader", "HHS Secretary",
# "NH Governor", "Ohio Attorney General"): a place's name only before a state's or a department's office
_OWNER = (r"(?:(?:Senate|House|U\.S\.|[A-Z]{2,5})\s+(?=[A-Z])|(?:[A-Z][a-z]+\s+){1,2}(?=(?:Lieutenant\s+)?Governor\b|"
          r"Mayor\b|Attorney\s+General\b|Secretary\b))?")
_PRINCIPAL = (rf"{_OWNER}(?:(?:Deputy|Assistant|Associate|Principal|Acting)\s+)*(?:President\s+Pro\s+Tempore|(?:Vice\s+)?President|Secretary(?:\s+of\s+(?:State|Defense|the\s+\w+|\w+))?|Governor|"
              r"Lieutenant\s+Governor|Senator|Mayor|Judge|Justice|Chief\s+Justice|Ambassador|Administrator|"
              r"Speaker|Leader|Majority\s+Leader|Minority\s+Leader|Representative|Congressman|Congresswoman|"
              r"Prime\s+Minister|Minister|Chairman|Chairwoman|Chair|Director|Commissioner|Attorney\s+General|"
              rf"First\s+Lady|First|General|Admiral|{_WHIP})")
# "X to/under/for [the] PRINCIPAL": an aide's post; "the cabinet/office/staff of PRINCIPAL": a body
# the principal leads, no post at all
# (with "the", the name is the aide's: "Assistant to the President Jane Roe" is the White House's
# style of the aide's title before the aide's name)
_AIDE = re.compile(rf"^(?P<outer>.+?)\s+(?:to|under)\s+(?P<inner>{_PRINCIPAL})$")
# "for" also names a portfolio ("Commissioner for Justice X", "Minister for Defence"): "for" a
# principal only with an office that is no portfolio's name ("chief economist for Secretary of State X")
_AIDE_FOR = re.compile(r"^(?P<outer>.+?)\s+for\s+(?P<inner>(?:(?:Vice\s+)?President|Secretary\s+of\s+(?:State|Defense|the\s+\w+|\w+)|"
                       r"(?:[A-Z]{2,5}|U\.S\.)\s+Secretary|"
                       r"Governor|Senator|Mayor|Congress(?:wo)?man|Representative|Ambassador|Attorney\s+General|"
                       rf"(?:Majority\s+|Minority\s+)?Leader|Speaker|Sen\.|Rep\.|{_WHIP}))$")
# "served as Senior Advisor to the Secretary of Agriculture Jane Roe": in a past clause, an office
# written whole after "the" ("the Secretary of the Army", "the Governor of Ohio") and then a name
# is the principal's, as a biography tells a career (a present "Assistant to the President Jane
# Roe" is the aide's title before the aide's name, and is left alone)
_AIDE_THE = re.compile(r"^(?P<outer>.+?)\s+(?:to|under|for)\s+the\s+(?P<inner>(?:Secretary|Administrator|Director|Governor|"
                       r"Mayor|Chairman|Chair|Commissioner|Attorney\s+General|Prime\s+Minister)\s+of\s+.+)$")
_BODY = re.compile(rf"^(?:the\s+)?(?:cabinet|office|staff|administration|team|campaign)\s+of\s+(?:the\s+)?"
                   rf"(?P<inner>{_PRINCIPAL})$", re.IGNORECASE)


def serves_principal(title: str) -> bool:
    """Whether a title is an aide's post written with its principal's office ("Executive Director
    of Political Operations for Chief Deputy Whip", "Counsel to Senator"): a staff post of a public
    official, not a company's post, whatever its own words."""
    return (_AIDE.match(title) or _AIDE_FOR.match(title)) is not None


# (a present perfect, "has served for a decade on the staff of Senator X", runs to now: no past)
# (a career's list, "has held numerous positions in X since 2003, including A and B", names posts left:
# the biography gives the one held now apart)
_PAST = re.compile(r"\b(?:(?<!has\s)(?<!have\s)(?:served|worked)|was|were|had\s+been|previously|earlier|formerly|began|"
                   r"joined|held\s+(?:[\w-]+\s+){0,2}(?:positions|posts|roles|assignments)\b[^.;]{0,100}?\bincluding)\b", re.IGNORECASE)


_AS_POST = re.compile(r"\b(?:serv(?:es|ed|ing)|work(?:s|ed|ing))\s+as\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)
"""A post its holder, the clause's subject, "serves as" or "has served as" (any tense): the name written
after "the Secretary of X" in it is the principal's, not the aide's own ("She has served as Senior
Advisor to the Secretary of Agriculture Tom Doe since 2021")."""


# where the sentence before an office starts: a full stop, a blank line, a list item's line; a single
# line break inside a paragraph is the wrapping of a sentence ("Special Assistant to\nSecretary X")
_SENTENCE_START = re.compile(r"[.!?:;][\"”’]?\s|\n[^\S\n]*\n|\n[^\S\n]*(?:[-*•]|\d+\.)\s")


def _past_clause(text: str, at: int) -> bool:
    """Whether the sentence before offset ``at`` tells of the past ("She served as ...")."""
    lo = max(at - 300, 0)  # the sentence's start bounds it
    starts = [m.end() for m in _SENTENCE_START.finditer(text, lo, at)]
    return _PAST.search(text, starts[-1] if starts else lo, at) is not None


def served_principal(text: str, cands: list[Candidate], published: str | None = None) -> list[Candidate]:
    """The candidates with each aide's phrase linked to its principal's name turned into the
    principal's own office ("Special Assistant to Secretary of State" + "Jane Roe" -> "Secretary
    of State" + "Jane Roe"); a principal written only as "First Lady" holds no public office.

    Args:
        text: ``doc.text``.
        cands: The candidates of :func:`pipeline.roles.linking.find_candidates`.
        published: The publication date: a principal the office-holder table has in the office
            that day holds it now, whatever the clause's tense.
    """
    out: list[Candidate] = []
    principals: list[tuple[str, int, Candidate | None]] = []
    aides: list[tuple[Candidate, str]] = []
    for c in cands:
        m = _AIDE.match(c.title) or _AIDE_FOR.match(c.title) or _BODY.match(c.title)
        if m is None and c.title_start >= 0 and (the := _AIDE_THE.match(c.title)) is not None \
                and (_past_clause(text, c.title_start) or _AS_POST.search(text, max(0, c.title_start - 40), c.title_start)):
            m = the
        name_at = text.find(c.name, max(c.start, c.title_start)) if c.name else -1
        if m is None or c.title_start < 0 or name_at < c.title_start:
            out.append(c)  # the name is not written after the phrase ("Jane Roe, Special Assistant to the President")
            if c.title_start > 0 and name_at > c.title_start and _SERVED.search(text, max(0, c.title_start - 30), c.title_start):
                aide = next((a for a in reversed(out) if a.name != c.name and a.title_start >= 0
                             and 0 <= c.title_start - (a.title_start + len(a.title)) <= 30), None)
                principals.append((c.name, name_at + len(c.name), aide))  # "Senior Advisor to former Secretary X": X is served
                # "served as Counselor under Interior Secretary X", "Special Assistant to Secretary of
                # Defense, X": the principal's office written apart, held then, as an aide phrase's is
                past = _past_clause(text, c.title_start) or aide is not None and aide.status == "former"
                if c.status == "current" and past and not _LEGISLATURE.match(c.title) and _ended(c, c.role, published):
                    out[-1] = replace(c, status="former")
            continue
        inner = m.group("inner")
        if inner.split()[0] == "First":
            continue  # "Chief of Staff to First Lady X": the principal's is no office
        written = text.find(inner.split()[0], c.title_start, name_at)
        # a past clause ("served as ...") makes the principal's office a former one too, unless
        # the principal still holds it on the publication date; a legislator's seat outlasts a
        # staffer's term (members serve term after term): the aide's past says nothing of its end,
        # so it is held (the guide's default) unless the office-holder table ends that term or gives
        # the member another office that day (a senator since made vice president)
        role = classify(inner, c.organization, c.country)
        past = c.status == "former" or _past_clause(text, c.title_start)
        status = "former" if past and _ended(c, role, published) else "current"
        out.append(replace(c, title=inner, role=role, status=status,
                           since=None, until=None, start=written if written >= 0 else c.start,
                           title_start=written if written >= 0 else c.title_start))
        principals.append((c.name, name_at + len(c.name), None))
        if m.groupdict().get("outer"):
            aides.append((c, m.group("outer")))  # "the cabinet of Governor X" names no post of the subject
    for aide, outer in aides:
        out = _first_conjunct(text, out, aide, outer)
    kept = []
    for c in out:
        listed = next((p for p in principals if _listed_after(text, c, p[0], p[1])), None)
        if listed is None:
            kept.append(c)
        elif listed[2] is not None:  # the aide's: the subject of "served as" holds every post of the list
            kept.append(replace(c, name=listed[2].name, person=listed[2].person, status=listed[2].status, start=c.title_start))
    return kept


def _first_conjunct(text: str, out: list[Candidate], aide: Candidate, outer: str) -> list[Candidate]:
    """The candidates with a post coordinated before an aide's phrase ("Senior Advisor | and Director
    of Scheduling for Secretary X") given to the holder of the aide's post, not the principal:
    both posts are the subject's. With no candidate of the subject for the aide's post, the first
    post is dropped (the principal does not hold it)."""
    subject = next((a for a in out if a.name != aide.name and a.title_start >= 0 and outer.endswith(a.title)), None)
    kept = []
    for b in out:
        gap = text[b.title_start + len(b.title):aide.title_start] if 0 <= b.title_start < aide.title_start else ""
        if b.name != aide.name or not re.fullmatch(r",?\s+and\s+", gap):
            kept.append(b)
        elif subject is not None:
            kept.append(replace(b, name=subject.name, person=subject.person, status=subject.status, start=b.title_start))
    return kept


_LEGISLATURE = re.compile(r"(?:Chair|Ranking|Leader|Majority|Minority|Whip|Speaker|Senator|Sen\.|Representative|Rep\.|Congress|"
                          r"(?:Chief\s+|Associate\s+|Circuit\s+|District\s+)?(?:Judge|Justice))")
"""A legislature's office (read as a legislator's later) or a judge's: a seat, or a judge's tenure for
life, outlasts a staffer's or law clerk's term."""


def _ended(c: Candidate, role: str, published: str | None) -> bool:
    """Whether a principal served in a past clause no longer holds the office: not in it on the
    publication date by the office-holder table; a legislator's seat outlasts a staffer's term
    (members serve term after term), so it is held unless the table ends that term or gives the
    member another office that day (a senator since made vice president)."""
    return holder(c.name, role, published) is None and (role != "legislator" or holder(
        c.name, None, published) is not None or term_ended(c.name, role, published))


# The words between an aide's post and the principal's office ("Senior Advisor to former Secretary X",
# "Fellow in the Office of Senator X").
_SERVED = re.compile(r"\b(?:(?:to|under|for)\s+(?:the\s+)?|[Oo]ffice\s+of\s+|[Ss]taff\s+of\s+)(?:(?:former|late|then)[- ]\s*)?$")
# The rest of a list of posts after a principal's name: ", Principal Deputy Director of Policy
# Planning, and Special Envoy for the Andes." (the last item a capitalised post, not a clause's
# verb: "Chief of Staff to Senator X, the chair of the caucus, and advised ..." is the senator's).
_LIST_REST = re.compile(r"(?:\s*\([^()]{1,30}\))?,\s+[^.;]{3,160}?,\s+and\s+(?:as\s+)?(?:the\s+|an?\s+)?[A-Z][^.;]{2,120}?(?:\.(?=\s|$)|;|$)")


def _listed_after(text: str, c: Candidate, name: str, name_end: int) -> bool:
    """Whether ``c`` is a post written after a principal's name in the list of posts the
    sentence gives its subject ("served as Senior Advisor to Secretary Jane Roe, Principal Deputy
    Director of Policy Planning, and Special Envoy for the Andes": the subject's posts, not Roe's)."""
    if c.name != name or c.title_start <= name_end:
        return False
    m = _LIST_REST.match(text, name_end)
    return m is not None and c.title_start < m.end()
