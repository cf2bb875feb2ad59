"""A "President" that is not a country's head of state, told by the words around it.

"President" alone is read as a head of state. English also writes it for the head of a company,
a board, a college or a club, and for a body the head of state owns:

- "the President's Commission on White House Fellows": a possessive before a body names the
  body's owner, not an office anyone in the sentence holds;
- "the President and Owner of Finch Strategies", "The President and Chairman of Acme Corp":
  a president who is also a company's chairman, chief executive, owner or founder heads that
  company (the head of a public body written so stays: "President and Chairman of the
  Export-Import Bank", a body :func:`~pipeline.roles.corporate.public_body` knows);
- "board President", "club president", "student body president": a lower-case noun before it
  names the body presided over, not a country;
- "President Emerita", "President Emeritus": an honorary title of a retired college or society
  head, and "Emerita" is no name.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .corporate import public_body
from .reader import Candidate

__all__ = ["not_head_of_state"]

_AND_FIRM = re.compile(r"\s+and\s+(?:Chief\s+Executive(?:\s+Officer)?|CEO|Chairman|Chairwoman|Chair|Owner|Co-?[Ff]ounder|"
                       r"Founder|Managing\s+Director|Chief\s+Operating\s+Officer|COO|Publisher|Principal)\b"
                       r"(?P<body>\s+of\s+(?:the\s+)?(?:[A-Z][\w.&'’-]*\s*)+)?")
_POSSESSIVE = re.compile(r"[’']s\b")
_EMERITUS = re.compile(r"\s+Emerit(?:a|us|i)\b")
# nouns of the bodies a president presides over below a government ("board President")
_BODY_BEFORE = re.compile(r"\b(?:board|club|company|college|school|university|student|union|association|chapter|"
                          r"society|firm|bank|foundation|council|senate|body|class|league|guild|bar)\s+$")
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
            continue  # "the President and Owner of SPPG": a company's head
        if _POSSESSIVE.match(text, end) or _EMERITUS.match(text, end):
            continue  # "the President's Commission", "President Emerita"
        if _BODY_BEFORE.search(text, max(0, at - 24), at):
            continue  # "holding the title of board President"
        out.append(c)
    return out
