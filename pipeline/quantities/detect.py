"""Finding numbers: where a number starts and ends, the words that hedge or bound it, and the
numbers that are names, references or list labels rather than quantities."""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from spacy.attrs import IDX

from .. import numbers as num
from ..knowledge.units import singular, tables
from ..nlp import text as text_of
from .governor import hyphen_count
from .lexicon import AGE_WORDS, APPROXIMATE, NUMBER_HINT, QUALIFIERS_BY_LAST, RANGE_LINKS, UP_MOVES, looks_like_year
from .measures import glued_parts, is_measure_word

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Token

# ---- finding numbers ---------------------------------------------------------------------

def _is_num_token(tok: "Token") -> bool:
    text = tok.text
    return num.is_numeral(text) or num.is_number_word(text) or glued_parts(text) is not None


_ROUND_SCALES = frozenset({"dozen", "hundred", "thousand", "million", "billion", "trillion"})
_BIG_SCALES = frozenset({"million", "billion", "trillion"})


def numeric_core(text: str) -> str:
    """The numeral inside a token: itself, or the number of a glued form ("USD10" -> "10")."""
    glued = glued_parts(text)
    return glued.numeral if glued is not None else text


def starts_number(doc: "Doc", i: int) -> bool:
    tok = doc[i]
    low = tok.lower_
    if low in ("a", "an"):
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        if nxt is not None and nxt.lower_ == num.COUPLE:  # "a couple hundred", "a couple of dozen"
            k = i + 3 if i + 2 < len(doc) and doc[i + 2].lower_ == "of" else i + 2
            return k < len(doc) and doc[k].lower_ in _ROUND_SCALES
        return nxt is not None and nxt.lower_ in _ROUND_SCALES
    if low in num.VAGUE_SCALES:
        # "dozens of people", "hundreds of thousands"; "tens" only before "of thousands"
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        if low == "tens":
            return nxt is not None and nxt.lower_ == "of" and i + 2 < len(doc) and doc[i + 2].lower_ in num.VAGUE
        return nxt is not None and (nxt.lower_ == "of" or nxt.tag_ == "NNS") and tok.pos_ in ("NOUN", "NUM")
    if low == num.HALF:
        # "half a million", "half a dozen", "a half billion"; a bare "half" is a fraction, not a count.
        return i + 2 < len(doc) and doc[i + 1].lower_ in ("a", "an") \
            and doc[i + 2].lower_ in ("dozen", "hundred", "thousand", "million", "billion", "trillion") \
            or i + 1 < len(doc) and doc[i + 1].lower_ in ("thousand", "million", "billion", "trillion")
    if low == num.QUARTER:
        # "a quarter million", "a quarter of a million"; "the first quarter" is no count.
        k = i + 3 if i + 2 < len(doc) and doc[i + 1].lower_ == "of" and doc[i + 2].lower_ in ("a", "an") else i + 1
        return k < len(doc) and doc[k].lower_ in ("hundred", "thousand", "million", "billion", "trillion")
    if num.is_ordinal(tok.text) or tok.ent_type_ == "ORDINAL" and not tok.text[-1:].isalpha():
        return False  # "70th", "second"; but "50bn" and "75ml" are amounts whatever the tagger says
    if low in num.SCALES and low not in ("hundred", "thousand", "million", "billion", "trillion"):
        return False  # a lone "m" or "k"
    return _is_num_token(tok)


def number_starts(doc: "Doc") -> list[int]:
    """Token indices that may start a number, found with one regex pass over the text (no per-token work)."""
    text = text_of(doc)  # cached: doc.text joins every token on each access
    hits = [m.start() for m in NUMBER_HINT.finditer(text)]
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
        if i > 0 and doc[i - 1].lower_ in ("a", "an") and (doc[i].lower_ in num.WORDS or doc[i].lower_ == num.COUPLE):
            out.append(i - 1)
        out.append(i)
    return out


