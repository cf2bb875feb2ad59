"""Quantities stage: every number that counts or measures something, with what it counts.

Candidates are numerals ("28,500", "3bn", "~300") and cardinal number words ("two",
"twenty-five", "a dozen", "one billion") found by token patterns; spaCy's entity labels and the
dependency parse decide what is *not* a quantity (dates, durations, times, ordinals, numbers in
names, list numbering, phone numbers, hyphenated modifiers such as "two-way") and what is
counted:

- the counted noun is the head of the noun phrase the number starts ("28,500 US troops" ->
  "troop", "three Virginia class submarines" -> "submarine", "two of our partners" -> "partner");
  an elliptic "up to two more" borrows the unit of the previous quantity in the sentence;
- money takes its currency from a symbol ("$", "€", "US$") or a currency word ("61 trillion won");
- owner comes from a country word inside the phrase ("US troops"), a possessor ("the ROK's
  pledge of $130 million") or the subject of a verb of having or giving ("The South Korean
  military comprises about 450,000 troops"); location from "in/to/at <country>" attached to the
  noun, a participle on it ("stationed in South Korea") or its verb.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from . import gazetteer
from . import numbers as num
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

# Verbs whose subject owns the counted thing ("Russia has deployed 150,000 troops").
_OWNER_VERBS = frozenset({
    "have", "comprise", "number", "include", "field", "maintain", "keep", "deploy", "send", "station", "base",
    "commit", "provide", "pledge", "announce", "invest", "spend", "contribute", "allocate", "make", "give",
    "offer", "donate", "dispatch", "mobilize", "mobilise", "total", "boast", "operate", "possess", "own",
    "budget", "earmark", "allot", "grant", "lend", "loan", "withdraw", "pull", "move", "rotate", "amass",
    "mass", "position", "transfer", "redeploy", "order", "purchase", "buy", "acquire",
})
_LOCATION_PREPS = frozenset({"in", "to", "at", "into", "inside", "within", "across", "throughout", "near"})
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
              "series": "series", "species": "species", "means": "means", "headquarters": "headquarters"}
# Words after which a bare numeral is still a count or amount ("from 2,000 to 2,500").
_BARE_OK = frozenset({"from", "to", "than", "at", "by", "of", "between", "and", "reached", "reach", "totaled",
                      "totalled", "total", "numbered", "is", "are", "was", "were", "about", "nearly", "over"})
_TEMPERATURE = frozenset({"celsius", "fahrenheit", "centigrade"})


@dataclass(frozen=True)
class _Tables:
    personnel: frozenset[str]
    formations: frozenset[str]
    equipment: frozenset[str]
    equipment_military: frozenset[str]
    percent: frozenset[str]
    measures: frozenset[str]
    currency_symbols: dict[str, str]
    currency_words: dict[str, tuple[str, str]]
    dollar_prefixes: dict[str, str]
    time_units: frozenset[str]
    name_heads: frozenset[str]


@lru_cache(maxsize=1)
def tables() -> _Tables:
    """The unit gazetteer (``pipeline/data/units.json``), loaded once per process."""
    raw = json.loads(resources.files("pipeline.data").joinpath("units.json").read_text("utf-8"))
    return _Tables(
        personnel=frozenset(raw["personnel"]),
        formations=frozenset(raw["units"]),
        equipment=frozenset(raw["equipment"]),
        equipment_military=frozenset(raw["equipment_military_only"]),
        percent=frozenset(raw["percent"]),
        measures=frozenset(raw["measures"]),
        currency_symbols=dict(raw["currency_symbols"]),
        currency_words={k: (v[0], v[1]) for k, v in raw["currency_words"].items()},
        dollar_prefixes=dict(raw["dollar_prefixes"]),
        time_units=frozenset(raw["time_units"]),
        name_heads=frozenset(raw["name_heads"]),
    )


def category_of(unit: str | None) -> str:
    """Quantity category of a counted-noun lemma (currency and percent are decided earlier)."""
    t = tables()
    if unit is None:
        return "count"
    u = unit.lower()
    last = u.split()[-1]
    if u in t.personnel or last in t.personnel or u in t.formations or last in t.formations:
        return "personnel"
    if u in t.equipment or last in t.equipment:
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
    if num.is_ordinal(tok.text) or tok.ent_type_ == "ORDINAL":
        return False
    if low in num.SCALES and low not in ("hundred", "thousand", "million", "billion", "trillion"):
        return False  # a lone "m" or "k"
    return _is_num_token(tok)


def _extent(doc: "Doc", i: int) -> int:
    """End (exclusive) of the number starting at token ``i``."""
    j = i + 1
    n = len(doc)
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
    for q in _QUALIFIERS:
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


def _noun_run(doc: "Doc", j: int) -> "Token | None":
    """Head of the noun phrase that starts at token ``j`` (after a number), else None."""
    n = len(doc)
    sent_end = doc[j - 1].sent.end if j > 0 else n
    head = None
    k = j
    while k < min(n, sent_end):
        tok = doc[k]
        if tok.is_space:
            break
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
        if tok.text == "-" and tok.whitespace_ == "" and doc[k - 1].whitespace_ == "":
            k += 1
            continue
        break
    return head


def _counted(doc: "Doc", start: int, end: int) -> tuple["Token | None", int]:
    """(counted noun, last token index of the phrase) after a number ending at ``end``."""
    n = len(doc)
    if end >= n:
        return None, end
    tok = doc[end]
    if tok.lower_ == "of":
        k = end + 1
        while k < n and (doc[k].pos_ in ("DET", "PRON") or doc[k].tag_ == "PRP$"):
            k += 1
        head = _noun_run(doc, k)
        return head, (head.i if head is not None else end - 1)
    head = _noun_run(doc, end)
    if head is not None and head.tag_ == "NN" and head.i + 1 < n and doc[head.i + 1].pos_ == "CCONJ":
        # "two trilateral foreign minister and two vice foreign minister meetings": the shared head.
        for k in range(head.i + 2, min(n, head.i + 10)):
            t = doc[k]
            if t.is_punct:
                break
            if t.tag_ in ("NNS", "NNPS") and t.dep_ != "compound":
                return t, head.i
    return head, (head.i if head is not None else end - 1)


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
        if prev.pos_ == "PROPN" and "." in prev.text and len(prev.text) > 2:
            return True  # "O.L.C. 124", "U.S.C. 2701": citations
        if prev.text == "-" and prev.whitespace_ == "" and start > 1 and doc[start - 2].whitespace_ == "" \
                and doc[start - 2].is_alpha:
            return True  # "COVID-19"
        if prev.whitespace_ == "" and prev.is_alpha:
            return True
    if last.whitespace_ == "" and end < len(doc):
        nxt = doc[end]
        if nxt.is_alpha and nxt.lower_ not in num.SCALES and nxt.lower_ not in tables().currency_words:
            return True  # "6G", "5G"
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
    """"two-way", "three-year", "1966-1981", "202-456-1111": not counts."""
    if end < len(doc) and doc[end].text in ("-", "–") and doc[end - 1].whitespace_ == "" \
            and doc[end].whitespace_ == "":
        return True
    if start > 1 and doc[start - 1].text in ("-", "–") and doc[start - 1].whitespace_ == "" \
            and doc[start - 2].whitespace_ == "" and (num.is_numeral(doc[start - 2].text)):
        return True
    return False


def _looks_like_year(text: str) -> bool:
    return text.isdigit() and len(text) == 4 and 1000 <= int(text) <= 2199


# ---- owner and location ------------------------------------------------------------------

def _ref(doc: "Doc", tok: "Token", entities: "EntityIndex", labels: frozenset[str]) -> Ref | None:
    if not tok.ent_type_ and tok.pos_ != "PROPN":
        return None
    ent = entities.for_doc_span(doc, tok)
    if ent is None:
        return None
    if ent.label in labels and ent.country:
        return Ref(entity=ent.id, country=ent.country)
    if ent.label == "ORG" and "ORG" in labels and gazetteer.load().organization(ent.name):
        return Ref(entity=ent.id, country=ent.country)
    return None


def _np_owner(doc: "Doc", noun: "Token", entities: "EntityIndex", labels: frozenset[str]) -> Ref | None:
    """A country word modifying ``noun``: "US troops", "the ROK's pledge", "South Korean military"."""
    for child in noun.children:
        if child.dep_ in ("compound", "amod", "poss") and child.i != noun.i:
            ref = _ref(doc, child, entities, labels)
            if ref is not None:
                return ref
            for grand in child.children:
                if grand.dep_ in ("compound", "amod"):
                    ref = _ref(doc, grand, entities, labels)
                    if ref is not None:
                        return ref
    return None


def owner_of(doc: "Doc", start: int, head: "Token", entities: "EntityIndex",
             labels: frozenset[str] = _OWNER_LABELS, *, verb_subject: bool = True) -> Ref | None:
    """Whose the counted thing is: a country word in the phrase, a possessor, or the verb's subject."""
    for k in range(start, head.i):
        tok = doc[k]
        if tok.ent_type_ in _OWNER_LABELS:
            ref = _ref(doc, tok, entities, labels)
            if ref is not None:
                return ref
    ref = _np_owner(doc, head, entities, labels)
    if ref is not None:
        return ref
    # Climb "of"-chains of nouns: "the ROK's pledge of assistance of $130 million".
    node = head
    for _ in range(3):
        if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ in ("NOUN", "PROPN"):
            node = node.head.head
            ref = _np_owner(doc, node, entities, labels)
            if ref is not None:
                return ref
        else:
            break
    if not verb_subject:
        return None
    if node.dep_ in ("dobj", "attr", "ccomp", "oprd", "nsubjpass") and node.head.pos_ in ("VERB", "AUX"):
        verb = node.head
        if verb.lemma_.lower() not in _OWNER_VERBS:
            return None
        subjects = [c for c in verb.children if c.dep_ in ("nsubj",)]
        if not subjects and verb.dep_ in ("xcomp", "conj", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
            subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
        for subj in subjects:
            ref = _ref(doc, subj, entities, labels | {"ORG"}) or _np_owner(doc, subj, entities, labels)
            if ref is not None:
                return ref
    return None


def _place_under(doc: "Doc", node: "Token", entities: "EntityIndex", depth: int = 1) -> Ref | None:
    for child in node.children:
        if child.dep_ == "prep" and child.lower_ in _LOCATION_PREPS:
            for pobj in child.children:
                if pobj.dep_ != "pobj":
                    continue
                ref = _ref(doc, pobj, entities, _PLACE_LABELS)
                if ref is not None:
                    return ref
                if depth > 0 and pobj.pos_ in ("NOUN", "PROPN"):
                    ref = _place_under(doc, pobj, entities, depth - 1)
                    if ref is not None:
                        return ref
    return None


def location_of(doc: "Doc", head: "Token", entities: "EntityIndex") -> Ref | None:
    """Where the counted thing is: "in/to/at <place>" on the noun, a participle on it, or its verb."""
    ref = _place_under(doc, head, entities)
    if ref is not None:
        return ref
    for child in head.children:
        if child.dep_ in ("acl", "relcl") and child.pos_ in ("VERB", "AUX"):
            ref = _place_under(doc, child, entities, depth=0)
            if ref is not None:
                return ref
    if head.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") and head.head.pos_ in ("VERB", "AUX"):
        return _place_under(doc, head.head, entities, depth=0)
    return None


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


def _candidate(doc: "Doc", start: int, end: int, previous: list[_Found]) -> _Found | None:
    words = [t.text for t in doc[start:end]]
    first = doc[start]
    if first.lower_ == "zero" or (len(words) == 1 and first.lower_ == "one" and end < len(doc)
                                  and doc[end].lower_ in ("of", "another", "day", "time", "way", "side")):
        return None
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
    text_end = ev_end - 1
    if currency is not None:
        unit, category = cur_unit, "money"
        value = num.normalize(value)
    elif is_percent:
        unit, category = "percent", "percent"
    else:
        head, last = _counted(doc, start, end)
        unit = None
        if head is not None:
            unit = singular(head)
            text_end = max(last, head.i) if head.i - end < 8 else end - 1
            if unit in ("degree",) and head.i + 1 < len(doc) and doc[head.i + 1].lower_ in _TEMPERATURE:
                unit = f"degree {doc[head.i + 1].text}"
                text_end = head.i + 1
            elif head.lower_ in _TEMPERATURE and head.i > 0 and doc[head.i - 1].lower_ in ("degree", "degrees"):
                unit = f"degree {head.text}"
        elif end < len(doc) and doc[end].lower_ in _ELLIPSIS:
            sent_start = first.sent.start
            prior = [p for p in previous if p.num_start >= sent_start and p.unit]
            if prior:
                unit = prior[-1].unit
            text_end = end
        if unit is not None and unit.split()[-1] in tables().time_units:
            return None  # "five years", "two decades": durations are dates
        dated = any(t.ent_type_ in _DATE_ENT_LABELS for t in doc[start:end])
        if dated and not num.is_comma_grouped(first.text) and head is None:
            return None
        if _looks_like_year(first.text) and len(words) == 1 and (head is None or dated):
            return None
        if head is None and unit is None and not num.is_numeral(first.text):
            return None  # a bare number word ("an attack on one") counts nothing
        if head is not None and head.pos_ == "PROPN" and head.ent_type_ in ("GPE", "PERSON") \
                and not head.lower_.endswith("s"):
            return None  # "2 Cavalry", "Boeing 737 Ethiopia": a name, not a count
        if head is None and unit is None and num.is_numeral(first.text) and not num.is_comma_grouped(first.text) \
                and qualifier is None and (start == 0 or doc[start - 1].lower_ not in _BARE_OK):
            return None  # a bare small numeral is a reference ("sec. 2", "(10 U.S.C.") more often than a count
        category = category_of(unit)
    return _Found(start=q_start, num_start=start, num_end=end, ev_start=cur_start, ev_end=ev_end,
                  text_end=text_end, value=value, qualifier=qualifier, approximate=approximate, unit=unit,
                  category=category, currency=currency, head=head)


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


def extract_quantities(doc: "Doc", entities: "EntityIndex") -> tuple[Quantity, ...]:
    """Find every numeric mention that counts or measures something.

    Args:
        doc: A Doc from :func:`pipeline.nlp.process` or :func:`pipeline.nlp.pipe`.
        entities: The article's entities (for owner and location).

    Returns:
        Quantities in text order, ids ``Q1``, ``Q2``, ...
    """
    found: list[_Found] = []
    i = 0
    n = len(doc)
    while i < n:
        if not _starts_number(doc, i):
            i += 1
            continue
        end = _extent(doc, i)
        cand = _candidate(doc, i, end, found)
        if cand is not None:
            found.append(cand)
        i = end
    out: list[Quantity] = []
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
        if anchor is None and f.currency is not None:
            anchor = doc[f.num_end - 1]
        if anchor is not None:
            labels = _OWNER_LABELS | ({"ORG"} if category in ("personnel", "equipment") else frozenset())
            owner = owner_of(doc, f.num_end, anchor, entities, frozenset(labels),
                             verb_subject=category in ("personnel", "equipment", "money"))
            location = location_of(doc, anchor, entities)
        start_char = doc[f.start].idx
        end_char = doc[f.text_end].idx + len(doc[f.text_end].text)
        text = " ".join(evidence(doc, start_char, end_char).text.split())
        ev = evidence(doc, doc[f.ev_start].idx, doc[f.ev_end - 1].idx + len(doc[f.ev_end - 1].text))
        out.append(Quantity(id=f"Q{k}", text=text, value=f.value, approximate=f.approximate, qualifier=f.qualifier,
                            unit=unit, category=category, currency=f.currency, owner=owner, location=location,
                            evidence=ev))
    return tuple(out)
