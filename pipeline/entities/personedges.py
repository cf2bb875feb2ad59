"""A sentence-opening conjunction glued to a PERSON span, and a preposition glued to its end in a
heading set in capitals.

In speech and remarks a sentence often opens with "And" or "But" before a name ("And Gary
Peters — he fought for this", "But Ana Ruiz said"); the statistical NER may take the
conjunction into the span, so the person is listed as "And Gary Peters" beside "Gary Peters".
The conjunction is cut off.

A heading set in capitals ("REMARKS BY VICE PRESIDENT HARRIS AT THE PARIS PEACE FORUM") gives
the model no case to tell a name from the words after it, and it may take the preposition into
the span ("HARRIS AT"). English prepositions, articles and conjunctions never end a name, so at
the end of a span written wholly in capitals they are cut off.

Not done here, on purpose: dropping a name that modifies a lower-case body noun after it ("the
Biden administration"). The development gold is split on it (the readable half leaves such
names out, the unread half lists some), and the guide lists "every person named".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan

# Coordinating conjunctions that open a sentence in speech and remarks ("And Ana Ruiz, ...");
# none is a given name. "So" is left out: a Korean and Chinese given name or surname.
_CONJUNCTIONS = frozenset({"and", "but", "or", "nor", "yet"})


def conjunction_cut(span: "SpacySpan") -> "SpacySpan":
    """``span`` without a capitalised conjunction at its start ("And Gary Peters" -> "Gary
    Peters"); the span itself when it has none or is the conjunction alone."""
    if len(span) > 1 and span[0].lower_ in _CONJUNCTIONS and span[0].is_title and span[1].is_title:
        return span[1:]
    return span


# Function words that never end a personal name; "TO" and "LE"/"LA"/"DE"-like particles are left
# out (a Vietnamese surname; particles inside names).
_TAIL_WORDS = frozenset({"at", "on", "in", "of", "for", "with", "and", "the", "before", "during", "from", "after",
                         "by", "about", "upon", "aboard", "following"})


def caps_tail_cut(span: "SpacySpan") -> "SpacySpan":
    """``span`` without the function words ending it when it is written in capitals ("HARRIS AT"
    -> "HARRIS"); the span itself otherwise."""
    if len(span) < 2 or not all(t.is_upper or not t.is_alpha for t in span):
        return span
    end = len(span)
    while end > 1 and span[end - 1].lower_ in _TAIL_WORDS:
        end -= 1
    return span[:end]
