"""Which of two subjects the parser gave one verb heads the subject phrase.

The small model splits a subject phrase it cannot read in one piece into two subjects of the
same verb. Two cases:

- a long title before a name ("Special Envoy for the Horn of Africa Jane Roe will travel"):
  the name next to the verb heads the phrase;
- a list of names ending in "and"/"or" ("Ministers Roe, Lund, and Okafor condemned the attack",
  "Roe, Lund and Okafor met"): the model attaches the first name and the last conjunct to the
  verb separately. The list is one coordinated subject, and the event's actor is its first
  member (the others are co-actors, found from the coordination), as for a list parsed well.

- two titled names joined by "and" ("President Biden and Vice President Harris offered ..."):
  the model may attach both names to the verb as subjects; the first heads the coordination.

Only the two subjects' positions and the words between them are read.

A third case, the same list of names at the start of a sentence ("USAID and KOICA committed
to ...", "UNICEF and WHO delivered ...", "In particular, Foreign Ministers A, B, and C expressed
..."): a name (an acronym the tagger does not know, or the first of a titled list) is read as
the sentence's root, and the verb as its conjunct with only the last name as subject. The first
name heads the coordinated subject (:func:`fronted_first_name`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_COORDINATORS = frozenset({"and", "or"})
_NAME_TYPES = frozenset({"ORG", "GPE", "NORP", "PERSON"})
"""entity types of the recogniser's own tags that make a fronted word a name"""
_LIST_GAP = 12
"""at most this many tokens between the first name and the last conjunct of a broken list"""


def broken_list(first: "Token", last: "Token") -> bool:
    """Whether ``first`` ... ``last`` is a list of names the parser split: a coordinator right
    before ``last`` (after an optional comma), commas between, and only names in the list."""
    doc = first.doc
    if last.i - first.i > _LIST_GAP or last.i <= first.i + 1:
        return False
    before = doc[last.i - 1]
    if before.lower_ not in _COORDINATORS:
        return False
    between = doc[first.i + 1:last.i - 1]
    if not any(t.text == "," for t in between):
        return False  # ("Jane Roe and Lund": no list, the parse's join is kept)
    return all(t.text == "," or t.pos_ == "PROPN" for t in between) and first.pos_ == "PROPN" \
        and last.pos_ == "PROPN"


def titled_pair(first: "Token", last: "Token") -> bool:
    """Whether ``first`` and ``last`` are the two names of "X and [title] Y" that the parser made
    two subjects ("President Biden and Vice President Harris offered ..."): ``first`` has the
    "and" right after it, and every word from there to ``last`` is a modifier of ``last`` (its
    title); the pair is one coordinated subject, headed by the first name."""
    doc = first.doc
    if last.i - first.i > _LIST_GAP or first.pos_ != "PROPN" or last.pos_ != "PROPN":
        return False
    cc = doc[first.i + 1]
    if cc.lower_ not in _COORDINATORS or cc.head.i != first.i:
        return False
    return last.left_edge.i == cc.i + 1 and all(t.dep_ in ("compound", "amod", "det") for t in doc[cc.i + 1:last.i])


def fronted_first_name(subject: "Token", verb: "Token") -> "Token | None":
    """The first name of "X and (the) Y VERB" at a sentence's start when the parser made X the
    root and ``verb`` its conjunct with Y as its only subject (module docstring), else None."""
    first = verb.head
    if verb.dep_ != "conj" or first.dep_ != "ROOT" or first.i >= subject.i or first.pos_ not in ("NOUN", "PROPN", "ADJ") \
            or not first.text[:1].isupper() or first.ent_type_ not in _NAME_TYPES:
        return None  # ("Tensions and violence erupted": no name)
    doc = first.doc
    if not _opens_with_names(first):
        return None  # ("Tensions with X and Y grew": the names are not what the sentence opens with)
    if not subject.text[:1].isupper():
        return None
    gap = [t.lower_ for t in doc[first.i + 1:subject.i]]
    if gap in (["and"], ["and", "the"]):
        return first if any(c.dep_ == "cc" and c.i == first.i + 1 for c in first.children) else None
    # "National Security Advisors A, B, and C expressed ...": a longer list, parsed the same way
    return first if broken_list(first, subject) and any(c.dep_ == "cc" and c.i == subject.i - 1
                                                          for c in first.children) else None


def _opens_with_names(first: "Token") -> bool:
    """Whether the sentence of ``first`` opens with its noun phrase: nothing before it but "the",
    the plural title the names share ("Foreign Ministers A, B and C") and, before those, an
    opening adverbial closed by a comma ("In particular, ...", "On Monday, ...")."""
    doc = first.doc
    start = first.i
    while start > first.sent.start and doc[start - 1].dep_ == "compound" and doc[start - 1].text[:1].isupper():
        start -= 1  # the title the names share
    titled = start < first.i
    start = start - 1 if start > first.sent.start and doc[start - 1].lower_ == "the" else start
    lead = doc[first.sent.start:start]
    return not len(lead) or (titled and lead[-1].text == "," and not _names(lead))


def _names(span) -> set[int]:
    """Positions of the named-entity words of ``span`` (an opener naming someone is no adverbial)."""
    return {t.i for t in span if t.ent_type_ in _NAME_TYPES}


def head_subject(subjects: "list[Token]", verb: "Token") -> "Token":
    """The subject that heads the phrase among the subjects the parser gave ``verb`` (module
    docstring): the first of a broken list of names, else the one next to the verb."""
    if len(subjects) == 1 and subjects[0].i < verb.i:
        return fronted_first_name(subjects[0], verb) or subjects[0]
    if len(subjects) > 1 and subjects[-1].i < verb.i and (broken_list(subjects[-2], subjects[-1])
                                                          or titled_pair(subjects[-2], subjects[-1])):
        return subjects[-2]
    return subjects[-1] if subjects[-1].i < verb.i else subjects[0]