def number_end(doc: "Doc", i: int) -> int:
    """End (exclusive) of the number starting at token ``i``."""
    j = i + 1
    n = len(doc)
    if doc[i].lower_ == num.HALF:
        j = i + 2 if i + 1 < n and doc[i + 1].lower_ in ("a", "an") else i + 1  # "half a million", "half billion"
    elif doc[i].lower_ == num.QUARTER:
        # "quarter of a million": continue after the article; "quarter million": at the scale
        j = i + 3 if i + 2 < n and doc[i + 1].lower_ == "of" and doc[i + 2].lower_ in ("a", "an") else i + 1
    while j < n:
        tok = doc[j]
        low = num.scale_word(tok.text) or tok.lower_
        prev = doc[j - 1]
        # A one-letter abbreviation ("m", "k", "b") only glued ("$800m"); "bn", "tn" also apart ("$2.5 tn").
        if low in num.SCALES and (len(low) > 1 or prev.whitespace_ == ""):
            if num.is_numeral(numeric_core(prev.text)) or num.is_number_word(prev.text) \
                    or prev.lower_ in ("a", "an", num.QUARTER, num.HALF):
                j += 1
                continue
        if low == "dozen" and (num.is_number_word(prev.text) or prev.lower_ in ("a", "half")):
            j += 1
            continue
        if low == num.COUPLE and prev.lower_ in ("a", "an"):
            k = j + 2 if j + 1 < n and doc[j + 1].lower_ == "of" else j + 1  # "a couple (of) hundred"
            if k < n and doc[k].lower_ in _ROUND_SCALES:
                j = k + 1
                continue
            break
        if low == "of" and prev.lower_ in num.VAGUE_SCALES and j + 1 < n and doc[j + 1].lower_ in num.VAGUE_SCALES:
            j += 2  # "hundreds of thousands", "tens of millions"
            continue
        if prev.lower_ in num.VAGUE_SCALES:
            break
        if num.is_number_word(tok.text) and not num.is_numeral(prev.text) and prev.lower_ not in ("a", "an") \
                and low not in ("dozen",) and (low in num.UNITS or low in num.TENS):
            if num.is_number_word(prev.text) or prev.lower_ == "and":  # "three hundred and fifty"
                j += 1
                continue
        if low == "-" and prev.whitespace_ == "" and tok.whitespace_ == "" and j + 1 < n \
                and prev.lower_ in num.TENS and doc[j + 1].lower_ in num.UNITS:
            j += 2  # "twenty-five"
            continue
        if low in ("-", "–") and prev.whitespace_ == "" and tok.whitespace_ == "" and j + 1 < n \
                and doc[j + 1].lower_ in _BIG_SCALES and num.is_numeral(prev.text) and j == i + 1 \
                and i > 0 and doc[i - 1].text in tables().currency_symbols \
                and not (j + 2 < n and doc[j + 1].whitespace_ == "" and doc[j + 2].text in ("-", "–")):
            j += 2  # "a $600-billion commitment": money's scale glued by a hyphen (not "10-million-dollar")
            break
        if low in ("-", "–") and prev.whitespace_ == "" and tok.whitespace_ == "" and j + 1 < n \
                and doc[j + 1].lower_ == "plus" and (num.is_numeral(prev.text) or num.is_number_word(prev.text)):
            j += 2  # "10,000-plus": a lower bound written after the number (see plus_bound)
            break
        if low == "and" and j + 3 < n and doc[j + 1].lower_ in ("a", "an") and doc[j + 2].lower_ == num.HALF \
                and doc[j + 3].lower_ in ("thousand", "million", "billion", "trillion") \
                and (num.is_number_word(prev.text) or num.is_numeral(prev.text)):
            j += 4  # "four and a half million": one number
            break
        if low == "and" and prev.lower_ in ("hundred", "thousand") and j + 1 < n \
                and (doc[j + 1].lower_ in num.UNITS or doc[j + 1].lower_ in num.TENS):
            j += 1
            continue
        break
    return j


def plus_bound(words: list[str]) -> bool:
    """True when a number's words end in a glued "-plus" ("10,000-plus", "40-plus")."""
    return len(words) >= 3 and words[-1].lower() == "plus" and words[-2] in ("-", "–")


# ---- context -----------------------------------------------------------------------------

def qualifier_before(doc: "Doc", start: int) -> tuple[int, str | None, bool]:
    """(start token, qualifier words, approximate) of the words right before a number."""
    sent_start = doc[start].sent.start
    if doc[start].text.startswith(("~", "≈")):
        return start, "~", True
    if start == 0:
        return start, None, False
    for q in QUALIFIERS_BY_LAST.get(doc[start - 1].lower_, ()):
        k = len(q)
        if start - k < sent_start:
            continue
        words = tuple(t.lower_ for t in doc[start - k:start])
        if words == q:
            if q == ("over",) and doc[start - 1].dep_ == "prt":
                continue
            if q == ("up", "to") and _moved_up(doc[start - 2]):
                continue  # "the rate edged up to 4.3%": the level reached, not a bound

            return start - k, " ".join(words), q in APPROXIMATE
    return start, None, False


