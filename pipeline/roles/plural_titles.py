"""A plural title before coordinated names: "Senators Alvarez and Whitcombe", "Representatives
Marlow, Tesh and Quill", "Governors Reyes and Hall", "Prime Ministers Ito and Berg".

Speeches thank several office holders of one kind at once with the title in the plural and the
names after it; each name holds the office in the singular ("Senator Alvarez", "Senator
Whitcombe"). :mod:`.lists` reads a plural head written before a singular title ("Deputy
Assistants to the President A, B"); this module reads the plain plural head word, which the
office vocabulary does not list (only singular heads are head words).

A list needs two names at least and the plural must be capitalised as a title is before a name:
"senators Alvarez and Whitcombe" in lower case, or a plural with one name, is a description
("the senators" of a delegation) or a body's name; one full name after a plural with no article
is a speaker's slip in a thanks list ("Representatives Jane Roe -- Jane, thank you").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from spacy.attrs import LOWER

from ..knowledge.offices import load_offices
from ..knowledge.wordlists import word_set
from .lists import NameAt
from .reader import Candidate, Reader

__all__ = ["plural_principals", "plural_title_lists"]

# Heads whose plural ends in "-men": "Congressmen", "Congresswomen", "Chairmen"
_MEN = ("man", "woman")
# Singular heads that take no plural before names (abbreviations, company officers, ranks
# written before names only in the singular, royal or relational words)
_SKIP = word_set("roles", "no_plural_heads")


def _plural(word: str) -> str | None:
    """The English plural of a singular head word, None for an abbreviation or a hyphened form."""
    if not word.isalpha():
        return None
    if word.endswith(_MEN):
        return word[:-3] + "men"
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "sh", "ch", "x")):
        return word + "es"
    return word + "s"


@lru_cache(maxsize=1)
def _plurals() -> dict[str, str]:
    """Plural head word -> its singular, for the office vocabulary's head words."""
    out = {}
    for head in load_offices().heads:
        if head in _SKIP:
            continue
        plural = _plural(head)
        if plural and plural not in load_offices().heads:
            out[plural] = head
    return out


# "Members" names no office alone ("members of my staff"); with a body's name after it, it does:
# "Members of the Presidency of Bosnia and Herzegovina A, B, and C", "Members of Congress A and B"
_REMIT_ONLY = {"members": "member"}

@lru_cache(maxsize=1)
def _list_titles() -> dict[str, str]:
    """The plural words a list of names may follow, with their singular: the head words' plurals
    and "Members" (merged once, not per Doc)."""
    return {**_plurals(), **_REMIT_ONLY}


# what stands between the names of a list: a comma, and in a speech a dash ("A — and B")
_SEPARATORS = frozenset({",", "—", "–", "--"})

_WANTED: list = []


def _wanted(strings) -> frozenset[int]:
    """The hashes of the plural head words (a string's hash is the same in every vocabulary:
    computed once)."""
    if not _WANTED:
        _WANTED.append(frozenset(strings[w] for w in _list_titles()))
    return _WANTED[0]


def _singular_form(written: str, singular: str) -> str:
    """The singular written in the case of the plural ("Senators" -> "Senator")."""
    return singular.capitalize() if written[:1].isupper() else singular


def plural_title_lists(rd: Reader, name_at: NameAt,
                       add: Callable[..., bool], published: str | None,
                       taken: list[tuple[int, int]]) -> list[Candidate]:
    """One candidate per name listed after a capitalised plural title.

    Args:
        rd: The reader of the Doc.
        name_at: Reads a name starting at a token (:func:`.linking.name_after`).
        add: Makes the candidate of a link and a title's tokens (:func:`.linking._add`).
        published: The publication date.
        taken: Character spans of the evidence of the other readings (a name inside one is linked).

    Returns:
        The new candidates, in text order, each with the title in the singular.
    """
    doc = rd.doc
    plurals = _list_titles()
    if not len(doc) or not plurals:
        return []
    lower = doc.to_array([LOWER]).ravel()
    found = _wanted(doc.vocab.strings).intersection(lower.tolist())
    if not found:
        return []  # no plural head word: the common case, decided by a set intersection
    out: list[Candidate] = []
    for i in sorted(int(k) for h in found for k in (lower == h).nonzero()[0]):
        tok = doc[i]
        # "counsel to two SEC Chairs, A and B": a counted plural apposed to the names of its holders
        first = i + 2 if _counted_apposition(rd, i) else _after_remit(rd, i)
        if tok.lower_ in _REMIT_ONLY and first == i + 1:
            continue
        if not tok.text[:1].isupper() or first >= len(doc) or not _name_word(rd, doc[first]):
            continue
        sent = rd.block(tok)
        names = _names(rd, first, sent[1])
        if first > i + 1 and not all(rd.is_person(t) for n in names for t in doc[n[0]:n[1]]):
            continue  # the apposed list's names must all be people the entities know
        if len(names) < 2 and not (names and first == i + 1 and _spoken_slip(rd, i, names[0])) \
                or any(lo <= doc[n[0]].idx < hi for n in names for lo, hi in taken):
            continue
        start = i
        while start - 1 >= sent[0] and rd.is_vocab(doc[start - 1]) and not rd.is_head(doc[start - 1]) \
                and doc[start - 1].text[:1].isupper() and doc[start - 1].lower_ not in rd.off.connectors:
            start -= 1  # "Prime Ministers", "Lieutenant Governors"
        if start - 1 >= sent[0] and doc[start - 1].lower_ == "executive" and doc[start].lower_ == "vice":
            start -= 1  # "Executive Vice Presidents": the European Commission's rank above its Vice Presidents
        # "European Commission Executive Vice Presidents A and B", "NATO Deputy Secretaries General":
        # the body written before the plural title is the office's, as before a singular one
        while start - 1 >= sent[0] and doc[start - 1].ent_type_ in ("ORG", "GPE", "NORP") \
                and doc[start - 1].text[:1].isupper():
            start -= 1
        singular = _singular_form(tok.text, plurals[tok.lower_])
        end = first if first > i + 2 else i + 1  # "Secretaries of State": the remit is the title's
        for one in names:
            k0 = len(out)
            add(rd, out, (one, start, one[1], None, None), start, end, None, published)
            for c in out[k0:]:
                c.title = c.title.replace(tok.text, singular)
                c.role = _classify(c.title, c.organization, c.country)
    return out


