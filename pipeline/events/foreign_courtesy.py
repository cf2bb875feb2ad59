"""A speaker's thanks and praise in remarks and briefings: courtesy to the room, or an act
between two governments.

Speeches and briefings open and close with the speaker's own thanks, said now ("I want to thank
the Governor", "I thank you all for coming", "let me thank my team", "I'd like to congratulate
the graduates"). Said to the room, to the speaker's own officials or to fellow citizens, they
report no act between two parties, and the development gold of remarks and briefings codes none
of them. Said to another country's leader or government, the same words are the diplomatic act
itself (PLOVER SUPPORT: praise, thanks), and the gold codes them: a head of government thanking
the visiting leaders "for joining me" at a summit, or a guest thanking the host country's leader
"for hosting" the talks or its troops.

So a speaker's present thanks or performed praise (:func:`.talk.speaker_thanks`,
:func:`.speech_acts.performed_wish`) is kept exactly when its recipient belongs to another
country than its actor (the speaker, or the government "we" speak for). Everything the rule
needs is known once actor and recipient are resolved; nothing is scanned again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..knowledge.countries import load as load_countries
from .speech_acts import PERFORMED_TYPES, performed_wish
from .talk import speaker_thanks

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from spacy.tokens import Token

    from ..records import Role

    from .context import Party
    from .triggers import Trigger

_PRAISE = frozenset({"thank", "congratulate", "commend", "praise", "applaud", "salute", "recognize", "recognise",
                     "acknowledge", "honor", "honour"})
"""verbs whose first-person wish performs praise ("I want to congratulate X"); a wish to welcome
or to support ("we would like to welcome X into the Alliance very soon", "we want to support
them") wants an act still to come"""


def _verb(trig: "Trigger") -> "Token":
    return trig.clause if trig.clause is not None else trig.token


def _said_now(trig: "Trigger") -> bool:
    """Whether the trigger is the speaker's own thanks or praise said now, in the first person."""
    if speaker_thanks(trig.token):
        return True
    verb = _verb(trig)
    if trig.type not in PERFORMED_TYPES:
        return False
    return performed_wish(verb) is not None and (trig.token.lemma_.lower() in _PRAISE or verb.lemma_.lower() in _PRAISE
                                                  or trig.token.pos_ == "NOUN")


def foreign_pair(actor: "Party | None", recipient: "Party | None", home: str | None) -> bool:
    """Whether the recipient belongs to another country than the actor (or, with no country on
    the actor, than the country the text speaks for)."""
    if recipient is None or recipient.country is None:
        return False
    own = (actor.country if actor is not None and actor.country else None) or home
    return own is not None and recipient.country != own


_SPEAKER_WORDS = frozenset({"i", "we", "me", "us", "my", "our"})
_MANY = frozenset({"all", "each", "both", "including", "everyone", "everybody"})
"""words after "you" that make it the room or a group of guests ("I thank you all", "I thank you
as well, including all of the leaders here"), not the one counterpart addressed"""


def _addressed_group(verb: "Token") -> bool:
    """Whether the verb thanks a "you" said to many ("thank you all", "you each", "you as well,
    including ...")."""
    tok = next((c for c in verb.children if c.dep_ in ("dobj", "dative") and c.lower_ == "you"), None)
    if tok is None:
        return False
    return any(w.lower_ in _MANY for w in tok.doc[tok.i + 1:min(tok.i + 6, tok.sent.end)])


def vocative_actor(trig: "Trigger", actor: "Party | None") -> bool:
    """Whether the actor found is a name the speaker addresses, set off by a comma before a
    subjectless "thank you" ("Madam Vice President, dear X; thank you for ..."): the speaker
    thanks, not the one named."""
    tok = actor.token if actor is not None else None
    if tok is None or tok.lower_ in _SPEAKER_WORDS or tok.i >= trig.token.i:
        return False
    return any(w.text in (",", ";", ":") for w in tok.doc[tok.i + 1:trig.token.i])


def room_courtesy(trig: "Trigger", actor: "Party | None", recipient: "Party | None", speech: bool,
                  home: str | None, roles_by_person: "Mapping[str, Sequence[Role]] | None" = None) -> bool:
    """Whether a SUPPORT trigger of a speech or briefing is the speaker's thanks or praise now,
    given to the room or to his own side, which reports no event (see the module doc).

    Args:
        trig: The trigger (type SUPPORT, or the performed verbal act of a first-person wish).
        actor: The resolved actor.
        recipient: The resolved recipient.
        speech: Whether the text is a transcript or remarks as prepared (:func:`.talk.spoken`).
        home: ISO3 of the country the text speaks for, if known.
        roles_by_person: The article's roles by person id: an official of an international body
            ("Deputy Secretary-General X") is no one's own side either.
    """
    if not speech or trig.type != "SUPPORT":
        return False
    verb = _verb(trig)
    if performed_wish(verb) is not None and verb.lemma_.lower() not in _PRAISE and trig.token.pos_ != "NOUN":
        return True  # "we would like to welcome X into NATO very soon": a wish, not yet done
    if not _said_now(trig):
        return False
    if _addressed_group(_verb(trig)) or vocative_actor(trig, actor):
        return True
    return not between_sides(actor, recipient, home, roles_by_person or {})


def between_sides(actor: "Party | None", recipient: "Party | None", home: str | None,
                  roles_by_person: "Mapping[str, Sequence[Role]]") -> bool:
    """Whether thanks or praise pass between two sides: another country's (:func:`foreign_pair`), an
    international body's official thanking a country's side ("Secretary General X: thank you, Mr.
    President"), or a country's side thanking such a body or official ("thank you, President von der
    Leyen"); an official's thanks to a fellow official or his own staff stay courtesy."""
    if foreign_pair(actor, recipient, home):
        return True
    body_actor = international_party(actor, roles_by_person)  # (thanks inside one body, or to its own staff, are courtesy)
    return (body_actor and recipient is not None and recipient.country is not None) or (
        not body_actor and international_party(recipient, roles_by_person))


def international_party(party: "Party | None", roles_by_person: "Mapping[str, Sequence[Role]]") -> bool:
    """Whether a party of no country is an international body ("the European Union", "NATO") or
    one of its officials ("President von der Leyen", "Deputy Secretary-General Mohammed"): thanks
    to it are said to another side, as to a foreign government."""
    if party is None or party.country is not None or party.entity is None:
        return False
    ent = party.entity
    if ent.label == "ORG":
        return load_countries().organization(ent.name) is not None
    return ent.label == "PERSON" and any(r.organization for r in roles_by_person.get(ent.id, ()))

