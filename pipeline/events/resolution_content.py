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

A text vetoed, rejected or blocked never says anything as a decision: "The United States vetoed a
resolution demanding a pause", "Parliament rejected a motion calling for an inquiry". What such a
text demands or condemns (a participle or relative clause on it) is no act of anyone; the act is
the rejection (REJECT), coded on its own verb. An adopted text's demands are its adopters' acts
and are left alone.
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
    relative clause on that verb's object text, or what a rejected text says (module docstring).

    Args:
        verb: A trigger verb.
        typ: Its PLOVER category.
    """
    if rejected_text_content(verb, typ):
        return True
    if typ not in SPEECH_ACT_TYPES or verb.dep_ != "conj" or verb.tag_ not in FINITE_TAGS:
        return False
    if any(c.dep_ in _OWN for c in verb.children):
        return False  # "... and Russia demanded", "... and has demanded": a clause of its own
    texts = load().classes["authored_text"]
    return _misparsed_second_act(verb, texts)


_REJECTING = frozenset({"veto", "reject", "block", "defeat", "vote"})
"""verbs by which a body turns down a text ("vote" only with "down"/"against")"""


def rejected_text_content(verb: "Token", typ: str | None) -> bool:
    """Whether a speech-act verb is what a vetoed or rejected text says ("vetoed a resolution
    demanding X", "a motion calling for Y was rejected"): no act of anyone (module docstring).

    Args:
        verb: A trigger verb.
        typ: Its PLOVER category.
    """
    if typ not in SPEECH_ACT_TYPES or verb.dep_ not in ("acl", "relcl") or verb.pos_ != "VERB":
        return False
    text = verb.head
    if text.lemma_.lower() not in load().classes["authored_text"]:
        return False
    handler = text.head
    if text.dep_ not in ("dobj", "nsubjpass") or handler.pos_ != "VERB" or handler.lemma_.lower() not in _REJECTING:
        return False
    if handler.lemma_.lower() == "vote":
        return any(c.lower_ in ("down", "against") for c in handler.children)
    return True


def _misparsed_second_act(verb: "Token", texts: frozenset[str]) -> bool:
    for obj in verb.head.children:
        if obj.dep_ != "dobj" or obj.i > verb.i or obj.lemma_.lower() not in texts:
            continue
        for rel in obj.children:
            if rel.dep_ == "relcl" and rel.i < verb.i and rel.tag_ == verb.tag_ and _speaks(rel) and any(
                    c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in RELATIVE_PRONOUNS for c in rel.children):
                return True
    return False
