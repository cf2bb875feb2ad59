"""Who thanks in a transcript's subjectless "Thank you for ...".

Spoken English drops the "I" of a thanks: "Thank you, Mr. President, for your support", "And
thank you for all the help your country has provided" say what "I thank you for ..." says, and
the speaker of the turn is the one who thanks. A leader thanking the other leader of a joint
appearance for an act (support, help, leadership) is praise of that act (PLOVER SUPPORT, as the
lexicon codes "thank"); the lexicon's ``courtesy_for`` and the filters for a speaker's thanks to
the room or to people of the speaker's own country still decide whether the thanks is an event,
once its actor is known.

Only a thanks with a "for" phrase counts here: a bare "Thank you." ends or answers a turn and
praises no act. A reporter's question, a quotation, or text outside any speaker's turn has no
speaker to give.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .addressees import addressee
from .context import Context, Party
from .lexicon import load

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .triggers import Trigger


OCCASION = frozenset({"presence", "visit", "meeting", "hospitality", "welcome", "invitation", "time", "opportunity",
                      "honor", "honour", "privilege", "chance", "question", "attention", "patience", "kindness",
                      "receive", "host", "invite", "welcoming", "receiving", "hosting", "inviting",
                      "word", "remark", "comment", "sentiment", "that", "this", "it"})
"""what a guest or host thanks the other for as the occasion itself (being received, the meeting, the
visit, the time given) or for what the other just said ("for your kind words", "thank you for
that"): courtesy between the two, no act praised (as :mod:`.gratitude` leaves out thanks for the
opportunity or the hospitality)"""


def _courtesy_only(tok: "Token") -> bool:
    """Whether every "for" phrase of the thanks names the occasion or a courtesy of the lexicon
    ("for receiving me", "for your presence", "for a warm meeting", "for having me")."""
    courtesy = load().verbs["thank"].courtesy_for | OCCASION
    objects = [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"
               for o in c.children if o.dep_ in ("pobj", "pcomp")]
    return all(o.lemma_.lower() in courtesy or o.lower_ in courtesy for o in objects)


def thanking_speaker(ctx: Context, trig: "Trigger") -> Party | None:
    """The speaker of the turn whose subjectless "thank you ... for X" ``trig`` is, or None.

    Args:
        ctx: The Doc's context (its speaker turns, quotations and countries).
        trig: An event trigger; only the verb "thank" with the object "you", no subject and a
            "for" phrase qualifies.
    """
    tok = trig.token
    if tok.lemma_.lower() != "thank" or tok.pos_ != "VERB" or tok.i in ctx.quoted or not ctx.turns:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "neg") for c in tok.children):
        return None  # ("I thank you": the subject resolves as usual; "will thank", "don't thank": no thanks now)
    you = next((c for c in tok.children if c.dep_ == "dobj" and c.lower_ == "you"), None)
    if you is None or addressee(ctx, you) is None:
        return None  # (a speech's "you" is its audience: only the other of two speakers is thanked)
    if not any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children) or _courtesy_only(tok):
        return None  # "Thank you, Mr. President.", "Thank you for receiving me": courtesy, no act praised
    turn = ctx.turns.at(ctx.raw[tok.i][0])
    if turn is None or turn.speaker is None or turn.question:
        return None
    return Party(entity=turn.speaker, country=ctx._country(turn.speaker, [], []) or ctx.home_country, token=tok)
