"""Actors left implicit by English syntax, read when argument finding named none.

The argument finder (:mod:`.arguments`) takes an event's actor from its subject, an agent, a
possessor or a controller. Some constructions leave the doer unwritten though English fixes
who it is; an event dropped for want of an actor there is lost recall:

- a gerund listed under "including", "through", "besides" does what the clause it hangs on does
  ("the steps the government is taking, including providing $1 billion to the Fund and requesting
  $500 million from the legislature": the government provides and requests);
- what a text does in a relative clause or as a subject is its issuer's act ("a statement that
  condemned the attack", "the resolution, adopted by X, demands ..."): who issued it is found as
  for a text's participle (:func:`.documentacts.issuer`; PLOVER codes the issuing party);
- an event noun that is the object of a verb of wielding or carrying out ("has leveraged new
  sanctions on X", "implemented export controls", "continued its strikes") is the verb's
  subject's act, and one got "from" a party ("received new aid from X") is that party's; verbs of
  talking about ("outlined the sanctions", "discussed the attack") are
  not in the list: their object is a topic, someone else's act;
- an act noun listed under "including" is one of the acts of the noun it hangs on, done by
  whoever that noun's possessor, country word or relative clause names ("Russia's attacks,
  including the strike on X", "the steps the ministry has taken, including sanctions on Y"), or,
  for steps a verb of taking or ordering has as object, that verb's subject ("I've approved
  several steps, including the expulsion of X"; lexicon classes ``taken_step``, ``enacting_verb``);
- "they" that no pair of names explains stands for the nearest plural subject in its sentence or
  the one before ("Ukrainian officials said they had shot down ...");
- (a subject "it" continuing a country or organisation is resolved by the context itself:
  :mod:`.itsubjects`);
- "he"/"she" with no person named in the three sentences before (the window of
  :meth:`.references.References.antecedent`) stands for the one person named further back in
  the passage when that person is the only candidate ("... on the phone with X. It was half an
  hour. My team was with me. And he agreed ...").

Negated or modal governing verbs ("did not use sanctions", "could impose") give no actor: the
event is not reported as done (the annotation guide's exclusions).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .antecedents import state_body
from .arguments import subject_token
from .documentacts import issuer
from .joint_nouns import joint_subject
from .lexicon import load
from .triggers import VIA_OWN

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .context import Context, Party
    from .triggers import Trigger

_CLASSES = load().classes
LISTING_PREPS = frozenset({"including", "through", "besides"})
"""prepositions whose gerund names one of the acts of the clause they hang on (its subject's)"""
WIELDING_VERBS = _CLASSES["wielding_verb"]
"""verbs whose object event noun is carried out by their subject (data: event_triggers.json)"""
RECEIPT_VERBS = _CLASSES["receipt_verb"]
"""verbs of getting: an act got "from" a party is that party's ("received aid from X", "got a pledge from X")"""
_TEXT_NOUNS = _CLASSES["authored_text"]
"""texts whose participle ("a resolution demanding", "a statement condemning") says what their
author does; the same class as :data:`.documentacts.DOCUMENT_NOUNS` (a law or order enacts, it
does not condemn: "passed a law condemning X" is no accusation)"""
_TEXT_ACT_TYPES = frozenset({"REQUEST", "ACCUSE", "SUPPORT", "REJECT", "THREATEN"})
"""what a text can do for its author: ask, condemn, praise, refuse, warn"""
_MODALS = _CLASSES["modal"]
"""modal auxiliaries (data: event_triggers.json ``modal``), matched by spelling; "ca" of "can't" is
not listed: its "n't" is a negation the same tests read (a "n't" the parser hung elsewhere, "I can't, you
know, verify that", leaves the verb asserted, as it always has here)"""
_PERSON_PRONOUNS = frozenset({"he", "she"})
_SPOKEN_TYPES = frozenset({"AGREE", "SUPPORT", "REQUEST", "REJECT", "ACCUSE", "THREATEN", "CONCEDE"})
"""acts a person does by saying ("he agreed", "she welcomed it"): the far-reaching pronoun reading
is kept to these; a violent or military act told of a "he" far from any name is most often a
figure of speech ("he killed the bill") or a group's act"""
_THEY_REACH = 2
"""sentences (this one included) in which "they" finds a plural subject named before it"""
_PRONOUN_REACH = 8
"""sentences (this one included) a he/she reaches back for a sole candidate"""


def _asserted(verb: "Token") -> bool:
    """The verb is stated as done: no negation, no modal, not an infinitive aim."""
    return not any(c.dep_ == "neg" or (c.dep_ == "aux" and (c.lower_ in _MODALS or c.tag_ == "TO"))
                   for c in verb.children)


def _aimed(verb: "Token") -> bool:
    """'(steps Canada is taking) to help farmers': an infinitive aim, neither negated nor under a
    modal; its listed gerunds are acts of the clause the aim belongs to."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children) and not any(
        c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in _MODALS) for c in verb.children)


def _listed_gerund(ctx: "Context", verb: "Token") -> "Party | None":
    """'..., including providing X and requesting Y': the subject of the clause listed under."""
    while verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.tag_ == "VBG":
        verb = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or verb.head.lower_ not in LISTING_PREPS:
        return None
    host = verb.head.head
    for _ in range(3):  # ("help farmers, including providing": the list may hang on an object noun)
        if host.pos_ in ("VERB", "AUX"):
            if not _asserted(host) and not _aimed(host):
                return None  # "did not help farmers, including ...", "could help ...": nothing done
            if host.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in host.children):
                return None  # "X plays a key role, including supporting ...": what X does in general
            subj = subject_token(host)
            if subj is not None:
                return ctx.party(subj)
        if host.head.i == host.i:
            return None
        host = host.head
    return None


_HOLDER_LABELS = frozenset({"GPE", "NORP", "ORG"})
_STEPS, _ENACTING = _CLASSES["taken_step"], _CLASSES["enacting_verb"]
_RELATIVE_WORDS = frozenset({"that", "which", "who", "whom"})


def _listed_noun(ctx: "Context", noun: "Token") -> "Party | None":
    """'North Korean support for Russia, including the transfer of shells', 'the efforts the
    Administration has undertaken, including the signing of X', 'Russia's attacks, including
    the strike on Y': an act noun listed under "including" is one of the acts of the noun it is
    listed under, whose doer the text names by a possessor, a country or group word before it, or
    the subject of the relative clause that tells who undertook it. A list under a verb or under a
    noun with no doer named is left alone ("condemned the attacks, including the bombing": the
    condemner is not the bomber)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "including" or prep.head.pos_ != "NOUN":
        return None
    host = prep.head
    for c in host.children:
        if c.dep_ == "poss" or (c.dep_ in ("amod", "compound") and c.i in ctx.entity_at
                                and ctx.entity_at[c.i].label in _HOLDER_LABELS):
            return ctx.party(c)
    for c in host.children:
        if c.dep_ == "relcl" and c.pos_ in ("VERB", "AUX") and _asserted(c):
            subj = next((s for s in c.children if s.dep_ == "nsubj"), None)
            if subj is not None and subj.lower_ not in _RELATIVE_WORDS:
                return ctx.party(subj)
    verb = host.head
    if host.lemma_.lower() in _STEPS and host.dep_ == "dobj" and verb.pos_ == "VERB" and verb.lemma_.lower() in _ENACTING \
            and _asserted(verb):
        # "I've approved several steps, including the expulsion of X": the steps' taker; "signed an
        # order authorizing new measures, including sanctions": the order's signer
        subj = subject_token(verb) or (subject_token(verb.head.head) if verb.dep_ == "acl" and verb.head.dep_ == "dobj" else None)
        return ctx.party(subj) if subj is not None else None
    return None


def _text_author(ctx: "Context", verb: "Token", typ: str) -> "Party | None":
    """'a statement that condemned ...', 'the resolution, adopted by X, demands ...': what the text
    says, its issuer says (a text's participle, 'a resolution demanding', is read before argument
    finding ends: :func:`.documentacts.document_author`)."""
    if typ not in _TEXT_ACT_TYPES:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    text = verb.head if subj.lower_ in ("that", "which") and verb.dep_ == "relcl" else subj
    if text.lemma_.lower() not in _TEXT_NOUNS or text.pos_ != "NOUN" or text.i in ctx.quoted:
        return None
    return issuer(ctx, text)  # (:mod:`.documentacts`)


def _wielder(ctx: "Context", noun: "Token") -> "Party | None":
    """'has leveraged new sanctions on X': the subject of a verb of carrying out its object; 'received
    new aid from X', 'received $2 billion in aid from X': the giver named "from"."""
    act, noun = noun, _counted_object(noun)
    if noun.dep_ != "dobj" or noun.pos_ not in ("NOUN", "NUM", "SYM"):
        return None
    verb = noun.head
    if verb.pos_ != "VERB" or not _asserted(verb):
        return None
    if verb.lemma_.lower() in RECEIPT_VERBS:  # "received new aid from Japan": the giver acts
        source = next((o for h in (act, noun, verb) for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
                       for o in c.children if o.dep_ == "pobj"), None)
        return ctx.party(source) if source is not None else None
    if verb.lemma_.lower() not in WIELDING_VERBS:
        return None
    return ctx.party(subject_token(verb))


def _counted_object(noun: "Token") -> "Token":
    """The verb's object that counts ``noun`` ("received $2 billion in aid": "billion"), or the
    noun itself when no amount stands between it and its verb."""
    if noun.pos_ == "NOUN" and noun.dep_ == "pobj" and noun.head.lower_ in ("in", "of") and noun.head.head.dep_ == "dobj":
        return noun.head.head
    return noun


def aid_receiver(noun: "Token") -> "Token | None":
    """Who gets aid a verb of getting names ("Ukraine received $2 billion in aid from X": Ukraine),
    the verb's subject; None when the noun (or the amount it counts) is no such verb's object."""
    noun = _counted_object(noun)
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in RECEIPT_VERBS:
        return None
    return subject_token(verb)


_GIVER_LABELS = frozenset({"GPE", "NORP"})
_WITHHELD = load().classes["withheld_aid"]
"""verbs and nouns over "aid from X" that tell of aid not given (data/event_triggers.json)"""


def _giver(ctx: "Context", noun: "Token") -> "Party | None":
    """'welcomed new humanitarian aid from Japan', 'the delivery of assistance from Egypt': aid
    named "from" another country is that country's gift (the source of aid is its giver),
    unless a verb or noun over it tells of aid not given: refused, cut, needed, sought, awaited,
    lacking or late ("is waiting for aid from Germany", "a lack of aid from Germany")."""
    for host in (noun, noun.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None):
        if host is None:
            continue
        if host is not noun:
            host = host.head  # ("the delivery of assistance from Egypt": the delivery's "from")
        source = next((o for c in host.children if c.dep_ == "prep" and c.lower_ == "from"
                       for o in c.children if o.dep_ == "pobj"), None)
        if source is None:
            continue
        ent = ctx.entity_at.get(source.i)
        if ent is None or ent.label not in _GIVER_LABELS or not ent.country or ent.country == ctx.home_country:
            return None  # a country or its people ("aid from Japan"), not the publisher's own ("assistance
            # from the FBI" in a US text: an agency's help at home) nor a body of no country
        verb, over = host, [host]
        while verb.dep_ in ("pobj", "prep", "dobj", "conj", "compound") and verb.head.i != verb.i:
            verb = verb.head
            over.append(verb)  # ("a lack of aid from X", "waiting for aid from X": every word over it)
        if any(w.lemma_.lower() in _WITHHELD for w in over if w.pos_ in ("NOUN", "VERB")) or (
                verb.pos_ in ("VERB", "AUX") and not _asserted(verb)):
            return None
        return ctx.party(source)
    return None


def _sole_person(ctx: "Context", pron: "Token") -> "Party | None":
    """A he/she that the nearer search left open: the one person (other than the speaker of the
    turn) named in the passage before it; two or more candidates leave it open."""
    floor = ctx.sentences_back(pron, _PRONOUN_REACH)
    turn = ctx.turns.at(ctx.raw[pron.i][0]) if ctx.turns else None
    speaker = turn.speaker if turn is not None else None
    found = None
    for i in range(pron.i - 1, floor - 1, -1):
        ent = ctx.entity_at.get(i)
        if ent is None or ent.label != "PERSON" or ent is speaker or ent is getattr(found, "entity", None):
            continue
        if found is not None:
            return None
        found = ctx.party(ctx.doc[i])
        if found is None or found.entity is None:
            return None
    return found


def _plural_subject(ctx: "Context", they: "Token") -> "Party | None":
    """'Ukrainian officials said they had shot down ...', 'Russian troops shelled the city. On
    Tuesday they attacked ...': a "they" that no pair of names explains stands for the nearest
    plural subject before it, in its sentence or the one before (a subject is what a following
    pronoun most often continues); None when that subject names no party."""
    floor = ctx.sentences_back(they, _THEY_REACH)
    for i in range(they.i - 1, floor - 1, -1):
        t = ctx.doc[i]
        if t.dep_ not in ("nsubj", "nsubjpass") or t.pos_ == "PRON":
            continue
        if t.tag_ not in ("NNS", "NNPS"):
            return None  # the nearest subject is one thing or person: "they" is someone else
        found = ctx.party(t) or state_body(ctx, t)
        return found if found is not None and (found.entity is not None or found.country) else None
    return None


def implicit_actor(ctx: "Context", trig: "Trigger") -> "Party | None":
    """The actor English leaves implicit for ``trig`` (see the module doc), or None.

    Args:
        ctx: The document's argument context.
        trig: A trigger for which argument finding named no actor.

    Returns:
        The implicit actor's party, or None when nothing fixes it.
    """
    tok = trig.token
    if trig.via == VIA_OWN:  # ("X and Y restarted cooperation": X, :mod:`.joint_nouns`)
        return _wielder(ctx, tok) or joint_subject(ctx, tok, trig.type) or (
            _giver(ctx, tok) if trig.type == "AID" else None) or _listed_noun(ctx, tok)
    verb = trig.clause if trig.clause is not None else tok
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    found = _listed_gerund(ctx, verb) or _text_author(ctx, verb, trig.type)
    if found is not None:
        return found
    subj = subject_token(verb)
    if subj is not None and subj.lower_ == "they" and subj.pos_ == "PRON" and ctx.group(subj) is None:
        return _plural_subject(ctx, subj)
    if trig.type in _SPOKEN_TYPES and subj is not None and subj.lower_ in _PERSON_PRONOUNS and subj.pos_ == "PRON" \
            and ctx.antecedent(subj) is None:
        return _sole_person(ctx, subj)
    return None
