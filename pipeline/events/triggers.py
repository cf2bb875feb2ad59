"""Find event triggers in a parsed Doc: verbs by lemma, event nouns, light verbs, phrases.

One pass over the tokens with a set lookup on the lemma keeps the cost small; the few candidates are then checked
against their entry's conditions (object, subject, particle, modifier classes). A light verb ("held talks", "imposed
sanctions") yields no event of its own: the noun it governs is the trigger and the verb's clause gives the actor. A
noun in the object of a verb that already made an event ("pledged $1 billion in aid") is covered by it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..knowledge.countries import load as gazetteer
from ..tokenarrays import POS, token_indices
from .called_holders import office_holder
from .biographies import career_step
from .captivity import captive_participle
from .lexicon import Entry, Lexicon, courtesy, load
from .measured_acts import phrase_head
from .complements import honoured_guest
from .guest_thanks import thanked_guest
from .infinitive_acts import infinitive_category
from .nominal_parties import owned_act
from .pair_subjects import pair_subject
from .participle_objects import participle_objects
from .partner_groups import JOINT_MANNER, group_partner, joint_manner
from .purposes import with_marks
from .stranded_with import stranded_with
from .sympathy import held_with, joined_in_grief
from .titles import OFFICE_HEADS, institution_country, office_holder_object
from .told_pairs import recounted_telling, told_subject
from .welcomes import greeting_words
from .voice import agentless_passive, is_passive, lemma_forms, lemma_of, lookup
from .designations import designation_type
from .verbparts import (FORMATION_HEADS, act_complement, capitalised_common_noun, counted_members, direct_object, modifies_thing,
                        names_person, patient_noun, object_words, own_trip, participle_light, participle_noun, carried_on_harm,
                        raised_object, reciprocal_subject, relative_light, relative_object, idiom_preps, used_means)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_VERB_POS, _NOUN_POS, _PREP_DEPS = frozenset({"VERB"}), frozenset({"NOUN"}), frozenset({"prep", "prt", "agent"})
_COMPLEMENT_DEPS = frozenset({"dobj", "obj", "xcomp", "ccomp", "prep", "prt", "dative", "advcl", "conj"})
_SUBJECT_DEPS = frozenset({"nsubj", "csubj"})

VIA_SELF = "self"
"""a verb (or phrase) trigger: its own clause gives the arguments"""
VIA_LIGHT = "light"
"""a noun under a light verb: the light verb's clause gives the actor"""
VIA_PARTICIPANT = "participant"
"""a consultation noun in a temporal phrase ("during talks with X"): the main clause's subject takes part"""
VIA_OWN = "own"
"""a noun on its own: only its possessive, by-agent or entity modifier names the actor"""

_PERSON_CLASSES = ("envoy", "prisoner")
"""object word classes that name people: such an object is the recipient, never a theme"""
_FORCE_CLASS = "force"
_PERSONNEL_CLASS = "personnel"
"""troops among what a verb moves make the act a deployment whatever equipment is sent with them
("sent armoured vehicles and 600 troops to the border": MOBILIZE, not AID)"""
_PARTICIPANT_TYPES = frozenset({"CONSULT", "COOPERATE"})
_SETTING_PREPS = frozenset({"at", "during", "in"})
"""participant prepositions that make the noun the setting of the clause's event, not an event before or after it"""
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
"""entity labels of a place one can take ("seized Kherson")"""
_STATE_NOUNS = load().classes["state_organ"]
"""a state's organs ("the government", "the armed forces"): their "of" complement names the state"""
THEME_TYPES = frozenset({"AID", "MOBILIZE", "RETREAT"})
"""categories whose direct object is the thing given or moved ("delivered tanks", "deployed troops")"""


