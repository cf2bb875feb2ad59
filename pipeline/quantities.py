"""Quantities stage: every number that counts or measures something, with what it counts.

Candidates are numerals ("12,000", "3bn", "~300") and cardinal number words ("two",
"twenty-five", "a dozen", "one billion") found by token patterns; spaCy's entity labels and the
dependency parse decide what is *not* a quantity (dates, durations, times, ordinals, numbers in
names, list numbering, phone numbers, hyphenated modifiers such as "two-way") and what is
counted (a number inside a product or index name is not a count: "Boeing 737", "five new 737
aircraft" counts five aircraft, "iPhone 4 owners", "the FTSE 100 index", "the 787 Dreamliner"; a
measure glued to the number is its unit: "500km", "30GB", "a 3.5-inch display"):

- the counted noun is the head of the noun phrase the number starts ("4,000 U.S. soldiers" ->
  "soldier", "48 F-35A fighter jets" -> "fighter jet", "two of its allies" -> "ally"); a number
  without a noun borrows one: from the next number in a range or partition ("between 5,000 and
  7,000 troops", "23 of 25 drones"), from the noun it is coordinated with ("900 troops in Syria
  and 2,500 in Iraq") or from the previous quantity ("up to two more");
- money takes its currency from a symbol ("$", "€", "C$") or a currency word ("61 trillion won");
- owner comes from a country word inside the phrase ("Russian soldiers"), a possessor ("Japan's
  pledge of $2 billion"), an apposition, or the subject of a verb of having, giving, sending or
  firing ("The Pentagon will send 3,000 troops"; institutions such as "the Kremlin" stand for
  their country); location from "in/to/at/around/through <place>" on the noun, a participle on
  it, its verb or the noun it belongs to ("a battalion of 800 soldiers stationed in Romania"),
  "from <place>" after a verb of withdrawal, and "for <place>" for money. Places below country
  level (US states, big cities, garrison towns: ``pipeline/data/places.json``) resolve to their
  country, as does a place noun with a country possessor ("Russia's Kursk region").

A number without a noun is kept when it plainly counts or measures: a level or move ("fell
344.65", "down 100", "to -36"), the object of a verb ("eliminate 789"), an elided noun ("the
government will appoint six"), or an amount whose currency the amount before it gives ("US$5
billion on top of the four billion it received").
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from spacy.attrs import IDX

from . import gazetteer
from . import numbers as num
from .knowledge.units import institution_country, place_country, tables  # noqa: F401 - re-exported
from .nlp import evidence
from .records import Quantity, Ref

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Token

    from .entities import EntityIndex

# Words before a number that bound or hedge it; the longest match wins.
_APPROXIMATE = {
    ("about",), ("approximately",), ("around",), ("roughly",), ("nearly",), ("almost",), ("some",),
    ("an", "estimated"), ("estimated",), ("~",), ("close", "to"), ("circa",), ("approx.",), ("approx",),
    ("an", "approximate"), ("upwards", "of"), ("just", "under"), ("just", "over"),
}
_BOUNDS = {
    ("more", "than"), ("over",), ("at", "least"), ("up", "to"), ("less", "than"), ("fewer", "than"),
    ("as", "many", "as"), ("as", "much", "as"), ("as", "few", "as"), ("at", "most"), ("no", "more", "than"),
    ("no", "fewer", "than"), ("no", "less", "than"), ("under",), ("in", "excess", "of"), ("below",),
    ("above",), ("exceeding",), ("nearly", "all"),
}
_QUALIFIERS = sorted(_APPROXIMATE | _BOUNDS, key=len, reverse=True)
# Qualifiers by their last word, longest first: one dict look-up per number instead of a scan.
_QUALIFIERS_BY_LAST: dict[str, list[tuple[str, ...]]] = {}
for _q in _QUALIFIERS:
    _QUALIFIERS_BY_LAST.setdefault(_q[-1], []).append(_q)

# Verbs whose subject owns the counted thing ("Russia has deployed 150,000 troops").
_OWNER_VERBS = frozenset({
    "have", "comprise", "number", "include", "field", "maintain", "keep", "deploy", "send", "station", "base",
    "commit", "provide", "pledge", "announce", "invest", "spend", "contribute", "allocate", "make", "give",
    "offer", "donate", "dispatch", "mobilize", "mobilise", "total", "boast", "operate", "possess", "own",
    "budget", "earmark", "allot", "grant", "lend", "loan", "withdraw", "pull", "move", "rotate", "amass",
    "mass", "position", "transfer", "redeploy", "order", "purchase", "buy", "acquire", "call", "fire",
    "launch", "lead", "command", "approve", "raise", "increase", "boost", "set", "post", "assign", "field",
    "train", "recruit", "lose", "fly", "sail",
})
_LOCATION_PREPS = frozenset({"in", "to", "at", "into", "inside", "within", "across", "throughout", "near",
                             "around", "through", "onto"})
# Extra prepositions that locate only in some contexts: "pulled out of Mali", "$5bn for Ukraine",
# "a strike on Odesa".
_WITHDRAW_VERBS = frozenset({"withdraw", "pull", "remove", "recall", "evacuate", "repatriate", "retreat", "redeploy",
                             "bring", "draw"})
_FROM_PREPS = frozenset({"from", "out"})
# Place nouns whose possessor is not where the thing is ("massed near Ukraine's border").
_EDGE_NOUNS = frozenset({"border", "borders", "frontier", "frontiers", "boundary", "doorstep", "edge"})
# Verbs whose active subject is located where the verb says ("1,000 troops remain in Syria"); for
# other verbs ("25 nations signed the accord in Paris") the place is the event's, not the subject's.
_PRESENCE_VERBS = frozenset({"be", "remain", "stay", "live", "arrive", "rotate", "serve", "operate", "patrol",
                             "gather", "mass", "sail", "fly", "land", "train", "wait", "die", "return", "enter",
                             "cross", "move", "head", "deploy", "station", "base", "fight", "hide", "shelter",
                             "flee", "reside", "work"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_OWNER_LABELS = frozenset({"GPE", "NORP"})
_NAME_ENT_LABELS = frozenset({"LAW", "PRODUCT", "EVENT", "FAC", "WORK_OF_ART", "ORG"})
_DATE_ENT_LABELS = frozenset({"DATE", "TIME"})
_PRE_MODIFIERS = frozenset({"other", "more", "additional", "new", "extra", "further", "few", "different",
                            "separate", "fresh", "total", "full"})
_ELLIPSIS = frozenset({"more", "others", "other", "additional", "extra", "further"})
_IRREGULAR = {"people": "person", "men": "man", "women": "woman", "children": "child", "personnel": "personnel",
              "feet": "foot", "staff": "staff", "police": "police", "aircraft": "aircraft", "data": "data",
              "media": "media", "criteria": "criterion", "militaries": "military", "allies": "ally",
              "series": "series", "species": "species", "means": "means", "headquarters": "headquarters",
              "bases": "base", "crises": "crisis", "analyses": "analysis", "axes": "axis"}
# Nouns whose singular form also counts many ("35 aircraft", "500 personnel").
_INVARIANT = frozenset({"aircraft", "personnel", "staff", "police", "people", "sheep", "fish", "deer", "offspring",
                        "spacecraft", "hovercraft", "watercraft", "counsel", "crew", "cattle"})
_RANGE_LINKS = frozenset({"and", "to", "or", "-", "–", "of"})
_NUMBER_HINT = re.compile(
    r"\d[\d,.]*|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|"
    r"thousand|million|billion|trillion|dozen|half)\b",
    re.IGNORECASE,
)
_AGE_WORDS = frozenset({"aged", "age", "ages"})
# Words after which a bare numeral is still a count or amount ("from 2,000 to 2,500").
_BARE_OK = frozenset({"from", "to", "than", "at", "by", "of", "between", "and", "reached", "reach", "totaled",
                      "totalled", "total", "numbered", "is", "are", "was", "were", "about", "nearly", "over"})
_TEMPERATURE = frozenset({"celsius", "fahrenheit", "centigrade"})


def category_of(unit: str | None) -> str:
    """Quantity category of a counted-noun lemma (currency and percent are decided earlier)."""
    t = tables()
    if unit is None:
        return "count"
    u = unit.lower()
    last = u.split()[-1]
    if u in t.personnel or last in t.personnel or u in t.formations or last in t.formations:
        return "personnel"
    if u in t.equipment or last in t.equipment or num.is_designation(unit.upper()):
        return "equipment"
    if u in t.percent:
        return "percent"
    if u in t.measures or last in t.measures or u.split()[0] in t.measures:
        return "other"
    return "count"


def singular(token: "Token") -> str:
    """Singular lower-case lemma of a counted noun ("troops" -> "troop", "Allies" -> "ally")."""
    low = token.text.lower()
    if low in _IRREGULAR:
        return _IRREGULAR[low]
    lemma = token.lemma_.lower()
    if token.pos_ != "PROPN" and lemma and lemma != low:
        return lemma
    if token.tag_ in ("NNS", "NNPS") or (token.pos_ == "PROPN" and low.endswith("s") and not low.endswith("ss")):
        if low.endswith("ies") and len(low) > 4:
            return low[:-3] + "y"
        if low.endswith(("ches", "shes", "sses", "xes", "zes")):
            return low[:-2]
        if low.endswith("s") and not low.endswith(("ss", "us", "is")):
            return low[:-1]
    return lemma or low


# ---- finding numbers ---------------------------------------------------------------------

def _is_num_token(tok: "Token") -> bool:
    text = tok.text
    return num.is_numeral(text) or num.is_number_word(text)


def _starts_number(doc: "Doc", i: int) -> bool:
    tok = doc[i]
    low = tok.lower_
    if low in ("a", "an"):
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        return nxt is not None and nxt.lower_ in ("dozen", "hundred", "thousand", "million", "billion", "trillion")
    if low == num.HALF:
        # "half a million", "half a dozen"; a bare "half" is a fraction, not a count.
        return i + 2 < len(doc) and doc[i + 1].lower_ in ("a", "an") \
            and doc[i + 2].lower_ in ("dozen", "hundred", "thousand", "million", "billion", "trillion")
    if num.is_ordinal(tok.text) or tok.ent_type_ == "ORDINAL":
        return False
    if low in num.SCALES and low not in ("hundred", "thousand", "million", "billion", "trillion"):
        return False  # a lone "m" or "k"
    return _is_num_token(tok)


def _number_starts(doc: "Doc") -> list[int]:
    """Token indices that may start a number, found with one regex pass over the text (no per-token work)."""
    text = doc.text
    hits = [m.start() for m in _NUMBER_HINT.finditer(text)]
    if not hits:
        return []
    starts = doc.to_array(IDX).tolist()
    out: list[int] = []
    last = -1
    for char in hits:
        i = bisect_right(starts, char) - 1
        if i <= last or i < 0:
            continue
        last = i
        # "a dozen", "an estimated"-free "a million": the article word starts the number.
        if i > 0 and doc[i - 1].lower_ in ("a", "an") and doc[i].lower_ in num.WORDS:
            out.append(i - 1)
        out.append(i)
    return out


def _extent(doc: "Doc", i: int) -> int:
    """End (exclusive) of the number starting at token ``i``."""
    j = i + 1
    n = len(doc)
    if doc[i].lower_ == num.HALF:
        j = i + 2  # "half a million": continue after the article
    while j < n:
        tok = doc[j]
        low = tok.lower_
        prev = doc[j - 1]
        if low in num.SCALES and (low not in num.ABBREVIATED_SCALES or prev.whitespace_ == ""):
            if num.is_numeral(prev.text) or num.is_number_word(prev.text) or prev.lower_ in ("a", "an"):
                j += 1
                continue
        if low == "dozen" and (num.is_number_word(prev.text) or prev.lower_ in ("a", "half")):
            j += 1
            continue
        if num.is_number_word(tok.text) and not num.is_numeral(prev.text) and prev.lower_ not in ("a", "an") \
                and low not in ("dozen",) and (low in num.UNITS or low in num.TENS):
            if num.is_number_word(prev.text):
                j += 1
                continue
        if low == "-" and prev.whitespace_ == "" and tok.whitespace_ == "" and j + 1 < n \
                and prev.lower_ in num.TENS and doc[j + 1].lower_ in num.UNITS:
            j += 2  # "twenty-five"
            continue
        if low == "and" and prev.lower_ in ("hundred", "thousand") and j + 1 < n \
                and (doc[j + 1].lower_ in num.UNITS or doc[j + 1].lower_ in num.TENS):
            j += 1
            continue
        break
    return j


# ---- context -----------------------------------------------------------------------------

def _qualifier(doc: "Doc", start: int) -> tuple[int, str | None, bool]:
    """(start token, qualifier words, approximate) of the words right before a number."""
    sent_start = doc[start].sent.start
    if doc[start].text.startswith(("~", "≈")):
        return start, "~", True
    if start == 0:
        return start, None, False
    for q in _QUALIFIERS_BY_LAST.get(doc[start - 1].lower_, ()):
        k = len(q)
        if start - k < sent_start:
            continue
        words = tuple(t.lower_ for t in doc[start - k:start])
        if words == q:
            if q == ("over",) and doc[start - 1].dep_ == "prt":
                continue
            return start - k, " ".join(words), q in _APPROXIMATE
    return start, None, False


def _currency_before(doc: "Doc", start: int) -> tuple[int, str | None, str | None]:
    """(start, ISO 4217, unit lemma) of a currency symbol right before the number."""
    t = tables()
    if start == 0:
        return start, None, None
    prev = doc[start - 1]
    code = t.currency_symbols.get(prev.text)
    if code is None:
        return start, None, None
    begin = start - 1
    if prev.text == "$" and begin > 0 and doc[begin - 1].text in t.dollar_prefixes and doc[begin - 1].whitespace_ == "":
        code = t.dollar_prefixes[doc[begin - 1].text]
        begin -= 1
    word = {"USD": "dollar", "EUR": "euro", "GBP": "pound", "JPY": "yen", "KRW": "won", "INR": "rupee",
            "RUB": "ruble", "UAH": "hryvnia", "ILS": "shekel", "CNY": "yuan", "CHF": "franc", "BRL": "real"}.get(code, "dollar")
    return begin, code, word


def _currency_after(doc: "Doc", end: int, has_scale: bool) -> tuple[int, str | None, str | None]:
    """(end, ISO 4217, unit lemma) of a currency word after the number ("61 trillion won")."""
    t = tables()
    if end >= len(doc):
        return end, None, None
    tok = doc[end]
    low = tok.lower_
    j = end
    prefix = None
    if tok.text in t.dollar_prefixes and end + 1 < len(doc) and doc[end + 1].lower_ in ("dollar", "dollars"):
        prefix = t.dollar_prefixes[tok.text]
        j += 1
        low = doc[j].lower_
    hit = t.currency_words.get(low)
    if hit is None:
        if tok.text in t.currency_symbols and tok.text.isalpha() and tok.text.isupper():
            return end + 1, t.currency_symbols[tok.text], {"USD": "dollar", "EUR": "euro"}.get(
                t.currency_symbols[tok.text], tok.text.lower())
        return end, None, None
    if low == "won" and not has_scale and tok.pos_ == "VERB" and doc[end - 1].pos_ != "NUM":
        return end, None, None
    return j + 1, prefix or hit[1], hit[0]


def _percent_after(doc: "Doc", end: int) -> int:
    if end >= len(doc):
        return end
    tok = doc[end]
    if tok.text == "%":
        return end + 1
    if tok.lower_ in ("percent", "pct", "percentage"):
        if tok.lower_ == "percentage" and end + 1 < len(doc) and doc[end + 1].lower_ in ("point", "points"):
            return end + 2
        return end + 1 if tok.lower_ != "percentage" else end
    if tok.lower_ == "per" and end + 1 < len(doc) and doc[end + 1].lower_ == "cent":
        return end + 2
    return end


def _is_country_word(tok: "Token") -> bool:
    """A country or demonym modifier inside a noun phrase ("U.S.", "North Korean", "Russia's")."""
    return tok.ent_type_ in ("GPE", "NORP") and tok.dep_ in ("compound", "amod", "nmod", "poss", "case") \
        or tok.tag_ == "POS"


def _noun_run(doc: "Doc", j: int) -> "Token | None":
    """Head of the noun phrase that starts at token ``j`` (after a number), else None.

    Country words ("U.S.", "North Korean") and model designations ("F-35A", "Virginia-class")
    are modifiers; a designation with no noun after it is the head ("48 F-35As").
    """
    n = len(doc)
    sent_end = doc[j - 1].sent.end if j > 0 else n
    head = None
    designation = None
    k = j
    while k < min(n, sent_end):
        tok = doc[k]
        if tok.is_space:
            break
        if tok.ent_iob_ == "B" and tok.ent_type_ in _DATE_ENT_LABELS and _names_time(doc, k):
            break  # "rose 15,000 last week": the date is not what is counted
        if tok.text.isdigit() and designation is None and k + 1 < n and doc[k + 1].pos_ in ("NOUN", "PROPN", "ADJ"):
            glued = doc[k - 1].text in ("-", "–") and doc[k - 1].whitespace_ == ""
            if (head is None and not glued and (k > j or num.is_number_word(doc[k - 1].text))) \
                    or (head is not None and head.pos_ == "PROPN" and glued):
                k += 1  # a model number inside the phrase: "five new 737 aircraft", "14 Airbus A330-200 airliners"
                continue
        if head is None and designation is None and _is_country_word(tok) and k + 1 < n \
                and doc[k + 1].pos_ in ("NOUN", "PROPN", "ADJ", "NUM", "PART"):
            k += 1
            continue
        if num.is_designation(tok.text):
            designation = tok
            k += 1
            continue
        if tok.pos_ in ("NOUN", "PROPN") and not (tok.pos_ == "PROPN" and "." in tok.text):
            if tok.ent_type_ in _DATE_ENT_LABELS and tok.lower_ in ("today", "tomorrow", "yesterday"):
                break
            head = tok
            nxt = doc[k + 1] if k + 1 < n else None
            if tok.tag_ in ("NNS", "NNPS") and not (nxt is not None and nxt.pos_ in ("NOUN", "PROPN")
                                                    and tok.dep_ == "compound"):
                break
            k += 1
            continue
        if head is None or (head.tag_ in ("NN", "NNP") and head.dep_ in ("compound", "amod", "nmod")
                            and head.i < head.head.i <= k + 3):
            if tok.pos_ == "ADJ" or tok.tag_ in ("VBN", "VBG", "JJ", "JJR") or tok.lower_ in _PRE_MODIFIERS:
                k += 1
                continue
            if tok.pos_ == "ADV" and k + 1 < n and doc[k + 1].pos_ == "ADJ":
                k += 1
                continue
        if tok.text in ("-", "–") and tok.whitespace_ == "" and doc[k - 1].whitespace_ == "":
            k += 1  # "active-duty", "Virginia-class"
            continue
        if tok.text == "," and head is None and k > j and doc[k - 1].pos_ == "ADJ" and k + 1 < n \
                and doc[k + 1].pos_ == "ADJ":
            k += 1  # "two large, modern warships"
            continue
        break
    if designation is not None and (head is None or head.i < designation.i):
        return designation  # "48 F-35As", "eight long-haul A330s"
    return head


def _names_time(doc: "Doc", k: int) -> bool:
    """True when the date entity starting at token ``k`` names a time ("last week", "Thursday"),
    not only a frequency word ("weekly")."""
    units = tables().time_units
    n = len(doc)
    while k < n:
        tok = doc[k]
        if tok.pos_ == "PROPN" or tok.lower_ in ("today", "tomorrow", "yesterday", "tonight") \
                or singular(tok) in units:
            return True
        k += 1
        if k >= n or doc[k].ent_iob_ != "I":
            return False
    return False


def _range_link(doc: "Doc", end: int) -> int | None:
    """Start of the number that closes a range or partition opened by the number ending at ``end``
    ("between 5,000 and 7,000 troops", "23 of 25 drones", "12 of the 15 members"), else None."""
    n = len(doc)
    if end + 1 >= n or doc[end].lower_ not in _RANGE_LINKS:
        return None
    k = end + 1
    if doc[end].lower_ == "of":
        while k < n and k <= end + 2 and doc[k].lower_ in ("the", "its", "their", "those", "these"):
            k += 1
    return k if k < n and _starts_number(doc, k) else None


def _counted(doc: "Doc", start: int, end: int, value: float | int) -> tuple["Token | None", int]:
    """(counted noun, last token index of the phrase) after a number ending at ``end``."""
    n = len(doc)
    if end >= n:
        return None, end
    tok = doc[end]
    if tok.lower_ == "of":
        k = end + 1
        while k < n and (doc[k].pos_ in ("DET", "PRON") or doc[k].tag_ == "PRP$"):
            k += 1
        for m in range(k + 1, min(n, k + 4)):  # a possessor: "20 of Boeing's larger 777 planes"
            if doc[m].tag_ == "POS":
                if all(t.pos_ == "PROPN" for t in doc[k:m]):
                    k = m + 1
                break
            if doc[m].pos_ != "PROPN":
                break
        head = _noun_run(doc, k)
        return head, (head.i if head is not None else end - 1)
    head = _noun_run(doc, end)
    if head is not None and head.tag_ == "NN" and value != 1 and head.lower_ not in _INVARIANT \
            and head.lower_ not in tables().equipment and head.i + 1 < n and doc[head.i + 1].pos_ == "CCONJ":
        # A singular noun after a plural number is a modifier whose head comes after a coordinated
        # modifier: "two army and three navy bases", "two defence and two foreign minister meetings".
        for k in range(head.i + 2, min(n, head.i + 10)):
            t = doc[k]
            if t.is_punct:
                break
            if t.tag_ in ("NNS", "NNPS") and t.dep_ != "compound":
                return t, head.i
    return head, (head.i if head is not None else end - 1)


def _unit_of(doc: "Doc", head: "Token") -> str:
    """Unit lemma of a counted noun, with its compound when the two form a known unit
    ("service members" -> "service member", "aircraft carriers" -> "aircraft carrier")."""
    if num.is_designation(head.text):
        text = head.text
        for suffix in ("'s", "’s", "s"):
            if text.endswith(suffix) and not text[: -len(suffix)].endswith("-"):
                text = text[: -len(suffix)]
                break
        return text.lower()
    base = singular(head)
    k = head.i - 1
    if k >= 0 and doc[k].dep_ == "compound" and doc[k].head.i == head.i and doc[k].pos_ == "NOUN":
        two = f"{doc[k].lower_} {base}"
        if two in tables().multiword:
            return two
    return base


def _is_name_number(doc: "Doc", start: int, end: int) -> bool:
    """Numbers inside names and references: "Resolution 2397", "COVID-19", "6G", "S. 1605"."""
    t = tables()
    first, last = doc[start], doc[end - 1]
    if start > 0:
        prev = doc[start - 1]
        if prev.lower_ in t.name_heads or prev.lower_.rstrip(".") in t.name_heads:
            return True
        if prev.text == "." and start > 1 and doc[start - 2].lower_ in t.name_heads:
            return True  # "sec. 2" split into three tokens
        if prev.pos_ == "PROPN" and "." in prev.text and len(prev.text) > 2 \
                and prev.ent_type_ not in ("GPE", "NORP") and not num.is_comma_grouped(first.text):
            return True  # "O.L.C. 124", "U.S.C. 2701": citations
        if prev.lower_ in _AGE_WORDS:
            return True  # "aged 71": an age, like a duration, is not a count
        if prev.text == "-" and prev.whitespace_ == "" and start > 1 and doc[start - 2].whitespace_ == "" \
                and doc[start - 2].is_alpha:
            return True  # "COVID-19"
        if prev.whitespace_ == "" and prev.is_alpha:
            return True
        if prev.text in ("'", "’") and prev.whitespace_ == "" and len(first.text) == 2 and first.text.isdigit() \
                and (start < 2 or doc[start - 2].whitespace_ != ""):
            return True  # "iLife '11", "class of '08": a year
    if last.whitespace_ == "" and end < len(doc):
        nxt = doc[end]
        if nxt.is_alpha and nxt.lower_ not in num.SCALES and nxt.lower_ not in t.currency_words \
                and nxt.lower_ not in t.measures:
            return True  # "6G", "5G"; but "30GB", "500km" measure
    return False


def _is_list_number(doc: "Doc", start: int, end: int) -> bool:
    if end < len(doc) and doc[end].text == ")":
        return True  # "1) develop", "(2)"
    if end < len(doc) and doc[end].lower_ in ("st", "nd", "rd", "th"):
        return True  # an ordinal whose suffix was markup ("75<sup>th</sup>")
    if doc[start].is_sent_start and end < len(doc) and doc[end].text in (".", ")") and end == start + 1:
        return True
    return False


def _glued_hyphen(doc: "Doc", start: int, end: int) -> bool:
    """"two-way", "three-year", "1966-1981", "202-456-1111": not counts; but a measure ("a 3.5-inch
    display") and a range of counts ("200-250 seats") are."""
    if end < len(doc) and doc[end].text in ("-", "–") and doc[end - 1].whitespace_ == "" \
            and doc[end].whitespace_ == "":
        return _hyphen_measure(doc, end) is None and not _hyphen_range(doc, end - 1)
    if start > 1 and doc[start - 1].text in ("-", "–") and doc[start - 1].whitespace_ == "" \
            and doc[start - 2].whitespace_ == "" and (num.is_numeral(doc[start - 2].text)):
        return not _hyphen_range(doc, start - 2)
    return False


def _hyphen_measure(doc: "Doc", hyphen: int) -> "Token | None":
    """The measure word glued by a hyphen after a numeral ("3.5-inch", "500-km"), else None."""
    if hyphen + 1 >= len(doc) or not num.is_numeral(doc[hyphen - 1].text):
        return None
    unit = doc[hyphen + 1]
    return unit if singular(unit) in tables().measures else None


def _hyphen_range(doc: "Doc", left: int) -> bool:
    """True for a glued range of counts, "200-250 seats": two whole numerals, rising, not years,
    not part of a longer chain ("202-456-1111"), before a plural noun."""
    right = left + 2
    n = len(doc)
    if right + 1 >= n or not (doc[left].text.isdigit() and doc[right].text.isdigit()):
        return False
    if (left > 0 and doc[left - 1].text in ("-", "–") and doc[left - 1].whitespace_ == "") \
            or (doc[right].whitespace_ == "" and doc[right + 1].text in ("-", "–")):
        return False
    a, b = int(doc[left].text), int(doc[right].text)
    if a >= b or (_looks_like_year(doc[left].text) and _looks_like_year(doc[right].text)):
        return False
    nxt = doc[right + 1]
    return nxt.tag_ in ("NNS", "NNPS") or (nxt.pos_ == "ADJ" and right + 2 < n and doc[right + 2].tag_ == "NNS")


# Words before a bare four-digit number that make it a year even before a plural noun
# ("the 2000 elections", "in 2000 troops left"); kept in step with pipeline.dates.
_YEAR_CUES = frozenset({"the", "in", "by", "since", "until", "till", "before", "after", "during", "through"})


def _looks_like_year(text: str) -> bool:
    return text.isdigit() and len(text) == 4 and 1000 <= int(text) <= 2199


# ---- owner and location ------------------------------------------------------------------

def _entity_code(ent, labels: frozenset[str]) -> str | None:
    if ent.label in labels and ent.country:
        return ent.country
    if ent.label == "ORG" and "ORG" in labels and gazetteer.load().organization(ent.name):
        return ent.country
    return None


def _ref(doc: "Doc", tok: "Token", entities: "EntityIndex", labels: frozenset[str], *,
         places: bool = False) -> Ref | None:
    """The country a token names: an entity with a country, else (``places``) a place below country
    level ("Darwin", "Texas") or an institution ("the Pentagon") from ``places.json``."""
    if not tok.ent_type_ and tok.pos_ != "PROPN":
        return None
    ent = entities.for_doc_span(doc, tok)
    if ent is not None:
        code = _entity_code(ent, labels)
        if code is not None:
            return Ref(entity=ent.id, country=code)
    if not places or tok.pos_ != "PROPN" or (tok.i + 1 < len(doc) and doc[tok.i + 1].text in ("-", "–")):
        return None  # "Virginia-class" is a name, not Virginia
    name = ent.name if ent is not None else tok.text
    code = place_country(name) or (ent is None and tok.i > 0 and place_country(f"{doc[tok.i - 1].text} {tok.text}"))
    if not code and ("GPE" in labels or "NORP" in labels):
        code = institution_country(name)
    if code:
        return Ref(entity=ent.id if ent is not None else None, country=code)
    return None


def _np_owner(doc: "Doc", noun: "Token", entities: "EntityIndex", labels: frozenset[str]) -> Ref | None:
    """A country word modifying ``noun``: "US troops", "Japan's pledge", "South Korean military"."""
    for child in noun.children:
        if child.dep_ in ("compound", "amod", "poss", "nmod") and child.i != noun.i:
            ref = _ref(doc, child, entities, labels, places=child.dep_ == "poss")
            if ref is not None:
                return ref
            for grand in child.children:
                if grand.dep_ in ("compound", "amod"):
                    ref = _ref(doc, grand, entities, labels)
                    if ref is not None:
                        return ref
    return None


def _verb_of(node: "Token") -> "Token | None":
    """The verb whose object or subject ``node`` is, or whose "to/by" phrase holds it
    ("raise spending to 413 billion euros")."""
    if node.dep_ in ("dobj", "attr", "ccomp", "oprd", "nsubjpass", "dative") and node.head.pos_ in ("VERB", "AUX"):
        return node.head
    if node.dep_ == "pobj" and node.head.lower_ in ("to", "by") and node.head.head.pos_ == "VERB":
        return node.head.head
    return None


def _subject_owner(doc: "Doc", verb: "Token", entities: "EntityIndex", labels: frozenset[str]) -> Ref | None:
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ in ("xcomp", "conj", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    for subj in subjects:
        ref = _ref(doc, subj, entities, labels | {"ORG"}, places=True) or _np_owner(doc, subj, entities, labels)
        if ref is not None:
            return ref
    return None


def owner_of(doc: "Doc", start: int, head: "Token", entities: "EntityIndex",
             labels: frozenset[str] = _OWNER_LABELS, *, verb_subject: bool = True) -> Ref | None:
    """Whose the counted thing is: a country word in the phrase, a possessor, an apposition's
    possessor, or the subject of a verb of having, giving, sending or firing."""
    for k in range(start, head.i):
        tok = doc[k]
        if tok.ent_type_ in _OWNER_LABELS:
            ref = _ref(doc, tok, entities, labels)
            if ref is not None:
                return ref
    ref = _np_owner(doc, head, entities, labels)
    if ref is not None:
        return ref
    # Climb "of"-chains and appositions of nouns: "Japan's pledge of $2 billion", "a battalion of 800
    # French soldiers", "the country's military, 500,000 personnel".
    node = head
    for _ in range(3):
        if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ in ("NOUN", "PROPN"):
            node = node.head.head
        elif node.dep_ == "appos" and node.head.pos_ in ("NOUN", "PROPN"):
            node = node.head
        else:
            break
        ref = _np_owner(doc, node, entities, labels)
        if ref is not None:
            return ref
    if not verb_subject:
        return None
    if node.dep_ == "conj" and node.head.pos_ in ("NOUN", "PROPN"):
        node = node.head  # "launched 120 missiles and 90 drones": both belong to the subject
    verb = _verb_of(node)
    if verb is None:
        return None
    lemma = verb.lemma_.lower()
    if (lemma == "be" and node.dep_ == "attr") or node.dep_ == "pobj":
        # "Seoul's defence budget is 61.2 trillion won", "China's budget will grow 7.2% to 1.78
        # trillion yuan": the amount is the subject's, whose owner is its possessor.
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        ref = _np_owner(doc, subj, entities, labels) if subj is not None else None
        if ref is not None or lemma == "be":
            return ref
    if lemma not in _OWNER_VERBS:
        return None
    return _subject_owner(doc, verb, entities, labels)


def _place_noun(doc: "Doc", pobj: "Token", entities: "EntityIndex") -> Ref | None:
    """Country of a place phrase: a named place ("Poland", "Darwin"), "Rota, Spain", or a place noun
    with a country possessor or modifier ("Russia's Kursk region", "the Kursk region")."""
    ref = _ref(doc, pobj, entities, _PLACE_LABELS, places=True)
    if ref is not None:
        return ref
    if pobj.pos_ == "PROPN" and (pobj.ent_type_ in _PLACE_LABELS or pobj.ent_type_ == ""):
        for c in pobj.children:
            if c.dep_ in ("conj", "appos") and c.i == pobj.i + 2 and doc[pobj.i + 1].text == ",":
                return _ref(doc, c, entities, _PLACE_LABELS, places=True)  # "Rota, Spain"
    if pobj.pos_ == "NOUN" and pobj.lower_ not in _EDGE_NOUNS:
        for c in pobj.children:
            if c.dep_ in ("poss", "compound") and c.i < pobj.i:
                ref = _ref(doc, c, entities, _PLACE_LABELS, places=True)
                if ref is not None:
                    return ref
    return None


def _place_under(doc: "Doc", node: "Token", entities: "EntityIndex", depth: int = 1,
                 extra: frozenset[str] = frozenset()) -> Ref | None:
    for child in node.children:
        if child.dep_ == "prep" and (child.lower_ in _LOCATION_PREPS or child.lower_ in extra):
            for pobj in child.children:
                if pobj.dep_ == "pcomp" and pobj.lower_ == "of":  # "out of Mali"
                    pobj = next((c for c in pobj.children if c.dep_ == "pobj"), pobj)
                if pobj.dep_ not in ("pobj", "pcomp"):
                    continue
                ref = _place_noun(doc, pobj, entities)
                if ref is not None:
                    return ref
                if depth > 0 and pobj.pos_ in ("NOUN", "PROPN") and pobj.lower_ not in _EDGE_NOUNS:
                    ref = _place_under(doc, pobj, entities, depth - 1, extra | {"on"})
                    if ref is not None:
                        return ref
    return None


def location_of(doc: "Doc", head: "Token", entities: "EntityIndex", category: str = "count") -> Ref | None:
    """Where the counted thing is: "in/to/at <place>" on the noun, a participle on it, the noun it
    belongs to ("a battalion of 800 soldiers stationed in ..."), or its verb."""
    extra = frozenset({"for"}) if category == "money" else frozenset()
    ref = _place_under(doc, head, entities, extra=extra)
    if ref is not None:
        return ref
    node = head
    for _ in range(3):
        for child in node.children:
            if child.dep_ in ("acl", "relcl") and child.pos_ in ("VERB", "AUX"):
                ref = _place_under(doc, child, entities, depth=0)
                if ref is not None:
                    return ref
        if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ in ("NOUN", "PROPN"):
            node = node.head.head
            ref = _place_under(doc, node, entities, depth=0)
            if ref is not None:
                return ref
        elif node.dep_ == "conj" and node.head.pos_ in ("NOUN", "PROPN", "NUM"):
            node = node.head  # "900 troops in Syria and 2,500 in Iraq"
        else:
            break
    verb = None
    if node.dep_ in ("dobj", "nsubjpass", "attr", "dative"):
        verb = node.head
    elif node.dep_ == "nsubj" and (category in ("personnel", "equipment") or
                                   node.head.lemma_.lower() in _PRESENCE_VERBS):
        verb = node.head
    elif node.dep_ == "pobj" and node.head.lower_ in ("to", "by") and category == "money":
        verb = node.head.head
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    lemma = verb.lemma_.lower()
    if lemma == "host":
        for c in verb.children:
            if c.dep_ == "nsubj":
                ref = _ref(doc, c, entities, _PLACE_LABELS | {"GPE"}, places=True)
                if ref is not None:
                    return ref
    if lemma in _WITHDRAW_VERBS:
        extra = extra | _FROM_PREPS
    # One level down: "killed in a strike on Odesa", "deployed to a base in Poland".
    return _place_under(doc, verb, entities, depth=1, extra=extra)


# ---- the stage ---------------------------------------------------------------------------

@dataclass
class _Found:
    start: int  # first token of the phrase (qualifier included)
    num_start: int
    num_end: int
    ev_start: int  # first token of the numeric expression (currency symbol included)
    ev_end: int
    text_end: int  # last token index of the phrase (inclusive)
    value: float | int
    qualifier: str | None
    approximate: bool
    unit: str | None
    category: str
    currency: str | None
    head: "Token | None"
    borrow: bool = False
    """no noun of its own: takes the unit of the next number ("between 5,000 and 7,000 troops")"""
    bare: bool = False
    """kept without a unit when borrowing finds none"""
    source: "_Found | None" = None
    """the quantity whose unit (and owner, when it has none) an elliptic number borrowed"""


def _after_name(doc: "Doc", start: int) -> bool:
    """A small numeral right after a proper name is part of it ("Fortune 500", "Boeing 737",
    "iPhone 4", "FTSE 100")."""
    if start == 0:
        return False
    prev = doc[start - 1]
    return (prev.pos_ == "PROPN" and prev.is_title is not False or _brand_like(prev.text)) \
        and not prev.is_sent_start and prev.ent_type_ not in ("GPE", "NORP", "DATE", "TIME") \
        and prev.whitespace_ != "" and not num.is_comma_grouped(doc[start].text)


def _brand_like(text: str) -> bool:
    """"iPhone", "iOS" (a capital after a lower-case start) or "FTSE", "DAX" (all capitals): a name
    whose number is part of it even before a plural ("DAX 30 indices", "iPhone 4 owners")."""
    return 1 < len(text) and text.isalpha() and (
        text.isupper() and len(text) <= 5 or (text[0].islower() and not text.islower()))


def _candidate(doc: "Doc", start: int, end: int, previous: list[_Found]) -> _Found | None:
    words = [t.text for t in doc[start:end]]
    first = doc[start]
    if first.lower_ == "zero" or (len(words) == 1 and first.lower_ == "one" and end < len(doc)
                                  and (doc[end].lower_ in ("of", "another", "day", "time", "way", "side")
                                       or doc[end].lower_ == "point" and start > 0 and doc[start - 1].lower_ == "at")):
        return None
    if len(first.text) > 1 and first.text[0] == "0" and first.text[1].isdigit():
        return None  # "serial number 001", "007": an identifier
    value = num.parse([w.lstrip("~≈") for w in words])
    if value is None:
        return None
    cur_start, currency, cur_unit = _currency_before(doc, start)
    has_scale = any(w.lower() in num.SCALES for w in words[1:]) or not num.is_numeral(words[-1]) or \
        (num.is_numeral(words[-1]) and words[-1][-1].isalpha())
    if currency is None:
        ev_end, currency, cur_unit = _currency_after(doc, end, has_scale)
    else:
        ev_end = end
    pct_end = _percent_after(doc, end) if currency is None else end
    is_percent = pct_end > end
    if is_percent:
        ev_end = pct_end
    if currency is None and not is_percent:
        if _is_name_number(doc, start, end) or _is_list_number(doc, start, end) or _glued_hyphen(doc, start, end):
            return None
        if any(t.ent_type_ in _NAME_ENT_LABELS for t in doc[start:end]) and not num.is_comma_grouped(first.text):
            return None
    q_start, qualifier, approximate = _qualifier(doc, cur_start)
    head = None
    borrow = bare = False
    text_end = ev_end - 1
    if currency is not None:
        unit, category = cur_unit, "money"
        value = num.normalize(value)
    elif is_percent:
        unit, category = "percent", "percent"
    else:
        n = len(doc)
        glued = end < n and doc[end - 1].whitespace_ == "" and (
            doc[end].lower_ in tables().measures and doc[end].is_alpha or
            doc[end].text in ("-", "–") and _hyphen_measure(doc, end) is not None)
        if not glued and end < n and doc[end].is_alpha and singular(doc[end]) in tables().measures \
                and doc[end].lower_ not in num.SCALES:
            glued = True  # "a 2 GHz model", "a 10 mile radius": the measure, not the noun after it
        if glued:  # "500km of wiring", "a 3.5-inch display": the measure is the unit, not the noun after it
            head = doc[end] if doc[end].is_alpha else doc[end + 1]
            last = head.i
        else:
            head, last = _counted(doc, start, end, value)
        if head is not None and previous and previous[-1].head is not None and previous[-1].head.i == head.i \
                and previous[-1].num_end <= start \
                and not any(t.pos_ == "CCONJ" or t.is_punct for t in doc[previous[-1].num_end:start]):
            return None  # a model number inside a counted phrase: "five new 737 aircraft"
        if head is not None and not glued and first.text.isdigit() and len(words) == 1 and value > 1 \
                and qualifier is None and head.tag_ in ("NN", "NNP") and head.dep_ != "compound" \
                and doc[end].lower_ != "of" and head.lower_ not in _INVARIANT and head.lower_ not in _LEVEL_NOUNS \
                and head.ent_type_ not in ("ORG", "NORP", "GPE") and not num.is_designation(head.text) \
                and category_of(singular(head)) in ("count", "equipment"):
            return None  # a singular noun after a plural number: a model or series ("737 airliner", "500 index")
        unit = None
        if head is not None:
            unit = _unit_of(doc, head)
            text_end = max(last, head.i) if head.i - end < 8 else end - 1
            if unit in ("degree",) and head.i + 1 < len(doc) and doc[head.i + 1].lower_ in _TEMPERATURE:
                unit = f"degree {doc[head.i + 1].text}"
                text_end = head.i + 1
            elif head.lower_ in _TEMPERATURE and head.i > 0 and doc[head.i - 1].lower_ in ("degree", "degrees"):
                unit = f"degree {head.text}"
        elif (partner := _range_link(doc, end)) is not None:
            partner_head = _noun_run(doc, _extent(doc, partner))
            if partner_head is not None and singular(partner_head) in tables().time_units:
                return None  # "from 87 to 5 days": a range of durations
            borrow = True
            # Kept as a bare number when the range finds no noun ("from 2,000 to 2,500").
            bare = num.is_comma_grouped(first.text) or qualifier is not None \
                or (start > 0 and doc[start - 1].lower_ in _BARE_OK)
        elif end < len(doc) and doc[end].lower_ in _ELLIPSIS:
            sent_start = first.sent.start
            prior = [p for p in previous if p.num_start >= sent_start and p.unit]
            if prior:
                unit = prior[-1].unit
            text_end = end
        if unit is not None and unit.split()[-1] in tables().time_units:
            return None  # "five years", "three decades": durations are dates
        dated = any(t.ent_type_ in _DATE_ENT_LABELS for t in doc[start:end])
        if dated and not num.is_comma_grouped(first.text) and head is None and not borrow:
            return None
        if _looks_like_year(first.text) and len(words) == 1 and (
            head is None or (dated and (head.tag_ not in ("NNS", "NNPS") or start > 0 and
                                        doc[start - 1].lower_ in _YEAR_CUES
                                        or category_of(unit) not in ("personnel", "equipment")
                                        and not (start > 0 and doc[start - 1].pos_ in ("VERB", "AUX"))))
        ):
            return None  # "in 2000"; but "a force of 2000 soldiers" counts soldiers
        if head is None and unit is None and not borrow and not num.is_numeral(first.text) \
                and not _bare_word_counts(doc, start, end, value):
            return None  # a bare number word ("an attack on one") counts nothing
        if head is not None and not glued and head.pos_ == "PROPN" and head.ent_type_ in ("GPE", "PERSON") \
                and not head.lower_.endswith("s"):
            return None  # "2 Cavalry", "Boeing 737 Ethiopia": a name, not a count
        if head is not None and head.tag_ == "NNP" and len(head.text) <= 4 and head.i + 1 < len(doc) \
                and doc[head.i + 1].text == "." and head.whitespace_ == "":
            return None  # a citation's volume: "20 Op. O.L.C. 124", "531 U.S. 98"
        if num.is_numeral(first.text) and _after_name(doc, start) and (
                head is None or head.tag_ not in ("NNS", "NNPS") or _brand_like(doc[start - 1].text)):
            return None  # "the Fortune 500 list", "the S&P 500 index", "iPhone 4 owners"
        if head is None and unit is None and not borrow and num.is_numeral(first.text) \
                and not num.is_comma_grouped(first.text) and qualifier is None \
                and (start == 0 or doc[start - 1].lower_ not in _BARE_OK) and not _bare_numeral_counts(doc, start, end):
            return None  # a bare small numeral is a reference ("sec. 2", "(10 U.S.C.") more often than a count
        category = category_of(unit)
        if unit == "company" and head is not None and not _military_company(doc, head):
            category = "count"  # "three large American auto companies" are firms
        if head is None and unit is None and not borrow and len(words) > 1 and value >= 1_000_000:
            # "US$5 billion in aid on top of the four billion it received": the amount before sets the currency
            sent_start = first.sent.start
            prior = [p for p in previous if p.currency is not None and p.num_start >= sent_start
                     and start - p.num_end <= 12]
            if prior and _number_of_noun(doc, start) is None:
                unit, category, currency = prior[-1].unit, "money", prior[-1].currency
    return _Found(start=q_start, num_start=start, num_end=end, ev_start=cur_start, ev_end=ev_end,
                  text_end=text_end, value=value, qualifier=qualifier, approximate=approximate, unit=unit,
                  category=category, currency=currency, head=head, borrow=borrow, bare=bare)


# Nouns that name a value rather than count things: "the 5000 mark", "the 100 level".
_LEVEL_NOUNS = frozenset({"mark", "level", "threshold", "barrier", "milestone", "line", "figure", "point"})
# Modifiers that make "company" a military unit ("two infantry companies").
_COMPANY_CUES = frozenset({"infantry", "rifle", "tank", "armored", "armoured", "mechanized", "mechanised", "marine",
                           "commando", "airborne", "engineer", "artillery", "military", "army", "paratrooper",
                           "parachute", "reconnaissance", "combat", "guard", "guards", "special", "assault",
                           "security", "police", "support", "ranger", "motorized", "motorised"})


def _military_company(doc: "Doc", head: "Token") -> bool:
    """ "two infantry companies", "three companies of paratroopers", not "two auto companies"."""
    if any(t.lower_ in _COMPANY_CUES for t in head.lefts):
        return True
    k = head.i + 1
    if k + 1 < len(doc) and doc[k].lower_ == "of":
        nxt = _noun_run(doc, k + 1)
        return nxt is not None and category_of(singular(nxt)) == "personnel"
    return False


_DETERMINERS = frozenset({"the", "these", "those", "all", "both", "its", "their", "his", "her", "our", "your", "my",
                          "every", "each", "any", "top", "last", "first", "next"})
_BARE_DEPS = frozenset({"dobj", "pobj", "nsubj", "nsubjpass", "attr", "appos", "npadvmod"})


def _bare_word_counts(doc: "Doc", start: int, end: int, value: float | int) -> bool:
    """A number word without a noun that still counts or amounts to something: an elided noun
    ("the government will appoint six", "on top of the four billion it received")."""
    words = doc[start:end]
    if doc[start].is_title and not doc[start].is_sent_start:
        return False  # "the Ford Five Hundred", "the Big Three": a name
    if value >= 1000 and any(t.lower_ in num.SCALES for t in words):
        return True
    if value < 2 or (start > 0 and doc[start - 1].lower_ in _DETERMINERS):
        return False  # "the two met", "all three": people already named
    return doc[end - 1].dep_ in _BARE_DEPS


def _bare_numeral_counts(doc: "Doc", start: int, end: int) -> bool:
    """A bare numeral that is a count or level, not a reference: a decimal or signed value
    ("fell 344.65", "to -36"), the object of a verb ("eliminate 789"), a move ("down 100"), or a
    number a participle describes ("the 60 needed to pass")."""
    tok = doc[end - 1]
    if "." in tok.text or tok.text[:1] in ("-", "−"):
        return True
    if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and (start == 0 or doc[start - 1].lower_ not in _DETERMINERS):
        return True  # "eliminate 789"; but "shrink the 787" is a model
    if start > 0 and doc[start - 1].lower_ in ("down", "up"):
        return True
    return end < len(doc) and doc[end].tag_ == "VBN" and doc[end].dep_ == "acl"


def _number_of_noun(doc: "Doc", start: int) -> "Token | None":
    """The noun in "the number of <noun> ... from 2,000 to 2,500" for a bare number."""
    sent = doc[start].sent
    for tok in sent:
        if tok.i >= start:
            break
        if tok.lower_ in ("number", "total", "count") and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "of":
            pobjs = [c for c in doc[tok.i + 1].children if c.dep_ == "pobj" and c.i < start]
            if pobjs:
                return pobjs[-1]
    return None


def _borrow_units(doc: "Doc", found: list[_Found]) -> list[_Found]:
    """Give nounless numbers the unit of the number they go with; drop those that find none."""
    out: list[_Found] = []
    # Right to left, so that "between 5,000 and 7,000 troops" sees 7,000's unit first.
    for k in range(len(found) - 1, -1, -1):
        f = found[k]
        if f.borrow:
            nxt = found[k + 1] if k + 1 < len(found) else None
            if nxt is not None and nxt.unit is not None and nxt.unit.split()[-1] in tables().time_units:
                continue  # "from 87 to 5 days" is a duration
            if nxt is None or nxt.unit is None or nxt.num_start > f.num_end + 3:
                if f.bare:
                    out.append(f)
                continue
            f.unit, f.category, f.currency, f.source = nxt.unit, nxt.category, nxt.currency, nxt
            if nxt.currency is not None:
                f.ev_end = f.num_end
        out.append(f)
    out.reverse()
    by_head = {f.head.i: f for f in out if f.head is not None}
    for f in out:
        if f.unit is not None or f.currency is not None:
            continue
        tok = doc[f.num_end - 1]
        if tok.dep_ == "conj":
            src = by_head.get(tok.head.i) or next((p for p in out if p.num_start <= tok.head.i < p.num_end), None)
            if src is not None and src.unit is not None and src is not f:
                f.unit, f.category, f.source = src.unit, src.category, src
    return out


def extract_quantities(doc: "Doc", entities: "EntityIndex") -> tuple[Quantity, ...]:
    """Find every numeric mention that counts or measures something.

    Args:
        doc: A Doc from :func:`pipeline.nlp.process` or :func:`pipeline.nlp.pipe`.
        entities: The article's entities (for owner and location).

    Returns:
        Quantities in text order, ids ``Q1``, ``Q2``, ...
    """
    found: list[_Found] = []
    consumed = 0
    for i in _number_starts(doc):
        if i < consumed or not _starts_number(doc, i):
            continue
        end = _extent(doc, i)
        cand = _candidate(doc, i, end, found)
        if cand is not None:
            found.append(cand)
        consumed = end
    found = _borrow_units(doc, found)
    out: list[Quantity] = []
    refs: dict[int, tuple[Ref | None, Ref | None]] = {}
    for k, f in enumerate(found, 1):
        head = f.head
        unit = f.unit
        category = f.category
        owner = location = None
        if head is None and unit is None and f.currency is None and f.category == "count":
            noun = _number_of_noun(doc, f.num_start)
            if noun is not None:
                unit = singular(noun)
                category = category_of(unit)
        anchor = head
        if anchor is None and (f.currency is not None or f.source is not None):
            anchor = _money_anchor(doc, f) if f.currency is not None else doc[f.num_end - 1]
        if anchor is not None:
            labels = _OWNER_LABELS | ({"ORG"} if category in ("personnel", "equipment") else frozenset())
            owner = owner_of(doc, f.num_end, anchor, entities, frozenset(labels),
                             verb_subject=category in ("personnel", "equipment", "money"))
            location = location_of(doc, anchor, entities, category)
        if f.source is not None and id(f.source) in refs:
            src_owner, src_location = refs[id(f.source)]
            owner = owner or src_owner
            if f.source.num_start > f.num_start:  # a range shares its place: "2 to 3 brigades in Estonia"
                location = location or src_location
        if f.currency is not None and owner is None and location is None:
            owner, location = _converted(doc, f, found, refs)
        refs[id(f)] = (owner, location)
        start_char = doc[f.start].idx
        end_char = doc[f.text_end].idx + len(doc[f.text_end].text)
        text = " ".join(evidence(doc, start_char, end_char).text.split())
        ev = evidence(doc, doc[f.ev_start].idx, doc[f.ev_end - 1].idx + len(doc[f.ev_end - 1].text))
        out.append(Quantity(id=f"Q{k}", text=text, value=f.value, approximate=f.approximate, qualifier=f.qualifier,
                            unit=unit, category=category, currency=f.currency, owner=owner, location=location,
                            evidence=ev))
    return tuple(out)


def _money_anchor(doc: "Doc", f: _Found) -> "Token":
    """The token an amount of money hangs on: the currency word ("13.5 trillion roubles") or the noun
    the amount modifies ("a €100 billion special fund"), else its last number token."""
    if f.ev_end > f.num_end and doc[f.ev_end - 1].pos_ == "NOUN":
        return doc[f.ev_end - 1]
    tok = doc[f.num_end - 1]
    for _ in range(3):
        if tok.dep_ in ("nummod", "compound", "quantmod", "amod") and tok.head.i > tok.i \
                and tok.head.i - f.num_end < 4:
            tok = tok.head
            if tok.pos_ in ("NOUN", "PROPN"):
                break
        else:
            break
    return tok


def _converted(doc: "Doc", f: _Found, found: list[_Found], refs: dict) -> tuple[Ref | None, Ref | None]:
    """A converted amount in brackets shares the owner and place of the amount before it:
    "61 trillion won ($45 billion)"."""
    if f.ev_start == 0 or doc[f.ev_start - 1].text != "(":
        return None, None
    prev = next((p for p in reversed(found) if p.ev_end <= f.ev_start - 1), None)
    if prev is None or prev.currency is None or prev.ev_end != f.ev_start - 1 or id(prev) not in refs:
        return None, None
    return refs[id(prev)]
