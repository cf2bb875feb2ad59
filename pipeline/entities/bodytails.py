"""A person's name the model tagged together with the office or body written before it.

White House readouts write an official's office in Title Case right before the name, often with
the body the office belongs to: "Deputy National Security Advisor for Cyber and Emerging
Technologies Anne Neuberger", "Chief Officer for North America at the Foreign Ministry Roberto
Velasco", "Infrastructure Coordinator Landrieu", "Second Gentleman Douglas Emhoff". The small
model reads the whole run of capitalised words as one organisation (or facility), and the person
is lost. English puts the holder's name last in such a phrase, so the name is split off when the
words before it end the phrase:

- a person's title word ("Coordinator", "Admiral", "Gentleman") right before one to three name
  words;
- a body's head word ("Ministry", "Department", "Council") right before a full name;
- the remit of an office written with "of"/"for" ("Director of | the Office of Management and
  Budget Shalanda Young") before a full name.

A full name opens with a listed given name or ends with a word that is a person's name
elsewhere in the article. :func:`pipeline.entities.namespans.names_after_bodies` covers the
plain "Secretary of Transportation Ana Ruiz" (three tokens, no line break); this rule also
reads a name broken across lines, hyphened given names and one-word surnames after a title.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..knowledge import places as P
from ..knowledge.offices import HONORIFICS, OFFICE_WORDS, ORG_LAST_WORDS, folded_name_key, load_offices
from ..knowledge.wordlists import word_set
from ..names import is_given_name, is_surname
from .lexicon import FACILITY_HEADS, ORG_NAME_HEADS, TITLE_HEADS, Item
from .namespans import not_a_name_word

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..knowledge.countries import Gazetteer
    from .tokens import DocWords

__all__ = ["names_after_office_places", "names_in_body_spans"]

# Labels the model gives a run of office, body and name words.
_BODY_LABELS = frozenset({"ORG", "FAC", "WORK_OF_ART", "GPE", "LOC", "NORP", "EVENT", "LAW", "PRODUCT"})
# Body heads that end a ministry's or agency's name before its official's name.
_BODY_HEADS = word_set("entities", "body_heads")
_MAX_NAME_WORDS = 3


# Title words that are nouns for a person, the last word of a title before the name ("Deputy
# Coordinator | Ana Ruiz"); not the adjectives and remit words of office titles ("Senior",
# "Security", "State"), which also end a body's name.
_TITLE_NOUNS = word_set("entities", "title_nouns")


def _person_title(tok: "Token") -> bool:
    low = tok.lower_.rstrip(".")
    return tok.lower_ in TITLE_HEADS or low in HONORIFICS or low in _TITLE_NOUNS


def _body_head(tok: "Token") -> bool:
    return tok.lower_ in _BODY_HEADS or tok.lower_ in ORG_LAST_WORDS


def _remit_before(doc: "Doc", s: int) -> bool:
    """An office word and "of"/"for" (and "the") just before token ``s``: the span is the remit
    of an office written before its holder ("Advisor for | Cyber ...", "Director of the | Office")."""
    j = s - 1
    if j >= 0 and doc[j].lower_ == "the":
        j -= 1
    if j < 1 or doc[j].lower_ not in ("of", "for"):
        return False
    return doc[j - 1].lower_ in OFFICE_WORDS or doc[j - 1].lower_ in TITLE_HEADS


def _name_token(tok: "Token") -> bool:
    return (tok.is_title and tok.is_alpha and len(tok.text) > 1 and not not_a_name_word(tok)
            and not _person_title(tok) and not _body_head(tok))


def _tail(doc: "Doc", s: int, end: int) -> list[int]:
    """The name words ending the span, in text order (hyphened parts "Jean-Philippe" and a
    line break inside allowed)."""
    k = end
    words: list[int] = []
    while k > s:
        tok = doc[k - 1]
        if _name_token(tok):
            words.append(k - 1)
            k -= 1
        elif tok.text == "-" and not tok.whitespace_ and k - 2 > s and not doc[k - 2].whitespace_ and words:
            k -= 1  # "Jean" "-" "Philippe"
        elif tok.is_space and "\n" in tok.text and words and k - 2 > s:
            k -= 1  # a name broken across a hard-wrapped line
        else:
            break
    return words[::-1]


# head nouns of facilities and bodies: no surname alone after a title ("Justice | Clinic") unless a
# census surname too ("Chief Justice Hall")
_PLACE_AND_BODY_HEADS = FACILITY_HEADS | ORG_NAME_HEADS


def _split(doc: "Doc", s: int, end: int, items: list[Item], gaz: "Gazetteer", words: "DocWords",
           person_words: "_Lazy") -> tuple[int, int] | None:
    """Where the name starts and the last token of the words before it, when a name ends the span."""
    tail = _tail(doc, s, end)
    for m in range(min(len(tail), _MAX_NAME_WORDS), 0, -1):
        name = tail[-m:]
        k = name[0]
        if k <= s or doc[k - 1].text == "-":
            continue  # the whole span, or a cut inside a hyphened name
        j = k - 1
        while j > s and doc[j].is_space:
            j -= 1
        if doc[j].is_punct or doc[j].is_space:
            continue
        text = " ".join(doc[i].text for i in name)
        if gaz.country(text) or gaz.organization(text) or gaz.country(doc[name[-1]].text):
            continue
        titled = _person_title(doc[j])
        if m == 1:
            # "Coordinator Landrieu": a surname alone right after a person's title, or after a
            # remit or body
            # ("Secretary of Foreign Affairs Ruiz", "the Foreign Ministry Ruiz": a surname the
            # article also writes in a person's name)
            # ("General Electric", "Lady Street": a title word opening the name is part of it)
            last = doc[k]
            plain = last.lower_ not in words.lower and not P.candidates(last.text) and not (
                last.lower_ in _PLACE_AND_BODY_HEADS and not is_surname(last.text))
            ok = titled and j > s and plain or (
                last.text in person_words.get(items) and (_body_head(doc[j]) or _remit_before(doc, s))) or (
                plain and _remit_before(doc, s) and (_known_body(doc, s, j, gaz) or _listed_holder(last.text))) or (
                plain and last.tag_ == "NNP" and _body_head(doc[j]) and _office_opens(doc, s, j))
        else:
            # a listed given name first, or every word a word of a person's name elsewhere (not
            # "Affairs Ruiz" of "Foreign Affairs Ruiz")
            full = is_given_name(doc[k].text) or all(doc[i].text in person_words.get(items) for i in name)
            # "... Administration of Ruritania Hikmet Aliyar": the holder after the country ending
            # the office's title, whatever his given name
            ok = full and (titled or _body_head(doc[j]) or _remit_before(doc, s)) or (
                bool(gaz.country(doc[j].text)) and _office_of_place(doc, j))
        if ok:
            return k, j
    return None


def _known_body(doc: "Doc", s: int, j: int, gaz: "Gazetteer") -> bool:
    """Whether tokens ``s..j`` (a leading "the" left out) are the whole name of a body the
    gazetteer knows: "Chairman of the | Joint Chiefs of Staff | Milley", where the word after a
    complete body's name is its officer's surname."""
    if doc[s].lower_ == "the":
        s += 1
    return j > s and bool(gaz.organization(doc[s:j + 1].text))


def _office_opens(doc: "Doc", s: int, j: int) -> bool:
    """Whether the span ``s..j`` opens with an office and its remit ("Head of | Presidential
    Administration"): the whole run is the office, and a surname after the body's head word
    is its holder's."""
    return j > s + 1 and doc[s].is_title and doc[s].lower_ in load_offices().heads \
        and doc[s + 1].lower_ in ("of", "for")


def _listed_holder(word: str) -> bool:
    """Whether ``word`` is the family name of a person in the dated office-holder table
    (``pipeline/data/offices.json``, sources recorded there): "Chairman of the | Joint Chiefs of
    Staff | Milley"."""
    key = folded_name_key(word)
    return bool(key) and bool(load_offices().holders_named(key))


class _Lazy:
    """The words of the article's PERSON spans, read once when first needed."""

    def __init__(self, doc: "Doc") -> None:
        self.doc = doc
        self.words: set[str] | None = None

    def get(self, items: list[Item]) -> set[str]:
        if self.words is None:
            self.words = {self.doc[i].text for s, e, lab in items if lab == "PERSON" for i in range(s, e)}
        return self.words


def names_in_body_spans(doc: "Doc", items: list[Item], gaz: "Gazetteer", words: "DocWords") -> list[Item]:
    """Split a person's name off the end of an organisation-like span (see the module docstring).

    Args:
        doc: The parsed article.
        items: Entity spans ``(start token, end token, label)`` in text order.
        gaz: The country gazetteer (a country or known organisation is never a person).
        words: The Doc's word tables (a word written in lower case is no surname).

    Returns:
        ``items`` with each such span cut in two: the body (dropped when only title words are
        left of it) and a PERSON span.
    """
    person_words = _Lazy(doc)
    out: list[Item] = []
    changed = False
    for s, e, lab in items:
        if lab not in _BODY_LABELS or e - s < 2:
            out.append((s, e, lab))
            continue
        end = e
        while end > s and doc[end - 1].is_space:
            end -= 1
        whole = doc[s:end].text
        if lab in ("GPE", "LOC", "FAC") and (gaz.country(whole) or P.candidates(whole)):
            out.append((s, e, lab))  # a place named like a title and a name ("Prince George")
            continue
        cut = _split(doc, s, end, items, gaz, words, person_words)
        if cut is None:
            out.append((s, e, lab))
            continue
        k, j = cut
        changed = True
        body = [t for t in doc[s:j + 1] if not t.is_space and t.lower_ != "the"]
        if body and (not _person_title(doc[j]) or any(_body_head(t) for t in body)):
            out.append((s, j + 1, lab))  # "the Foreign Ministry" | "Roberto Velasco"
        out.append((k, end, "PERSON"))
    return out if changed else items


# How far back from the country an office's title may start ("Head of the Foreign Relations
# Department of the Presidential Administration of | Azerbaijan").
_OFFICE_REACH = 12


def _office_of_place(doc: "Doc", g: int) -> bool:
    """The place starting at token ``g`` ends an office's "of" phrase: "Minister of Foreign
    Affairs of | Ruritania", "Head of the ... Administration of | Ruritania"."""
    j = g - 1
    if j >= 0 and doc[j].lower_ == "the":
        j -= 1
    if j < 1 or doc[j].lower_ != "of":
        return False
    for i in range(j - 1, max(j - 1 - _OFFICE_REACH, -1), -1):
        tok = doc[i]
        if not (tok.is_title or tok.is_upper or tok.lower_ in ("of", "the", "and", "for")):
            return False
        if tok.is_title and (_person_title(tok) or tok.lower_ == "head"):
            return True
    return False


def names_after_office_places(doc: "Doc", items: list[Item], gaz: "Gazetteer") -> list[Item]:
    """A name the model tagged as a body right after the country ending an office's title is the
    office holder: "Head of the Foreign Relations Department of Ruritania | Hikmet Aliyar".

    Args:
        doc: The parsed article.
        items: Entity spans ``(start token, end token, label)`` in text order.
        gaz: The country gazetteer (a country or known organisation is never a person).

    Returns:
        ``items`` with such spans relabelled PERSON.
    """
    out = list(items)
    for k in range(1, len(items)):
        s, e, lab = items[k]
        ps, pe, plab = items[k - 1]
        if lab not in ("ORG", "FAC", "PRODUCT", "WORK_OF_ART") or not 2 <= e - s <= 3 or pe != s:
            continue
        if plab == "ORG" and gaz.country(doc[pe - 1].text):
            ps = pe - 1  # "the Presidential Administration of Ruritania" joined into one body
        elif plab != "GPE":
            continue
        if doc[s - 1].whitespace_ != " " or not all(_name_token(t) for t in doc[s:e]):
            continue
        text = doc[s:e].text
        if gaz.country(text) or gaz.organization(text) or not _office_of_place(doc, ps):
            continue
        out[k] = (s, e, "PERSON")
    return out
