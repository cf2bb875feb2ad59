"""``extract_events``: who did what to whom, when and where, as PLOVER-coded Event records.

A pure function of a parsed Doc and the records earlier stages found (entities, roles, dates): triggers
from the lexicon (:mod:`.triggers`), kept when they report a real event (:mod:`.filters`), with their
arguments (:mod:`.arguments`). Nothing is invented: a field the text does not state is None, and a
trigger whose actor is not stated yields no event (PLOVER codes no event without a named source actor).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from ..nlp import evidence, text
from ..records import Entity, Event, Role, TimeExpression
from .addressed import addressed_meeting
from .agents import (agent_conjuncts, common_noun_name, passive_unnamed, released_by, state_agent, summoned_by, unnamed_attacker,
                     unnamed_actor)
from .arguments import find_arguments, subject_token
from .positions import coordinated_with
from .biographies import career_tokens
from .blame import act_parties, asked_from, held_party
from .commerce import commercial, companies, private_deal
from .conjuncts import said_conjunct_speaker
from .civilgroups import civil_group
from .context import SPEAKER_PRONOUNS, Context, Party
from .convened_talks import future_trip, held_by
from .documentacts import document_author, instrument_enactor, subject_enactor
from .forceowners import force_owner, operation_conductor
from .responsibility import responsible_party
from .foreign_courtesy import between_sides, room_courtesy
from .gerundtopics import gerund_topic
from .courtappeals import court_appeal
from .delegation_sides import delegation_side
from .homeground import home_delegation, home_ground
from .implicit_actors import aid_receiver, implicit_actor
from .labourstrikes import labour_strike
from .nominalacts import detained_person, nominal_parties, released_from
from .obligations import first_person_token, obligated, obligation_triggers
from .namecalling import epithet_triggers, epithet_words, replaced_calls
from .named_acts import named_sides, named_venture
from .possessed_acts import owned_light
from .filters import COOPERATIVE, Factuality, coded_type, internal_order, skipped_tokens
from .lexicon import load
from .included_lists import included_pairs
from .multiparty import co_actors, counterparts, light_sources, meeting_members, several_hosts
from .recipient_args import mutual_pairs
from .homeplaces import home_place, visitor
from .implied_recipients import AimedActs, implied_recipient, place_host, settled_recipient, war_targets
from .war_targets import sentence_victim
from .war_mentions import one_war_each
from .good_places import good_country
from .joinedcalls import joined_counterpart, joined_demand
from .consequences import consequence_sides, warning_factual
from .judgements import judgement_sides
from .instruments import both_named
from .aid_beneficiary import aided_side
from .intended_acts import intended_acts, intended_parties, planned_factual, planned_head, planner_of
from .newsacts import (aid_destination, carried_aid, dismissal, natural_force, public_warning, state_protest,
                       custody_patient, handed_to, harmed_by_noun, mutual_relations, owned_target,
                       people_as_crowd, recognised_polity, reporter_of, suspended_member, unowned_merit)
from .ownprogrammes import own_launch, own_programme
from .partner_groups import worked_together, worked_with_group
from .stressed_needs import stressed_need_recipient
from .rule_triggers import rule_triggers
from .nonrecognition import refusal_triggers
from .threatened_costs import cost_threat_sides, threat_factual, threat_nouns
from .paperactors import paper_actor
from .past_prospects import past_prospect
from .participle_partners import meeting_partner
from .policystances import partyless_support, policy_stance
from .planned import Plans
from .publicappeals import public_appeal
from .questions import asked_question
from .question_prefaces import question_statements
from .joint_nouns import domestic_pair, joint_partner
from .relation_building import relation_triggers
from .repression import crowd_control, ordered_act, state_passive
from .restated import (TOPIC_CONSULT, continues_consultation, definite, hosts_told_meeting, own_date, restates,
                       within_consultation, without_restatements)
from .prospects import direct_party, looked_forward
from .speech_acts import own_country_pledge, speaker_pair
from .speech_scope import (addressed_imperative, awaited_future, generic_actor, promise_to_room, speaker_intent,
                           unnamed_partners, unnamed_speaker)
from .attacknames import guarded_against, striving, unreal_attack, weapon_kind
from .sidelines import summit_setting
from .sitevisits import site_visit
from .sport import Play
from .suppliedgoods import supplier
from .talkidioms import spoken_idiom
from .talk import (conditioned_future, home_grant, private_counterpart, said_not_done, signs_own_law,
                   speaker_greeting, speaker_pledge, spoken, unpartnered_trip)
from .readoutparties import discussed_aside, listed_participants, office_holder, told_act
from .speaker_voice import speaker_voice
from .domestic_grants import home_programme
from .thanked_guests import thanked_guest
from .toodegree import too_to_act
from .verbal_attacks import verbal_attack
from .verbalclash import verbal_clash
from .vocatives import welcomed_guest
from .welcomes import welcome_vocative, welcomed_to_place
from .triggers import VIA_LIGHT, VIA_OWN, VIA_PARTICIPANT, VIA_SELF, find_triggers
from .titles import titled_object

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


PARTNERLESS_NOUN_TYPES = frozenset({"COOPERATE"})
"""categories whose trigger (noun or verb) counts only with the other party named"""

_PARTY_LABELS = frozenset({"GPE", "NORP", "ORG", "PERSON"})
"""entities that may be the other party of a threatened or promised act (not a product or a law)"""


def _name(party) -> str | None:
    if party is None:
        return None
    if party.entity is None:
        return party.name
    return written_name(party.entity)


def written_name(entity: Entity) -> str:
    """The name an event records for an entity: its canonical name, except for an
    organisation whose canonical name the article never writes (a gazetteer's acronym "AU"
    where the text says "the African Union" throughout): then the longest way the article
    names it, so the events table reads as the article does."""
    if entity.label != "ORG" or not entity.mentions:
        return entity.name
    written = [" ".join(m.text.split()) for m in entity.mentions]
    if entity.name in written:
        return entity.name
    best = max(written, key=len)
    return best[4:] if best.lower().startswith("the ") else best


def extract_events(doc: "Doc", *, entities: tuple[Entity, ...], roles: tuple[Role, ...],
                   dates: tuple[TimeExpression, ...], home_country: str | None = None,
                   require_actor: bool = True, company_ids: Iterable[str] | None = None) -> tuple[Event, ...]:
    """Events reported in a Doc, one per trigger word, in text order.

    Args:
        doc: A Doc from :func:`pipeline.nlp.process` / :func:`pipeline.nlp.pipe` (offsets of its
            records map to the article text through :func:`pipeline.nlp.evidence`).
        entities: The article's entities (mentions in article offsets).
        roles: The article's roles (a person's office gives his country).
        dates: The article's time expressions (a date in the clause dates the event).
        home_country: ISO3 of who "we"/"I" are outside quotations (a government statement), or None.
        require_actor: Drop events whose actor (entity or country) is not stated.
        company_ids: Ids of the ORG entities that are companies (the entities stage's
            ``Doc._.newsie_companies``, read from the Doc when None).

    Returns:
        Event records with ids "V1", "V2", ...
    """
    lex = load()
    headline, quoted = skipped_tokens(doc)
    ctx = Context.build(doc, entities=entities, roles=roles, dates=dates, home_country=home_country,
                        quoted=quoted)
    # a reporter's question in a transcript asks about events, it reports none
    asked = ctx.turns.question_tokens(ctx.raw) if ctx.turns else frozenset()
    asked = asked - question_statements(doc, asked)  # "He called on the allies to send tanks." (:mod:`.question_prefaces`)
    asked = asked | career_tokens(doc)  # a nominee's biography: career, not news (:mod:`.biographies`)
    triggers = find_triggers(doc, lex, entity_at=ctx.entity_at, skip=headline | quoted | asked)
    refusals = refusal_triggers(doc, headline | quoted | asked, ctx.entity_at)  # "will never recognise X" (:mod:`.nonrecognition`)
    refused = {t.token.i for t in refusals}
    triggers = without_restatements(sorted(triggers + rule_triggers(doc, triggers, headline | quoted | asked, ctx.entity_at, lex)
                                           + refusals, key=lambda t: t.token.i))  # (:mod:`.rule_triggers`)
    yielded = threat_nouns(triggers)  # "our resolve to impose costs": a threat, no promise (:mod:`.threatened_costs`)
    triggers = [t for t in triggers if not (t.token.i in yielded and t.type in ("AGREE", "SANCTION"))]
    triggers = sorted(replaced_calls(triggers, epithet_triggers(  # 'called the move "a threat"' (:mod:`.namecalling`)
        doc, {t.token.i: t.type for t in triggers}, headline | quoted | asked, lex)), key=lambda t: t.token.i)
    if company_ids is None:
        company_ids = getattr(doc._, "newsie_companies", ())
    triggers = sorted(triggers + intended_acts(doc, ctx, triggers, headline | quoted | asked, company_ids),
                      key=lambda t: t.token.i)
    triggers = sorted(triggers + relation_triggers(doc, {t.token.i for t in triggers}, headline | quoted | asked),
                      key=lambda t: t.token.i)  # "deepened our alliance with X" (:mod:`.relation_building`)
    triggers = [owned_light(ctx, addressed_meeting(t)) for t in triggers]  # "told a joint news conference with X" (:mod:`.addressed`); "expand Russia's war" (:mod:`.possessed_acts`)
    triggers = [verbal_attack(t) for t in triggers]  # "attacked X over the plan": criticism (:mod:`.verbal_attacks`)
    facts = Factuality(triggers)  # ("I want to thank X" said to the room is courtesy: :mod:`.foreign_courtesy`)
    firms = companies(doc, ctx.entity_at, company_ids)
    events: list[Event] = []
    play = Play(text(doc))  # (:mod:`.sport`)
    seen: set[int] = set()
    forums: dict[str, tuple] = {}  # a forum's id -> who convened its meeting (:mod:`.convened_talks`)
    consult_heads: set[int] = set()
    plans = Plans()  # consultations announced for the future (:mod:`.planned`)
    aimed = AimedActs()  # who did what to whom so far (:mod:`.implied_recipients`)
    victims: dict[str, tuple] = {}  # event id -> the victim a war's own sentence names (:mod:`.war_targets`)
    speech = bool(ctx.turns) or spoken(text(doc))  # a transcript, or remarks as prepared (:mod:`.talk`)
    if not speech:  # "Beijing must release the journalists": the statement's demand (:mod:`.obligations`)
        triggers = sorted(triggers + obligation_triggers(doc, headline | quoted | asked, ctx),
                          key=lambda t: t.token.i)
    for trig in triggers:
        obliged, refusal = obligated(trig), trig.type == "REJECT" and trig.entry is None and trig.token.i in refused  # (the modal is the demand itself; :mod:`.nonrecognition`)
        if trig.token.i in seen or not (obliged is not None or facts.factual(trig) or warning_factual(trig, facts) or threat_factual(trig, facts) or planned_factual(trig, facts.clause_factual, ctx)  # ("release Y from detention": held, :mod:`.nominalacts`)
                                        or released_from(trig.token) or (refusal and facts.stands_negated(trig.token))) \
                or hosts_told_meeting(trig, consult_heads):
            continue  # ("talks hosted by X": the talks coded, :mod:`.restated`)
        if spoken_idiom(trig.token):
            continue  # "a great deal of optimism", "walked out the door" (:mod:`.talkidioms`)
        if said_not_done(trig.token, speech) and not (trig.entry is None and epithet_words(trig.token)):
            continue  # courtesy to the room, a question asked, "I won't talk about X" (:mod:`.talk`)
        verb = trig.clause if trig.clause is not None else trig.token
        if too_to_act(verb) or (speech and past_prospect(verb)):
            continue  # "was too slow to back the bid", "I thought they were going to arrest him" (:mod:`.toodegree`, :mod:`.past_prospects`)
        if trig.type != "THREATEN" and (conditioned_future(verb) or awaited_future(verb)):
            continue  # "When Congress passes it, I will sign it", "the moment it passes" (:mod:`.speech_scope`)
        if trig.type == "CONSULT" and trig.via == VIA_OWN and summit_setting(trig.token):
            continue  # "met X on the margins of the APEC Leaders' Meeting": where (:mod:`.sidelines`)
        if trig.type in COOPERATIVE and gerund_topic(trig.token):
            continue  # "discussed working together within the G20": a course talked over (:mod:`.gerundtopics`)
        if trig.via == VIA_LIGHT and discussed_aside(trig.clause, trig.token):
            continue  # "discussed coordination of support for X": a topic (:mod:`.readoutparties`)
        if trig.via == VIA_LIGHT and told_act(trig.clause, trig.type):
            trig = replace(trig, via=VIA_OWN)  # "raised Russia's war": Russia's act told (:mod:`.readoutparties`)
        args = find_arguments(ctx, trig)
        held = (named_sides(ctx, trig) or held_by(ctx, trig.token, args.actor is not None)) if trig.type == "CONSULT" and trig.via == VIA_OWN else None
        if held is not None and args.actor is not None and args.actor.entity is not None:
            forums[args.actor.entity.id] = held  # "the NCG meeting was convened by X": "the NCG meeting" again is X's
        held = held or (forums.get(args.actor.entity.id) if trig.via == VIA_OWN and args.actor and args.actor.entity else None)
        if held is not None:
            args = replace(args, actor=held[0], recipient=args.recipient or held[1],  # "was convened by X"
                           lead_future=args.lead_future or future_trip(trig.token))  # (:mod:`.convened_talks`)
        look = looked_forward(trig.token) if trig.via == VIA_SELF else None  # "X looks forward to meeting Y"
        actor = args.actor or (ctx.party(subject_token(look)) if look is not None else None) or ctx.party(
            planner_of(trig))  # "X announced plans to provide ..." (:mod:`.intended_acts`)
        actor, recipient = speaker_pair(ctx, actor, args.recipient or stressed_need_recipient(ctx, trig), trig.type)  # "Jill and I": the author
        if look is not None and args.actor is None and recipient is None and actor is not None:
            recipient = looking_partner(ctx, look, actor)  # "X and Y look forward to meeting": each other
        if obliged is not None:  # the writer demands of the obliged party (:mod:`.obligations`)
            me = ctx.party(first_person_token(doc, quoted))  # ("I" of a President's statement: he)
            actor = me if me is not None and me.entity is not None else Party(
                entity=None, country=ctx.home_country, token=trig.token, name=ctx.home_country)
            recipient = ctx.party(obliged)
        judged = judgement_sides(ctx, trig) or consequence_sides(ctx, trig) or cost_threat_sides(ctx, trig)  # "X's attack is unacceptable": the speaker condemns X (:mod:`.judgements`)
        if judged is not None and judged[0] is None:
            continue  # no one known who says it
        actor, recipient = judged if judged is not None else (actor, recipient)
        thanked = thanked_guest(ctx, trig, actor, recipient, speech)  # "Thank you, President X," (:mod:`.thanked_guests`)
        if thanked is not None and not between_sides(*thanked, ctx.home_country, ctx.roles_by_person):
            continue  # said to one's own official by name: courtesy (:mod:`.foreign_courtesy`)
        actor, recipient = thanked or (actor, recipient)
        if trig.type == "CONSULT" and joined_demand(trig):
            continue  # "joined the call for a ceasefire": a demand joined (:mod:`.joinedcalls`)
        joined = joined_counterpart(ctx, trig, actor) if recipient is None and trig.type == "CONSULT" \
            and trig.via == VIA_LIGHT else None  # "Z joined the call" (:mod:`.joinedcalls`)
        recipient = joined or recipient
        listed = listed_participants(ctx, trig.token, actor) if recipient is None and trig.type == "CONSULT" else []
        recipient = listed[0] if listed else recipient  # "a call with European leaders": those listed (:mod:`.readoutparties`)
        said = said_conjunct_speaker(ctx, trig.token, trig.type) if trig.via == VIA_SELF else None
        actor = said or actor  # "X said the strike was wrong and urged Y": X urged (:mod:`.conjuncts`)
        actor = actor or document_author(ctx, trig.token, trig.type) or instrument_enactor(ctx, verb, trig.type) or (
            responsible_party(ctx, trig))  # "X was responsible for the attack" (:mod:`.responsibility`); "issued a
        # statement condemning", "signed an Executive Order imposing sanctions" (:mod:`.documentacts`)
        if generic_actor(actor, trig.type) or addressed_imperative(verb, actor):  # ("please welcome X": :mod:`.unnamed_speaker`)
            continue  # "the vast majority of Americans agree": the public at large (:mod:`.speech_scope`)
        if trig.type == "REQUEST" and (public_appeal(trig.token, actor, recipient) or asked_question(trig.token)):
            continue  # "I'm calling on more parents to ...", "we urge Americans to be safe" (:mod:`.publicappeals`)
        if trig.type == "SUPPORT" and recipient is None and (policy_stance(trig.token) or unowned_merit(trig, trig.type, ctx.entity_at) or (
                partyless_support(trig.token) and coded_type(trig) == "SUPPORT")):  # ("will support" is a promise: AGREE)
            continue  # "supports eliminating the filibuster": a stance on a course, no party (:mod:`.policystances`)
        enactor = subject_enactor(ctx, verb, trig.type) if actor is None or actor.entity is None else None
        actor = enactor or actor  # "The Proclamation imposes restrictions": its signer's act (:mod:`.documentacts`)
        if enactor is None and paper_actor(verb, actor, trig.type):
            continue  # "The Budget provides $9 billion", "U.S. trade policy supports": no party (:mod:`.paperactors`)
        if look is not None and ((recipient is None and not titled_object(trig.token)) or (not direct_party(trig.token, recipient) if args.date is None
                                 else not args.date.value or args.date.value.endswith("_REF"))):  # ("in the near future": FUTURE_REF)
            continue  # "looks forward to hosting X in the near future": a wish; "to working with X": a plan (:mod:`.prospects`)
        unnamed = (unnamed_actor(ctx, lex, trig) or passive_unnamed(ctx, lex, trig) or unnamed_attacker(ctx, trig) or (
            released_by(ctx, trig.token) if trig.via == VIA_SELF else None) or civil_group(ctx, trig) or unnamed_speaker(ctx, trig)) if actor is None or (
            actor.country is None and (actor.entity is None or common_noun_name(actor.entity, lex))) else None
        # "was arrested": by the state; "Officers arrested": the state's police (:mod:`.agents`)
        if unnamed is not None and actor is not None and actor.entity is not None:
            actor = None  # "ABUJA (AFP) - Gunmen killed ...": a capitalised unnamed group taken for a name
        actor = actor or unnamed or state_passive(ctx, trig.token) or (
            state_agent(ctx, trig.token)) or (
            summoned_by(ctx, trig.token) if trig.via == VIA_SELF else None)  # "was summoned to the ministry"
        if actor is None and unnamed is None:
            actor = force_owner(ctx, trig)  # "X troops were deployed to Y": X's state (:mod:`.forceowners`)
        if unnamed is None and (actor is None or (actor.entity is None and actor.country is None)):
            actor = operation_conductor(ctx, trig) or actor  # "X carried out the operation that killed Y" (the same)
        if actor is None and unnamed is None and trig.via == VIA_OWN:  # "the resignation of X", "protests
            actor, unnamed = nominal_parties(ctx, trig, args.location)  # erupted in Y" (:mod:`.nominalacts`)
            actor = actor or unnamed or supplier(trig)  # "U.S.-donated doses" (:mod:`.suppliedgoods`)
        if unnamed is None and (actor is None or (actor.entity is None and actor.country is None)):
            actor = implicit_actor(ctx, trig) or actor  # "including providing X", "he agreed" (:mod:`.implicit_actors`)
        guest = welcomed_guest(ctx, trig.token) if trig.type == "SUPPORT" and None in (actor, recipient) else None
        if guest is None and trig.type == "SUPPORT" and trig.token.lower_ == "welcome" and (trig.token.pos_ in ("ADJ", "INTJ") or welcome_vocative(trig.token)):
            continue  # "Senator A, welcome (back)": a greeting, hosting only for a visiting guest (:mod:`.welcomes`, :mod:`.vocatives`)
        actor, recipient = guest or (actor, recipient)
        if require_actor and unnamed is None and (actor is None or (actor.entity is None and actor.country is None)):
            continue
        if recipient is not None and recipient.entity is None and actor is not None and recipient.country == actor.country \
                and recipient.token is not None and recipient.token.lower_ in SPEAKER_PRONOUNS:
            recipient = None  # "the President asked us", "we promised we'd ...": one's own side is no other side
        if trig.type in PARTNERLESS_NOUN_TYPES and (recipient is None or domestic_pair(trig.token, actor, recipient)):
            recipient = joint_partner(ctx, trig.token, actor)  # "X and Y restarted cooperation" (:mod:`.joint_nouns`)
        if trig.type in PARTNERLESS_NOUN_TYPES and recipient is None and not (named_venture(trig) or worked_with_group(trig.token) or worked_together(trig.token)):  # (:mod:`.named_acts`, :mod:`.partner_groups`)
            # "to deepen our bilateral cooperation", "as we work together": cooperation with no one named on the other side
            # (no "with", "between", pair) names a policy aim or a relationship, not an act; PLOVER's COOPERATE is dyadic
            continue
        if recipient is None and trig.entry is not None and trig.entry.party_object and trig.token.pos_ == "VERB" \
                and trig.type != "CONSULT" and not (trig.type == "COOPERATE" and worked_with_group(trig.token)) \
                and not worked_together(trig.token):
            # "we stand with our friends", "having fought in wars": the word counts only with a party on the other side
            continue
        recipient = delegation_side(ctx, trig, recipient)  # "a delegation to X for talks with Y": Y (:mod:`.delegation_sides`)
        if trig.type == "CONSULT" and ((trig.entry is None and recipient is None) or home_delegation(trig, actor, recipient)):
            # a phrase ("was on the phone for hours"), a delegation at home (:mod:`.homeground`): no one on the other side
            continue
        if trig.via == VIA_PARTICIPANT and recipient is None and not trig.destination:
            # "told reporters after the Cabinet meeting": with no one named on the other side, a statement's setting
            continue
        typ = "REJECT" if refusal else coded_type(trig)  # (a refusal to recognise stands in any tense)
        typ = "CONSULT" if typ == "SUPPORT" and trig.via == VIA_SELF and (welcomed_to_place(trig.token) or guest) else typ  # (:mod:`.welcomes`)
        if typ == "CONSULT" and recipient is not None and recipient.label in ("GPE", "LOC"):
            recipient = place_host(ctx, recipient, actor) or recipient  # "a visit to X, where Y received her"
        if home_place(typ, actor, recipient):  # "welcomed the visit to Washington by X": X (:mod:`.homeplaces`)
            recipient = visitor(ctx, recipient)
        if typ == "REQUEST" and trig.via == VIA_SELF and court_appeal(trig.token):
            continue  # "he would appeal", "appealed to the Supreme Court": to a court (:mod:`.courtappeals`)
        typ = "PROTEST" if typ == "ASSAULT" and labour_strike(trig.token, lex) else typ  # "a strike by nurses"
        if typ in ("CONSULT", "AGREE") and unpartnered_trip(trig.token, actor, recipient, ctx.entity_at,
                                                                     ctx.home_country):
            continue  # "welcome to our trip to Ohio", "visited Fort Myers": no other party (:mod:`.talk`)
        if typ in ("CONSULT", "AGREE") and site_visit(trig.token, actor, recipient, ctx.entity_at, ctx.home_country):
            continue  # "will visit a summer learning program": a site, no party (:mod:`.sitevisits`)
        if (typ == "AID" and speech and home_grant(trig.token, actor, recipient, ctx.entity_at)) or (
                not speech and home_programme(trig.token, (typ, trig.type), actor, recipient, ctx.entity_at)):
            continue  # "we're delivering $45 million to fix your bridges": spent at home (:mod:`.talk`)
        if trig.type == "SUPPORT" and (speaker_greeting(trig.token, recipient) or room_courtesy(trig, actor, recipient, speech, ctx.home_country, ctx.roles_by_person)):
            continue  # "Welcome to our trip", "I want to thank the Governor": to the room (:mod:`.talk`, :mod:`.foreign_courtesy`)
        if trig.type == "CONSULT" and private_counterpart(trig.token, recipient):
            continue  # "met with a survivor", "the students I met today": no political party (:mod:`.talk`)
        if speech and (speaker_intent(verb, typ, actor, recipient) or promise_to_room(trig.token, actor, recipient)):
            continue  # "we'll sign it", "we're going to have another discussion": an intention (:mod:`.speech_scope`)
        if typ == "AGREE" and speech and (speaker_pledge(trig.token, actor, recipient, ctx.entity_at)
                                             or signs_own_law(trig.token, recipient)):
            continue  # "I pledge to seek common ground", "I signed the Act": no second party (:mod:`.talk`)
        if handed_to(trig, typ, ctx.entity_at) is not None:  # "extradited X to the United States" (:mod:`.newsacts`)
            recipient = ctx.party(handed_to(trig, typ, ctx.entity_at)) or recipient
        elif recipient is None and typ == "REQUEST" and asked_from(trig) is not None:
            recipient = ctx.party(asked_from(trig))  # "demanded an explanation from Caracas" (:mod:`.blame`)
        elif recipient is None and typ in ("THREATEN", "AGREE") and trig.type == typ:
            # "threatened to strike Israel", "agreed to lend Egypt $3 billion" (:mod:`.blame`)
            recipient = next((p for w in act_parties(trig) or intended_parties(ctx, trig)  # "will sell Peru boats"
                              if w.i in ctx.entity_at for p in [ctx.party(w)]
                              if p is not None and p.label in _PARTY_LABELS
                              and (actor is None or p.entity is not actor.entity)), None)
        elif recipient is None and trig.type == "AID" and trig.via == VIA_SELF and (aided := aided_side(
                trig.token, ctx.entity_at, actor.entity if actor else None)) is not None:  # "trained Ukrainian pilots"
            recipient = ctx.party(aided)
        elif recipient is None and trig.type == "AID" and trig.via == VIA_OWN and (got := aid_receiver(trig.token)) is not None:
            recipient = ctx.party(got)  # "X received $2 billion in aid from Y": X (:mod:`.implicit_actors`)
        elif recipient is None and recognised_polity(trig, typ, ctx.entity_at) is not None:
            recipient = ctx.party(recognised_polity(trig, typ, ctx.entity_at))  # "recognised Kosovo's independence"
        elif recipient is None and harmed_by_noun(trig, typ) is not None:
            recipient = ctx.party(harmed_by_noun(trig, typ))  # "a strike killed a Hezbollah commander"
        elif recipient is None and owned_target(trig, typ) is not None:
            owner = ctx.party(reporter_of(trig.token))  # "X said Y had rammed its boat": X's (:mod:`.newsacts`)
            recipient = owner if owner is not None and (actor is None or (
                owner.entity is not actor.entity and owner.country != actor.country)) else None
        elif recipient is None and custody_patient(trig, typ) is not None:
            recipient = ctx.party(custody_patient(trig, typ))  # "placed X under house arrest" (:mod:`.newsacts`)
        elif recipient is None and typ == "COERCE" and detained_person(ctx, trig.token) is not None:
            recipient = ctx.party(detained_person(ctx, trig.token))  # "release X from detention" (:mod:`.nominalacts`)
        elif recipient is None and suspended_member(trig, typ, ctx.entity_at) is not None:
            recipient = ctx.party(suspended_member(trig, typ, ctx.entity_at))  # "suspended Guinea" (:mod:`.newsacts`)
        elif recipient is None and typ == "ACCUSE" and trig.entry is None and held_party(trig.token) is not None:
            recipient = ctx.party(held_party(trig.token))  # "holds Turkey accountable" (:mod:`.blame`)
        if recipient is None:  # "the bailout of X", "refused to rescue X", "rejected the allegations"; "met with
            # X, reaffirming their commitment to work together": with X (:mod:`.participle_partners`)
            recipient = meeting_partner(ctx, trig, typ, actor) or implied_recipient(ctx, trig, typ, actor, aimed) \
                or good_country(ctx, trig.token, typ, actor)  # "support for democracy in X" (:mod:`.good_places`)
        recipient = None if home_ground(typ, actor, recipient) else settled_recipient(ctx, trig, typ, actor, recipient)  # (:mod:`.implied_recipients`)
        ordered = ordered_act(trig.token) if typ == "REQUEST" else None  # "ordered him held" (:mod:`.repression`)
        typ = ordered or typ
        if ordered == "MOBILIZE":
            recipient = None  # "ordered troops to the border with Colombia": where they go, not a target
        if typ is None or (ordered is None and internal_order(trig, actor, recipient)):
            continue
        if people_as_crowd(typ, actor):  # "Thousands of Israelis protested": a crowd (:mod:`.newsacts`)
            actor = Party(entity=None, country=actor.country, token=actor.token, name=None)
        if state_protest(typ, trig, actor, ctx.roles_by_person):
            typ = "ACCUSE"  # "Japan protested": a government's complaint (:mod:`.newsacts`)
        if guarded_against(trig, VIA_OWN) or weapon_kind(trig, lex) or striving(trig) or unreal_attack(trig, VIA_OWN):
            continue  # "protect cities from missile attacks", "a strike group": no act (:mod:`.attacknames`)
        if natural_force(actor) or dismissal(trig, ctx.entity_at):
            continue  # "Hurricane Milton struck", "fired 200 workers": weather, a job (:mod:`.newsacts`)
        if typ == "MOBILIZE" and public_warning(trig):
            continue  # "issued red alerts": a warning to the public (:mod:`.newsacts`)
        if typ == "MOBILIZE" and carried_aid(trig):
            typ = "AID"  # "dispatched planes carrying medical supplies" (:mod:`.newsacts`)
            dest = aid_destination(trig) if recipient is None else None
            recipient = recipient or (ctx.party(dest) if dest is not None else None)  # "to Peru": aid goes there
        if typ == "ASSAULT" and trig.via == VIA_SELF and crowd_control(trig.token):
            typ = "COERCE"  # "fired tear gas at protesters" (:mod:`.repression`)
        if typ == "ASSAULT" and verbal_clash(trig.token, actor, recipient):
            typ = "ACCUSE"  # "clashed publicly with President X" (:mod:`.verbalclash`)
        if play(typ, trig.token.lemma_.lower()):
            continue  # "Riley struck from 20 yards" in a match report (:mod:`.sport`)
        if commercial(typ, actor, recipient, companies=firms, roles_by_person=ctx.roles_by_person) or private_deal(
                typ, trig.token, actor, recipient, companies=firms, roles_by_person=ctx.roles_by_person):
            continue  # a company doing business with no government on the other side (:mod:`.commerce`)
        if own_country_pledge(typ, actor, recipient):
            continue  # "I will always fight for America's seniors": rhetoric, no second party (:mod:`.speech_acts`)
        if (trig.via == VIA_SELF and not args.lead_future and own_programme(trig.token, typ, recipient)) or (
                trig.via != VIA_SELF and own_launch(trig.token, typ, recipient)):
            continue  # "the Department will establish a new grants program": no one else (:mod:`.ownprogrammes`)
        if (args.lead_future or look is not None or planned_head(verb) is not None) and typ in COOPERATIVE:
            # "X and Y will: - Hold talks ...", "X plans to host talks" (:mod:`.intended_acts`)
            typ = "AGREE"
        if (trig.via == VIA_OWN or (trig.via == VIA_PARTICIPANT and definite(trig.token))) \
                and not own_date(trig.token) and restates(events, typ, actor, recipient):
            # ("During the meeting, the two sides ...": the meeting already reported)
            continue
        if plans.told_again(trig, typ, actor, recipient, restating_noun=(trig.via == VIA_OWN or (trig.via == VIA_PARTICIPANT and (
                definite(trig.token) or any(c.dep_ == "poss" for c in trig.token.children)))) and not own_date(trig.token)):
            continue  # "X will welcome Y ... The leaders will discuss Z" (:mod:`.planned`)
        if typ == "CONSULT" and trig.token.lemma_.lower() in TOPIC_CONSULT and \
                continues_consultation(events, consult_heads, trig, actor):
            if not within_consultation(trig.token, consult_heads):
                # no new event, but who discussed still forms the pair "they" refers to next (the
                # purpose of a call, "spoke with X to discuss", adds no pair: the call made it)
                ctx.note_pair(trig.token.i, typ, actor, recipient, args.location, args.date)
            continue
        if trig.type == "CONSULT" and trig.token.lemma_.lower() in TOPIC_CONSULT and recipient is None \
                and trig.via != VIA_PARTICIPANT and not unnamed_partners(trig.token):
            continue  # "the President will talk about the latest measures": a topic of speech, no one consulted ("we
            # consulted with our allies" consults states it does not name: :mod:`.speech_scope`)
        if typ == "CONSULT":
            consult_heads.add(trig.token.i)
        plans.note(trig, typ, actor, recipient)
        seen.add(trig.token.i)
        if joined is None:  # (who joined a call is not who "they" of the call are)
            ctx.note_pair(trig.token.i, trig.type if typ == "AGREE" else typ, actor,  # (a promise to support: one-sided)
                          recipient if listed else args.partner or recipient, args.location,
                          args.date)
        ctx.note_act(trig.token.i, actor, typ)
        lo, hi = args.clause
        span = doc[lo:hi]
        # "will meet A and B": one promise to each counterpart, as a meeting with several is one CONSULT each; co-hosts
        # of an announced visit are left as they were, the guests of one host are one promise each ("will host A of X and B of Y")
        announced = trig.type if typ == "AGREE" and trig.type in ("CONSULT", "SUPPORT") and not (
            trig.host and several_hosts(ctx, trig.token)) else typ
        pairs = counterparts(ctx, trig.token, announced, actor, recipient, host=trig.host) or included_pairs(
            ctx, trig.token, announced, actor, recipient) or [(actor, recipient)]  # "leaders, including A and B"
        pairs = [(actor, p) for p in listed] if listed and pairs[0][1] is recipient else pairs  # (one each)
        if trig.via == VIA_SELF and (recipient is None or recipient.token is None or recipient.token.i < trig.token.sent.start):
            # "thanked both countries": the two named before (:mod:`.instruments`)
            pairs = [(actor, p) for p in both_named(ctx, trig.token, actor)] or pairs
        if pairs[0][0] is not actor and pairs[0][1] is not None:
            # a multilateral meeting reported from one government's side: "they" of what follows are that government and the first other one
            ctx.note_pair(trig.token.i, typ, pairs[0][0], pairs[0][1], args.location, args.date)
        verb = trig.clause if trig.clause is not None else trig.token
        if pairs[0][1] is None and pairs[0][0] is not None and trig.via == VIA_SELF and mutual_relations(trig):
            # "X and Y restored relations": one act between the two (:mod:`.newsacts`)
            other = co_actors(ctx, verb, typ, pairs[0][0], True)
            if other:
                pairs = [(pairs[0][0], other[0])]
                ctx.note_pair(trig.token.i, typ, pairs[0][0], other[0], args.location, args.date)
        # "X and Y condemned", "X and Y expressed concern": each subject a source (:func:`.multiparty.light_sources`)
        subjects = trig.via == VIA_SELF or (trig.via == VIA_LIGHT and light_sources(trig.token, typ))
        # a one-sided act promised to a third party: each subject promises it ("A and B will arm C")
        promised = trig.type if typ == "AGREE" and pairs[0][1] is not None else typ
        pairs += [(co, pairs[0][1]) for co in co_actors(ctx, verb, promised, actor, subjects)  # "together with Y"
                  if (pairs[0][1] is None or co.entity is not pairs[0][1].entity)  # ("X and Y swapped": Y is the other side)
                  and not commercial(typ, co, pairs[0][1], companies=firms, roles_by_person=ctx.roles_by_person)]
        if typ == "CONSULT" and trig.via == VIA_SELF and all(a is pairs[0][0] for a, _ in pairs):
            # "A, B and C met with X": each met X; with "X and Y" the first named is the meeting's
            # counterpart for each member (the annotation codes a member's meeting once)
            others = {r.entity for _, r in pairs if r is not None and r.entity is not None}
            pairs += [(co, pairs[0][1]) for co in meeting_members(ctx, verb, pairs[0][0], pairs[0][1])
                      if co.entity not in others]
        pairs = mutual_pairs(ctx, trig.token, pairs)  # "X and Y expelled each other's diplomats": X->Y and Y->X
        if trig.via == VIA_SELF and len(pairs) == 1:  # "was condemned by Germany and France" (:mod:`.agents`)
            pairs += [(co, pairs[0][1]) for co in agent_conjuncts(ctx, trig.token, pairs[0][0])]
        pairs = [(speaker_voice(ctx, office_holder(ctx, a)), office_holder(ctx, r) if r is not None else None) for a, r in pairs]
        for actor, recipient in pairs:  # one event per named counterpart (:mod:`.multiparty`)
            if actor is not None and recipient is not None and actor.entity is not None \
                    and recipient.entity is actor.entity:
                continue  # "negotiated by Republicans and Democrats" paired with itself: no second party
            aimed.note(trig.token.i, actor, recipient, typ)
            if typ == "ASSAULT" and recipient is None and (victim := sentence_victim(ctx, trig.token, actor)):
                victims[f"V{len(events) + 1}"] = (victim.entity.id if victim.entity else None, _name(victim), victim.country)
            events.append(Event(
                id=f"V{len(events) + 1}",
                type=typ,
                actor=actor.entity.id if actor and actor.entity else None,
                recipient=recipient.entity.id if recipient and recipient.entity else None,
                actor_name=_name(actor),
                recipient_name=_name(recipient),
                actor_country=actor.country if actor else None,
                recipient_country=recipient.country if recipient else None,
                location=args.location,
                date=args.date.id if args.date else None,
                date_value=args.date.value if args.date else None,
                trigger=evidence(doc, trig.token.idx, trig.token.idx + len(trig.token.text)),
                evidence=evidence(doc, span.start_char, span.end_char),
            ))
    # "Russia's invasion of Ukraine ... the war" (:mod:`.war_targets`), coded once (:mod:`.war_mentions`)
    return one_war_each(war_targets(events, victims))


def looking_partner(ctx: Context, look: "Token", actor: Party) -> Party | None:
    """The other of two co-subjects who look forward to meeting ("X and Y looked forward to
    meeting in person"): a reciprocal act of the pair, the second named its recipient."""
    subj = subject_token(look)
    other = ctx.party(coordinated_with(subj, ctx.entity_at)) if subj is not None else None
    if other is None or (other.entity is not None and other.entity is actor.entity):
        return None
    return other
