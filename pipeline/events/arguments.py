"""Arguments of an event: actor, recipient, location, date and the clause, from the parse.

- actor: the clause subject, or the passive agent ("by X"); a light verb's subject for an event
  noun ("X held talks"); a noun's possessive, by-agent or entity modifier ("Russia's invasion",
  "an attack by X", "US sanctions"). A consultation noun in a temporal phrase ("During talks
  with Y, X said") takes the main clause's subject.
- recipient: the direct object (the passive subject), else the object of with/to/against/on/...;
  "X and Y met" -> X actor, Y recipient (one event); a host is the actor and the visitor the
  recipient, as the project's gold codes hosting (PLOVER would code the visitor as
  source); the place attacked, left or visited, "the
  government", or the author of "the decision" when no one is named.
- who names, pronouns and plural references stand for: :mod:`.context`.
- location: "in/at <place>", or "to <place>" for visits and deployments; date: the date mention
  nearest the trigger inside the clause (else the setting of the joint event a plural
  reference points to).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..records import TimeExpression
from .context import _RECIPROCAL, Context, Party
from .complements import honoured_guest
from .participles import reduced_passive, shared_agent, state_holder
from .positions import (between_parties, coordinated_with, heading_between, misattached_conjunct, modifier_conj,
                        past_dateline, prep_object)
from .owners import thing_owner
from .instruments import owned_force
from .modifier_subjects import modifier_subject
from .purposes import consulted, misparsed_with
from .readoutparties import beyond_pair, displaced_with, purpose_of_consultation
from .titles import titled_person
from .turns import speaker_government
from .reactions import implicit_recipient
from .venues import TOPIC_VERBS, location as location_of
from .lexicon import load as load_lexicon
from .namelists import head_subject
from .addressees import addressee
from .recipients import (CONDEMN_TYPES, PROMISE_TYPES, SHARED_RECIPIENT_TYPES, WARNING_TYPES,
                         as_government, attack_victims, consulted_party, hosted_visitor, is_actor, is_own_side,
                         is_victim, promised_instead, promised_party, reaction_theme, territory_left, visited_counterpart,
                         visited_town, warned_party)
from .antecedents import (WE, after_heading, crowd, for_controller, joint_we,
                          listed_for_gerund, named_group, national_body, state_body)
from .their_acts import their_pair
from .nominal_parties import hyphen_counterpart
from .senses import GATHERINGS
from .sympathy import held_in, joined_in_grief
from .triggers import VIA_LIGHT, VIA_OWN, VIA_PARTICIPANT, VIA_SELF, Trigger, direct_object
from .voice import is_passive, misparsed_main_verb, participle_modifier
from .chances import chance_holder
from .border_targets import border_side
from .by_agents import by_agent, shared_partner
from .captivity import captivity
from .argument_parts import (MUTUAL_VERBS, mutual_bond, unnamed_bond, THIRD_PARTY_VERBS, _BODY_RECIPIENT, _JOINT, _PLACE_LABELS, _allies_strike,
                             _delegation, _object_parts, _own_actor, _prep_parties, _visit)
from .verbparts import indirect_object
from .vocatives import praised_yours, vocative_addressee

if TYPE_CHECKING:
    from spacy.tokens import Token




# ---- structure ---------------------------------------------------------------------------
def subject_token(verb: "Token", depth: int = 0) -> "Token | None":
    """The token naming who does ``verb``: its subject, the passive agent, or the subject it
    inherits (a coordinated or controlled verb, a relative clause's antecedent)."""
    if depth > 6:
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")] or modifier_subject(verb) or [  # ("USAID will ...")
        c for a in verb.children if a.dep_ == "auxpass" for c in a.children if c.dep_ == "nsubj"]  # ("X" <- "is" <- "committed")
    if subjects:
        # two subjects: a broken parse of one long phrase or list of names (:mod:`.namelists`)
        return head_subject(subjects, verb)
    if is_passive(verb):
        for c in verb.children:
            if c.dep_ == "agent":
                return next((p for p in c.children if p.dep_ == "pobj"), None)
        return shared_agent(verb) or state_holder(verb)  # "were killed, wounded or detained by X": X did each; "X is committed to
    head = verb.head
    if head.i == verb.i:
        return None
    if verb.dep_ == "xcomp" and is_passive(head):  # "I am honored to welcome", "X was asked to leave"
        controller = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
        if controller is not None:
            return controller
    if verb.dep_ == "conj" and is_passive(head) and verb.tag_ == "VBN" and not any(
            c.dep_ in ("aux", "auxpass", "nsubj") for c in verb.children):
        # "who were wrongfully detained or held hostage": a bare participle shares the passive, and its
        # subject is who it is done to; the doer is a by-phrase's, else unknown
        return shared_agent(verb) or next((p for c in head.children if c.dep_ == "agent" for p in c.children
                                           if p.dep_ == "pobj"), None)
    if verb.dep_ == "conj" and is_passive(head):
        # "He will be joined by X and will welcome Y": the passive's subject, not its agent
        passive_subject = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
        if passive_subject is not None:
            return passive_subject
    if misattached_conjunct(verb):  # "said the measures would backfire and threatened ...": the subject of "said"
        return subject_token(head.head, depth + 1)
    if head.lemma_.lower() in OBJECT_CONTROL and (verb.dep_ == "xcomp" or verb.dep_ == "ccomp" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)):  # "forced airlines to cancel flights"
        controller = next((c for c in head.children if c.dep_ == "dobj"), None)
        if controller is not None:
            return controller
    if verb.dep_ == "attr" and verb.tag_ == "VBG" and head.lemma_ == "be":  # "Qatar is mediating": a progressive
        return subject_token(head, depth + 1)  # the model may read as a copula with a gerund
    if verb.dep_ in ("conj", "xcomp", "acomp"):  # "I am proud to announce": the copula's subject
        return subject_token(head, depth + 1)
    listed = listed_for_gerund(verb)  # "thanked X for hosting the talks, leading ...": X leads
    if listed is not None:
        return for_controller(listed)
    if verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VBN"):  # "..., killing three civilians"
        return subject_token(head, depth + 1)
    if verb.dep_ == "advcl" and verb.tag_ == "VB" and head.lemma_ == "be" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and any(
            c.dep_ == "prep" and c.lower_ in ("in", "at") and any(p.dep_ == "pobj" and p.ent_type_ in ("GPE", "LOC", "FAC")
                                                             for p in c.children) for c in head.children):
        # "X is in Kyiv to meet Y": who is in a place does what they went there for (a briefer
        # "here to offer a preview of the President's trip" is left alone: talking to the room)
        return subject_token(head, depth + 1)
    if (hold := chance_holder(verb)) is not None:  # "he will have the chance to meet X" (:mod:`.chances`)
        return subject_token(hold, depth + 1)
    if verb.dep_ in ("relcl", "acl") and (misparsed_main_verb(verb) or not (verb.tag_ == "VBN" or participle_modifier(verb))):
        return head  # (a participle's noun is its patient: "citizens detained in X")
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and head.lower_ in _GERUND_PREPS and head.head.pos_ in ("VERB", "AUX"):
        # "X joined 40 nations in condemning Y", "X responded by striking Y": the gerund's
        # subject is the subject of the verb its preposition hangs on
        return subject_token(head.head, depth + 1)
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and head.lower_ == "for":
        return for_controller(head)
    return None


