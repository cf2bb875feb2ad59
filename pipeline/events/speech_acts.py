"""Verbal acts a first-person statement performs by saying them.

"I want to thank Senator X", "we would like to congratulate the winners", "I wish to express my
condolences": a wish to thank, praise, congratulate or condemn, said in the first person, is
itself the thanking (a performative: the saying does the act), not an intention still to be
carried out, as "we want to visit Japan" is. The development gold codes such sentences as the
act ("I also want to commend former Prime Minister X": SUPPORT).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import load
from .senses import FIRST_PERSON
from .context import Party

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .context import Context

WISH_VERBS = frozenset({"want", "wish", "like"})
"""verbs of wishing whose first-person present says the act ("would like to" through "like")"""
PERFORMED_TYPES = frozenset({"SUPPORT", "ACCUSE"})
"""verbal categories (praise, thanks, condolences; condemnation, criticism) a speaker performs
by saying them; material acts ("I want to send aid") stay intentions"""
_PRESENT_TAGS = frozenset({"VBP", "VB", "VBZ"})
"""present tense (a past "I wanted to thank" may report an earlier wish, not this statement's act)"""


def performed_wish(verb: "Token") -> "Token | None":
    """The wishing verb ("want", "would like", "wish") of which ``verb`` is the complement
    when a first-person speaker performs the act by saying it ("I want to thank X", "I'd like to
    begin by thanking X"), or the imperative asking leave to speak ("Allow me to thank X"), else None.

    Args:
        verb: The verb of a verbal act (the trigger, or the light verb of its noun:
            "I would like to express my condolences").

    Returns:
        The wishing verb, from which the rest of the clause decides factuality (a condition
        around it still makes the act hypothetical), or None.
    """
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ == "by" \
            and verb.head.head.lemma_.lower() in _OPENING_VERBS:
        verb = verb.head.head  # "I'd like to start by thanking you": the thanks open the remarks
    permit = verb.head
    if verb.dep_ in ("xcomp", "ccomp") and verb.tag_ == "VB" and permit.lemma_.lower() in _PERMIT_VERBS \
            and permit.tag_ in ("VB", "VBP") and permit.dep_ == "ROOT" \
            and any(c.dep_ in ("dobj", "nsubj") and c.lower_ in ("me", "us") for c in permit.children) \
            and all(c.i + 1 < len(c.doc) and c.doc[c.i + 1].text == ":" for c in permit.children if c.dep_ == "nsubj"):
        # (an imperative has no subject; the parser may take a transcript's label "PRESIDENT X:" for one)
        return permit  # "Allow me, Mr. President, to thank you": the request to speak is the saying
    return _speakers_wish(verb, _PRESENT_TAGS)


_OPENING_VERBS = frozenset({"start", "begin", "open", "close", "conclude", "end"})
"""verbs of a speech's opening or close whose "by VERB-ing" says what the speaker does now"""
_PERMIT_VERBS = frozenset({"allow", "permit"})
"""verbs of an imperative asking leave to speak ("Allow me to thank ..."), as "let me thank" does"""


def _speakers_wish(verb: "Token", tags: frozenset[str]) -> "Token | None":
    """The wishing verb (tense among ``tags``) of which the bare infinitive ``verb`` is the
    complement, when its subject is the speaker ("I", "we") and it is not negated; else None."""
    if verb.dep_ != "xcomp" or verb.tag_ != "VB":
        return None
    wish = verb.head
    if wish.pos_ != "VERB" or wish.lemma_.lower() not in WISH_VERBS or wish.tag_ not in tags:
        return None
    if wish.lemma_.lower() == "like" and not any(c.dep_ == "aux" and c.lower_ in ("would", "'d", "’d")
                                                for c in wish.children):
        return None  # "we like to thank our volunteers every year": a habit, not this statement's act
    if any(c.dep_ == "neg" for c in wish.children):
        return None
    subject = next((c for c in wish.children if c.dep_ == "nsubj"), None)
    return wish if subject is not None and subject.lower_ in FIRST_PERSON else None


TELLING_VERBS = load().classes["wished_telling_verb"]
"""verbs of telling whose wished form ("I want to note that ...") is the telling itself"""
_TELLING_PARTS = {"point": "out", "let": "know", "make": "clear"}
"""verbs of the class that tell only with their second part ("point out", "let you know", "make clear")"""


def wished_telling(verb: "Token") -> bool:
    """Whether ``verb`` is the telling a speaker's wish performs: "I want to share that X
    welcomed Y", "we'd like to note that ...", "I wanted to let you know that ..." (the past of a
    briefing's politeness tells as the present does). What is told is asserted by the saying, as
    "I want to thank X" thanks (:func:`performed_wish`), so the wish embeds nothing.

    Args:
        verb: The verb the walk of factuality reached, a to-infinitive complement.
    """
    if verb.lemma_.lower() not in TELLING_VERBS:
        return False
    part = _TELLING_PARTS.get(verb.lemma_.lower())
    if part is not None and not any(c.lower_ == part for c in verb.subtree if c.i > verb.i):
        return False
    return _speakers_wish(verb, _PRESENT_TAGS | {"VBD"}) is not None


def speaker_side(ctx: "Context", actor: "Party | None", recipient: "Party | None" = None) -> "Party | None":
    """The speaker, when the actor found is a name coordinated with "I" ("Jill and I send our
    condolences", "The Second Gentleman and I are praying"): a first-person statement's acts
    are its author's, whoever joins him in them (the development gold codes "Jill and I are
    sending all our love to X" with the President as actor).

    Args:
        ctx: The Doc's context (resolves "I" to the statement's author or a turn's speaker).
        actor: The actor found from the clause's subject, or None.
        recipient: The recipient found; when it is the speaker, the pair acted together
            ("when Fred and I worked together") and the actor stays.
    """
    tok = actor.token if actor is not None else None
    if tok is None or tok.lower_ in FIRST_PERSON:
        return actor
    me = next((c for c in tok.conjuncts if c.lower_ == "i" and c.pos_ == "PRON"), None)
    if me is None:
        return actor
    speaker = ctx.party(me)
    if speaker is None or (recipient is not None and ((recipient.token is not None and recipient.token.i == me.i) or (
            speaker.entity is not None and recipient.entity is speaker.entity))):
        return actor
    return speaker


def speaker_pair(ctx: "Context", actor: "Party | None", recipient: "Party | None",
                 typ: str) -> "tuple[Party | None, Party | None]":
    """The (actor, recipient) of a clause whose subject may be a name coordinated with "I".

    A one-sided act the speaker shares with a companion is the speaker's (:func:`speaker_side`);
    a meeting the speaker held with a counterpart of another government ("Director X and I met
    in Malta") is the guide's reciprocal meeting ("X and Y met": X actor, Y recipient), with the
    counterpart first named as actor and the speaker as recipient, when no one else is named
    as met.

    Args:
        ctx: The Doc's context.
        actor: The actor found from the clause's subject, or None.
        recipient: The recipient found, or None.
        typ: The trigger's category.
    """
    speaker = speaker_side(ctx, actor, recipient)
    if typ == "CONSULT" and recipient is None and speaker is not None and (we_two := _we_two(ctx, speaker)):
        return we_two
    if typ != "CONSULT" or recipient is not None or actor is None or speaker is None:
        return speaker, recipient
    other = actor if speaker is not actor else _companion_of_i(ctx, actor)
    if other is not None and other.entity is not None and other.country is not None \
            and speaker.country is not None and other.country != speaker.country:
        return other, speaker
    return speaker, recipient


def _we_two(ctx: "Context", we: "Party") -> "tuple[Party, Party] | None":
    """(speaker, other speaker) for a "we" who met or spoke with no one else named, in a transcript of two
    speakers ("We have talked by phone, but today you are my guest"): the two who hold the turns are
    the two sides of the meeting, the speaker as actor (the guide's "X and Y met"); None elsewhere."""
    from .addressees import other_speaker

    tok = we.token
    if tok is None or tok.lower_ != "we" or tok.pos_ != "PRON" or tok.i in ctx.quoted:
        return None
    turn = ctx.turns.at(ctx.raw[tok.i][0]) if ctx.turns else None
    other = other_speaker(ctx, tok) if turn is not None and not turn.question else None
    me = Party(entity=turn.speaker, country=ctx._country(turn.speaker, [], []) or ctx.home_country, token=tok) \
        if other is not None else None
    if me is None or other.entity is None or not me.country or not other.country or me.country == other.country:
        return None  # (a briefer and a colleague of his government, "we spoke": one side, no meeting)
    return me, other


def _companion_of_i(ctx: "Context", me: "Party") -> "Party | None":
    """The name before "and I" when the parser made "I" a second subject of the verb rather
    than a conjunct of the name ("Director X and I met": X), or None."""
    tok = me.token
    if tok is None or tok.lower_ != "i" or tok.i == 0 or tok.doc[tok.i - 1].lower_ != "and":
        return None
    comp = next((c for c in tok.head.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    return ctx.party(comp) if comp is not None else None


SELF_DIRECTED_TYPES = frozenset({"SUPPORT", "AGREE"})
_FIRST_PERSON_FORMS = frozenset({"i", "we", "me", "us", "my", "our"})


def own_country_pledge(typ: str, actor: "Party | None", recipient: "Party | None") -> bool:
    """Whether a first-person speaker's support or promise is aimed at a place of his own
    country ("I will always fight for America's seniors", "I'm fighting for Scranton", "I
    recommit the United States to this freedom"): political rhetoric addressed to the speaker's
    own nation, not an act between two parties (PLOVER codes dyadic events between actors; the
    development gold has no first-person SUPPORT or AGREE whose recipient is the speaker's own
    country or one of its places).

    Args:
        typ: The event's category.
        actor: Its actor (the first-person pronoun's token is kept on the party).
        recipient: Its recipient.
    """
    if typ not in SELF_DIRECTED_TYPES or actor is None or recipient is None or recipient.entity is None:
        return False
    if actor.token is None or actor.token.lower_ not in _FIRST_PERSON_FORMS:
        return False
    return recipient.entity.label == "GPE" and recipient.country is not None and recipient.country == actor.country
