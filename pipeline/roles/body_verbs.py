"""An office written as a verb of leading a government body: "Jane Roe, who heads the Federal
Aviation Administration", "Jane Roe, who led the central bank until 2019", "the president
named Jane Roe to head the Bank of Mexico", "Jane Roe was appointed to lead the agency".

Wire copy often names a post by what its holder does. Heading, leading or running a public
body is holding its top office (annotation guide: roles are public offices of government, the
military and international organisations): the title is "head of <body>" ("chair of",
"commander of" for chairing and commanding), its category read from the title as any other.
Only bodies of government are read: the body's last word names a public body's kind
("Administration", "ministry", "central bank", "police") or the office ontology knows the
institution ("Pentagon"); a company, party or charity is led by no public officer. A committee
is left alone: a legislature's, a party's or a company's, the verb does not say which.
"""

from __future__ import annotations

import re

from ..nlp import text as text_of
from .reader import Candidate, Reader
from .titles import classify, institution_hint

__all__ = ["body_verb_offices"]

_BODY = r"(?P<body>(?:the\s+|[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}[’']s\s+)?[\w.’'-]+(?:\s+[\w.’'-]+){0,6}?)"
_END = r"(?=\s*[,.;]|\s+(?:since|until|from|between|in\s+\d{4}|for\s+\w+\s+years)\b)"
# ", who heads the X" / ", who led the X" (the name before the comma)
_WHO = re.compile(rf",\s+who\s+(?:now\s+|currently\s+|also\s+)?(?P<verb>heads|leads|runs|chairs|commands|headed|led|ran|chaired|commanded)\s+{_BODY}{_END}")
# "was named to head the X" / "named Jane Roe to head the X"
_NAMED = re.compile(rf"\b(?P<appoint>named|appointed|tapped|picked|chosen|nominated)\s+(?:(?P<name>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){{0,3}})\s+)?to\s+(?P<verb>head|lead|run|chair|command)\s+{_BODY}{_END}")
_TO_LEAD = re.compile(r" to (?:head|lead|run|chair|command) ")
_NOUN = {"head": "head", "lead": "head", "run": "head", "chair": "chair", "command": "commander"}
_PAST = frozenset({"headed", "led", "ran", "chaired", "commanded"})
# the kinds of public bodies (the body's last word) and lower-case words of their names
_KINDS = frozenset({"administration", "agency", "authority", "bureau", "commission", "department", "ministry",
                    "office", "police", "army", "navy", "military", "command", "service", "directorate", "bank",
                    "treasury", "council", "inspectorate", "force", "forces", "guard", "corps", "court", "tribunal",
                    "cabinet", "secretariat"})
_PRIVATE = re.compile(r"\b(?:company|firm|group|party|charity|foundation|union|club|team|university|college|"
                      r"campaign|fund|bank\s+of\s+america|corporation|inc|ltd|plc|holdings)\b", re.IGNORECASE)


def body_verb_offices(rd: Reader) -> list[Candidate]:
    """Candidates of offices written as a verb of heading a government body.

    Args:
        rd: The document reader.

    Returns:
        One candidate per such clause whose holder the entities know as a person.
    """
    body = text_of(rd.doc)
    out: list[Candidate] = []
    if ", who " in body:
        for m in _WHO.finditer(body):
            person = _person_before(rd, m.start())
            if person is not None:
                _add(out, person[0], person[1], m, body, "former" if m.group("verb") in _PAST else "current")
    if _TO_LEAD.search(body) is None:
        return out
    for m in _NAMED.finditer(body):
        if m.group("name"):
            person = _person_at(rd, m.start("name"))
        else:
            # "Jane Roe was named to head ...": the subject before "was/has been"
            k = re.search(r"(?:was|has\s+been|had\s+been|is|will\s+be)\s+$", body[max(0, m.start() - 16):m.start()])
            person = _person_before(rd, m.start() - (len(k.group(0)) if k else 0) - 1) if k else None
        if person is not None:
            _add(out, person[0], person[1], m, body, "nominee" if m.group("appoint") == "nominated" else "current")
    return out


def _add(out: list, person, start: int, m: re.Match, body: str, status: str) -> None:
    phrase = m.group("body")
    if not _public_body(phrase):
        return
    noun = _NOUN.get(_base(m.group("verb")), "head")
    title = f"{noun} of {phrase}"
    out.append(Candidate(start=min(start, m.start("body")), end=m.end("body"), person=person, name=person.name,
                         title=title, role=classify(title), country=None, organization=None,
                         hint=institution_hint(phrase), status=status, title_start=m.start("verb")))


def _base(verb: str) -> str:
    return {"heads": "head", "headed": "head", "leads": "lead", "led": "lead", "runs": "run", "ran": "run",
            "chairs": "chair", "chaired": "chair", "commands": "command", "commanded": "command"}.get(verb, verb)


def _public_body(phrase: str) -> bool:
    """Whether the words name a body of government (not a company's, party's or charity's)."""
    if _PRIVATE.search(phrase):
        return False
    if institution_hint(phrase):
        return True  # "the Pentagon", "the Kremlin's ..."
    words = re.sub(r"\s+of\s+.*$", "", phrase).split()  # "Bank of Mexico": the kind before "of"
    return bool(words) and (words[-1].lower().strip(".") in _KINDS or phrase.lower().endswith("central bank"))


def _person_before(rd: Reader, end: int):
    """The PERSON entity whose name ends just before character ``end`` (and where it starts)."""
    doc = rd.doc
    span = doc.char_span(max(0, end - 1), end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    tok = doc[span.end - 1]
    person = rd.person_at(tok)
    if person is None:
        return None
    first = tok.i
    while first - 1 >= 0 and rd.entity(doc[first - 1]) is person:
        first -= 1
    return person, doc[first].idx


def _person_at(rd: Reader, start: int):
    doc = rd.doc
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    person = rd.person_at(doc[span.start])
    return (person, start) if person is not None else None