OBJECT_CONTROL = load_lexicon().classes["object_control_verb"]
"""verbs whose object does what their infinitive says ("the strike forced airlines to cancel
flights", "invited Modi to visit Paris"): the object, not the subject, is its actor (English
object control); verbs of asking and ordering are left to the request and order rules"""
_GERUND_PREPS = frozenset({"in", "by", "after", "before", "upon"})
"""prepositions whose gerund is done by the subject of the verb they modify"""


def patient_token(verb: "Token") -> "Token | None":
    """The passive subject ("Kyiv was shelled"), or the noun a passive participle modifies."""
    for c in verb.children:
        if c.dep_ == "nsubjpass":
            return c
    if verb.dep_ == "acl" and (verb.tag_ == "VBN" or participle_modifier(verb)):
        return verb.head
    return None


@dataclass(frozen=True, slots=True)
class Arguments:
    actor: Party | None
    recipient: Party | None
    location: str | None
    date: TimeExpression | None
    clause: tuple[int, int]
    lead_future: bool = False
    """the actor came from a list's lead-in in the future tense ("X and Y will: - Establish ...")"""
    partner: Party | None = None
    """the other member of the pair that acted together, when the recipient is someone else
    (whom they promised support): "they" of what follows are still the pair"""


def find_arguments(ctx: Context, trig: Trigger) -> Arguments:
    """Actor, recipient, location, date and clause range of one trigger."""
    tok, typ = trig.token, trig.type
    clause = trig.clause
    actor_tok = recip = None
    recipient: Party | None = None
    first, second = between_parties(tok) if tok.pos_ == "NOUN" else (None, None)
    if first is None and tok.pos_ == "NOUN" and typ == "AGREE":  # "the signing of an accord between X and Y"
        first, second = next((b for part in _object_parts(tok)[1:] for b in [between_parties(part)] if b[0] is not None),
                             (None, None))
    if first is not None:  # "talks between X and Y"
        actor_tok = first
        recipient = ctx.party(second)
    elif trig.via == VIA_OWN:
        actor_tok = _own_actor(ctx, tok, bool(trig.entry and trig.entry.possessive_only)) or ctx.item_subject(tok)
        recipient = _prep_parties(ctx, tok, typ, trig.destination)
        if recipient is None and typ in ("CONSULT", "COOPERATE") and tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
            # "It follows Biden's meeting last month with X": the parser hangs "with X" on the verb
            recipient = next((p for prep in tok.head.children if prep.dep_ == "prep" and prep.lower_ == "with"
                              for p in [ctx.party(prep_object(prep))] if p is not None), None)
        if recipient is None and typ in ("AGREE", "COOPERATE"):
            # "Chile's signing of the agreement with Peru": the partner hangs on the act's "of" object
            recipient = next((p for part in _object_parts(tok)[1:] if any(c.lower_ == "with" for c in part.children)
                              for p in [_prep_parties(ctx, part, typ, trig.destination)] if p is not None), None)
    elif trig.via in (VIA_LIGHT, VIA_PARTICIPANT) and clause is not None:
        actor_tok = subject_token(clause) or ctx.lead_subject(clause)
        if actor_tok is not None and actor_tok.i == tok.i:
            actor_tok = None  # "Our prayers are with X": the act noun is the copula's subject; its owner acts
        elif held_in(tok, clause):
            recip, actor_tok = actor_tok, None  # "X is in our prayers": X receives, the prayers' owner sends them
        if actor_tok is None and purpose_of_consultation(clause, typ) is None:  # ("met X to express U.S. support")
            actor_tok = _own_actor(ctx, tok)
        recipient = ctx.party(recip) if recip is not None else _prep_parties(ctx, tok, typ, trig.destination)
        if recipient is None and trig.via == VIA_LIGHT:
            recipient = _prep_parties(ctx, clause, typ, trig.destination)
            if recipient is None:
                recip = indirect_object(clause)
                recipient = ctx.party(recip)
    else:
        victims = reduced_passive(tok)  # "mourning three teachers killed at a fair": no killer named
        actor_tok = None if victims is not None else subject_token(tok) or ctx.lead_subject(tok)
        obj = direct_object(tok)
        if obj is not None and obj.i in ctx.entity_at:
            # "accused Kosovo Prime Minister X of ...": the small model may make the country word
            # an object of its own; the person named right after it is the object
            obj = next((c for c in tok.children if c.dep_ == "dobj" and c.i > obj.i and c.left_edge.i == obj.i + 1
                        and ctx.entity_at.get(c.i) is not None and ctx.entity_at[c.i].label == "PERSON"), obj)
        dative = indirect_object(tok)
        if victims is not None:
            recip = victims
        elif is_passive(tok):
            recip = None if trig.theme_object else patient_token(tok)
        else:
            recip = dative if trig.theme_object or (typ == "CONSULT" and tok.lemma_.lower() in TOPIC_VERBS) \
                else (obj or dative)  # ("discussed China's conduct": what is discussed is a topic, not a party)
            if recip is None and obj is not None and obj.pos_ == "PROPN" and any(
                    c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
                recip = obj  # "provided Ukraine with missiles": the named object receives
        if (joined := joined_in_grief(tok)) is not None:
            recip = joined  # "join the people of Chile in grieving the loss": the people of Chile
        if trig.particle is not None:
            if trig.particle.dep_ == "mark":  # "called for Russia to withdraw": Russia is asked
                recip = next((c for c in trig.particle.head.children if c.dep_ == "nsubj"), recip)
            else:
                recip = prep_object(trig.particle) or recip
        recipient = ctx.party(recip) or vocative_addressee(ctx, recip) or addressee(ctx, recip) or (  # "I thank you"
            state_body(ctx, recip) if typ in _BODY_RECIPIENT else None)  # "called on the junta to stop"
        if recipient is None:
            recipient = _prep_parties(ctx, tok, typ, trig.destination)
        noun = next((c for c in trig.particle.children if c.dep_ == "pobj"), None) if trig.particle is not None and trig.particle.dep_ == "prep" else None
        if recipient is None and noun is not None and any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children):
            recipient = _prep_parties(ctx, noun, typ, trig.destination)  # "worked in lockstep with X": the partner
        if recipient is None and typ == "AGREE" and trig.particle is None:  # "agreed to a truce with X", "agreed on a plan with X"
            noun = next((prep_object(c) for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "on", "upon")), None)
            if noun is not None and any(c.dep_ == "prep" and c.lower_ == "with" for c in noun.children):
                recipient = _prep_parties(ctx, noun, typ, trig.destination)
        if recipient is None and obj is not None:  # "severed ties with Mexico", "fired waves of drones at X"
            # (a topic discussed names a party only "with": not "discussed the response to X's war")
            topic = typ == "CONSULT" and tok.lemma_.lower() in TOPIC_VERBS
            recipient = next((p for part in _object_parts(obj)
                              if not topic or any(c.lower_ == "with" for c in part.children)
                              for p in [_prep_parties(ctx, part, typ, trig.destination)] if p is not None), None)
    if trig.via in (VIA_SELF, VIA_LIGHT):
        # "spoke with X to congratulate him": who called did what the call was for (:mod:`.purposes`)
        verb = tok if trig.via == VIA_SELF else clause or tok
        held = purpose_of_consultation(verb, typ) if actor_tok is None or misparsed_with(verb) is not None else None
        actor_tok = subject_token(held) if held is not None else actor_tok
        if recipient is None and typ == "CONSULT" and trig.via == VIA_SELF:
            recipient = ctx.party(consulted(tok) or honoured_guest(tok) or displaced_with(tok))  # ("with X to ...")
        if recipient is None and typ in ("CONSULT", "COOPERATE") and trig.via == VIA_SELF:
            recipient = ctx.party(shared_partner(tok))  # "has met and spoken with X": both verbs' partner
    if typ == "COERCE" and (capt := captivity(tok)) is not None:  # "Americans held hostage by Hamas" (:mod:`.captivity`)
        actor_tok, recipient = capt[0], ctx.party(capt[1]) or recipient
    # "TOKYO (AP) - X and Y signed ...": the parser may make the dateline's city the subject
    actor_tok = past_dateline(actor_tok, ctx.dateline)
    heading_partner = None
    if actor_tok is not None and heading_between(actor_tok, tok):
        # "Joint Efforts on Green Shipping: To accelerate ..., the ROK will ...": a heading before a colon is no subject
        actor_tok = ctx.lead_subject(tok)
    if actor_tok is None and trig.via in (VIA_SELF, VIA_LIGHT):
        # "- Space Cooperation: NASA and the Ministry of Science signed ...": the parser
        # folds a bullet's heading into the clause; the names after the colon are its subject
        actor_tok, heading_partner = after_heading(ctx, clause if clause is not None else tok)
    # the noun's own phrase names the sides when no one else does: under its own reading, or under a
    # light verb without a subject outside the noun ("India-Pakistan talks were held in Dubai")
    own_phrase = trig.via == VIA_OWN or trig.via == VIA_LIGHT and (actor_tok is None or tok.left_edge.i <= actor_tok.i < tok.i)
    pair = ctx.group(actor_tok) or (ctx.shared_sides(tok, typ, actor_tok, nearest=trig.via == VIA_OWN) if own_phrase else None) or (
        their_pair(ctx, tok, actor_tok, typ) if trig.via == VIA_OWN else None)  # "a U.S.-ROK summit", "their call" (:mod:`.their_acts`)
    if pair is None and actor_tok is not None and actor_tok.lower_ in WE:
        pair = joint_we(ctx, actor_tok)  # "we" of a joint statement
    partner = None  # the other member of a pair that acts together, when it became the recipient
    if pair is not None:
        actor = pair[0]
        if recipient is None and (typ in _RECIPROCAL or tok.lemma_.lower() in MUTUAL_VERBS or mutual_bond(tok)):
            recipient = partner = pair[1]
    else:
        actor = national_body(ctx, actor_tok, ctx.party(actor_tok))  # "Kenyan police": Kenya
        if actor is None and actor_tok is not None:
            # "the Nordic countries and the United States condemned ...": the named member acts
            actor = ctx.party(coordinated_with(actor_tok, ctx.entity_at))
        if actor is None:  # "the army", "the rebels", "protesters": who the story says they are
            actor = state_body(ctx, actor_tok) or owned_force(ctx, actor_tok) or named_group(ctx, actor_tok) or (
                crowd(ctx, actor_tok) if typ == "PROTEST" else None)
        if heading_partner is not None and typ in _JOINT:
            recipient = ctx.party(heading_partner) or recipient
        elif (recipient is None or (typ in _JOINT and typ != "CONSULT")) and actor_tok is not None \
                and tok.lemma_.lower() not in THIRD_PARTY_VERBS and not _allies_strike(tok, typ) \
                and (typ in _RECIPROCAL or tok.lemma_.lower() in MUTUAL_VERBS or mutual_bond(tok) or (
                    trig.via == VIA_LIGHT and clause is not None and clause.lemma_.lower() in MUTUAL_VERBS)):
            # (a consultation's named object is whom the co-subjects consult: "X and Y briefed Z";
            # allies that "struck targets" together attack the targets, not each other)
            # "X and Y reaffirmed their commitment to the treaty": a joint act of the two
            # named together is between them, whatever else the clause names
            other = ctx.party(coordinated_with(actor_tok, ctx.entity_at) or modifier_conj(actor_tok))
            with_phrase = any(c.dep_ == "prep" and c.lower_ == "with" and prep_object(c) is not None  # (not "together
                              and c.doc[c.i - 1].lower_ != "and" for h in {tok, clause or tok} for c in h.children)  # and with")
            if with_phrase or _delegation(ctx, actor_tok, actor):
                other = None  # "X and Y met with manufacturers": the other side is whom they met
            if other is not None and (actor is None or other.entity is not actor.entity or (  # "The President and
                    actor_tok.i not in ctx.entity_at and actor_tok.text[:1].isupper())):  # President X": re-read below
                recipient = partner = other
    if actor is not None and recipient is not None and actor.entity is not None and actor.entity is recipient.entity \
            and actor_tok is not None and actor_tok.lower_ in ("his", "her") and actor_tok.dep_ == "poss":
        # "his conversations with Xi": the owner is someone other than the one he spoke with
        actor = ctx.antecedent(actor_tok, exclude=recipient.entity) or actor
    if actor is not None and recipient is not None and actor.entity is not None and actor.entity is recipient.entity \
            and actor_tok is not None and actor_tok.i not in ctx.entity_at and actor_tok.text[:1].isupper() \
            and (_object_pronoun(tok) is None or actor.country is None or actor.country != _title_government(ctx, actor_tok)):
        # "the President ... in his talks with President Xi": the title is someone else's than
        # the counterpart's, though his role is the nearest one with that title; but when the title is
        # the text's own government's holder, "the President spoke with him" re-reads the pronoun (below)
        pid = titled_person((actor_tok.lower_,), ctx.raw[actor_tok.i][0], ctx.roles, exclude=recipient.entity.id)
        actor = Party(ctx.persons[pid], next((r.country for r in ctx.roles_by_person.get(pid, ()) if r.country), None),
                      actor_tok) if pid in ctx.persons else actor
    if actor is not None and recipient is not None and actor.entity is not None and actor.entity is recipient.entity:
        # "Sall congratulated him": an object pronoun is someone other than the subject
        other = recip if recip is not None else _object_pronoun(tok) or recipient.token
        recipient = None
        if other is not None and other.lower_ in ("him", "her") and other.pos_ == "PRON":
            recipient = ctx.antecedent(other, exclude=actor.entity)
    if recip is not None and recip.lower_ in ("him", "her") and recip.pos_ == "PRON" and tok.dep_ == "conj":
        # "thanked X for ... and congratulated him": a pronoun object of the second of two verbs
        # sharing a subject is the first one's object (parallelism), not a name in between
        first = ctx.party(direct_object(tok.head)) if tok.head.pos_ == "VERB" else None
        if first is not None and first.label == "PERSON" and (actor is None or first.entity is not actor.entity):
            recipient = first
    if typ == "CONSULT" and trig.via == VIA_LIGHT:  # "X hosted the visit by President Y"
        recipient = hosted_visitor(ctx, tok, clause) or recipient
    if typ == "CONSULT" and recipient is not None and recipient.label in _PLACE_LABELS:
        # "visited Hanoi for talks with X": X is met, Hanoi is where
        recipient = visited_counterpart(ctx, [tok] + ([clause] if clause is not None else [])) or recipient
    if typ == "ASSAULT" and recipient is None and tok.pos_ == "NOUN":
        # "Russia's war of aggression against Ukraine": the target may hang on the "of" noun;
        # "strikes that killed dozens of Iraqi civilians": on what the attack did
        recipient = next((p for inner in _object_parts(tok)[1:] if inner.i not in ctx.entity_at
                          and inner.pos_ == "NOUN" for p in [_prep_parties(ctx, inner, typ, trig.destination)]
                          if p is not None), None) or attack_victims(ctx, tok, ctx.party(actor_tok))
    if not is_actor(actor, head_word=True):  # "The new Framework underscores our commitment": a document acts for no one
        actor = None
    where = location_of(ctx, trig)
    location = where.country if where is not None else None
    setting = ctx.settings.get(pair[2], (None, None)) if pair is not None else (None, None)
    if location is None:
        location = setting[0]
    if recipient is not None and actor is not None and typ in CONDEMN_TYPES and recip is not None \
            and is_victim(ctx, recip, recipient):
        # "condemned the arbitrary detention of X": aimed at who detained X, not at X
        recipient = ctx.last_actor(recip, actor)
    if recipient is not None and actor is not None and is_own_side(ctx, typ, actor, recipient):
        # "pledged U.S. support to Poland": the one it goes to hangs on the noun or the verb
        head = recipient.token
        recipient = _prep_parties(ctx, head, typ, trig.destination) or _prep_parties(ctx, tok, typ, trig.destination)
        if recipient is not None and is_own_side(ctx, typ, actor, recipient):
            recipient = None
    recipient = territory_left(typ, as_government(ctx, recipient, actor), actor)  # "met Philippine officials": PHL
    named_thing = not is_actor(recipient) or reaction_theme(ctx, typ, recip, recipient)
    if named_thing:
        # "signed the Defense Act", "underscored the commitment to the Pacific Islands region",
        # "welcomed the renewal of the MOU": a document, a region, a thing acted on, and no
        # one else to guess; a pair it formed is still who "they" are next
        if partner is None and pair is None and typ in _RECIPROCAL:
            partner = recipient
        # ... but a party named beside it is the recipient ("signed the Boundary Agreement with X")
        recipient = next((p for h in (tok, recip) if h is not None for c in h.children
                          if c.dep_ == "prep" and c.lower_ == "with"
                          for p in [ctx.party(prep_object(c))] if p is not None and is_actor(p)), None) or (
            pair[1] if pair is not None and typ in _JOINT else None) or thing_owner(ctx, typ, recip, actor)
        # ("the leaders' commitment to the X Agreement": the pair; "welcomed X's new Strategy": X)
    elif recipient is None and actor is not None:
        # "denied the accusation": the claim denied is no party, but it points back to who made it
        answered = direct_object(tok) if recip is None and trig.theme_object and typ in ("REJECT", "CONSULT") else recip
        recipient = territory_left(typ, implicit_recipient(ctx, typ, actor, answered, where, visit=_visit(trig)), actor)
    if recipient is None and actor is not None and typ in PROMISE_TYPES:
        recipient = promised_party(ctx, tok, actor)
    elif partner is not None and recipient is partner and actor is not None and typ in PROMISE_TYPES:
        # "The two leaders pledged to continue their support for Ukraine": to Ukraine
        recipient = beyond_pair(promised_instead(ctx, tok, actor), recipient) or recipient
    if recipient is None and actor is not None and typ in SHARED_RECIPIENT_TYPES:
        # "met X and signed a memorandum": signed with the one met
        recipient = consulted_party(ctx, clause if clause is not None else tok, actor)
    if recipient is partner:
        partner = None
    if recipient is None and actor is not None and typ in WARNING_TYPES:
        recipient = warned_party(ctx, tok, actor)
    if recipient is None and actor is not None:
        # "seized an aircraft used by X", "grateful for the role played by X": the by-phrase's agent
        recipient = by_agent(ctx, typ, tok, recip, actor)
    if recipient is None and typ == "SUPPORT" and recip is not None and recip.pos_ == "NOUN" \
            and recip.lemma_.lower() not in (trig.entry.courtesy_for if trig.entry else ()):
        recipient = praised_yours(ctx, recip)  # "I appreciate your leadership"; not "your question" (:mod:`.vocatives`)
    if recipient is not None and _visit(trig) and visited_town(recipient):
        location, recipient = location or recipient.country, None  # "will travel to Lyon": where, not whom
    if typ == "CONSULT" and recipient is not None and recipient.label == "FAC":
        # "hosted a delegation in the Oval Office": a building or site is where, never whom
        location = location or recipient.country
        recipient = None
    elif typ == "CONSULT" and location is None and recipient is not None and recipient.label == "GPE" \
            and _visit(trig):
        location = recipient.country  # "travelled to Kyiv for talks": the visit is there
    if typ == "MOBILIZE" and recipient is not None and recipient.label in _PLACE_LABELS:
        # "sent two squadrons to the UK", "stationed troops in Germany": where forces go is the
        # event's location; PLOVER's MOBILIZE has no target unless one is named as opposed
        location = location or recipient.country
        recipient = None
    met = tok if trig.via == VIA_LIGHT else direct_object(tok) if trig.via == VIA_SELF and tok.pos_ == "VERB" else None
    if trig.via == VIA_SELF and met is not None and met.lemma_.lower() not in GATHERINGS:
        met = None  # a verb's object only when a meeting ("attended the U.S.-India Dialogue"; not "visited the U.S.-Mexico border")
    if typ == "CONSULT" and recipient is None and met is not None and actor is not None \
            and (side := hyphen_counterpart(met, actor.country)) is not None:
        recipient = Party(entity=None, country=side[0], token=tok.doc[side[1]], name=side[0])  # (:mod:`.nominal_parties`)
    if typ == "MOBILIZE" and recipient is None:  # "massed troops along Ukraine's border": aimed at Ukraine
        recipient = border_side(ctx, tok, direct_object(tok) if tok.pos_ == "VERB" else None, actor)
    if (recipient is None or recipient.country is None and not (actor and actor.country)) and typ in (
            "SUPPORT", "AGREE") and trig.via == VIA_SELF and unnamed_bond(tok):
        actor = None  # "reaffirmed the partnership with industry": no counterpart, no act (:mod:`.argument_parts`)
    top = clause if clause is not None else tok
    lo, hi = ctx.clause_tokens(top, tok)
    if not (lo <= tok.i < hi):
        lo, hi = min(lo, tok.i), max(hi, tok.i + 1)
    lead = ctx.leads.get(tok.sent.start)
    return Arguments(actor=actor, recipient=recipient, location=location, date=ctx.date_in(lo, hi, tok) or setting[1],
                     clause=(lo, hi), lead_future=bool(lead and actor_tok is lead[0] and lead[1]), partner=partner)


def _object_pronoun(verb: "Token") -> "Token | None":
    """The pronoun "him" or "her" the verb takes as its object or with a preposition ("spoke with
    him", "thanked her"), or None: one who is not the verb's subject (a pronoun object and its own
    clause's subject do not corefer), so the pronoun is read again, not the subject's title."""
    for c in verb.children:
        objs = [c] if c.dep_ in ("dobj", "dative") else [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" else []
        found = next((o for o in objs if o.lower_ in ("him", "her") and o.pos_ == "PRON"), None)
        if found is not None:
            return found
    return None


def _title_government(ctx: Context, title: "Token") -> str | None:
    """The government a bare title names by the text's own signal: the home government, else in a
    transcript the speaker's (:func:`.turns.speaker_government`); None when only the nearest holder
    named decides."""
    return ctx.home_country or (speaker_government(ctx.turns, ctx.raw[title.i][0], (title.lower_,), lambda s: ctx._country(
        s, [], []), ctx.roles_by_person, ctx.persons) if ctx.turns else None)
