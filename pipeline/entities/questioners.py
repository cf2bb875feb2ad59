"""A reporter's first name in a briefing transcript: someone the text hands the floor to, not a
person it reports on.

A press briefing or background call names its questioners by first name only, and in a few set
ways besides the plain form of address ("Go ahead, Sam.", :func:`pipeline.entities.credits.addressed`):

* the moderator calls on them: "our next question will go to Sam with the Ledger", "the next
  question is going to come from Sam", "we'll start with Sam";
* a speaker refers to their question: "a follow-up on Sam's question", "as Sam mentioned",
  "to follow up on what Sam just asked";
* the name alone is the whole of a turn or sentence: "MS. ROE:  Sam.", "Thank you.  Sam."

A one-word name all of whose mentions are of these kinds is dropped with the forms of address
(:func:`pipeline.entities.extract.entities`). The tests run only in a conversation (a transcript
whose reporters' turns start with "Q") and only on a name the given-name list knows, so a
surname ("as Haldane mentioned") or a name in a speech stays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..names import is_given_name
from .callouts import CALL_CUES

if TYPE_CHECKING:
    from spacy.tokens import Doc

# The two words before a reporter's name when a moderator calls on them, besides the call-out
# cues ("go to", "turn to"): "come from Sam", "start with Sam".
_CALL_ON = CALL_CUES | frozenset({("come", "from"), ("comes", "from"), ("coming", "from"), ("start", "with"),
                                  ("begin", "with"), ("up", "next"), ("move", "to"), ("moving", "to"),
                                  ("is", "from"), ("off", "of")})
# Call-outs that name a questioner whatever their name ("we will go to Stef next", "move to
# Camilo"): the given-name list, 1990 US Census names, lacks many.
_STRONG_CALLS = frozenset({("go", "to"), ("move", "to"), ("moving", "to"), ("question", "from"), ("is", "from")})
# Nouns after a questioner's possessive: "Sam's question", "Sam's follow-up".
_TURN_NOUNS = frozenset({"question", "questions", "follow", "follow-up", "followup", "point"})
# Verbs of a questioner's turn right after the name: "as Sam mentioned", "what Sam just asked".
_TURN_VERBS = frozenset({"mentioned", "asked", "raised"})
_ENDS = frozenset({".", "?"})
# Words that open an apposition after a name and its comma ("Sam, my deputy,"), not a question.
_APPOSITION_STARTS = frozenset({"the", "a", "an", "my", "his", "her", "our", "their", "your", "who", "whose", "whom",
                                "which", "and", "or", "jr", "sr"})


def _next(doc: "Doc", i: int) -> int:
    """The first token at or after ``i`` that is not whitespace (``len(doc)`` if none)."""
    while i < len(doc) and doc[i].is_space:
        i += 1
    return i


def _prev(doc: "Doc", i: int) -> int:
    """The last token at or before ``i`` that is not whitespace (-1 if none)."""
    while i >= 0 and doc[i].is_space:
        i -= 1
    return i


def floor_mention(doc: "Doc", s: int, e: int, *, conversation: bool) -> bool:
    """The one-word name ``[s, e)`` of a briefing transcript is a questioner called on, whose
    question is referred to, or named alone as a turn (see the module docstring)."""
    if not conversation or e - s != 1:
        return False
    p = _prev(doc, s - 1)
    cue = (doc[_prev(doc, p - 1)].lower_, doc[p].lower_) if p >= 1 else ("", "")
    if cue in _STRONG_CALLS and doc[s].is_title and doc[s].is_alpha:
        return True
    if not is_given_name(doc[s].text):
        return False
    if cue in _CALL_ON:
        return True
    n = _next(doc, e)
    if n >= len(doc):
        return False
    if doc[n].text in ("'s", "’s") and (m := _next(doc, n + 1)) < len(doc) and doc[m].lower_ in _TURN_NOUNS:
        return True
    if doc[n].lower_ == "just":
        n = _next(doc, n + 1)
    if n < len(doc) and doc[n].lower_ in _TURN_VERBS:
        return True
    # at a sentence's start (after a turn label's colon, a sentence end or a line break): alone
    # before a stop ("Sam."), or set off by a comma before the question ("Sam, on the budget"),
    # not before an apposition ("Sam, my deputy, ...")
    if not (p < 0 or doc[p].text in (":", ".", "?", "!") or doc[s - 1].is_space and "\n" in doc[s - 1].text):
        return False
    if n == e and doc[e].text in _ENDS:
        return True
    m = _next(doc, n + 1)
    return doc[n].text == "," and m < len(doc) and doc[m].lower_ not in _APPOSITION_STARTS
