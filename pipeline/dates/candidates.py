"""Finding time-expression candidates in a parsed Doc.

Candidates come from two sources, merged where they overlap:

- spaCy's ``DATE``/``TIME`` entities;
- a token :class:`~spacy.matcher.Matcher` for what the small model misses or mislabels:
  sentence-initial "Today", vague references ("now", "recently", "soon", "the future"),
  frequency words ("annual", "every year", "weekly"), decades ("the 2020s"), years after a
  preposition ("by 2024"), month names that are proper nouns (never the modal "may").

Spans that are not time expressions are filtered out here when the tokens show it: a number
the model tagged DATE that counts a plural noun ("2000 soldiers"), a number inside a name
("Russell 2000 Index"), dates inside a link. Each candidate carries the tense of its clause.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import product
from typing import TYPE_CHECKING

from .. import numbers
from ..knowledge.units import counted_nouns
from ..knowledge.wordlists import word_set
from ..syntax import governing_verb
from .lexicon import (
    MONTH_CUES, MONTHS, NO_JOIN_POS, NO_JOIN_WORDS, PREP_YEAR, SEASONS, TIME_ZONES, WEEKDAY_MODIFIERS, WEEKDAYS, YEAR_CUES,
    ZONE_NAMES,
)
from .patterns import QUOTED_YEAR, URL
from .speech import matcher_patterns as speech_patterns
from .spanwords import (
    FOCUS_ADVERBS, coordinated_day, labels_reported_figures, names_with_year, ordinal_after_weekday, prospective,
)

if TYPE_CHECKING:
    from spacy.matcher import Matcher
    from spacy.tokens import Doc, Token
    from spacy.vocab import Vocab

__all__ = ["DateMatcher", "date_matcher", "find_candidates", "matcher_patterns", "native_start", "word_sequences"]


def matcher_patterns() -> list[tuple[str, list[list[dict]]]]:
    """Token patterns, by key, for what the model's DATE/TIME entities miss or mislabel."""
    def low(*words: str) -> dict:
        # one word is tested in C; a set of words is a Python call per token tried
        return {"LOWER": words[0]} if len(words) == 1 else {"LOWER": {"IN": list(words)}}

    month_names = [m for m in MONTHS if len(m) > 3] + ["sept"]
    return [
        ("DEICTIC", [[low("today", "tonight", "yesterday", "tomorrow")]]),
        ("DEICTIC", [[low("earlier", "later"), low("today", "tonight")]]),
        ("VAGUE", [[{"LOWER": "now", "POS": {"IN": ["ADV", "NOUN", "ADJ", "SCONJ"]}}],
                   [low("recently", "lately", "currently", "soon", "nowadays")],
                   [low("to"), low("date")],
                   [low("the"), low("near", "foreseeable", "distant"), low("future")],
                   [low("the"), {"LOWER": "future", "POS": "NOUN"}],
                   [low("the"), {"LOWER": "past", "POS": "NOUN"}],
                   [low("in"), low("recent"), low("years", "months", "weeks")],
                   [low("the"), low("coming"), low("days", "weeks", "months", "years")],
                   *([low("the"), low(w), low("term")] for w in ("near", "short", "medium", "long", "longer")),
                   [low("the"), low("time"), low("being")],
                   [low("the"), low("other"), low("day", "night", "week", "morning", "evening")]]),
        # "later in the week": the week the text speaks of (the anchor's, or the one just named)
        ("IN_THE", [[low("later", "earlier"), low("in"), low("the"), low("day", "week", "month", "year")]]),
        ("HALF", [[{"LIKE_NUM": True}, low("and"), low("a"), low("half"),
                   low("years", "months", "weeks", "days", "hours", "minutes", "decades")],
                  [low("a", "an", "one"), low("year", "month", "week", "day", "hour", "minute", "decade"),
                   low("and"), low("a"), low("half")],
                  [low("half"), low("a", "an"), low("year", "month", "week", "day", "hour", "minute", "decade",
                                                   "century")]]),
        ("SET", [[low("annual", "annually", "yearly", "weekly", "monthly", "quarterly", "biennial", "biannual")],
                 [low("every", "each"), {"LIKE_NUM": True, "OP": "?"},
                  low("year", "years", "month", "months", "week", "weeks", "day", "days")]]),
        ("DECADE", [[{"LOWER": "the", "OP": "?"}, {"LOWER": {"IN": ["early", "mid", "late"]}, "OP": "?"},
                     {"SHAPE": {"IN": ["ddddx", "dddd'x"]}}],
                    [low("this", "the", "last", "next"), low("decade", "century")]]),
        # "over a decade", "nearly a decade": the model often leaves the one-decade length untagged
        ("DURATION", [[low("a"), low("decade")],
                      [low("decades", "years", "months", "generations"), low("to"), low("come")],
                      [low("yearlong", "monthlong", "weeklong", "daylong", "decadelong")],
                      [{"LOWER": {"IN": ["for", "over"]}}, {"LOWER": "the", "OP": "?"},
                       low("years", "decades", "months", "weeks")]]),
        # the year alone: the preposition before it is checked by _year_ok (see there)
        ("YEAR", [[{"SHAPE": "dddd", "TAG": "CD"}]]),
        # "in ‘06": a year abbreviated behind an opening curly quote, split off by the tokenizer
        ("QUOTED_YEAR", [[{"TEXT": {"IN": ["‘", "’"]}, "SPACY": False}, {"SHAPE": "dd"}]]),
        # "the day prior", "the day before": the day next to one just named (checked in find_candidates)
        ("DAY_REL", [[low("the"), low("day"), low("prior", "before", "after", "earlier", "later")]]),
        ("FISCAL", [[{"SHAPE": {"IN": ["XXdd", "XXdddd"]}}]]),  # "FY25", checked in find_candidates
        ("PREFIXED", [[{"SHAPE": {"IN": ["xxxx-dddd", "xxx-dddd", "Xxxx-dddd", "Xxx-dddd"]}}],
                      [{"LOWER": {"IN": ["post", "pre", "mid"]}}, {"TEXT": "-"}, {"SHAPE": "dddd"}]]),
        ("MONTH", [[{"LOWER": {"IN": month_names}, "TAG": "NNP", "OP": "+"}]]),
        ("RELATIVE", [[low("this", "last", "next", "past"),
                       low("week", "month", "year", "weekend", "summer", "winter", "spring", "autumn", "fall",
                           "morning", "afternoon", "evening", "night", *WEEKDAYS)]]),
        ("WEEKDAY", [[{"LOWER": {"IN": list(WEEKDAYS)}}, low("morning", "afternoon", "evening", "night", "noon")],
                     [{"LOWER": {"IN": list(WEEKDAYS)}}]]),
        ("NUMERIC", [[{"SHAPE": {"IN": ["dd/dd/dddd", "d/dd/dddd", "dd/d/dddd", "d/d/dddd", "d/d/dd", "dd/dd/dd",
                                        "dddd-dd-dd", "dd.dd.dddd"]}}]]),
        ("RATE", [[{"LIKE_NUM": True}, low("a", "per"), low("year", "month", "week", "day")],
                  [low("once", "twice", "thrice"), low("a", "per"), low("year", "month", "week", "day")]]),
        # "£64bn a year", "A$240m a year": an amount whose numeral carries its scale (checked in find_candidates)
        ("RATE_AMOUNT", [[low("a", "per"), low("year", "month", "week", "day")]]),
        ("COUNT", [[{"LIKE_NUM": True, "OP": "+"}, {"TEXT": "-", "OP": "?"},
                    low("years", "months", "weeks", "days", "decades", "hours", "centuries", "year", "month", "week", "day", "decade", "hour")]]),
        ("QUARTER", [[low("first", "second", "third", "fourth", "last", "final"), {"TEXT": "-", "OP": "?"}, low("quarter")],
                     # "Q3 growth", "sales in Q1": the business shorthand, capitalised (a lower-case "q3" is rarely a quarter)
                     [{"TEXT": {"IN": ["Q1", "Q2", "Q3", "Q4"]}}]]),
        ("CLOCK", [[{"SHAPE": {"IN": ["d:dd", "dd:dd", "dddd"]}}, low(*TIME_ZONES)],
                   # "11:17 A.M. EST", "8:00pm ET", "10:00 a.m. Eastern": a dateline's or schedule's clock
                   [{"SHAPE": {"IN": ["d:dd", "dd:dd"]}}, low("a.m.", "p.m.", "am", "pm", "a.m", "p.m"),
                    {"LOWER": {"IN": [*TIME_ZONES, *ZONE_NAMES]}, "OP": "?"}],
                   [{"SHAPE": {"IN": ["d:ddxx", "dd:ddxx", "d:dd.x.", "dd:dd.x."]}},
                    {"LOWER": {"IN": [*TIME_ZONES, *ZONE_NAMES]}, "OP": "?"}]]),
        ("AGO", [[{"LIKE_NUM": True}, low("years", "months", "weeks", "days", "decades"), low("ago")]]),
        *speech_patterns(),
    ]


