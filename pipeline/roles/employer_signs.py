"""Signs in a biography's wording that an office is a job at a private body, which
:mod:`.employers` asks about the words around a title.

English says a post is a firm's, a charity's or a union's in ways the body's own name does not:

- the body is described in common words: "at the software company, Contoso", "for Contoso, a
  consulting firm" (the ``private_employer_descriptions`` of ``data/word_lists.json``);
- the holder founded the body: "Chair and Co-Founder of the X Summit", "founder, chairman and chief
  executive of X" (a government's offices are created by law, not founded by their holders);
- the body's name joins names with an ampersand, as firms' names do ("K&L Example", "Roe & Doe
  LLP"), and names no government body;
- the body is a trade union ("the Example Workers Union", "the Employees International Union
  Local 12"; unions of workers are private bodies whatever public service their members give);
- the title ends inside the body's name, which the readers cut at a word that is no office word
  ("Chair of the Public Transportation | Association"): the whole name decides.

The annotation guide counts public offices only ("Jobs in companies, universities and charities
are not roles").
"""

from __future__ import annotations

import re

from ..knowledge.wordlists import word_list

__all__ = ["cut_name_continuation", "described_private", "firm_name", "founder_post", "trade_union"]

_KINDS = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in
                  sorted(word_list("roles", "private_employer_descriptions"), key=len, reverse=True))
_HEAD_END = r"(?=\s*(?:[,.;:)\n]|$)|\s+(?:that|which|in|based|founded|headquartered|where|with|of|for)\b)"
"""The kind noun is the description's head ("a consulting firm, ..."), not a modifier ("a former union
organizer")."""
_DESCRIBED_BEFORE = re.compile(
    rf"(?:[^\S\n]+(?!(?:and|or|as|where|who|which)\b)[a-z][\w-]*){{0,2}}[^\S\n]+(?:at|for|with)[^\S\n]+(?:a|an|the)"
    rf"(?:[^\S\n]+(?!(?:and|or)\b)[\w-]+){{0,4}}?[^\S\n]+(?:{_KINDS})\b{_HEAD_END}")
"""After a title: the employer described before it is named ("... region at the shipping company, X")."""
_DESCRIBED_AFTER = re.compile(
    rf"\s*(?:\([A-Z&.-]{{2,10}}\)\s*)?(?:,[^\S\n]+(?:a|an|the)(?:[^\S\n]+(?!(?:and|or)\b)[\w’'-]+){{0,5}}?[^\S\n]+(?:{_KINDS})\b{_HEAD_END}"
    rf"|[^\S\n]+and[^\S\n]+its[^\S\n]+(?:[a-z][\w-]*[^\S\n]+){{0,2}}(?:{_KINDS})\b{_HEAD_END})")
"""After an employer's name: an apposition saying its kind ("X, a consulting firm"), or "and its
predecessor union"."""
_FOUNDER_BEFORE = re.compile(r"\b(?:co-?)?founder(?:,|\s+and)\s+(?:the\s+|its\s+)?$", re.IGNORECASE)
_FOUNDER_AFTER = re.compile(r"^(?:,|\s+and)\s+(?:co-?)?founder\b", re.IGNORECASE)
_AMPERSAND = re.compile(r"[A-Z][\w.]*\s*&\s*[A-Z]")
_TRADE_UNION = re.compile(r"\b(?:Employees?|Workers|Teachers|Farmers|Nurses|Pilots|Laborers|Machinists|Carpenters|"
                          r"Teamsters|Steelworkers|Textile|Clothing|Electrical|Commercial|Trades?)\b"
                          r"(?:\s+[A-Z][\w’'-]*){0,3}\s+Unions?\b|\bUnion\b(?:\s*\([A-Z]{2,8}\))?\s+Local\b")
"""A trade union's name: a union of a trade's workers ("Example Farmers Union", "United Nurses
Union") or one with locals ("... Union (XYZ) Local 12"); not the European or African Union."""
_NAME_RUN = re.compile(r"[^\S\n]+([A-Z][\w’'-]*(?:[^\S\n]+[A-Z][\w’'-]*){0,3})")
_LAST_BODY = re.compile(r".*\s(?:of|for)\s+(?:the\s+)?", re.DOTALL)


def described_private(text: str, end: int, org_end: int | None = None) -> bool:
    """Whether the words after a title describe its employer as a private body.

    Args:
        text: The Doc text.
        end: Where the title ends.
        org_end: Where the employer's name written after the title ends, if one is.

    Returns:
        True for "Director for the Asia region at the shipping company, Contoso" (at ``end``)
        and for "Counsel for Contoso, a consulting firm" (at ``org_end``).
    """
    if _DESCRIBED_BEFORE.match(text, end, min(len(text), end + 120)):
        return True
    return org_end is not None and _DESCRIBED_AFTER.match(text, org_end, min(len(text), org_end + 120)) is not None


def founder_post(text: str, start: int, end: int) -> bool:
    """Whether a title is coordinated with "founder" ("founder, Chairman and CEO of X", "Chair and
    Co-Founder of the X"): a body its holder founded, not a government's office.

    Args:
        text: The Doc text.
        start: Where the title starts.
        end: Where the title ends.
    """
    return bool(_FOUNDER_BEFORE.search(text[max(0, start - 24):start]) or _FOUNDER_AFTER.match(text[end:end + 24]))


def firm_name(org: str) -> bool:
    """Whether a body's name joins names with an ampersand, as firms write theirs ("K&L Example",
    "Roe & Doe"). The caller checks that no government word names the body ("Department of
    Housing & Urban Development")."""
    return bool(_AMPERSAND.search(org))


def trade_union(org: str) -> bool:
    """Whether a body's name is a trade union's ("Example Workers Union", "... Union Local 12")."""
    return bool(_TRADE_UNION.search(org))


def cut_name_continuation(text: str, start: int, end: int) -> str | None:
    """The whole name of the body a title is "of" or "for" when the title ends inside it: the
    capitalised words right after the title on the same line continue the name ("Chair of the
    Public Transportation | Association" -> "Public Transportation Association").

    Args:
        text: The Doc text.
        start: Where the title starts in ``text``.
        end: Where the title (as written) ends.

    Returns:
        The body's name as written, or None when nothing continues it or the title names no body.
    """
    run = _NAME_RUN.match(text, end, min(len(text), end + 80))
    body = _LAST_BODY.match(text, start, end)
    if run is None or body is None or body.end() >= end:
        return None
    return text[body.end():end] + " " + run.group(1)