_REMIT_JOINERS = frozenset({"of", "the", "and", "for"})


def _after_remit(rd: Reader, i: int) -> int:
    """The first token after the plural at token ``i`` and the remit written after it ("Secretaries
    of State | A and B", "Ministers of the Interior | A and B", "Members of the Presidency of Bosnia
    and Herzegovina | A, B, and C": "of" or "for", perhaps "the", and up to seven capitalised words
    that are no person's and the small words joining them), when a person's name follows; else
    ``i + 1``. An "and" outside a name joins two remits, one for each person ("Secretaries of State
    and Defense A and B", "Ministers of X of Japan and Australia A and B"): no one title for all."""
    doc = rd.doc
    k = i + 1
    if k + 1 >= len(doc) or doc[k].lower_ not in ("of", "for"):
        return i + 1
    k += 2 if doc[k + 1].lower_ == "the" else 1
    j, last = k, k
    while j < min(len(doc), k + 7) and not rd.is_person(doc[j]) and (
            doc[j].text[:1].isupper() or doc[j].lower_ in _REMIT_JOINERS and j > k
            and (doc[j].lower_ != "and" or doc[j].ent_iob_ == "I")):
        j += 1
        if doc[j - 1].text[:1].isupper():
            last = j  # the remit ends on a capitalised word, never on a joiner
    return last if k < last < len(doc) and rd.is_person(doc[last]) else i + 1


_COUNTS = frozenset({"two", "three", "four", "five", "six", "both"})


def _counted_apposition(rd: Reader, i: int) -> bool:
    """Whether the plural at token ``i`` is counted ("two SEC Chairs", "both Senators", over at most
    two capitalised words) and a comma follows it: the names after the comma hold the office."""
    doc = rd.doc
    if i + 2 >= len(doc) or doc[i + 1].text != ",":
        return False
    k = i - 1
    while k >= max(0, i - 3) and doc[k].text[:1].isupper() and doc[k].lower_ not in _COUNTS:
        k -= 1
    return k >= 0 and doc[k].lower_ in _COUNTS


def _spoken_slip(rd: Reader, i: int, name: tuple[int, int]) -> bool:
    """Whether a plural title before one name is a speaker's slip in a thanks list ("I want to
    thank Representatives Jane Roe -- Jane, thank you"): the name a person's full name, the plural
    written with no article (not "the Senators", a team or a delegation)."""
    doc = rd.doc
    return (name[1] - name[0] >= 2 and all(rd.is_person(t) for t in doc[name[0]:name[1]])
            and (i == 0 or doc[i - 1].lower_ not in ("the", "a", "an")) and not doc[i - 1].is_title)


# A surname as it is capitalised: "Hall", and with a capitalised prefix of one to three letters
# ("DeLauro", "McCaul", "MacArthur", "LaHood", "VanDyke"); an acronym ("NATO", "EU") is none
_SURNAME_CASE = re.compile(r"(?:[A-Z][a-z]{1,2})?[A-Z][a-z]+")


def _name_word(rd: Reader, tok) -> bool:
    """A word of a listed name: a person's, or a capitalised proper noun the NER left untagged or
    took for a place or body ("Governors Reyes, Hall and Okafor": the parser's reading of one
    word; "Representatives DeLauro and Hall": the NER's body), never a country's name, an office
    word or a plural title that opens the next list ("Senators A and B, and Representatives C and D")."""
    if tok.lower_ in _plurals():
        return False
    if rd.is_person(tok):
        return True
    if not (tok.pos_ == "PROPN" and _SURNAME_CASE.fullmatch(tok.text)):
        return False
    place = rd.place(tok)
    return not (place is not None and place[0] == "country") and not rd.is_vocab(tok)