def native_start(pattern: list[dict]) -> list[list[dict]]:
    """The same pattern as alternatives whose leading tokens test plain attribute values.

    The Matcher tries every pattern at every token and evaluates ``IN`` sets in Python, so an
    ``IN`` on a token a match can start with costs a Python call per token of the document;
    one alternative per value is tested in C. ``IN`` further on runs only after a start matched.
    """
    heads: list[list[dict]] = [[]]
    for i, spec in enumerate(pattern):
        op = spec.get("OP")
        rest = pattern[i + 1:]
        if op in ("+", "*"):
            # A+ is A A*; only the first A can start a match (A* cannot be split by value)
            if op == "*":
                raise ValueError("a leading '*' token cannot be expanded")
            rest = [dict(spec, OP="*"), *rest]
            spec = {k: v for k, v in spec.items() if k != "OP"}
        variants = [spec]
        for key, value in spec.items():
            if isinstance(value, dict) and set(value) == {"IN"}:
                variants = [dict(v, **{key: x}) for v in variants for x in value["IN"]]
        heads = [h + [v] for h in heads for v in variants]
        if spec.get("OP") != "?":
            return [h + rest for h in heads]
    return heads


def word_sequences(pattern: list[dict], limit: int = 1000) -> list[list[str]] | None:
    """The lower-case word sequences a pattern of plain word tests matches, or None.

    A pattern whose every token tests ``LOWER`` only (one word or a set of words, optional or
    not) matches exactly these sequences; a phrase matcher finds them in one pass over the Doc,
    while the token Matcher tries every pattern at every token. None for any other pattern (or
    more than ``limit`` sequences).
    """
    options: list[list[str | None]] = []
    for spec in pattern:
        op = spec.get("OP")
        if op not in (None, "?") or set(spec) - {"LOWER", "OP"}:
            return None
        value = spec["LOWER"]
        if isinstance(value, str):
            words = [value]
        elif isinstance(value, dict) and set(value) == {"IN"}:
            words = list(value["IN"])
        else:
            return None
        if not words or any(not isinstance(w, str) or not w or w != w.lower() for w in words):
            return None
        options.append([*words, None] if op == "?" else words)
    out: list[list[str]] = []
    for combo in product(*options):
        words = [w for w in combo if w is not None]
        if words:
            out.append(words)
        if len(out) > limit:
            return None
    return out


