"""What a number counts or measures: currency symbols and words, percent, and the counted noun
of the phrase the number starts ("4,000 U.S. soldiers" -> "soldier")."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from .. import numbers as num
from ..knowledge.countries import country
from ..knowledge.units import currency_code, currency_named, currency_unit, singular, tables
from ..knowledge.wordlists import word_set
from .governor import governing_noun, listed_plural
from .lexicon import CHANGE_NOUNS, COMPANY_CUES, DATE_ENT_LABELS, INVARIANT, PRE_MODIFIERS, category_of

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Token

def currency_before(doc: "Doc", start: int) -> tuple[int, str | None, str | None]:
    """(start, ISO 4217, unit lemma) of a currency symbol right before the number."""
    t = tables()
    if start == 0:
        return start, None, None
    prev = doc[start - 1]
    code = t.currency_symbols.get(prev.text)
    if code is None and _scaled(doc, start):
        # Any ISO 4217 code before an amount with a scale ("NOK 14bn", "SEK 2 billion"); a code
        # outside the table before a plain number stays a word in capitals ("TOP 10", "ALL 5").
        code = currency_code(prev.text, glued=True) if len(prev.text) == 3 and prev.text.isupper() else None
    if code is None:
        return start, None, None
    begin = start - 1
    if prev.text == "$" and begin > 0 and doc[begin - 1].text in t.dollar_prefixes and doc[begin - 1].whitespace_ == "":
        code = t.dollar_prefixes[doc[begin - 1].text]
        begin -= 1
    return begin, code, currency_unit(code)


def _scaled(doc: "Doc", start: int) -> bool:
    """True when the number at ``start`` carries a scale, glued ("14bn") or written ("2 billion")."""
    first = doc[start].text
    if num.is_numeral(first) and first[-1:].isalpha():
        return num.scale_word(first.lstrip("0123456789.,")) is not None
    return start + 1 < len(doc) and num.is_numeral(first) and num.scale_word(doc[start + 1].text) is not None


def currency_after(doc: "Doc", end: int, has_scale: bool) -> tuple[int, str | None, str | None]:
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
    for width in (3, 2):  # "3.4 billion Swiss francs", "South Korean won" (CLDR names and plurals)
        if prefix is None and end + width <= len(doc) and doc[end].is_alpha:
            code = currency_named(doc[end:end + width].text)
            if code is not None:
                return end + width, code, currency_unit(code)
    if not tok.is_alpha and (code := currency_code(tok.text)) is not None:
        return end + 1, code, currency_unit(code)  # "10 €", "100 ₹": a symbol after the amount
    hit = t.currency_words.get(low)
    if hit is None:
        if tok.text in t.currency_symbols and tok.text.isalpha() and tok.text.isupper():
            return end + 1, t.currency_symbols[tok.text], {"USD": "dollar", "EUR": "euro"}.get(
                t.currency_symbols[tok.text], tok.text.lower())
        return end, None, None
    if low == "won" and not has_scale and tok.pos_ == "VERB" and doc[end - 1].pos_ != "NUM":
        return end, None, None
    if hit[0] == "pound" and prefix is None and j + 2 < len(doc) and doc[j + 1].lower_ == "of" \
            and doc[j + 2].is_alpha and doc[j + 2].lower_ not in _MONEY_AFTER_OF:
        return end, None, None  # "15,000 pounds of fentanyl": a weight; "a million pounds of funding" is money
    return j + 1, prefix or hit[1], hit[0]


# Words after "pounds of" that keep the pounds money ("two million pounds of public money")
_MONEY_AFTER_OF = frozenset({"money", "cash", "funding", "funds", "investment", "investments", "aid", "spending",
                             "taxpayers", "taxpayer", "public", "savings", "revenue", "support", "assistance", "debt",
                             "damage", "losses", "government", "new", "extra", "additional", "its", "their", "his",
                             "her", "the", "british", "uk"})


def percent_after(doc: "Doc", end: int) -> int:
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


# Plural nouns that count people as such, whatever else they say of them: the unit is "person".
_PERSON_PLURALS = frozenset({"individuals", "persons", "people"})


# Prefixes written with a hyphen before a noun (the tokenizer splits them off): the noun after
# the hyphen is what is counted.
_HYPHEN_PREFIXES = frozenset({"co", "ex", "non", "sub", "anti", "pre", "post", "self", "semi", "counter", "vice",
                              "mini", "multi"})


def _is_country_word(tok: "Token") -> bool:
    """A country or demonym modifier inside a noun phrase ("U.S.", "North Korean", "Russia's")."""
    return tok.ent_type_ in ("GPE", "NORP") and tok.dep_ in ("compound", "amod", "nmod", "poss", "case") \
        or tok.tag_ == "POS"


# Object pronouns that head their own phrase after "N of" (unlike "these", "those": "two of these chips").
_HEAD_PRONOUNS = frozenset({"them", "us", "you", "whom", "which"})
_SCALE_MODIFIERS = frozenset({"hundred", "thousand", "million", "billion", "trillion", "multimillion", "multibillion"})


def noun_run(doc: "Doc", j: int) -> "Token | None":
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
        if tok.lower_ in _HYPHEN_PREFIXES and k + 2 < n and _glued_hyphen(doc, k + 1) and doc[k + 2].is_alpha:
            k += 2  # a prefix glued to the noun: "two co-defendants", "three ex-soldiers", "40 non-citizens"
            continue
        if tok.pos_ == "ADP" and tok.is_lower and tok.lower_ != "per" and k + 3 < n and _glued_hyphen(doc, k + 1) \
                and doc[k + 2].is_alpha and doc[k + 3].pos_ in ("NOUN", "PROPN", "ADJ"):
            k += 3  # a compound adjective opened by a preposition: "28 in-person trainings", "12 on-site clinics"
            continue
        if tok.lower_ in _SCALE_MODIFIERS and k + 2 < n and _glued_hyphen(doc, k + 1) \
                and doc[k + 2].lower_ in tables().currency_words:
            k += 3  # a price tag before the noun: "23 separate billion-dollar disasters", "two million-dollar homes"
            continue
        if tok.tag_ == "FW" and k + 1 < n and doc[k + 1].is_alpha:
            k += 1  # a foreign modifier: "4 million de minimis shipments", "ad hoc panels"
            continue
        if tok.ent_iob_ == "B" and tok.ent_type_ in DATE_ENT_LABELS and _names_time(doc, k):
            break  # "rose 15,000 last week": the date is not what is counted
        if (tok.text.isdigit() or tok.text[:1].isdigit() and tok.text.isalnum() and tok.pos_ == "NUM") \
                and designation is None and k + 1 < n and doc[k + 1].pos_ in ("NOUN", "PROPN", "ADJ"):
            glued = doc[k - 1].text in ("-", "–") and doc[k - 1].whitespace_ == ""
            if (head is None and not glued and (k > j or num.is_number_word(doc[k - 1].text))) \
                    or (head is not None and head.pos_ == "PROPN"
                        and (glued or doc[k + 1].tag_ in ("NNS", "NNPS") or _name_then_noun(doc, k + 1))):
                # a model number inside the phrase: "five new 737 aircraft", "14 Airbus A330-200
                # airliners", "150 Challenger 3 tanks", "18 Boeing 777X freighters"
                k += 1
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
            if tok.ent_type_ in DATE_ENT_LABELS and tok.lower_ in ("today", "tomorrow", "yesterday"):
                break
            if tok.tag_ == "NNP" and tok.is_title and (plural := _titled_plural_after_of(doc, k, sent_end)) is not None:
                return plural  # "two Department of the Navy Distinguished Service Awards": awards
            head = tok
            nxt = doc[k + 1] if k + 1 < n else None
            if nxt is not None and nxt.tag_ == "VBZ" and nxt.is_lower and nxt.text.endswith("s") \
                    and k > j + 1 and doc[k - 1].text in ("-", "–") and doc[k - 1].whitespace_ == "" \
                    and tok.whitespace_ != "":
                # A hyphenated compound modifier before a plural the tagger took for a verb: "four
                # leader-level summits the president hosted" counts summits, not levels.
                return nxt
            if tok.tag_ in ("NNS", "NNPS") and not (nxt is not None and nxt.pos_ in ("NOUN", "PROPN")
                                                    and tok.dep_ == "compound"):
                break
            k += 1
            continue
        if head is None or (head.tag_ in ("NN", "NNP") and head.dep_ in ("compound", "amod", "nmod")
                            and head.i < head.head.i <= k + 3) \
                or (head.tag_ == "NN" and tok.tag_ == "VBG" and k + 1 < n and doc[k + 1].tag_ == "NNS"
                    and singular(head) not in tables().time_units) \
                or (head.i == k - 2 and _glued_hyphen(doc, k - 1)
                    and (head.tag_ == "NN" or head.tag_ == "NNP" and head.head.i > head.i)):
            # the noun was the first half of a hyphenated adjective: "500 million life-saving
            # vaccines", "200 American-made aircraft", "30 Iranian-built drones"
            if tok.pos_ == "ADJ" or tok.tag_ in ("VBN", "VBG", "JJ", "JJR") or tok.lower_ in PRE_MODIFIERS:
                k += 1
                continue
            if tok.pos_ == "ADV" and k + 1 < n and (doc[k + 1].pos_ == "ADJ"
                                                    or tok.is_title and doc[k + 1].is_title and doc[k + 1].pos_ == "PROPN"
                                                    or k + 2 < n and _glued_hyphen(doc, k + 1)
                                                    and doc[k + 2].tag_ in ("VBN", "VBG", "JJ")):
                k += 1  # "two highly trained ...", "20 Historically Black Colleges", "1,200 well-trained troops"
                continue
        if tok.text in ("-", "–") and tok.whitespace_ == "" and doc[k - 1].whitespace_ == "":
            k += 1  # "active-duty", "Virginia-class"
            continue
        if tok.lower_ in ("and", "or") and head is None and k > j and (doc[k - 1].tag_ in ("JJ", "JJR", "JJS")
                                                                     or doc[k - 1].text.endswith(("-", "–"))):
            # Coordinated adjectives before the counted noun: "half a million public and private
            # cybersecurity jobs", "20 million dangerous or illicit items" (the tagger may call the
            # second adjective a verb); only when a plural noun closes the phrase within a few words.
            # "92 low- and lower middle-income countries": a hanging hyphen and hyphenated words.
            m = k + 1
            while m < min(n, sent_end, k + 6) and (doc[m].is_alpha or _glued_hyphen(doc, m)) \
                    and doc[m].pos_ != "NUM" and doc[m].tag_ not in ("NNS", "NNPS"):
                m += 1
            if m < min(n, sent_end) and doc[m].tag_ in ("NNS", "NNPS") and m > k + 1:
                k = m
                continue
        if tok.text == "," and head is None and k > j and doc[k - 1].pos_ == "ADJ" and k + 1 < n \
                and doc[k + 1].pos_ == "ADJ":
            k += 1  # "two large, modern warships"
            continue
        break
    if designation is not None and (head is None or head.i < designation.i):
        return designation  # "48 F-35As", "eight long-haul A330s"
    return head


def _name_then_noun(doc: "Doc", k: int) -> bool:
    """True when a model's name of up to two capitalised words (or none) starting at ``k`` is
    followed by a common noun ("Boeing 787 Dreamliner aircraft", "Boeing 777X freighter
    aircraft"): the common noun is what is counted, the maker and number in front modify it."""
    m = k
    while m < min(len(doc), k + 2) and doc[m].pos_ == "PROPN" and doc[m].is_title:
        m += 1
    return m < len(doc) and doc[m].pos_ == "NOUN" and doc[m].is_lower


def _titled_plural_after_of(doc: "Doc", k: int, end: int) -> "Token | None":
    """The capitalised plural that closes a capitalised name opened by the singular at ``k`` and
    "of" ("Department of the Navy Distinguished Civilian Service Awards" -> Awards), else None."""
    if k + 2 >= end or doc[k + 1].lower_ != "of":
        return None
    for m in range(k + 2, min(end, k + 12)):
        t = doc[m]
        last = m + 1 >= end or not doc[m + 1].is_title
        if t.is_title and (t.tag_ in ("NNS", "NNPS") or last and t.tag_ == "NNP" and t.lower_.endswith("s")
                           and not t.lower_.endswith(("ss", "us", "is"))):
            return t  # the tagger may call the last word of a name NNP even when plural ("Awards")
        if not (t.is_title or t.lower_ in ("of", "the", "and", "&", "for")):
            return None
    return None


def _titled_of_phrase(doc: "Doc", head: "Token") -> str | None:
    """" of Defense" in "four Secretaries of Defense": a capitalised plural title with its "of"
    complement, one office counted ("secretary of defense"); None when the complement is a place
    ("two Presidents of the United States" count presidents) or not capitalised."""
    k = head.i + 1
    n = len(doc)
    if k + 1 >= n or doc[k].lower_ != "of" or not head.is_title:
        return None
    words = []
    m = k + 1
    while m < n and (doc[m].is_title or doc[m].lower_ in ("the", "and", "&") and words) and m < k + 6:
        if doc[m].ent_type_ in ("GPE", "LOC", "NORP"):
            return None
        words.append(doc[m].lower_)
        m += 1
    while words and words[-1] in ("the", "and", "&"):
        words.pop()
    return " of " + " ".join(words) if words else None


def _glued_hyphen(doc: "Doc", k: int) -> bool:
    """True when token ``k`` is a hyphen glued to the words on both sides ("cabinet-level")."""
    return doc[k].text in ("-", "–") and k > 0 and doc[k - 1].whitespace_ == "" and doc[k].whitespace_ == ""


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


def counted_noun(doc: "Doc", start: int, end: int, value: float | int) -> tuple["Token | None", int]:
    """(counted noun, last token index of the phrase) after a number ending at ``end``."""
    n = len(doc)
    if end >= n:
        return None, end
    tok = doc[end]
    if tok.lower_ == "of":
        k = end + 1
        if k < n and doc[k].lower_ in _HEAD_PRONOUNS:
            return None, end - 1  # "three of them", "4,600 of whom": the noun is what the pronoun stands for
        while k < n and (doc[k].pos_ in ("DET", "PRON") or doc[k].tag_ == "PRP$"):
            k += 1
        for m in range(k + 1, min(n, k + 4)):  # a possessor: "20 of Boeing's larger 777 planes", "11 of the country's"
            if doc[m].tag_ == "POS":
                if all(t.pos_ in ("PROPN", "NOUN") for t in doc[k:m]):
                    k = m + 1
                break
            if doc[m].pos_ not in ("PROPN", "NOUN"):
                break
        m = k
        while m < min(n, k + 4) and (doc[m].like_num or doc[m].tag_ in ("JJ", "JJR", "JJS")):
            m += 1
        if m < n and doc[m].pos_ in ("NOUN", "PROPN") and any(t.like_num for t in doc[k:m]) \
                and not any(t.pos_ == "PROPN" for t in doc[end:m]):  # "20 of Boeing's 777 planes": a model
            k = m  # a part of a whole that is counted too: "three of their previous five games", "11 of the 18 states"
        head = noun_run(doc, k)
        return head, (head.i if head is not None else end - 1)
    head = noun_run(doc, end)
    if head is not None and head.tag_ == "NN" and value != 1 and head.lower_ not in INVARIANT \
            and head.lower_ not in tables().equipment and head.i + 1 < n and doc[head.i + 1].pos_ == "CCONJ":
        # A singular noun after a plural number is a modifier whose head comes after a coordinated
        # modifier: "two army and three navy bases", "two defence and two foreign minister meetings".
        for k in range(head.i + 2, min(n, head.i + 10)):
            t = doc[k]
            if t.is_punct and not _glued_hyphen(doc, k):  # "21 security and cabinet-level officials"
                break
            if t.tag_ in ("NNS", "NNPS") and t.dep_ != "compound":
                return t, head.i
    if head is not None and head.i == end and (listed := listed_plural(doc, head, value)) is not None:
        return listed, head.i  # "300 fire, EMS and police departments"
    if (gov := governing_noun(doc, start, end, head)) is not None:
        return gov, gov.i  # the parse's plural noun after modifiers with nouns of their own
    return head, (head.i if head is not None else end - 1)


@lru_cache(maxsize=1)
def _aircraft_makers() -> tuple[frozenset[tuple[str, ...]], int]:
    raw = json.loads(resources.files("pipeline.data").joinpath("aircraft_makers.json").read_text("utf-8"))
    makers = frozenset(tuple(m.split()) for m in raw["makers"])
    return makers, max(len(m) for m in makers)


def aircraft_model(doc: "Doc", designation: str, head: "Token", *, plural: bool = False) -> bool:
    """True when ``designation`` ("737", "A330") names an aircraft model: the sentence of ``head``
    names an aircraft maker ("20 A350s from Airbus"), or the article writes the designation after
    a maker's name ("the Boeing 737", "Airbus A330-200"), or it counts a number in the plural
    ("5,700 737s") in an article that names an aircraft maker."""
    makers, longest = _aircraft_makers()
    if any(_maker_at(doc, t.i + 1, makers, longest) for t in (doc if plural else head.sent)):
        return True
    stem = designation.lower()
    for tok in doc:
        low = tok.lower_
        if not (low == stem or low.startswith(stem) and not low[len(stem)].isalnum()) or tok.i == 0:
            continue
        if _maker_at(doc, tok.i, makers, longest):
            return True
    return False


def _maker_at(doc: "Doc", end: int, makers: frozenset[tuple[str, ...]], longest: int) -> bool:
    """True when a maker's name ends just before token ``end``."""
    return any(end - n >= 0 and doc[end - n].is_title and tuple(t.lower_ for t in doc[end - n:end]) in makers
               for n in range(1, longest + 1))


# Things that a change noun counts one by one: "job cuts", "staff reductions", "post losses".
_CUT_ONE_BY_ONE = word_set("quantities", "counted_one_by_one")


def unit_of(doc: "Doc", head: "Token") -> str:
    """Unit lemma of a counted noun, with its compound when the two form a known unit
    ("service members" -> "service member", "aircraft carriers" -> "aircraft carrier")."""
    if num.is_designation(head.text):
        text = head.text
        for suffix in ("'s", "’s", "s"):
            if text.endswith(suffix) and not text[: -len(suffix)].endswith("-"):
                text = text[: -len(suffix)]
                break
        if aircraft_model(doc, text, head):
            return "aircraft"  # "5,700 737s" after "the Boeing 737", "14 new Airbus A330-200"
        return text.lower()
    if head.tag_ in ("NNS", "NNPS") and (head.ent_type_ == "NORP" and head.text[:1].isupper()
                                         and singular(head) not in tables().personnel
                                         and country(head.text) is not None
                                         or head.lower_ in _PERSON_PLURALS):
        # "90 million Americans", "11 individuals": people counted. A group that is not a nation's
        # people keeps its own word: "28 Democrats" counts Democrats (party members), not persons.
        return "person"
    base = singular(head)
    if base.isdigit() and len(base) >= 3 and aircraft_model(doc, base, head, plural=head.text != base):
        return "aircraft"  # "5,700 737s": Boeing 737s
    if base == "force" and head.tag_ == "NNS" and not any(c.dep_ == "compound" and c.lower_ in ("task", "strike")
                                                          for c in head.lefts):
        # "20,000 additional U.S. forces" counts service members, whom the guide counts as "troop";
        # "two task forces", "five strike forces" count formations
        return "troop"
    if head.tag_ in ("NNS", "NNPS") and (office := _titled_of_phrase(doc, head)) is not None:
        return base + office  # "four Secretaries of Defense": secretary of defense
    k = head.i - 1
    if k >= 0 and doc[k].dep_ == "compound" and doc[k].head.i == head.i and doc[k].pos_ == "NOUN":
        two = f"{doc[k].lower_} {base}"
        if two in tables().multiword or two in tables().percent:
            return two  # "aircraft carriers", "basis points"
        if base in CHANGE_NOUNS and doc[k].is_alpha and (
                (what := singular(doc[k])) in _CUT_ONE_BY_ONE or category_of(what) in ("personnel", "equipment")):
            # "10,000 job cuts", "3,000 troop reductions", "500 job gains": the change counts the
            # jobs or troops its compound names, one cut per job ("12 tax increases" stay increases)
            return what
    return base


def military_company(doc: "Doc", head: "Token") -> bool:
    """ "two infantry companies", "three companies of paratroopers", not "two auto companies"."""
    if any(t.lower_ in COMPANY_CUES for t in head.lefts):
        return True
    k = head.i + 1
    if k + 1 < len(doc) and doc[k].lower_ == "of":
        nxt = noun_run(doc, k + 1)
        return nxt is not None and category_of(singular(nxt)) == "personnel"
    return False

