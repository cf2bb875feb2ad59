"""Forces stage: military forces as facts, de-duplicated across the mentions that state them.

Two sources:

- personnel and military-equipment quantities ("some 54,000 US troops stationed in Japan",
  "Russia has deployed 12 warships to the Black Sea"), with owner and location from the
  quantity and a status from the governing verb, reached through participles, "a brigade of
  4,800 soldiers" and coordination ("stationed/based in", "has/keeps ... in <place>" ->
  stationed, "deployed/sent to", "called up" -> deployed, "withdraw/pull out" -> withdrawn,
  "will deploy/plans to send" -> planned); a size with neither owner nor place is dropped;
- size-less statements about a named country's forces ("troop deployments by North Korea to
  Russia", "Russian deployments in Ukraine"), kept only when the owner is written (an
  institution such as "the Pentagon" names its country; "I/we" in a government statement is
  the publisher's country when the article says which).

Status: a withdrawal ("withdraw", "pull out", "leave", "bring home") is withdrawn whatever its
tense, so a planned withdrawal is never counted as a deployment; a deployment or posting not yet
made ("will deploy", "plans to send") is planned; a negated verb ("did not deploy") states no
force, and neither do orders and purchases of equipment ("Poland ordered 32 F-35 jets"). When
the mention has no owner, an institution reporting it owns it ("The Pentagon said 2,000 Marines
would deploy", "Poland's Ministry of National Defence said it will deploy ...").

A headline's infinitive ("U.S. to send 5,000 troops") is its future: planned. A size stated as
the total a movement leaves ("will deploy an additional 3,000 soldiers to the border, bringing
the total force there to about 17,000 troops") is the same owner's force at the same place, with
the movement's status (planned here; none after a withdrawal): see :mod:`pipeline.forces.totals`.

When the mention names no owner, the clause does (:func:`.owners.clause_owner`): the subject that
sends, keeps or withdraws it ("The U.S., which keeps about 54,000 troops in Japan"), the owner of
the withdrawal it counts, an armed service or a mission on the noun ("Bundeswehr soldiers",
"UNIFIL"), and "the army" of the article's own country. What is halted, refused, asked for,
conditional or asked about states no force (:func:`.status.is_unreal`). A standing force set to
a new size ("expanded its army to 200,000 troops") and a size written "N-strong" are forces too
(:mod:`.totals`, :mod:`.strength`).

Mentions of the same force merge into one Force that lists every supporting quantity: same size
and same kind (troop, soldier, service member and personnel count the same people), owners and
places equal or unknown (a headline's "5,000 troops" and the body's "about 5,000 soldiers"); a
size-less statement merges into a sized force of the same owner.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from spacy.attrs import IDX

from ..knowledge import countries as gazetteer
from ..knowledge.units import counted_nouns, singular, tables
from ..knowledge.wordlists import word_set
from ..nlp import offset_map
from ..nlp import text as text_of
from ..records import Force, Quantity, Role
from ..syntax import head_chain
from .draft import Draft
from .owners import (
    Voice,
    clause_owner,
    described_formation,
    formation_verb,
    left_place,
    local_owner,
    owner_codes,
    place_of,
    speaker_country,
    subject_country,
    subjects_of,
)
from .statements import sizeless_statements
from .strength import strong_forces
from .totals import resized_body, total_mover, total_status
from .status import (
    HOLD_VERBS,
    NOT_FORCE,
    PROCURE,
    SIZE_VERBS,
    STATUS_NOUNS,
    TRANSFER_NOUNS,
    WITHDRAWN,
    governing_verb,
    is_negated,
    is_planned,
    is_unreal,
    moves_troops,
    status_of,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Token

    from ..context import ArticleContext
    from ..entities import EntityIndex

def _family(unit: str) -> str:
    """One name for the nouns that count the same people ("soldier", "service member", "personnel")."""
    return "troop" if unit in _TROOP_WORDS else unit


# Nouns that count the same soldiers: a headline's "5,000 troops" is the body's "about 5,000 soldiers".
_TROOP_WORDS = word_set("forces", "troop_words")


def _merge_mentions(drafts: list[Draft]) -> list[Draft]:
    """One force per owner, place and size across headline and body and across troop synonyms: a
    mention merges into an earlier one of the same size and kind whose owner and place agree or are
    unknown. A size with neither owner nor place ("his country had 12 warheads") states no usable
    force unless it repeats one that does ("About 5,000 soldiers will arrive")."""
    merged: list[Draft] = []
    by_size: dict[tuple, list[Draft]] = {}  # (unit family, size) -> forces: no scan over every force
    pending: list[Draft] = []
    for d in drafts:
        if d.owner is None and d.location is None:
            pending.append(d)
            continue
        bucket = by_size.setdefault((_family(d.unit), d.size), [])
        same = next((m for m in bucket if None in (m.owner, d.owner) or m.owner == d.owner
                     if m.location == d.location or None in (m.location, d.location)), None)
        if same is None:
            bucket.append(d)
            merged.append(d)
            continue
        _absorb(same, d)
    for d in pending:
        bucket = by_size.get((_family(d.unit), d.size), [])
        if len(bucket) == 1:  # only when the repeat is unambiguous
            _absorb(bucket[0], d)
    return merged


def _absorb(force: Draft, mention: Draft) -> None:
    force.quantities.extend(mention.quantities)
    force.approximate = force.approximate and mention.approximate
    force.owner = force.owner or mention.owner
    force.location = force.location or mention.location
    force.status = force.status or mention.status
    force.first = min(force.first, mention.first)


def _kind(unit: str) -> str | None:
    """"equipment" for ships, aircraft and weapons, "personnel" for people and formations, None
    for the generic words of a size-less statement ("force", "military presence") that may be
    either: a sized force of one kind does not state the other ("has kept a tanker aircraft" beside
    "150 soldiers are based")."""
    if unit in ("force", "military presence"):
        return None
    t = tables()
    return "equipment" if unit in t.equipment or unit.split()[-1] in t.equipment else "personnel"


def _add_statements(merged: list[Draft], statements: list[Draft]) -> None:
    """Add size-less statements that no sized force already states, with look-ups by owner and
    place instead of a scan over every force for every statement."""
    owners = {(m.owner, _kind(m.unit)) for m in merged if m.size is not None}
    placed = {(m.owner, m.location, _kind(m.unit)) for m in merged if m.size is not None}
    unowned: dict[str, list[Draft]] = {}
    for m in merged:
        if m.size is not None and m.owner is None:
            unowned.setdefault(m.unit, []).append(m)
    twins: set[tuple] = set()
    for d in statements:
        kinds = (_kind(d.unit),) if _kind(d.unit) is not None else ("personnel", "equipment", None)
        if any((d.location is None and (d.owner, k) in owners) or (d.owner, d.location, k) in placed for k in kinds):
            continue  # a sized force of the same owner, kind (and place) says it already
        # "I have ordered the deployment of 3,000 troops": the sized mention had no owner of its
        # own; the statement around it says whose they are.
        candidates = unowned.get(d.unit, [])
        found = next((m for m in candidates if m.location == d.location or d.location is None), None)
        if found is not None:
            found.owner = d.owner
            candidates.remove(found)
            owners.add(d.owner)
            placed.add((d.owner, found.location))
            continue
        # Repeated statements of one movement merge; a port visit and a rotation are two facts.
        key = (d.owner, d.location, d.kind, d.unit)
        if key not in twins:
            twins.add(key)
            merged.append(d)


def _military_equipment(unit: str) -> bool:
    t = tables()
    return unit in t.equipment_military or unit.split()[-1] in t.equipment_military


def _from_quantity(doc: "Doc", q: Quantity, token: "Token", entities: "EntityIndex", voice: Voice) -> Draft | None:
    if q.unit is None or q.category not in ("personnel", "equipment"):
        return None
    verb = governing_verb(token)
    lemma = verb.lemma_.lower() if verb is not None else None
    if lemma in NOT_FORCE or (lemma in PROCURE and not moves_troops(verb)) or (verb is not None and is_negated(verb)):
        return None  # casualties, trade, aid and orders of equipment are no force; nor is "did not deploy"
    if is_unreal(verb if verb is not None else token):
        return None  # halted, refused, asked for, conditional or asked about: no fact
    status = status_of(verb)
    formation = described_formation(verb)
    if status is None and formation is not None:
        status = status_of(formation_verb(formation, verb))  # "will maintain a brigade, which is 3,000 soldiers"
    if status is None and lemma in HOLD_VERBS and q.location is not None:
        status = "stationed"  # "the U.S. has 900 troops in Syria"
    if q.category == "equipment":
        # Ships or jets are a force only when sent, based or withdrawn, or unambiguously military.
        if status is None and not (_military_equipment(q.unit) and lemma in SIZE_VERBS):
            return None
        if status is None and any(t.pos_ == "NOUN" and t.lemma_.lower() in TRANSFER_NOUNS
                                  for t in doc[token.sent.start:token.i]):
            return None  # "a package of military aid ... would include 1,600 missiles": given, not held
    elif status is None and lemma is not None and lemma not in SIZE_VERBS and verb is not None \
            and verb.dep_ != "acl":
        return None
    owner = q.owner.country if q.owner else None
    if owner is None and verb is not None:
        owner = speaker_country(doc, verb, entities)
    if owner is None:
        owner = clause_owner(doc, token, verb, entities, voice)
    location = q.location.country if q.location else None
    if location is None and status == "withdrawn" and verb is not None:
        location = left_place(doc, verb, entities)  # "1,000 troops would leave Mali"
    if status in ("stationed",) and location is None and lemma == "host" and verb is not None:
        for c in verb.children:
            if c.dep_ == "nsubj" and c.ent_type_ == "GPE":
                location = gazetteer.load().country(c.text)
    return Draft(owner=owner, size=q.value, approximate=q.approximate, unit=q.unit, location=location,
                  status=status, quantities=[q.id], first=token.idx)


def _total(doc: "Doc", q: Quantity, token: "Token", mover: "Token", movers: dict[int, Draft],
           entities: "EntityIndex", voice: Voice) -> Draft | None:
    """The force a movement leaves ("..., bringing the total force there to about 17,000 troops"):
    the owner and place it names, else the movement's; the status by :func:`.totals.total_status`."""
    if q.unit is None or q.category not in ("personnel", "equipment") or is_negated(mover) or is_unreal(mover):
        return None
    # the movement's force: on the mover, or on a clause it hangs on ("we surged 20,000 troops to
    # Europe to bolster the Alliance, bringing our force total to 100,000")
    moved = next((movers[n.i] for n in head_chain(mover, 2) if n.i in movers), None)
    owner = q.owner.country if q.owner else (moved.owner if moved is not None else None)
    if owner is None:
        owner = speaker_country(doc, mover, entities) or next(
            (c for c in (subject_country(doc, s, entities, voice) for s in subjects_of(mover)) if c), None)
    location = q.location.country if q.location else (moved.location if moved is not None else None)
    status = total_status(moved.status if moved is not None else status_of(mover))
    unit = q.unit or (moved.unit if moved is not None else None)
    if unit is None:
        return None
    return Draft(owner=owner, size=q.value, approximate=q.approximate, unit=unit, location=location,
                  status=status, quantities=[q.id], first=token.idx)


