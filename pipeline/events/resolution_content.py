"""What a rejected or adopted text says, misread as its handler's own act.

"Russia vetoed the resolution that condemned the invasion and demanded a withdrawal", "The
assembly adopted a motion which criticised the government and called for an inquiry": the
parser often coordinates the second verb of the relative clause with the main verb ("vetoed ...
and demanded"), so the text's demand reads as the act of its handler (Russia demanded). A
resolution, motion, statement or letter speaks (PLOVER codes its sponsor's demand, not the
vetoer's); when the relative clause on the text is itself a speech act and a second speech act
follows it with no subject of its own, in the same tense, the second act is the text's too. The
handler's act is its own verb (vetoed: REJECT, coded there); the text's content is not an act of
the handler and is left out. The counterpart for a relative clause on an event or a law (which
cannot speak) is :mod:`.relative_conjuncts`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import load
from .relative_conjuncts import FINITE_TAGS, RELATIVE_PRONOUNS, SPEECH_ACT_TYPES, _speaks

if TYPE_CHECKING:
    from spacy.tokens import Token

_OWN = frozenset({"nsubj", "nsubjpass", "csubj", "expl", "aux", "auxpass"})


def text_content_conjunct(verb: "Token", typ: str | None) -> bool:
    """Whether a speech-act verb coordinated with a main verb is really the second act of a
    relative clause on that verb's object text (module docstring).

    Args:
        verb: A trigger verb.
        typ: Its PLOVER category.
    """
    if typ not in SPEECH_ACT_TYPES or verb.dep_ != "conj" or verb.tag_ not in FINITE_TAGS:
        return False
    if any(c.dep_ in _OWN for c in verb.children):
        return False  # "... and Russia demanded", "... and has demanded": a clause of its own
    texts = load().classes["authored_text"]
    for obj in verb.head.children:
        if obj.dep_ != "dobj" or obj.i > verb.i or obj.lemma_.lower() not in texts:
            continue
        for rel in obj.children:
            if rel.dep_ == "relcl" and rel.i < verb.i and rel.tag_ == verb.tag_ and _speaks(rel) and any(
                    c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in RELATIVE_PRONOUNS for c in rel.children):
                return True
    return False
