"""Recipients the clause gives only indirectly: whom a promise is for, whom a warning or a
demand is addressed to, whose act a condemnation of its victim's fate is aimed at, and when a
named country is only the actor's own side.

Pure helpers of :mod:`.arguments` over the per-Doc :class:`~.context.Context`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..knowledge.countries import load as load_countries
from .bilateral import relation_side
from .clauses import pobj
from .complements import leader_of_body, paired_name_side
from .context import Context, Party
from .lexicon import load
from .recipient_args import THANKING_VERBS, act_place, aimed_target, misattached_relatives
from .infinitive_acts import infinitive_act, infinitive_category
from .voice import lemma_forms, lookup

if TYPE_CHECKING:
    from spacy.tokens import Token


CONDEMN_TYPES = frozenset({"ACCUSE"})
HARM_TYPES = frozenset({"COERCE", "ASSAULT"})


VICTIM_PREPS = frozenset({"of", "on", "against"})
"""prepositions naming who a harmful act hit ("the detention of X", "the attack on X")"""


def is_victim(ctx: Context, obj: "Token", recipient: Party) -> bool:
    """Whether a condemnation's recipient is only the victim named in the "of", "on" or
    "against" complement of a harmful act ("the detention of X", "the attack on a UN convoy"),
    the act's agent left unnamed in it."""
    entry = load().nouns.get(obj.lemma_.lower())
    if obj.pos_ != "NOUN" or entry is None or entry.type not in HARM_TYPES or recipient.entity is None:
        return False
    if any(c.dep_ in ("poss", "compound", "amod", "nmod") and c.i in ctx.entity_at for c in obj.children):
        return False  # "China's detention of X": the agent is named, and the party lookup took it
    # ("joined X in condemning this attack on Ruritania": the parser may hang the phrase right after the object on the verb)
    preps = [*obj.children, *(p for p in obj.head.children if obj.dep_ == "dobj" and p.i == obj.right_edge.i + 1)]
    return any(p.dep_ == "prep" and p.lower_ in VICTIM_PREPS and any(ctx.entity_at.get(t.i) is recipient.entity
                                                                       for t in p.subtree) for p in preps)


OWN_SIDE_TYPES = frozenset({"AGREE", "SUPPORT", "AID", "COOPERATE"})
"""cooperative acts whose recipient is never the actor's own country named as a modifier"""


def is_own_side(ctx: Context, typ: str, actor: Party, recipient: Party) -> bool:
    """Whether a recipient is only the actor's own country modifying a common noun ("pledged
    continued U.S. support to ...", "reaffirmed the United States' commitment"): it says whose
    support or commitment it is, the actor's side, not to whom it goes."""
    ent, head = recipient.entity, recipient.token
    # (a promise by an official whose office the text does not tie to a country, in his government's own
    # statement: "McGurk pledged full U.S. support")
    own = actor.country or (ctx.home_country if typ == "AGREE" and actor.label == "PERSON" else None)
    return (typ in OWN_SIDE_TYPES and ent is not None and ent.label in ("GPE", "NORP") and own is not None
            and recipient.country == own and head is not None and head.i not in ctx.entity_at
            and head.pos_ == "NOUN")


WARNING_TYPES = frozenset({"THREATEN", "REQUEST"})
"""warnings and demands whose addressee is the subject of what they say will or must happen
("issued a warning that the rebels would bear the consequences", "a resolution demanding the
rebels end their attacks")"""


