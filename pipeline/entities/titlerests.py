"""What is left of an office title on a PERSON span, and offices the model took for names.

Government writing puts long titles before names and lists officials by title; the model then
tags a span that starts inside the title or that is the title itself:

* a prefixed office ("Co-Chair Ana Ruiz", "Vice-Chair ..."), the Latin "Pro Tempore" of a
  presiding officer ("Speaker Pro Tempore Ana Ruiz") and an abbreviated style ("H.E.", "H.R.H.":
  His Excellency, His Royal Highness) stay at the start of the name;
* the last word of a portfolio after "for" or "of" ("Assistant Secretary for Land and Water |
  Resources Ana Ruiz", "Deputy Advisor for International | Economics Ana Ruiz") is glued to the
  given name that follows it;
* a job noun is the whole span ("Chief Agricultural Negotiator", "a Peace Corps Volunteer",
  "Dean of the Faculty", "Chief Diversity Officer", "Counselor for Political Affairs");
* the second half of a hyphenated surname ("Blunt-Carter" read as "Carter") stands for the whole
  surname;
* a sentence's first word that the tagger reads as a verb or an adjective ("Glad to be here",
  "Identify what ...") names no one;
* a body's, firm's or campus's name ("Ruiz Consulting", "Tewa Women United", "General | Motors",
  "the University of California, | Davis") names no one.

:func:`title_rest` takes a PERSON span already trimmed of titles
(:func:`pipeline.entities.persons.person_tokens`) and returns the part that names a person.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from spacy.attrs import ORTH

from ..knowledge.offices import OFFICE_WORDS, ORG_LAST_WORDS, load_offices
from ..knowledge.wordlists import word_set
from ..names import is_given_name
from .persons import person_tokens

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan

    from ..knowledge.countries import Gazetteer

# Abbreviated styles of address (the diplomatic list's "H.E." for His/Her Excellency, "H.M." Majesty,
# "H.H." Highness, "H.R.H." Royal Highness).
_STYLE_ABBREVIATIONS = frozenset({"h.e.", "h.m.", "h.h.", "h.r.h.", "h.i.m.", "h.s.h."})
# Prefixes joined to an office word by a hyphen ("Co-Chair", "Vice-Chair", "Deputy-Director").
_OFFICE_PREFIXES = frozenset({"co", "vice", "deputy", "sub"})
# Job nouns that English writes capitalised in a title and that are no one's name when they end a
# span of words that is no given name ("Chief Agricultural Negotiator", "Academic Dean").
JOB_NOUNS = word_set("entities", "job_nouns")
# Nouns of a government office whose name follows "of" ("the Office of Science and Technology Policy",
# "the Bureau of Consular Affairs"): its words are a portfolio's, not a country's.
_OFFICE_BODIES = frozenset({"office", "bureau"})
# Words walked over leftwards from a portfolio's last word to its office word.
_PORTFOLIO_JOINERS = frozenset({"for", "of", "and", "the", "-", "–", "&"})


def _office_word(tok) -> bool:
    return tok.lower_ in OFFICE_WORDS or tok.lower_ in JOB_NOUNS


def _in_portfolio(doc, s: int, *, commas: bool = False) -> bool:
    """Whether token ``s`` ends the portfolio of an office written before it ("Secretary for Fish
    and Wildlife and | Parks", "Advisor for International | Economics"): walking left over
    capitalised words and joiners reaches "for" and then an office word, or "Office of". Else only "for": after "of"
    the words are often a country's ("President of the Republic of Korea | Yoon Suk Yeol")."""
    joined = False
    for i in range(s - 1, max(-1, s - 14), -1):
        tok = doc[i]
        if tok.lower_ == "of" and i > 0 and doc[i - 1].lower_ in _OFFICE_BODIES:
            return True  # "Director of the Office of Public | Engagement": a government office's name
        if tok.lower_ == "for":
            joined = True
            continue
        if joined and tok.is_title and _office_word(tok):
            return True
        if tok.lower_ in _PORTFOLIO_JOINERS or tok.is_title and not tok.is_sent_start or commas and tok.text == ",":
            continue
        return False
    return False


def _listed_portfolio_word(doc, s: int) -> bool:
    """Whether the one word at ``s`` is a middle or last item of a portfolio list ("Assistant
    Secretary of the Army for Acquisition, | Logistics |, and Technology"): a comma before it, a
    comma or "and" after it, and the list's first item follows an office's "for"."""
    tok = doc[s]
    return (0 < s < len(doc) - 1 and doc[s - 1].text == "," and doc[s + 1].lower_ in (",", "and")
            and not is_given_name(tok.text) and _list_closes(doc, s) and _in_portfolio(doc, s, commas=True))


def _list_closes(doc, s: int) -> bool:
    """Whether the list goes on to a last item of a capitalised word after "and" ("..., Logistics,
    and Technology"), not to another phrase ("The Minister for Foreign Affairs, Wong, and the
    Minister for Defence, Marles": "Wong" is the first minister's name)."""
    for k in range(s + 1, min(s + 8, len(doc) - 1)):
        if doc[k].lower_ == "and":
            return doc[k + 1].is_title
        if doc[k].text in (".", ";", ":"):
            return False
    return False


_PRO_TEMPORE = frozenset({"pro", "tem", "tem.", "tempore", "-", "–"})
"""the words of "pro tempore" (Latin: for the time being) and its short forms, written after a
presiding officer's title ("President Pro Tempore", "Mayor Pro-Tem")"""


def _lead_cut(span: "SpacySpan") -> int:
    """Index where the name starts after an abbreviated style, a hyphened office or "Pro Tempore"."""
    doc = span.doc
    s, e = span.start, span.end
    while e - s > 1:
        if doc[s].lower_ in _STYLE_ABBREVIATIONS:
            s += 1
        elif e - s > 3 and doc[s].lower_ in _OFFICE_PREFIXES and doc[s + 1].text in ("-", "–") \
                and not doc[s].whitespace_ and _office_word(doc[s + 2]):
            s += 3
        elif e - s > 2 and doc[s].lower_ == "pro" and doc[s + 1].lower_ in ("tempore", "tem", "tem."):
            s += 2  # ("Speaker Pro Tempore Ana Ruiz", "Mayor Pro Tem Ana Ruiz")
        elif e - s > 3 and doc[s].lower_ == "pro" and doc[s + 1].text in ("-", "–") and doc[s + 2].lower_ == "tem":
            s += 3  # "Mayor Pro-Tem Ana Ruiz"
        elif e - s >= 3 and doc[s].is_title and len(doc[s]) >= 5 and not is_given_name(doc[s].text) \
                and is_given_name(doc[s + 1].text) and doc[s + 2].text not in ("-", "–") \
                and _in_portfolio(doc, s):
            # a portfolio's words are long nouns ("Economics", "Conflict"); a short first word
            # may be an East Asian surname before a given name ("Cho Tae Yul")
            s += 1
        else:
            break
    return s


def _title_start(tok) -> bool:
    """Whether ``tok`` can start an office title of its own ("Vice President", "Prime Minister",
    "Defense Secretary", "Attorney General"): an office head or modifier of the ontology."""
    off = load_offices()
    return tok.lower_ in OFFICE_WORDS or tok.lower_ in off.heads or tok.lower_ in off.modifiers


def _job_title(span: "SpacySpan") -> bool:
    """Whether the span is an office or job written as a title, not a name."""
    doc = span.doc
    s, e = span.start, span.end
    if any(t.lower_ == "for" for t in span):
        return True  # "Counselor for Political Affairs": no name has "for" inside it
    last = doc[e - 1]
    if e - s > 1:
        return last.lower_ in JOB_NOUNS and not is_given_name(doc[s].text)
    if _listed_portfolio_word(doc, s):
        return True
    after = doc[e] if e < len(doc) else None
    if after is not None and after.lower_ == "and" and e + 2 < len(doc) and doc[e + 1].is_title \
            and not _title_start(doc[e + 1]):
        after = doc[e + 2]  # "Chief Ethics and Compliance Officer"; not "President Roe and Vice | President Tan"
    if after is not None and after.is_title and _office_word(after) and not is_given_name(last.text):
        return True  # "Chief Diversity | Officer"
    after = doc[e] if e < len(doc) else None
    if last.lower_ not in JOB_NOUNS:
        return False
    # one word: an office when "of"/"for" follows ("Dean of the Faculty") or a capitalised word of
    # the body's name precedes it ("Peace Corps Volunteer"); "her husband, Dean," is a name
    return after is not None and after.lower_ in ("of", "for") or (
        s > 0 and doc[s - 1].is_title and not doc[s - 1].is_sent_start and not doc[s - 1].is_punct)


# Last words of bodies, firms and venues that are no one's surname ("Tewa Women United", "Ruiz
# Consulting", "the Ana Ruiz Chapter", "Duke Marine Laboratory", "Pulse Nightclub").
_BODY_LAST_WORDS = word_set("entities", "body_last_words")


# Head nouns of programmes and documents that are no one's name (unlike "Grant", "Bill", "Law").
_PROGRAMME_WORDS = word_set("entities", "programme_words")


def _body_words(span: "SpacySpan") -> bool:
    """Whether the span is (a part of) the name of a body, firm or campus, not a person."""
    doc = span.doc
    s, e = span.start, span.end
    if any(t.text == "&" for t in span):
        return True  # "Akin Gump Strauss Hauer & Feld": a firm named for its partners
    if e - s > 1 and doc[e - 1].lower_ in _BODY_LAST_WORDS:
        return True
    if e - s == 1 and doc[s].lower_ in _PROGRAMME_WORDS:
        return True  # "the 2030 Agenda", "the Justice Agenda": a programme's head noun alone
    if s > 0 and doc[s].lower_ in ORG_LAST_WORDS and doc[s - 1].is_title and not doc[s - 1].is_sent_start \
            and not is_given_name(doc[s].text):
        return True  # "General | Motors": a company's last word after a word taken for a rank
    # "the University of California, Davis": a campus named after the state's university
    return e - s == 1 and s >= 4 and doc[s - 1].text == "," and doc[s - 3].lower_ == "of" \
        and doc[s - 4].lower_ == "university"


def title_rest(span: "SpacySpan", gaz: "Gazetteer | None" = None) -> "SpacySpan | None":
    """The part of a PERSON span that names a person once title remnants are cut; None for a
    title, a job or a sentence's first verb or adjective.

    Args:
        span: A PERSON span trimmed of titles by :func:`pipeline.entities.persons.person_tokens`.
        gaz: The gazetteer, passed on when the span is trimmed again after a cut ("H.E. | Sheikh").

    Returns:
        The span itself, a shorter or a longer span of the same Doc, or None.
    """
    doc = span.doc
    s, e = _lead_cut(span), span.end
    if s != span.start:
        span = person_tokens(doc[s:e], gaz)  # "H.E. Sheikh Ana": the style after the abbreviation
        if span is None:
            return None
        s, e = span.start, span.end
    if _job_title(span) or _body_words(span):
        return None
    if all(t.lower_ in _PRO_TEMPORE for t in span):
        return None  # "Mayor Pro-Tem", "Speaker Pro Tem": the Latin of a presiding officer's title, no name
    if e - s == 1 and doc[s].is_sent_start and doc[s].tag_ in ("VB", "VBD", "VBP", "VBZ", "JJ") \
            and not is_given_name(doc[s].text):
        return None  # "Glad to be here.", "Identify what ..."
    if s >= 2 and doc[s - 1].text in ("-", "–") and not doc[s - 1].whitespace_ \
            and not doc[s - 2].whitespace_ and doc[s - 2].is_title and _full_surname(doc, s - 2, e):
        return doc[s - 2:e]  # "Blunt-Carter’s": the whole hyphenated surname
    return span


def _full_surname(doc, s: int, e: int) -> bool:
    """Whether the article writes ``doc[s:e]`` ("Blunt-Carter") after a given name somewhere
    ("Marla Blunt-Carter"): one person's surname, not two persons' ("the Biden-Harris
    Administration", "the Ortega-Murillo regime")."""
    surname = doc[s:e].text
    n = e - s
    # the tokens written as the surname's first word, read off the token array (same text, same
    # ORTH id): no Python loop over every token of the article
    starts = np.flatnonzero(doc.to_array(ORTH) == doc[s].orth).tolist()
    return any(doc[i + 1:i + 1 + n].text == surname and doc[i].is_title and is_given_name(doc[i].text)
               for i in (p - 1 for p in starts) if 0 <= i < len(doc) - n)
