"""The parts of a verb's clause trigger finding reads: its object, the words naming what the
object is, and a subject of two coordinated parties (a reciprocal verb's "X and Y spoke")."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_OBJECT_DEPS = frozenset({"dobj", "obj"})
_PARTY_LABELS = frozenset({"PERSON", "GPE", "ORG", "NORP"})
_AUDIENCE_PREPS = frozenset({"to", "at", "before", "for", "from", "in"})


_DASHES = frozenset({"\u2014", "\u2013", "--"})


def _dash_apposition(verb: "Token", obj: "Token") -> bool:
    """Whether an "object" is an apposition opened by a dash after the clause ("met to reaffirm
    ties between A and B—two of the largest democracies"): the small model may hang it on
    the verb. A dash that closes an aside ("imposed — again — sanctions") keeps its object."""
    lo = obj.left_edge.i
    if lo <= verb.i + 1 or obj.doc[lo - 1].text not in _DASHES:
        return False
    return not any(t.text in _DASHES for t in obj.doc[verb.i + 1:lo - 1])


_FIRED = frozenset({"launch", "fire"})
"""participles of firing weapons: "missiles fired by Iran" reports the firing (a body "established
by Congress" or a plan "announced by X" is mostly background told again)"""

_GIVEN = frozenset({"provide", "deliver", "give", "supply", "allocate", "grant", "disburse", "contribute", "lend"})
"""participles of giving: "the assistance provided by X to Y", "funds delivered by X" report the
provision itself (the participle's noun is what was given, as the object of the active verb)"""


def reciprocal(obj: "Token") -> bool:
    """Whether an object is the reciprocal pronoun "each other" / "one another": it names no party of its
    own but the subject's members as each other's ("X and Y met each other" is "X and Y met")."""
    doc = obj.doc
    if obj.lower_ == "one":  # (the small model may head "one another" on "one")
        return obj.i + 1 < len(doc) and doc[obj.i + 1].lower_ == "another"
    return obj.lower_ in ("other", "another") and obj.i > 0 and doc[obj.i - 1].lower_ in ("each", "one")


def direct_object(verb: "Token") -> "Token | None":
    for c in verb.children:
        if c.dep_ in _OBJECT_DEPS and not _dash_apposition(verb, c) and not side_by_side(c):
            return None if reciprocal(c) else c
    # "called Jane Roe today": with no object, the small model may read a name right after the
    # verb as a predicate ("called him a hero"); a predicate needs an object to be said of
    return next((c for c in verb.children if c.dep_ == "oprd" and c.pos_ == "PROPN" and c.left_edge.i == verb.i + 1), None)


def participle_light(noun: "Token", light_verbs: "frozenset[str]") -> "Token | None":
    """A light verb's participle modifying its event noun ("the support provided by X", "aid
    delivered to Y"): it governs the noun as the finite light verb does ("X provided support")."""
    return next((c for c in noun.children if c.dep_ == "acl" and c.pos_ == "VERB" and c.lemma_.lower() in light_verbs), None)


def relative_light(noun: "Token", light_verbs: "frozenset[str]") -> "Token | None":
    """A light verb's relative clause on its event noun whose object is the noun ("the call that
    X had with Y", "the call X had with Y"): the parser hangs the clause's "with Y" on the light
    verb, where it says what the noun is as it would on the noun ("X had a call with Y")."""
    return next((c for c in noun.children if c.dep_ == "relcl" and c.lemma_.lower() in light_verbs
                 and getattr(relative_object(c), "i", None) == noun.i), None)  # (tokens are views: compare positions)


def raised_object(verb: "Token") -> "Token | None":
    """The object of an object-control verb that the parser made the subject of the verb's
    to-infinitive complement ("rallied the world to support X": "the world" is rallied)."""
    for c in verb.children:
        if c.dep_ in ("ccomp", "xcomp") and c.i > verb.i and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            return next((s for s in c.children if s.dep_ == "nsubj" and s.i > verb.i), None)
    return None


_APOSTROPHES = frozenset({"\u2019", "'", "'s", "\u2019s"})


def indirect_object(verb: "Token") -> "Token | None":
    """The verb's dative ("gave Ukraine weapons"), unless it is a possessor the parser split from
    its noun at a curly apostrophe ("reaffirmed the United States\u2019 commitment": whose
    commitment, not to whom)."""
    for c in verb.children:
        if c.dep_ == "dative":
            nxt = c.doc[c.i + 1] if c.i + 1 < len(c.doc) else None
            return None if nxt is not None and nxt.text in _APOSTROPHES and nxt.head.i != c.i else c
    # "offered President X his full support": the small model often labels both objects of a
    # double-object verb "dobj"; in English the first of two bare noun phrases is the recipient
    objs = [c for c in verb.children if c.dep_ in _OBJECT_DEPS and c.i > verb.i]
    if len(objs) == 2 and objs[0].pos_ == "PROPN" and objs[0].right_edge.i + 1 == objs[1].left_edge.i:
        return objs[0]
    return None


def participle_noun(verb: "Token") -> "Token | None":
    """The noun a past participle of firing or giving modifies, which is what was fired or given
    ("drones launched by Russia", "the assistance provided by X to Y"), or None."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.lemma_.lower() in _FIRED | _GIVEN \
            and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    return None


def patient_noun(verb: "Token") -> "Token | None":
    """The noun a passive participle or a relative clause modifies when that noun is what the verb
    acts on ("the hostages held by X", "the prisoners that were held in Y"), or None: a phrase's
    object ("hold ... hostage") may be written there instead of after the verb."""
    if verb.dep_ in ("acl", "amod") and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i > verb.i - 2:
        return verb.head  # (the small model reads "an American held hostage by X" as "an American-held hostage")
    return relative_object(verb)


def object_words(verb: "Token") -> list["Token"]:
    """The object's head, its compounds and its 'in'/'of' complements ("$1 billion in aid")."""
    obj = direct_object(verb)
    if obj is None:
        obj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if obj is None:
        obj = participle_noun(verb)  # "drones launched by Russia", "aid provided by X"
    if obj is None:  # "the agreements X has secured with Y": the antecedent is what the verb acts on
        obj = relative_object(verb)
    if obj is None:
        return []
    words = [obj]
    for c in obj.children:
        if c.dep_ in ("compound", "amod", "conj"):
            words.append(c)
        elif c.dep_ == "prep" and c.lower_ in ("in", "of"):
            words.extend(p for p in c.children if p.dep_ == "pobj")
    amount = obj.ent_type_ == "MONEY" or any(c.ent_type_ == "MONEY" or c.tag_ == "$" for c in obj.children)
    for c in verb.children:  # "gave Ukraine weapons": the second object
        if c.dep_ == "dative" and (obj is None or c.i != obj.i):
            words.append(c)
        elif amount and c.dep_ == "prep" and c.lower_ == "in" and c.i == obj.right_edge.i + 1:
            # "announced £89m in aid": the parser may hang the amount's "in" from the verb
            words.extend(p for p in c.children if p.dep_ == "pobj")
        elif c.dep_ == "prep" and c.lower_ == "with" and obj.pos_ == "PROPN":
            # "provided Ukraine with air defense missiles": the object is who receives, the
            # "with" phrase what is given
            for p in c.children:
                if p.dep_ == "pobj":  # "with hundreds of missiles"
                    words.extend([p, *(q for k in p.children if k.dep_ == "prep" and k.lower_ == "of"
                                       for q in k.children if q.dep_ == "pobj")])
    return words


def to_audience(verb: "Token") -> bool:
    """Whether a verb of talking has a phrase of an audience or setting ("spoke to reporters", "at
    the rally"): the subject then spoke to others, not with each other."""
    return any(c.dep_ in ("prep", "dative") and c.lower_ in _AUDIENCE_PREPS for c in verb.children)


def reciprocal_subject(verb: "Token", entity_at: Mapping[int, object]) -> bool:
    """Whether the verb's subject is two named parties coordinated ("President X and Prime
    Minister Y spoke today about ...", "Japan and China talked", "President X and I spoke"): a
    verb of talking "with" someone then reports a talk between them, with each other."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or to_audience(verb):
        return False  # ("X and Y spoke to reporters / at the rally": to an audience, not with each other)
    # (the members named: "TOKYO (AP) - X and Y spoke": the parser may make a dateline the first)
    members = (subj, *subj.conjuncts)
    named = {id(e): e for t in members for e in [entity_at.get(t.i)]
             if getattr(e, "label", None) in _PARTY_LABELS}
    if len(named) == 1 and any(t.lower_ == "i" and t.pos_ == "PRON" for t in members):
        # "President X and I spoke": the speaker is the second party, when the other is someone
        # of a known government (not "Jill and I talked", the speaker's family)
        return bool(getattr(next(iter(named.values())), "country", None))
    return len(named) >= 2


def names_person(prep: "Token", entity_at: Mapping[int, object]) -> bool:
    """Whether a preposition's object is a named person ("to President X"; the small model may
    make the title the object and the name its apposition), a state's counterpart ("to his Kenyan
    counterpart"), or a state named as a whole: a
    country ("spoke to Israel") or its people by their nationality with "the" ("talking to the
    Israelis"), the way English names a government one deals with. A nationality without "the"
    ("spoke to Americans in Ohio", "talked to Ukrainians gathered in Kyiv") or one that only modifies
    a noun ("to the American people", "to Israeli reporters") names an audience, not a party."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None:
        return False
    heads = [obj, *(c for c in obj.children if c.dep_ == "appos")]
    if any(getattr(entity_at.get(h.i), "label", None) == "PERSON" for h in heads):
        return True
    if obj.lemma_.lower() == "counterpart" and any(c.dep_ in ("amod", "compound", "poss") and getattr(
            entity_at.get(c.i), "country", None) for c in obj.children):
        return True  # "spoke to his Kenyan counterpart", "Japan's counterpart": one state's official
    ent = entity_at.get(obj.i)
    label = getattr(ent, "label", None)
    # "the Israelis" (the state one deals with), not "Israelis in Ohio" (people at large)
    return bool(getattr(ent, "country", None)) and (label == "GPE" or label == "NORP" and any(
        c.dep_ == "det" and c.lower_ == "the" for c in obj.children))


PERSON_CLASSES = frozenset({"prisoner"})
"""word classes that name the persons an act is done to (a release frees people): such a word
counts as the object only as its head ("released two American citizens"), not as a modifier
of a thing ("released a National Strategy", "freed up civilian budgets")"""


FORMATION_HEADS = frozenset({"group", "force", "contingent", "detachment"})
"""heads of a military formation named by its kind ("carrier strike group", "amphibious ready
group", "naval contingent", "a strike force"): a force word before one names the formation, not
a thing, and an act word before one ("strike") only its kind"""


def modifies_thing(word: "Token", cls: str) -> bool:
    """Whether ``word`` of a person class (:data:`PERSON_CLASSES`) only modifies the head of a
    phrase that names no person ("our National Strategy", "a national plan"): releasing it frees
    nobody. A title before a name ("freed journalist Ana Ruiz") still names the person. A
    capitalised weapon word inside a name ("launch a new Strike Force") names a body, not arms."""
    if cls == "weapon" and word.dep_ == "compound" and word.pos_ == "PROPN" and word.head.pos_ == "PROPN":
        return True
    if word.head.lemma_.lower() in FORMATION_HEADS and word.dep_ == "compound":
        return False  # "two carrier strike groups", "a naval task group": the group is the force
    return cls in PERSON_CLASSES and word.dep_ in ("amod", "compound") and word.head.ent_type_ != "PERSON"


def capitalised_common_noun(tok: "Token") -> bool:
    """Whether a proper-noun tag is only a capital letter on a common noun: "held a Summit with
    X" (an indefinite article, no entity): the noun counts as the light verb's event noun, as
    "held a summit" does. A name ("the Summit for Democracy") keeps its tag."""
    return tok.pos_ == "PROPN" and not tok.ent_type_ and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)


COUNT_HEADS = frozenset({"hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "scores", "tens",
                         "millions", "number"})
"""words that count a group ("Thousands of rail workers walked out"): what is counted is the
group, and its noun, not the number, says who they are"""


def counted_members(tok: "Token | None") -> "Token | None":
    """The counted noun of a group subject ("thousands of doctors" -> doctors, "a number of
    teachers" -> teachers), else ``tok`` itself: a word class of the subject is the members'."""
    if tok is None or tok.lower_ not in COUNT_HEADS:
        return tok
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in of.children if c.dep_ == "pobj"), tok) if of is not None else tok


