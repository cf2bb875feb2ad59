"""Posts of a biography's list that borrow their public standing from the list.

A biography writes a career as a list of posts under one frame: "held senior positions at the
State Department, including Deputy Assistant Secretary for X and Director for Andean Affairs",
"served in a variety of roles at the Consumer Financial Protection Bureau, including Acting
Director, Chief of Staff, and Deputy Chief Operating Officer", "His overseas assignments include
Political Counselor in Madrid and Economic Officer in Quito". Read alone, most items name no
government body ("Director for Andean Affairs", "Chief of Staff"), so a test of each item's own
words drops them. English puts them under one frame because they are posts of one career: the
frame's body, or a public sibling item, makes each item that is a post (its head word an office
word) a public one, unless the item itself names a private body. The guide counts every public
office a biography names (dev README, "roles", status).
"""

from __future__ import annotations

import re

from ..knowledge.wordlists import phrase_alternation, word_set
from .bio_public_office import private_body_post, private_segment
from .nominations import load_words

__all__ = ["TENURE", "career_service", "firm_after", "frame_names_private_body", "frame_names_public_body", "item_joint", "list_post", "next_item_is_title",
           "strongly_public"]

_MONTH = r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?"
_YEAR = r"(?:19|20)\d\d"
TENURE = (rf"(?:,?\s+(?:from\s+{_MONTH}{_YEAR}\s*(?:to|until|through|-|–)\s*(?:{_MONTH}{_YEAR}|the\s+present|present)"
          rf"|between\s+{_YEAR}\s+and\s+{_YEAR}|(?:in|since)\s+{_MONTH}{_YEAR})|\s+\({_YEAR}\s*(?:-|–|to)\s*(?:{_YEAR}|present)?\))")
"""The tenure written after a post of a list, before the next post ("as A from 2009 to 2012 and as B",
"A (2011-2013) and B", "A in 2015 and B"): a list goes on after it, and the post's words end before it."""

_PUBLIC_FRAME = re.compile(
    r"\b(?:(?:the\s+)?(?:U\.S\.\s+|United\s+States\s+)?(?:Department|Ministry|Office|Bureau|Agency|Administration|"
    r"Commission|Embassy|Embassies|Consulate|Mission|Senate|House|Congress|Pentagon|White\s+House|State\s+Department|"
    r"Foreign\s+Service|Civil\s+Service|Federal\s+Reserve|Treasury|Navy|Army|Air\s+Force|Marine\s+Corps|Coast\s+Guard)\b"
    r"|\b[A-Z]{2,6}\b(?=[^a-z]*$))")
"""A government body named in the frame before a list ("positions at the State Department, including",
"roles at the Consumer Financial Protection Bureau including", "worked at OMB as"); an initialism
closing the frame is read as a body only with a public frame word beside it (see :func:`frame_names_public_body`)."""

_CAREER_SERVICE = re.compile(r"\b(?:Senior\s+)?Foreign\s+Service\b|\bCivil\s+Service\b|\bSenior\s+Executive\s+Service\b")
"""A career in a government's own service: every assignment of such a career is a public post."""


def frame_names_public_body(frame: str) -> bool:
    """Whether the words that introduce a list (up to the list) name a government body whose
    posts the list gives: "held senior positions at the State Department, including".

    Args:
        frame: The sentence from the pattern's start to the list's start.
    """
    if {w.lower() for w in re.findall(r"\b[A-Z]{2,6}\b", frame)} & load_words().strong_public and not _PRIVATE_FRAME.search(frame):
        return True  # "since joining HHS OIG in 2005, including": a federal agency's initials (offices.json)
    from .corporate import government_corporation, government_corporation_end  # (read lazily: nominations words)

    if government_corporation(frame) and not _LATER_BODY.search(frame, government_corporation_end(frame)):
        return True  # "worked at the Federal Deposit Insurance Corporation, most recently as" (31 U.S.C. 9101)
    m = _PUBLIC_FRAME.search(frame)
    if m is None:
        return False
    if m.group().isupper() and not re.search(r"\b(?:at|in|with|for|of)\s+(?:the\s+)?[A-Z]{2,6}\b", frame):
        return False  # a capitalised word, not a body's initials after a preposition
    return not _PRIVATE_FRAME.search(frame)