@dataclass(frozen=True, slots=True)
class Trigger:
    """A trigger word and how its arguments are found.

    Attributes:
        token: The trigger word (the verb of a phrase).
        type: PLOVER category.
        entry: Its lexicon entry (None for a phrase).
        via: How the actor is found (:data:`VIA_SELF`, :data:`VIA_LIGHT`, ...).
        clause: The verb whose clause carries actor, date and modality (None for a bare noun).
        particle: The particle/preposition token of a phrase ("on" of "called on"), if any.
    """

    token: "Token"
    type: str
    entry: Entry | None
    via: str
    clause: "Token | None"
    particle: "Token | None" = None
    theme_object: bool = False
    """the direct object is what is given, sent or moved, not the recipient"""

    @property
    def host(self) -> bool:
        """The subject hosts a visit (recorded with the host as actor, as the project's gold
        codes hosting: "X hosted Y" -> X actor, Y recipient)."""
        return bool(self.entry and self.entry.host) and self.type == "CONSULT"

    @property
    def destination(self) -> bool:
        return bool(self.entry and self.entry.destination)


def _temporal(prep: "Token") -> bool:
    """ "on Friday", "for two hours": a preposition heading a date or time, not a particle."""
    return any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in prep.children)


def _prep_children(tok: "Token") -> list["Token"]:
    return [c for c in tok.children if c.dep_ in _PREP_DEPS]


def _subject(verb: "Token") -> "Token | None":
    """The verb's subject; past a wire dateline the parser took for one ("LONDON — Nurses
    walked out": the nearest subject, or the dateline's apposition after the dash)."""
    subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS] or ([c for c in verb.head.children if c.dep_ in _SUBJECT_DEPS] if verb.dep_ == "xcomp" and not any(o.dep_ in ("dobj", "obj") for o in verb.head.children) else [])  # ("troops began leaving": the controller's)
    c = max(subjects, key=lambda t: t.i < verb.i and t.i, default=None)
    return counted_members(next((a for a in c.children if a.dep_ == "appos" and a.nbor(-1).text in _DASHES), c)) if c is not None else None


_DASHES = frozenset({"—", "–", "-", "--"})