class DateMatcher:
    """The matches of :func:`matcher_patterns`: patterns of plain words through a
    :class:`~spacy.matcher.PhraseMatcher` on ``LOWER``, the others through a token
    :class:`~spacy.matcher.Matcher` (with :func:`native_start`); called on a Doc, it returns the
    ``(match_id, start, end)`` the token Matcher would return for all the patterns (the same set;
    the candidates do not depend on the order)."""

    def __init__(self, vocab: "Vocab") -> None:
        from spacy.matcher import Matcher, PhraseMatcher
        from spacy.tokens import Doc

        self.tokens = Matcher(vocab)
        self.phrases = PhraseMatcher(vocab, attr="LOWER")
        self.n_tokens = self.n_phrases = 0
        for key, patterns in matcher_patterns():
            alts, docs = [], []
            for pattern in patterns:
                seqs = word_sequences(pattern)
                if seqs is None:
                    alts.extend(native_start(pattern))
                else:
                    docs.extend(Doc(vocab, words=words) for words in seqs)
            if alts:
                self.tokens.add(key, alts)
                self.n_tokens += len(alts)
            if docs:
                self.phrases.add(key, docs)
                self.n_phrases += len(docs)

    def __call__(self, doc: "Doc") -> list[tuple[int, int, int]]:
        found = list(self.tokens(doc)) if self.n_tokens else []
        if self.n_phrases:
            found.extend(self.phrases(doc))
        return found


