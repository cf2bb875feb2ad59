"""The counted noun read from the parse, and a "+" bound written after a number.

:func:`~pipeline.quantities.units.noun_run` walks right from a number to the first noun that
closes its phrase. Before a plural head, a run of modifiers often holds a noun of its own: a name
with a number ("40,000 Level 2 chargers"), a hyphenated adjective ("120 women-led businesses",
"400 at-grade crossings"), coordinated modifiers ("4,000 operations and maintenance jobs", "six
Search and Rescue teams"), a capitalised compound ("10,000 ABC-certified electricians"). The
dependency parse names the noun the number modifies (``nummod``); when every word between the
number and that plural noun depends on it, that noun is what is counted.

Fact sheets write lower bounds as a glued "+" ("5,000+ startups", "$130+ million", "1GW+"). The
text normaliser blanks such a "+" (:mod:`pipeline.textnorm`) so the parser sees "5,000 startups";
:func:`glued_plus` reads it back from the original text as the bound "plus".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import numbers as num
from ..knowledge.units import singular, tables
from ..nlp import offset_map, raw_text

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Token

# Dependencies by which a word of a number phrase hangs on the next number word ("530 million",
# "up to 40,000"): climb through them to the word that modifies the noun.
_NUMBER_LINKS = frozenset({"compound", "quantmod", "nummod", "advmod"})

# How far after the number the governing noun may lie: a phrase of modifiers, not a clause (words
# between, hyphens and commas aside; and tokens in all).
_MAX_WORDS = 6
_MAX_TOKENS = 14

# Punctuation inside a run of modifiers: hyphens ("at-grade"), quotes ("900 “ambassadors”") and the
# commas between coordinated adjectives ("17 over-the-counter, at-home, rapid tests").
_OPENING_QUOTES = frozenset({"“", '"', "‘", "'"})

_MULTIPLIERS = frozenset({"times", "time", "fold"})

_INNER_PUNCT = frozenset({"-", "–", ",", "“", "”", '"', "‘", "’", "'"})


def governing_noun(doc: "Doc", start: int, end: int, head: "Token | None") -> "Token | None":
    """The plural noun the number ``doc[start:end]`` modifies per the parse, when it is a better
    counted noun than ``head`` (the word walk's answer); else None.

    The parse's noun wins when it is a plural noun after the number, the number hangs on
    it as ``nummod``, every token between them is inside its subtree (so they are its modifiers),
    and ``head`` is one of those modifiers or is missing.
    """
    last = doc[end - 1]
    tok = last
    while tok.dep_ in _NUMBER_LINKS and tok.head.i != tok.i and start <= tok.head.i < end:
        tok = tok.head  # "530 million": "530" hangs on "million", which modifies the noun
    if tok.dep_ != "nummod":
        return None
    gov = tok.head
    while gov.tag_ == "NN" and gov.dep_ == "compound" and gov.head.i == gov.i + 1 and gov.head.pos_ == "NOUN":
        gov = gov.head  # the number hangs on the first noun of a compound: "11 million vaccine doses"
    if start > 0 and doc[start - 1].text in _OPENING_QUOTES:
        return None  # a quoted number is a name: "the “988” lifeline"
    if not gov.is_alpha or gov.i < end or gov.i - end > _MAX_TOKENS or gov.pos_ not in ("NOUN", "PROPN") or gov.tag_ not in ("NNS", "NNPS"):
        return None
    if head is not None and head.i > gov.i and head.tag_ == "NN" and gov.dep_ == "compound" \
            and gov.head.i == head.i and head.i == gov.i + 1:
        # The tagger's noun after a plural the number counts ("in 28 communities transition out of
        # prison"): a plural number does not count a singular noun.
        return gov
    if head is not None and (head.i >= gov.i or gov not in head.ancestors):
        return None
    words = 0
    for k in range(end, gov.i):
        t = doc[k]
        if t.is_space or t.is_punct and t.text not in _INNER_PUNCT:
            return None
        if gov not in t.ancestors or t.lower_ in _MULTIPLIERS or t.like_num and t.head.i == gov.i:
            # "five times more passengers": a multiplier, not a count of passengers; "its 1967
            # debut 5,700 jets": the noun has a count of its own
            return None
        words += not t.is_punct
    return gov if words <= _MAX_WORDS else None


def glued_plus(doc: "Doc", start: int, end: int) -> bool:
    """True when the original text has a "+" glued right after a word of the number
    ``doc[start:end]`` ("5,000+", "$130+ million", "$50B+"), which the normaliser blanked."""
    offsets = offset_map(doc)
    if offsets is None:
        return False
    raw = raw_text(doc)
    for t in doc[start:end]:
        after = offsets[t.idx + len(t.text) - 1] + 1
        if after < len(raw) and raw[after] == "+":
            return True
    return False


def hyphen_count(doc: "Doc", hyphen: int) -> "Token | None":
    """The noun a thousands-grouped numeral counts when a hyphen glues them into a modifier ("a
    41,000-troop shortfall", "its 22,000-employee workforce"), else None.

    Only comma-grouped numerals: a small number glued to a noun is an adjective more often than a
    count ("two-way", "a 10-point plan"); a time unit makes a duration ("a 2,000-hour course").
    """
    n = len(doc)
    if hyphen < 1 or hyphen + 2 >= n or not num.is_comma_grouped(doc[hyphen - 1].text):
        return None
    noun, after = doc[hyphen + 1], doc[hyphen + 2]
    if doc[hyphen].whitespace_ or not noun.is_alpha or noun.tag_ != "NN" or after.pos_ not in ("NOUN", "PROPN"):
        return None
    if singular(noun) in tables().time_units:
        return None
    return noun


# Denominators of fractions ("two thirds", "seven tenths"): the guide codes no fraction of a
# group as a count. "quarters" only before "of" ("three quarters of the vote"; "two quarters"
# alone may be a time).
_DENOMINATORS = frozenset({"thirds", "fifths", "sixths", "sevenths", "eighths", "ninths", "tenths", "hundredths"})


def is_fraction(doc: "Doc", start: int, end: int, head: "Token | None") -> bool:
    """True when the number word ``doc[start:end]`` is the numerator of a fraction written in
    words ("two thirds of the funds", "seven tenths of 1 percent", "three quarters of voters", "one
    third of the total")."""
    if head is None or head.i != end or end - start != 1 or not num.is_number_word(doc[start].text):
        return False
    low = head.lower_
    if doc[start].lower_ == "one" and low[-1:] != "s":
        low += "s"  # "one third of all the inflation", "one quarter of the fleet"
    return low in _DENOMINATORS or low == "quarters" and end + 1 < len(doc) and doc[end + 1].lower_ == "of"


def listed_plural(doc: "Doc", head: "Token", value: float | int) -> "Token | None":
    """The plural noun that closes a comma list of modifiers begun by the singular ``head`` after
    a plural number ("over 300 fire, EMS and police departments", "40 state, local, and tribal
    agencies"): the list's words are nouns, adjectives, commas and one "and"/"or"; else None."""
    n = len(doc)
    k = head.i + 1
    if value == 1 or head.tag_ != "NN" or k >= n or doc[k].text != ",":
        return None
    conj = False
    for m in range(k + 1, min(n, k + 10)):
        t = doc[m]
        if t.lower_ in ("and", "or"):
            conj = True
        elif t.text == "," or t.text in ("-", "–") and t.whitespace_ == "":
            continue
        elif t.tag_ in ("NNS", "NNPS") and t.dep_ != "compound":
            return t if conj else None
        elif t.pos_ not in ("NOUN", "PROPN", "ADJ") or t.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT"):
            return None
    return None


def is_multiplier(head: "Token | None") -> bool:
    """True when the number counts "times": a multiplier or a frequency ("3.5 times less likely",
    "27 times higher", "five times more passengers", "in and out of the country 38 times"), a
    ratio the guide does not code as a quantity."""
    return head is not None and head.lower_ in ("times", "time") and head.pos_ == "NOUN"
