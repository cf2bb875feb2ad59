"""Owner and location of a quantity: whose the counted thing is and where it is.

Owner: a country word inside the phrase ("Russian soldiers"), a possessor ("Japan's pledge of $2
billion"), an apposition, or the subject of a verb of having, giving, sending or firing
(institutions such as "the Kremlin" stand for their country). Location: "in/to/at <place>" on
the noun, a participle on it, its verb or the noun it belongs to, "from <place>" after a verb of
withdrawal, and "for <place>" for money. Places below country level resolve to their country.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..knowledge import countries as gazetteer
from ..knowledge.units import institution_country, place_country
from ..records import Ref
from .lexicon import (
    EDGE_NOUNS,
    FROM_PREPS,
    LOCATION_PREPS,
    OWNER_LABELS,
    OWNER_VERBS,
    PLACE_LABELS,
    PRESENCE_VERBS,
    WITHDRAW_VERBS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Token

    from ..entities import EntityIndex
    from .candidate import Found

# ---- owner and location ------------------------------------------------------------------

def _entity_code(ent, labels: frozenset[str]) -> str | None:
    if ent.label in labels and ent.country:
        return ent.country
    if ent.label == "ORG" and "ORG" in labels and gazetteer.load().organization(ent.name):
        return ent.country
    return None


def _ref(doc: "Doc", tok: "Token", entities: "EntityIndex", labels: frozenset[str], *,
         places: bool = False) -> Ref | None:
    """The country a token names: an entity with a country, else (``places``) a place below country
    level ("Darwin", "Texas") or an institution ("the Pentagon") from ``places.json``."""
    if not tok.ent_type_ and tok.pos_ != "PROPN":
        return None
    ent = entities.for_doc_span(doc, tok)
    if ent is not None:
        code = _entity_code(ent, labels)
        if code is not None:
            return Ref(entity=ent.id, country=code)
    if not places or tok.pos_ != "PROPN" or (tok.i + 1 < len(doc) and doc[tok.i + 1].text in ("-", "–")):
        return None  # "Virginia-class" is a name, not Virginia
    name = ent.name if ent is not None else tok.text
    code = place_country(name) or (ent is None and tok.i > 0 and place_country(f"{doc[tok.i - 1].text} {tok.text}"))
    if not code and ("GPE" in labels or "NORP" in labels):
        code = institution_country(name)
    if code:
        return Ref(entity=ent.id if ent is not None else None, country=code)
    return None


def _np_owner(doc: "Doc", noun: "Token", entities: "EntityIndex", labels: frozenset[str]) -> Ref | None:
    """A country word modifying ``noun``: "US troops", "Japan's pledge", "South Korean military"."""
    for child in noun.children:
        if child.dep_ in ("compound", "amod", "poss", "nmod") and child.i != noun.i:
            ref = _ref(doc, child, entities, labels, places=child.dep_ == "poss")
            if ref is not None:
                return ref
            for grand in child.children:
                if grand.dep_ in ("compound", "amod"):
                    ref = _ref(doc, grand, entities, labels)
                    if ref is not None:
                        return ref
    return None


def _verb_of(node: "Token") -> "Token | None":
    """The verb whose object or subject ``node`` is, or whose "to/by" phrase holds it
    ("raise spending to 413 billion euros")."""
    if node.dep_ in ("dobj", "attr", "ccomp", "oprd", "nsubjpass", "dative") and node.head.pos_ in ("VERB", "AUX"):
        return node.head
    if node.dep_ == "pobj" and node.head.lower_ in ("to", "by") and node.head.head.pos_ == "VERB":
        return node.head.head
    return None


def _subject_owner(doc: "Doc", verb: "Token", entities: "EntityIndex", labels: frozenset[str]) -> Ref | None:
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ in ("xcomp", "conj", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    for subj in subjects:
        ref = _ref(doc, subj, entities, labels | {"ORG"}, places=True) or _np_owner(doc, subj, entities, labels)
        if ref is not None:
            return ref
    return None


def owner_of(doc: "Doc", start: int, head: "Token", entities: "EntityIndex",
             labels: frozenset[str] = OWNER_LABELS, *, verb_subject: bool = True) -> Ref | None:
    """Whose the counted thing is: a country word in the phrase, a possessor, an apposition's
    possessor, or the subject of a verb of having, giving, sending or firing."""
    for k in range(start, head.i):
        tok = doc[k]
        if tok.ent_type_ in OWNER_LABELS:
            ref = _ref(doc, tok, entities, labels)
            if ref is not None:
                return ref
    ref = _np_owner(doc, head, entities, labels)
    if ref is not None:
        return ref
    # Climb "of"-chains and appositions of nouns: "Japan's pledge of $2 billion", "a battalion of 800
    # French soldiers", "the country's military, 500,000 personnel".
    node = head
    for _ in range(3):
        if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ in ("NOUN", "PROPN"):
            node = node.head.head
        elif node.dep_ == "appos" and node.head.pos_ in ("NOUN", "PROPN"):
            node = node.head
        else:
            break
        ref = _np_owner(doc, node, entities, labels)
        if ref is not None:
            return ref
    if not verb_subject:
        return None
    if node.dep_ == "conj" and node.head.pos_ in ("NOUN", "PROPN"):
        node = node.head  # "launched 120 missiles and 90 drones": both belong to the subject
    verb = _verb_of(node)
    if verb is None:
        return None
    lemma = verb.lemma_.lower()
    if (lemma == "be" and node.dep_ == "attr") or node.dep_ == "pobj":
        # "Seoul's defence budget is 61.2 trillion won", "China's budget will grow 7.2% to 1.78
        # trillion yuan": the amount is the subject's, whose owner is its possessor.
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        ref = _np_owner(doc, subj, entities, labels) if subj is not None else None
        if ref is not None or lemma == "be":
            return ref
    if lemma not in OWNER_VERBS:
        return None
    return _subject_owner(doc, verb, entities, labels)


def _place_noun(doc: "Doc", pobj: "Token", entities: "EntityIndex") -> Ref | None:
    """Country of a place phrase: a named place ("Poland", "Darwin"), "Rota, Spain", or a place noun
    with a country possessor or modifier ("Russia's Kursk region", "the Kursk region")."""
    ref = _ref(doc, pobj, entities, PLACE_LABELS, places=True)
    if ref is not None:
        return ref
    if pobj.pos_ == "PROPN" and (pobj.ent_type_ in PLACE_LABELS or pobj.ent_type_ == ""):
        for c in pobj.children:
            if c.dep_ in ("conj", "appos") and c.i == pobj.i + 2 and doc[pobj.i + 1].text == ",":
                return _ref(doc, c, entities, PLACE_LABELS, places=True)  # "Rota, Spain"
    if pobj.pos_ == "NOUN" and pobj.lower_ not in EDGE_NOUNS:
        for c in pobj.children:
            if c.dep_ in ("poss", "compound") and c.i < pobj.i:
                ref = _ref(doc, c, entities, PLACE_LABELS, places=True)
                if ref is not None:
                    return ref
    return None


def _place_under(doc: "Doc", node: "Token", entities: "EntityIndex", depth: int = 1,
                 extra: frozenset[str] = frozenset()) -> Ref | None:
    for child in node.children:
        if child.dep_ == "prep" and (child.lower_ in LOCATION_PREPS or child.lower_ in extra):
            for pobj in child.children:
                if pobj.dep_ == "pcomp" and pobj.lower_ == "of":  # "out of Mali"
                    pobj = next((c for c in pobj.children if c.dep_ == "pobj"), pobj)
                if pobj.dep_ not in ("pobj", "pcomp"):
                    continue
                ref = _place_noun(doc, pobj, entities)
                if ref is not None:
                    return ref
                if depth > 0 and pobj.pos_ in ("NOUN", "PROPN") and pobj.lower_ not in EDGE_NOUNS:
                    ref = _place_under(doc, pobj, entities, depth - 1, extra | {"on"})
                    if ref is not None:
                        return ref
    return None


def location_of(doc: "Doc", head: "Token", entities: "EntityIndex", category: str = "count") -> Ref | None:
    """Where the counted thing is: "in/to/at <place>" on the noun, a participle on it, the noun it
    belongs to ("a battalion of 800 soldiers stationed in ..."), or its verb."""
    extra = frozenset({"for"}) if category == "money" else frozenset()
    ref = _place_under(doc, head, entities, extra=extra)
    if ref is not None:
        return ref
    node = head
    for _ in range(3):
        for child in node.children:
            if child.dep_ in ("acl", "relcl") and child.pos_ in ("VERB", "AUX"):
                ref = _place_under(doc, child, entities, depth=0)
                if ref is not None:
                    return ref
        if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ in ("NOUN", "PROPN"):
            node = node.head.head
            ref = _place_under(doc, node, entities, depth=0)
            if ref is not None:
                return ref
        elif node.dep_ == "conj" and node.head.pos_ in ("NOUN", "PROPN", "NUM"):
            node = node.head  # "900 troops in Syria and 2,500 in Iraq"
        else:
            break
    verb = None
    if node.dep_ in ("dobj", "nsubjpass", "attr", "dative"):
        verb = node.head
    elif node.dep_ == "nsubj" and (category in ("personnel", "equipment") or
                                   node.head.lemma_.lower() in PRESENCE_VERBS):
        verb = node.head
    elif node.dep_ == "pobj" and node.head.lower_ in ("to", "by") and category == "money":
        verb = node.head.head
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    lemma = verb.lemma_.lower()
    if lemma == "host":
        for c in verb.children:
            if c.dep_ == "nsubj":
                ref = _ref(doc, c, entities, PLACE_LABELS | {"GPE"}, places=True)
                if ref is not None:
                    return ref
    if lemma in WITHDRAW_VERBS:
        extra = extra | FROM_PREPS
    # One level down: "killed in a strike on Odesa", "deployed to a base in Poland".
    return _place_under(doc, verb, entities, depth=1, extra=extra)


def money_anchor(doc: "Doc", f: Found) -> "Token":
    """The token an amount of money hangs on: the currency word ("13.5 trillion roubles") or the noun
    the amount modifies ("a €100 billion special fund"), else its last number token."""
    if f.ev_end > f.num_end and doc[f.ev_end - 1].pos_ == "NOUN":
        return doc[f.ev_end - 1]
    tok = doc[f.num_end - 1]
    for _ in range(3):
        if tok.dep_ in ("nummod", "compound", "quantmod", "amod") and tok.head.i > tok.i \
                and tok.head.i - f.num_end < 4:
            tok = tok.head
            if tok.pos_ in ("NOUN", "PROPN"):
                break
        else:
            break
    return tok


def converted_owner(doc: "Doc", f: Found, prev: Found | None, refs: dict) -> tuple[Ref | None, Ref | None]:
    """A converted amount in brackets shares the owner and place of the amount before it (``prev``,
    the quantity found just before): "61 trillion won ($45 billion)"."""
    if f.ev_start == 0 or doc[f.ev_start - 1].text != "(":
        return None, None
    if prev is None or prev.currency is None or prev.ev_end != f.ev_start - 1 or id(prev) not in refs:
        return None, None
    return refs[id(prev)]