@lru_cache(maxsize=4)
def date_matcher(vocab: "Vocab") -> DateMatcher:
    """The matcher of :func:`matcher_patterns` for a vocabulary (built once per vocabulary).

    Most patterns are sequences of plain words ("the near future", "every week"); a token
    Matcher costs per pattern and token, so they go to a phrase matcher (dates stage about -20%
    CPU, docs/performance.md "Eighth round")."""
    return DateMatcher(vocab)



# ---- candidates ------------------------------------------------------------------------

def find_candidates(doc: "Doc", text: str) -> list[tuple[int, int, str | None]]:
    """Character ranges of ``text`` (``doc.text``) to interpret: sources merged, calendar parts joined."""
    spans: list[tuple[int, int]] = []  # token ranges
    for ent in doc.ents:
        if ent.label_ in ("DATE", "TIME") and not _counts_something(doc, ent.start, ent.end) \
                and not _season_modifier(doc, ent.start, ent.end):
            spans.append((ent.start, ent.end))
    for match_id, s, e in date_matcher(doc.vocab)(doc):
        key = doc.vocab.strings[match_id]
        if key == "YEAR" and not _year_ok(doc, s, e):
            continue
        if key == "RATE":
            s += 1  # the count only licenses the expression; it is not part of it
        elif key == "RATE_AMOUNT" and not _after_scaled_amount(doc, s):
            continue
        elif key == "DAY_REL" and e < len(doc) and (doc[e].pos_ in ("DET", "NOUN", "PROPN", "PRON", "NUM")
                                                    or doc[e].lower_ in ("yesterday", "tomorrow")):
            continue  # "the day before the vote" names its day by what follows, "the day before yesterday" is deictic
        elif key == "QUOTED_YEAR" and (s == 0 or doc[s - 1].lower_ not in PREP_YEAR or e < len(doc) and doc[e].like_num):
            continue
        elif key == "VAGUE" and not _vague_ok(doc, s, e):
            continue
        elif key == "MONTH" and not _month_ok(doc, s, e):
            continue
        elif key == "FISCAL" and not doc[s].lower_.startswith("fy"):
            continue
        spans.append((s, e))
    tokens: list[tuple[int, int]] = []
    for s, e in spans:
        while s < e and doc[s].is_space:
            s += 1
        while e > s and doc[e - 1].is_space:
            e -= 1
        while e - s > 1 and doc[e - 1].lower_ in FOCUS_ADVERBS:
            e -= 1  # "in the second quarter alone": the adverb limits the claim, not the time
        if s < e and not _in_name(doc, s, e):
            tokens.append(_extend(doc, s, e))
    tokens.sort()
    merged: list[list[int]] = []
    for s, e in tokens:
        # overlapping, or directly adjacent ("June" + "8, 2010", "Friday" + "morning")
        if merged and (s < merged[-1][1] or s == merged[-1][1] and doc[s].pos_ not in NO_JOIN_POS
                       and doc[s].lower_ not in NO_JOIN_WORDS or coordinated_day(doc, merged[-1][1], s)):
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    out = []
    for s, e in merged:
        start, end = doc[s].idx, doc[e - 1].idx + len(doc[e - 1])
        if not _in_url(text, start, end):
            out.append((start, end, _tense(doc, s, e)))
    return out


