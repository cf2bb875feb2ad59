"""The event trigger lexicon (``pipeline/data/event_triggers.json``), loaded once per process.

The JSON is hand-kept knowledge built from the PLOVER codebook; every entry names its source
(a codebook section or CAMEO code, keyed in ``sources``) or gives a one-line reason. This module
turns it into frozen lookup tables: verb and noun entries by lemma (spelling variants expanded),
multiword phrases by their head verb, word classes as frozensets, and the light verbs.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Mapping

from ..errors import PipelineError

if TYPE_CHECKING:
    from spacy.tokens import Token

CATEGORIES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
              "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
"""The 16 top-level PLOVER categories of contract 1.1."""

_EMPTY: Mapping[str, str] = MappingProxyType({})


class LexiconError(PipelineError):
    """The trigger lexicon is malformed (a bug in the data file, caught at load time)."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One trigger word (verb or noun) and the conditions under which it counts.

    Attributes:
        lemma: The lemma it is looked up by (lower case).
        pos: ``"verb"`` or ``"noun"``.
        type: Category when no condition decides, or None (counts only when one matches).
        object: Word class of the direct object -> category.
        entity_object: Category when the direct object is a named entity.
        subject: Word class of the subject -> category.
        prep: Particle or preposition child -> category.
        modifier: Nouns: word class of an adjective/compound modifier -> category.
        stative: False when passive/participle uses are states, not events.
        host: The subject hosts and the object visits (the host stays the actor, as the gold codes it).
        destination: "to <place>" is where the event happens.
        intransitive: Counts only without a direct object.
        transitive: Counts only with a direct object.
        light_only: Nouns: counts only under a light verb or phrase ("reached an agreement").
        party_object: With a direct object, counts only when it names an entity ("met Y"); a
            type given by a preposition needs the preposition's object to name one.
        person_object: Category when the direct object is a named person ("welcomed President X").
        person_prep: Prepositions of ``prep`` that give their category only when their object is a
            named person ("spoke to President X" is a talk; "spoke to reporters" a statement).
        governor: Nouns: light verb lemma -> category ("went on strike" -> PROTEST).
        complement: Verbs: counts only with a to-infinitive complement ("resolved to strengthen").
        possessive_only: Nouns on their own: only a possessive or by-agent names the actor
            ("Russia's war"; the entity in "the Iraq war" is no actor).
        not_object: Word classes of a direct object that make no event ("signed an
            executive order": a unilateral act, not an agreement); also of the object of a
            type-giving preposition, or a noun's "of"/"about" complement ("warned of famine").
        place_object: Verbs: category when the direct object is a named place ("seized
            Bakhmut": occupying territory, not a confiscation).
        xcomp: Verbs: word class of a to-infinitive complement's verb -> category ("vowed to
            retaliate": a threat, not a promise to cooperate).
        not_particle: Verbs: particles that make another verb of it, no event ("signed up for
            insurance": enrolled, agreed with no one).
        not_infinitive: Verbs: no event with a to-infinitive of purpose and no direct object
            ("fighting to pass the bill": striving, nobody fought against).
        courtesy_for: Verbs: lemmas after "for" that make the act a speaker's courtesy, no event
            ("thank you for being here", "for coming", "for having me").
        bare: False: no event without any object, clause or preposition ("I agree" states an
            opinion; "agreed to meet", "agreed on a plan" are agreements).
    """

    lemma: str
    pos: str
    type: str | None
    object: Mapping[str, str] = _EMPTY
    entity_object: str | None = None
    subject: Mapping[str, str] = _EMPTY
    prep: Mapping[str, str] = _EMPTY
    modifier: Mapping[str, str] = _EMPTY
    stative: bool = True
    host: bool = False
    destination: bool = False
    intransitive: bool = False
    transitive: bool = False
    light_only: bool = False
    party_object: bool = False
    state_party: bool = False
    person_object: str | None = None
    governor: Mapping[str, str] = _EMPTY
    complement: bool = False
    possessive_only: bool = False
    not_object: tuple[str, ...] = ()
    place_object: str | None = None
    xcomp: Mapping[str, str] = _EMPTY
    not_particle: tuple[str, ...] = ()
    not_infinitive: bool = False
    courtesy_for: frozenset[str] = frozenset()
    bare: bool = True
    person_prep: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Phrase:
    """A verb + particle (+ object lemma) form that is one trigger ("call on", "put on alert")."""

    verb: str
    particle: str | None
    object: str | None
    type: str
    subject: Mapping[str, str] = _EMPTY
    """word class of the subject -> category ("workers walked out": a strike)"""
    not_object: frozenset[str] = frozenset()
    """object lemmas that make no event ("hand it over to the next speaker")"""
    transitive: bool = False
    """counts only with a direct object ("handed over the town"; not "hand over to my friend")"""
    intransitive: bool = False
    """counts only without a direct object ("gave in to the demands"; not "gave $5 million to X in aid")"""


@dataclass(frozen=True)
class Lexicon:
    """Lookup tables built from the JSON."""

    verbs: Mapping[str, Entry]
    nouns: Mapping[str, Entry]
    phrases: Mapping[str, tuple[Phrase, ...]]
    classes: Mapping[str, frozenset[str]]
    light_verbs: frozenset[str]
    light_prep_verbs: Mapping[str, frozenset[str]]
    participant_preps: frozenset[str]
    collective_actors: Mapping[str, str] = field(default_factory=dict)
    """capitalised collective word -> the organisation it stands for when the article names it"""
    unnamed_types: frozenset[str] = frozenset()
    """categories an unnamed armed group or crowd is the (null) actor of"""
    unnamed_armed: frozenset[str] = frozenset()
    """nouns of an unnamed armed group ("gunmen"): actor null, no country"""
    unnamed_crowd: frozenset[str] = frozenset()
    named_movements: frozenset[str] = frozenset()
    """NORP-tagged words that name an organised movement ("Houthi rebels"): a named side"""
    """nouns of an unnamed crowd ("protesters"): actor null, the country in context"""
    armed_modifiers: frozenset[str] = frozenset()
    """modifiers that make people an armed group ("armed men", "masked men")"""
    armed_heads: frozenset[str] = frozenset()
    """the nouns of people those modifiers make an armed group"""
    group_quantifiers: frozenset[str] = frozenset()
    """number words whose of-complement is the group ("hundreds of protesters")"""
    lemmas: frozenset[str] = field(default=frozenset())
    """every word that can start a trigger (the one set the token pass looks up first)"""
    seen: dict[tuple[str, str], bool] = field(default_factory=dict, compare=False, repr=False)
    """(lemma, word) -> :meth:`candidate`, filled as words are met (news repeats its words)"""

    def candidate(self, lemma: str, word: str) -> bool:
        """Whether a token (its lemma and lower-cased word) may start a trigger under one of
        its :func:`word_forms`."""
        key = (lemma, word)
        hit = self.seen.get(key)
        if hit is None:
            if len(self.seen) > _SEEN_MAX:
                self.seen.clear()  # bounded memory on endless streams
            hit = self.seen[key] = any(f in self.lemmas for f in word_forms(lemma, word))
        return hit

    def in_class(self, word: str, name: str) -> bool:
        """Whether a lemma belongs to a named word class."""
        return word in self.classes.get(name, frozenset())


_SEEN_MAX = 200_000


@lru_cache(maxsize=65536)
def word_forms(lemma: str, low: str) -> tuple[str, ...]:
    """The lemma, the word, and the word without a regular inflection: the small model's
    lemmatiser sometimes errs ("hopes" -> "hop", "staged" -> "stag"), the suffix rule does not.

    Args:
        lemma: The token's lemma (any case).
        low: The token's lower-cased word.
    """
    forms = [lemma.lower(), low]
    if low.endswith("ies"):
        forms.append(low[:-3] + "y")
    elif low.endswith("es"):
        # (a lemma that is the word less "s" is right: "aides" is "aide", not "aid")
        forms += [low[:-1]] if lemma.lower() == low[:-1] else [low[:-1], low[:-2]]
    elif low.endswith("s") and not low.endswith("ss"):
        forms.append(low[:-1])
    elif low.endswith("ied"):
        forms.append(low[:-3] + "y")
    elif low.endswith("ed"):
        forms += [low[:-1], low[:-2]]
    elif low.endswith("ing"):
        forms += [low[:-3], low[:-3] + "e"]
    return tuple(forms)


def _check_type(value: Any, where: str) -> str | None:
    if value is None:
        return None
    if value not in CATEGORIES:
        raise LexiconError(f"event_triggers.json: {where}: unknown category {value!r}")
    return value


def _known_classes(names: Any, classes: Mapping[str, frozenset[str]], where: str) -> list[str]:
    for name in names:
        if name not in classes:
            raise LexiconError(f"event_triggers.json: {where}.not_object: unknown word class {name!r}")
    return list(names)


def _entry(lemma: str, pos: str, raw: Mapping[str, Any], classes: Mapping[str, frozenset[str]],
           sources: Mapping[str, str]) -> Entry:
    where = f"{pos}s.{lemma}"
    if raw.get("source") not in sources and not raw.get("reason"):
        raise LexiconError(f"event_triggers.json: {where}: needs a known source or a reason")

    def mapping(key: str, keyed_by_class: bool) -> Mapping[str, str]:
        table = raw.get(key) or {}
        for k, v in table.items():
            if keyed_by_class and k not in classes:
                raise LexiconError(f"event_triggers.json: {where}.{key}: unknown word class {k!r}")
            _check_type(v, f"{where}.{key}.{k}")
        return MappingProxyType(dict(table))

    return Entry(
        lemma=lemma,
        pos=pos,
        type=_check_type(raw.get("type"), where),
        object=mapping("object", True),
        entity_object=_check_type(raw.get("entity_object"), where),
        subject=mapping("subject", True),
        prep=mapping("prep", False),
        modifier=mapping("modifier", True),
        stative=bool(raw.get("stative", True)),
        host=bool(raw.get("host", False)),
        destination=bool(raw.get("destination", False)),
        intransitive=bool(raw.get("intransitive", False)),
        transitive=bool(raw.get("transitive", False)),
        light_only=bool(raw.get("light_only", False)),
        party_object=bool(raw.get("party_object", False)),
        state_party=bool(raw.get("state_party", False)),
        person_object=_check_type(raw.get("person_object"), where),
        person_prep=frozenset(raw.get("person_prep", ())),
        governor=mapping("governor", False),
        complement=bool(raw.get("complement", False)),
        possessive_only=bool(raw.get("possessive_only", False)),
        not_object=tuple(_known_classes(raw.get("not_object", ()), classes, where)),
        place_object=_check_type(raw.get("place_object"), where),
        xcomp=mapping("xcomp", True),
        not_particle=tuple(raw.get("not_particle", ())),
        not_infinitive=bool(raw.get("not_infinitive", False)),
        courtesy_for=frozenset(raw.get("courtesy_for", ())),
        bare=bool(raw.get("bare", True)),
    )


def build(data: Mapping[str, Any]) -> Lexicon:
    """Build the lookup tables from the parsed JSON (validating categories, classes, sources).

    Raises:
        LexiconError: An entry names an unknown category or class, or has neither a source
            nor a reason.
    """
    sources = data["sources"]
    classes = {name: frozenset(w.lower() for w in spec["words"]) for name, spec in data["classes"].items()}
    tables: dict[str, dict[str, Entry]] = {"verb": {}, "noun": {}}
    for pos, key in (("verb", "verbs"), ("noun", "nouns")):
        for lemma, raw in data[key].items():
            for form in (lemma, *raw.get("variants", ())):
                tables[pos][form.lower()] = _entry(form.lower(), pos, raw, classes, sources)
    phrases: dict[str, list[Phrase]] = {}
    for raw in data["phrases"]:
        if raw.get("source") not in sources and not raw.get("reason"):
            raise LexiconError(f"event_triggers.json: phrase {raw!r}: needs a known source or a reason")
        ph = Phrase(verb=raw["verb"], particle=raw.get("particle"), object=raw.get("object"),
                    type=_check_type(raw["type"], f"phrase {raw['verb']}") or "",
                    subject=MappingProxyType({c: _check_type(t, f"phrase {raw['verb']}") or ""
                                              for c in _known_classes(raw.get("subject", {}), classes, "phrase")
                                              for t in (raw["subject"][c],)}),
                    not_object=frozenset(raw.get("not_object", ())), transitive=bool(raw.get("transitive", False)),
                    intransitive=bool(raw.get("intransitive", False)))
        phrases.setdefault(ph.verb, []).append(ph)
    unnamed = data.get("unnamed_actors", {})
    lemmas = (frozenset(tables["verb"]) | frozenset(tables["noun"]) | frozenset(phrases)
              | frozenset(data["light_verbs"]) | frozenset(data["light_prep_verbs"]) | classes.get("stance_verb", frozenset())
              | classes.get("meeting_light_verb", frozenset()))
    return Lexicon(
        verbs=MappingProxyType(tables["verb"]),
        nouns=MappingProxyType(tables["noun"]),
        phrases=MappingProxyType({k: tuple(v) for k, v in phrases.items()}),
        classes=MappingProxyType(classes),
        light_verbs=frozenset(data["light_verbs"]),
        light_prep_verbs=MappingProxyType({k: frozenset(v) for k, v in data["light_prep_verbs"].items()}),
        participant_preps=frozenset(data["participant_preps"]["preps"]),
        collective_actors=MappingProxyType(dict(data.get("collective_actors", {}).get("names", {}))),
        unnamed_types=frozenset(_check_type(t, "unnamed_actors") for t in unnamed.get("types", ())),
        unnamed_armed=frozenset(unnamed.get("armed", ())),
        unnamed_crowd=frozenset(unnamed.get("crowd", ())),
        named_movements=frozenset(unnamed.get("movements", {}).get("words", ())),
        armed_modifiers=frozenset(unnamed.get("armed_modifiers", {}).get("modifiers", ())),
        armed_heads=frozenset(unnamed.get("armed_modifiers", {}).get("heads", ())),
        group_quantifiers=frozenset(unnamed.get("quantifiers", {}).get("words", ())),
        lemmas=lemmas,
    )


def raw_data() -> dict[str, Any]:
    """The lexicon file as parsed JSON (for documentation and tests)."""
    text = resources.files("pipeline.data").joinpath("event_triggers.json").read_text("utf-8")
    return json.loads(text)


@lru_cache(maxsize=1)
def load() -> Lexicon:
    """The trigger lexicon, built once per process."""
    return build(raw_data())


def courtesy(e: Entry, heads: "tuple[Token, ...]") -> bool:
    """Whether thanks are a speaker's courtesy, no event: every "for" phrase on ``heads`` (the
    verb, or an event noun and its light verb) is about the audience's being there ("thank you all
    for being here", "my thanks to everyone for joining us"; the entry's ``courtesy_for`` lemmas)."""
    fors = [c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "for"] if e.courtesy_for else []
    return bool(fors) and all(not any(g.dep_ == "conj" for g in c.children) and any(
        g.dep_ in ("pcomp", "pobj") and g.lemma_.lower() in e.courtesy_for for g in c.children) for c in fors)