def _moved_up(up: "Token") -> bool:
    """ "up" is the particle of a verb of movement ("edged up", "ticked up", "revised up"): the
    "to" after it gives the level reached, so "up to" is no bound there ("displaced up to 1.3
    million people" keeps its bound: "up" is no particle of "displace")."""
    if up.i == 0:
        return False
    verb = up.head if up.dep_ == "prt" else up.doc[up.i - 1]  # the parser often hangs "up" on the number
    return verb.tag_.startswith("VB") and verb.lemma_.lower() in UP_MOVES


def range_link(doc: "Doc", end: int) -> int | None:
    """Start of the number that closes a range or partition opened by the number ending at ``end``
    ("between 5,000 and 7,000 troops", "23 of 25 drones", "12 of the 15 members"), else None."""
    n = len(doc)
    if end + 1 >= n or doc[end].lower_ not in RANGE_LINKS:
        return None
    k = end + 1
    if doc[end].lower_ == "of":
        while k < n and k <= end + 2 and doc[k].lower_ in ("the", "its", "their", "those", "these"):
            k += 1
    return k if k < n and starts_number(doc, k) else None


def is_name_number(doc: "Doc", start: int, end: int) -> bool:
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
        if prev.lower_ in AGE_WORDS:
            return True  # "aged 71": an age, like a duration, is not a count
        if prev.lower_ in ("or", "and", "through") and start > 2 and num.is_numeral(doc[start - 2].text) \
                and doc[start - 3].lower_.rstrip(".") in t.name_heads:
            return True  # "Type 1 or 2 diabetes", "Sections 3 and 4": the second number of the same name
        if prev.text in ("#", "№") and prev.whitespace_ == "":
            return True  # "the #1 draft pick", "#3 seed": a rank or number, like "No. 1"
        if prev.text == "-" and prev.whitespace_ == "" and start > 1 and doc[start - 2].whitespace_ == "" \
                and doc[start - 2].is_alpha:
            return True  # "COVID-19"
        if prev.whitespace_ == "" and prev.is_alpha:
            return True
        if len(prev.text) > 2 and prev.text[-1] in ("-", "‐") and prev.text[:-1].isalpha() \
                and prev.text[:-1].isupper() and not num.is_number_word(prev.text[:-1]):
            return True  # "COVID-\u206019": a name broken by an invisible joiner the normaliser spaced out
        if prev.text == "+" and prev.whitespace_ == "" and start > 1 and doc[start - 2].whitespace_ == "" \
                and any(c.isalpha() for c in doc[start - 2].text):
            return True  # "the C5+1 summit", "P5+1 talks": a group's name
        if prev.text in ("'", "’") and prev.whitespace_ == "" and len(first.text) == 2 and first.text.isdigit() \
                and (start < 2 or doc[start - 2].whitespace_ != ""):
            return True  # "iLife '11", "class of '08": a year
    if end + 1 < len(doc) and _statute_code(doc[end].text) and doc[end + 1].text[:1].isdigit():
        return True  # a title of a code in a citation: "19 U.S.C. 1321", "40 C.F.R. 60"
    if end - start == 1 and (_titled_number_word(doc, start) or _named_scale(doc, start)):
        return True
    if last.whitespace_ == "" and end < len(doc):
        nxt = doc[end]
        if nxt.is_alpha and nxt.lower_ not in num.SCALES and nxt.lower_ not in t.currency_words \
                and not is_measure_word(nxt, glued=True):
            return True  # "6G", "5G"; but "30GB", "500km" measure
    return False


def _titled_number_word(doc: "Doc", i: int) -> bool:
    """A capitalised number word inside running text names something: "the Big Three automakers",
    "our One China policy", "the Three Communiqués and Six Assurances" (a count in prose is
    written in lower case; a headline capitalises every word, so it is left alone)."""
    tok = doc[i]
    if i > 0 and doc[i - 1].text == "Day" and tok.text == "One":
        return True  # "since Day One", "the Day One Executive Order" (the parser may start a sentence at "One")
    if not (tok.is_title and num.is_number_word(tok.text)) or tok.is_sent_start or i == 0:
        return False
    prev = doc[i - 1]
    if prev.text in ("Big", "Final"):
        return True  # "the Big Three", "the Final Four"
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if not (prev.is_lower or prev.text in ("“", '"', "‘", "'", ",")) or nxt is None or not nxt.is_title \
            or nxt.pos_ not in ("PROPN", "NOUN"):
        return False
    # running text, not a headline: at least two lower-case content words in the sentence
    return sum(t.is_alpha and t.is_lower and not t.is_stop and len(t.text) > 3 for t in tok.sent) >= 2


