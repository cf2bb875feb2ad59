"""A holder's name read across the verb of a Title Case headline.

"President Biden Announces Key Nominees", "President Trump Names New Envoy": in Title Case the
statistical NER often runs the name on into the headline's verb and its object ("Biden
Announces Key Nominees"). A personal name holds no finite verb: the holder's name ends before
the first word the parser tags as a verb in the present or past tense (VBZ, VBD, VBP), and
the person is the one of the article's PERSON entities that name agrees with ("Joe Biden").
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..names import name_key
from ..nlp import text
from .reader import Candidate

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..records import Entity

__all__ = ["trim_headline_names"]

_FINITE = frozenset({"VBZ", "VBD", "VBP"})
# the verbs of announcement headlines, which the tagger often takes for proper nouns in Title Case
# ("President Trump Announces Presidential Delegation", "Governor Names Cabinet")
_HEADLINE_VERBS = frozenset({"announces", "names", "nominates", "appoints", "designates", "taps", "picks",
                             "sends", "welcomes", "meets", "hosts", "signs", "calls", "speaks", "issues",
                             "approves", "declares", "directs", "travels", "visits", "releases", "launches"})


def trim_headline_names(doc: "Doc", cands: list[Candidate], head_end: int,
                        persons: "tuple[Entity, ...] | list[Entity]") -> list[Candidate]:
    """The candidates with each headline holder's name cut before the headline's verb.

    Args:
        doc: The Doc.
        cands: The candidates.
        head_end: The end of the headline line in ``doc.text`` (0: no headline).
        persons: The article's entities (PERSON ones are looked at).
    """
    if not head_end:
        return cands
    out = []
    for c in cands:
        at = text(doc).find(c.name, c.start, c.end) if c.name else -1
        span = doc.char_span(at, at + len(c.name), alignment_mode="expand") if 0 <= at < head_end else None
        cut = next((t.i for t in span if (t.tag_ in _FINITE or t.lower_ in _HEADLINE_VERBS) and t.i > span.start), None) if span is not None else None
        if cut is None:
            out.append(c)
            continue
        # a title written after the name ("Biden Announces Jane Roe as Nominee for X") is the
        # object's: the holder's name is the words after the verb
        after = c.title_start > at
        name = (doc[cut + 1:span.end] if after else doc[span.start:cut]).text.strip()
        key = name_key(name)
        if not key:
            continue  # nothing of a name is left: no holder
        person = next((e for e in persons if e.label == "PERSON" and e is not c.person
                       and key <= name_key(e.name) and not any(t in name_key(e.name) for t in name_key(c.name) - key)),
                      None)
        # the evidence ends with the name when the title is written before it ("President Biden")
        end = c.end if after else doc[cut - 1].idx + len(doc[cut - 1].text)
        out.append(replace(c, name=person.name if person is not None else name, person=person, end=max(end, c.start + 1)))
    return out
