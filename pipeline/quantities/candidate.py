"""One candidate quantity: a number with its qualifier, currency or percent sign and counted
noun, or the reasons it is not a quantity (a year, a name, a bare reference)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import numbers as num
from ..knowledge.units import currency_unit, singular, tables
from ..knowledge.wordlists import word_set
from .governor import glued_plus, is_fraction, is_multiplier
from .detect import (
    after_name,
    brand_like,
    glued_hyphen,
    hyphen_measure,
    is_list_number,
    is_name_number,
    is_restart,
    number_end,
    plus_bound,
    qualifier_before,
    range_link,
)
from .ellipsis import how_many_noun, of_whom_noun, people_verb
from .lexicon import (
    BARE_DEPS,
    BARE_OK,
    DATE_ENT_LABELS,
    DETERMINERS,
    DISCOURSE_ONE,
    ELLIPSIS,
    INVARIANT,
    LEVEL_NOUNS,
    NAME_ENT_LABELS,
    TEMPERATURE,
    YEAR_CUES,
    category_of,
    looks_like_year,
    unity_one,
)
from .measures import area_word, glued_parts, is_measure_word, measure
from .units import counted_noun, currency_after, currency_before, military_company, noun_run, percent_after, unit_of

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Token

@dataclass
class Found:
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
    source: "Found | None" = None
    """the quantity whose unit (and owner, when it has none) an elliptic number borrowed"""
    per: str | None = None
    """denominator of a rate ("barrels per day" -> "day")"""
    high: float | int | None = None
    """upper end of a range ("5 to 7 per cent")"""


def _share(part: "Token", whole: "Token") -> bool:
    """ "N in M" is a share when both are small numbers (no year) and N is less than M ("four in
    five"; "12 in six boxes" is where twelve things are)."""
    small = [num.is_number_word(t.text) or t.text.isdigit() and len(t.text) <= 3 for t in (part, whole)]
    if not all(small):
        return False
    n, m = num.parse([part.text]), num.parse([whole.text])
    return n is not None and m is not None and n < m


def find_candidate(doc: "Doc", start: int, end: int, previous: list[Found]) -> Found | None:
    words = [t.text for t in doc[start:end]]
    first = doc[start]
    if first.lower_ == "zero" or (len(words) == 1 and first.lower_ == "one" and end < len(doc)
                                  and (doc[end].lower_ in ("of", "another", "day", "time", "way", "side")
                                       or doc[end].lower_ == "point" and start > 0 and doc[start - 1].lower_ == "at")):
        return None
    if len(words) == 1 and first.lower_ == "one" and (noun := noun_run(doc, end)) is not None \
            and (noun.tag_ == "NN" or noun.lower_ == "people") \
            and (noun.lower_ in DISCOURSE_ONE or unity_one(doc, start, noun)):
        # "one thing", "one important example": a determiner, not a count; "under one roof",
        # "merged into one agency": one whole, no count
        return None
    if len(first.text) > 1 and first.text[0] == "0" and first.text[1].isdigit():
        return None  # "serial number 001", "007": an identifier
    if start >= 2 and doc[start - 1].lower_ == "in" and _share(doc[start - 2], first):
        return None  # "one in five flights", "four in 10 adults": a proportion, not a count of five flights
    if end + 2 < len(doc) and doc[end].lower_ == "in" and end - start == 1 and _share(first, doc[end + 1]) \
            and doc[end + 2].is_alpha:
        return None  # "nearly 1 in 4 people": the share's numerator counts nothing either
    plus = plus_bound(words)
    if plus:
        if end < len(doc) and doc[end].lower_ in ("year", "month", "week", "day", "hour", "decade"):
            return None  # "a 20-plus year veteran": a duration used as an adjective
        words = words[:-2]  # "10,000-plus" is 10,000 with the bound "plus"
    glued_first, glued_last = glued_parts(words[0]), glued_parts(words[-1])
    if glued_first is not None:
        words[0] = glued_first.numeral
    if glued_last is not None and end - start > 1:
        words[-1] = glued_last.numeral
    value = num.parse([w.lstrip("~≈") for w in words])
    if value is None:
        return None
    glued_unit = glued_last.unit if glued_last is not None else None
    if glued_first is not None and glued_first.currency is not None:
        # "USD10m", "EUR5bn", "118.5p": the currency is inside the token
        cur_start, currency = start, glued_first.currency
        cur_unit = glued_unit if glued_unit is not None else currency_unit(currency)
        glued_unit = None
        ev_end = end
    else:
        cur_start, currency, cur_unit = currency_before(doc, start)
        has_scale = any(num.scale_word(w) for w in words[1:]) or not num.is_numeral(words[-1]) or \
            (num.is_numeral(words[-1]) and words[-1][-1].isalpha())
        if currency is None and glued_unit is None:
            ev_end, currency, cur_unit = currency_after(doc, end, has_scale)
        else:
            ev_end = end
    pct_end = percent_after(doc, end) if currency is None and glued_unit is None else end
    is_percent = pct_end > end
    if is_percent:
        ev_end = pct_end
    if currency is None and not is_percent and glued_unit is None and (strong := _strength(doc, end)) is not None:
        q_start, qualifier, approximate = qualifier_before(doc, cur_start)
        head = noun_run(doc, end + 2)
        return Found(start=q_start, num_start=start, num_end=end, ev_start=start, ev_end=end + 2,
                     text_end=head.i if head is not None and head.i - end < 6 else end + 1, value=value,
                     qualifier=qualifier, approximate=approximate, unit=strong, category=category_of(strong),
                     currency=None, head=head)
    if currency is None and not is_percent and glued_unit is None:
        if is_name_number(doc, start, end) or is_list_number(doc, start, end) or glued_hyphen(doc, start, end) \
                or is_restart(doc, start, end):
            return None
        if any(t.ent_type_ in NAME_ENT_LABELS for t in doc[start:end]) and not num.is_comma_grouped(first.text):
            return None
    q_start, qualifier, approximate = qualifier_before(doc, cur_start)
    if qualifier is None and (plus or glued_plus(doc, start, end)):
        qualifier = "plus"  # "10,000-plus", "5,000+"
    approximate = approximate or num.is_vague(words)  # "dozens of people": the value is a convention
    head = None
    per = None
    borrow = bare = False
    text_end = ev_end - 1
    if currency is not None:
        unit, category = cur_unit, "money"
        value = num.normalize(value)
    elif is_percent:
        unit, category = "percent", "percent"
    elif glued_unit is not None:  # "30Mbps", "120Hz", "15ppb": the unit is inside the token
        unit, per, category, head = glued_unit, glued_last.per, "other", doc[end - 1]
    else:
        n = len(doc)
        glued = end < n and doc[end - 1].whitespace_ == "" and (
            doc[end].is_alpha and is_measure_word(doc[end], glued=True) or
            doc[end].text in ("-", "–") and hyphen_measure(doc, end) is not None)
        if not glued and end < n and (doc[end].is_alpha or "/" in doc[end].text) \
                and is_measure_word(doc[end], glued=False):
            glued = True  # "a 2 GHz model", "a 10 mile radius": the measure, not the noun after it
        squared = not glued and end + 1 < n and area_word(doc[end]) is not None \
            and is_measure_word(doc[end + 1], glued=False)
        if glued or squared:  # "500km of wiring", "a 3.5-inch display", "3,900 sq km of land"
            head = doc[end + 1] if squared or not (doc[end].is_alpha or "/" in doc[end].text) else doc[end]
            last = head.i
            glued = True
        else:
            head, last = counted_noun(doc, start, end, value)
        if head is not None and previous and previous[-1].head is not None and previous[-1].head.i == head.i \
                and previous[-1].num_end <= start \
                and not any(t.pos_ == "CCONJ" or t.is_punct for t in doc[previous[-1].num_end:start]) \
                and not partition_whole(doc, previous[-1].num_end, start):
            return None  # a model number inside a counted phrase: "five new 737 aircraft"
        if head is not None and not glued and first.text.isdigit() and len(words) == 1 and value > 1 \
                and qualifier is None and head.tag_ in ("NN", "NNP") and head.dep_ != "compound" \
                and doc[end].lower_ != "of" and head.lower_ not in INVARIANT and head.lower_ not in LEVEL_NOUNS \
                and head.ent_type_ not in ("ORG", "NORP", "GPE") and not num.is_designation(head.text) \
                and category_of(singular(head)) in ("count", "equipment"):
            return None  # a singular noun after a plural number: a model or series ("737 airliner", "500 index")
        if is_fraction(doc, start, end, head) or is_multiplier(head):
            return None  # "two thirds of the funds", "three times higher": a share or a ratio, not a count
        unit = None
        if head is not None:
            unit = unit_of(doc, head)
            text_end = max(last, head.i) if head.i - end < 8 else end - 1
            if (physical := measure(doc, head, glued=head.i == end and doc[end - 1].whitespace_ == "")) is not None:
                unit, per, measure_end = physical
                text_end = max(text_end, measure_end)
            if unit in ("degree",) and head.i + 1 < len(doc) and doc[head.i + 1].lower_ in TEMPERATURE:
                unit = TEMPERATURE[doc[head.i + 1].lower_]
                text_end = head.i + 1
            elif head.lower_ in TEMPERATURE:  # "41 degrees Celsius", "106 Fahrenheit", "-34 celsius": one scale name
                unit = TEMPERATURE[head.lower_]
            if unit is not None and unit.startswith("degree") and start > 0 and doc[start - 1].lower_ == "minus":
                value = -value  # "minus 30 degrees": below zero
        elif (partner := range_link(doc, end)) is not None:
            partner_head = noun_run(doc, number_end(doc, partner))
            if partner_head is not None and singular(partner_head) in tables().time_units:
                return None  # "from 87 to 5 days": a range of durations
            borrow = True
            # Kept as a bare number when the range finds no noun ("from 2,000 to 2,500").
            bare = num.is_comma_grouped(first.text) or qualifier is not None \
                or (start > 0 and doc[start - 1].lower_ in BARE_OK)
        elif end < len(doc) and doc[end].lower_ in ELLIPSIS:
            prior = _last_in_sentence(previous, first.sent.start, lambda p: p.unit is not None)
            if prior is not None:
                unit = prior.unit
            text_end = end
        unit = unit if unit is None or unit.strip() else None
        if start > 0 and doc[start - 1].lower_ == "magnitude":
            unit, borrow = "magnitude", False  # "a magnitude 6.8 earthquake", "one of magnitude 5.1": the scale
        if unit is not None and unit.split()[-1] in tables().time_units:
            return None  # "five years", "three decades": durations are dates
        dated = any(t.ent_type_ in DATE_ENT_LABELS for t in doc[start:end])
        if dated and not num.is_comma_grouped(first.text) and head is None and not borrow:
            return None
        if looks_like_year(first.text) and len(words) == 1 and (
            head is None or (dated and (head.tag_ not in ("NNS", "NNPS") or start > 0 and
                                        doc[start - 1].lower_ in YEAR_CUES
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
        if num.is_numeral(first.text) and after_name(doc, start) and (
                head is None or head.tag_ not in ("NNS", "NNPS") or brand_like(doc[start - 1].text)):
            return None  # "the Fortune 500 list", "the S&P 500 index", "iPhone 4 owners"
        if head is None and unit is None and not borrow and _age(doc, end):
            return None  # "He was 81.": an age, which the guide does not count
        if head is None and unit is None and not borrow and num.is_numeral(first.text) \
                and not num.is_comma_grouped(first.text) and qualifier is None \
                and not any(w.lower() in _BIG_SCALES for w in words[1:]) \
                and (start == 0 or doc[start - 1].lower_ not in BARE_OK) and not _bare_numeral_counts(doc, start, end):
            return None  # a bare small numeral is a reference ("sec. 2", "(10 U.S.C.") more often than a count;
            # with a scale word ("the remaining 300 million") it is an amount whose noun was left out
        category = category_of(unit)
        if len(words) == 1 and first.lower_ == "one" and qualifier is None and category == "count" and not glued \
                and per is None and not (unit or "").endswith(_AGENT_ENDINGS) and not _counts_nearby(doc, start):
            return None  # "one update", "one singular purpose": an indefinite determiner, like "a"
        money = tables().currency_words.get(head.lower_) if head is not None and not glued else None
        if money is not None and currency is None:
            unit, category, currency = money[0], "money", money[1]  # "billions of dollars"
        if unit == "company" and head is not None and not military_company(doc, head):
            category = "count"  # "three large American auto companies" are firms
        if head is None and unit is None and not borrow and len(words) > 1 and value >= 1_000_000:
            # "US$5 billion in aid on top of the four billion it received": the amount before sets the currency
            prior = _last_in_sentence(previous, first.sent.start, lambda p: p.currency is not None)
            if prior is not None and start - prior.num_end <= 12 and number_of_noun(doc, start) is None:
                unit, category, currency = prior.unit, "money", prior.currency
    return Found(start=q_start, num_start=start, num_end=end, ev_start=cur_start, ev_end=ev_end,
                  text_end=text_end, value=value, qualifier=qualifier, approximate=approximate, unit=unit,
                  category=category, currency=currency, head=head, borrow=borrow, bare=bare, per=per)


# Endings of nouns for people by what they do ("inspector", "officer", "representative", "envoy"
# aside): "hired one new inspector" counts a person where "one update" counts nothing.
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "ive", "person", "man", "woman")

# Scale words that make a bare numeral an amount ("the remaining 300 million"); "3 hundred" and a
# lone "m" are too often parts of other forms.
_BIG_SCALES = frozenset({"million", "billion", "trillion"})


# Nouns of armed bodies whose strength counts troops: "a 7,000-strong contingent", "the
# 20,000-strong force"; any other "N-strong" body counts people ("a 5,000-strong crowd").
_ARMED_BODIES = word_set("quantities", "armed_bodies")


def _strength(doc: "Doc", end: int) -> str | None:
    """The unit of a strength written "N-strong" (the number ending before ``end``), else None."""
    if end + 1 >= len(doc) or doc[end].text not in ("-", "–") or doc[end + 1].lower_ != "strong" \
            or doc[end - 1].whitespace_ or doc[end].whitespace_:
        return None
    noun = noun_run(doc, end + 2)
    lemma = singular(noun) if noun is not None else ""
    return "troop" if lemma in _ARMED_BODIES or category_of(lemma) == "personnel" else "person"


def _last_in_sentence(previous: list[Found], sent_start: int, wanted) -> Found | None:
    """The last earlier quantity of the sentence that has what ``wanted`` asks, walking back only
    through the sentence (no scan over the whole article per number)."""
    for p in reversed(previous):
        if p.num_start < sent_start:
            return None
        if wanted(p):
            return p
    return None


def _age(doc: "Doc", end: int) -> bool:
    """A bare number that a person is, or dies or retires at ("He was 81.", "Smith, who is 64,
    ...", "dies at 81"): an age."""
    tok = doc[end - 1]
    if not (tok.text.isdigit() and 0 < int(tok.text) < 130):
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ == "at" and tok.head.head.lemma_.lower() in ("die", "retire"):
        return True
    if tok.dep_ not in ("attr", "acomp") or tok.head.lemma_ != "be":
        return False
    subject = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    return subject is not None and (subject.lower_ in ("he", "she", "i", "who") or subject.ent_type_ == "PERSON")


def _counts_nearby(doc: "Doc", start: int) -> bool:
    """True when another number stands in the sentence of the number at ``start``: "one" is a count
    in a list of counts ("four commissioners, two who bring industry views and one representative"),
    an indefinite determiner alone."""
    return any(t.like_num and t.i != start and not t.ent_type_ in DATE_ENT_LABELS for t in doc[start].sent)


def _bare_word_counts(doc: "Doc", start: int, end: int, value: float | int) -> bool:
    """A number word without a noun that still counts or amounts to something: an elided noun
    ("the government will appoint six", "on top of the four billion it received")."""
    words = doc[start:end]
    if doc[start].is_title and not doc[start].is_sent_start:
        return False  # "the Ford Five Hundred", "the Big Three": a name
    if value >= 1000 and any(t.lower_ in num.SCALES or t.lower_ in num.VAGUE_SCALES for t in words):
        return True
    if how_many_noun(doc, doc[start].sent, start) is not None:
        return True  # the answer to a question: "how many people came with me? Nine hundred."
    if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].lower_ in ("them", "whom", "which"):
        return start == 0 or doc[start - 1].lower_ != "the"  # "all three of them"; "the two of them" met
    if value < 2 or (start > 0 and doc[start - 1].lower_ in DETERMINERS):
        return False  # "the two met", "all three": people already named
    if people_verb(doc[end - 1]):
        return True  # "killing nine", "dozens were missing"
    return doc[end - 1].dep_ in BARE_DEPS


def _bare_numeral_counts(doc: "Doc", start: int, end: int) -> bool:
    """A bare numeral that is a count or level, not a reference: a decimal or signed value
    ("fell 344.65", "to -36"), the object of a verb ("eliminate 789"), a move ("down 100"), or a
    number a participle describes ("the 60 needed to pass")."""
    tok = doc[end - 1]
    if "." in tok.text or tok.text[:1] in ("-", "−"):
        return True
    if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and (start == 0 or doc[start - 1].lower_ not in DETERMINERS):
        return True  # "eliminate 789"; but "shrink the 787" is a model
    if tok.dep_ in ("nsubj", "nsubjpass") and (start == 0 or doc[start - 1].lower_ not in DETERMINERS) and people_verb(tok):
        return True  # "11 remain missing", "three died", "14 were injured"
    if of_whom_noun(doc, start) is not None:
        return True  # "40 plants, of which 12 are idle"
    if start > 0 and doc[start - 1].lower_ in ("down", "up"):
        return True
    return end < len(doc) and doc[end].tag_ == "VBN" and doc[end].dep_ == "acl"


def partition_whole(doc: "Doc", of: int, start: int) -> bool:
    """True when the number at ``start`` counts the whole of a partition whose "of" is at ``of``:
    "three of their five games", "11 of the country's 18 states" (a named maker before it makes it
    a model number: "20 of Boeing's 777 planes")."""
    return doc[of].lower_ == "of" and not any(t.pos_ == "PROPN" for t in doc[of:start])


def number_of_noun(doc: "Doc", start: int) -> "Token | None":
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


def including_noun(doc: "Doc", tok: "Token") -> "Token | None":
    """The plural noun a nounless number (or "others") is part of through "including": "its
    suppliers, including more than 9,000 in the United States" counts suppliers; "a group of
    senators, including Fred and about five others" counts senators. ``tok`` is the number's last
    token (or its noun "others"). None otherwise."""
    for _ in range(3):  # "including Fred and five others": climb the coordination to the object
        if tok.dep_ != "conj":
            break
        tok = tok.head
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in ("including", "among") or prep.i >= tok.i:
        return None
    noun = prep.head
    if noun.tag_ == "NN" and noun.i < prep.i:  # "a group of senators, including ..."
        noun = next((c for p in noun.children if p.lower_ == "of" for c in p.children if c.dep_ == "pobj"), noun)
    k = prep.i - 1
    while k > 0 and doc[k].is_punct:
        k -= 1
    if noun.tag_ not in ("NNS", "NNPS") or noun.i > prep.i:
        noun = doc[k]  # attached to the verb: "work with its suppliers — including 9,000 ..."
    return noun if noun.tag_ in ("NNS", "NNPS") and noun.i < prep.i else None


def borrow_units(doc: "Doc", found: list[Found]) -> list[Found]:
    """Give nounless numbers the unit of the number they go with; drop those that find none."""
    out: list[Found] = []
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
            f.unit, f.category, f.currency, f.source, f.per = nxt.unit, nxt.category, nxt.currency, nxt, nxt.per
            if nxt.currency is not None:
                f.ev_end = f.num_end
        out.append(f)
    out.reverse()
    by_head = {f.head.i: f for f in out if f.head is not None}
    by_token = {i: f for f in out for i in range(f.num_start, f.num_end)}
    for f in out:
        if f.unit is not None or f.currency is not None:
            continue
        tok = doc[f.num_end - 1]
        if tok.dep_ == "conj":
            src = by_head.get(tok.head.i) or by_token.get(tok.head.i)
            if src is not None and src.unit is not None and src is not f:
                f.unit, f.category, f.source = src.unit, src.category, src
    return out



def chain_candidates(doc: "Doc", spans: list[tuple[int, int]], noun: "Token") -> list[Found]:
    """One quantity per number of a coordinated modifier chain, each with the unit of the noun they
    share: "four-, five- and six-cylinder engines" -> 4, 5 and 6 cylinders, like "a 3-inch gun" is 3
    inches. A chain of durations ("10-, 20- and 30-year bonds") gives none: durations are dates."""
    physical = measure(doc, noun, glued=True) if is_measure_word(noun, glued=True) else None
    unit, per, last = physical if physical is not None else (unit_of(doc, noun), None, noun.i)
    if unit.split()[-1] in tables().time_units:
        return []
    out: list[Found] = []
    for k, (start, end) in enumerate(spans):
        value = num.parse([doc[start].text.rstrip("-–")])
        if value is None:
            return []
        q_start, qualifier, approximate = qualifier_before(doc, start)
        out.append(Found(start=q_start, num_start=start, num_end=end, ev_start=start, ev_end=end,
                         text_end=last if k == len(spans) - 1 else end - 1, value=value, qualifier=qualifier,
                         approximate=approximate, unit=unit, category=category_of(unit), currency=None,
                         head=noun, per=per))
    return out


# Objects that name a running total of what an earlier number counted: "bringing the total to 2,500".
_TOTAL_WORDS = frozenset({"total", "tally", "overall"})


def total_source(doc: "Doc", f: Found, earlier: list[Found]) -> Found | None:
    """For a bare number that a running total reaches ("sent 500 more troops, taking the total
    there to 2,500"; "hired 200 workers, bringing the total to 1,200"), the earlier quantity of the
    sentence whose noun the total counts. None when the total names its own noun ("the number of
    troops", handled by :func:`number_of_noun`) or no earlier quantity of the sentence has a unit."""
    tok = doc[f.num_end - 1]
    if tok.dep_ != "pobj" or tok.head.lower_ != "to" or tok.head.head.pos_ != "VERB":
        return None
    obj = next((c for c in tok.head.head.children if c.dep_ == "dobj"), None)
    if obj is None or any(c.dep_ == "prep" for c in obj.children) or not (
            obj.lower_ in _TOTAL_WORDS or any(c.dep_ == "amod" and c.lower_ in _TOTAL_WORDS for c in obj.children)):
        return None
    sent_start = tok.sent.start
    return next((p for p in reversed(earlier) if p.num_start >= sent_start and p.num_end <= obj.i
                 and p.unit is not None and p.currency is None), None)
