"""What a number with no noun of its own counts: the noun the text left out.

Speech and fact sheets drop the counted noun when the context has just named it: "a national
network of charging stations — over 500,000 of them", "how many people travel with me? Nine
hundred.", "200 million doses this year and the remaining 300 million next year", "the volume
of shipments has skyrocketed, with 309 million so far", "the rotation of US Marines through
Darwin to about 2,500", "a nation of about 18 million". The guide names a unit for every
quantity (gold never leaves one empty), so a nounless number takes the noun its context
supplies, looked for from the most to the least specific cue.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..knowledge.units import singular, tables
from ..knowledge.wordlists import word_set
from ..syntax import governing_verb
from .lexicon import PEOPLE_OBJECT_VERBS, PEOPLE_STATES, PEOPLE_SUBJECT_VERBS, category_of
from .units import unit_of

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span
    from spacy.tokens import Token

# Pronouns that stand for the counted noun in "500,000 of them".
_OF_PRONOUNS = frozenset({"them", "those", "these", "which", "whom", "us", "you"})
# Nouns whose "of" phrase gives a population: "a nation of 18 million", "a city of 2 million".
POPULATION_HOLDERS = word_set("quantities", "population_holders")
# Nouns that stand for an amount of their compound or "of" noun: "troop numbers", "the volume of
# shipments", "the number of refugees", "troop levels".
AMOUNT_NOUNS = word_set("quantities", "amount_nouns")
# Singular nouns for a body of people or a tally of them, and the unit a number they take counts:
# "a crowd of 53,000", "putting turnout at 2 million", "the population grew by 250 million", "the
# death toll rose to 312" (English names the people by the group; the number counts its members).
COLLECTIVE_UNITS = {
    "crowd": "person", "turnout": "person", "attendance": "person", "audience": "person",  # people present
    "population": "person", "workforce": "person", "headcount": "person",  # people a place or firm has
    "toll": "death", "death toll": "death",  # "the death toll rose to 312": the dead counted
    "casualty toll": "casualty",
    "enrollment": "person", "enrolment": "person",  # "driving enrollment to over 45 million": people enrolled
    "employment": "job", "payroll": "job", "payrolls": "job",  # "employment exceeds its level by 35,000": jobs
}
# How far back (in tokens) a nearest plural noun may stand and still be what a number counts.
_NEAR = 14


def _plural_noun(tok: "Token") -> bool:
    return tok.tag_ in ("NNS", "NNPS") and tok.is_alpha and singular(tok) not in tables().time_units \
        and tok.ent_type_ not in ("DATE", "TIME", "MONEY", "PERCENT", "CARDINAL")


def _counted(doc: "Doc", tok: "Token") -> "Token | None":
    """The noun an amount noun stands for ("troop numbers" -> troop, "the volume of shipments" ->
    shipments), the noun itself when it is a plain plural, else None."""
    if tok.lower_ in AMOUNT_NOUNS:
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                obj = next((o for o in c.children if o.dep_ == "pobj"), None)
                if obj is not None and (_plural_noun(obj) or obj.tag_ == "NN"):
                    return obj
        comp = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"]
        return comp[-1] if comp else None
    return tok if _plural_noun(tok) else None


def _nearest_plural(doc: "Doc", lo: int, hi: int) -> "Token | None":
    """The last plural noun (or amount noun's noun) in ``doc[lo:hi]``."""
    for k in range(hi - 1, lo - 1, -1):
        tok = doc[k]
        if tok.pos_ in ("NOUN", "PROPN") and (noun := _counted(doc, tok)) is not None:
            return noun
    return None


def how_many_noun(doc: "Doc", sent: "Span", start: int) -> "Token | None":
    """The noun of "how many <noun>" in this sentence (before the number) or the two before it:
    an answer to a question ("how many people travel with me? Nine hundred.")."""
    lo = sent.start
    for _ in range(2):
        if lo > 0:
            lo = doc[lo - 1].sent.start
    for k in range(start - 2, lo - 1, -1):
        if doc[k].lower_ == "how" and doc[k + 1].lower_ == "many":
            return _nearest_plural_after(doc, k + 2, min(start, k + 6))
    return None


def _nearest_plural_after(doc: "Doc", lo: int, hi: int) -> "Token | None":
    for k in range(lo, hi):
        if _plural_noun(doc[k]):
            return doc[k]
    return None


def _clause_subject(doc: "Doc", tok: "Token") -> "Token | None":
    """The counted noun of the subject of the clause a number hangs from: "the volume of
    shipments has skyrocketed, with 309 million" -> shipments."""
    verb = governing_verb(tok)
    if verb is None:
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return None
    return _counted(doc, subj)


def elided_unit(doc: "Doc", num_start: int, num_end: int, earlier: list[tuple[int, str, str]]) -> tuple[str, str] | None:
    """(unit, category) of a number that has no noun, from its context; None when nothing fits.

    Args:
        doc: The parsed article.
        num_start: First token of the number.
        num_end: End (exclusive) of the number.
        earlier: (first token, unit, category) of the counted quantities before it, in text order.
    """
    n = len(doc)
    last = doc[num_end - 1]
    sent = last.sent
    noun = None
    if num_end + 1 < n and doc[num_end].lower_ == "of" and doc[num_end + 1].lower_ in _OF_PRONOUNS:
        # "over 500,000 of them": what "them" stands for, named just before
        lo = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        noun = _nearest_plural(doc, lo, num_start)
    if noun is None:
        noun = of_whom_noun(doc, num_start)
    if noun is None:
        noun = how_many_noun(doc, sent, num_start)
    if noun is None and last.dep_ == "pobj" and last.head.lower_ == "of" \
            and last.head.head.lemma_.lower() in POPULATION_HOLDERS:
        return "person", "count"  # "a nation of about 18 million"
    if noun is None and (unit := collective_unit(last)) is not None:
        return unit, category_of(unit)
    if noun is None and people_verb(last):
        return "person", "count"  # "killing three", "11 were injured", "nine remain missing"
    if noun is None and (same := _same_clause_quantity(doc, last, num_start, earlier)) is not None:
        return same  # "added 177,000 jobs, down from 315,000": jobs, not the employers who added them
    if noun is None:
        noun = _clause_subject(doc, last)
    if noun is not None:
        unit = unit_of(doc, noun)
        return unit, category_of(unit)
    prior = _prior_quantity(doc, num_start, earlier)
    if prior is not None:
        return prior
    lo = sent.start
    if last.dep_ == "pobj" and last.head.lower_ in ("including", "among") and sent.start > 0:
        # "its suppliers — including more than 9,000 in the United States": a dash or hard wrap
        # may have cut the sentence before "including"; its noun stands just before the cut
        lo = doc[sent.start - 1].sent.start
    noun = _nearest_plural(doc, max(lo, num_start - _NEAR), num_start)
    if noun is not None:
        unit = unit_of(doc, noun)
        return unit, category_of(unit)
    return None


def of_whom_noun(doc: "Doc", num_start: int) -> "Token | None":
    """The plural noun that "of whom"/"of which" just before a nounless number refers back to:
    "60 hostages remain, of whom at least 35 are dead", "40 plants, of which 12 are idle"."""
    sent_start = doc[num_start].sent.start
    for k in range(num_start - 1, max(sent_start, num_start - 10), -1):
        if doc[k].lower_ in ("whom", "which") and doc[k - 1].lower_ == "of":
            return _nearest_plural(doc, sent_start, k - 1)
    return None


def people_verb(last: "Token") -> bool:
    """True when a nounless number is the object (or passive subject) of a verb that acts on
    people ("killing three", "rescued 40", "11 were injured"), or the subject of one that people
    undergo ("three died", "nine remain missing"). ``last`` is the number's last token."""
    verb = last.head
    lemma = verb.lemma_.lower()
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if last.dep_ in ("dobj", "nsubjpass"):
        return lemma in PEOPLE_OBJECT_VERBS
    if last.dep_ == "nsubj" and lemma in PEOPLE_SUBJECT_VERBS:
        return lemma not in ("remain", "be") or any(c.lower_ in PEOPLE_STATES for c in verb.children if c.dep_ in ("acomp", "oprd", "attr"))
    return False


def collective_unit(last: "Token") -> str | None:
    """The unit of a number that a collective noun holds: its "of" or "at" object ("a crowd of
    53,210", "turnout at 2 million") or the subject or object of the verb it hangs from ("the
    population grew by 250 million", "the death toll rose to 312")."""
    nouns = []
    if last.dep_ == "pobj" and last.head.lower_ in ("of", "at") and last.head.head.pos_ == "NOUN":
        nouns.append(last.head.head)
    verb = governing_verb(last)
    if verb is not None:
        nouns.extend(c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.i < last.i)
    for noun in nouns:
        lemma = noun.lemma_.lower()
        if (unit := COLLECTIVE_UNITS.get(lemma)) is not None:
            return unit
    return None


def _prior_quantity(doc: "Doc", num_start: int, earlier: list[tuple[int, str, str]]) -> tuple[str, str] | None:
    """The unit of the last counted quantity of this sentence or the one before ("1,200 tests this
    year, up from 800 in 2023"; "200 million doses ... the remaining 300 million")."""
    sent = doc[num_start].sent
    lo = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for start, unit, category in reversed(earlier):
        if start < lo:
            return None
        if start < num_start and category not in ("money", "percent"):
            return unit, category
    return None


def _same_clause_quantity(doc: "Doc", last: "Token", num_start: int,
                          earlier: list[tuple[int, str, str]]) -> tuple[str, str] | None:
    """The unit of an earlier counted quantity of the same sentence that hangs from the same verb
    as the nounless number: a second figure of one predicate measures what the first counts ("added
    177,000 jobs, down from 315,000", "won 169 seats, three short of a majority"), where the
    clause's subject is who did the counting."""
    verb = governing_verb(last)
    if verb is None:
        return None
    sent_start = last.sent.start
    for start, unit, category in reversed(earlier):
        if start < sent_start:
            return None
        if start >= num_start or category in ("money", "percent"):
            continue
        other = governing_verb(doc[start])
        if other is not None and other.i == verb.i:
            return unit, category
    return None
