"""A "President" that is not a country's head of state, told by the words around it.

"President" alone is read as a head of state. English also writes it for the head of a company,
a board, a college or a club, and for a body the head of state owns:

- "the President's Commission on White House Fellows": a possessive before a body names the
  body's owner, not an office anyone in the sentence holds;
- "the President and Owner of Finch Strategies", "The President and (Vice) Chairman of Acme Corp":
  a president who is also a company's chairman, chief executive, owner or founder heads that
  company (the head of a public body written so stays: "President and Chairman of the
  Export-Import Bank", a body :func:`~pipeline.roles.corporate.public_body` knows);
- "board President", "club president", "student body president": a lower-case noun before it
  names the body presided over, not a country;
- "Co-President": a presidency two people share is a charity's, an association's or a party's,
  never a country's;
- "President Emerita", "President Emeritus": an honorary title of a retired college or society
  head, and "Emerita" is no name;
- "Jane Roe, President, Fairfield Housing Coalition": a participant list writes name, office and
  body between commas; the body a bare "President" heads there is a country only when the
  gazetteer knows it as one ("X, President, Republic of Kenya"), an international organisation
  when it knows it as one ("X, President, World Bank"), a public body when a government word names
  it; any other (a union, a charity, a firm) is a private body, whose posts are no public office
  (annotation guide, "Rules").
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..knowledge.countries import load as load_gazetteer
from ..knowledge.offices import load_offices
from .corporate import public_body
from .reader import Candidate

__all__ = ["not_head_of_state"]

_AND_FIRM = re.compile(r"\s+(?:and|&)\s+(?:Chief\s+Executive(?:\s+Officer)?|CEO|(?:Vice\s+)?(?:Chairman|Chairwoman|Chair)|Owner|Co-?[Ff]ounder|"
                       r"Founder|Managing\s+Director|General\s+Manager|GM|Chief\s+Operating\s+Officer|COO|Publisher|Principal)\b"
                       r"(?P<body>\s+of\s+(?:the\s+)?(?:[A-Z][\w.&'’-]*\s*)+)?")
_POSSESSIVE = re.compile(r"[’']s\b")
# "Co-President": charities, associations and parties share their presidency between two; a
# country's presidency is held by one (a collective head of state is a "presidency" of "members")
_CO = re.compile(r"\b[Cc]o[-‑]$")
_EMERITUS = re.compile(r"\s+Emerit(?:a|us|i)\b")
# nouns of the bodies a president presides over below a government ("board President")
_BODY_BEFORE = re.compile(r"\b(?:board|club|company|college|school|university|student|union|association|chapter|"
                          r"society|firm|bank|foundation|council|senate|body|class|league|guild|bar|federation|confederation|"
                          r"party|institute|academy|network|movement)\s+$")
# ", National Partnership for Women & Families": the body named after the office in a list entry
_LISTED_BODY = re.compile(r",\s+(?:the\s+)?(?P<body>[A-Z][\w.&'’@-]*(?:[ \t]+(?:[A-Z0-9][\w.&'’@-]*|of|for|and|on|the|in|&|@))*)")
_HEADS = frozenset({"president", "vice president"})


def not_head_of_state(text: str, cands: list[Candidate]) -> list[Candidate]:
    """The candidates without those whose bare "President" heads a firm, a board or a body of
    the head of state's (see the module's docstring).

    Args:
        text: ``doc.text``.
        cands: The candidates of :func:`pipeline.roles.linking.find_candidates`.
    """
    out = []
    for c in cands:
        if c.title.lower() not in _HEADS or c.country or c.organization:
            out.append(c)
            continue
        # a biography's reading may not know where its title starts: the last one in its evidence
        at = text.find(c.title, c.title_start, c.title_start + len(c.title) + 8) if c.title_start >= 0 \
            else text.rfind(c.title, c.start, c.end)
        if at < 0:
            out.append(c)
            continue
        end = at + len(c.title)
        firm = _AND_FIRM.match(text, end)
        if firm is not None:
            if firm.group("body") and public_body(firm.group("body")):
                # "the President and Chairman of the Export-Import Bank": a public body's head, no head of state
                out.append(replace(c, role="official_other"))
            continue  # "the President and Owner of Acme Holdings": a company's head
        if _CO.search(text, max(0, at - 3), at):
            continue  # "Co-President": a presidency shared by two, which no country's is
        if _POSSESSIVE.match(text, end) or _EMERITUS.match(text, end):
            continue  # "the President's Commission", "President Emerita"
        if _BODY_BEFORE.search(text, max(0, at - 24), at):
            continue  # "holding the title of board President"
        if c.start < at and text[max(0, at - 2):at] == ", " and _private_listed_body(text, end):
            continue  # "Jane Roe, President, Fairfield Housing Coalition"
        out.append(c)
    return out


def _private_listed_body(text: str, end: int) -> bool:
    """Whether the words after a bare "President" at ``end`` name, between commas, a body that is
    neither a country, an international organisation nor a public body (see the module's
    docstring); False when no capitalised body follows."""
    m = _LISTED_BODY.match(text, end)
    if m is None:
        return False
    body = m.group("body").strip()
    off = load_offices()
    words = [w.lower().strip(".") for w in body.split()[:2]]
    if words[0] in off.heads or words[0] in off.courtesy or words[-1] in off.heads and words[0] in off.modifiers:
        return False  # "..., President, Prime Minister Ito": another office, not a body
    gaz = load_gazetteer()
    return not (gaz.country(body) or gaz.organization(body) or public_body(body))
