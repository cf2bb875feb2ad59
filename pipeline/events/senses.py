"""Trigger words used in a sense that reports no event (split out of :mod:`.filters`): an
attack word said of an abstract thing ("killed the bill"), a verb whose preposition changes its
sense ("hails from Texas"), "agree with you" as assent to a view, and a speaker's plain
"thank you" to the room.
"""

from __future__ import annotations

import re

from typing import TYPE_CHECKING

from .courtesy import speaker_courtesy
from .lexicon import load
from .misreadings import misread
from .triggers import VIA_SELF, Trigger
from .verbparts import COUNT_HEADS
from .voice import lemma_forms

if TYPE_CHECKING:
    from spacy.tokens import Token


FIGURATIVE_TARGETS = load().classes["figurative_target"]
"""abstract things an attack word is said of only figuratively ("killing all the manufacturing
jobs", "attacked the very tenets of the rules-based order", "the Senate killed the bill"):
PLOVER's ASSAULT is the use of physical force; a verbal attack on a policy is at most ACCUSE"""
NON_EVENT_PREPS = {"hail": "from", "ask": "about"}
"""a trigger verb whose sense changes with a preposition: "hails from Texas" (comes from), not
"hailed the decision" (praise); "asked about the town", "asked him about the talks" (inquired:
a question, no request for an act; PLOVER REQUEST asks someone to do something)"""

REFUSED_STANCES = load().classes["refused_stance"]
"""what one "refuses to" do when stating one's own resolve or disbelief ("I refuse to believe
it", "we refuse to give up", "I refuse to accept that this is who we are"): a stance, no
rejection of another's proposal or demand (PLOVER REJECT: reject or refuse a proposal, demand,
request); "refused to let inspectors in" or "refused to back down" deny or defy, and stay. Only
with no object of its own: "refused to give up its weapons", "refused to stop its attacks",
"refused to give inspectors access" withhold what others demand (REJECT)"""
REFUSED_THOUGHTS = load().classes["refused_thought"]
"""verbs of thought, whose object is what is (dis)believed ("refuse to believe the report"): a
stance whatever follows"""


MET_DEMANDS = load().classes["met_demand"]
"""what one "meets" when fulfilling or facing it ("meet our climate goals", "meet its global
responsibility", "meet the moment"): no meeting with anyone"""


TERM_MODIFIERS = {"warning": frozenset({"early"}), "retreat": load().classes["retreat_gathering"]}
"""modifiers that make an event noun part of a term naming a thing: an "early warning system" or
"mechanism" monitors and alerts, it threatens no one (PLOVER THREATEN is a threat made by an
actor); a "cabinet retreat" or "annual leadership retreat" is a gathering away from the office
(general English: retreat, a period or place of seclusion for meeting or reflection), no
withdrawal of forces (PLOVER RETREAT: military retreat, withdrawal)"""

SEIZED_CHANCES = load().classes["seized_chance"]
"""what one "seizes" or "grabs" when making the most of it ("seize the opportunity", "seize this
moment", "seize the promise of clean energy"): a figure of speech, no confiscation or capture of
anything (PLOVER COERCE: seizure of property; ASSAULT: taking territory)"""
SEIZE_VERBS = frozenset({"seize", "grab", "grasp"})

DEMONSTRATED_THINGS = load().classes["demonstrated_thing"]
"""what a "demonstration" names as a compound ("a clinical demonstration project", "a
demonstration plant", "demonstration flights"): a showing or trial of a technology or method
(general English: demonstration, a practical exhibition), no street protest (PLOVER PROTEST)"""
DEMONSTRATION_KINDS = load().classes["demonstration_kind"]

PRACTICES = load().classes["cracked_practice"]
"""what an authority "cracks down on" when enforcing rules against a practice ("crack down on tax
evasion", "cracking down on junk fees", "crack down on price gouging"): law enforcement or
regulation of conduct, no coercion of a named actor (PLOVER COERCE: repression, arrests and
restrictions aimed at people or groups)"""


