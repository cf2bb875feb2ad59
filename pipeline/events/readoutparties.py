"""Parties of the calls and meetings a readout reports, where the small model misparses them.

Readouts and joint statements open with one sentence that names both sides ("President X met
today at the White House with President Y of Z", "President X, Jr. and His Majesty King Y
met today in Jeddah") and then list what was discussed ("President X raised Russia's war
against Ukraine"). Three parses go wrong there often enough to lose the other side or to give
the speaker someone else's act:

* a "with" phrase hung on the place or time noun before it ("at the White House [with Y]");
* a name suffix ("Jr.", "II") parsed as the first conjunct of a coordinated subject, the
  second name hanging on the suffix;
* a full name the model tagged once (in the title) and not where the text repeats it;
* an act of a third party named as the topic of a speech verb that otherwise works as a light
  verb ("raised concerns" is the speaker's act, "raised Russia's war" is Russia's act told).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from ..names import SUFFIXES
from ..knowledge.offices import load_offices
from ..nlp import raw_text
from .clauses import pobj
from .lexicon import load
from .purposes import consultation_purpose

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

SETTING_PREPS = frozenset({"at", "in", "on", "during", "after", "before"})
"""prepositions of a meeting's place or time, on whose noun the parser may hang the "with" phrase"""

TOPIC_LIGHT_VERBS = load().classes["topic_light_verb"]
"""speech verbs that name a topic: with a stance noun they state the speaker's stance ("raised
concerns", "underscored his support"), with a noun of someone's act they only tell it"""

TOLD_ACT_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "THREATEN", "SANCTION", "RETREAT", "PROTEST"})
"""categories of acts a speaker reports rather than performs by speaking"""


def displaced_with(verb: "Token") -> "Token | None":
    """Whom a consultation verb met when the parser hung "with Y" on the noun of a place or
    time phrase before it ("met today at the White House with President Y", "spoke on Monday
    with Y"): the object of that "with", or None (also when the verb has a "with" of its own)."""
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in SETTING_PREPS or prep.i < verb.i:
            continue
        place = pobj(prep)
        if place is None:
            continue
        for w in place.children:
            if w.dep_ == "prep" and w.lower_ == "with" and w.i > place.i:
                obj = pobj(w)
                if obj is not None:
                    return obj
    return None


_SUFFIX_WORDS = frozenset(s.rstrip(".") for s in SUFFIXES)


def past_suffix(conj: "Token | None", head: "Token | None" = None) -> "Token | None":
    """The name coordinated after a name suffix the parser made the first conjunct or an
    apposition ("X, Jr. and Y": Jr. is conj or appos of X, Y conj of Jr.): Y; otherwise
    ``conj`` itself. With no conjunct, ``head``'s suffix apposition is looked at.

    Args:
        conj: The first conjunct of a name, or None.
        head: The name whose suffix apposition is looked at when there is no conjunct.
    """
    if conj is None and head is not None:
        conj = next((c for c in head.children if c.dep_ == "appos" and c.lower_.rstrip(".") in _SUFFIX_WORDS
                     and any(k.dep_ == "conj" for k in c.children)), None)
    if conj is None or conj.lower_.rstrip(".") not in _SUFFIX_WORDS:
        return conj
    return next((c for c in conj.children if c.dep_ == "conj"), conj)


def told_act(light_verb: "Token | None", typ: str) -> bool:
    """Whether a noun trigger under a light verb is an act the speaker only tells ("raised
    Russia's brutal war against Ukraine", "underscored the DPRK's missile launches"): then the
    noun's own actor (its possessor) did it, not the speaker.

    Args:
        light_verb: The light verb over the noun trigger, or None.
        typ: The event type the trigger yields.
    """
    return light_verb is not None and typ in TOLD_ACT_TYPES and light_verb.lemma_.lower() in TOPIC_LIGHT_VERBS