def _named_scale(doc: "Doc", i: int) -> bool:
    """A capitalised scale word with no number or article before it names something ("the Billion
    Futures Initiative", "Million Women in Construction"): a count says "a billion" or "one billion"."""
    tok = doc[i]
    if not (tok.is_title and tok.lower_ in _BIG_SCALES) or i + 1 >= len(doc):
        return False
    nxt = doc[i + 1]
    return (i == 0 or not (num.is_number_word(doc[i - 1].text) or num.is_numeral(doc[i - 1].text))) \
        and nxt.is_title and nxt.is_alpha


def is_restart(doc: "Doc", start: int, end: int) -> bool:
    """A spoken number broken off and said again: "one hun- -- one million", "seven hundred thou-
    -- 750,000" (the word after it is the cut-off start of a scale word), "with two -- with two
    jabs", "add 3 -- hear me now, $3 trillion" (a dash, then the same number within a few words)."""
    if end >= len(doc):
        return False
    cut = doc[end].text
    if len(cut) > 2 and cut.endswith(("-", "–")) \
            and any(w.startswith(cut[:-1].lower()) for w in ("hundred", "thousand", "million", "billion", "trillion")):
        return True
    if cut not in ("—", "--", "–") or end - start > 3:
        return False
    said = doc[end - 1].lower_  # "over a thousand -- a thousand": the last word is said again
    return any(t.lower_ == said or t.text.lstrip("$£€") == said for t in doc[end + 1:min(len(doc), end + 7)])


def _statute_code(text: str) -> bool:
    """A dotted all-capitals abbreviation of two or more letters ("U.S.C.", "C.F.R.")."""
    letters = text.replace(".", "")
    return text.endswith(".") and text.count(".") >= 2 and len(letters) >= 2 and letters.isalpha() \
        and letters.isupper()


def is_list_number(doc: "Doc", start: int, end: int) -> bool:
    if end < len(doc) and doc[end].text == ")":
        return True  # "1) develop", "(2)"
    if end < len(doc) and doc[end].lower_ in ("st", "nd", "rd", "th"):
        return True  # an ordinal whose suffix was markup ("75<sup>th</sup>")
    if doc[start].is_sent_start and end < len(doc) and doc[end].text in (".", ")") and end == start + 1:
        return True
    return _spoken_label(doc, start, end)


def _spoken_label(doc: "Doc", start: int, end: int) -> bool:
    """A number word that opens a point of a spoken list: "Two, build trust.", "And three, connect
    people to vaccines.", "And then two is: ..." (a comma and a bare verb, or "is" and a colon)."""
    if end - start != 1 or not num.is_number_word(doc[start].text) or end + 1 >= len(doc):
        return False
    k = start
    while k > 0 and doc[k - 1].lower_ in ("and", "then") and not doc[k - 1].is_sent_start:
        k -= 1
    if k > 0 and doc[k - 1].lower_ in ("and", "then"):
        k -= 1
    if not doc[k].is_sent_start:
        return False
    nxt, after = doc[end], doc[end + 1]
    return nxt.text == "," and after.tag_ in ("VB", "VBP") or nxt.lower_ == "is" and after.text == ":"


def glued_hyphen(doc: "Doc", start: int, end: int) -> bool:
    """"two-way", "three-year", "1966-1981", "202-456-1111": not counts; but a measure ("a 3.5-inch
    display") and a range of counts ("200-250 seats") are."""
    if end < len(doc) and doc[end].text in ("-", "–") and doc[end - 1].whitespace_ == "" \
            and doc[end].whitespace_ == "":
        return hyphen_measure(doc, end) is None and not _hyphen_range(doc, end - 1)
    if start > 1 and doc[start - 1].text in ("-", "–") and doc[start - 1].whitespace_ == "" \
            and doc[start - 2].whitespace_ == "" and (num.is_numeral(doc[start - 2].text)):
        return not _hyphen_range(doc, start - 2)
    return False


