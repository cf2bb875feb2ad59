"""Who "you" is, and who the other speaker is, in a transcript of two speakers.

Kept apart from :mod:`.recipients` so that each stays a readable size; behaviour is unchanged.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .context import Context, Party

if TYPE_CHECKING:
    from spacy.tokens import Token


PLURAL_YOU = frozenset({"all", "everybody", "everyone", "both", "guys", "folks"})
"""words that make "you" the whole audience ("thank you all", "thank you, everybody")"""


def addressee(ctx: Context, tok: "Token | None", *, possessive: bool = False) -> Party | None:
    """Who "you" (with ``possessive``, "your") is in a transcript of two speakers ("Remarks by X and Y before their
    meeting"): inside one's turn, the other one. None elsewhere (a speech's "you" is its
    audience; a press call has more voices)."""
    if tok is None or tok.lower_ != ("your" if possessive else "you") or tok.pos_ != "PRON" or tok.i in ctx.quoted or not ctx.turns:
        return None
    doc = tok.doc
    after = [t.lower_ for t in doc[tok.i + 1:tok.i + 3] if t.text != ","]
    if after[:1] and after[0] in PLURAL_YOU or (tok.i > 1 and doc[tok.i - 1].lower_ == "of"
                                                 and doc[tok.i - 2].lower_ in PLURAL_YOU):
        return None  # "I thank you all", "thank you, everybody", "all of you": the audience
    return other_speaker(ctx, tok)


def other_speaker(ctx: Context, tok: "Token") -> Party | None:
    """In a transcript of two speakers, the one who does not hold the turn ``tok`` is in, else None."""
    turn = ctx.turns.at(ctx.raw[tok.i][0]) if ctx.turns else None
    if turn is None or turn.speaker is None:
        return None
    others = {t.speaker.id for t in ctx.turns.turns
              if t.speaker is not None and not t.question and t.speaker.id != turn.speaker.id}
    if len(others) != 1:
        return None
    other = others.pop()
    at = next((i for i, e in ctx.entity_at.items() if e.id == other), None)
    return ctx.party(tok.doc[at]) if at is not None else None