TRIP_NOUNS = frozenset({"visit", "trip", "tour"})
"""nouns of a journey to another party (PLOVER CONSULT mode visit)"""


def own_trip(noun: "Token", verb_type: str) -> bool:
    """Whether a visit that is the setting of another kind of act is an event of its own:
    "pledged aid during a visit to Amman" reports the aid and the visit (the act done on a trip
    is another act); "discussed X during a visit" is the visit's own talk, told once. A visit
    with its own visitor ("a visit to Athens by the Turkish president", "the president's visit")
    is the setting of the host's act, not the subject's trip."""
    if noun.lemma_.lower() not in TRIP_NOUNS or verb_type in ("CONSULT", "COOPERATE"):
        return False
    return not any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by") for c in noun.children)


_RELATIVES = frozenset({"that", "which", "whom"})


def relative_object(verb: "Token") -> "Token | None":
    """The noun a relative clause's verb takes as its object ("the agreement Chile reached with
    Peru", "the sanctions that the EU imposed", "the talks that were held in May"): the clause's
    antecedent, when the relative pronoun (or the gap) is the verb's object or passive subject.
    None for a relative clause whose subject is the antecedent ("the talks that led to peace")
    or that has an object of its own ("the group that imposed sanctions")."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    kids = list(verb.children)
    if any(c.dep_ in _OBJECT_DEPS and c.lower_ not in _RELATIVES for c in kids):
        return None
    if any(c.dep_ == "nsubjpass" for c in kids):
        return verb.head if all(c.lower_ in _RELATIVES for c in kids if c.dep_ == "nsubjpass") else None
    subjects = [c for c in kids if c.dep_ == "nsubj"]
    return verb.head if subjects and not any(c.lower_ in _RELATIVES for c in subjects) else None


SIDE_BY_SIDE = frozenset({"shoulder", "side", "hand", "arm"})
"""the nouns of the idioms of acting together ("shoulder to shoulder", "side by side", "hand in hand")"""


def side_by_side(noun: "Token") -> bool:
    """Whether ``noun`` opens an idiom of acting together ("shoulder to shoulder", "side by side",
    "hand in hand", hyphenated or not): the parser may read it as the verb's object, which it is not."""
    if noun.lower_ not in SIDE_BY_SIDE:
        return False
    rest = noun.doc[noun.i + 1:noun.i + 5]
    words = [t.lower_ for t in rest if t.text not in ("-", "–")]
    return len(words) >= 2 and words[0] in ("to", "by", "in") and words[1] == noun.lower_


