"""Which form a run-on list of officials takes: "TITLE NAME, TITLE NAME, and TITLE NAME" or
"NAME, TITLE, NAME, TITLE".

Inside the list the two read alike ("..., Department of Education Secretary Ann Roe, Senior
Advisor ..."): each title stands between two names. The list's end tells them apart: a list of
"TITLE NAME" items ends with a name ("..., and Special Assistant to the President Tom Lee."), a
list of "NAME, TITLE" items with a title ("..., Tom Lee, Special Assistant to the President.").
The first item cannot decide when its title is no office ("Second Gentleman Jane Roe, ...").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .reader import Reader


def ends_with_title_name(rd: "Reader", after: int, sent: tuple[int, int]) -> bool:
    """Whether the sentence's list, from token ``after`` on, ends with an office title right
    before a person's name that closes the sentence (only punctuation after it)."""
    doc = rd.doc
    k = min(sent[1], rd.sentence(after)[1]) - 1  # the sentence, not the paragraph block
    while k > after and (doc[k].is_punct or doc[k].is_space):
        k -= 1
    if k <= after or not rd.is_person(doc[k]):
        return False
    ent = rd.entity(doc[k])
    s = k
    while s - 1 > after and rd.entity(doc[s - 1]) is ent and not doc[s - 1].is_space:
        s -= 1
    prev = s - 1
    while prev > after and doc[prev].is_space:
        prev -= 1
    # the capitalised words before the name (over "of", "the", "for", "and", "to") hold an office word
    j = prev
    while j > after and j > prev - 12 and (doc[j].text[:1].isupper() or doc[j].lower_ in _GLUE or doc[j].is_space):
        if rd.is_head(doc[j]):
            return True
        j -= 1
    return False


_GLUE = frozenset({"of", "the", "for", "and", "to", "on", "&"})


def inside_principal(rd: "Reader", left) -> bool:
    """Whether an "and" after the title tokens ``left`` joins words of the principal an aide
    serves, not two offices: "Chief of Staff to the National Security and Intelligence Advisor"
    names one office (the words after the last "to" hold no head word yet), while "Assistant to
    the President and Deputy Chief of Staff" names two (the principal "the President" is whole),
    and so does "Ambassador to El Salvador and Acting Assistant Secretary" (a posting's place).

    Args:
        rd: The roles reader of the Doc.
        left: The title's tokens before the "and".
    """
    to = max((t.i for t in left if t.lower_ == "to"), default=None)
    tail = [t for t in left if to is not None and t.i > to]
    return bool(tail) and not any(rd.is_head(t) for t in tail) \
        and all(rd.is_vocab(t) or t.lower_ in _GLUE for t in tail)
