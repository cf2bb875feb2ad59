"""Past and present offices in the biographies of a nomination or appointment announcement.

An announcement gives each nominee a section (a heading with the name, then a biography). A
biography names the public offices the person holds or held, each its own role
(docs: "A biography lists every public office it names, each with its status"):

- "a former Assistant Secretary of State for ...", "a former chair of the X Commission" -> former;
- "previously served as Director of the X Office from 2015 to 2017", "was Deputy Administrator
  of X from 2009 to 2013" -> former, with since/until;
- "serves as X", "is the X of the Y Department" -> current; "was confirmed in 2021 to serve as
  X" -> current since 2021; "was appointed to the X Commission ... in 2023" -> current member
  since 2023;
- "chairs the X Board" -> current chair; "chaired the X Commission and the Y Task Force" ->
  former chair of each;
- "seven years as the Department's Director of X and the Executive Director of Y" -> former.

Only public offices count: the office or its body must name a government body (Department,
Commission, Board, County, ...) or be an office only governments have (Secretary,
Ambassador, Judge, ...), and must not be of a company, university or charity
(the ``nominations`` section of ``pipeline/data/offices.json``). A title that holds another person's name ("former Senator
John Smith") is that person's, not the subject's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ..names import name_key
from ..nlp import original_range
from .bio_gates import gated, lazy
from .bio_public_office import is_public_office, private_body_post, private_segment
from .bio_io_owner import io_owner
from .bio_perfect_posts import perfect_post_patterns
from .bio_joined_posts import joined_post_patterns
from .bio_list_posts import (TENURE, career_service, firm_after, frame_names_private_body, frame_names_public_body,
                             item_joint, list_post, next_item_is_title, strongly_public)
from .body_names import private_where
from .heading_names import heading_name_spans
from .name_patterns import ranked_surnames
from .nominations import load_words, role_of
from .reader import Candidate
from .principal_staff import staff_of_official
from .status import years
from .titles import classify, is_private

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..entities import EntityIndex
    from ..records import Entity

__all__ = ["bio_offices", "bio_sections", "biography_roles", "is_public_office", "person_entity", "private_body_post"]

_CAP = r"(?:[A-Z][\w’'.-]*|d[’']affaires\b|(?!(?:19|20)\d\d\b)\d+)"  # a year is the tenure's ("X in 2012"), no part of it
_CONN = r"(?:of|for|on|and|&|the|to|at|in|de|del)"  # "Chief of Investment & Innovation"
_RUN = rf"[A-Z][\w’'.-]*(?:(?:\s+(?:{_CONN}\s+)*(?:then-)?|,\s+(?=[A-Z][\w’'-]*\s+and\s+[A-Z]))(?:{_CAP}|\([^)]{{1,80}}\)))*"
"""A capitalised office phrase; a principal "then-" held an office is part of it ("Assistant to then-Senator Jane Roe")."""
_JUDGE_MOD = r"(?:Chief|Magistrate|District|Circuit|Senior|Associate|Bankruptcy|U\.S\.|United\s+States)"
_FOR_JUDGE = (rf"(?:(?:to|for)\s+(?:the\s+)?(?:Hon(?:orable|\.)\s+)?(?:(?:{_JUDGE_MOD}|[A-Z][a-z]+)\s+){{0,4}}"
              rf"(?:Judge|Justice)\b|(?:to|for)\s+the\s+Hon(?:orable|\.)\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){{1,3}})")
"""The judge a clerk served, with the judge's grade ("for Chief Judge", "to Presiding Criminal Judge"),
or by the style a court gives its judges ("to the Honorable Jane Roe")."""
_FOR_COURT = (r"(?:to|for|with|at|on)\s+the\s+(?:[A-Z][\w.’'-]*\s+){0,6}?(?:(?:of|for|and)\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){0,4}?)?"
              r"(?:Court|Courts|Circuit|Tribunal|Judiciary)\b")
"""A court a clerk served, named instead of its judge ("a law clerk to the South Dakota Second
Judicial Circuit", "for the Supreme Court of Ohio"): a clerkship, the court's post."""
_NEXT_CLERKSHIP = re.compile(rf",?\s+and\s+(?:then\s+|later\s+)?(?={_FOR_JUDGE})")
"""A second clerkship coordinated with the first ("a law clerk for Judge A on X from 2003 to 2005
and for Chief Judge B on Y from 2002 to 2003"): the same post, held for another judge."""
_LC_HEAD = (r"(?:chair(?:man|woman|person)?|co-chair|vice[ -]chair|member|commissioner|director|trustee|judge|counsel|"
            r"president|(?:deputy\s+)?commander|advis[eo]r|chief\s+of\s+staff)")  # "a senior advisor to the Secretary of X"
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_TITLE = rf"(?:{_RUN}|(?:(?:general|chief|deputy|executive|principal|assistant|associate|senior|special)\s+)?{_LC_HEAD}\s+(?:of|on|to)\s+(?:the\s+)?{_RUN})"
_ART = r"(?:the\s+|a\s+|an\s+)?(?:(?:career|lead|first|founding|both|Senate[- ]confirmed)\s+(?=[A-Z]))?"
"""An article and a word that says how the office was held, no word of it ("as a career Attorney-Advisor",
"as lead U.S. Coordinator", "as the Senate-confirmed General Counsel of X")."""
_AS_WELL_AS = r"(?:,?\s+as\s+well\s+as\s+)"
"""A conjunction that adds an item to a list as "and" does ("A, as well as B")."""
_OFFICE_TAIL = r"(?:\s+(?:field\s+|regional\s+|district\s+|area\s+)?office(?=,|\s+and\b))?"
"""The lower-case "office" a place ends a post with ("Deputy Regional Attorney in the Miami, Florida
office, as well as ..."): the list goes on after it."""
_LIST = rf"{_TITLE}(?:{TENURE}?{_OFFICE_TAIL}(?:{_AS_WELL_AS}|,\s+(?:and\s+)?|\s+and\s+)(?:(?:later|then|subsequently)\s+)?(?:as\s+)?(?:the\s+|an?\s+)?{_TITLE})*"
_SEMI_LIST = rf"{_TITLE}(?:{TENURE}?(?:{_AS_WELL_AS}|[;,]\s+(?:and\s+)?|\s+and\s+)(?:(?:later|then|subsequently)\s+)?(?:as\s+)?(?:the\s+|an?\s+)?{_TITLE})*"
"""A list whose items may be parted by semicolons ("A at X, Kenya; B in the Bureau of Y; and C")."""
_NOT_STAFF = r"(?!(?:[A-Z][\w’'.-]*\s+){1,8}staff\b)"
"""Not a body's staff ("served on the Senate Armed Services Committee staff": a staff job)."""
_PATTERNS: tuple[tuple[Any, str, str], ...] = (
    # (each pattern compiled when first searched, :func:`.bio_gates.lazy`: most articles hold no biography)
    # (pattern, status, kind): kind "office" = group o is an office (list), "chair"/"member" = group o is a body
    # a judge's law clerk is a post in the judiciary (annotation guide: judiciary roles count),
    # read before the capitalised-office patterns, whose title would hold the judge's name
    (lazy(rf"\b(?:served(?:\s+in\s+\d{{4}}(?:[-–]\d{{2,4}})?)?\s+as|was|worked\s+as|career\s+as|began\s+as)\s+(?:a\s+|an\s+)?"
          rf"(?P<o>(?:[Jj]udicial\s+)?[Ll]aw\s+[Cc]lerk)\s+{_FOR_JUDGE}"), "former", "clerk"),
    (lazy(rf"\b(?P<o>clerked)\s+{_FOR_JUDGE}"), "former", "clerk"),
    # an officer's first commission: a junior grade held before the later career ("was commissioned a
    # second lieutenant in the Armor Branch", "commissioned as an ensign in 1990")
    (lazy(r"\bcommissioned\s+(?:as\s+)?an?\s+(?P<o>(?:[Ss]econd|[Ff]irst|2nd|1st)\s+[Ll]ieutenant|[Ee]nsign)\b"), "former", "rank"),
    # the grade a career reached ("rising from the rank of private to colonel", "retired with the rank of
    # Rear Admiral"): the highest named, a past rank (checked against the office ontology's ranks; a police
    # or fire department's rank, named after it, is none)
    (lazy(r"\b(?:ris(?:ing|en)|rose|promoted|retir(?:ed|ing)|attain(?:ed|ing)|achiev(?:ed|ing)|reach(?:ed|ing)|advanc(?:ed|ing))\b"
          r"[^.;:]{0,40}?\brank\s+of\s+(?:[a-z]+(?:\s+[a-z]+)?\s+to\s+(?:the\s+rank\s+of\s+)?)?"
          r"(?P<o>[A-Za-z]+(?:\s+[A-Za-z]+){0,2}?)(?=[,.;)]|\s+(?:in|and|after|before|with|upon|at|on|from|by|for|last|this|"
          r"next|earlier|recently)\b)(?![^.;]{0,60}\b(?:[Pp]olice|[Ff]ire|[Ss]heriff|[Cc]orrections?)\b)"), "former", "rank"),
    # "His first assignment was platoon leader in X": a command or grade named as a posting
    (lazy(r"\b(?:first|next|initial|later|final|last)\s+(?:assignment|posting|command)\s+was\s+(?:as\s+)?(?:an?\s+|the\s+)?"
          r"(?P<o>[A-Za-z]+(?:\s+[A-Za-z]+){0,2}?)(?=[,.;)]|\s+(?:in|at|with|for|of|from)\b)"), "former", "rank"),
    # a judgeship written as a court's name and "judge" in lower case ("has served as a Superior
    # Court judge since 2021", "was a District Court judge"): a post of the judiciary
    (lazy(rf"\b(?:has\s+(?:also\s+)?(?:served\s+as|been)|is|serves\s+as)\s+(?:currently\s+)?(?:a\s+|an\s+)"
          rf"(?P<o>(?:[A-Z][\w.’'-]*\s+){{1,5}}(?:judge|justice|magistrate))\b"), "current", "office"),
    (lazy(rf"(?<!has\s)\b(?:served\s+as|was)\s+(?:previously\s+|also\s+)?(?:a\s+|an\s+)"
          rf"(?P<o>(?:[A-Z][\w.’'-]*\s+){{1,5}}(?:judge|justice|magistrate))\b"), "former", "office"),
    # a public defender, a government lawyer of the courts written in lower case ("served as a public
    # defender in Cook County", "began her career as an assistant federal public defender")
    (lazy(rf"\b(?:served\s+as|was|worked\s+as|career\s+as)\s+(?:previously\s+|also\s+)?(?:a\s+|an\s+)"
          rf"(?P<o>(?:(?:assistant|deputy|chief|supervising)\s+)?(?:(?:federal|county|state)\s+)?public\s+defender)\b"), "former", "office"),
    # "served as / began her career as a law clerk to the X Judicial Circuit": the court named, not its judge
    (lazy(rf"\b(?:served(?:\s+in\s+\d{{4}}(?:[-–]\d{{2,4}})?)?\s+as|was|worked\s+as|career\s+as|began\s+as)\s+(?:a\s+|an\s+)?"
          rf"(?P<o>(?:[Jj]udicial\s+)?[Ll]aw\s+[Cc]lerk)\s+{_FOR_COURT}"), "former", "clerk"),
    (gated(lazy(rf"\bformer\s+(?P<o>{_TITLE})"), "former"), "former", "office"),
    (lazy(rf"\bconfirmed\b(?:[^.]|(?<=[A-Z])\.){{0,80}}?\bto\s+serve\s+as\s+{_ART}(?P<o>{_TITLE})"), "current", "office"),
    (gated(lazy(rf"\b(?:currently\s+)?serves\s+as\s+{_ART}(?P<o>{_LIST})"), "serves"), "current", "office"),
    # "Currently serving as X, she ...": the participle with "currently" is the present, as "serves as";
    # one office, the comma ends the opening phrase (the subject follows it)
    (gated(lazy(rf"\b[Cc]urrently\s+serving\s+as\s+{_ART}(?P<o>{_TITLE})(?=,)"), "serving"), "current", "office"),
    (gated(lazy(rf"\b(?:previously\s+|formerly\s+|also\s+|later\s+|then\s+)?(?:has\s+(?:also\s+)?)?served\s+as\s+{_ART}(?P<o>{_LIST})"), "served"),
     "former", "office"),
    # a civil servant lent to another body for a time ("was detailed to serve as counsel to the X
    # Subcommittee", "was detailed as the Deputy Director of the Y Commission"): a past post there
    (gated(lazy(rf"\bwas\s+detailed\s+(?:to\s+serve\s+)?as\s+{_ART}(?P<o>{_LIST})"), "detailed"), "former", "office"),
    # "served for two years at the Office of X as the Deputy Y", "served Ohio under Governor Jane Roe
    # as Director of Z": the office after the place, time or principal of the service
    (gated(lazy(rf"\b(?:previously\s+|also\s+)?(?:has\s+(?:also\s+)?)?(?:served|worked)\s+(?!as\b)(?:(?!where|when|which|while|who)(?:[^.;:\n]|(?<=[A-Z])\.)){{1,80}}?"
                rf"\s+as\s+(?:its\s+)?{_ART}(?P<o>{_LIST})"), "served", "worked"), "former", "office"),
    # "returned to Afghanistan as the Joint Command Inspector General", "was deployed to Iraq as Deputy
    # Commander of X": a posting abroad written by the move to it; the office after the place
    (gated(lazy(rf"\b(?:returned|went|deployed|(?:was|were)\s+(?:assigned|posted|sent|deployed|dispatched))\s+to\s+"
                rf"(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){{0,3}}\s+as\s+{_ART}(?P<o>{_TITLE})"),
           "returned", "went", "deployed", "assigned", "posted", "sent", "dispatched"), "former", "office"),
    # "..., including time as Acting Y", "and, before that, the Special Assistant to Z": one more past office
    (gated(lazy(rf"\bincluding\s+(?:time|service|a\s+stint|stints|a\s+term|terms)\s+as\s+{_ART}(?P<o>{_LIST})"), "including"), "former", "office"),
    (gated(lazy(rf"\band,?\s+(?:before\s+that|prior\s+to\s+that|earlier),?\s+(?:as\s+)?(?:the\s+|a\s+|an\s+)(?P<o>{_TITLE})"), "before that", "prior to that", "earlier"),
     "former", "office"),
    # "was first confirmed as a Member of the X Board in 2022": held since (as "confirmed ... to serve as")
    (gated(lazy(rf"\bconfirmed\s+(?:by\s+the\s+(?:U\.S\.\s+)?Senate\s+)?as\s+{_ART}(?P<o>{_TITLE})"), "confirmed"), "current", "office"),
    # "previously served on the Example County Board of Supervisors", "serves on the X Commission": a
    # seat on a body a government word names (not a firm's committee; not a body's staff)
    (gated(lazy(rf"\b(?:currently\s+|also\s+)?serves\s+on\s+the\s+{_NOT_STAFF}(?P<o>{_RUN})"), "serves on"), "current", "seat"),
    # (a clause of another person's time, "clerked for Judge X when he served on the Y Court", is not read)
    (gated(lazy(rf"(?<!when he )(?<!when she )(?<!while he )(?<!while she )\b(?:previously\s+|also\s+|formerly\s+)?served\s+"
                rf"(?:(?:for\s+)?[\w-]+\s+(?:years?|terms?)\s+)?on\s+the\s+"
                rf"{_NOT_STAFF}(?P<o>{_RUN})"), "served"), "former", "seat"),
    # "was appointed Deputy Secretary of X in 2015", "was named by the Governor as Director of Y": held
    # since (as "was appointed to the X Commission"); "rose to", "went on to become": a past career's
    (gated(lazy(rf"\b(?:was|has\s+been)\s+(?:(?:first|later|subsequently)\s+)?(?:appointed|named|designated|elected)\s+"
                rf"(?:by\s+[^,.;]{{1,60}}?\s+(?=as\s|to\s+serve\s|to\s+be\s))?(?:as\s+|to\s+serve\s+as\s+|to\s+be\s+)?{_ART}(?P<o>{_TITLE})"), "appointed", "named", "designated", "elected"), "current", "office"),
    (gated(lazy(rf"\b(?:became|rose\s+to\s+(?:become\s+)?|rising\s+to|(?:was\s+)?promoted\s+to|went\s+on\s+to\s+(?:become|serve\s+as))\s+{_ART}(?P<o>{_TITLE})"), "became", "rose to", "rising to", "promoted to", "went on"),
     "former", "office"),
    # "was the acting Assistant Secretary from 2020-2021": an acting term with its years
    (lazy(rf"\bwas\s+(?:previously\s+|formerly\s+)?{_ART}(?P<o>(?:acting\s+)?{_RUN}(?:{TENURE}(?:,\s+(?:and\s+)?|\s+and\s+)(?:as\s+)?{_ART}{_RUN})*)\s+(?=from\s|between\s|\(\d{{4}}|in\s+\d{{4}})"),
     "former", "office"),
    (lazy(rf"\bis\s+(?:currently\s+)?(?:the\s+|a\s+|an\s+)(?P<o>{_TITLE})"), "current", "office"),
    (lazy(rf"\b(?:years?|terms?|decades?|stints?|tours?)\s+as\s+{_ART}(?P<o>{_LIST})"), "former", "office"),
    # "held several senior positions at the Department, including A, B, and C"; "his tours
    # included service as A and B": offices of a past career named as a list
    # "His other positions include A; B; and C", "Her domestic assignments included A and B": a career's posts
    # "Other senior roles held by Roe during her career include A; B; and C"
    (lazy(rf"\b(?:positions|posts|assignments|offices|roles)(?:\s+held\b[^.;:\n]{{0,80}}?)?\s+(?:have\s+)?include[ds]?\s+(?:serving\s+as\s+|service\s+as\s+)?{_ART}"
          rf"(?P<o>{_SEMI_LIST})"), "former", "office"),
    (lazy(rf"\b(?:held|worked|served)\s+(?:[^.]|(?<=[A-Z])\.){{0,100}}?\b(?:positions|posts|roles|offices|jobs)\b(?:[^.]|(?<=[A-Z])\.){{0,80}}?,?\s+"
          rf"(?:including|such\s+as)\s+(?:as\s+)?{_ART}(?P<o>{_LIST})"), "former", "office"),
    # "served for six years on Capitol Hill, including as A and B": the posts of that service
    # "worked at the X Agency for 23 years, most recently as A": the last post of that service
    (lazy(rf"\b(?:worked|working|served|serving|(?:public|government|federal)\s+service)\b(?:[^.]|(?<=[A-Z])\.){{0,160}}?(?:,?\s+including\s+(?:most\s+recently\s+)?|,\s+most\s+recently\s+)as\s+{_ART}(?P<o>{_LIST})"), "former", "office"),
    # "held positions as A and as B", "held the post of A": offices of a past career
    (lazy(rf"\b(?:held|served\s+in)\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}(?:positions?|posts?|roles?|offices?|jobs?)(?:\s+(?:overseas|abroad|there))?"
          rf"\s+(?:of|as)\s+{_ART}(?P<o>{_LIST})"), "former", "office"),
    # "worked as A for Y": a post of a past career, like "served as"; "works as" is held now
    (gated(lazy(rf"\b(?:currently\s+)?works\s+as\s+{_ART}(?P<o>{_LIST})"), "works"), "current", "office"),
    (gated(lazy(rf"\b(?:previously\s+|formerly\s+|also\s+|later\s+)?(?:has\s+(?:also\s+)?)?worked\s+as\s+{_ART}(?P<o>{_LIST})"), "worked"),
     "former", "office"),
    # "she was the Deputy to the Associate Director for X at the Y Office": the past copula with
    # a capitalised office (a lower-case post only with its body: "was a member of the X Board")
    (lazy(rf"\bwas\s+(?:previously\s+|formerly\s+|also\s+|later\s+)?(?:the\s+|a\s+|an\s+)(?P<o>{_TITLE}(?:{TENURE}?,\s+and\s+(?:the|an?)\s+{_TITLE}|{TENURE}\s+and\s+{_ART}{_TITLE})*)"),
     "former", "headed"),  # "was the A, and an B": each a past post
    (gated(lazy(rf"(?<!current\s)(?<!continued\s)\bservice\s+as\s+{_ART}(?P<o>{_LIST})"), "service"), "former", "office"),
    # the copula with a bare capitalised office, as biographies write a post held ("is currently
    # Deputy Chief of Mission at the U.S. Embassy in X", "also was Staff Director for the Y"): only
    # an office head word makes a post (a "headed" reading), the tests of a public office apply
    (lazy(rf"\bis\s+(?:currently\s+|now\s+)?(?=[A-Z])(?P<o>{_LIST})"), "current", "bare"),
    (lazy(rf"\b(?:also\s+)?was\s+(?:previously\s+|formerly\s+|also\s+|later\s+)?(?=[A-Z])(?P<o>{_SEMI_LIST})"), "former", "bare"),
    (lazy(rf"\b(?P<v>chairs|co-chairs)\s+the\s+(?P<o>{_RUN}(?:,?\s+and\s+the\s+{_RUN})*)"), "current", "chair"),
    (lazy(rf"\b(?P<v>chaired|co-chaired)\s+the\s+(?P<o>{_RUN}(?:,?\s+and\s+the\s+{_RUN})*)"), "former", "chair"),
    (lazy(rf"\b(?:was|has\s+been)\s+(?:appointed|named|elected)\s+(?:by\s+[^,.;]{{1,60}}?\s+)?to\s+the\s+(?P<o>{_RUN})"), "current", "member"),
    # a government lawyer's post, written in lower case before its public body ("was previously a
    # trial attorney in the Tax Division of the United States Department of Justice", "an appellate attorney in
    # the Y Section of the Z Division")
    (lazy(rf"\b(?:was|served\s+as)\s+(?:previously\s+|also\s+)?(?:a\s+|an\s+)(?P<o>(?:senior\s+)?(?:trial|staff|appellate)\s+attorney\s+"
          rf"(?:in|at|with|for)\s+the\s+{_RUN})"), "former", "office"),
)
_PATTERNS += perfect_post_patterns(_TITLE, _ART)  # "has been the X", "holds the position of X"
_PATTERNS += joined_post_patterns(_LIST, _ART)  # "joined the Office of X as Counsel to Y"
_BODY_FIRST = re.compile(r"(?:U\.S\.\s+|United\s+States\s+)?(?:Embassy|Embassies|Mission|Consulate|Office|Bureau|Department|"
                         r"Ministry|Agency|Directorate)\b(?!\s+(?:Director|Chief|Head|Manager|Coordinator|Officer)\b)")
"""The first words of a body's name: a list item so written names where one worked, not a post."""
_AT_BODY = re.compile(r"\s+(?:in|at|with)\s+(?:the\s+)?(?=(?:U\.S\.\s+|United\s+States\s+)?(?:Office|Department|Bureau|"
                      r"Embassy|Mission|Consulate|Ministry|Agency|Pentagon|White\s+House|State\s+Department)\b)")
"""Where a post was held, written after it ("Principal Director for Europe in the Office of the
Secretary of Defense"): the office's category is read from the words before (the body's own head
is not the subject's office)."""
_ASSIGNMENTS = re.compile(r"(?:positions|posts|assignments|offices|roles)\b", re.IGNORECASE)
"""A career's list of postings ("his assignments included ..."): its items may be places, not posts."""
_HOW_HELD = re.compile(r"Senate[- ]confirmed\s+(?=[A-Z])")
_PERFECT = re.compile(r"\bha(?:s|ve)\s+(?:also\s+)?(?:served|been)\b")
"""The present perfect of serving: with "since" the tenure runs to the present."""
_SENTENCE = re.compile(r"(?<=[a-z0-9)”’\"])\.\s+(?=[A-Z“\"])|(?<=[A-Z][A-Z])\.\s+(?=[A-Z][a-z])|\n+")
"""A sentence end: a period after a lower-case word, a number or a quote, or after an acronym
before a capitalised word ("... Council at USDA. He is a graduate"; "U.S. Army" has no acronym of
two capitals before its period), or a line break."""
_CLAUSE = re.compile(r",\s+and\s|;\s")
_POSSESSIVE = re.compile(r"^(?:the\s+)?([A-Z][\w]*)[’']s\s+")


def _split(text: str, *, bodies: bool) -> list[tuple[int, str]]:
    """Offices (or bodies) of a coordinated phrase, with their offsets in ``text``: a comma or
    "and" starts a new office when an office head word follows ("commander of X, commander of
    Y, and commander of Z"), a new body when "the" and a capital follow."""
    heads = load_words().heads
    out, last = [], 0
    for m in re.finditer(r"(?:,?\s+as\s+well\s+as\s+|[,;]\s+(?:and\s+)?|,?\s+and\s+)(?:(?:later|then|subsequently)\s+)?(?:as\s+)?(?:an?\s+)?"
                         r"(?=(?:the\s+)?([A-Za-z][\w-]*)(?:\s+([A-Za-z][\w-]*))?)", text):
        if bodies:
            if not re.match(r"the\s+[A-Z]", text[m.end():]):
                continue
        elif _PRINCIPALS_SEAT.match(text, m.end()) and staff_of_official(text[last:m.start()]) is not None:
            continue  # "counsel to Senator Jane Roe, Chairwoman of the Senate Committee on X": the principal's seat
        elif not ({(m.group(1) or "").lower(), (m.group(2) or "").lower()} & heads
                  and (" well as " in m.group()  # "as well as" never joins words inside one title
                       or re.match(r"(?:the\s+)?[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)*?\s+(?:of|for|to|on|in|at)\b",
                                   text[m.end():m.end() + 80])
                       or re.search(r"[,;]", m.group()) and next_item_is_title(text[m.end():m.end() + 80])
                       or re.search(r"\b(?:later|then|subsequently|as)\s|\band\s+an?\s", m.group())) or _last_item(m.group(), text[m.end():])
                or re.search(r"[,;]", m.group()) and (_staff_item(text[m.end():]) or next_item_is_title(text[m.end():m.end() + 80]))
                or item_joint(m.group(), text[m.end():])):
            continue  # (a whole title between commas: "Chief of Staff, Deputy General Counsel, and ...")
        out.append((last, text[last:m.start()]))
        last = m.end()
    out.append((last, text[last:]))
    return [(s + len(p) - len(p.lstrip()), re.sub(r"^the\s+", "", p.strip())) for s, p in out if p.strip()]


_PRINCIPALS_SEAT = re.compile(r"(?:the\s+)?(?:(?:Chair(?:man|woman)?|Ranking\s+Member|Member|Vice\s+Chair(?:man|woman)?)\s+of\s+the\s+"
                             r"(?:U\.S\.\s+|United\s+States\s+)?(?:Senate|House)\b)")
"""A legislator's seat in a chamber or its committee, written after a staffer's principal: the principal's."""


def _staff_item(after: str) -> bool:
    """Whether the item after a comma is a staff post written with its principal ("..., Military
    Legislative Assistant for Congressman Jim Cooper, and ..."): a post of its own, whose first
    words need not be an office head (:func:`pipeline.roles.principal_staff.staff_of_official`)."""
    item = re.match(r"[^,;]{3,120}", after)
    return item is not None and staff_of_official(item.group().rstrip(". ")) is not None


def _last_item(joiner: str, after: str) -> bool:
    """Whether ", and" opens a list's last item, capitalised words ending in an office head word, perhaps
    with its body ("A, B, and Cyprus Desk Officer", "A, and Staff Member on the X"): an office of its own."""
    m = re.fullmatch(r"(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}([A-Z][\w-]*)(?:\s+(?:of|for|on|at|in|with)\s+(?:the\s+)?[A-Z][^,;]*)?[.\s]*", after)
    return bool(m and re.match(r",\s+and\s", joiner) and m.group(1).lower() in load_words().heads)


def _clause_year(sentence: str, m: re.Match) -> str:
    """The year written "in YYYY" in the clause of a match ("was confirmed in 2021 to serve as
    X"; "was appointed to the X by President Y in 2023"), or ""; the clause ends at ", and" or ";"."""
    stop = re.compile(r",\s+and\s|;\s").search(sentence, m.end("o"))
    year = re.search(rf"\bin\s+(?:({_MONTHS})\s+)?((?:19|20)\d\d)\b", sentence[m.start():stop.start() if stop else len(sentence)])
    if year is None:
        return ""
    return f"{year.group(2)}-{_MONTHS.split('|').index(year.group(1)) + 1:02d}" if year.group(1) else year.group(2)


def bio_offices(sentence: str, *, military: bool = False, career: bool = False) -> list[tuple[int, int, str, str, str]]:
    """Public offices a biography sentence gives its subject.

    Args:
        sentence: One sentence of a biography.
        military: The subject is a military officer (:func:`is_public_office`).
        career: The subject is a career member of a government's service (Foreign Service): a post
            of a list is public by its head word (:mod:`.bio_list_posts`).

    Returns:
        ``(start, end, title, status, year)`` per office (offsets in ``sentence``; ``year``: a
        year written "in YYYY" in the office's clause, else "").
    """
    out: list[tuple[int, int, str, str, str]] = []
    taken: list[tuple[int, int]] = []
    for rx, status, pattern_kind in _PATTERNS:
        for m in rx.finditer(sentence):
            s0 = m.start("o")
            if any(s <= s0 < e for s, e in taken):
                continue
            owner = ""  # "the Department's Director of X and the Chief of Y": both of the Department
            kind = "office" if pattern_kind in ("headed", "bare") else "member" if pattern_kind == "seat" else pattern_kind
            if pattern_kind in ("headed", "bare"):
                # "was a Peace Corps Volunteer", "was a Fellow at X": only an office head word makes a post
                lead = re.split(r"\s+(?:of|for|to|on|in|at|with)\s+", m.group("o"), maxsplit=1)[0].split()
                if not lead or lead[-1].lower().strip(".,") not in load_words().heads:
                    continue
            parts = _split(m.group("o"), bodies=kind != "office")
            # a list's posts share its frame's public body or a public sibling (:mod:`.bio_list_posts`)
            framed = kind == "office" and (career or frame_names_public_body(sentence[0 if m.group().startswith("including") else m.start():s0]))
            # a firm's list ("roles at Acme Holdings LLC, including A and B"): only a government word makes a post
            firm = kind == "office" and not framed and frame_names_private_body(sentence[m.start():s0])
            # (a list that mixes in a private body's post is a mixed career: no item borrows)
            shared = framed or kind == "office" and len(parts) > 1 and any(strongly_public(p) for _, p in parts) \
                and not any(private_segment(p) or private_body_post(p) or is_private(p) for _, p in parts)
            for off, part in parts:
                pm = _POSSESSIVE.match(part)
                if pm and kind == "office":
                    owner, part, off = pm.group(1), part[pm.end():], off + pm.end()
                held = _HOW_HELD.match(part)
                if held:  # "the Senate-confirmed Inspector General of X": how it was held, no word of it
                    part, off = part[held.end():], off + held.end()
                part = re.sub(rf"(?:\s+(?:in|during)\s+the\s+[\w .’'-]{{1,40}}\s+[Aa]dministration|{TENURE})$", "", part.rstrip(" ,."))
                if kind == "rank":
                    if classify(part) != "military_commander":
                        continue  # ("the rank of Eagle Scout")
                    out.append((s0 + off, s0 + off + len(part), part, status, _clause_year(sentence, m)))
                    continue
                if kind == "clerk":
                    out.append((s0 + off, s0 + off + len(part), "law clerk", status, _clause_year(sentence, m)))
                    # (the evidence is the preposition: the judge's name is another person's)
                    out += [(n.end(), sentence.index(" ", n.end()), "law clerk", status, "")
                            for n in _NEXT_CLERKSHIP.finditer(sentence, m.end())]
                    continue
                if kind == "chair":
                    title = ("Co-Chair" if m.group("v").startswith("co") else "Chair") + " of the " + part
                elif kind == "member":
                    title = "Member of the " + part
                else:
                    title = part
                if len(title.split()) < 2 and not owner:
                    continue  # a bare head word ("as Chair") names no office
                if kind == "office" and _BODY_FIRST.match(title) and not re.search(r"[’']s\s", title):
                    continue  # "assignments include the U.S. Embassy in Moscow": a place of work, no office
                if _ASSIGNMENTS.match(m.group()) and not any(w.lower().strip(".,") in load_words().heads for w in title.split()):
                    continue  # "his assignments included the Pentagon, Fort Knox": places of work, no office word
                if private_where(sentence[:s0 + off]) or private_segment(title) or firm_after(sentence[s0 + off + len(part):], title):
                    continue  # "Acme LLP, where he is Vice Chair of X": the firm's post
                staff = staff_of_official(title) if kind == "office" and not owner else None
                if staff is not None and len(staff.split()) >= 2:
                    # "Legislative Director for Senator Jane Roe": a public official's staff post
                    out.append((s0 + off, s0 + off + len(staff), staff, status, _clause_year(sentence, m)))
                elif (firm or pattern_kind in ("bare", "seat")) and not strongly_public(title):
                    continue  # a bare copula's office ("was Legislative Counsel for X") must name a government
                elif is_public_office(title, owner, military=military) or shared and list_post(title) and (
                        framed or not is_private(title)):
                    if not any(o[:2] == (s0 + off, s0 + off + len(part)) for o in out):
                        out.append((s0 + off, s0 + off + len(part), title, status, _clause_year(sentence, m)))
            taken.append((m.start("o"), m.end("o")))
    return out


def person_entity(doc: "Doc", entities: "EntityIndex", name: str, at: int) -> "Entity | None":
    """The PERSON entity of a name written at ``at`` (``doc.text`` offset), or known by that name."""
    key = name_key(name)
    for pos in (at, at + len(name) - len(name.split()[-1])):  # the first word, else the surname
        ent = entities.at(*original_range(doc, pos, pos + 1))
        if ent is not None and ent.label == "PERSON" and key and (name_key(ent.name) >= key or name_key(ent.name) <= key):
            return ent  # "Alan Marsh" found by the NER in "Peter Alan Marsh": the same person
    hit = entities.person_named(name)
    if hit is not None and name_key(hit.name) >= key:
        return hit
    # a short form the entities stage grouped with a fuller one ("Kris Sarri" in the list, "Kristen
    # Sarri" in the heading): the entity that has this very name among its mentions
    written = [e for e in entities.entities if e.label == "PERSON"
               and any(name_key(m.text) == key for m in e.mentions)]
    return written[0] if len(written) == 1 else None



def _sections(text: str, subjects: list[Candidate]) -> list[tuple[int, int, Candidate]]:
    """(start, end, subject) of each nominee's biography: from a heading that names the nominee
    (a line opening with the name: "Jane Doe, Nominee for X", "Jane Doe"; or "Nominee for X: Adm.
    Jane Doe") to the next heading of a nominee."""
    heads: list[tuple[int, Candidate]] = []
    for subj in subjects:
        toks = [t for t in subj.name.replace(",", " ").split() if t not in ("Jr.", "Sr.", "II", "III", "IV")]
        if len(toks) < 2:
            continue
        # the first name, any middle initials or a nickname, the surname (a line start or a colon,
        # a rank, an honorific before it: heading_names)
        for start, end in heading_name_spans(text, toks[0], toks[-1]):
            line_end = text.find("\n", end)
            line_end = len(text) if line_end < 0 else line_end
            rest = text[end:line_end]
            # a biography's line (sentences, perhaps one: "Jane Doe serves as X."), not a heading's
            if text.startswith(":", start) or re.search(r"[a-z0-9)]\.\s+[A-Z]", rest) \
                    or re.search(r"[a-z]\.$", rest.rstrip()) and not re.search(r"\bto\s+be\b", rest):
                heads.append((end if text.startswith(":", start) else start, subj))
            else:
                heads.append((line_end, subj))
    heads.sort(key=lambda h: h[0])
    out = []
    for i, (at, subj) in enumerate(heads):
        stop = heads[i + 1][0] if i + 1 < len(heads) else len(text)
        if stop > at:
            out.append((at, stop, subj))
    return out


bio_sections = _sections


def _military(role: str, military: bool) -> str:
    """An officer's staff and command posts are military roles (a civilian office keeps its own)."""
    return "military_commander" if military and role == "official_other" else role


def _surname(name: str) -> str:
    toks = [t for t in name.replace(",", " ").split() if t not in ("Jr.", "Sr.", "II", "III", "IV")]
    return toks[-1].lower() if toks else ""


def _another_persons(doc: "Doc", entities: "EntityIndex", at: int, para: str, name: str) -> bool:
    """Whether a paragraph opens with another person's name and never names the subject (the
    surname of ``name``, a generational suffix aside): that person's biography, not the subject's.
    A paragraph that opens with the subject's given name ("Jane was born in Ohio") is the subject's."""
    surname = _surname(name)
    if not surname or re.search(rf"\b{re.escape(surname)}\b", para, re.IGNORECASE):
        return False
    given = name.split()[0] if len(name.split()) > 1 else ""
    if given and re.match(rf"{re.escape(given)}\b(?![\w.])", para):
        return False
    first = entities.at(*original_range(doc, at, at + 1))
    return first is not None and first.label == "PERSON"


def biography_roles(doc: "Doc", entities: "EntityIndex", text: str, nominees: list[Candidate],
                    country: str | None, source: str | None,
                    sections: list[tuple[int, int, Candidate]] | None = None) -> list[Candidate]:
    """Roles from the biographies of the nominees of a nomination or appointment document.

    Args:
        doc: The Doc.
        entities: The entity index.
        text: ``doc.text``.
        nominees: The nominees found (:func:`pipeline.roles.nominations.find_nominations`).
        country: The nominating government (a biography in its announcement is of its public servants).
        source: The evidence that decided ``country``.
        sections: The nominees' biography sections when the caller has read them (:func:`bio_sections`).

    Returns:
        One candidate per public office named in a nominee's biography.
    """
    subjects = [c for c in nominees if c.status == "nominee"]
    out: list[Candidate] = []
    sections = sections if sections is not None else _sections(text, subjects)
    officers = ranked_surnames(text, (re.escape(subj.name.replace(",", " ").split()[-1]) for _, _, subj in sections))
    for start, end, subj in sections:
        military = re.escape(subj.name.replace(",", " ").split()[-1]) in officers  # a rank before the name
        career = career_service(text[start:end])  # "a career member of the Senior Foreign Service"
        for sm in re.finditer(r"[^\n]+", text[start:end]):
            para_at = start + sm.start()
            para = sm.group()
            if _another_persons(doc, entities, para_at, para, subj.name):
                continue  # "Jane Doe is a lawyer ...": a paragraph about someone the nominations did not list
            bounds = [0] + [m.end() for m in _SENTENCE.finditer(para)] + [len(para)]
            for a, b in zip(bounds, bounds[1:]):
                sent = para[a:b]
                for s, e, title, status, year in bio_offices(sent, military=military, career=career):
                    gs, ge = para_at + a + s, para_at + a + e
                    hit = entities.at(*original_range(doc, gs, ge))
                    if hit is not None and hit.label == "PERSON":
                        continue  # "former Senator John Smith": another person's office
                    # the years of this office's clause: "a former X, and she served as Y from 2011 to 2014"
                    cut = [x.end() for x in _CLAUSE.finditer(sent, 0, s)]
                    stop = _CLAUSE.search(sent, e)
                    since, until = years(text, gs, ge, (para_at + a + (cut[-1] if cut else 0),
                                                        para_at + a + (stop.start() if stop else len(sent))))
                    if status == "current" and until:
                        status = "former"
                    elif status == "former" and since and not until and _PERFECT.search(sent, cut[-1] if cut else 0, s):
                        status = "current"  # "has served as Chair of X since March 2021": held to this day
                    if status == "current" and title.startswith("Acting "):
                        status = "acting"  # "currently serves as an Acting Deputy Assistant Attorney General"
                    if status == "current" and since is None and year:
                        since = year  # "was confirmed in 2021 to serve as", "was appointed to ... in 2023"
                    ent = subj.person or person_entity(doc, entities, subj.name, subj.start)
                    org = io_owner(title)  # "the United Nations Human Rights Council's Special Rapporteur": the UN's
                    out.append(Candidate(start=gs, end=ge, person=ent, name=subj.name, title=title,
                                         role=_military(role_of(_AT_BODY.split(title, maxsplit=1)[0]), military),
                                         country=None if org else country, organization=org, status=status,
                                         since=since, until=until, country_source=source, title_start=gs))
    return out