def idiom_preps(verb: "Token") -> list["Token"]:
    """The "with" of a verb the parser hung on the second noun of an idiom of acting together:
    "stand shoulder to shoulder with X", "stood side by side with X", "working hand in hand with X"
    (Merriam-Webster "shoulder to shoulder": side by side, in cooperation). The phrase is the verb's
    and names its partner, as in "stand with X"; an idiom with no "with" ("the two armies stood
    shoulder to shoulder") names no other party. The noun is a dependent of the verb or the object
    of one of its prepositions."""
    return [g for c in verb.children for n in (c, *(p for p in c.children if p.dep_ == "pobj"))
            if n.lower_ in SIDE_BY_SIDE and n.i != verb.i and (_idiom_end(n) or side_by_side(n))
            for g in n.children if g.dep_ == "prep" and g.lower_ == "with"]


def _idiom_end(noun: "Token") -> bool:
    """Whether ``noun`` closes an idiom of acting together ("shoulder to shoulder": the second
    "shoulder"; the tagger may take it for a verb)."""
    before = [t.lower_ for t in noun.doc[max(0, noun.i - 4):noun.i] if t.text not in ("-", "–")]
    return len(before) >= 2 and before[-1] in ("to", "by", "in") and before[-2] == noun.lower_


_NOT_ASKED_HEADS = frozenset({"time", "moment", "hour", "minute", "day", "week", "while", "leader", "official"})
"""heads of a "for" phrase that give a length of time, an occasion or the people something is for
("a call for two hours", "for the first time", "a call for G7 leaders")"""