def _after_scaled_amount(doc: "Doc", s: int) -> bool:
    """The token before ``s`` ends an amount written with a scale: "64bn", "240" + "m"."""
    if s == 0:
        return False
    prev = doc[s - 1]
    if prev.like_num:
        return False  # "15 a year", "$2 million a year": the RATE pattern has them
    if numbers.numeral_decimal(prev.text) is not None and any(c.isalpha() for c in prev.text):
        return True  # "64bn", "3m"
    return numbers.scale_word(prev.text) is not None and s >= 2 and doc[s - 2].like_num


def _counts_something(doc: "Doc", s: int, e: int) -> bool:
    """A bare number the model tagged DATE that counts a plural noun ("a force of 2000 soldiers",
    "2000 new jobs") is a quantity, not a year."""
    if not all(t.like_num for t in doc[s:e]):
        return False
    if s > 0 and doc[s - 1].lower_ in YEAR_CUES:
        return False  # "the 2000 elections", "In 2000 troops left": the year reading wins
    n = len(doc)
    head = doc[e] if e < n and doc[e].tag_ in ("NNS", "NNPS") else (
        doc[e + 1] if e + 1 < n and doc[e].tag_ in ("JJ", "VBN") and doc[e + 1].tag_ in ("NNS", "NNPS") else None)
    if head is None:
        return False
    # Right after a verb the number opens its object ("create 2000 new jobs"); otherwise only
    # people and military hardware are counted this way ("2050 goals" names a year).
    return (s > 0 and doc[s - 1].pos_ in ("VERB", "AUX")) or _is_counted_force_noun(head.lemma_.lower())


def _season_modifier(doc: "Doc", s: int, e: int) -> bool:
    """A season word that modifies the noun after it names a kind of thing, not a time: "a winter
    storm", "the summer camp", "a spring offensive" (the storm is in some winter, which one the
    text does not say)."""
    if e - s != 1 or doc[s].lower_ not in SEASONS or e >= len(doc):
        return False
    nxt = doc[e]
    return nxt.pos_ in ("NOUN", "PROPN") and doc[s].head.i == nxt.i and doc[s].dep_ in ("compound", "amod", "nmod")


def _is_counted_force_noun(lemma: str) -> bool:
    return lemma in counted_nouns()


def _in_url(text: str, start: int, end: int) -> bool:
    """Dates written inside a link ("/uploads/2022/07/", "...-6-june-2022") are not in the prose."""
    left = max(text.rfind(" ", 0, start), text.rfind("\n", 0, start), text.rfind("(", 0, start)) + 1
    right_space = [i for i in (text.find(" ", end), text.find("\n", end), text.find(")", end)) if i >= 0]
    right = min(right_space) if right_space else len(text)
    return URL.search(text, left, right) is not None


def _in_name(doc: "Doc", s: int, e: int) -> bool:
    """A lone number between capitalised words is part of a name ("Russell 2000 Index")."""
    if e - s <= 2 and s > 0 and doc[s].text[0] == "'" and QUOTED_YEAR.fullmatch(doc[s:e].text) and doc[s - 1].pos_ == "PROPN" \
            and doc[s - 1].lower_.rstrip(".") not in MONTHS:
        return True  # a version named by its year: "iLife '11", "Windows '95"
    if e - s == 1 and s >= 2 and _is_year(doc[s]) and doc[s - 1].lower_ == "of" and doc[s - 2].text in _INSTRUMENTS:
        return True  # the year of a law's or treaty's title: "the Foreign Assistance Act of 1961"
    if e - s == 1 and s > 0 and _is_year(doc[s]) and names_with_year(doc[s - 1]):
        return True  # a name that carries a year: "APEC 2024", "Vision 2030", "Agenda 2063", "Expo 2025"
    if e - s != 1 or not doc[s].is_digit or s == 0 or e >= len(doc):
        return False
    before, after = doc[s - 1], doc[e]
    return before.pos_ == "PROPN" and before.is_title and after.pos_ == "PROPN" and after.is_title and not after.lower_ in MONTHS


