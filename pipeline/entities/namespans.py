"""Person-name spans the small model cuts, splits or mislabels, repaired by general rules.

- a quoted or bracketed nickname inside a name makes one person, not two or three
  ("Vice Adm. Jane “Sky” Doe", "Andrew (Andy) Fox"); a name alone in quotes after
  "nicknamed" or in a quoted phrase is a nickname, not another person ("dubbed “Big Ben”");
- two PERSON spans one space apart are one name ("Omar Sidibe" + "Bakary Toure");
- an untagged capitalised word the parse makes a compound of a PERSON is its first name
  ("Tariq" + "Mansour");
- a place name used as a first name is part of the person ("Dakota Fenn will serve ... Fenn", "his agent,
  Sydney Okafor,"; a listed given name: "Jordan Pike will serve");
- a transcript's speaker label names a person ("MR. HOLLIS:"), its venue line is a place;
- two untagged capitalised words, a listed given name and a surname, are a person; a one-word name
  coordinated with one-word person names is one ("Bush and Cheney and Ford");
- a name in apposition to a noun for a person is a person whatever label the model gave it
  ("its ambassador, Gaspard Moreil.", "her husband, Tobias,", "Idriss Bamba Kourouma, chairman of").

Each function takes and returns ``(start, end, label)`` token ranges in text order.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from ..knowledge import places as P
from ..knowledge.offices import HONORIFICS, OFFICE_WORDS, ORG_LAST_WORDS
from ..knowledge.wordlists import word_set
from ..names import is_given_name
from ..tokenarrays import TAG, line_breaks, token_indices
from .lexicon import (FACILITY_HEADS, GEO_HEADS, NAME_PARTICLES, ORG_NAME_HEADS, PERSON_NOUNS, PLACE_NOUNS,
                      TITLE_HEADS, TITLE_WORDS, Item)
from .tokens import DocWords

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..knowledge.countries import Gazetteer

_OPEN = {"“": "”", '"': '"', "‘": "’", "(": ")"}
_CLOSE = frozenset(_OPEN.values())
# Head words of names a place name often starts that are not people: publications and
# companies ("China Daily", "Japan Post"), bodies ("Kosovo Force", "Israel Police") and
# documents ("Washington Declaration", "Paris Agreement").
_MEDIA_HEADS = word_set("entities", "place_name_body_heads")


def not_a_name_word(tok: "Token") -> bool:
    """Whether ``tok`` is a word of an office, title, body or place, never part of a person's name.

    Args:
        tok: A capitalised token next to a name.

    Returns:
        True for office words, title heads, honorifics, organisation, place and media heads.
    """
    low = tok.lower_.rstrip(".")
    return (low in OFFICE_WORDS or tok.lower_ in TITLE_HEADS or low in HONORIFICS or low in TITLE_WORDS
            or low in ORG_LAST_WORDS or low in GEO_HEADS or low in FACILITY_HEADS or low in PLACE_NOUNS
            or low in _MEDIA_HEADS)


def _name_word(tok: "Token") -> bool:
    """A capitalised word that can be part of a name ("T." and "J.D." as initials too)."""
    return (tok.is_title and (tok.is_alpha or re.fullmatch(r"(?:[A-Z]\.){1,3}", tok.text) is not None)
            and not not_a_name_word(tok))


def _name_cased(text: str) -> bool:
    """A word written as a name: a capital first, then lower case, inner capitals allowed
    ("Smith", "DeAndrea", "McIntyre", "LaJoie"); not all capitals ("POTUS")."""
    return text[:1].isupper() and text[1:2].isalpha() and any(c.islower() for c in text[1:])


def _mixed_case(tokens) -> bool:
    """Words of a name written as a name: capitalised (inner capitals allowed: "DeAndrea"), none
    in capitals ("POTUS") or with a slash ("Wang Yi/Jake")."""
    return all(t.is_title or _name_cased(t.text) or t.lower_ in NAME_PARTICLES or t.text in ("-", ".")
               or t.is_punct and t.text != "/" for t in tokens) and not any("/" in t.text for t in tokens)


def _bare_two_word_name(doc: "Doc", first: "Token", last: "Token", cover: dict[int, int]) -> bool:
    """ "Katherine (Kit) Morales" with no entity around it: two untagged proper nouns that start
    and end the name (no capitalised word before or after them)."""
    if first.i in cover or last.i in cover or first.tag_ != "NNP" or last.tag_ != "NNP" or not first.is_alpha:
        return False
    prev = doc[first.i - 1] if first.i > 0 else None
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    return not (prev is not None and prev.is_title and not prev.is_sent_start) and not (nxt is not None and nxt.is_title)


def _one_item_name(items: list[Item], cover: dict[int, int], first: "Token", last: "Token") -> bool:
    """ "Katherine (Kit) Morales" tagged as one organisation: the entity is exactly the name with
    the nickname inside."""
    k = cover.get(first.i)
    return k is not None and cover.get(last.i) == k and items[k][0] == first.i and items[k][1] == last.i + 1


def quoted_nicknames(doc: "Doc", items: list[Item], words: DocWords) -> list[Item]:
    """One PERSON over a name with a nickname in quotes or brackets inside it ("Jane “Sky” Doe",
    "Andrew (Andy) Fox"); a PERSON that is only a quoted phrase of capitalised words is a
    nickname, not another person, and is dropped ("nicknamed “Big Ben”")."""
    n = len(doc)
    opens = words.positions(doc, _OPEN)
    if not opens:
        return items
    cover = {i: k for k, (s, e, _) in enumerate(items) for i in range(s, e)}
    merged: list[Item] = []
    drop: set[int] = set()
    for i in opens:
        close = _OPEN[doc[i].text]
        j = next((x for x in range(i + 1, min(i + 6, n)) if doc[x].text in _CLOSE), None)
        if j is None or doc[j].text != close or j == i + 1:
            continue
        inner = doc[i + 1:j]
        if not all(t.is_title and t.is_alpha for t in inner):
            continue
        before = doc[i - 1] if i > 0 else None
        after = doc[j + 1] if j + 1 < n else None
        if (before is not None and after is not None and _name_word(before) and _name_word(after)
                and before.whitespace_ and doc[j].whitespace_
                and (cover.get(before.i) is not None and items[cover[before.i]][2] == "PERSON"
                     or cover.get(after.i) is not None and items[cover[after.i]][2] == "PERSON"
                     or _bare_two_word_name(doc, before, after, cover)
                     or _one_item_name(items, cover, before, after))):
            kb, ka = cover.get(before.i), cover.get(after.i)
            s = items[kb][0] if kb is not None and items[kb][2] == "PERSON" else before.i
            e = items[ka][1] if ka is not None and items[ka][2] == "PERSON" else after.i + 1
            merged.append((s, e, "PERSON"))
            drop.update(k for k, (a, b, _) in enumerate(items) if a < e and s < b)
            continue
        # A quoted phrase alone: a nickname ("nicknamed “Mama Jo”"), or a person's name used as
        # the name of something else (a prize, an operation); not a person of its own.
        for k, (s, e, lab) in enumerate(items):
            if lab == "PERSON" and i < s and e <= j:
                drop.add(k)
    if not merged and not drop:
        return items
    out = [it for k, it in enumerate(items) if k not in drop] + merged
    return sorted(set(out))


def join_name_parts(doc: "Doc", items: list[Item], gaz: "Gazetteer", head_end: int, words: DocWords) -> list[Item]:
    """Join the parts of one person's name the model left apart: two PERSON spans one space
    apart; an untagged first name before a PERSON; a place name used as a first name (see the
    module docstring). The title line (tokens before ``head_end``) is left as it is."""
    n = len(doc)
    lower: frozenset[str] | None = None
    out: list[Item] = []
    k = 0
    while k < len(items):
        s, e, label = items[k]
        k += 1
        if s < head_end:
            out.append((s, e, label))
            continue
        if label == "GPE" and e - s == 1 and doc[s].is_title and doc[s].is_alpha and doc[s].whitespace_ == " " \
                and e < n and not (s > 0 and doc[s - 1].text == "-"):
            nxt = items[k] if k < len(items) else None
            if nxt is not None and nxt[2] == "PERSON" and nxt[0] == e and not (
                    s > 0 and doc[s - 1].lower_ in ("of", "to") and gaz.country(doc[s].text)):
                # "Savannah Pruitt": the place is her first name; not "Prime Minister of | Japan"
                label, e = "PERSON", nxt[1]
                k += 1
            elif (nxt is None or nxt[0] > e) and _name_word(doc[e]) and doc[e].tag_ == "NNP" and doc[e].is_alpha \
                    and doc[e].lower_ not in ORG_NAME_HEADS and not not_a_name_word(doc[e]) and e + 1 < n \
                    and not gaz.country(doc[e].text) and all(p.name != doc[e].text for p in P.candidates(doc[e].text)) \
                    and (doc[e + 1].tag_ in ("MD", "VBZ", "VBD")
                         and (_surname_elsewhere(doc, items, e) or is_given_name(doc[s].text))
                         or doc[e + 1].text in (",", ".", ";")
                         and (s >= 2 and doc[s - 1].text == "," and _appositive_noun(doc, s - 2)
                              or is_given_name(doc[s].text) and (_surname_elsewhere(doc, items, e)
                                                                 or _surname_subject(doc, e)))):
                if lower is None:
                    lower = words.lower
                if doc[e].lower_ not in lower:
                    label, e = "PERSON", e + 1  # "Dakota Fenn will serve ... Fenn, 52, ..."
        if label == "PERSON":
            while k < len(items) and items[k][2] == "PERSON" and items[k][0] == e and doc[e - 1].whitespace_ == " " \
                    and not doc[e - 1].is_punct and _mixed_case(doc[s:e]) and _mixed_case(doc[e:items[k][1]]):
                e = items[k][1]  # "Omar Sidibe" + "Bakary Toure"
                k += 1
            steps = 0
            while s - 1 >= head_end and steps < 2:
                prev = doc[s - 1]
                # not at a sentence start, where a capital says nothing ("Analyst Jane Roe said")
                # (a word with an inner capital, "DeMarco", is a name there too)
                inner_cap = _name_cased(prev.text) and not prev.is_title
                # a listed given name starting a line of a list ("Karen" + "Jean Hedlund, of New
                # York, to be ...", "Susan" + "Tsui Grundmann, Nominee for ..."), however parsed
                listed = (is_given_name(prev.text) and (prev.i == 0 or "\n" in doc[prev.i - 1].text)
                          and e < n and doc[e].text == ",")
                if not (prev.tag_ == "NNP" and (prev.is_title or inner_cap) and prev.is_alpha and len(prev.text) > 1
                        and not prev.ent_type_ and (inner_cap or listed or not prev.is_sent_start)
                        and prev.lower_ not in PERSON_NOUNS
                        and (listed or prev.dep_ == "compound" and s <= prev.head.i < e) and prev.whitespace_ == " "
                        and not not_a_name_word(prev) and prev.lower_ not in NAME_PARTICLES
                        and not gaz.country(prev.text) and not gaz.organization(prev.text)):
                    break
                if lower is None:
                    lower = words.lower
                if prev.lower_ in lower or (out and out[-1][1] > prev.i):
                    break
                s -= 1  # "Tariq" + "Mansour"
                steps += 1
            if (steps and out and out[-1][2] == "PERSON" and out[-1][1] == s and doc[s - 1].whitespace_ == " "
                    and not doc[s - 1].is_punct and _mixed_case(doc[out[-1][0]:e])):
                s = out.pop()[0]  # "DeAndrea" + "Gist" + "Benjamin": one name in three pieces
        out.append((s, e, label))
    return out


def _surname_elsewhere(doc: "Doc", items: list[Item], i: int) -> bool:
    """Token ``i`` (the word after a place used as a first name) is also part of a PERSON span
    elsewhere in the article ("Dakota Fenn said ... Fenn added"): a surname, not the second word
    of a firm or school named after the place ("Georgia Tech said")."""
    word = doc[i].lower_
    return any(lab == "PERSON" and not (s <= i < e) and any(doc[t].lower_ == word for t in range(s, e))
               for s, e, lab in items)


def _surname_subject(doc: "Doc", i: int) -> bool:
    """The word at ``i`` is also, elsewhere in the article, the capitalised subject of a verb
    that no entity covers ("Georgia Hendricks, ... Hendricks said"): a surname."""
    word = doc[i].text
    return any(t.text == word and t.i != i and t.dep_ in ("nsubj", "nsubjpass") and not t.ent_type_ in ("ORG", "GPE")
               and not t.is_sent_end for t in doc)


def _appositive_noun(doc: "Doc", i: int) -> bool:
    """Token ``i`` is a lower-case noun for a person ("wife", "ambassador", "chairperson")."""
    tok = doc[i]
    return tok.is_lower and (tok.lower_ in PERSON_NOUNS or tok.lower_ in TITLE_HEADS)


def appositive_persons(doc: "Doc", items: list[Item], gaz: "Gazetteer") -> list[Item]:
    """A capitalised name the model labelled as something else is a person when it stands in
    apposition to a noun for a person: "its ambassador, Gaspard Moreil."; "her husband, Tobias,";
    "Idriss Bamba Kourouma, chairman of the Council"."""
    n = len(doc)
    out: list[Item] = []
    for s, e, label in items:
        if not (s >= 2 and doc[s - 1].text == "," or e + 1 < n and doc[e].text == ","):
            out.append((s, e, label))  # no apposition: no comma before or after the name
            continue
        if label in ("ORG", "GPE", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "LOC") and s >= 2 and \
                all(_name_word(t) or t.lower_ in NAME_PARTICLES or t.text == "-" for t in doc[s:e]) and \
                doc[s].is_title and not gaz.country(doc[s:e].text) and not gaz.organization(doc[s:e].text) and \
                not any(t.lower_ in ORG_LAST_WORDS for t in doc[s:e]):
            ends = e >= n or doc[e].text in (",", ".", ";", ")") or doc[e].is_space
            before = doc[s - 1].text == "," and _appositive_noun(doc, s - 2) and ends
            after = False
            if not before and e - s >= 2 and e + 1 < n and doc[e].text == ",":
                j = e + 1
                while j < n and j < e + 4 and doc[j].tag_ in ("DT", "PRP$", "JJ"):
                    j += 1
                after = j < n and _appositive_noun(doc, j) and doc[j].head.i in range(s, e)
            if before or after:
                label = "PERSON"
        out.append((s, e, label))
    return out


def _line_bounds(doc: "Doc", i: int) -> tuple[int, int]:
    """Token range of the line holding token ``i`` (line breaks are white-space tokens)."""
    breaks = line_breaks(doc)
    k = bisect_left(breaks, i)  # the first break at or after i ends the line, the one before starts it
    return (breaks[k - 1] + 1 if k else 0), (breaks[k] if k < len(breaks) else len(doc))


# A surname written in a speaker label's capitals: all capitals, with an apostrophe ("O'MALLEY"),
# or a lower-case prefix kept as the family writes it ("DeSANTIS", "McDONOUGH", "MacARTHUR").
LABEL_WORD = re.compile(r"^(?:[A-Z][a-z]{1,2})?[A-Z]+(?:['’][A-Z]+)?$")


def _label_word(tok: "Token") -> bool:
    return len(tok.text) > 1 and LABEL_WORD.match(tok.text) is not None


def _label_name(doc: "Doc", s: int, e: int, lower: frozenset[str]) -> tuple[int, int] | None:
    """The name in a transcript's speaker label ``[s, e)`` ("MR. HOLLIS", "SENATOR OKAFOR"): the
    capitalised words after a courtesy title or an office word; None when the label names no one
    ("THE PRESIDENT", "Q", "MODERATOR", "SENIOR ADMINISTRATION OFFICIAL")."""
    i = s
    titled = False
    while i < e and (doc[i].lower_.rstrip(".") in HONORIFICS or doc[i].lower_ in TITLE_HEADS
                     or doc[i].lower_ in OFFICE_WORDS or doc[i].text == "."):
        titled = titled or doc[i].text != "."
        i += 1
    words = [t for t in doc[i:e] if t.text != "-"]
    if (not titled or not words or len(words) > 3
            or not all(_label_word(t) for t in words)
            or any(not_a_name_word(t) for t in words)):
        return None
    return i, e


def speaker_labels(doc: "Doc", items: list[Item], words: DocWords) -> list[Item]:
    """A transcript's speaker label at the start of a line names a person: "MR. HOLLIS:  And ..." is
    Hollis, "SECRETARY LANGE:" is Lange, whatever the model made of the capitals (a place,
    an acronym, nothing); "THE PRESIDENT:" and "Q" name no one here (the office holder is the
    roles stage's business)."""
    colons = words.positions(doc, (":",))
    if not colons:
        return items
    lower: frozenset[str] | None = None
    found: list[Item] = []
    for c in colons:
        s, _ = _line_bounds(doc, c)
        if c - s < 2 or c - s > 5 or not all(t.is_upper or t.text in (".", "-") or _label_word(t) for t in doc[s:c]):
            continue
        if lower is None:
            lower = words.lower
        name = _label_name(doc, s, c, lower)
        if name is not None:
            found.append((name[0], name[1], "PERSON"))
    if not found:
        return items
    taken = {i for a, b, _ in found for i in range(a, b)}
    line_starts = {_line_bounds(doc, a)[0] for a, _, _ in found}
    kept = [it for it in items if not any(i in taken for i in range(it[0], it[1])) and not (
        it[0] in line_starts and it[1] - it[0] == 1 and doc[it[0]].lower_.rstrip(".") in HONORIFICS)]
    return sorted(kept + found)


_OTHER_LABELS = frozenset({"ORG", "GPE", "NORP", "LOC", "PRODUCT", "FAC", "WORK_OF_ART"})


def coordinated_names(doc: "Doc", items: list[Item], gaz: "Gazetteer") -> list[Item]:
    """A one-word name coordinated with one-word person names is a person whatever label the model
    gave it: "Angela and Emmanuel", "people named Bush and Cheney and Ford and Reagan"; not a
    country, a capital or an organisation the gazetteer knows ("Biden and Germany")."""
    persons = {s for s, e, lab in items if lab == "PERSON" and e - s == 1}
    full = {i for s, e, lab in items if lab == "PERSON" and e - s >= 2 for i in range(s, e)}
    if not persons and not full:
        return items
    out: list[Item] = []
    for s, e, lab in items:
        tok = doc[s]
        if lab == "GPE" and e - s == 1 and e < len(doc) and _given_before_surname(doc, tok, full):
            out.append((s, e + 1, "PERSON"))  # "Evan Roe and Austin Tice": "Austin" is his given name
            continue
        if (lab in _OTHER_LABELS and e - s == 1 and tok.is_title and tok.is_alpha and tok.tag_ == "NNP"
                and not gaz.country(tok.text) and not gaz.organization(tok.text) and not not_a_name_word(tok)):
            near = [tok.head.i] if tok.dep_ == "conj" else []
            near += [c.i for c in tok.children if c.dep_ == "conj"]
            if any(i in persons and doc[i].tag_ == "NNP" for i in near):
                lab = "PERSON"
        out.append((s, e, lab))
    return out


def _given_before_surname(doc: "Doc", tok: "Token", full: set[int]) -> bool:
    """Whether a one-word place name is a given name the model read as a place ("Austin", "Jordan")
    before an untagged capitalised word, the two coordinated with a person named in full."""
    nxt = doc[tok.i + 1]
    return (tok.whitespace_ and is_given_name(tok.text) and nxt.is_title and nxt.is_alpha and nxt.tag_ == "NNP"
            and not nxt.ent_type_ and not P.candidates(nxt.text) and tok.head.i == nxt.i
            and (nxt.dep_ == "conj" and nxt.head.i in full or any(c.dep_ == "conj" and c.i in full for c in nxt.children)))


# Nouns a pair of leaders' surnames joined by a hyphen names: "the Obama-Biden administration",
# "the Harris-Walz ticket" (not "campaign": a firm's name may be hyphenated, "Coca-Cola campaign").
_TICKET_HEADS = frozenset({"administration", "administrations", "ticket", "presidency"})


def ticket_names(doc: "Doc", items: list[Item], gaz: "Gazetteer") -> list[Item]:
    """Each surname of a hyphenated pair before "administration" or "ticket" is a person ("the
    Obama-Biden administration" names Obama and Biden), unless a country or organisation the
    gazetteer knows; so is each of a pair of surnames of people the article names in full, before
    any noun ("the Ruiz-Hale talks")."""
    added: list[Item] = []
    dropped: set[Item] = set()
    # surnames of people the article names in full: a pair of them is a pair of people whatever
    # noun follows ("McCain-Palin supporters")
    surnames = {doc[e - 1].text for s, e, lab in items if lab == "PERSON" and e - s >= 2}
    for i in token_indices(doc, TAG, ("HYPH",)):  # the hyphens, without a loop over every token
        t = doc[i]
        if t.tag_ != "HYPH" or i < 1 or i + 2 >= len(doc) or doc[i - 1].whitespace_ or t.whitespace_:
            continue
        a, b, head = doc[i - 1], doc[i + 1], doc[i + 2]
        named = a.text in surnames and b.text in surnames and a.text != b.text
        if head.lower_ not in _TICKET_HEADS and not named or not all(
                w.tag_ == "NNP" and _name_cased(w.text) and w.is_alpha and not gaz.country(w.text)
                and not gaz.organization(w.text) for w in (a, b)):
            continue
        # the model often tags the pair as one facility or organisation ("the Carter-Mondale"):
        # an item of the pair (and its article) alone gives way; one reaching further does not
        over = [it for it in items if it[0] <= i + 1 and i - 1 < it[1]]
        lo = i - 2 if i >= 2 and doc[i - 2].lower_ == "the" else i - 1
        if any(not (lo <= it[0] and it[1] <= i + 2) for it in over):
            continue
        dropped.update(over)
        added += [(i - 1, i, "PERSON"), (i + 1, i + 2, "PERSON")]
    return sorted([it for it in items if it not in dropped] + added) if added else items


def untagged_given_names(doc: "Doc", items: list[Item], gaz: "Gazetteer", head_end: int,
                         words: DocWords) -> list[Item]:
    """Two capitalised words no entity covers, a listed given name and a surname, are a person the
    model missed: "... and Jen Morrow, Director of ..."; "Jordan Pike will serve". Both must be
    proper nouns of the parse (the first a compound of the second), neither a word of titles,
    bodies or places nor written in lower case in the article, and the pair must stand alone (no
    capitalised word around it, no article or adjective before it: "the Computer Science")."""
    covered = {i for s, e, _ in items for i in range(s, e)}
    lower: frozenset[str] | None = None
    found: list[Item] = []
    n = len(doc)
    for i in token_indices(doc, TAG, ("NNP",)):  # the first word is an NNP: only those tokens are read
        if not max(head_end, 0) <= i < n - 1:
            continue
        first, last = doc[i], doc[i + 1]
        if (first.i in covered or last.i in covered or first.tag_ != "NNP" or last.tag_ not in ("NNP", "NNPS")
                or not (first.is_title and last.is_title and first.is_alpha and last.is_alpha)
                or first.dep_ != "compound" or first.head.i != last.i or not first.whitespace_
                or not is_given_name(first.text) or len(last.text) < 3):
            continue
        prev = doc[first.i - 1] if first.i > 0 else None
        nxt = doc[last.i + 1] if last.i + 1 < n else None
        if prev is not None and (prev.tag_ in ("DT", "PRP$", "POS", "JJ", "CD")
                                 or (prev.is_title or prev.is_upper) and prev.is_alpha and not first.is_sent_start):
            continue
        if nxt is not None and (nxt.is_title or nxt.is_upper) and nxt.is_alpha:
            continue
        if not_a_name_word(first) or not_a_name_word(last) or gaz.country(first.text) or gaz.country(last.text) \
                or P.candidates(last.text) or gaz.organization(f"{first.text} {last.text}"):
            continue
        if lower is None:
            lower = words.lower
        # a nomination list's "Casey Wise, of Ohio, to be ...": a name whatever the words
        listed = (last.i + 3 < n and doc[last.i + 1].text == "," and doc[last.i + 2].lower_ == "of"
                  and doc[last.i + 3].ent_type_ == "GPE")
        if first.lower_ in lower or (last.lower_ in lower and not listed):
            continue
        found.append((first.i, last.i + 1, "PERSON"))
    return sorted(items + found) if found else items


# A transcript's time line ("7:09 P.M. CDT", "11:17 A.M. EST"): the venue lines come before it.
_TIME_LINE = ("A.M.", "P.M.", "a.m.", "p.m.")
_CLOCK = re.compile(r"^\d{1,2}:\d{2}$")


def venue_lines(doc: "Doc", items: list[Item]) -> list[Item]:
    """In a transcript's header (title, venue, place, time), the venue line is a place, not a
    person, even when it is named after one: "Ada Lowe Center for the Arts" /
    "Dayton, Ohio" / "7:09 P.M. EDT". A PERSON that fills its line, followed within
    three lines by a time line, is relabelled FAC."""
    out: list[Item] = []
    for s, e, lab in items:
        if lab == "PERSON" and e - s >= 2:
            ls, le = _line_bounds(doc, s)
            rest = [t for t in doc[e:le] if not t.is_space]
            if ls == s and (not rest or rest[0].lower_ in ("for", "of")):
                j, lines = le, 0
                while j < len(doc) and lines < 4:
                    if doc[j].text in _TIME_LINE and _CLOCK.match(doc[j - 1].text):
                        lab = "FAC"
                        break
                    if doc[j].is_space and "\n" in doc[j].text:
                        lines += doc[j].text.count("\n")
                    j += 1
        out.append((s, e, lab))
    return out



def _office_of_before(doc: "Doc", s: int) -> bool:
    """An office word and "of" (and "the") just before token ``s`` ("Secretary of | Transportation",
    "Speaker of the | House", "Secretary of | the Interior"): the span starts the office's remit."""
    j = s - 1
    if j >= 0 and doc[j].lower_ == "the":
        j -= 1
    return j >= 1 and doc[j].lower_ == "of" and doc[j - 1].lower_ in OFFICE_WORDS


def names_after_bodies(doc: "Doc", items: list[Item]) -> list[Item]:
    """A person's name the model tagged together with the body before it is split off: "Secretary
    of Transportation Ana Ruiz" (ORG over "Transportation Ana Ruiz") is the body and
    Ana Ruiz, when the word before the last is a listed given name and the last word is a
    person's word elsewhere in the article or the span follows an office and "of" (the remit of
    an office written before its holder's name)."""
    person_words = {doc[i].text for s, e, lab in items if lab == "PERSON" for i in range(s, e)}
    out: list[Item] = []
    for s, e, lab in items:
        if (lab in ("ORG", "FAC", "WORK_OF_ART") and e - s >= 3
                and (doc[e - 1].text in person_words or _office_of_before(doc, s))
                and doc[e - 1].is_title and doc[e - 2].is_title and doc[e - 2].is_alpha
                and is_given_name(doc[e - 2].text) and not not_a_name_word(doc[e - 2])
                and not not_a_name_word(doc[e - 1]) and doc[e - 3].is_title and not doc[e - 3].is_sent_start):
            out += [(s, e - 2, lab), (e - 2, e, "PERSON")]
        else:
            out.append((s, e, lab))
    return out
