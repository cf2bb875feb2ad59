"""PERSON spans whose words name no person: personifications, abstract nouns, degree letters.

* a figure of folklore or a national personification written like a name ("letters to Santa
  Claus", "Uncle Sam"; the ``personifications`` word list, matched on the whole span);
* a would-be surname that is an abstract noun by its suffix ("United States Attorney
  Announcement", "the Agreement"): English forms nouns of action and state with "-ment",
  "-tion" and "-sion", and no surname a news text writes ends so ("Clement" is too short to
  count; the length limits keep such names out);
* a Title Case phrase of two words or more, with no given name first, whose last word is the
  plural of a noun the article writes in lower case ("Judiciary Committees" beside "the
  committee", "Humanitarian Issues" beside "an issue") and tagged a plural: a heading's or a
  body's words. English surnames that look like plurals ("Banks", "Fields") are tagged singular
  proper nouns or written after a given name or a title, which keep them;
* a phrase of two words or more whose last word is tagged a plural, is the plural of an English
  noun (WordNet's, the model's lemma index) and is no surname of the 1990 US Census ("Tribal
  Governments", "Global Youth Issues", "Illegal Aliens"), whatever comes before it, a given name
  too ("April Fools"): the Census list keeps "Janet Mills" and "Senator Jim Banks". A rare
  person whose surname is such a plural is lost ("Edward Swans"); a given-name exception cost
  two false persons on the CHECK half for none gained;
* the head noun of a meeting's name alone ("the Arctic Leader Summit": the model or a title
  reader takes "Summit" after "Leader" for a surname; the ``gathering_nouns`` word list);
* the letters of an academic degree glued by periods ("an Ed.D. from ...": the model tags "Ed"
  a given name): a one-word span followed, with no space, by "." and a capital letter with its
  period.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..knowledge.wordlists import word_set
from ..lemmas import plural_noun_token
from ..names import is_given_name

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan

PERSONIFICATIONS = word_set("entities", "personifications")
_GATHERING_NOUNS = word_set("entities", "gathering_nouns")
# (suffix, shortest word): "Statement" (9) and "Commitment" but not "Clement" (7); "Mission"
# and "Session" (7) but not "Nation" (6, a given name in some languages anyway).
_NOUN_SUFFIXES = (("ment", 9), ("tion", 7), ("sion", 7))
_LETTER = re.compile(r"^[A-Z]\.$")


def _abstract_noun(word: str) -> bool:
    low = word.lower()
    return word.isalpha() and any(low.endswith(suf) and len(low) >= n for suf, n in _NOUN_SUFFIXES) \
        and not is_given_name(word)


def _singulars(word: str) -> tuple[str, ...]:
    """The singular forms a plural English noun may have ("committees" -> "committee",
    "issues" -> "issue", "disorders" -> "disorder"); none for a word not ending in "s"."""
    low = word.lower()
    if not low.endswith("s") or low.endswith("ss") or len(low) < 5:
        return ()
    forms = [low[:-1]]
    if low.endswith("ies"):
        forms.append(low[:-3] + "y")
    if low.endswith("es"):
        forms.append(low[:-2])
    return tuple(forms)


def plural_common_noun(span: "SpacySpan", lower_words: frozenset[str]) -> bool:
    """True when the PERSON span is a Title Case phrase ending in the plural of a noun the article
    writes in lower case, with no given name first and no title before it, or in the plural of
    any English noun that is no Census surname (module docstring).

    Args:
        span: The PERSON span.
        lower_words: The words the article writes in lower case.
    """
    # the tagger reads a plural there ("Issues" NNPS); a surname it reads as one name ("Fields" NNP)
    if len(span) < 2 or not span[-1].is_title or span[-1].tag_ not in ("NNPS", "NNS"):
        return False
    if plural_noun_token(span[-1]):
        return True  # "Tribal Governments", "Youth Issues": no census surname is written so
    if is_given_name(span[0].text):
        return False
    doc, s = span.doc, span.start
    if s > 0 and (doc[s - 1].is_title or doc[s - 1].text.endswith(".")):
        return False  # "Senator Ana Banks", "Dr. Kofi Fields": a title or initial before a name
    return any(form in lower_words for form in _singulars(span[-1].text))


def names_no_person(span: "SpacySpan") -> bool:
    """True when the PERSON span names no person (module docstring)."""
    if span.text in PERSONIFICATIONS or _abstract_noun(span[-1].text):
        return True
    if len(span) == 1 and span[0].is_title and span[0].lower_ in _GATHERING_NOUNS:
        return True  # "... to the Arctic Leader Summit in Tromso": the meeting's name, no surname
    doc, e = span.doc, span.end
    return len(span) == 1 and e + 1 < len(doc) and doc[e].text == "." and not span[-1].whitespace_ \
        and not doc[e].whitespace_ and bool(_LETTER.match(doc[e + 1].text))