def hyphen_measure(doc: "Doc", hyphen: int) -> "Token | None":
    """The measure word glued by a hyphen after a numeral ("3.5-inch", "500-km"), else None."""
    if hyphen + 1 >= len(doc) or not (num.is_numeral(doc[hyphen - 1].text) or num.is_number_word(doc[hyphen - 1].text)):
        return None  # "3.5-inch", "a three-mile walk"
    unit = doc[hyphen + 1]
    return unit if is_measure_word(unit, glued=True) else hyphen_count(doc, hyphen)  # "a 41,000-troop gap"


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
    if a >= b or (looks_like_year(doc[left].text) and looks_like_year(doc[right].text)):
        return False
    nxt = doc[right + 1]
    return nxt.tag_ in ("NNS", "NNPS") or (nxt.pos_ == "ADJ" and right + 2 < n and doc[right + 2].tag_ == "NNS") \
        or nxt.text == "%" or nxt.lower_ in ("percent", "pct") or is_measure_word(nxt, glued=False)  # "5-7%"


def after_name(doc: "Doc", start: int) -> bool:
    """A small numeral right after a proper name is part of it ("Fortune 500", "Boeing 737",
    "iPhone 4", "FTSE 100")."""
    if start == 0:
        return False
    prev = doc[start - 1]
    return (prev.pos_ == "PROPN" and prev.is_title is not False or brand_like(prev.text)) \
        and not prev.is_sent_start and prev.ent_type_ not in ("GPE", "NORP", "DATE", "TIME") \
        and prev.whitespace_ != "" and not num.is_comma_grouped(doc[start].text)


def brand_like(text: str) -> bool:
    """"iPhone", "iOS" (a capital after a lower-case start) or "FTSE", "DAX" (all capitals): a name
    whose number is part of it even before a plural ("DAX 30 indices", "iPhone 4 owners")."""
    return 1 < len(text) and text.isalpha() and (
        text.isupper() and len(text) <= 5 or (text[0].islower() and not text.islower()))



# ---- coordinated number modifiers ------------------------------------------------------------

_HYPHENS = ("-", "–")
# What may stand between two hanging modifiers: "four-, five- and six-", "3-, 5-, or 8-".
_CHAIN_LINKS = frozenset({",", "and", "or", "&", "and/or"})


def _hanging(doc: "Doc", i: int) -> int | None:
    """Index after the hyphen of a number left hanging at token ``i`` before a comma or conjunction
    ("four-," as one token, or "10" "-" ","), else None."""
    tok = doc[i]
    n = len(doc)
    if len(tok.text) > 1 and tok.text.endswith(_HYPHENS):
        return i + 1 if _is_plain_number(tok.text[:-1]) else None
    if _is_plain_number(tok.text) and tok.whitespace_ == "" and i + 2 < n and doc[i + 1].text in _HYPHENS \
            and doc[i + 2].lower_ in _CHAIN_LINKS:
        return i + 2
    return None


def _is_plain_number(text: str) -> bool:
    return num.is_numeral(text) or num.is_number_word(text)


def coordinated_modifiers(doc: "Doc", i: int) -> tuple[list[tuple[int, int]], "Token"] | None:
    """Coordinated hyphenated number modifiers that share one noun, starting at token ``i``:
    "four-, five- and six-cylinder engines", "3-, 5- and 8-inch guns", "10-, 20- and 30-year bonds".

    Every number but the last hangs on a hyphen before a comma or conjunction; the last is glued by
    a hyphen to the noun they all modify. A lone "six-cylinder" or "two-way" is no chain (None):
    without the coordination it is a compound adjective, handled like any glued hyphen.

    Returns:
        ([(start, end) of each number token span], the shared noun), or None.
    """
    n = len(doc)
    spans: list[tuple[int, int]] = []
    k = i
    while k < n:
        end = _hanging(doc, k)
        if end is not None:
            spans.append((k, k + 1))
            j = end
            while j < n and doc[j].lower_ in _CHAIN_LINKS:
                j += 1
            if j == end or j >= n:
                return None  # a hanging hyphen with no coordination after it
            k = j
            continue
        tok = doc[k]
        if spans and _is_plain_number(tok.text) and tok.whitespace_ == "" \
                and k + 2 < n and doc[k + 1].text in _HYPHENS and doc[k + 1].whitespace_ == "":
            noun = doc[k + 2]
            if noun.is_alpha and not num.is_number_word(noun.text):
                spans.append((k, k + 1))
                return spans, noun
        return None
    return None