def act_complement(prep: "Token") -> bool:
    """Whether a preposition's object names an act asked for ("calls for a ceasefire in Gaza"), not a
    length of time, an occasion or the people a call is held for: a common noun, no name or date on
    it or its modifiers."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return obj is not None and obj.pos_ == "NOUN" and obj.lemma_.lower() not in _NOT_ASKED_HEADS and not any(
        t.ent_type_ for t in (obj, *(c for c in obj.children if c.dep_ in ("compound", "amod", "nummod", "quantmod"))))


def used_means(noun: "Token") -> list["Token"]:
    """The words of what an act noun is done with when "using" follows it ("a launch using ballistic
    missile technology": technology, missile, ballistic), which classify it as its modifiers do; the
    parser hangs "using" on the clause's verb, so it is read off the next token. Empty otherwise."""
    if noun.i + 1 >= len(noun.doc) or noun.doc[noun.i + 1].lower_ != "using":
        return []
    return [m for c in noun.doc[noun.i + 1].children if c.dep_ == "dobj"
            for m in (c, *(g for g in c.children if g.dep_ in ("compound", "amod")))]


_CARRYING_ON = frozenset({"continue", "maintain"})
# the acts a light verb of carrying on reads through the verb: a continued or maintained act of
# support, aid, cooperation, talks, sanctions, deployment or commitment
_CARRIED_THROUGH = frozenset({"SUPPORT", "AID", "COOPERATE", "CONSULT", "SANCTION", "MOBILIZE", "AGREE"})


def carried_on_harm(verb: "Token", noun_type: str | None) -> bool:
    """Whether a light verb of carrying an act on governs an act it must leave to its noun: an
    attack or a threat ("Russia continues its war": the noun and its owner tell it, and the verb's
    subject may be a pronoun read for someone else), a demand, a call, criticism or a refusal ("Kuwait
    will maintain its demand": a "will" would make a stated demand one still to be made). Carried-on
    support, aid, cooperation, talks, sanctions or deployments are read through the verb ("we will
    continue our support": a promise)."""
    return verb.lemma_.lower() in _CARRYING_ON and noun_type not in _CARRIED_THROUGH