def _resized(doc: "Doc", q: Quantity, token: "Token", obj: "Token", entities: "EntityIndex",
             voice: Voice) -> Draft | None:
    """A standing force set to a new size ("expanded its army to 200,000 troops", "raised
    Canada's presence in Latvia to 2,200 soldiers"): owner and place from the quantity, else the
    resized noun, else the verb's subject; status from a status noun ("presence", "rotation"),
    planned when the change is still to come; a cut leaves a force with no status of its own."""
    verb = obj.head
    if is_negated(verb) or is_unreal(verb):
        return None
    body = resized_body(token)
    noun = next((p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj"), obj)
    owner = None
    for cand in (noun, obj):  # the resized noun's own words first: "increase the number of U.S. Marines"
        if owner is None:
            codes = set(owner_codes(doc, cand, entities, voice))
            owner = codes.pop() if len(codes) == 1 else None
    if owner is None and q.owner:
        owner = q.owner.country
    if owner is None:
        owner = next((c for c in (subject_country(doc, s, entities, voice) for s in subjects_of(verb)) if c), None)
    if owner is None:
        owner = local_owner(obj, voice)  # "cut the Army to 73,000 soldiers" in a British article
    location = q.location.country if q.location else place_of(doc, obj, entities)
    unit = q.unit
    if unit is None:
        lemma = singular(noun)
        unit = lemma if lemma in counted_nouns() else "troop"
    status = STATUS_NOUNS.get(obj.lemma_.lower())
    if verb.lemma_.lower() in WITHDRAWN:
        status = None
    elif is_planned(verb):
        status = "planned"
    if body is None or q.category not in ("personnel", "equipment", None):
        return None
    return Draft(owner=owner, size=q.value, approximate=q.approximate, unit=unit, location=location,
                 status=status, quantities=[q.id], first=token.idx)


class _OriginalStarts:
    """``doc.text`` character -> original offset, as a sorted sequence for bisection (the map is
    monotonic), read from :func:`pipeline.nlp.offset_map`."""

    def __init__(self, doc: "Doc") -> None:
        self.doc = doc
        self.n = len(text_of(doc))
        # Read once: each probe of the bisection used to look the map up on the Doc again.
        self.offsets = offset_map(doc)

    def __len__(self) -> int:
        return self.n

    def __getitem__(self, char: int) -> int:
        return char if self.offsets is None else self.offsets[char]


def _token_at(doc: "Doc", starts: list[int], original: _OriginalStarts, original_start: int) -> "Token | None":
    """The token that starts at an offset of the original text (evidence spans are original offsets)."""
    char = original_start if original.offsets is None else bisect_left(original, original_start)
    i = bisect_right(starts, char) - 1
    if i < 0 or starts[i] != char:
        return None
    return doc[i]


def extract_forces(doc: "Doc", quantities: tuple[Quantity, ...], entities: "EntityIndex", *,
                   context: "ArticleContext", roles: tuple[Role, ...] = ()) -> tuple[Force, ...]:
    """Military forces stated in the article, one per distinct force.

    Args:
        doc: A processed Doc (see :func:`pipeline.nlp.process`).
        quantities: The article's quantities (from :func:`pipeline.quantities.extract_quantities`).
        entities: The article's entities.
        context: The article context; its publisher country says who "we" and "our" are.
        roles: The article's roles: in a transcript without a known publisher, "we" is the
            government of the turn's speaker.

    Returns:
        Forces in order of first mention, ids ``F1``, ``F2``, ...
    """
    # Map each quantity back to the token of its counted noun (or its number).
    starts = doc.to_array(IDX).tolist() if quantities else []
    original = _OriginalStarts(doc)
    voice = Voice(doc, context, roles)
    drafts: list[Draft] = []
    heads: set[int] = set()
    movers: dict[int, Draft] = {}  # governing verb -> the force it moves, for a total stated after it
    for q in quantities:
        tok = _token_at(doc, starts, original, q.evidence.start)
        if tok is None:
            continue
        while tok.i + 1 < len(doc) and tok.dep_ in ("nummod", "compound", "quantmod", "amod") and tok.head.i > tok.i \
                and tok.head.pos_ in ("NUM",):
            tok = tok.head
        head = tok.head if tok.dep_ == "nummod" and tok.head.pos_ in ("NOUN", "PROPN") else None
        if head is None and q.unit:
            last = q.unit.split()[-1]
            head = next((t for t in doc[tok.i:tok.i + 8] if singular(t) == last or t.lower_.startswith(last)), None)
        if head is None and (q.unit and (tok.dep_ == "conj" or total_mover(tok) is not None)
                             or resized_body(tok) is not None):
            head = tok  # "900 troops in Syria and 2,500 in Iraq", "the number of troops to 1,700"
        if head is None:
            continue
        heads.add(head.i)
        mover = total_mover(head)
        if mover is not None and status_of(mover) is None and not any(n.i in movers for n in head_chain(mover, 2)):
            mover = None  # "Japan agreed to increase the number of Marines to 5,000": no movement, a resize
        resized = resized_body(head) if mover is None else None
        if mover is not None:
            draft = _total(doc, q, head, mover, movers, entities, voice)
        elif resized is not None:
            draft = _resized(doc, q, head, resized, entities, voice)
        else:
            draft = _from_quantity(doc, q, head, entities, voice)
            verb = governing_verb(head) if draft is not None else None
            if verb is not None:
                movers.setdefault(verb.i, draft)
        if draft is not None:
            drafts.append(draft)
    drafts.extend(strong_forces(doc, entities, voice))  # "the 7,000-strong U.S. contingent"
    drafts.sort(key=lambda d: d.first)
    merged = _merge_mentions(drafts)
    _add_statements(merged, sizeless_statements(doc, entities, heads, voice))
    merged.sort(key=lambda m: m.first)
    return tuple(
        Force(id=f"F{i}", owner=m.owner, size=m.size, approximate=m.approximate, unit=m.unit, location=m.location,
              status=m.status, quantities=tuple(m.quantities))
        for i, m in enumerate(merged, 1)
    )

