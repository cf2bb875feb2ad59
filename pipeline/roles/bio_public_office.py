"""Whether an office written in a biography is a public one, or a post of a university, society,
charity or firm (dev README: "Jobs in companies, universities and charities are not roles").

Moved out of :mod:`.nomination_bios` unchanged: the biography reader and the delegation, staff
and led-body readers all ask it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .nominations import load_words
from .titles import is_private

__all__ = ["is_public_office", "private_body_post", "private_segment"]

_PUBLIC_HEADS = frozenset({"secretary", "undersecretary", "ambassador", "judge", "justice", "senator", "congressman",
                           "congresswoman", "mayor", "envoy", "consul", "attorney", "comptroller", "inspector",
                           "magistrate", "prosecutor", "defender"})  # ("public defender": a court's government lawyer)
_STRONG_PUBLIC = re.compile(r"\b(?:(?:National|Federal|United\s+States|Naval|Army|Defense|Department)\b|U\.S\.(?!\w))")
"""Words that make a body a public one whatever its head noun (a government's academy or center)."""
_MEMBERSHIP_HEADS = frozenset({"society", "association", "foundation", "academy", "federation", "alliance", "coalition",
                               "club", "guild", "brotherhood"})
"""Head nouns of membership bodies (professional societies, unions, leagues of clubs): "National"
in their name is no sign of a government body."""
_NATIONAL_PRIVATE = re.compile(r"\bNational\s+(?:President|Vice[ -]President|Chair(?:man|woman|person)?)\b")
"""A "National President" or "National Chair" heads a union, society, party or veterans'
association; a government's head is never so called."""

@lru_cache(maxsize=4096)
def _chartered(title: str) -> bool:
    """Whether a title names a government corporation or statutory agency (:mod:`.corporate`)."""
    from .corporate import government_corporation  # read lazily: corporate reads the nominations words

    return government_corporation(title)


def is_public_office(title: str, owner: str = "", *, military: bool = False) -> bool:
    """Whether an office written in a biography is a public one.

    Args:
        title: The office ("Director of Wetland Recovery Programs").
        owner: A possessive written before it ("the Department's"), if any.
        military: The subject is a serving officer: the posts of an officer are public.
    """
    words = load_words()
    if military:
        return True
    if _chartered(title):
        return True  # "the Institute of Museum and Library Services", "the Inter-American Foundation": a government's
    # only the body's head noun tells a private body ("Center", "Academy"); a word inside its name
    # does not ("the Jane Doe Center for Public Health Law")
    body = re.split(r"\s+(?:of|at|for|to|on|with)\s+(?:the\s+)?", title, maxsplit=1)
    head_words = re.split(r"\s+(?:of|for|in|on|at)\s+", body[-1], maxsplit=1)[0].split()
    # the head noun without a possessive ("the Foundation's"); a plural is also read singular
    head = re.sub(r"[’']s$", "", head_words[-1].lower()).strip(".,;:’'") if head_words else ""
    if head not in words.private and head.endswith("s") and head[:-1] in words.private:
        head = head[:-1]  # "the Players Associations"
    if _NATIONAL_PRIVATE.search(title):
        return False  # "National President of the Society of ...": the head of a union or society
    strong = [m.group() for m in _STRONG_PUBLIC.finditer(f"{owner} {title}")]
    if head in words.private:
        # a private kind of body is a government's only when a government word names it ("the U.S.
        # Naval Academy", "National Counterterrorism Center"), not a word after its head ("Society
        # of Federal Labor Relations Professionals"); "National" does not make a membership body
        # public ("National Academy of Arbitrators", "National Rifle Association")
        strong = [w for w in _STRONG_PUBLIC.findall(" ".join([owner, *head_words]))
                  if w != "National" or head not in _MEMBERSHIP_HEADS]
    if strong:
        return True  # "Director of the National Counterterrorism Center", "the U.S. Naval Academy"
    toks = {w.lower() for w in re.findall(r"[A-Za-z][\w-]*", f"{owner} {title}")}
    if head in words.private or is_private(title) and not toks & words.strong_public:
        return False
    return bool(toks & words.public) or bool(toks & _PUBLIC_HEADS)


_PRIVATE_POST_HEADS = frozenset({"university", "college", "association", "society", "academy", "foundation", "club",
                                 "museum", "hospital", "church", "guild", "brotherhood", "company", "firm", "llp",
                                 "llc", "inc", "ltd", "partners", "holdings", "conservancy"})
"""Head nouns of the kinds of body that are universities, membership bodies, charities and firms
(a subset of ``private_body_words``, leaving out kinds governments also have: school, institute,
center, fund, trust, federation; and "corporation": the Millennium Challenge Corporation and the
Corporation for Public Broadcasting are government corporations)."""


def private_body_post(title: str) -> bool:
    """Whether an office is one of a university, society, association, charity or firm ("President of
    Wexford State University", "President of the Ohio Society of Certified Public Accountants"),
    whichever sentence frame found it: a job, not a public office (dev README: "Jobs in companies,
    universities and charities are not roles"). A body a government word names stays public
    ("President of the National Defense University", "Superintendent of the U.S. Naval Academy")."""
    m = re.search(r"\s(?:of|at)\s+(?:the\s+)?(\S.*)$", title)
    if m is None:
        return False
    words = re.split(r"\s+(?:of|for|in|on|at)\s+", m.group(1), maxsplit=1)[0].split()
    head = re.sub(r"[’']s$", "", words[-1].lower()).strip(".,;:’'") if words else ""
    return head in _PRIVATE_POST_HEADS and not is_public_office(title)


def private_segment(title: str) -> bool:
    """Whether a body the office is "of" or "at" after its first one is a university, society or
    firm ("Professor of Law at Wexford State University"): the post is that body's, unless a
    government word names the body ("the U.S. Naval Academy") or it is a government corporation or
    statutory agency ("the Inter-American Foundation")."""
    if _chartered(title):
        return False
    for m in re.finditer(r"\s(?:of|at)\s+(?:the\s+)?", title):
        words = re.split(r"\s+(?:of|for|in|on|at)\s+", title[m.end():], maxsplit=1)[0].split()
        head = re.sub(r"[’']s$", "", words[-1].lower()).strip(".,;:’'()") if words else ""
        if head in _PRIVATE_POST_HEADS and not _STRONG_PUBLIC.search(" ".join(words)):
            return True
    return False
