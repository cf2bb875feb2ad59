"""Who thanks whom when a speaker addresses a guest by name: "Thank you, Prime Minister A, for
your friendship", "I want to thank you, President B, for hosting this summit", "President C,
thank you."

In remarks a speaker turns to a guest by naming him beside "thank you", set off by commas (a
vocative). The name is no argument of the clause: not its subject (the parser often makes it
one: "President C, thank you" reads as C thanking), and not the one thanked only when the
parser says so; "you" is the guest named. The thanks are the speaker's (the turn's speaker,
else the text's author or government: :func:`.unnamed_speaker.speaker_party`) and go to the
person named. Whether such thanks are an act between two governments or courtesy to the room
is decided afterwards by :func:`.foreign_courtesy.room_courtesy` (thanks to another country's
leader are coded, PLOVER SUPPORT: praise, thanks; thanks to one's own officials are not).

Only a name the entities stage labelled PERSON is read, and only one: "thank you, Presidents A
and B" and "thank you all" are left to the other rules.

A guest is also addressed by the title alone: "Thank you very much, Mr. President", "I want to thank
you, Mr. Prime Minister, for your leadership". In joint remarks the form of address names the one
holder of that title in the text who serves another government than the speaker's (the roles
stage's current holders); with none or several such holders the address says nobody.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..knowledge.offices import title_key
from ..nlp import text as text_of
from .foreign_courtesy import vocative_actor
from .senses import FIRST_PERSON
from .unnamed_speaker import speaker_party

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .context import Context, Party
    from .triggers import Trigger

__all__ = ["thanked_guest"]

_AFTER_NAME = frozenset({",", "for", ".", "!", ";", "—", "–"})
"""what may follow the name addressed after "thank you, NAME": the address ends there"""
_TITLE_SPAN = 6
"""how many words a title and name after "you," may take ("Prime Minister Fumio Kishida")"""


def _named_after(ctx: "Context", you: "Token") -> "Token | None":
    """The PERSON named right after "you," ("thank you, President B, for ..."), else None."""
    doc = you.doc
    if you.i + 2 >= len(doc) or doc[you.i + 1].text != ",":
        return None
    ent = None
    for tok in doc[you.i + 2:min(you.i + 2 + _TITLE_SPAN, you.sent.end)]:
        found = ctx.entity_at.get(tok.i)
        if found is not None and found.label != "PERSON":
            return None
        if found is not None and ent is not None and found is not ent:
            return None  # two names: several addressed
        if found is None and ent is not None:
            return ent_tok if tok.text in _AFTER_NAME else None
        if found is None and not (tok.text[:1].isupper() or tok.text == "."):
            return None  # ("thank you, all of you", "thank you, and ...")
        if found is not None:
            ent, ent_tok = found, tok
    return ent_tok if ent is not None and you.i + 2 + _TITLE_SPAN >= you.sent.end else None


_ADDRESS = frozenset({"mr.", "mr", "madam", "madame", "mister"})
"""the words of address before a title said to its holder ("Mr. President", "Madam Vice President")"""
_FILLERS = frozenset({"very", "much", "so", "again", "once", "indeed", ","})
"""words between "thank you" and the comma before the address ("thank you very much, Mr. President");
"thank you all" addresses the room"""


def _addressed_title(you: "Token") -> str | None:
    """The title key of "thank you[ very much], Mr. TITLE" ending at a comma or the sentence's end."""
    doc, k = you.doc, you.i + 1
    while k < you.sent.end and doc[k].lower_ in _FILLERS:
        comma = doc[k].text == ","
        k += 1
        if comma:
            break
    else:
        return None
    if doc[k - 1].text != "," or k >= you.sent.end or doc[k].lower_ not in _ADDRESS:
        return None
    words = []
    for tok in doc[k + 1:min(k + 4, you.sent.end)]:
        if tok.text in _AFTER_NAME:
            break
        if not tok.text[:1].isupper():
            return None
        words.append(tok.text)
    else:
        if k + 4 < you.sent.end:
            return None
    return title_key(" ".join(words)) if words else None


def _title_holder(ctx: "Context", key: str, speaker: "Party") -> str | None:
    """The one person of the text holding the title ``key`` for another government than the speaker's,
    among those the headline names when it names any ("Remarks by President A and President B")."""
    held = {r.person for r in ctx.roles if r.person and r.status == "current" and r.country
            and r.country != speaker.country and title_key(r.title) == key}
    head_end = text_of(ctx.doc).find("\n")
    billed = {getattr(e, "id", None) for i, e in ctx.entity_at.items() if 0 <= head_end and ctx.doc[i].idx < head_end}
    held = {p for p in held if p in billed} if billed - {None} else held
    return held.pop() if len(held) == 1 else None


def thanked_guest(ctx: "Context", trig: "Trigger", actor: "Party | None", recipient: "Party | None",
                  speech: bool) -> "tuple[Party, Party] | None":
    """The speaker and the guest of a "thank you" said to a guest by name (module docstring).

    Args:
        ctx: The Doc's context.
        trig: The trigger.
        actor: The actor found so far.
        recipient: The recipient found so far.
        speech: Whether the text is a transcript or remarks (:func:`.talk.spoken`).

    Returns:
        (speaker, guest), or None when the trigger is no such thanks.
    """
    verb = trig.token
    if not speech or trig.type != "SUPPORT" or verb.pos_ != "VERB" or verb.lemma_.lower() != "thank":
        return None
    you = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "you"), None)
    if you is None:
        return None
    named = _named_after(ctx, you)
    # "President C, thank you": the name before the comma is addressed (:func:`.foreign_courtesy.vocative_actor`)
    vocative = actor.token if actor is not None and actor.entity is not None and vocative_actor(trig, actor) else None
    if named is None and vocative is None:
        return _title_addressed(ctx, verb, you, actor)
    if actor is not None and vocative is None and (actor.token is None or actor.token.lower_ not in FIRST_PERSON):
        return None  # "the President thanked you, Minister B": a report, not the speaker's thanks
    speaker = speaker_party(ctx, verb)
    guest = ctx.party(named if named is not None else vocative)
    if speaker is None or guest is None or guest.entity is None:
        return None
    if speaker.entity is not None and guest.entity.id == speaker.entity.id:
        return None
    return speaker, guest


def _title_addressed(ctx: "Context", verb: "Token", you: "Token", actor: "Party | None") -> "tuple[Party, Party] | None":
    """(speaker, guest) of "thank you, Mr. President" said in remarks to another government's holder."""
    key = _addressed_title(you)
    if key is None or (actor is not None and (actor.token is None or actor.token.lower_ not in FIRST_PERSON)):
        return None
    speaker = speaker_party(ctx, verb)
    if speaker is None or speaker.country is None or (person := _title_holder(ctx, key, speaker)) is None:
        return None
    tok = next((t for t, e in ctx.entity_at.items() if getattr(e, "id", None) == person), None)
    guest = ctx.party(verb.doc[tok]) if tok is not None else None
    return (speaker, guest) if guest is not None and guest.entity is not None else None
