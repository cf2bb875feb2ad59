"""Whether an "and" before an office title joins two holders, not two offices of one holder.

The title reader extends a title leftwards across "and" when office words stand on both sides:
"Deputy Prime Minister and Foreign Minister Jane Roe" (one person, two offices), "Foreign Affairs
and Trade Minister Jane Roe" (one office, two portfolios). English uses the same coordination for
two noun phrases that name different things, and then the words before "and" are not part of the
named person's office:

- a body, then an office: "the White House and President Roe", "the State Department and
  Secretary Roe", "the Department of Homeland Security and Secretary Roe". The conjunct before
  "and" holds no office head word at all (a body's name is made of office modifiers: "House",
  "Department", "Security"), while the conjunct after it begins with one. A portfolio pair never
  does that: in "Foreign Affairs and Trade Minister" the words after "and" begin with a portfolio,
  and the head is shared;
- the same office twice: "the Iraqi Prime Minister and Prime Minister Jane Roe of the Czech
  Republic", "the Brazilian President and President Roe". Nobody holds one office twice in one
  phrase, so the first is another holder's (here unnamed), and its country words ("Iraqi",
  "Brazilian") must not be read as the named person's.

Without this the country and category of the first conjunct were given to the person named
after the second ("Roe, Prime Minister of Iraq"; "Roe, White House and President", a US official).

The other way round, an office does not run on over "and"/"&" and a courtesy title into a name:
"The Honorable Jane Roe, U.S. Senator & Mr. John Roe", "Ambassador of Kenya to the United States &
Mrs. Ana Doe" (a guest list's couple): "Mr."/"Mrs." styles the next person's name, so the office
ends before the conjunction and is not that person's (:func:`couple_after`, read by
:mod:`.title_first_items`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .reader import Reader

__all__ = ["joins_two_holders", "repeats_office"]

_LOOK_BACK = 8
"""Tokens read before "and" for the first conjunct (a body's name: "the Department of Homeland Security")."""

_HEAD_LEADS = frozenset({"prime", "vice", "deputy", "acting", "chief", "principal", "under"})
"""Words that begin an office written before its head ("Prime Minister", "Vice President")."""


def _begins_with_office(rd: "Reader", i: int, head_i: int) -> bool:
    """Whether the words from token ``i`` up to the head begin with an office head ("President",
    "Secretary") or a lead word right before one ("Prime Minister", "Vice President")."""
    doc = rd.doc
    low = doc[i].lower_
    if low in rd.off.heads:
        return True
    return low in _HEAD_LEADS and i + 1 <= head_i and doc[i + 1].lower_ in rd.off.heads


def joins_two_holders(rd: "Reader", i: int, head_i: int, sent_start: int) -> bool:
    """Whether the "and" at token ``i`` joins another holder's body or office to the title whose
    head is token ``head_i`` (the title then begins after "and").

    Args:
        rd: The shared reader of the Doc.
        i: The index of the "and" token, left of the head.
        head_i: The index of the title's head word.
        sent_start: The first token of the block (the first conjunct is read no further left).

    Returns:
        True for "the White House and President Roe" and "the Iraqi Prime Minister and Prime
        Minister Roe"; False for "Deputy Prime Minister and Foreign Minister Roe" and "Foreign
        Affairs and Trade Minister Roe".
    """
    doc = rd.doc
    if i + 1 > head_i or not _begins_with_office(rd, i + 1, head_i):
        return False
    second = [t.lower_ for t in doc[i + 1:head_i + 1]]
    n = len(second)
    if i - n >= sent_start and [t.lower_ for t in doc[i - n:i]] == second:
        return True  # "the Brazilian President and President Roe": the same office, another holder
    conn = rd.off.connectors
    k = i - 1
    words = 0
    while k >= sent_start and words < _LOOK_BACK:
        tok = doc[k]
        low = tok.lower_
        if low in rd.off.heads:
            return False  # an office before "and": two offices of one holder
        if not (rd.in_title(tok) or low in conn and low != "and"):
            break
        words += 1
        k -= 1
    # a body's name, no office, before "and": two words or more ("White House", "State Department");
    # one word is a rank or a portfolio of the same office ("a Major and Director of Training")
    return words > 1


def repeats_office(rd: "Reader", j: int, start: int, sent_end: int) -> bool:
    """Whether the "and" at token ``j``, right of a title begun at ``start``, is followed by the same
    office again ("the Brazilian President and President Roe", "the Iraqi Prime Minister and Prime
    Minister Roe"): the title read so far is another holder's, and it ends before "and".

    Args:
        rd: The shared reader of the Doc.
        j: The index of the "and" token.
        start: The first token of the title read so far.
        sent_end: The end of the block.
    """
    doc = rd.doc
    for n in (1, 2, 3):
        if j - n < start or j + n >= sent_end:
            return False
        before = doc[j - n:j]
        if before[-1].lower_ in rd.off.heads and [t.lower_ for t in before] == [t.lower_ for t in doc[j + 1:j + 1 + n]]:
            return True
    return False


_COUPLE_STYLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "drs", "messrs", "mmes", "mx"})
"""Courtesy titles of a private person's name ("Mrs. Ana Doe"), as a guest list writes a spouse."""
_FORMAL_STYLES = frozenset({("the", "honorable"), ("the", "honourable"), ("the", "hon"), ("his", "excellency"),
                            ("her", "excellency"), ("his", "majesty"), ("her", "majesty"), ("his", "highness"),
                            ("her", "highness")})
"""Styles written before an official's name ("The Honorable Jane Roe", "Her Excellency Ana Doe"): a
second guest's, each with an office of their own if any."""


def couple_after(rd: "Reader", j: int, sent_end: int) -> bool:
    """Whether token ``j`` is an "and"/"&" before a courtesy title or a formal style of another person's
    name ("U.S. Senator & Mrs. Ana Roe", "... & The Honorable Ana Roe"): the office before it ends
    there (module docstring)."""
    doc = rd.doc
    if doc[j].lower_ not in ("and", "&") or j + 2 >= sent_end or not doc[j + 1].text[:1].isupper():
        return False
    nxt, after = doc[j + 1].lower_, doc[j + 2].lower_
    return nxt.rstrip(".") in _COUPLE_STYLES or (nxt, after.rstrip(".")) in _FORMAL_STYLES