class _Finder:
    def __init__(self, doc: "Doc", lex: Lexicon, entity_at: "dict[int, object]") -> None:
        self.doc = doc
        self.lex = lex
        self.entity_at = entity_at
        self.consumed: set[int] = set()

    # ---- type resolution ------------------------------------------------------------
    def _class_type(self, table, words: list["Token"]) -> str | None:
        first = None
        for w in words:
            lem = lemma_of(w)
            low = w.lower_
            if w.ent_type_ == "MONEY":  # "£3bn", "$80 million": an amount of money
                lem = low = "money"
            elif w.pos_ == "PROPN" and low.endswith("s"):  # "LONDON — Teachers ...": a capital
                lem = low[:-1]  # after a dateline's dash is tagged a name, its plural kept
            for cls, typ in table.items():
                if (self.lex.in_class(lem, cls) or self.lex.in_class(low, cls)) and not modifies_thing(w, cls):
                    if cls == _FORCE_CLASS and (self.lex.in_class(lem, _PERSONNEL_CLASS)
                                                or self.lex.in_class(low, _PERSONNEL_CLASS)):
                        return typ
                    first = first or typ
        return first

    def _names_party(self, prep: "Token") -> bool:
        """Whether the object of a preposition names someone (an entity or a pronoun)."""
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        return obj is not None and self._names(obj)

    def _names_state(self, prep: "Token") -> bool:
        """Whether the object of a preposition names a state, an international organisation of
        states or a body or official of known country ("with Germany", "with the IAEA"), not a firm."""
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None or career_step(prep.head):
            return False  # ("worked with the Government of Ghana as an advisor from 2010 to 2015": a job)
        words = [obj, *(c for c in obj.children if c.dep_ in ("compound", "amod", "poss", "conj"))]
        # "with the government of Norway", "with the Chancellor and the government of Norway": a state noun's "of" complement names the state (a firm has no "government of")
        words += [p for w in list(words) if w.lemma_.lower() in _STATE_NOUNS for c in w.children
                  if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        ents = [self.entity_at[w.i] for w in words if w.i in self.entity_at]
        if any(getattr(x, "label", None) == "PERSON" for x in ents) and any(
                c.dep_ == "compound" and c.lower_ in OFFICE_HEADS for c in obj.children):
            return True  # "worked with President Reagan": an official named by the office
        return any(getattr(x, "label", None) in ("GPE", "NORP") or getattr(x, "country", None) or getattr(
            x, "label", None) == "ORG" and (gazetteer().international_body(x.name) or institution_country(x.name)) for x in ents)

    def _names(self, obj: "Token") -> bool:
        """Whether a noun phrase names someone: an entity or a pronoun on its head, a
        modifier or possessive ("Chilean officials", "Japan's envoy"), a conjunct or an
        "of" complement ("the people of Ukraine")."""
        heads = [obj, *(c for c in obj.children if c.dep_ == "conj")]  # ("the Minister and the government of X"; an appositive name: "met Prime Minister K. of Japan")
        words = [*heads, *(c for c in obj.children if c.dep_ in ("compound", "amod", "poss", "appos")),
                 *(p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "of"  # "the people of Ukraine"
                   for p in c.children if p.dep_ == "pobj")]
        return any(w.i in self.entity_at or w.pos_ == "PRON" for w in words)

    def verb_type(self, verb: "Token", e: Entry) -> str | None:
        obj = direct_object(verb) or (participle_noun(verb) if e.object else None)  # ("aid provided by X")
        if e.intransitive and (typ := infinitive_category(verb, e, self.lex)):
            return typ  # ("rallied to support X": :mod:`.infinitive_acts`)
        if e.intransitive and (obj is not None or any(c.dep_ in ("ccomp", "xcomp", "dative") for c in verb.children)):
            return None
        if e.party_object and obj is not None and not (self._names(obj) or office_holder_object(obj)):
            return None  # "met the requirements"; "met Chilean officials", "met the Prime Minister" name a side
        if e.type == "CONSULT" and e.party_object and obj is None and is_passive(verb) and any(
                c.dep_ == "prep" and c.lower_ == "with" and not self._names_party(c) for c in verb.children):
            return None  # "was met with a strong response": a reception, no meeting (:mod:`.consequences`)
        if (e.transitive and obj is None) or (not e.bare and not any(c.dep_ in _COMPLEMENT_DEPS for c in verb.children)):
            return None  # "accepting on behalf of ...", "I agree": nothing accepted or agreed to
        if e.complement and not any(c.dep_ == "xcomp" for c in verb.children):
            return None
        if not e.stative and (verb.dep_ in ("acl", "amod") or is_passive(verb)):
            return None
        if e.not_particle and any(c.dep_ == "prt" and c.lower_ in e.not_particle for c in verb.children):
            return None  # "signed up for coverage": a phrasal verb of its own
        if e.not_infinitive and obj is None and any(  # (the parser may read "to lower costs" as a phrase)
                (c.dep_ in ("xcomp", "advcl") and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children))
                or (c.dep_ == "prep" and c.lower_ == "to" and not self._names_party(c)) for c in verb.children):
            return None  # "continue fighting to pass the bill": striving for an aim, no one fought
        if courtesy(e, (verb,)) and not thanked_guest(verb, self.entity_at):
            return None  # "thank you all for being here": a speaker's courtesy (a guest's: :mod:`.guest_thanks`)
        # "work together": the adverb completes the verb as a particle does
        parts = [*_prep_children(verb), *(c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "together"), *joint_manner(verb),
                 *with_marks(verb), *idiom_preps(verb), *(stranded_with(verb, self.entity_at) if e.prep.get("with") == "CONSULT" else ())]  # ("spoke with X to ...", "spoke on the margins of the Summit with X": the parser may hang "with" on the infinitive or the setting)
        if obj is not None and "as" in e.prep:
            # "dismissed the measures as illegal": the parser may hang the predicate's "as" on the object
            parts += [c for c in obj.children if c.dep_ == "prep" and c.lower_ == "as"]
        for p in parts:
            typ = e.prep.get(p.lower_)
            # a preposition before the verb heads a fronted adjunct ("With Sweden's accession,
            # NATO stands stronger"), not the verb's particle
            if typ and p.lower_ in e.person_prep and not names_person(p, self.entity_at):
                continue  # "spoke to reporters": an audience, no one consulted
            if typ and p.i > verb.i and not _temporal(p):
                if p.lower_ not in ("together", *JOINT_MANNER) and ((e.party_object and not self._names_party(p)) or (e.state_party and not self._names_state(
                        p))) and not (typ == "COOPERATE" and group_partner(p) is not None):  # ("with our allies": :mod:`.partner_groups`)
                    return None  # "works with foreign firms": nobody named; "worked with Goldman Sachs": a job, not two states
                if e.not_object and self._excluded(e, p):
                    return None  # "warned of famine": a danger nobody wields, no threat
                return self._subject_type(e, verb) or typ  # "soldiers travelled to Russia": who moves decides
        if e.not_object and self._class_type(dict.fromkeys(e.not_object, "X"), [
                *(object_words(verb) if obj is not None else ()),
                # "signed a proclamation adjusting imports": the parser may make the participle's object the verb's and hang the instrument before it
                *(w for w in (obj.doc[obj.left_edge.i:obj.i] if obj is not None else ()) if w.pos_ == "NOUN"),
                *(w for c in verb.children if c.dep_ == "prep" and c.lower_ == "into" for w in c.children),
                *((verb.head,) if verb.dep_ in ("acl", "relcl") and is_passive(verb) else ())]) and not (
                (guest := honoured_guest(verb)) is not None and self._names(guest)):  # a dinner for X meets X
            return None  # "signed an executive order", "signed the bill into law": no agreement with anyone
        if e.xcomp:
            # "vowed to retaliate": the promised act decides what the promise is
            comp = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
            typ = self._class_type(e.xcomp, [comp]) if comp is not None else None
            if typ and self.lex.in_class(lemma_of(comp), "reply") and self._class_type(
                    {"reply_topic": "X"}, [w for p in _prep_children(comp) if p.lower_ == "to" for w in p.children if w.dep_ == "pobj"]):
                typ = None  # "vowed to respond to the needs of the displaced": a promise of help
            if typ:
                return typ
        if e.object:
            typ = self._class_type(e.object, object_words(verb))
            if typ:
                return typ
        if obj is None and e.person_object == "CONCEDE" and is_passive(verb):  # "X was released": whom, as an object
            obj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            obj = verb.head if obj is not None and obj.lower_ in ("who", "that") and verb.dep_ == "relcl" else obj
        named = self.entity_at.get(obj.i) if obj is not None else None
        if named is None and obj is not None and obj.pos_ == "PROPN":  # "called Prime Minister X": a title heads, the name its apposition
            named = next((self.entity_at[c.i] for c in obj.children if c.dep_ == "appos" and c.i in self.entity_at), None)
        if e.place_object and named is not None and getattr(named, "label", None) in _PLACE_LABELS:
            return e.place_object
        if e.person_object and named is not None and getattr(named, "label", None) == "PERSON":
            if e.lemma == "tell" and not recounted_telling(verb):
                return None  # "told Leader X that ...": a part of the call coded already (:mod:`.told_pairs`)
            return e.person_object
        if e.entity_object and (named is not None or obj is not None and (self._names(obj) or office_holder_object(obj))
                                and office_holder(verb, obj, self.lex)):  # ("called the Secretary of Defense")
            return e.entity_object  # "called President X", "called his Chinese counterpart" (:mod:`.called_holders`)
        if e.prep.get("with") == "CONSULT" and obj is None and (reciprocal_subject(verb, self.entity_at) or pair_subject(
                verb, self.entity_at) or told_subject(verb)):  # "the two leaders spoke" (:mod:`.pair_subjects`)
            return "CONSULT"  # "X and Y spoke today about Afghanistan": with each other
        # (a verb whose type comes from its preposition alone is no event without it: "soldiers travelled home")
        return (None if e.prep and e.type is None else self._subject_type(e, verb)) or e.type or (
            designation_type(verb, self.entity_at))  # "Treasury designated X" (:mod:`.designations`)

    def _subject_type(self, e: Entry, verb: "Token") -> str | None:
        """The type the entry gives the verb's subject's word class ("troops travelled to X": a military
        move); a name is no word class ("the Grizzly Creek Fire hit Colorado"); a modifier classifies it too."""
        return self._subject_class(e.subject, verb)

    def _subject_class(self, classes: dict, verb: "Token") -> str | None:
        """The type ``classes`` gives the subject of ``verb`` by its word class, or None (a name is none)."""
        subj = _subject(verb) if classes else None
        if subj is None or subj.pos_ == "PROPN":
            return None
        return self._class_type(classes, [subj, *(c for c in subj.children if c.dep_ in ("compound", "amod"))])

    def _excluded(self, e: Entry, head: "Token") -> bool:
        """Whether the object of ``head`` (a preposition or an event noun) or its of/about/over
        complement is in one of the entry's ``not_object`` classes ("warned of famine", "a
        warning of drought": a danger nobody wields)."""
        words = [c for c in head.children if c.dep_ == "pobj"]
        words += [w for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "about", "over", "regarding")
                  for w in c.children if w.dep_ == "pobj"]
        return self._class_type(dict.fromkeys(e.not_object, "X"), words) is not None

    def noun_type(self, noun: "Token", e: Entry, light_verb: "Token | None" = None) -> str | None:
        if e.not_object and self._excluded(e, noun):
            return None
        if light_verb is not None:
            for form in lemma_forms(light_verb):  # (a complement of its own decides first: "joined calls for X")
                if form in e.governor and not any(e.prep.get(p.lower_, e.governor[form]) != e.governor[form]
                                                  and act_complement(p) for p in _prep_children(noun)):
                    return e.governor[form]
            typ = self._subject_class(e.subject, light_verb)
            if typ:
                return typ
        rel = relative_light(noun, self.lex.light_verbs) if "with" in e.prep else None
        for p in (*_prep_children(noun), *(c for c in (rel.children if rel is not None else ()) if c.dep_ == "prep" and c.lower_ == "with")):
            typ = e.prep.get(p.lower_)
            if typ:
                return None if e.party_object and not self._names_party(p) else typ  # ("operations against piracy")
        if e.modifier:
            mods = [m for c in noun.children if c.dep_ in ("amod", "compound", "nmod", "nummod")  # "joint drills", "$5m grant"
                    for m in (c, *(g for g in c.children if g.dep_ == "amod" and c.dep_ == "compound"))]
            # "a test of a ballistic missile", "the transfer of missiles": the of-complement classifies it too
            mods += [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in c.children if p.dep_ == "pobj"] + used_means(noun)  # ("a launch using missile technology")
            head = noun.head
            if noun.dep_ == "compound":  # "strike" in "missile strike capability" is modified by its head's words
                mods.extend(c for c in head.children if c.dep_ in ("amod", "compound") and c.i != noun.i)
            typ = self._class_type(e.modifier, mods)
            if typ:
                return typ
        return e.type

    # ---- phrases and light verbs ---------------------------------------------------
    def phrase(self, verb: "Token") -> tuple[str, "Token | None", list["Token"]] | None:
        """(type, particle token, covered object tokens) of a multiword form headed by ``verb``."""
        forms = lookup(self.lex.phrases, verb)
        if not forms or infinitive_category(verb, lookup(self.lex.verbs, verb), self.lex):
            return None  # ("rallied the world to support X": the governed act decides, :mod:`.infinitive_acts`)
        # a particle the parser reads as an adverb right after the verb ("began pulling back")
        preps = [*_prep_children(verb), *(c for c in verb.children if c.dep_ == "advmod" and c.i == verb.i + 1)]
        obj = direct_object(verb)
        for ph in forms:
            if (ph.not_object and obj is not None and obj.lower_ in ph.not_object) or (ph.transitive and obj is None and raised_object(verb) is None) \
                    or (ph.intransitive and obj is not None):
                continue  # "I'll hand it over to the next speaker", "to now hand over to my friend"
            part = None
            if ph.particle is not None:
                # ("cut its banks from the system": with an object lemma to match, the parser may hang the particle on the object)
                own = [c for c in obj.children if c.dep_ == "prep"] if obj is not None and ph.object is not None else []
                part = next((p for p in [*preps, *own] if p.lower_ == ph.particle and p.i > verb.i and not _temporal(p)), None)  # (a fronted "In X, ..." is no particle)
                if part is None and ph.object is None:
                    # "called for Russia to withdraw": "for" marks the complement clause
                    part = next((m for c in verb.children if c.dep_ in ("advcl", "ccomp", "xcomp")
                                 for m in c.children if m.dep_ == "mark" and m.lower_ == ph.particle), None)
                if part is None:
                    continue
            if ph.object is not None:
                # ("was taken hostage", "held captive", "took X hostage": the object's predicate names the act)
                cands = ([obj] if obj is not None else [patient_noun(verb)]) + [c for c in verb.children if c.dep_ in ("oprd", "xcomp") and c.pos_ in ("NOUN", "ADJ")]  # ("hostages held by X")
                if part is not None:
                    cands += [c for c in part.children if c.dep_ == "pobj"]
                hit = [c for c in cands if c is not None and lemma_of(c) == ph.object]
                if not hit:
                    continue
                return ph.type, part, hit
            return self._phrase_type(ph, verb), part, []
        return None

    def _phrase_type(self, ph, verb: "Token") -> str:
        return self._subject_class(ph.subject, verb) or ph.type

    def light_object(self, verb: "Token") -> "Token | None":
        """The event noun a light verb governs ("held talks", "embarked on a visit"), if any."""
        forms = lemma_forms(verb)
        cands: list["Token"] = []
        stance = not any(f in self.lex.light_verbs for f in forms) and any(self.lex.in_class(f, "stance_verb") for f in forms)
        meeting = any(self.lex.in_class(f, "meeting_light_verb") for f in forms)  # "he'll do a bilateral meeting with X"
        if stance or meeting or any(f in self.lex.light_verbs for f in forms):
            objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] + [h for h in [relative_object(verb)] if h is not None] + (participle_objects(verb) if any(self.lex.in_class(f, "affirming_verb") for f in forms) else [])  # ("the deal X reached")
            cands += objs
            # "announced £89m in humanitarian aid", "a £500m package of military aid" (not "the importance of X"); "love and condolences"
            cands += [p for o in objs if not self.lex.in_class(o.lemma_.lower(), "weight_noun") for c in o.children if c.dep_
                      == "prep" and c.lower_ in ("in", "of") for p in c.children if p.dep_ == "pobj"] + [c for o in objs for c in o.conjuncts]
        preps = lookup(self.lex.light_prep_verbs, verb)
        if preps:
            for p in verb.children:
                if p.dep_ == "prep" and p.lower_ in preps:
                    cands += [c for c in p.children if c.dep_ == "pobj"]
        for c in cands:
            noun = self.event_noun(c, verb)
            if noun is not None and not (stance and not self.lex.in_class(noun.lemma_.lower(), "stance_noun")) and not (meeting and not _meeting_with(
                    verb, noun, lookup(self.lex.nouns, noun).type)) and not carried_on_harm(verb, lookup(self.lex.nouns, noun).type):
                return noun  # (:func:`.verbparts.carried_on_harm`: "Russia continues its war", told by the noun)
        return None

    def other_acts(self, noun: "Token", verb: "Token") -> list["Token"]:
        """Event nouns of another category coordinated with a light verb's noun: "reiterated their condemnation of X,
        as well as their commitment to Y" states two acts ("support and condolences" is one act in two words)."""
        typ = self.noun_type(noun, lookup(self.lex.nouns, noun), verb)
        return [c for c in noun.conjuncts if c.i > noun.i and self.event_noun(c, verb) is c
                and self.noun_type(c, lookup(self.lex.nouns, c), verb) not in (typ, None)]

    def event_noun(self, tok: "Token", verb: "Token | None" = None) -> "Token | None":
        """``tok`` or the event noun compounded into it ("the aid package", "peace talks")."""
        for cand in (tok, *(c for c in tok.children if c.dep_ == "compound")):
            if cand.pos_ in _NOUN_POS or (verb is not None and capitalised_common_noun(cand)):  # "held a Summit"
                e = lookup(self.lex.nouns, cand)
                if e is not None and cand is not tok and (e.possessive_only or tok.lemma_.lower() in FORMATION_HEADS and not any(
                        c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)):  # ("a strike group of drones" is the strike)
                    continue  # ("a violence prevention programme", "sent a carrier strike group": a modifier names no act)
                if e is not None and self.noun_type(cand, e, verb):
                    return cand
        return None

    # ---- the pass -----------------------------------------------------------------------
    def find(self, skip: "set[int] | frozenset[int]") -> list[Trigger]:
        lex = self.lex
        verbs, nouns = [], []
        candidate = lex.candidate
        doc = self.doc  # only the verbs, auxiliaries and nouns: no Python loop over every token
        for tok in (doc[i] for i in token_indices(doc, POS, (*_VERB_POS, "AUX", *_NOUN_POS))):
            pos = tok.pos_
            if pos in _VERB_POS:
                if tok.dep_ == "amod" and not captive_participle(tok):  # ("an American held hostage by X")
                    continue
            elif pos == "AUX" and tok.dep_ not in ("aux", "auxpass"):
                pos = "VERB"  # a main-verb "be" heads a phrase: "was on the phone with X"
            elif pos not in _NOUN_POS:
                continue
            if tok.i in skip or not candidate(tok.lemma_, tok.lower_):
                continue
            (verbs if pos in _VERB_POS and not (tok.dep_ == "pobj" and tok.tag_ == "VBZ") else nouns).append(tok)  # ("of launches")
        verbs += [t for t in greeting_words(doc) if t.i not in skip]  # "Mr. Prime Minister, welcome." (:mod:`.welcomes`)
        out: list[Trigger] = []
        light: dict[int, "Token"] = {}
        for verb in verbs:
            noun = self.light_object(verb)
            if noun is not None:
                light[noun.i] = verb
                light.update((c.i, verb) for c in self.other_acts(noun, verb) if c.i not in light)
                continue
            ph = self.phrase(verb)
            if ph is not None:
                typ, part, covered = ph
                self.consumed.update(c.i for c in covered)
                out.append(Trigger(token=verb, type=typ, entry=None, via=VIA_SELF, clause=verb, particle=None if covered and part is not None and (part.lower_ == "with" or (  # ("cut X's banks from the system": X's)
                    direct_object(verb) is not None and any(c.head.i == part.i for c in covered))) else part))  # ("hit X with sanctions": a means)
                continue
            e = lookup(lex.verbs, verb)
            if e is None:
                continue
            typ = self.verb_type(verb, e) or ("SUPPORT" if joined_in_grief(verb) is not None else None)
            if typ is None:
                continue
            # the object made the event and is a thing given, moved or ended; an envoy summoned or a prisoner executed is who the act is aimed at
            theme = bool(e.object) and typ in e.object.values() and typ not in (e.type, "ASSAULT") and designation_type(verb, self.entity_at) is None \
                and not any(lex.in_class(w.lemma_.lower(), c) for w in object_words(verb) for c in _PERSON_CLASSES)  # (a named party designated is whom)
            if theme:
                # the object made the event ("pledged $1 billion in aid"): its noun is covered
                self.consumed.update(w.i for w in object_words(verb))
            out.append(Trigger(token=verb, type=typ, entry=e, via=VIA_SELF, clause=verb,
                               theme_object=theme or typ in THEME_TYPES))
        trigger_verbs = {t.token.i: t.type for t in out}
        for noun in nouns + [self.doc[i] for i in light if self.doc[i].pos_ == "PROPN"]:  # ("held a Summit")
            if noun.i in self.consumed:
                continue
            e = lookup(lex.nouns, noun)
            if e is None:
                continue
            held = held_with(noun)  # "our prayers are with X": the copula stands for "send" (:mod:`.sympathy`)
            typ = self.noun_type(noun, e, light.get(noun.i) or participle_light(noun, self.lex.light_verbs)
                                 or held)  # ("support provided by X")
            if typ is None:
                continue
            trig = self._noun_trigger(noun, e, typ, light.get(noun.i) or held, trigger_verbs)
            if trig is not None:
                out.append(trig)
        out.sort(key=lambda t: t.token.i)
        return out

    def _noun_trigger(self, noun: "Token", e: Entry, typ: str, light_verb: "Token | None",
                      trigger_verbs: dict[int, str]) -> Trigger | None:
        if light_verb is not None:
            if courtesy(e, (noun, light_verb)):
                return None  # "my thanks to all of you for being here"
            return Trigger(token=noun, type=typ, entry=e, via=VIA_LIGHT, clause=light_verb)
        # "sanctions imposed by the United States": a participle light verb modifying the noun
        for c in noun.children:
            if c.dep_ == "acl" and c.pos_ in _VERB_POS and c.tag_ != "VB" and any(f in self.lex.light_verbs for f in lemma_forms(c)):
                return Trigger(token=noun, type=typ, entry=e, via=VIA_LIGHT, clause=c)
        if e.light_only and not owned_act(noun, self.lex, self.entity_at):  # "X's pledge of aid" (:mod:`.nominal_parties`)
            return None
        head = phrase_head(noun)  # ("peace talks", "two rounds of talks": :mod:`.measured_acts`)
        gov = head.head
        # ("in talks with X", "in a call with X" name an occasion; "in close cooperation with X" a manner)
        if (head.dep_ == "pobj" and gov.lower_ in self.lex.participant_preps and typ in _PARTICIPANT_TYPES
                and gov.head.pos_ in ("VERB", "AUX") and (gov.lower_ != "in" or head.tag_ == "NNS"
                                                          or any(c.dep_ in ("det", "poss") for c in head.children))):
            if gov.head.i in trigger_verbs and gov.lower_ in _SETTING_PREPS and not own_trip(noun, trigger_verbs[gov.head.i]):
                # "discussed the deal with X at the NATO summit": the meeting is where the verb's
                # event happened, not an event of its own ("lifted its veto after talks with X":
                # the talks came first, an event of their own)
                return None
            return Trigger(token=noun, type=typ, entry=e, via=VIA_PARTICIPANT, clause=gov.head)
        if head.dep_ == "pobj" and gov.head.i != gov.i and trigger_verbs.get(gov.head.i) == typ \
                and not agentless_passive(gov.head):  # ("were killed in a Russian strike": the noun's act)
            # "visited Beijing for talks with X": the noun restates the verb's event
            return None
        clause = head
        while clause.head.i != clause.i and clause.pos_ not in ("VERB", "AUX"):
            clause = clause.head
        return Trigger(token=noun, type=typ, entry=e, via=VIA_OWN,
                       clause=clause if clause.pos_ in ("VERB", "AUX") else None)


def _meeting_with(verb: "Token", noun: "Token", typ: str | None) -> bool:
    """Whether "do" governs a meeting held with someone ("do a bilateral meeting with X"): the
    noun is a consultation and "with" names the other side (not "did the summit justice")."""
    return typ == "CONSULT" and any(c.dep_ == "prep" and c.lower_ == "with" for c in (*noun.children, *verb.children))


def find_triggers(doc: "Doc", lex: Lexicon, *, entity_at: "dict[int, object]",
                  skip: "set[int] | frozenset[int]" = frozenset()) -> list[Trigger]:
    """Trigger candidates of a Doc in token order, one per trigger word.

    Args:
        doc: A parsed Doc.
        lex: The trigger lexicon.
        entity_at: Token index -> entity, for conditions on a named object ("called President X").
        skip: Token indices never to consider (headline, quotations).
    """
    return _Finder(doc, lex, entity_at).find(skip)
