"""Who a word stands for when the clause does not name him: references an event's actor is
read from (:mod:`.arguments` uses them).

* the object of a praise verb does the act of its "for" gerund ("thanked X for hosting");
* "its" before an event noun is the nearest country or organisation named before it;
* a by-phrase the parser hangs on an event noun's "of" object is the noun's agent;
* "we" of a joint statement is the pair its opening sentences name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .clauses import pobj
from .context import Context, Party
from .lexicon import load
from .signers import named_signers
from .voice import lemma_forms

if TYPE_CHECKING:
    from spacy.tokens import Token


def for_controller(prep: "Token") -> "Token | None":
    """Who does the gerund of a "for" phrase on a verb of praise: its object ("thanked X for
    hosting the summit", "commended X for leading the talks"; object control, as in English
    generally). Praise takes the act as done; blame and punishment ("blamed X for shelling the
    port", "arrested X for organising the protest") only allege it, and "called for ending the
    war" asks for it: their gerunds name no actor. A second "for" coordinated with the first
    ("for hosting ... and for attending ...") hangs on the same verb."""
    while prep.dep_ == "conj" and prep.head.lower_ == "for":
        prep = prep.head
    verb = prep.head
    if prep.dep_ != "prep" or verb.pos_ != "VERB":
        return None
    entries = load().verbs
    if any((e := entries.get(f)) is not None and e.type == "SUPPORT" for f in lemma_forms(verb)):
        return next((c for c in verb.children if c.dep_ == "dobj"), None)
    # "expressed his appreciation to X for hosting ...", "extend our thanks to X for ...": the
    # praise is a noun object, and whom it goes to ("to X") did the act praised
    praise = next((c for c in verb.children if c.dep_ == "dobj" and c.i < prep.i), None)
    entry = load().nouns.get(praise.lemma_.lower()) if praise is not None else None
    if entry is None or entry.type != "SUPPORT":
        return None
    return next((g for c in (*verb.children, *praise.children) if c.dep_ == "prep" and c.lower_ == "to"
                 and c.i < prep.i for g in c.children if g.dep_ == "pobj"), None)


def listed_for_gerund(verb: "Token") -> "Token | None":
    """The "for" phrase a gerund continues when the parser hangs the rest of a list of gerunds
    on the main verb ("thanked X for hosting the talks, leading the mission, and ...": "leading"
    an adverbial clause of "thanked"): the "for" whose gerund ends right before the comma that
    opens this one, else None."""
    doc = verb.doc
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    for prep in verb.head.children:
        if prep.dep_ == "prep" and prep.lower_ == "for" and prep.right_edge.i == verb.i - 2 and any(
                g.dep_ in ("pcomp", "pobj") and g.tag_ == "VBG" for g in prep.children):
            return prep
    return None


def its_antecedent(ctx: Context, its: "Token") -> "Token | None":
    """The country or organisation "its" stands for before an event noun: the nearest one
    named before it in its sentence ("sanctions on Russia for its attack on Ukraine", "Canada
    said its troops would stay"); English "its" takes a singular non-person antecedent, and the
    nearest such name is the usual one. None when the sentence names none before it."""
    for i in range(its.i - 1, its.sent.start - 1, -1):
        ent = ctx.entity_at.get(i)
        if ent is not None and ent.label in ("GPE", "ORG"):
            return its.doc[i]
        if ent is None and its.doc[i].dep_ == "nsubj" and its.doc[i].lemma_.lower() in STATE_BODIES:
            return its.doc[i]  # "the army said its troops ...": the state organ that speaks
    return None


def by_on_of_object(noun: "Token") -> "Token | None":
    """The by-agent of "the seizure of the tanker by Iran", "the bailout of the insurer AIG by
    the Federal Reserve": the small model hangs "by" on the "of" object (or its apposition), but
    a by-phrase right on the object of an event noun names who did the act."""
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = pobj(of) if of is not None else None
    for head in (obj, *(c for c in obj.children if c.dep_ == "appos")) if obj is not None else ():
        for c in head.children:
            if c.dep_ in ("prep", "agent") and c.lower_ == "by":
                return pobj(c)
    return _by_after(noun)


def _by_after(noun: "Token") -> "Token | None":
    """The by-agent the small model hangs on the word governing an event noun, right after the
    noun: "condemned troop deployments by X to Y", "expressed concern over deployments by X"
    (the active verb or the noun "concern" has no agent of its own; a by-phrase of means,
    "by sending troops", has a gerund, not a name); else who did the acts a counting noun
    gathers (:func:`_quantity_owner`)."""
    gov = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ == "dobj" else None
    if gov is None or gov.i == noun.i or any(c.dep_ in ("auxpass", "nsubjpass") for c in gov.children):
        return None
    # (or on the verb above that noun: "expressed concern over deployments by X", the noun's
    # phrase being the last words before it)
    govs = (gov, gov.head) if gov.pos_ == "NOUN" and gov.dep_ == "dobj" and gov.head.pos_ == "VERB" else (gov,)
    by = next((c for g in govs for c in g.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
               and c.i == noun.right_edge.i + 1), None)
    obj = pobj(by) if by is not None else None
    return obj if obj is not None and obj.pos_ in ("PROPN", "NOUN") and obj.tag_ != "VBG" else _quantity_owner(noun)


QUANTITY_NOUNS = frozenset({"number", "series", "wave", "string", "spate", "barrage", "volley", "round", "flurry"})
"""nouns counting acts ("an unprecedented number of launches", "a wave of strikes"): who owns or
carries out the count did the acts"""
_CARRY_VERBS = frozenset({"conduct", "carry", "launch", "stage", "fire", "unleash"})


def _quantity_owner(noun: "Token") -> "Token | None":
    """Who did the acts a counting noun gathers: its possessor ("the DPRK's unprecedented number
    of ballistic missile launches") or the subject of the verb carrying it out ("North Korea
    conducted a record number of launches")."""
    prep = noun.head if noun.dep_ == "pobj" else None
    if prep is None or prep.lower_ != "of" or prep.head.lemma_.lower() not in QUANTITY_NOUNS:
        return None
    count = prep.head
    owner = next((c for c in count.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    verb = count.head
    if count.dep_ == "dobj" and verb.lemma_.lower() in _CARRY_VERBS:
        return next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return None


WE = frozenset({"we", "us"})
"""first-person plural subjects :func:`signatories` resolves"""
OPENING_SENTENCES = 3
"""how far into a text a joint statement names who signs it"""


def signatories(ctx: Context, we: "Token") -> tuple[Party, Party, int] | None:
    """Who "we" are in a text with no author, no home country and no speaker turn: a joint
    statement opens by naming its parties together ("Australia, the United Kingdom and the
    United States announced ...", "Today, the leaders of A, B and C met ... We reaffirmed ..."),
    so "we" is the first pair the text names in its opening sentences (the first member is the
    actor, the second the other side of a joint act, as for "they"). None when the opening
    names no pair."""
    if we.i in ctx.quoted:
        return None
    named = named_signers(ctx, we)  # "We, the governments of A and B": said outright (:mod:`.signers`)
    if named is not None or not ctx.pairs:
        return named
    at, first, second = ctx.pairs[0]
    if at >= we.i:
        return None
    doc = we.doc
    limit = len(doc)
    for k, sent in enumerate(doc.sents):
        if k == OPENING_SENTENCES:
            limit = sent.start
            break
    if at >= limit:
        return None
    # the first two parties of that kind the sentence names, in text order: the parser may pair
    # the second and third of a list ("Prime Minister A of X, Prime Minister B of Y, and
    # President C of Z")
    named: list[Party] = []
    for t in doc[at].sent:
        ent = ctx.entity_at.get(t.i)
        nxt = ctx.entity_at.get(t.i + 1) if t.i + 1 < len(doc) else None
        if ent is None or ent.label != first.label or nxt is ent or any(p.entity is ent for p in named):
            continue  # (one party per entity, looked up at the last token of its mention)
        party = ctx.party(t)
        if party is not None and party.entity is ent:
            named.append(party)
        if len(named) == 2:
            return named[0], named[1], at
    return first, second, at


def joint_we(ctx: Context, we: "Token") -> tuple[Party, Party, int] | None:
    """Who "we" are as the subject of an act when they are several parties: in a text with no
    home country, the signatories its opening names (:func:`signatories`); in a government's
    own text, only those its title or opening apposition names outright ("Joint Statement of A,
    B and C", "We, the leaders of A, B and C, ..."): a joint statement speaks for all its
    signers, so its "we" is not the publisher alone. Never in a transcript (a speaker's "we"
    is his government) or a quotation. None otherwise."""
    if ctx.party(we) is None:
        return signatories(ctx, we)
    if ctx.turns or we.i in ctx.quoted:
        return None
    return named_signers(ctx, we)


# ---- common-noun actors -------------------------------------------------------------------
STATE_BODIES = load().classes["state_organ"]
"""Head nouns that name a state's organ without naming the state ("the army", "police", "the
junta", "troops"): PLOVER codes a state's agents as their government, so the actor is the
country the article places them in."""
_BARE_PLURALS = frozenset({"police", "troops", "forces", "soldiers", "authorities", "prosecutors"})
"""state bodies that stand bare for a state ("police detained ...", "authorities said")"""
JUDICIAL_BODIES = frozenset({"court", "tribunal", "judge", "prosecutor", "prosecutors"})
"""the state's judiciary, unnamed ("a court sentenced", "prosecutors charged", "a judge
ordered"): news names one court or judge by the indefinite article, which is no generic"""
UNIT_WORDS = frozenset({"riot", "traffic", "border", "secret", "special"})
"""words naming a kind of police or troops ("Riot police"), which a sentence's first capital
may make look like a name"""
FOREIGN_BODIES = frozenset({"junta", "regime"})
"""words a government never uses for itself: in a government's own statement they are another
country's rulers, never the publisher's"""
NON_STATE_MODIFIERS = load().classes["non_state_modifier"]
"""modifiers that make the body someone other than the national government in context
("rebel forces", "foreign troops", "the previous government", "state police")"""
GROUP_WORDS = frozenset({"rebel", "militant", "insurgent", "fighter", "guerrilla", "separatist"})
"""nouns by which a story refers back to an armed group it named with them ("M23 rebels" ...
"the rebels")"""
PROTEST_NOUNS = load().classes["protester"]
"""who protests without a name: the people of the country in context (the guide codes a
protest's actor null with its country)"""
_CONTEXT_SENTENCES = 3


def reporter(ctx: Context, tok: "Token") -> Party | None:
    """Who reports the clause ``tok`` is the subject of ("Minister X said the government would
    ..." -> X), or None outside a reported clause."""
    say = tok.head
    while say.dep_ in ("conj", "xcomp") and say.head.i != say.i:
        say = say.head
    if say.dep_ != "ccomp" or say.head.pos_ != "VERB":
        return None
    verb = say.head
    speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    while speaker is None and verb.dep_ == "conj" and verb.head.i != verb.i:  # "X congratulated her and said"
        verb = verb.head
        speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return ctx.party(speaker) if speaker is not None and speaker.i != tok.i else None


ABOUT_MENTIONS = 3
"""mentions of one other country (outside the dateline) that make a wire story about it, when
the story never names the country it is filed from again"""


def local_country(ctx: Context, tok: "Token", foreign: bool = False) -> str | None:
    """The country a story's unnamed state body or crowd belongs to: in a reported clause, the
    speaker's own ("Minister X said the government would ..."); else the country of the latest
    actor in this sentence or the one before (a story goes on about the state that just acted:
    "Germany will send ... The government also sent ..."); else the place of a wire dateline
    (as the forces stage reads "the army"); else the country the text names most (the first
    named on a tie); else the publisher's own country (a government's text; its own word for
    itself, "the Administration", before any count). ``foreign`` ("the junta", "the regime"):
    never the publisher's country, and not read from the latest actor (a junta is the story's
    subject, not whoever acted last)."""
    home = ctx.home_country
    who = reporter(ctx, tok)
    if who is not None and who.country and not (foreign and who.country == home):
        return who.country
    floor = ctx.sentences_back(tok, 2)
    for at, party, _ in reversed(ctx.acts if not foreign else ()):
        if at >= tok.i:
            continue
        if at < floor:
            break
        if party.country:
            return party.country
    if home and tok.lower_ == "administration":  # the word a government's own text uses for itself
        return home
    if foreign not in ctx.story_country:  # (a document-wide count: made once, not per unnamed body)
        ctx.story_country[foreign] = _story_country(ctx, foreign)
    return ctx.story_country[foreign]


def _story_country(ctx: Context, foreign: bool) -> str | None:
    """The country a story is about, for :func:`local_country`: the place of a wire dateline, else
    the country the text names most (the first named on a tie), else the publisher's own (not
    with ``foreign``)."""
    home = ctx.home_country
    counts: dict[str, list[int]] = {}
    filed = None
    for i in sorted(ctx.entity_at):
        ent = ctx.entity_at[i]
        if ent.label in ("GPE", "NORP") and ent.country and i not in ctx.quoted and ctx.entity_at.get(i - 1) is not ent \
                and not (foreign and ent.country == home):  # (once per mention: at its first token)
            if i in ctx.dateline:
                filed = filed or ent.country
                continue
            counts.setdefault(ent.country, [0, i])[0] += 1
    if filed is not None and (filed in counts or max((n for n, _ in counts.values()), default=0) < ABOUT_MENTIONS):
        # where a wire story is filed: its organs are that country's ("WARSAW - The Russian
        # ambassador was summoned to the foreign ministry"), unless the story never names that
        # country again and keeps naming another: filed from a regional hub ("NAIROBI (Reuters) -
        # Fighting flared in Somalia's south ... Somali officials ... The army said ..."), it is
        # about that other country's army
        return filed
    if counts:
        return min(counts, key=lambda c: (-counts[c][0], counts[c][1]))
    return home if not foreign else None


def state_body(ctx: Context, tok: "Token | None") -> Party | None:
    """The government an unnamed state organ stands for: "the army", "police", "the junta",
    "troops", "its forces" (with no country written in the phrase), as a country side named by
    its ISO3; None for anything else ("a government", "rebel forces", "the government of the
    day")."""
    if tok is None or tok.i in ctx.entity_at or tok.i in ctx.quoted or tok.pos_ not in ("NOUN", "PROPN"):
        return None
    low = tok.lemma_.lower()
    judicial = low in JUDICIAL_BODIES or tok.lower_ in JUDICIAL_BODIES
    if low not in STATE_BODIES and tok.lower_ not in STATE_BODIES and not judicial:
        return None
    indefinite = judicial and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)
    dets = [c for c in tok.children if c.dep_ in ("det", "poss") and not (indefinite and c.lower_ in ("a", "an"))]
    if any(c.lower_ == "its" for c in dets):  # "its troops": the country or organisation named before
        owner = its_antecedent(ctx, next(c for c in dets if c.lower_ == "its"))
        if owner is None or owner.i == tok.i:
            return None
        return ctx.party(owner) or state_body(ctx, owner)  # "the army said its troops ...": the army's state
    if any(c.lower_ != "the" for c in dets) or (not dets and not indefinite and tok.tag_ != "NNS"
                                                 and tok.lower_ not in _BARE_PLURALS):
        return None  # "a government", "this army", "his cabinet"; a bare singular is a generic
        # (a sentence's first word, "Authorities in X arrested ...", may be tagged a proper noun)
    where = [tok, tok.head] if tok.dep_ == "nsubj" else [tok]  # ("In Brussels, police used ...": police act at home)
    place = next((pl for w in where for c in w.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children
                  if p.dep_ == "pobj" for pl in [ctx.place(p)] if pl is not None and pl.country),
                 None) if tok.lower_ in ("authorities", "police") or judicial else None
    if place is not None:  # "authorities in Burkina Faso", "police in Georgia" are that country's
        # (troops or forces in a country are often another's: left to the context)
        return Party(entity=None, country=place.country, token=tok, name=place.country)
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children) or any(
            c.dep_ in ("amod", "compound", "nmod") and c.lemma_.lower() in NON_STATE_MODIFIERS for c in tok.children):
        return None
    who = reporter(ctx, tok)
    if who is not None and who.label == "PERSON" and who.country and low in ("government", "administration") \
            and any(c.dep_ == "aux" and c.lower_ in ("will", "would") for c in tok.head.children):
        # "Minister X said the government would fund ...": the minister announces his government's act
        return who
    country = local_country(ctx, tok, foreign=tok.lower_ in FOREIGN_BODIES or low in FOREIGN_BODIES)
    return Party(entity=None, country=country, token=tok, name=country) if country else None


def named_group(ctx: Context, tok: "Token | None") -> Party | None:
    """The armed group "the rebels", "the militants" refer back to: the nearest organisation
    named before (within a few sentences) with the same word beside it ("M23 rebels", "the ELN
    rebel group")."""
    if tok is None or tok.i in ctx.entity_at or tok.lemma_.lower() not in GROUP_WORDS:
        return None
    floor = ctx.sentences_back(tok, _CONTEXT_SENTENCES)
    for i in range(tok.i - 1, floor - 1, -1):
        ent = ctx.entity_at.get(i)
        if ent is None or ent.label != "ORG":
            continue
        near = tok.doc[max(i - 3, 0):i + 4]
        if any(t.lemma_.lower() == tok.lemma_.lower() or t.lower_.rstrip("s") == tok.lemma_.lower() for t in near):
            return ctx.party(tok.doc[i])
    return None


def crowd(ctx: Context, tok: "Token | None") -> Party | None:
    """An unnamed crowd that protests ("protesters", "striking workers", "thousands"): no one
    named, the country in context."""
    if tok is None or tok.i in ctx.entity_at or tok.i in ctx.quoted or tok.pos_ not in ("NOUN", "NUM", "PROPN") or (
            tok.pos_ == "PROPN" and not (tok.is_sent_start or tok.nbor(-1).is_punct)):  # ("PARIS — Nurses": a
        return None  # capital after a dateline's dash is tagged a name)
    forms = {tok.lemma_.lower(), tok.lower_.rstrip("s")}
    # who goes on a labour strike ("truckers", "dockers"; compounds: "dockworkers", "steelworkers")
    if not forms & PROTEST_NOUNS and not any(load().in_class(f, "labour") or f.endswith("worker") for f in forms):
        return None
    country = local_country(ctx, tok)
    return Party(entity=None, country=country, token=tok, name=None) if country else None


# ---- bullet headings ---------------------------------------------------------------------
_SUBJECT_LABELS = frozenset({"PERSON", "ORG", "GPE"})


def after_heading(ctx: Context, verb: "Token") -> tuple["Token | None", "Token | None"]:
    """(first, second) names between a heading's colon and ``verb`` in its sentence, when
    nothing but them (and an opening phrase ending in a comma, "On April 25,") stands there:
    "Heading: X and Y signed ..." -> (X, Y); (None, None) otherwise."""
    doc = verb.doc
    start = verb.sent.start
    colon = next((i for i in range(verb.i - 1, start - 1, -1) if doc[i].text == ":"), None)
    if colon is None:
        return None, None
    i = colon + 1
    if i < verb.i and doc[i].pos_ in ("ADP", "SCONJ"):  # "On April 25, X signed"
        comma = next((k for k in range(i, verb.i) if doc[k].text == ","), None)
        if comma is None:
            return None, None
        i = comma + 1
    names: list[int] = []
    k = i
    while k < verb.i:
        t = doc[k]
        ent = ctx.entity_at.get(k)
        if ent is not None and ent.label in _SUBJECT_LABELS:
            if not names or ctx.entity_at.get(names[-1]) is not ent:
                names.append(k)
            while k + 1 < verb.i and ctx.entity_at.get(k + 1) is ent:
                k += 1
        elif t.pos_ in ("VERB", "NOUN") and not names:
            return None, None  # a clause of its own before the names ("To accelerate ..., ")
        elif t.pos_ == "VERB":
            return None, None  # another verb between the names and this one
        k += 1
    if not names:
        return None, None
    second = names[1] if len(names) > 1 and any(doc[j].lower_ == "and" for j in range(names[0], names[1])) else None
    return doc[names[0]], (doc[second] if second is not None else None)


def national_body(ctx: Context, tok: "Token | None", actor: Party | None) -> Party | None:
    """A state organ whose unit word a sentence's first capital made look like a name ("Riot
    police detained ..."): no party of its own, but the organ's state in context, as for
    "police". (An organ named by its nationality, "Kenyan police", stays the nationality's
    side: annotators write it as "Kenyan police", and its country is the nationality's.)
    Anything else is returned unchanged."""
    if actor is None or actor.entity is None or tok is None or tok.i in ctx.entity_at:
        return actor
    low = tok.lemma_.lower()
    if low not in STATE_BODIES and tok.lower_ not in STATE_BODIES:
        return actor
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and c.i < tok.i]
    if any(ctx.entity_at.get(c.i) is actor.entity and c.lower_ in UNIT_WORDS for c in mods):
        return state_body(ctx, tok)
    return actor
