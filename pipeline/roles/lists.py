"""Staff lists.

Under a plural title: "Deputy Assistants to the President Jane Roe (House lead), Paul Grant
(Senate lead), and Tom Reid" gives each person the title in the singular ("Deputy Assistant to
the President"); the plural is never a name ("President Jane Roe").

A list needs two names at least: a plural head word with one name after it is not read as a
list (it is more often part of a body's name: "Joint Chiefs of Staff Chairman ...").

One entry a line ("Jane Roe, Deputy Assistant to the President") when normalisation joined the
lines: each title belongs to the name before it, not to the next entry's name after it
(:func:`next_entry`), and a name the NER missed there is still read (:func:`untagged_name_before`).

Appointment lists name bodies by the initials the text defines ("the NWAB", "DOT Regional Administrator"):
:func:`expand_acronym` gives the full name.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from .reader import Reader

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["list_names", "next_entry", "plural_start", "singular_title", "untagged_name_before"]

# Nouns that head staff titles without being office heads of their own ("Special Assistant to the
# President", "Member of the Board"): White House Office and Plum Book position titles.
_STAFF_NOUNS = frozenset({"assistant", "member", "deputy", "aide"})

NameAt = Callable[[Reader, int, int], "tuple[int, int] | None"]
NameBefore = NameAt
_NAME_WORD = re.compile(r"^[A-Z][\w'’.-]*$")


def _singular(word: str) -> str:
    low = word.lower()
    if low.endswith("ies") and len(low) > 4:
        return word[:-3] + ("Y" if word[-3:].isupper() else "y")
    return word[:-1] if low.endswith("s") and not low.endswith("ss") else word


def _is_plural_head(rd: Reader, tok: "Token") -> bool:
    low = tok.lower_
    if not low.endswith("s") or low.endswith("ss"):
        return False
    sing = _singular(low)
    return sing in rd.off.heads or sing in _STAFF_NOUNS


def plural_start(rd: Reader, start: int) -> int | None:
    """Start of a plural title ending in the title that starts at ``start``: "Deputy Assistants
    to the | President" -> the token of "Deputy"; None when no plural head word is written
    before it (over "to"/"of"/"for"/"the" and office words)."""
    doc = rd.doc
    k = start - 1
    while k >= 0 and doc[k].lower_ in ("the", "to", "of", "for"):
        k -= 1
    if k < 0 or k == start - 1 or not _is_plural_head(rd, doc[k]) or "\n" in doc[k].whitespace_:
        return None
    while k - 1 >= 0 and rd.is_vocab(doc[k - 1]) and not rd.is_head(doc[k - 1]) \
            and doc[k - 1].lower_ not in rd.off.connectors and doc[k - 1].text[:1].isupper():
        k -= 1  # "Deputy", "Special", "Senior"
    return k


def list_names(rd: Reader, first: tuple[int, int], sent_end: int, name_at: NameAt) -> list[tuple[int, int]]:
    """The names of a list starting with ``first``: each further name after a comma and/or
    "and", a bracketed remark after a name skipped ("Jane Roe (House lead), Paul Grant").

    Args:
        rd: The reader of the Doc.
        first: Token range of the first name.
        sent_end: End of the sentence (block) the list is in.
        name_at: Reads a name starting at a token (:func:`.linking.name_after`).
    """
    doc = rd.doc
    names = [first]
    k = first[1]
    while k < sent_end:
        if doc[k].text == "(":  # "(House lead)"
            close = next((j for j in range(k + 1, min(k + 12, sent_end)) if doc[j].text == ")"), None)
            if close is None:
                break
            k = close + 1
            continue
        j = k
        while j < sent_end and (doc[j].text == "," or doc[j].lower_ == "and" or doc[j].is_space):
            j += 1
        if j == k or j >= sent_end or not rd.is_person(doc[j]):
            break
        nxt = name_at(rd, j, sent_end)
        if nxt is None:
            break
        names.append(nxt)
        k = nxt[1]
    return names


def singular_title(rd: Reader, title: str) -> str:
    """The title with its plural head word in the singular ("Deputy Assistants to the
    President" -> "Deputy Assistant to the President")."""
    words = title.split(" ")
    for i, w in enumerate(words):
        low = w.lower()
        if low.endswith("s") and not low.endswith("ss") and (_singular(low) in rd.off.heads or _singular(low) in _STAFF_NOUNS):
            words[i] = _singular(w)
            break
    return " ".join(words)


def next_entry(rd: Reader, name: tuple[int, int], start: int, sent: tuple[int, int], name_before: NameBefore) -> bool:
    """Whether the name after a title starts the next entry of a "NAME, TITLE" list whose lines
    were joined: the title has its own holder before it ("Ann Lee, Deputy Assistant to the
    President") and the name after it has its own title after a comma ("Bob Ray, Special
    Assistant to the President"). ``name_before`` reads a name in apposition before a title
    (:func:`.linking.name_before`)."""
    doc = rd.doc
    j = name[1]
    if j + 1 >= sent[1] or doc[j].text != "," or not (doc[j + 1].is_title and rd.is_vocab(doc[j + 1])):
        return False
    return name_before(rd, start, sent[0]) is not None


def untagged_name_before(rd: Reader, k: int, sent_start: int) -> tuple[int, int] | None:
    """A name the NER missed ending at token ``k`` before ", TITLE": two or three capitalised
    proper nouns that are no office word, place or other entity ("... for Europe Helen Marsh,
    Associate Counsel to the President" in a list whose lines were joined)."""
    doc = rd.doc
    s = k
    while s >= sent_start and k - s < 3 and doc[s].pos_ == "PROPN" and _NAME_WORD.match(doc[s].text) \
            and doc[s].ent_type_ in ("", "PERSON") and not rd.is_vocab(doc[s]) and rd.place(doc[s]) is None:
        s -= 1
    return (s + 1, k + 1) if k - s >= 2 else None


# Office head nouns of agency field posts ("State Director", "Regional Administrator").
FIELD_POST_HEADS = frozenset({"director", "administrator", "commissioner", "coordinator", "representative"})


def expand_acronym(text: str, body: str) -> str:
    """A body named by its initials ("the NWAB") under the full name the text defines them by
    ("the National Water Advisory Board (NWAB)"), else ``body`` as written."""
    if not re.fullmatch(r"[A-Z]{2,10}", body or ""):
        return body
    m = re.search(rf"((?:[A-Z][\w’'-]*[^\S\n]+(?:(?:of|and|on|for|the)[^\S\n]+)*)+)\({body}\)", text)
    return m.group(1).strip() if m else body


# The last words of a spouse's style ("First Lady", "Second Gentleman"), written before a name as an
# office is, though no office.
_SPOUSE_STYLE = frozenset({"lady", "gentleman"})


def _styled(rd: Reader, tok) -> bool:
    """Whether ``tok`` is a capitalised courtesy title or spouse's style written right before a
    name ("Dr.", "Gentleman"): the name is written "TITLE NAME" though it holds no office (an
    office word there may end the title of the item before, in a "NAME, TITLE" list)."""
    low = tok.lower_.rstrip(".")
    return tok.text[:1].isupper() and (low in rd.off.courtesy or low in _SPOUSE_STYLE)


def title_name_list(rd: Reader, cands: list, start: int, sent: tuple[int, int], name_before: NameBefore) -> bool:
    """Whether the name before ", TITLE" already holds the title written right before it, so the
    list is one of "TITLE NAME, TITLE NAME" ("Secretary of Labor Ann Moss, Deputy Energy Secretary
    Paul Dray, ..."), whose titles each precede their holder, not "NAME, TITLE" (the first item
    decides the form; each later item follows it). ``name_before`` is
    :func:`.linking.name_before`."""
    before = name_before(rd, start, sent[0])
    if before is None:
        return False
    doc = rd.doc
    if any(_styled(rd, doc[i]) for i in range(max(before[0] - 1, sent[0]), before[1] - 1)):
        return True  # "..., Second Gentleman Jane Roe, Secretary Ann Moss, ...": a style before it too
    lo, hi = doc[before[0]].idx, doc[before[1] - 1].idx + len(doc[before[1] - 1].text)
    return any(c.title_start < lo and c.end == hi and c.start == c.title_start for c in cands) \
        or _ends_title_name(rd, start, sent)


def _ends_title_name(rd: Reader, start: int, sent: tuple[int, int]) -> bool:
    """Whether the list the title at ``start`` is in ends "and TITLE NAME" with no title after the
    name ("I thank Jane Roe, Senator Tom Hart, and Mayor Ann Lee for ..."): the last item decides
    the form when the first holds no office; a "NAME, TITLE" list ends "and NAME, TITLE"."""
    doc = rd.doc
    k = next((i for i in range(start + 1, sent[1]) if doc[i].lower_ == "and"), None)
    if k is None:
        return False
    j = k + 1
    while j < sent[1] and doc[j].is_title and rd.is_vocab(doc[j]) and not rd.is_person(doc[j]):
        j += 1
    if j == k + 1 or j >= sent[1] or not rd.is_person(doc[j]):
        return False
    while j < sent[1] and rd.is_person(doc[j]):
        j += 1
    return not (j + 1 < sent[1] and doc[j].text == "," and doc[j + 1].is_title and rd.is_vocab(doc[j + 1]))


def subject_of_next_verb(doc, start: int, end: int, sent: tuple[int, int]) -> bool:
    """Whether the title is the subject of the verb written right after it ("..., General Jane
    Roe, the minister said"): the comma before it closed an apposition to someone else, and an
    apposition to the name before would be closed by a comma too ("Jane Roe, the minister, said")."""
    root = doc[start:end].root
    return end < sent[1] and root.dep_ in ("nsubj", "nsubjpass") and doc[end].pos_ in ("VERB", "AUX") \
        and root.head.i >= end


def parallel_item(rd: Reader, start: int, end: int, name: tuple[int, int], sent: tuple[int, int]) -> bool:
    """Whether the name after "as TITLE," starts the next item of a list of appointments ("to
    nominate Ann Roe as Chair, Tom Lee as Vice Chair", "Ann Roe to Serve as Chair, Tom Lee to
    Serve as Vice Chair"): the title is the earlier name's, read through its verb."""
    doc = rd.doc
    i = start - 1
    while i >= sent[0] and doc[i].lower_ in ("the", "a", "an"):
        i -= 1
    return i >= sent[0] and doc[i].lower_ == "as" and end < name[0] and doc[end].text == "," \
        and name[1] < sent[1] and doc[name[1]].lower_ in ("to", "as", "for")


def postings_after(rd: Reader, end: int, sent_end: int) -> list[str]:
    """The countries of a list of postings written after a bare "ambassador" ("served as
    ambassador on three occasions - to Chile, Norway and Kenya", "ambassador twice, to Peru and
    Chile"): each as written, in text order; [] unless two or more countries follow "to" within a
    few words, with no verb or other office between."""
    doc = rd.doc
    k = end
    while k < min(end + 6, sent_end) and doc[k].lower_ != "to":
        if doc[k].pos_ in ("VERB", "AUX") or rd.is_head(doc[k]):
            return []
        k += 1
    if k >= sent_end or doc[k].lower_ != "to":
        return []
    out: list[str] = []
    k += 1
    while k < sent_end:
        tok = doc[k]
        p = rd.place(tok)
        if p is not None and p[0] == "country":
            ent = rd.entity(tok)
            j = k
            while j + 1 < sent_end and rd.entity(doc[j + 1]) is ent and ent is not None:
                j += 1
            out.append(doc[k:j + 1].text)
            k = j + 1
            continue
        if tok.lower_ in (",", "and", "the") or tok.is_space:
            k += 1
            continue
        break
    return out if len(out) >= 2 else []