def _name_hyphen(rd: Reader, j: int, end: int) -> bool:
    """Whether token ``j`` is the hyphen of a hyphened surname ("Hyde-Smith": written with no space
    on either side, between two name words)."""
    doc = rd.doc
    return (doc[j].text == "-" and 0 < j < end - 1 and not doc[j - 1].whitespace_ and not doc[j].whitespace_
            and _name_word(rd, doc[j - 1]) and _name_word(rd, doc[j + 1]))


# A US legislator's party and state in brackets after the name ("Jane Roe (D-NY)", "(R-Wyo.)")
_PARTY_LABEL = re.compile(r"^\((?:[RDI]|Rep|Dem|Ind)\.?\s*[-–]\s*[A-Z][A-Za-z.]{1,5}\)$")


def _party_label_end(rd: Reader, j: int, end: int) -> int:
    """The token after a party-and-state label opening at token ``j`` ("(R-WY)"), else ``j``."""
    doc = rd.doc
    if j >= end or doc[j].text != "(":
        return j
    close = next((k for k in range(j + 1, min(end, j + 7)) if doc[k].text == ")"), None)
    return close + 1 if close is not None and _PARTY_LABEL.match(doc[j:close + 1].text.replace(" ", "")) else j


def _country_of_end(rd: Reader, j: int, end: int) -> int:
    """The token after "of COUNTRY" opening at token ``j`` ("of Japan", "of the Philippines"), each
    listed holder's own state, else ``j``."""
    doc = rd.doc
    if j + 1 >= end or doc[j].lower_ != "of":
        return j
    k = j + 2 if doc[j + 1].lower_ == "the" else j + 1
    country = rd.place(doc[k]) if k < end and doc[k].ent_type_ == "GPE" else None
    if country is None or country[0] != "country":
        return j  # ("of the State Department": a body, not the holder's state)
    while k + 1 < end and doc[k + 1].ent_type_ == "GPE" and rd.place(doc[k + 1]) == country:
        k += 1
    return k + 1


def plural_principals(rd: Reader, start: int, end: int) -> int | None:
    """Where a staff title's principals begin when they are written as a plural title before
    their names ("Legislative Director for Senators A and B", "Counsel to U.S. Senators A and B"):
    the token of "for" or "to", so that the title ends there and the names are the plural's
    (:func:`plural_title_lists`), not the staff member's; None otherwise."""
    doc = rd.doc
    last = doc[end - 1]
    if end - start < 3 or last.lower_ not in _plurals() or not last.text[:1].isupper() \
            or end >= len(doc) or not _name_word(rd, doc[end]):
        return None
    for k in range(end - 2, start, -1):
        if doc[k].lower_ in ("for", "to"):
            return k if any(rd.is_vocab(t) for t in doc[start:k]) else None
        place = rd.place(doc[k])
        if not (place is not None and place[0] == "country"):
            return None  # only the principals' country may stand between ("for U.S. Senators")
    return None


_INITIAL = re.compile(r"^[A-Z]\.$")


def _middle_initial(rd: Reader, j: int, k: int, end: int) -> bool:
    """Whether token ``j`` is a middle initial of the name begun at token ``k`` ("George V. Roe":
    a capital and its period, after a name word and before another)."""
    doc = rd.doc
    return k < j < end - 1 and bool(_INITIAL.match(doc[j].text)) and _name_word(rd, doc[j + 1])


def _names(rd: Reader, i: int, end: int) -> list[tuple[int, int]]:
    """The names of "A, B and C" from token ``i`` (each one to three name words), up to the first
    word that is neither a name word nor a comma or "and"; no list when a name is longer."""
    doc = rd.doc
    names: list[tuple[int, int]] = []
    k = i
    while k < end:
        j = k
        while j < end and (_name_word(rd, doc[j]) or _name_hyphen(rd, j, end) or _middle_initial(rd, j, k, end)):
            j += 1
        if j == k or j - k - sum(doc[x].text == "-" for x in range(k, j)) > 3:
            return names if j == k else []
        names.append((k, j))
        j = _party_label_end(rd, j, end)  # "Senators Jane Roe (D-NY) and John Doe (R-WY)"
        j = _country_of_end(rd, j, end)  # "Prime Ministers A of Japan and B of Australia"
        while j < end and (doc[j].text in _SEPARATORS or doc[j].lower_ == "and" or doc[j].is_space):
            j += 1  # "Senators A — and B": a speaker's dash before the next name too
        if j == names[-1][1]:
            break
        k = j
    return names


def _classify(title: str, org: str | None, country: str | None) -> str:
    from .titles import classify  # the stage's classifier, read lazily (titles imports the readers)

    return classify(title, org, country)