def repeated_names(doc: "Doc", raw: list[tuple[int, int]], entities, entity_at: dict) -> dict:
    """Tokens of a full person name the model tagged once (often in the title) but not where the
    text writes it again ("Call with Advisor Jane Roe" ... "spoke with Brazilian Advisor Jane Roe"):
    the later writing names the same person, or a country word before it is taken for the party.

    Args:
        doc: The parsed Doc.
        raw: Character range of each token in the raw text.
        entities: The article's entities.
        entity_at: Token index -> entity, as the entities stage found them.

    Returns:
        Extra token index -> entity entries (only tokens no entity covers, all proper nouns).
    """
    text = raw_text(doc)
    starts: list[int] | None = None  # (token starts, built only when a repeat is found)
    out: dict = {}
    for ent in entities:
        words = ent.name.split()
        if ent.label != "PERSON" or len(words) < 2 or not all(w[:1].isupper() for w in words):
            continue
        if text.count(words[-1]) <= sum(words[-1] in m.text for m in ent.mentions):
            continue  # (every writing of the surname is a mention already: nothing to look for)
        # (the look-behind after the first word, not before it: the same matches, but a pattern
        # that starts with a literal lets ``re`` jump from one writing of the word to the next)
        first = re.escape(words[0])
        pattern = re.compile(first + r"(?<![\w.]" + first + ")" + "".join(r"\s+" + re.escape(w) for w in words[1:])
                             + r"(?!\w)")
        for m in pattern.finditer(text):
            starts = starts if starts is not None else [a for a, _ in raw]
            lo, hi = bisect_left(starts, m.start()), bisect_left(starts, m.end())
            toks = range(lo, hi)
            if not toks or starts[lo] != m.start() or any(i in entity_at or i in out for i in toks) \
                    or not all(doc[i].pos_ == "PROPN" or doc[i].is_space for i in toks):
                continue
            out.update((i, ent) for i in toks if not doc[i].is_space)
    return out


PARTICIPANT_WORDS = frozenset({"participants", "attendees"})
"""first words of a readout's list of who took part ("Participants in the call included ...")"""
FRONTED_PARTICIPLES = frozenset({"joining", "participating"})
"""participles fronted before the list of who took part, the subject after the verb ("Joining
the President on the call were Prime Minister X of A, ...", "Also participating were ...")"""


GATHERING_NOUNS = frozenset({"meeting", "call", "discussion", "roundtable", "session"})
"""subjects of "included" that list who took part ("In addition to the Vice President, the meeting
included: Prime Minister X of A, ...")"""


def _opens_participant_list(first: "Token") -> bool:
    """Whether a sentence starting at ``first`` lists who took part in a call or meeting."""
    root = first.sent.root
    if root.lemma_.lower() == "include" and any(c.dep_ == "nsubj" and c.lemma_.lower() in GATHERING_NOUNS
                                                 for c in root.children):
        return True
    if first.lower_ == "also" and first.i + 1 < len(first.doc):
        first = first.doc[first.i + 1]
    return first.lower_ in PARTICIPANT_WORDS or (first.lower_ in FRONTED_PARTICIPLES and first.text[0].isupper())