# Capitalised heads of the titles of laws and treaties that end in their year ("the Trade Act of
# 1974", "the Treaty of 1818"): the year is part of the title, as the gold leaves it.
_INSTRUMENTS = word_set("dates", "law_title_heads")


def _ascii_digits(tok: "Token") -> bool:
    # Token.is_digit is str.isdigit, true for superscripts ("²") that int() refuses.
    return tok.is_digit and tok.text.isascii()


def _is_day_number(tok: "Token") -> bool:
    return _ascii_digits(tok) and 1 <= len(tok.text) <= 2 and 1 <= int(tok.text) <= 31


def _is_year(tok: "Token") -> bool:
    return _ascii_digits(tok) and len(tok.text) == 4 and 1500 <= int(tok.text) <= 2100


def _extend(doc: "Doc", s: int, e: int) -> tuple[int, int]:
    """Take in the calendar parts next to a span that the sources left out ("October" + "6, 2011")."""
    n = len(doc)
    if doc[e - 1].lower_.rstrip(".") in MONTHS and doc[e - 1].tag_ == "NNP":
        if e < n and _is_day_number(doc[e]):
            e += 1
        elif e + 1 < n and doc[e].lower_ == "of" and _is_year(doc[e + 1]):
            e += 2
    if _is_day_number(doc[e - 1]) and e + 1 < n and doc[e].text == "," and _is_year(doc[e + 1]):
        e += 2
    if s >= 1 and _is_day_number(doc[s - 1]) and doc[s].lower_.rstrip(".") in MONTHS and doc[s].tag_ == "NNP" \
            and doc[s - 1].whitespace_:
        s -= 1  # the day written before the month: "the 10 July 2023 statement"
    if s >= 2 and doc[s - 1].text == "," and doc[s - 2].lower_ in WEEKDAYS and doc[s].lower_.rstrip(".") in MONTHS:
        s -= 2
    elif e - s == 1 and doc[s].lower_ in WEEKDAYS and s > 0 and doc[s - 1].is_title and doc[s - 1].pos_ in ("PROPN", "ADJ") \
            and not doc[s - 1].is_sent_start and doc[s - 1].ent_type_ in ("", "DATE", "EVENT") and doc[s - 1].lower_ not in WEEKDAY_MODIFIERS and doc[s - 1].lower_ not in MONTHS:
        s -= 1  # a named day: "Black Monday", "Super Tuesday"
    return s, ordinal_after_weekday(doc, e)


def _year_ok(doc: "Doc", s: int, e: int) -> bool:
    """A bare year counts after a preposition ("by 2024"), not before a plural ("of 2000 troops").

    The preposition licenses the year but is not part of the expression. It is checked here
    rather than in the pattern because a Matcher pattern starting with a word set is slow.
    """
    if s == 0 or e < len(doc) and doc[e].tag_ in ("NNS", "NNPS"):
        return False
    before = doc[s - 1]
    return before.lower_ in PREP_YEAR or before.pos_ in ("ADP", "SCONJ")


def _vague_ok(doc: "Doc", s: int, e: int) -> bool:
    """Vague words that are manner or compounds, not times: "as soon as", "now-cancelled"."""
    word = doc[s].lower_
    nxt = doc[e] if e < len(doc) else None
    if nxt is not None and nxt.text == "-" and not doc[e - 1].whitespace_:
        return False
    if word == "soon" and (s > 0 and doc[s - 1].lower_ == "as" or nxt is not None and nxt.lower_ in ("as", "after", "thereafter")):
        return False
    if word == "to" and s > 0 and doc[s - 1].lower_ in ("up", "out"):
        return False  # "bring you up to date", "out of date" are idioms of being current
    if word == "now" and _discourse_now(doc, s):
        return False
    return True


