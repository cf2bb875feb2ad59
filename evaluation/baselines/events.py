"""Events peer baseline: a verb lexicon on each sentence's ROOT verb, its subject and object.

The classic first step of event coding (dictionary-based coders such as TABARI and PETRARCH
started here): for each sentence, the lemma of the ROOT verb is looked up in :data:`VERBS`
(a short table mapping verbs to the 16 top-level PLOVER categories, from the category summary
in shared/dev/README.md, which follows the PLOVER codebook's definitions); the actor is the
named entity of the verb's subject, the recipient the named entity of its direct object or of
the object of a "with"/"to"/"against"/"on" prepositional phrase. A country entity gives its
ISO3 through the project's public gazetteer (``pipeline.gazetteer``).

Deliberately left out (the pipeline's job): event nouns ("talks", "a visit"), verbs that are
not the sentence root, negation and modality ("did not meet", "may impose"), people's
countries through their roles, locations and dates.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# PLOVER category -> verb lemmas named by its summary (shared/dev/README.md, after the codebook).
_LEXICON: dict[str, tuple[str, ...]] = {
    "AGREE": ("agree", "sign", "promise", "pledge", "commit", "reaffirm"),
    "CONSULT": ("meet", "visit", "talk", "call", "host", "discuss", "speak", "consult"),
    "SUPPORT": ("praise", "welcome", "endorse", "support", "commend", "congratulate", "applaud"),
    "CONCEDE": ("ease", "yield", "release", "apologize", "apologise", "concede"),
    "COOPERATE": ("cooperate", "coordinate", "collaborate", "partner"),
    "AID": ("provide", "donate", "fund", "supply", "aid"),
    "RETREAT": ("withdraw", "retreat", "evacuate"),
    "REQUEST": ("urge", "ask", "appeal", "request", "demand"),
    "ACCUSE": ("condemn", "criticize", "criticise", "blame", "denounce", "accuse"),
    "REJECT": ("reject", "refuse", "veto", "deny"),
    "THREATEN": ("threaten", "warn"),
    "PROTEST": ("protest", "demonstrate", "boycott"),
    "SANCTION": ("sanction", "embargo", "expel"),
    "MOBILIZE": ("deploy", "station", "mobilize", "mobilise"),
    "COERCE": ("arrest", "detain", "seize", "ban", "blockade"),
    "ASSAULT": ("attack", "strike", "shell", "bomb", "kill", "invade"),
}
VERBS: dict[str, str] = {verb: cat for cat, verbs in _LEXICON.items() for verb in verbs}
"""Verb lemma -> PLOVER category."""
RECIPIENT_PREPOSITIONS = frozenset({"with", "to", "against", "on"})
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_COUNTRY_LABELS = frozenset({"GPE", "NORP"})


def _entity_in(token: "Token", doc: "Doc") -> "Span | None":
    """The named entity that ``token`` or, failing that, its subtree's first word belongs to."""
    if token.ent_type_ in ACTOR_LABELS:
        return next((e for e in doc.ents if e.start <= token.i < e.end), None)
    for t in token.subtree:
        if t.ent_type_ in ACTOR_LABELS:
            return next((e for e in doc.ents if e.start <= t.i < e.end), None)
    return None


def _arguments(root: "Token", doc: "Doc") -> tuple["Span | None", "Span | None"]:
    subject = obj = None
    for child in root.children:
        if child.dep_ in ("nsubj", "nsubjpass") and subject is None:
            subject = _entity_in(child, doc)
        elif child.dep_ in ("dobj", "obj") and obj is None:
            obj = _entity_in(child, doc)
    if obj is None:
        for child in root.children:
            if child.dep_ == "prep" and child.lower_ in RECIPIENT_PREPOSITIONS:
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None and (obj := _entity_in(pobj, doc)) is not None:
                    break
    return subject, obj


def baseline_events(doc: "Doc", token_entity: Mapping[int, Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Events of the baseline for a parsed Doc (record ``events`` shape, schema 1.1).

    Args:
        doc: A Doc parsed by a plain spaCy pipeline.
        token_entity: Token index -> the baseline's entity dict (``id``, ``name``).
    """
    from pipeline.knowledge import countries as gazetteer

    gaz = gazetteer.load()
    text = doc.text
    events: list[dict[str, Any]] = []

    def side(span: "Span | None") -> tuple[str | None, str | None, str | None]:
        if span is None:
            return None, None, None
        entity = token_entity.get(span.root.i) or {}
        country = gaz.country(span.text) if span.label_ in _COUNTRY_LABELS else None
        return entity.get("id"), entity.get("name") or " ".join(span.text.split()), country

    for sent in doc.sents:
        root = sent.root
        category = VERBS.get(root.lemma_.lower()) if root.pos_ == "VERB" else None
        if category is None:
            continue
        subject, obj = _arguments(root, doc)
        if subject is None:
            continue
        actor, actor_name, actor_country = side(subject)
        recipient, recipient_name, recipient_country = side(obj)
        start, end = sent.start_char, sent.end_char
        while end > start and text[end - 1].isspace():
            end -= 1
        events.append({
            "id": f"V{len(events) + 1}", "type": category,
            "actor": actor, "recipient": recipient, "actor_name": actor_name, "recipient_name": recipient_name,
            "actor_country": actor_country, "recipient_country": recipient_country,
            "location": None, "date": None, "date_value": None,
            "trigger": {"start": root.idx, "end": root.idx + len(root.text), "text": root.text},
            "evidence": {"start": start, "end": end, "text": text[start:end]},
        })
    return events