def _group_object(verb: "Token") -> bool:
    """Whether a consultation verb's other side is a plural common noun ("held a video call with
    European leaders", "convened Pacific Island leaders")."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    for h in heads:
        for c in h.children:
            obj = pobj(c) if c.dep_ == "prep" and c.lower_ == "with" else (c if h is verb and c.dep_ == "dobj" else None)
            if obj is not None and obj.tag_ == "NNS":
                return True
    return False


def listed_participants(ctx, trig_token: "Token", actor) -> list:
    """The foreign persons of a readout's participant list, as the other sides of a call or
    meeting with a group ("held a call with European leaders ... Participants in the call
    included Prime Minister X of A, ..."), in text order: one CONSULT each, the first one the
    counterpart "they" refers to next (a person of another government, or an official of an
    international organisation). Empty when the meeting names its other side, or no list follows.

    Args:
        ctx: The argument-finding context of the Doc.
        trig_token: The meeting or call trigger.
        actor: The party that held the meeting.
    """
    home = (actor.country or ctx.home_country) if actor is not None else None  # (whose side the caller is on)
    if home is None:
        return []
    verb = trig_token if trig_token.pos_ == "VERB" else trig_token.head
    if not _group_object(verb):
        return []
    doc = trig_token.doc
    for start in ctx.sent_starts:
        first = doc[start]
        while first.is_space and first.i + 1 < len(doc):
            first = doc[first.i + 1]
        if start <= trig_token.i or not _opens_participant_list(first):
            continue
        found, seen = [], set()
        for t in doc[first.i:min(len(doc), first.i + 160)]:
            ent = ctx.entity_at.get(t.i)
            if ent is None or ent.label != "PERSON" or ent.id in seen or ctx.entity_at.get(t.i + 1) is ent:
                continue  # (the last token of a name is the head the party lookup expects)
            who = ctx.party(t)
            if who is not None and who.entity is ent and who.country != home and (
                    who.country is not None or ctx.roles_by_person.get(ent.id)):
                seen.add(ent.id)
                found.append(who)
        return found
    return []


def purpose_of_consultation(verb: "Token | None", typ: str) -> "Token | None":
    """:func:`.purposes.consultation_purpose`, also for the second of two purpose verbs ("met
    with X to congratulate him and reiterate our commitment": "reiterate" is said in the
    meeting too, by who met), so the speaker, not the "our" of the noun, is the actor.

    Args:
        verb: The consultation verb, or None.
        typ: The event type the trigger yields.
    """
    if verb is None:
        return None
    held = consultation_purpose(verb, typ)
    if held is None and verb.dep_ == "conj" and verb.tag_ == "VB" and verb.head.i < verb.i:
        held = consultation_purpose(verb.head, typ)
    return held


def discussed_aside(light_verb: "Token | None", noun: "Token") -> bool:
    """Whether a stance noun under "discussed" is only part of a topic ("discussed coordination
    of economic support for X"), not the stance the speakers hold ("discussed their support for
    X"): only the verb's own object states their stance.

    Args:
        light_verb: The verb over the stance noun, or None.
        noun: The stance noun.
    """
    return light_verb is not None and light_verb.lemma_.lower() == "discuss" and (
        noun.dep_ != "dobj" or noun.head.i != light_verb.i)


def beyond_pair(promised, partner):
    """A beneficiary named in a pair's joint promise, unless it is only the partner's own country
    ("Both leaders committed to strengthening the U.S.-Oman relationship": the Sultan, not Oman;
    "pledged to continue their support for Ukraine": Ukraine).

    Args:
        promised: The beneficiary the joint promise names, or None.
        partner: The pair's other side (the recipient found so far), or None.
    """
    if promised is None or partner is None or promised.entity is partner.entity:
        return promised
    country_only = promised.entity is None or promised.entity.label in ("GPE", "NORP")
    return None if country_only and promised.country is not None and promised.country == partner.country else promised


INSTITUTION_WORDS = load().classes["institution_first_word"]
"""first words of a body's name ("Department of ...", "Office of ..."): an ORG named so is an
institution, not an office title ("White House Homeland Security Advisor" is a title)"""


def office_holder(ctx, party):
    """The person an office title names when the entities stage took the title for an
    organisation ("Deputy Domestic Policy Advisor Jane Roe" -> ORG "Domestic Policy Advisor",
    "Co-Chair of the Council Jane Roe" -> ORG "Co-Chair", "Advisor for International Economics
    Jane Roe" -> ORG "Advisor for"): the person named right after the title in the sentence.
    Any other party (or a title with no name after it) is returned as it is.

    Args:
        ctx: The argument-finding context of the Doc.
        party: A party of the event.
    """
    if party is None or party.entity is None or party.entity.label != "ORG" or party.token is None:
        return party
    words = [w.strip("[]()") for w in party.entity.name.lower().replace("-", " ").split()]
    heads = load_offices().heads
    if not words or not (words[-1] in heads or (words[-1] in ("for", "of") and any(w in heads for w in words))) \
            or next((w for w in words if w != "the"), "") in INSTITUTION_WORDS:
        return party  # ("the Department of Justice" is a body, though "justice" is also a judge's title)
    doc, sent_end = party.token.doc, party.token.sent.end
    for i in range(party.token.i + 1, min(sent_end, party.token.i + 10)):
        ent = ctx.entity_at.get(i)
        if ent is not None and ent.label == "PERSON" and ctx.entity_at.get(i + 1) is not ent:
            return ctx.party(doc[i])
    return party


def including_owner(poss: "Token") -> "Token | None":
    """Whose "its"/"their" is in an act listed after "including" under another owned act: the
    owner of that act ("condemned Russia's aggression against Ukraine, including its strikes
    against Ukraine's grid": Russia's strikes), not the nearest country named before."""
    noun = poss.head
    if poss.dep_ != "poss" or noun.dep_ != "pobj" or noun.head.lower_ != "including":
        return None
    return next((c for c in noun.head.head.children if c.dep_ == "poss" and c.lower_ not in ("its", "their")), None)
