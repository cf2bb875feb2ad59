"""Career narrative: a biography paragraph tells a person's past posts, not news events.

Nomination and appointment announcements follow the announcement with a paragraph per nominee
("She served as counsel to the committee from 2009 to 2013. Previously, she worked with the
ministry on ... She is a graduate of ..."). The acts in such a paragraph ("led negotiations with
X", "worked with Y", "was selected by Z") are the stations of a career, told to introduce the
person; the annotation guide codes events the document reports as news, and the development gold
codes almost none in biography paragraphs. A paragraph is read as a biography when it carries at
least two different career cues (past posts, "previously", "prior to", "began her career", a
degree, a span of years), no reported speech, and the document announces posts filled (a nomination,
an appointment, a designation: a fact sheet or a news story with a background line is none). A
sentence of such a paragraph that reports the announcement itself or today's news ("today",
"announced", "will nominate") stays.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..nlp import text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_CUES = (
    re.compile(r"\b(?:has |had |previously |also |currently )?serv(?:ed|es|ing) (?:as|on|in|at|with|for)\b", re.I),
    re.compile(r"\bpreviously\b|\bprior to (?:this|that|joining|his|her|their)\b|\bbefore (?:that|joining)\b", re.I),
    re.compile(r"\b(?:began|started|spent) (?:his|her|their) (?:\w+ )?career\b|\bcareer (?:as|in|at)\b", re.I),
    re.compile(r"\b(?:is|was) a graduate of\b|\bgraduated (?:from|with|magna|summa|cum)\b|\b(?:earned|received|holds) "
               r"(?:a |an |his |her |their )?(?:J\.D\.|B\.A\.|B\.S\.|M\.A\.|M\.B\.A\.|Ph\.D\.|M\.D\.|bachelor|master|law degree|doctorate)",
               re.I),
    re.compile(r"\b(?:from )?(?:19|20)\d\d ?(?:-|–|to|until) ?(?:(?:19|20)\d\d|present)\b|\bsince (?:19|20)\d\d\b", re.I),
    re.compile(r"\b(?:has |had )?worked (?:as|at|for) \b|\bwas (?:born|raised)\b", re.I),
)
"""Career cues, one kind each: a post held, an earlier post, a career's start, a degree, a span of years,
a job or birth (two different kinds make a paragraph a biography; one alone is common in news)."""
_NEWS = re.compile(r"\btoday\b|\bannounc\w*\b|\b(?:will|to) (?:nominate|appoint|designate)\b|\bintent to\b", re.I)
"""What marks a sentence as the announcement's own news, kept even inside a biography paragraph."""
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|my|our|Our|My)\b")
"""A first-person paragraph is a speaker's own account (remarks), not a biography of a nominee."""
_REPORTED = re.compile(r"\b(?:said|says|told|according to)\b", re.I)
"""A paragraph that reports what someone said is news writing, with at most a background clause."""
_ANNOUNCEMENT = re.compile(r"\bnominat(?:e|ed|ion|ions)\b|\bnominees?\b|\bintent to (?:appoint|designate)\b|"
                           r"\b(?:will|to) serve as\b|\bappointees?\b|\bannounced (?:the )?(?:appointment|designation)", re.I)
"""What makes a document an announcement of posts filled: a nomination, an appointment, a designation."""


def career_paragraph(paragraph: str) -> bool:
    """Whether a paragraph narrates a third person's career: two different kinds of career cue."""
    if _FIRST_PERSON.search(paragraph) or _REPORTED.search(paragraph):
        return False
    return sum(1 for cue in _CUES if cue.search(paragraph)) >= 2


def career_tokens(doc: "Doc") -> frozenset[int]:
    """Indices of the tokens in career-narrative sentences of biography paragraphs (blank-line
    separated blocks of the normalised text), leaving out sentences that report the announcement
    or today's news."""
    body = text(doc)
    out: set[int] = set()
    if not _ANNOUNCEMENT.search(body):
        return frozenset()  # a background sentence in a news story or a fact sheet is no biography
    start = 0
    for m in [*re.finditer(r"\n\s*\n", body), None]:
        end = m.start() if m is not None else len(body)
        if career_paragraph(body[start:end]):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                for sent in {t.sent for t in span}:
                    if not _NEWS.search(sent.text):
                        out.update(t.i for t in sent if start <= t.idx < end)
        start = m.end() if m is not None else end
    return frozenset(out)


def career_step(verb: "Token") -> bool:
    """Whether ``verb`` tells a post in someone's career wherever it stands: "as" a job after it
    ("worked with the Government of Ghana as an advisor"), a tenure "from" a date ("from 2008 to
    2012"), or "previously"/"formerly": a job, no act between parties.

    Args:
        verb: The verb of a clause.
    """
    return any(c.dep_ == "prep" and (c.lower_ == "as" and c.i > verb.i and any(  # (not a fronted "As leader of X, he ...")
                   p.dep_ == "pobj" and p.pos_ == "NOUN" and any(d.lower_ in ("a", "an") for d in p.children) for p in c.children)
                                     or c.lower_ == "from" and any(p.ent_type_ == "DATE" for p in c.subtree))
               or c.dep_ == "advmod" and c.lower_ in ("previously", "formerly") for c in verb.children)
