"""Values beyond one number: ranges ("$3 billion to $5 billion", "5-7%", "between 4% and 5%") as one
quantity with ``high``, and the direction of a reported change ("rose 2%", "a cut of 300 troops").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from decimal import Decimal

from .. import numbers as num
from ..syntax import governing_verb
from .lexicon import CHANGE_NOUNS, CHANGE_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .candidate import Found

# Words between the two ends of a range; "and" only after "between" ("between 4% and 5%").
_RANGE_WORDS = frozenset({"to", "-", "–", "through"})


def _link(doc: "Doc", low: "Found", high: "Found") -> bool:
    """True when only a range word stands between two numbers ("5 to 7", "5-7", "between 5 and 7")."""
    between = doc[low.ev_end:high.ev_start]
    if len(between) != 1:
        return False
    word = between[0].lower_
    if word in _RANGE_WORDS:
        return True
    return word == "and" and low.start > 0 and doc[low.start - 1].lower_ == "between"


def _is_change_path(doc: "Doc", low: "Found") -> bool:
    """ "rose from 5% to 7%": a move between two levels, not a range."""
    verb = governing_verb(doc[low.num_start], hops=3, pos=("VERB",))  # number -> noun -> "from" -> verb
    return verb is not None and verb.lemma_.lower() in CHANGE_VERBS


def _same_kind(low: "Found", high: "Found") -> bool:
    return low.unit == high.unit and low.currency == high.currency and low.category == high.category \
        and low.per == high.per


def _scale(doc: "Doc", f: "Found") -> int:
    """The scale written in a number ("350 million" -> 1,000,000; "$3bn" -> 1,000,000,000), else 1."""
    for tok in doc[f.num_start:f.num_end]:
        word = num.scale_word(tok.text)
        if word is None and num.is_numeral(tok.text) and tok.text[-1].isalpha():
            word = num.scale_word(tok.text.lstrip("0123456789.,-"))
        if word is not None and num.SCALES[word] >= 1000:
            return num.SCALES[word]
    return 1


def merge_ranges(doc: "Doc", found: list["Found"]) -> list["Found"]:
    """Join the two ends of a range into one quantity: the first keeps its start, qualifier and value,
    takes the second's value as ``high`` and its unit, currency and extent."""
    out: list["Found"] = []
    for f in found:
        prev = out[-1] if out else None
        if prev is not None and prev.high is None and _same_kind(prev, f) and _link(doc, prev, f) \
                and prev.value < f.value and not _is_change_path(doc, prev):
            scale = _scale(doc, f)
            if scale > 1 and _scale(doc, prev) == 1 and prev.value * scale <= f.value:
                prev.value = num.record_value(Decimal(str(prev.value)) * scale)  # "$300 to 350 million"
            prev.high = f.value
            prev.ev_end, prev.text_end, prev.num_end = f.ev_end, f.text_end, f.num_end
            prev.head = f.head or prev.head
            prev.approximate = prev.approximate or f.approximate
            if prev.source is f:
                prev.source = None
            continue
        out.append(f)
    # A number that borrowed its unit from a merged end now points at the range itself.
    merged = {id(f) for f in out}
    by_token = {i: g for g in out for i in range(g.num_start, g.num_end)}
    for f in out:
        if f.source is not None and id(f.source) not in merged:
            f.source = by_token.get(f.source.num_start)
    return out


def change_of(doc: "Doc", f: "Found") -> str | None:
    """ "increase" or "decrease" when the number is the amount of a reported change: the object or
    measure of a verb of change ("rose 2%", "cut 300 jobs", "fell by $1.3m") or what a noun of change
    is of or is modified by ("a cut of 300 troops", "a 2% rise"). A level reached ("rose to 7%") is
    no change amount."""
    tok = doc[f.num_end - 1] if f.head is None else f.head
    if tok.i + 1 < len(doc) and doc[tok.i].dep_ == "nummod" and tok.head.i > tok.i:
        tok = tok.head
    for _ in range(2):
        head = tok.head
        if tok.dep_ in ("dobj", "npadvmod", "advmod", "attr") and head.pos_ == "VERB":
            return CHANGE_VERBS.get(head.lemma_.lower())
        if tok.dep_ == "pobj" and head.lower_ == "by" and head.head.pos_ == "VERB":
            return CHANGE_VERBS.get(head.head.lemma_.lower())
        if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
            return CHANGE_NOUNS.get(head.head.lemma_.lower())
        if tok.dep_ in ("compound", "amod", "nmod", "nummod") and head.pos_ == "NOUN" and head.i > tok.i:
            return CHANGE_NOUNS.get(head.lemma_.lower())
        if tok.dep_ in ("nummod", "quantmod", "compound") and head.i != tok.i:
            tok = head  # climb from the number to its noun: "2 %" -> "%"
            continue
        break
    return None