_LATER_BODY = re.compile(r"\b(?:at|with|for|joined|joining)\s+(?:the\s+)?[A-Z]")
"""another body named after the public one in a frame ("worked at the Tennessee Valley Authority and
then at Acme Capital for 12 years, most recently as"): the last post is that body's"""
_PRIVATE_FRAME = re.compile(r"\b(?:University|College|Inc\.?|LLP|LLC|Ltd\.?|Holdings|Company|Corporation|Foundation|Association|"
                            r"Society|Hospital|Museum|Bank|Partners|Group)\b")


def frame_names_private_body(frame: str) -> bool:
    """Whether the words that introduce a list name a firm, university or charity whose jobs the
    list gives ("served in a variety of roles at Acme Holdings LLC, including"): no item of it is a
    public office unless a government word names it.

    Args:
        frame: The sentence from the pattern's start to the list's start.
    """
    from .corporate import government_corporation  # read lazily: that module reads the nominations words

    m = _PRIVATE_FRAME.search(frame)
    return m is not None and not government_corporation(frame) and not _PUBLIC_FRAME.search(frame[m.end():])


def career_service(section: str) -> bool:
    """Whether a biography section says its subject is a career member of a government's service
    ("a career member of the Senior Foreign Service, class of Minister-Counselor")."""
    return bool(_CAREER_SERVICE.search(section))


def list_post(title: str) -> bool:
    """Whether a list item is a post by its own words: its lead (before "of", "for", "in", ...)
    ends with an office head word ("Desk Officer for Peru", "Director for Andean Affairs",
    "Chief of Staff"), and it names no private body.

    Args:
        title: The list item, as the biography reader cut it.
    """
    lead = re.split(r"\s+(?:of|for|to|on|in|at|with)\s+", title, maxsplit=1)[0].split()
    if not lead or not lead[0][:1].isupper() or lead[-1].lower().strip(".,") not in load_words().heads:
        return False
    return not (private_segment(title) or private_body_post(title))


_TITLE_ITEM = re.compile(r"(?:the\s+)?((?:[A-Z][\w-]*\s+){0,4}[A-Z][\w-]*)(?=[,;]|\s+and\s|[.\s]*$|\s+(?:from|in|at|with)\s)")


def next_item_is_title(after: str) -> bool:
    """Whether the words after a comma are a whole office title of their own, closed by the next
    comma or "and" ("..., Deputy General Counsel, and Senior Advisor"): a run of capitalised words
    that starts and ends with office words. A body's name goes on ("Department of Health,
    Education, and Welfare": "Education" is no office word).

    Args:
        after: The text right after the comma (and an "and").
    """
    m = _TITLE_ITEM.match(after)
    if m is None:
        return False
    words = [w.lower() for w in m.group(1).split()]
    heads = load_words().heads
    return len(words) >= 2 and words[-1] in heads and (words[0] in heads or words[0] in _MODIFIERS)


_MODIFIERS = word_set("roles", "office_title_modifiers")
"""Words that open an office title before its head ("Deputy General Counsel", "Senior Advisor"; data: word_lists.json)."""


_GOVERNMENT_WORDS = re.compile(rf"\b(?:{phrase_alternation('roles', 'government_title_words')})(?!\w)")
_PUBLIC_TITLE_HEADS = word_set("roles", "public_title_heads")


def strongly_public(title: str) -> bool:
    """Whether a title names a government body or an office only governments have by words no
    firm or society uses ("Department", "Embassy", "Agency", "U.S.", "Secretary", "Consul"), not
    by words they share ("Board", "Legislative", "National").

    Args:
        title: An office as the biography reader cut it.
    """
    words = {w.lower().strip(".,’'") for w in re.findall(r"[A-Za-z][\w.’'-]*", title)}
    return bool(_GOVERNMENT_WORDS.search(title) or words & load_words().strong_public or words & _PUBLIC_TITLE_HEADS)


