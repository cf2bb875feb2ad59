"""Corporate and academic posts and government corporations: which bodies' offices are public.

Three errors of the same question, whose body an office belongs to:

- a job only companies, charities and associations have ("Chief Executive Officer of the
  National Vote at Home Institute", "Senior Vice President of Operations at Women for Women
  International", "marketing director") is no public office, unless the body it names is a
  government's (a government word in its name, or a government corporation);
- a government corporation or chartered body whose name has no government word ("Member of the
  Board of Directors of the Inter-American Foundation", "Tennessee Valley Authority", "Amtrak")
  is public, although its head noun (foundation, corporation) is one private bodies also use.

The government corporations come from ``pipeline/data/government_corporations.json`` (31 U.S.C.
9101, the Government Corporation Control Act, and the bodies' federal charters; each entry cites
its source), which also lists statutory agencies and military schools whose names have no
government word. The names are proper names and are matched with their capitals.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

__all__ = ["corporate_post", "government_corporation", "public_body"]

# titles only a company, charity or association has: the chief officers of a business, its
# owners and founders, a graded vice president, a business function's director ("Chief
# Executive" alone is also the head of Hong Kong's and Macau's governments: not read here)
_CORPORATE = re.compile(
    r"^(?:(?:senior|executive|group|regional|global)\s+)*(?:"
    r"chief\s+(?:executive|operating|financial|marketing|technology|information|revenue|commercial|"
    r"investment|strategy|people|product|growth|legal)\s+officer|ceo|cfo|coo|cto|cmo|"
    r"general\s+manager|owner|co-?founder|founder|managing\s+partner|"
    r"(?:senior|executive)\s+vice\s+president|"
    r"(?:marketing|sales|brand|product|business\s+development)\s+(?:director|manager))\b",
    re.IGNORECASE)
# words that name a government's body: a corporate title in one is a public office ("Chief
# Operating Officer of the Metropolitan Transportation Authority", "Chief Financial Officer of
# the Department of Labor")
_PUBLIC_BODY = re.compile(
    r"\b(?:administration|agency|authority|bureau|commission|congress|consulate|court|judicial|judiciary|department|district|"
    r"embassy|legislature|ministry|parliament|senate|tribunal|corps|federal|government|governmental|"
    r"state\s+of|city\s+of|county|municipal|united\s+states|u\.\s?s\.|white\s+house|treasury|army|navy|"
    r"air\s+force|marine|mint|defen[cs]e|naval|military|war\s+college|coast\s+guard|electoral)\b",
    re.IGNORECASE)
# a university or college named in the office ("Chancellor of Indiana University East", "Executive
# Assistant to the President of Alabama State University"): an academic post, not a public
# office (dev README: "Jobs in companies, universities and charities are not roles"), unless a
# government word names the school ("National Defense University", "Naval War College")
_ACADEMIC = re.compile(r"\b(?:University|College)\b")


@lru_cache(maxsize=1)
def _corporations() -> re.Pattern[str]:
    data = json.loads(resources.files("pipeline.data").joinpath("government_corporations.json").read_text("utf-8"))
    # proper names, matched as written (and in an all-capitals heading): in lower case several are
    # everyday phrases ("the joint staff of the two firms", "a postal service company")
    names = {n for e in data["corporations"] for n in (e["name"], e["name"].upper())}
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\b")


def government_corporation(title: str) -> bool:
    """Whether an office's words name a government corporation or chartered public body
    ("Member of the Board of Directors of the Millennium Challenge Corporation")."""
    return _corporations().search(title) is not None


def government_corporation_end(words: str) -> int:
    """Where the last government corporation named in ``words`` ends (0 when none is)."""
    return max((m.end() for m in _corporations().finditer(words)), default=0)


def public_body(words: str) -> bool:
    """Whether a body's name has a government word or names a government corporation ("the
    Export-Import Bank", "the Department of Labor"; not "Acme Corp")."""
    return _PUBLIC_BODY.search(words) is not None or government_corporation(words)


def corporate_post(title: str, organization: str | None = None, after: str = "") -> bool:
    """Whether an office is a job only a company, charity or association has, in a body no
    government word or government corporation names (see the module's docstring).

    Args:
        title: The office as written ("Chief Executive Officer of the Peace Corps").
        organization: The international organisation the office belongs to, if any (then public).
        after: The words written after the title, if known: a government corporation named there
            ("as Chief Executive Officer of the Millennium Challenge Corporation") makes it public.
    """
    if organization:
        return False
    if _COMPANY_AFTER.search(title) is not None:
        return True  # "spokesman for the company": its owner is a business
    if _ACADEMIC.search(title) is not None:
        # a government's university or college ("the Uniformed Services University", "Air University")
        return _PUBLIC_BODY.search(title) is None and not government_corporation(title)
    if _CORPORATE.match(title.strip()) is None:
        return False
    return _PUBLIC_BODY.search(title) is None and not government_corporation(title) \
        and not government_corporation(re.split(r"[,;.]\s", after, maxsplit=1)[0] if after.lstrip().startswith("of ") else "")


# "the company's vice president for Asia", "the carmaker's chairman": an office a company owns,
# written with a noun only businesses are called by (Oxford Learner's Dictionary) as possessor
# ("a company spokesman" too: the noun before the title without the possessive; "the company's
# sales director": a lower-case portfolio between the possessive and the title)
_COMPANY_NOUNS = (r"(?:company|firm|carmaker|automaker|chipmaker|airline|retailer|insurer|start-?up|"
                  r"conglomerate|manufacturer|miner|brewer|broker|publisher|developer|club|museum|charity)")
_COMPANY_OWNER = re.compile(
    r"\b(?:the|its|a)\s+" + _COMPANY_NOUNS + r"(?:(?:'s|’s)\s+(?:[a-z-]+\s+){0,2}|\s+(?:(?:new|former|top|then)\s+)?)$",
    re.IGNORECASE)
# "a spokesman for the company", "the director of the museum": the same owner written after the title
_COMPANY_AFTER = re.compile(r"\b(?:of|for|at|with)\s+(?:the|a|its)\s+" + _COMPANY_NOUNS + r"\b", re.IGNORECASE)


def company_owned(text: str, title_start: int) -> bool:
    """Whether the title starting at ``title_start`` is written with a company as its owner."""
    return title_start > 0 and _COMPANY_OWNER.search(text, max(0, title_start - 40), title_start) is not None