# Words that may open a sentence before a discourse "now" ("And now, ...", "So now —"); "But now,"
# contrasts two times and stays a date.
_OPENERS = frozenset({"and", "so", "well", "okay", "ok", "all", "right"})
# Verbs of handing the floor on, with which "now" orders the talk, not the time: "I will now turn
# the call over to ...", "now I'd like to introduce ...".
_FLOOR_VERBS = word_set("dates", "floor_verbs")
_DASHES = frozenset({",", "—", "–", "-", "--", ":"})


def _discourse_now(doc: "Doc", s: int) -> bool:
    """A "now" that structures speech rather than naming the present: one that opens its
    sentence and is set off by a comma or dash ("Now, the United States is ...", "Now — now my
    predecessor ..."), or one on a verb of handing the floor on with a first-person subject ("I
    will now turn it over to ...", "And now I'm going to turn it back ...")."""
    if s >= 1 and doc[s - 1].lower_ == "right" and (s < 2 or doc[s - 2].lower_ != "all"):
        return False  # "Right now, ...": the adverb "right now" is the present, not an opener
    k = s - 1
    while k >= doc[s].sent.start and (doc[k].lower_ in _OPENERS or doc[k].is_punct and doc[k].text in _DASHES):
        k -= 1
    opens = k < doc[s].sent.start or doc[k].lower_ == "now" and k == s - 2 and doc[k + 1].text in _DASHES
    if opens and s + 1 < len(doc) and doc[s + 1].text in _DASHES:
        return True
    if opens and k == s - 2 and doc[k + 1].text in _DASHES and doc[k].lower_ == "now":
        return True  # the repeated "now" of "Now — now my predecessor"
    verb = doc[s].head
    for _ in range(3):  # "now I'm going to turn": from "going" down to "turn"
        if verb.lemma_.lower() in _FLOOR_VERBS:
            break
        xcomp = next((c for c in verb.children if c.dep_ == "xcomp"), None)
        if xcomp is None:
            break
        verb = xcomp
    if verb.lemma_.lower() not in _FLOOR_VERBS:
        return False
    subject = next((c for c in doc[s].head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.lower_ in ("i", "we")


def _month_ok(doc: "Doc", s: int, e: int) -> bool:
    """A month name alone is a date only where it cannot be the modal "may" or a person's name."""
    tok = doc[s]
    if tok.lower_ != "may" and tok.ent_type_ != "PERSON":
        return True
    nxt = doc[e] if e < len(doc) else None
    prv = doc[s - 1] if s > 0 else None
    if nxt is not None and (nxt.like_num or nxt.lower_ == "of"):
        return True
    return prv is not None and prv.lower_ in MONTH_CUES


def _tense(doc: "Doc", start: int, end: int) -> str | None:
    """Past or future for the clause holding a span, from its governing verb."""
    head = governing_verb(doc[start:end].root)
    if head is None or labels_reported_figures(doc, start, end):
        return None
    words = [c for c in head.children if c.dep_ in ("aux", "auxpass")] + [head]
    lowers = {w.lower_ for w in words}
    if start > 0 and doc[start - 1].lower_ in ("by", "until") and head.tag_ == "VB" and "to" in lowers:
        return "future"  # a deadline of what someone is to do: "ordered them to leave by Saturday"
    if lowers & {"will", "shall", "'ll", "wo"} or head.lower_ in ("going",) or any(w.tag_ == "VBG" and w.lower_ == "going" for w in words):
        return "future"
    if head.tag_ == "VBG" and lowers & {"is", "are", "am", "'re"} and doc[end - 1].lower_ in WEEKDAYS:
        return "future"  # "Scholz is coming to the White House on Friday": an arrangement ahead
    if head.tag_ == "VB" and "to" in lowers and prospective(head.head):
        return "future"  # "expects to return to profit in the first quarter": what is expected lies ahead
    if any(w.tag_ == "VBD" for w in words) or (lowers & {"has", "have", "had"} and any(w.tag_ == "VBN" for w in words)):
        return "past"
    if head.tag_ == "VBN" and any(w.lower_ in ("was", "were") for w in words):
        return "past"
    return None