def figurative(trig: Trigger) -> bool:
    """Whether a trigger verb is used in a sense that reports no event: an attack word on an
    abstract object (:data:`FIGURATIVE_TARGETS`), or a verb with a preposition that changes its
    sense (:data:`NON_EVENT_PREPS`); or an event noun in a technical term (:data:`TERM_MODIFIERS`)."""
    tok = trig.token
    if speaker_courtesy(tok) or misread(trig):  # "I promise you" (:mod:`.courtesy`); "their march on X" (:mod:`.misreadings`)
        return True
    term = TERM_MODIFIERS.get(tok.lower_) if tok.pos_ == "NOUN" else None
    if term and any(c.dep_ in ("amod", "compound") and c.lower_ in term for c in tok.children):
        return True
    if thanks_to(tok) or demonstrated_thing(tok):
        return True
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    if tok.lemma_.lower() == "crack" and cracked_practice(tok):
        return True
    if tok.lemma_.lower() in SEIZE_VERBS and any(
            c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in SEIZED_CHANCES for c in tok.children):
        return True
    prep = next((NON_EVENT_PREPS[f] for f in lemma_forms(tok) if f in NON_EVENT_PREPS), None)
    if prep is not None and any(c.dep_ == "prep" and c.lower_ == prep for c in tok.children):
        return True
    if agrees_with_view(tok) or plain_thanks(tok):
        return True
    if tok.lemma_.lower() == "meet" and any(c.dep_ == "dobj" and c.lemma_.lower() in MET_DEMANDS for c in tok.children):
        return True
    if tok.lemma_.lower() == "ask" and asked_much(tok):
        return True
    if tok.lemma_.lower() == "refuse" and refused_stance(tok):
        return True
    if tok.lemma_.lower() == "host" and hosted_population(tok):
        return True
    if tok.lemma_.lower() in CONTACT_VERBS and unnamed_contact(tok):
        return True
    if trig.type != "ASSAULT" or trig.via != VIA_SELF:
        return False
    if fought_together(tok):
        return True
    target = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if target is not None and target.lower_ in _RELATIVES and tok.dep_ == "relcl":
        target = tok.head  # "the bill that the governor killed": the relative clause's noun
    while target is not None and target.lower_ in COUNT_HEADS:
        # "kill hundreds of thousands of jobs": what is counted is the target
        target = next((p for c in target.children if c.dep_ == "prep" and c.lower_ == "of"
                       for p in c.children if p.dep_ == "pobj"), None)
    return target is not None and target.pos_ == "NOUN" and target.lemma_.lower() in FIGURATIVE_TARGETS


_RELATIVES = frozenset({"that", "which", "what"})
FIGHT_VERBS = frozenset({"fight", "battle"})
_TOGETHER = frozenset({"together", "alongside", "side", "shoulder"})


def fought_together(tok: "Token") -> bool:
    """Whether "fight" says that its subjects fought on one side ("Americans and Koreans fought
    side by side", "fought together", "fought shoulder to shoulder") with no enemy named ("against
    X"): allies in arms, no attack of one on the other (PLOVER ASSAULT is aimed at a target)."""
    if tok.lemma_.lower() not in FIGHT_VERBS:
        return False
    kids = list(tok.children)
    if any(c.dep_ == "prep" and c.lower_ in ("against", "with") for c in kids) or any(
            c.dep_ == "dobj" for c in kids):
        return False
    return any(c.lower_ in _TOGETHER and c.dep_ in ("advmod", "npadvmod", "prep") for c in kids)


def demonstrated_thing(tok: "Token") -> bool:
    """Whether the noun "demonstration" names a showing of a technology or method: a compound
    of a thing shown or tried (:data:`DEMONSTRATED_THINGS`, "a demonstration project") or
    modified as one (:data:`DEMONSTRATION_KINDS`, "a clinical demonstration")."""
    if tok.lemma_.lower() != "demonstration" or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if tok.dep_ == "compound" and tok.head.lemma_.lower() in DEMONSTRATED_THINGS:
        return True
    return any(c.dep_ in ("amod", "compound") and c.lower_ in DEMONSTRATION_KINDS for c in tok.children)


