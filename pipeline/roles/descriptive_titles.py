"""Office words used to describe a person, not to name an office the person holds.

Speeches praise and rank people with the nouns of office: "she is a great national leader",
"you are a true leader", "he is the first president in 30 years to ...", "the only president to
...". A lower-case "leader" modified only by words of praise or reach ("national", "great",
"global", "true") names no post: the offices called "leader" are a body's or a chamber's
("majority leader", "opposition leader", "Senate leader"). An ordinal or superlative before a
lower-case office ("the first president to", "the youngest senator") ranks its holder among the
holders of that office: the office is the one after it ("president"), so the reading keeps that
office and drops the rank word (the annotation guide: one role per person and office).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .titles import classify

__all__ = ["descriptive_titles"]

# Words of praise, reach or age before "leader" that describe the person, not a post
# (English usage: "a born leader", "a world leader", "a thought leader").
_PRAISE = frozenset({
    "national", "great", "global", "world", "true", "real", "strong", "natural", "moral", "civic",
    "community", "thought", "young", "good", "fearless", "incredible", "extraordinary", "outstanding",
    "proven", "visionary", "bold", "brave", "effective", "born", "tremendous", "wonderful", "powerful",
    "courageous", "principled", "dedicated", "fierce", "fantastic", "remarkable", "inspiring",
    "inspirational", "servant", "american", "amazing", "important", "critical", "key",
})
# Ordinals and superlatives ranking a holder among the holders of an office.
_RANK = re.compile(r"^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|only|last|youngest|"
                   r"oldest|longest-serving|longest serving)\s+(?=(?:vice\s+)?president\b|prime\s+minister\b|"
                   r"senator\b|governor\b|mayor\b|congress(?:wo)?man\b|speaker\b)")

# The same words in lower case before a capitalised office ("the first Secretary of State to visit
# Fiji", "the youngest Prime Minister"): a diplomat's rank is written with a capital ("First
# Secretary"), so the lower-case word ranks the holder and the office is the capitalised one
_RANK_BEFORE_NAME = re.compile(r"^(?:first|second|third|only|last|youngest|oldest)\s+(?=[A-Z])")


# A lower-case "leader" in a field ("a national leader on trade policy", "a leader in clean
# energy"): praise of a person's standing in a field, not a post, which is "leader of" a body
_FIELD_LEADER = re.compile(r"^((?:[a-z-]+\s+)*)leader\s+(?:on|in|for|across|among)\s")


# A lawyer's trade written in lower case ("an accomplished attorney", "a health care regulatory
# attorney", "Illinois attorney Jane Roe"): a profession, not a post; the public lawyers' offices
# name their government ("district attorney", "U.S. attorney", "attorney general", "trial attorney
# in the Justice Department", "assistant state's attorney")
_TRADE = re.compile(r"^(?:[a-z-]+\s+){0,3}(?:attorney|lawyer)$")
_PUBLIC_LAWYER = re.compile(r"\b(?:district|general|county|city|state(?:'s|’s)?|trial|staff|government|federal|assistant|deputy|"
                            r"prosecuting|public|United\s+States|Justice|Department|Office|Agency|Bureau)\b|\bU\.\s?S\.")


def _trade(body: str, c) -> bool:
    """Whether a lower-case "attorney" or "lawyer" reading names the trade, not a public office:
    neither its words nor those written before it in its evidence name a government."""
    if not c.title.islower() or not _TRADE.match(c.title) or _PUBLIC_LAWYER.search(c.title):
        return False
    lead = body[c.start:c.title_start] if body and 0 <= c.start <= c.title_start else ""
    return not _PUBLIC_LAWYER.search(lead)


# "a native Spanish speaker", "a fluent French speaker": one who speaks a language, not a
# legislature's presiding officer
_LANGUAGE_SPEAKER = re.compile(r"\b(?:native|fluent|heritage|proficient|non-native)\s+(?:[A-Z][a-z]+\s+(?:and\s+)?){1,3}speakers?\b")


# Before a bare lower-case "leader": an article and words of praise, a people's adjective among them
# ("a great American leader, X", "one extraordinary Irish leader"): praise, not the office of a
# country's leader, which no one calls "great" in naming it ("the Iranian leader" stays)
_PRAISED_BEFORE = re.compile(r"\b(?:a|an|one|this|that|our|my)\s+((?:[A-Za-z-]+\s+){1,3})$")


# "he was going to be the President for everyone", "Joe was always going to be an Education
# President": a past expectation of what someone would be, no office held or named to
_WAS_GOING = re.compile(r"\b(?:was|were)\s+(?:(?:always|never|not|just)\s+)?going\s+to\s+be\s+(?:a|an|the)\s+$",
                        re.IGNORECASE)


# A lower-case "leader" after "a"/"an" ("Jane Roe is a senior national security leader", "a
# seasoned foreign policy leader"): one of many in a field, not a post, which is named with "the"
# or a capital; the posts a lower-case "leader" names are a chamber's or a party's ("a minority
# leader" is rare but an office), kept.
_A_LEADER = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)
_LEADER_POSTS = frozenset({"majority", "minority", "opposition", "supreme", "floor", "house", "senate", "party"})


def _a_leader(body: str, c) -> bool:
    """Whether a lower-case "... leader" reading is a description after an indefinite article."""
    words = c.title.split()
    return bool(body) and c.title.islower() and len(words) >= 2 and words[-1] == "leader" and c.title_start > 0 \
        and not any(w in _LEADER_POSTS for w in words) \
        and _A_LEADER.search(body, max(0, c.title_start - 6), c.title_start) is not None


def _praised(body: str, c) -> bool:
    """Whether a bare lower-case "leader" is written after an article and praise ("a great
    American leader")."""
    if not body or c.title != "leader" or c.title_start < 0:
        return False
    m = _PRAISED_BEFORE.search(body, max(0, c.title_start - 60), c.title_start)
    if m is None:
        return False
    words = m.group(1).split()
    return any(w.lower() in _PRAISE and not w[:1].isupper() for w in words) \
        and all(w.lower() in _PRAISE or w[:1].isupper() for w in words)


def descriptive_titles(cands: list, body: str = "") -> list:
    """The candidates without the praising "leader" readings, and with the rank word taken off
    a lower-case office ("first president" -> "president", re-classified).

    Args:
        cands: The stage's candidates (:class:`pipeline.roles.reader.Candidate`).
        body: The document text (the candidates' offsets point into it); without it the praise
            written before a bare "leader" is not read.

    Returns:
        The candidates kept, in order.
    """
    out = []
    ranked: set[int] = set()
    for c in cands:
        words = c.title.split()
        if c.title.islower() and words and words[-1] == "leader" and len(words) >= 2 \
                and all(w in _PRAISE for w in words[:-1]):
            continue  # "she is a great national leader"
        if c.title.islower() and (m := _FIELD_LEADER.match(c.title)) and all(w in _PRAISE for w in m.group(1).split()):
            continue  # "a respected national leader on water policy"
        if c.title == "speaker" and body and c.title_start > 0 \
                and _LANGUAGE_SPEAKER.search(body, max(0, c.title_start - 60), c.title_start + 60):
            continue  # "Doe is a native Spanish speaker"
        if _trade(body, c):
            continue  # "Jane Roe, an accomplished attorney"
        if _a_leader(body, c):
            continue  # "Jane Roe is a senior national security leader"
        if _praised(body, c):
            continue  # "the words of a great American leader, X"
        if body and c.title_start > 0 and _WAS_GOING.search(body, max(0, c.title_start - 50), c.title_start):
            continue  # "he was going to be the President for everyone"
        if c.title.islower() and (m := _RANK.match(c.title)) and c.status != "nominee":
            title = c.title[m.end():]
            c = replace(c, title=title, role=classify(title, c.organization, c.country))
        elif (m := _RANK_BEFORE_NAME.match(c.title)) and c.status != "nominee":
            title = c.title[m.end():]  # "the first Secretary of State to visit": not the rank "First Secretary"
            ranked.add(id(c := replace(c, title=title, role=classify(title, c.organization, c.country))))
        out.append(c)
    # "Secretary Blinken ... He was the first Secretary of State to visit": a ranking says when he
    # did something, not that he held the office in the past; another reading of it is kept alone
    # (a ranking in the present, "is the first Secretary to ...", says he holds it: kept)
    return [c for c in out if id(c) not in ranked or c.status == "current"
            or not any(o is not c and o.name == c.name and id(o) not in ranked
                       and (o.role == c.role or c.title.startswith(o.title)) for o in out)]