def warned_party(ctx: Context, tok: "Token", actor: Party) -> Party | None:
    """The named subject of a warning's or demand's content clause, other than the actor."""
    for clause in (c for c in tok.children if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX")):
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or not any(t.i in ctx.entity_at for t in subj.subtree):
            continue
        party = ctx.party(subj)
        if party is not None and party.entity is not None and party.entity is not actor.entity:
            return party
    return None


PROMISE_TYPES = frozenset({"AGREE", "SUPPORT"})
"""promises and support whose beneficiary may be named only in the promised act ("reaffirmed
the U.S. commitment to support Chile", "pledged that Peru would keep supporting Bolivia")"""
COMPLEMENT_PREPS = frozenset({"with", "to", "for"})
OBJECT_PREPS = COMPLEMENT_PREPS | {"of"}


def promised_party(ctx: Context, tok: "Token", actor: Party) -> Party | None:
    """Whom a promise or expression of support is for when the trigger names no one: the
    party the promised act is done to or with (its direct object, or the object of
    with/to/for), through "continue/keep" + verb. PLOVER's AGREE is an indicated commitment to
    cooperate: its target is whom the cooperation is promised to."""
    verbs = [c for c in tok.children if c.dep_ in ("xcomp", "acl", "ccomp") and c.pos_ in ("VERB", "AUX")]
    if tok.pos_ == "VERB" and infinitive_category(tok, lookup(load().verbs, tok), load()):  # ("rallied the world to support X")
        verbs += [a for a in [infinitive_act(tok)] if a is not None and a.dep_ == "advcl"]
    verbs += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"
              for p in c.children if p.dep_ == "pcomp"]
    # "pledged to continue their support for X": the promised act may be a noun too
    verbs += [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "for")
              for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN" and p.i not in ctx.entity_at]
    # "pledged support for X": the promised act is the verb's object noun
    verbs += [c for c in tok.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i not in ctx.entity_at]
    if tok.dep_ == "dobj":
        # "reiterated the commitment of X to help Y": the parser may hang the infinitive on the verb
        verbs += [c for c in tok.head.children if c.dep_ in ("advcl", "conj") and c.i > tok.i
                  and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    for verb in verbs[:3]:
        chain = [verb, *(c for c in verb.children if c.dep_ in ("xcomp", "ccomp", "acomp"))]  # ("stand strong with X")
        for v in chain:
            for cand in _act_objects(v, ctx):
                if cand is None or not (cand.i in ctx.entity_at or cand.lower_ in ctx.collective or _people_of(ctx, cand)):
                    continue  # the act's object itself must name someone ("the Paris Agreement" does not)
                party = ctx.party(cand) or (ctx.party(_people_owner(ctx, cand)) if _people_owner(ctx, cand) else None)
                if beneficiary(party, actor):
                    return party
    return relation_side(ctx, tok, actor)  # "commitment to the alliance between A and B": the other side


PEOPLE_NOUNS = frozenset({"people", "government", "citizens", "nation"})
"""nouns that stand for the country named in their "of" phrase ("stand with the people of X")"""


def _people_of(ctx: Context, noun: "Token") -> bool:
    """Whether ``noun`` is "the people/government of <named place>" (the country as a whole)."""
    return _people_owner(ctx, noun) is not None


def _people_owner(ctx: Context, noun: "Token") -> "Token | None":
    """The named place of "the people/government of <place>" (also "the government and people
    of X", where the "of" phrase hangs on the last conjunct)."""
    if noun.lemma_.lower() not in PEOPLE_NOUNS:
        return None
    return next((g for n in (noun, *(k for k in noun.children if k.dep_ == "conj")) for c in n.children
                 if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                 if g.dep_ == "pobj" and g.i in ctx.entity_at), None)


def _act_objects(act: "Token", ctx: Context | None = None) -> list["Token | None"]:
    """Who a promised act is done to or with: its direct object ("support X"), the object of
    with/to/for on it ("work with X"), the subject of a clause it governs ("help X defend
    itself"), and, when the object is a common noun, the objects of with/to/for on that noun
    ("continue their support for X", "cooperation with X") or the country it happens in ("in X")."""
    out: list["Token | None"] = []
    for c in act.children:
        if c.dep_ == "dobj" or (c.dep_ == "nsubj" and act.dep_ == "ccomp"):
            out.append(c)
            if c.pos_ == "NOUN":  # ("support the defense of X", "help the people of X": whose it is)
                out += [pobj(p) for p in c.children if p.dep_ == "prep" and p.lower_ in OBJECT_PREPS]
                out += act_place(ctx, c) if ctx is not None and act_noun(c) else []  # ("the transition in X")
        elif c.dep_ == "prep" and c.lower_ in COMPLEMENT_PREPS:
            out.append(pobj(c))
        elif c.dep_ in ("xcomp", "ccomp") and act.lemma_.lower() in ENABLING_VERBS:
            out += [g for g in c.children if g.dep_ == "nsubj"]  # "help X defend itself"
    if act.pos_ == "NOUN":  # the promised act is itself a noun ("commitment to cooperation with X")
        out += [pobj(p) for p in act.children if p.dep_ == "prep" and p.lower_ in COMPLEMENT_PREPS]
    return out


ENABLING_VERBS = frozenset({"help", "enable", "allow", "assist", "empower"})
"""verbs whose beneficiary the parser may make the subject of the next verb ("help X defend itself")"""
PROMISE_WORDS = load().classes["promise_word"]
"""words of a promise the parties make together to someone else; an agreement or cooperation
between them ("They agreed to ...", "reaffirmed their cooperation to ...") stays between them"""


def promised_instead(ctx: Context, tok: "Token", actor: Party) -> Party | None:
    """A beneficiary the promised act names, which outweighs the other member of a pair that
    promises together: "The two leaders pledged to continue their support for Ukraine",
    "Both leaders affirmed their resolve to keep supporting Ukraine" are promises to Ukraine
    (PLOVER AGREE: a commitment to cooperate is aimed at whom the cooperation is for), not
    between the leaders; a mutual agreement ("They agreed to ...") stays between them."""
    if not any(f in PROMISE_WORDS for f in lemma_forms(tok)):
        return None
    return promised_party(ctx, tok, actor)


def beneficiary(party: Party | None, actor: Party) -> bool:
    """Whether a party named in a promised act is someone it is promised to: a person, a
    foreign country or an international organisation (not the actor's own country, "promised
    to raise UK defence spending", nor a thing named like an organisation)."""
    if party is None or party.entity is None:
        return False
    ent = party.entity
    if actor.entity is not None and ent is actor.entity:
        return False
    if ent.label == "PERSON":
        return True
    if ent.label == "GPE":
        return party.country is not None and party.country != actor.country
    return ent.label == "ORG" and load_countries().organization(ent.name) is not None


NON_ACTOR_HEADS = frozenset({
    # documents and laws: a treaty, an act, a memorandum is what is signed or welcomed, not a party
    "act", "law", "bill", "treaty", "agreement", "accord", "mou", "memorandum", "protocol", "charter",
    "declaration", "resolution", "framework",
    # programmes and plans named like organisations ("the Green Shipping Corridor", "the Climate
    # Resilient Cities program"): a thing done, not someone it is done to
    "program", "programme", "agenda", "corridor", "strategy", "plan", "cities",
    # a disease the entity stage may take for an organisation ("COVID-19 vaccines")
    "covid-19", "covid",
    # an exercise or simulation named like an organisation ("the New Table-Top Exercise")
    "exercise", "drill", "simulation",
})
"""last words of an entity name that make it no PLOVER actor (the codebook's targets are states,
their agents, organisations, groups and persons); the development gold names no recipient
ending in one of them, while funds and forums ("the Green Climate Fund") are recipients"""
PLACE_ONLY_LABELS = frozenset({"LOC", "FAC"})
"""a region or a site with no country ("Europe", "the Indo-Pacific", "the Pacific Islands") is
where something happens, not a party to it"""


def is_actor(party: Party | None, *, head_word: bool = False) -> bool:
    """Whether a party found in the clause can be a PLOVER source or target: not a document,
    law or programme named like an organisation ("the Trans-Pacific Framework underscores
    ..."), nor a region or site that belongs to no country. ``head_word``: also the head word of
    the phrase (a source is what the phrase names; a target may be named through what is its:
    "support for the NATO agenda" is support for NATO)."""
    if party is None or party.entity is None:
        return True
    ent = party.entity
    if ent.label == "PERSON":
        return True
    if ent.label in PLACE_ONLY_LABELS and not party.country:
        return False
    head = party.token
    if head_word and head is not None and head.text[:1].isupper() and head.lower_ in NON_ACTOR_HEADS:
        return False  # the name's head word, whatever part of the name the entity covers
    words = ent.name.lower().replace("\u201c", " ").replace("\u201d", " ").split()
    return not words or words[-1].strip("\"'.,") not in NON_ACTOR_HEADS


REACTION_TYPES = frozenset({"SUPPORT", "ACCUSE", "REJECT"})
_ACT_SUFFIXES = ("tion", "sion", "ment", "al", "ing")
_ACT_NOUNS = frozenset({"launch", "release", "start", "opening", "debut", "rollout", "move", "step"})
_NOT_ACTS = frozenset({"government", "department", "parliament", "official", "national", "council",
                       "individual", "capital", "general", "thing", "building", "meeting", "ring"})


def act_noun(tok: "Token") -> bool:
    """Whether a common noun names an act or process ("the launch", "the renewal", "the
    publication", "the establishment") by its form: a nominalisation suffix or a bare verb
    noun; bodies and people ending the same way ("government", "official") are not."""
    low = tok.lemma_.lower()
    if tok.pos_ != "NOUN" or low in _NOT_ACTS:
        return False
    return low in _ACT_NOUNS or (len(low) > 5 and low.endswith(_ACT_SUFFIXES))


def reaction_theme(ctx: Context, typ: str, obj: "Token | None", recipient: Party | None) -> bool:
    """Whether a reaction's recipient is only the thing its object act made or changed: an
    organisation, place or site named in the "of" complement of an act noun ("welcomed the
    launch of the Monitoring Team", "welcomed the renewal of the MOU"). The reaction is to the
    act, and the thing acted on is no party; a person or a country there stays the recipient
    ("welcomed the appointment of X", "welcomed the accession of Sweden")."""
    if typ not in REACTION_TYPES or obj is None or recipient is None or recipient.entity is None:
        return False
    if recipient.entity.label not in ("ORG", "LOC", "FAC") or obj.i in ctx.entity_at or not act_noun(obj):
        return False
    if any(c.dep_ in ("poss", "compound", "amod", "nmod") and c.i in ctx.entity_at for c in obj.children):
        return False  # "welcomed NATO's launch of X": the author is named
    return any(p.dep_ == "prep" and p.lower_ == "of" and any(ctx.entity_at.get(t.i) is recipient.entity
                                                                for t in p.subtree) for p in obj.children)


GOVERNMENT_PEOPLE = load().classes["government_people"]
"""unnamed people who stand for their government as a whole: "met Philippine officials",
"hosted Sudanese leaders", "talks with Korean counterparts" are met as that country (the
annotation codes them with no name and the country; a named group, "the Ukrainian
delegation", keeps its name)"""


def as_government(ctx: Context, party: Party | None, actor: Party | None = None) -> Party | None:
    """``party`` as its country as a whole when it is only a nationality word on unnamed
    officials ("Philippine officials" -> PHL, no name), or a bilateral relation or forum named
    after two sides, one of them the actor's (:func:`paired_name_side`); else ``party`` itself."""
    if actor is not None and party is not None and party.entity is not None and (
            party.entity.label == "ORG" or (party.entity.label == "GPE" and not party.country)):
        return paired_name_side(party, actor) or leader_of_body(ctx, party) or party
    if party is None or party.entity is None or party.entity.label != "NORP" or not party.country:
        return party
    head = party.token
    if head is None or head.i in ctx.entity_at or head.pos_ != "NOUN" or head.lemma_.lower() not in GOVERNMENT_PEOPLE:
        return party
    return Party(entity=None, country=party.country, token=head, name=party.country)


def territory_left(typ: str, party: Party | None, actor: Party | None) -> Party | None:
    """A withdrawal's recipient named by the place left: a town or region left ("pulled out of
    Kherson") concedes it to the country it belongs to, not to the town; a country left
    ("withdrew from Jordan") is that country; a place in the actor's own country names no
    one conceded to (a redeployment at home). Other categories keep ``party``."""
    if typ != "RETREAT" or party is None or party.entity is None or party.entity.label not in ("GPE", "LOC", "FAC"):
        return party
    if load_countries().country(party.entity.name) is not None:
        return party
    if not party.country or (actor is not None and actor.country == party.country):
        return None
    return Party(entity=None, country=party.country, token=party.token, name=party.country)


def attack_victims(ctx: Context, noun: "Token", actor: Party | None) -> Party | None:
    """Whom an attack noun with no named target hit, as its relative clause tells: the people
    it killed or hit ("Iran's strikes that killed dozens of Iraqi civilians" -> IRQ) or the
    foreign country where it struck ("an air strike that killed 12 people near a town in
    southern Syria" -> SYR). PLOVER's ASSAULT target is the victim's side."""
    own = actor.country if actor is not None else None
    aimed = aimed_target(ctx, noun, own)  # "launched an attack, targeting X"
    if aimed is not None:
        return aimed
    victims = _told_victims(noun)
    if victims is not None:  # "a Russian strike killed two Ukrainian soldiers", "... were killed in a strike"
        who = ctx.party(victims)
        if who is not None and who.country and who.country != own and is_actor(who):
            return Party(entity=None, country=who.country, token=victims, name=who.country) \
                if who.entity is not None and who.entity.label == "NORP" else who
    for verb in attack_clauses(noun):
        for c in verb.children:
            if c.dep_ == "dobj":
                who = ctx.party(c)
                if who is not None and who.country and who.country != own and is_actor(who):
                    return who
        for t in verb.subtree:
            if t.dep_ == "pobj" and t.head.lower_ in ("in", "near", "across", "at"):
                where = ctx.place(t)
                if where is not None and where.country != own:
                    return Party(entity=None, country=where.country, token=t, name=where.country)
    return None


def _told_victims(noun: "Token") -> "Token | None":
    """The victims of an attack noun told by the harm verb it is the subject of ("the strike
    killed two Ukrainian soldiers": the object) or the cause of ("two Ukrainian soldiers were
    killed in the strike": the passive subject)."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ in ("in", "by", "during"):
        verb = verb.head
        dep = "nsubjpass"
    elif noun.dep_ == "nsubj":
        dep = "dobj"
    else:
        return None
    if verb.pos_ != "VERB" or not any(f in HARM_VERBS for f in lemma_forms(verb)):
        return None
    return next((c for c in verb.children if c.dep_ == dep), None)


def attack_clauses(noun: "Token") -> list["Token"]:
    """The relative clauses telling what an attack noun did: on the noun, or on a date or
    place phrase the parser hung them on ("an air strike on Tuesday that killed 12 people")."""
    heads = [noun, *(p for prep in noun.children if prep.dep_ == "prep" for p in prep.children if p.dep_ == "pobj")]
    clauses = [v for h in heads for v in h.children if v.dep_ in ("relcl", "acl") and v.pos_ == "VERB"]
    return [v for v in clauses + misattached_relatives(noun) if any(f in HARM_VERBS for f in lemma_forms(v))]


HARM_VERBS = load().classes["harm_verb"]
"""what an attack did to its victims (an attack that "threatened" or "worried" a country did
not strike it): the trigger lexicon's harm_verb class, which newsacts reads too (with razing_verb)"""


TALK_NOUNS = frozenset({"talk", "talks", "meeting", "consultation", "discussion", "negotiation", "summit"})
"""what a visit is "for" when it names whom the visitor met ("visited Hanoi for talks with X")"""


def visited_counterpart(ctx: Context, heads: list["Token"]) -> Party | None:
    """The one a visit was made to meet: "visited Hanoi for talks with her counterpart, X",
    "traveled to Nairobi for a meeting with President Y" -> X, Y (a person or body met is the
    CONSULT's other side, the place only where it happened)."""
    for h in heads:
        for prep in (c for c in h.children if c.dep_ == "prep" and c.lower_ == "for"):
            purpose = pobj(prep)
            if purpose is None or purpose.lemma_.lower() not in TALK_NOUNS and purpose.lower_ not in TALK_NOUNS:
                continue
            for w in (c for c in purpose.children if c.dep_ == "prep" and c.lower_ == "with"):
                who = ctx.party(pobj(w))
                if who is not None and is_actor(who) and who.label not in PLACE_ONLY_LABELS:
                    return who
            # "traveled to Brussels for the NATO summit": the organisation whose summit it is
            for c in (c for c in purpose.children if c.dep_ in ("compound", "nmod") and c.i in ctx.entity_at):
                ent = ctx.entity_at[c.i]
                if ent.label == "ORG" and load_countries().organization(ent.name) is not None:
                    return ctx.party(c)
    return None


def visited_town(party: Party | None) -> bool:
    """Whether a visit's destination is a town or a province, not a country or its capital: "will
    travel to Lyon", "traveled to Springfield" say where the visit is (its location), and
    name no one visited; a country or its capital stands for its government ("visited Hanoi")."""
    ent = party.entity if party is not None else None
    return ent is not None and ent.label == "GPE" and load_countries().country(ent.name) is None and not any(
        load_countries().country(m.text) for m in ent.mentions)


HOSTING_VERBS = frozenset({"host", "welcome", "receive"})


def hosted_visitor(ctx: Context, noun: "Token", verb: "Token | None") -> Party | None:
    """The visitor of a visit a host received ("X hosted the first visit by a Finnish head of
    state, President Y, to Sweden" -> Y): the noun's by-agent, or the name in apposition to it."""
    if verb is None or verb.lemma_.lower() not in HOSTING_VERBS:
        return None
    for by in (c for c in noun.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"):
        agent = pobj(by)
        if agent is None:
            continue
        named = next((a for a in agent.children if a.dep_ == "appos"), None)
        if named is None and agent.i not in ctx.entity_at:
            # the small model often hangs the name after the comma elsewhere ("a head of state,
            # President Y, to Sweden"): the first person named right after the phrase
            end = agent.right_edge.i
            named = next((t for t in agent.doc[end + 1:end + 8] if t.i in ctx.entity_at
                          and ctx.entity_at[t.i].label == "PERSON"), None) if agent.doc[end + 1:end + 2].text == "," \
                else None
        for cand in (named, agent):
            who = ctx.party(cand) if cand is not None else None
            if who is not None and who.label not in PLACE_ONLY_LABELS:
                return who
    return None


SHARED_RECIPIENT_TYPES = frozenset({"AGREE", "SUPPORT", "COOPERATE", "AID"})
"""acts whose other side, when they name none, is whom the same subject had just met in a
coordinated clause ("met X and signed a memorandum", "met X and announced $20 million in aid"):
what is signed, offered or given in a meeting is signed with, offered or given to the one met"""


TALK_VERBS = frozenset({"speak", "talk"})
"""verbs that are a consultation only with a "with" object (the lexicon codes them as phrases)"""


def consulted_party(ctx: Context, verb: "Token", actor: Party) -> Party | None:
    """The party met or called (or thanked) by the verb that ``verb`` is coordinated with, when
    that verb is a consultation or a thanks (its object or its "with" object), and no one else
    than the actor."""
    head = verb.head
    if verb.dep_ != "conj" or head.pos_ != "VERB" or head.i > verb.i or verb.i in ctx.quoted:
        return None
    entry = load().verbs.get(head.lemma_.lower())
    talked = head.lemma_.lower() in TALK_VERBS and any(c.dep_ == "prep" and c.lower_ == "with" for c in head.children)
    talked = talked or head.lemma_.lower() in THANKING_VERBS  # "thanked X ... and pledged continued support"
    if not talked and (entry is None or entry.type != "CONSULT"):
        return None
    if any(t.i in ctx.entity_at and ctx.entity_at[t.i] is not actor.entity and (
            not actor.country or ctx.entity_at[t.i].country != actor.country) for t in verb.subtree):
        return None  # "... and pledged support for Ukraine": the act names its own party (the
        # actor's own side, "reaffirmed Italy's support", is no other party)
    for c in head.children:
        if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "with"):
            who = ctx.party(c if c.dep_ == "dobj" else pobj(c))
            if who is not None and is_actor(who) and who.label not in PLACE_ONLY_LABELS and (
                    actor.entity is None or who.entity is not actor.entity):
                return as_government(ctx, who)
    return None