_STRONG_JOINT = re.compile(r";|\bwell\s+as\s|\bas\s+(?:an?\s+)?$")
"""Joiners that never join words inside one office title: a semicolon, "as well as", "and as"."""
_LEAD_RUN = re.compile(r"(?:the\s+)?((?:(?:U\.S\.|[A-Z][\w’'-]*)\s+){0,6}(?:U\.S\.|[A-Z][\w’'-]*))")


def item_joint(joiner: str, after: str) -> bool:
    """Whether a list joiner that never joins the words of one title (";", "as well as", "and as")
    opens a new office: the capitalised run after it holds an office head word anywhere, not only
    in its first two words ("...; and Near East Regional Program Officer in X", "..., as well as
    National Security Council Director for Y", "..., and as the United States Special Representative
    for Z").

    Args:
        joiner: The joiner as matched (", and as ", "; and ").
        after: The text right after the joiner.
    """
    m = _LEAD_RUN.match(after)
    if re.fullmatch(r",?\s+and\s+", joiner) and after.startswith("the ") and m is not None:
        # "Deputy Chief of Mission and the Chargé d'affaires": "and the" before a run ending in an office head
        return m.group(1).split()[-1].lower().strip(".") in load_words().heads
    if not _STRONG_JOINT.search(joiner):
        return False
    return m is not None and any(w.lower().strip(".") in load_words().heads for w in m.group(1).split())


_FIRM_AFTER = re.compile(r"^,?\s*(?:[A-Z][^,;.]{0,40},\s*)?(?:for|at|with|of)\s+(?:the\s+)?(?:[A-Z][\w.&’'-]*\s+){0,6}?"
                         r"(?:Inc|LLC|LLP|Ltd|Corporation|Corp|Company|University|College|Foundation)\b"
                         r"|^[^.;]{0,80}?,\s+an?\s+(?:non-?governmental|non-?profit|not-for-profit|private|research)\s+"
                         r"(?:humanitarian\s+|international\s+)?(?:organi[sz]ation|firm|company|group)\b")
"""The firm, university or charity a post is held at, written right after the post's words ("Senior
Counsel, Intelligence Solutions, for Acme Systems Inc.", "Vice President of Policy at Mercy Aid, a
non-governmental humanitarian organization")."""


_PARTY_BODY = (r"(?:Campaign|(?:Republican|Democratic)\s+(?:National|Governors|Attorneys\s+General)\s+(?:Committee|Association)"
               r"|National\s+(?:Republican|Democratic)\s+(?:Congressional|Senatorial)\s+Committee)\b")
_CAMPAIGN = re.compile(rf"\b{_PARTY_BODY}|\bVeterans?$")
_CAMPAIGN_AFTER = re.compile(rf"^(?:[^,;.\s]{{0,12}}\s+(?:\d{{4}}\s+)?|,?\s*(?:for|at|with|of)\s+(?:the\s+)?[^,;.]{{0,60}}?\b){_PARTY_BODY}")
"""A political campaign's or party committee's post (a party is no government: dev README, roles are
public offices only), written in the post or right after it ("State Director for the Roe 2024
Campaign", "Regional Coordinator at the Republican National Committee"); a veteran is no post."""


def firm_after(after: str, title: str) -> bool:
    """Whether the words after a biography's post name a firm, university or charity it is held
    at, and the post's own words name no government: the post is the body's job, not an office;
    or the post is a campaign's or a party committee's.

    Args:
        after: The sentence from the end of the post's words.
        title: The post as the reader cut it.
    """
    if _CAMPAIGN.search(title) or _CAMPAIGN_AFTER.match(after):
        return True
    return _FIRM_AFTER.match(after) is not None and not strongly_public(title)