def cracked_practice(tok: "Token") -> bool:
    """Whether "crack down on" is aimed at a practice (:data:`PRACTICES`: "crack down on tax
    evasion", "cracking down on junk fees"), not at people or a group."""
    ons = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "on"]
    objs = [g for p in ons for g in p.children if g.dep_ == "pobj"]
    return bool(objs) and all(o.lemma_.lower() in PRACTICES or o.lower_ in PRACTICES for o in objs)


_NOUN_ROLES = frozenset({"dobj", "nsubj", "nsubjpass", "attr", "conj", "pobj", "appos", "dative", "oprd"})
_CAUSE_LEADS = frozenset({"largely", "partly", "mainly", "mostly", "partially", "in", "part", "all", "only", "and", "but"})


def thanks_to(tok: "Token") -> bool:
    """Whether "thanks" is the preposition "thanks to" (= because of): "Thanks to the efforts of
    X, the portal opened", "prices fell, thanks largely to Y". It opens its phrase (the start of
    a sentence, or after a comma or an adverb of degree) and has no determiner, possessive or
    adjective of its own; thanks given ("extended her thanks to the troops", "our thanks to all")
    are praise (SUPPORT), with a giver."""
    if tok.lower_ != "thanks" or tok.i + 1 >= len(tok.doc) or tok.nbor(1).lower_ != "to":
        return False
    if any(c.dep_ in ("det", "poss", "amod", "nummod") for c in tok.children):
        return False
    prev = tok.nbor(-1) if tok.i > tok.sent.start else None
    # mid-sentence, "thanks to" modifies a clause ("security grew thanks to X"); thanks given
    # are a noun a verb takes ("extended thanks to")
    return prev is None or prev.is_punct or prev.lower_ in _CAUSE_LEADS or tok.dep_ not in _NOUN_ROLES


def refused_stance(tok: "Token") -> bool:
    """Whether "refuse" states the subject's own resolve: its to-infinitive is a verb of
    believing (any object), or of accepting or giving up (:data:`REFUSED_STANCES`) with no
    object but a pronoun ("refused to accept it"); "refused to accept the ceasefire proposal",
    "refused to give up its weapons" reject what another side proposed or demanded."""
    comp = next((c for c in tok.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), None)
    if comp is None or comp.lemma_.lower() not in REFUSED_STANCES:
        return False
    if comp.lemma_.lower() in REFUSED_THOUGHTS:
        return True
    objs = [c for c in comp.children if c.dep_ in ("dobj", "dative")]
    return all(o.pos_ == "PRON" for o in objs)


CONTACT_VERBS = frozenset({"be", "remain", "make"})
CONTACT_NOUNS = frozenset({"contact", "communication"})
_PARTY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def unnamed_contact(tok: "Token") -> bool:
    """Whether "in contact / in communication with" (or "made contact with") has no named party
    on the other side: "was in close contact with an aide who tested positive" is exposure to an
    infection, "remains in contact with the family" names no side; consulting someone
    (PLOVER CONSULT) needs the other side named ("in close contact with Italy", "with the
    Ukrainian government")."""
    nouns = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children
             if g.dep_ == "pobj" and g.lemma_.lower() in CONTACT_NOUNS]
    nouns += [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() == "contact"]
    if not nouns:
        return False
    withs = [w for h in (tok, *nouns) for w in h.children if w.dep_ == "prep" and w.lower_ == "with"]
    return not any(t.ent_type_ in _PARTY_LABELS for w in withs for t in w.subtree)


_LARGE_NUMBER_WORDS = frozenset({"thousand", "thousands", "million", "millions", "billion"})
_YEAR = re.compile(r"(?:1[89]|20)\d\d")  # a year written as a number, no comma ("2025")
GATHERINGS = frozenset(load().classes["gathering"])
"""(data: event_triggers.json gathering) meetings one attends: summit, conference, talks ..."""


def _named(obj: "Token") -> list["Token"]:
    """An object and the noun of its "of" phrase ("the 2025 edition of the Africa Climate Summit")."""
    return [obj, *(p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                   for p in c.children if p.dep_ == "pobj")]


