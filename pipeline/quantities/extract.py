"""The quantities stage: every number that counts or measures something, in text order."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from typing import TYPE_CHECKING

from .. import numbers as num
from ..knowledge.units import singular
from ..nlp import evidence
from ..records import Quantity, Ref, TimeExpression
from .attach import converted_owner, location_of, money_anchor, owner_of
from .candidate import (
    Found,
    borrow_units,
    chain_candidates,
    find_candidate,
    including_noun,
    number_of_noun,
    total_source,
)
from .ages import is_age
from .namerefs import named_numerals
from .ellipsis import collective_unit, elided_unit
from .detect import coordinated_modifiers, number_end, number_starts, starts_number
from .lexicon import OWNER_LABELS, category_of
from .markets import POINT, exchange_rate, index_level_unit
from .tallies import vote_tallies
from .units import unit_of
from .values import change_of, merge_ranges

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Token

    from ..entities import EntityIndex

def extract_quantities(doc: "Doc", entities: "EntityIndex", *,
                       dates: tuple[TimeExpression, ...] = ()) -> tuple[Quantity, ...]:
    """Find every numeric mention that counts or measures something.

    Args:
        doc: A processed Doc (see :func:`pipeline.nlp.process`).
        entities: The article's entities (for owner and location).
        dates: The article's time expressions; a number inside one ("five years", "May 3") is
            part of a date or duration, not a quantity.

    Returns:
        Quantities in text order, ids ``Q1``, ``Q2``, ...
    """
    found: list[Found] = []
    consumed = 0
    named = named_numerals(doc)  # "Section 232" makes a later "232 tariffs" a name
    for i in number_starts(doc):
        if i < consumed:
            continue
        chain = coordinated_modifiers(doc, i)  # "four-, five- and six-cylinder engines"
        if chain is not None:
            found.extend(chain_candidates(doc, *chain))
            consumed = chain[0][-1][1]
            continue
        if not starts_number(doc, i):
            continue
        end = number_end(doc, i)
        if is_age(doc, i, end) or (end - i == 1 and doc[i].text in named):
            consumed = end  # "children under the age of 5", "65 and over": ages; "copper 232 tariffs": a name
            continue
        cand = find_candidate(doc, i, end, found)
        if cand is not None:
            found.append(cand)
        consumed = end
    found = merge_ranges(doc, borrow_units(doc, found))
    out: list[Quantity] = []
    refs: dict[int, tuple[Ref | None, Ref | None]] = {}
    counted: list[tuple[int, str, str]] = []  # (first token, unit, category) of the counts so far
    last_rate: tuple[int, tuple[str, str]] | None = None  # (sentence start, (unit, ISO 4217)) of the last exchange rate
    for k, f in enumerate(found):
        head = f.head
        unit = f.unit
        category = f.category
        currency = f.currency
        owner = location = None
        if head is None and unit is None and f.currency is None and f.category == "count":
            noun = number_of_noun(doc, f.num_start) or including_noun(doc, doc[f.num_end - 1])
            if noun is not None:
                unit = unit_of(doc, noun)  # "job cuts of 10,000": jobs
                category = category_of(unit)
            elif (group := collective_unit(doc[f.num_end - 1])) is not None:
                unit, category = group, category_of(group)  # "driving total enrollment to over 45 million": people
            elif (total := total_source(doc, f, found[:k])) is not None:  # "taking the total to 2,500"
                unit, category = total.unit, total.category
            elif (elided := elided_unit(doc, f.num_start, f.num_end, counted)) is not None:
                unit, category = elided  # "over 500,000 of them", "how many people? Nine hundred."
        if head is None and currency is None and category != "percent":
            rate = exchange_rate(doc, f.num_start, f.num_end)
            if rate is None and unit is None and last_rate is not None and last_rate[0] == doc[f.num_start].sent.start:
                rate = last_rate[1]  # "peaking at 76.25 to a dollar before finishing at 79.14": the same rate
            if rate is not None:
                unit, category, currency = rate[0], "money", rate[1]  # "the yen hit 76.25 to the dollar"
                last_rate = (doc[f.num_start].sent.start, rate)
        if index_level_unit(doc, f.num_start, unit, category, currency, own_noun=f.head is not None):
            unit, category = POINT, "other"  # "the Dow fell below 8,000", "the 5000 mark": index points
        if unit is not None and f.currency is None:
            counted.append((f.num_start, unit, category))
        if unit == "other" and head is not None and (noun := including_noun(doc, head)) is not None:
            unit = singular(noun)  # "senators, including Fred and five others": five senators
            category = category_of(unit)
        elif unit == "other" and head is not None and head.lower_ == "others" and (
                prior := next((c for c in reversed(counted) if c[0] < f.num_start and c[2] != "other"), None)) is not None \
                and prior[0] >= head.sent.start and prior[1] != "other":
            unit, category = prior[1], prior[2]  # "create 2,000 jobs and support 25,000 others": jobs
        anchor = head
        if anchor is None and (f.currency is not None or f.source is not None):
            anchor = money_anchor(doc, f) if f.currency is not None else doc[f.num_end - 1]
        if anchor is not None:
            labels = OWNER_LABELS | ({"ORG"} if category in ("personnel", "equipment") else frozenset())
            owner = owner_of(doc, f.num_end, anchor, entities, frozenset(labels),
                             verb_subject=category in ("personnel", "equipment", "money"))
            location = location_of(doc, anchor, entities, category)
        if f.source is not None and id(f.source) in refs:
            src_owner, src_location = refs[id(f.source)]
            owner = owner or src_owner
            if f.source.num_start > f.num_start:  # a range shares its place: "2 to 3 brigades in Estonia"
                location = location or src_location
        if f.currency is not None and owner is None and location is None:
            owner, location = converted_owner(doc, f, found[k - 1] if k else None, refs)
        refs[id(f)] = (owner, location)
        start_char = doc[f.start].idx
        end_char = _end_char(doc[f.text_end])
        text = " ".join(evidence(doc, start_char, end_char).text.split())
        ev = evidence(doc, doc[f.ev_start].idx, _end_char(doc[f.ev_end - 1]))
        out.append(Quantity(id="", text=text, value=f.value, approximate=f.approximate, qualifier=f.qualifier,
                            unit=unit, category=category, currency=currency, owner=owner, location=location,
                            evidence=ev, per=f.per, high=f.high, change=change_of(doc, f)))
    inside = _date_cover(dates)
    kept = [q for q in out if not inside(q.evidence.start, q.evidence.end)]
    if tallies := vote_tallies(doc):  # "voted 52-35": two counts of votes, not a range
        kept = sorted([q for q in kept if not any(q.evidence.start < t.evidence.end and t.evidence.start < q.evidence.end
                                                  for t in tallies)] + tallies, key=lambda q: q.evidence.start)
    return tuple(replace(q, id=f"Q{k}") for k, q in enumerate(kept, 1))


def _end_char(tok: "Token") -> int:
    """End of a token's text, without the sentence's full stop the tokenizer left on a scale ("$800m.")
    or the hyphen a coordinated modifier hangs on ("four-, five- and six-cylinder")."""
    end = tok.idx + len(tok.text)
    if len(tok.text) > 1 and tok.text.endswith(("-", "–")):
        return end - 1
    return end - 1 if tok.text.endswith(".") and num.scale_word(tok.text) is not None else end


def _date_cover(dates: tuple[TimeExpression, ...]):
    """A test "is [start, end) inside some date's evidence", by sorted search: dates sorted by start
    with the running maximum of their ends, so each query is one bisection (no quantity x date loop)."""
    spans = sorted((d.evidence.start, d.evidence.end) for d in dates)
    starts = [s for s, _ in spans]
    reach: list[int] = []
    best = -1
    for _, e in spans:
        best = max(best, e)
        reach.append(best)

    def inside(start: int, end: int) -> bool:
        k = bisect_right(starts, start) - 1
        return k >= 0 and reach[k] >= end

    return inside

