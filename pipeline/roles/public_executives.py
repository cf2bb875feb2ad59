"""A title companies also use, held in a body only a government has.

"Executive Director", "Executive Vice President" and "Chief Operating Officer" are read as
company officers (``public: false`` in ``offices.json``), which drops the non-profit leaders of
a readout's participants list ("Jane Roe, Executive Director, Contoso Alliance"). The same words
are a public office when the body they are written with is a government's: "Executive Director
of the White House Initiative on Educational Equity", "Jane Roe, Executive Director, Department
of Commerce Task Force". A government corporation named there already counts
(:func:`pipeline.roles.corporate.government_corporation`); this module adds the executive
branch's own bodies, named by a noun only governments use (AP Stylebook "department",
"agency"; the U.S. Government Manual's executive units) or by "White House".
"""

from __future__ import annotations

import re

__all__ = ["government_executive_body"]

# The body written right after the title: "of/at/for the X" or a list's ", X" (up to the next
# comma, semicolon, full stop or parenthesis: a list's next column or the sentence's verb phrase).
_BODY_AFTER = re.compile(r"^\s*(?:,\s*|(?:of|at|for|with)\s+)((?:the\s+)?[A-Z][^,;.()]*)")
# the small words a body's proper name has inside ("Initiative on Rural Schools")
_CONNECTORS = frozenset({"of", "the", "and", "for", "on", "&"})
# the body part of the title itself ("Executive Director of the X", "Executive Director for X")
_BODY_IN_TITLE = re.compile(r"\s(?:of|at|for|with)\s+(.*)$")
# nouns that head only a government's body (a private firm has no ministry or embassy; a
# "commission", "council", "office" or "service" may be a firm's or a charity's, so they stay out)
_GOVERNMENT_NOUNS = re.compile(
    r"\b(?:Department|Ministry|Agency|Administration|Bureau|Embassy|Consulate|Legislature|Parliament|Senate|"
    r"White\s+House|Executive\s+Office\s+of\s+the\s+President)\b")
# a private body whose name has one of those nouns inside ("the Alumni Association of the State
# Department", "the Foreign Service Association"): its head noun is a membership body's
_PRIVATE_HEAD = re.compile(r"\b(?:Association|Society|Foundation|Union|Federation|Club|Alliance|Coalition|"
                           r"Institute|University|College|Company|Inc|LLC|Fund|Council\s+of\s+Governments)\b")


def _name_run(words: str) -> str:
    """The leading run of a proper name's words in ``words`` (capitalised words and the
    connectors a body's name has inside): "Initiative on Asian Americans spoke" -> its first four."""
    run = []
    for w in words.split():
        if not (w[:1].isupper() or w in _CONNECTORS):
            break
        run.append(w)
        if w[-1:] in ",;.)":
            break
    return " ".join(run)


def _body_words(title: str, after: str) -> str:
    """The body's name written in ``title`` or right after it (empty when none is)."""
    inside = _BODY_IN_TITLE.search(title)
    if inside is not None and inside.group(1).strip():
        # the title may stop inside the body's name ("... of the White House" + "Initiative on X")
        return inside.group(1) + " " + _name_run(after)
    m = _BODY_AFTER.match(after)
    return _name_run(m.group(1)) if m is not None else ""


def government_executive_body(title: str, after: str = "") -> bool:
    """Whether a company-style title ("Executive Director") is written with a government's body,
    which makes it a public office.

    Args:
        title: The title as split ("Executive Director of the White House Initiative on X").
        after: The words written after the title, if known (", Department of Labor").

    Returns:
        True when the body named with the title is headed by a noun only governments use and
        no private body's noun ("Association", "Foundation") names it.

    Example:
        >>> government_executive_body("Executive Director", ", White House Council on Native American Affairs")
        True
        >>> government_executive_body("Executive Director", ", Alliance for Retired Americans")
        False
    """
    body = _body_words(title, after.replace("\n", " "))
    return bool(body) and _GOVERNMENT_NOUNS.search(body) is not None and _PRIVATE_HEAD.search(body) is None