def hosted_population(tok: "Token") -> bool:
    """Whether "host" shelters a population: its object is counted in thousands ("is hosting
    35,000 Afghans", "hosts nearly 4 million Syrian refugees"), people given refuge, not guests
    of a visit or a meeting ("hosted 30 leaders at the summit" still is one; PLOVER CONSULT:
    hosting a visit)."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    for num in (c for c in obj.subtree if c.like_num and c.i < obj.i):
        if _YEAR.fullmatch(num.text) and any(n.is_title or n.lemma_.lower() in GATHERINGS for n in _named(obj)):
            continue  # "will host the 2025 Quad Leaders Summit": a year, no head count ("hosts 1990 families" is one)
        if num.lower_ in _LARGE_NUMBER_WORDS:
            return True
        try:
            if float(num.text.replace(",", "")) >= 1000:
                return True
        except ValueError:
            continue
    return False


ASKED_AMOUNTS = frozenset({"lot", "much", "more", "everything", "so", "too"})
"""what one "asks of" people when saying how much one demands of them ("I've asked a lot of you",
"we ask so much of our troops"): a remark on their burden, no request for an act"""


def asked_much(tok: "Token") -> bool:
    """Whether "ask" is "ask a lot / much / everything of X" (:data:`ASKED_AMOUNTS`)."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() not in ASKED_AMOUNTS and not any(
            c.lower_ in ASKED_AMOUNTS for c in obj.children if c.dep_ == "advmod"):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in (*tok.children, *obj.children))


OPINION_OBJECTS = frozenset({"you", "him", "her", "them", "that", "this", "it", "everything", "everyone", "all"})
"""what "agree with" has as its only complement when it states an opinion about what someone
said ("I agree with you", "we agree with that"), not an agreement to do or on something"""


def agrees_with_view(tok: "Token") -> bool:
    """Whether "agree" is assent to what someone said: its only complement a "with" phrase whose
    object is a pronoun or "everything" ("I do agree with you", "She agreed with him"); an
    agreement names what is agreed ("agreed with Japan on a hotline", "agreed with him to meet")."""
    if tok.lemma_.lower() != "agree":
        return False
    withs = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"]
    others = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp", "dobj", "advcl")
              or (c.dep_ == "prep" and c.lower_ != "with")]
    return bool(withs) and not others and all(
        any(g.dep_ == "pobj" and g.lower_ in OPINION_OBJECTS for g in w.children) for w in withs)


AUDIENCE_WORDS = frozenset({"you", "everyone", "everybody", "all", "folks", "audience", "press", "crowd", "y'all"})
"""whom a speaker thanks when thanking the room ("thank you", "I thank you all", "I thank the press")"""
FIRST_PERSON = frozenset({"i", "we"})
_PLAIN_DEPS = frozenset({"nsubj", "dobj", "aux", "advmod", "punct", "cc", "intj", "mark", "neg"})


def plain_thanks(tok: "Token") -> bool:
    """Whether "thank" is a speaker's plain courtesy: said by the speaker ("thank you", "I thank
    you all", "So, I thank you both") to the room or the one addressed, with no "for" phrase
    saying what is praised. Thanks for something ("I thank you for your leadership", "thanked
    the Amir for his efforts") praise an act (SUPPORT); plain thanks praise nothing."""
    if tok.lemma_.lower() != "thank" or any(c.dep_ not in _PLAIN_DEPS for c in tok.children):
        return False  # (a "for" phrase, "on behalf of ...", "Mr. President": more than a courtesy)
    if tok.dep_ == "xcomp" and any(c.i > tok.i and (c.dep_ == "prep" and c.lower_ == "for" or c.dep_ == "npadvmod"
                                                    and c.pos_ == "PROPN") for c in tok.head.children):
        return False  # "I want to thank you, President X, for ...": the parser hangs both on "want"
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lower_ not in FIRST_PERSON:
        return False
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    return obj is not None and obj.lower_ in AUDIENCE_WORDS and not obj.ent_type_ and all(
        c.dep_ in ("det", "appos", "advmod", "nummod", "punct") and not c.ent_type_ for c in obj.children)
