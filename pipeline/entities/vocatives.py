"""A first name a speaker turns to right after naming someone by title and surname.

Speeches thank people by office and surname and then speak to them by first name: "Children
like Speaker Roe. Ana, you've spent your career ...", "my friend, Senator Roe. Ana, you've been
a rock". The first name, set off by a comma before "you", is the person just named, not someone
else: its mentions join that person's entity instead of standing as a second person.

Only when the sentence before ends with the titled surname (nothing but punctuation between the
two names), the first name is not part of a name written in full, and the surname's entity has
no other first name.

Transcripts do the same across turns: "MR. ROE:  ... THE PRESIDENT:  Ana, thank you for that
introduction." A first name early in a turn (within :data:`_TURN_WINDOW` characters of its label)
that follows a turn labelled with a courtesy title and a surname ("MR. ROE", "MS. ROE") is that
speaker's first name, spoken to by the next speaker. A reporter's question does the same when the
name is a form of address ("MR. ROE:  ... Q  Thanks, Ana.", "Q  Ana, on the budget"): the
reporter thanks or turns to the briefer who just spoke (:func:`pipeline.entities.credits.addressed`
must read it as one, so a question that opens on someone it asks about keeps that person apart).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..names import is_given_name
from ..nlp import text as doc_text
from ..transcripts import turn_labels
from .credits import addressed
from .lexicon import Group, after_title

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan

_YOU = frozenset({"you", "your"})
_STOPS = frozenset({".", "!"})
# How far into a turn a first name is read as spoken to the speaker of the turn before.
_TURN_WINDOW = 120
_COURTESY_LABELS = frozenset({"MR.", "MS.", "MRS.", "DR.", "MISS"})


def _turned_to(doc: "Doc", span: "SpacySpan") -> str | None:
    """The titled surname ``span`` (one given name set off by a comma before "you") follows across
    a sentence end ("Speaker Roe. Ana, you've"), None when there is none."""
    e = span.end
    if not (e + 1 < len(doc) and doc[e].text == "," and doc[e + 1].lower_ in _YOU):
        return None
    j = span.start - 1
    while j >= 0 and span.start - j <= 4 and (doc[j].is_punct or doc[j].is_space):
        j -= 1
    gap = doc[j + 1:span.start]
    if j < 1 or not gap or not any(t.text in _STOPS for t in gap) or not all(t.is_punct or t.is_space for t in gap):
        return None
    return doc[j].text if doc[j].is_title and doc[j].is_alpha and after_title(doc, j, comma=False) else None


def _label_surname(label: str) -> str | None:
    """The surname of a turn label of a courtesy title and one surname ("MR. ROE" -> "Roe")."""
    words = label.split()
    if len(words) != 2 or words[0] not in _COURTESY_LABELS:
        return None
    return words[1].capitalize()


def _turn_surnames(doc: "Doc") -> list[tuple[int, int, str, bool]]:
    """``(start, end, surname, question)`` character windows: the start of each turn that follows
    a turn labelled with a courtesy title and a surname, that surname, and whether the turn is a
    reporter's question."""
    labels = turn_labels(doc_text(doc))
    out = []
    for before, label in zip(labels, labels[1:]):
        surname = _label_surname(before.text)
        if surname and label.text != before.text:
            out.append((label.end, label.end + _TURN_WINDOW, surname, label.question))
    return out


def vocatives_joined(doc: "Doc", spans: list["SpacySpan"], people: list[Group]) -> list[Group]:
    """``people`` with the group of a first name spoken to right after a titled surname (module
    docstring) merged into that surname's group. ``spans``: the PERSON spans in text order."""
    pairs: dict[str, str] = {}
    for span in spans:
        if len(span) == 1 and is_given_name(span.text) and (surname := _turned_to(doc, span)):
            pairs.setdefault(span.text, surname)
    full = doc_text(doc)
    if any(label + " " in full for label in _COURTESY_LABELS):
        for lo, hi, surname, question in _turn_surnames(doc):
            # the first name the turn speaks, before any other person's
            first = next((sp for sp in spans if sp.start_char >= lo), None)
            if first is not None and first.start_char < hi and len(first) == 1 and is_given_name(first.text) \
                    and (not question or addressed(doc, first.start, first.end, conversation=True)):
                pairs.setdefault(first.text, surname)
    if not pairs:
        return people
    by_name = {g.name: g for g in people}
    drop: set[int] = set()
    for first, surname in pairs.items():
        src = by_name.get(first)
        targets = [g for g in people if g.name.split()[-1].lower() == surname.lower() and g is not src]
        if src is None or len(targets) != 1 or len(targets[0].name.split()) > 1:
            continue
        targets[0].mentions.extend(src.mentions)
        drop.add(id(src))
    return [g for g in people if id(g) not in drop]
