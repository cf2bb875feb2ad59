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

Mentions of the same force (owner, unit, size) merge into one Force that lists every supporting
quantity; a size-less statement merges into a sized force of the same owner.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from spacy.attrs import IDX

from . import gazetteer
from .knowledge.units import institution_country, singular, tables
from .nlp import original_range
from .nlp import text as text_of
from .records import Force, Quantity

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Token

    from .context import ArticleContext
    from .entities import EntityIndex

_STATIONED = frozenset({"station", "base", "garrison", "host", "keep", "maintain", "remain", "stay", "position"})
_DEPLOYED = frozenset({"deploy", "send", "dispatch", "move", "rotate", "airlift", "mobilize", "mobilise", "amass",
                       "mass", "redeploy", "transfer", "surge", "fly", "sail", "commit", "order", "pour"})
_WITHDRAWN = frozenset({"withdraw", "pull", "remove", "recall", "evacuate", "demobilize", "repatriate",
                        "retreat", "cut", "reduce", "drawdown"})
_PLAN = frozenset({"plan", "intend", "aim", "expect", "propose", "pledge", "promise", "decide", "agree", "vow",
                   "seek", "want", "prepare", "consider", "threaten", "announce", "begin", "start"})
# Verbs of having that state a presence when the place is written ("has 900 troops in Syria").
_HOLD_VERBS = frozenset({"have", "keep", "maintain", "retain"})
_SIZE_VERBS = frozenset({"comprise", "number", "have", "field", "total", "include", "consist", "boast", "be",
                         "possess", "operate", "count"})
# Verbs after which counted soldiers or weapons are not a force's presence (casualties, trade, aid).
_NOT_FORCE = frozenset({"kill", "wound", "injure", "die", "capture", "lose", "sell", "buy", "purchase", "acquire",
                        "deliver", "provide", "supply", "donate", "give", "produce", "build", "manufacture",
                        "train", "arrest", "detain", "release", "free", "fire", "launch", "shoot", "intercept",
                        "destroy", "down", "test"})
_STATUS_NOUNS = {"deployment": "deployed", "presence": "stationed", "rotation": "deployed",
                 "withdrawal": "withdrawn", "pullout": "withdrawn", "drawdown": "withdrawn", "buildup": "deployed",
                 "build-up": "deployed"}
_FORCE_NOUNS = frozenset({"troop", "force", "soldier", "military"})
_PARTICLE_WITHDRAW = frozenset({"out", "back", "down"})
_UNIT_ALIASES = {"ssn": "submarine", "sub": "submarine", "military": "force"}


@dataclass
class _Draft:
    owner: str | None
    size: float | int | None
    approximate: bool
    unit: str
    location: str | None
    status: str | None
    quantities: list[str] = field(default_factory=list)
    first: int = 0
    kind: str | None = None
    """the noun a size-less statement rests on ("deployment", "rotation", "presence")"""


def _governing_verb(tok: "Token") -> "Token | None":
    """The verb a noun hangs off, through a participle on it ("troops stationed in"), the noun it
    belongs to ("a brigade of 4,800 soldiers") or the noun it is coordinated with."""
    node = tok
    for _ in range(4):
        for child in node.children:
            if child.dep_ in ("acl", "relcl") and child.pos_ == "VERB":
                return child
        if node.dep_ in ("dobj", "nsubj", "nsubjpass", "attr", "oprd") and node.head.pos_ in ("VERB", "AUX"):
            return node.head
        if node.dep_ in ("pobj",) and node.head.dep_ in ("prep", "agent") and node.head.head.pos_ == "VERB":
            return node.head.head
        if node.dep_ == "conj" or (node.dep_ == "pobj" and node.head.lower_ == "of"
                                   and node.head.head.pos_ in ("NOUN", "PROPN")):
            node = node.head if node.dep_ == "conj" else node.head.head
            continue
        break
    return None


def _is_planned(verb: "Token") -> bool:
    if any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll") for c in verb.children):
        return True
    node = verb
    for _ in range(2):
        if node.dep_ in ("xcomp", "ccomp", "acl") and node.head.lemma_.lower() in _PLAN:
            return True
        if node.dep_ in ("xcomp", "acl") and node.head.lower_ in ("plan", "plans", "decision", "intention"):
            return True
        node = node.head
    return False


def status_of(verb: "Token | None") -> str | None:
    """stationed / deployed / withdrawn / planned from the verb governing a force mention."""
    if verb is None:
        return None
    lemma = verb.lemma_.lower()
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    status = None
    if lemma in _WITHDRAWN or (lemma in ("pull", "bring", "draw") and particles & _PARTICLE_WITHDRAW):
        status = "withdrawn"
    elif lemma in _STATIONED:
        status = "stationed"
    elif lemma in _DEPLOYED or (lemma == "call" and "up" in particles):
        status = "deployed"  # "called up 300,000 reservists": a mobilisation
    if status is not None and _is_planned(verb):
        return "planned"
    return status


def _military_equipment(unit: str) -> bool:
    t = tables()
    return unit in t.equipment_military or unit.split()[-1] in t.equipment_military


def _from_quantity(doc: "Doc", q: Quantity, token: "Token") -> _Draft | None:
    if q.unit is None or q.category not in ("personnel", "equipment"):
        return None
    verb = _governing_verb(token)
    lemma = verb.lemma_.lower() if verb is not None else None
    if lemma in _NOT_FORCE:
        return None
    status = status_of(verb)
    if status is None and lemma in _HOLD_VERBS and q.location is not None:
        status = "stationed"  # "the U.S. has 900 troops in Syria"
    if q.category == "equipment":
        # Ships or jets are a force only when sent, based or withdrawn, or unambiguously military.
        if status is None and not (_military_equipment(q.unit) and lemma in _SIZE_VERBS):
            return None
    elif status is None and lemma is not None and lemma not in _SIZE_VERBS and verb is not None \
            and verb.dep_ != "acl":
        return None
    owner = q.owner.country if q.owner else None
    location = q.location.country if q.location else None
    if status in ("stationed",) and location is None and lemma == "host" and verb is not None:
        for c in verb.children:
            if c.dep_ == "nsubj" and c.ent_type_ == "GPE":
                location = gazetteer.load().country(c.text)
    return _Draft(owner=owner, size=q.value, approximate=q.approximate, unit=q.unit, location=location,
                  status=status, quantities=[q.id], first=token.idx)


def _right_preps(noun: "Token"):
    """Prepositions that belong to ``noun``: its own, and those the parser hung on its host to its right
    ("concern over troop deployments by the DPRK to Russia", "monitor the deployments in Ukraine")."""
    yield from (c for c in noun.children if c.dep_ in ("prep", "agent"))
    node = noun
    for _ in range(2):
        if node.dep_ == "pobj":
            host = node.head.head
        elif node.dep_ in ("dobj", "nsubjpass"):
            host = node.head
        else:
            break
        yield from (c for c in host.children if c.dep_ in ("prep", "agent") and c.i > noun.i)
        node = host


def _pobjs(prep: "Token"):
    for c in prep.children:
        if c.dep_ == "pobj":
            yield c
        elif c.dep_ == "conj" and c.pos_ == "ADP":  # "in and around Ukraine"
            yield from (p for p in c.children if p.dep_ == "pobj")


def _country(doc: "Doc", tok: "Token", entities: "EntityIndex", labels: frozenset[str]) -> str | None:
    ent = entities.for_doc_span(doc, tok)
    if ent is None:
        return None
    if ent.label in labels and ent.country:
        return ent.country
    if ent.label == "ORG":
        return gazetteer.load().organization(ent.name)
    return None


def _place(doc: "Doc", noun: "Token", entities: "EntityIndex") -> str | None:
    for prep in _right_preps(noun):
        if prep.lower_ in ("in", "to", "into", "at", "inside", "within", "around", "near", "across"):
            for pobj in _pobjs(prep):
                ent = entities.for_doc_span(doc, pobj)
                if ent is not None and ent.label in ("GPE", "LOC") and ent.country:
                    return ent.country
    return None


def _subjects(verb: "Token") -> list["Token"]:
    node = verb
    for _ in range(3):
        subj = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            out = []
            for s in subj:
                out.append(s)
                out.extend(c for c in s.children if c.dep_ == "conj")
            return out
        if node.dep_ in ("xcomp", "conj", "advcl", "ccomp") and node.head.pos_ in ("VERB", "AUX") \
                or node.dep_ == "acl" and node.head.lemma_.lower() in _PLAN:
            node = node.head  # "the US and UK plan to begin rotations": the parser makes "plan" a noun
        else:
            break
    return []


class _Voice:
    """Who "I", "we" and "our" are: the publisher's country (from the article context) outside
    quotations. The quotation spans are found once per call, and only when a first person asks."""

    def __init__(self, doc: "Doc", context: "ArticleContext") -> None:
        self.doc = doc
        self.home = context.home_country
        self._starts: list[int] | None = None
        self._reach: list[int] = []

    def publisher(self, tok: "Token") -> str | None:
        """The country behind "I", "we", "our" in the text's own voice: a government statement
        speaks for its publisher. Inside a quotation the words are someone else's."""
        if self.home is None:
            return None
        if self._starts is None:
            pairs = sorted((p.start, p.end) for p in _find_quote_pairs(text_of(self.doc)))
            self._starts = [s for s, _ in pairs]
            best = -1
            for _, e in pairs:  # the furthest end of any quotation opened so far
                best = max(best, e)
                self._reach.append(best)
        k = bisect_right(self._starts, tok.idx) - 1
        if k >= 0 and tok.idx < self._reach[k]:
            return None
        return self.home


def _find_quote_pairs(text: str):
    """Quote-mark pairs of a text (the leaf :mod:`pipeline.quotemarks` once it exists)."""
    try:
        from .quotemarks import find_quote_pairs
    except ImportError:  # until the quotemarks leaf is merged, the quotes stage has the function
        from .quotes import find_quote_pairs
    return find_quote_pairs(text)


def _subject_country(doc: "Doc", subj: "Token", entities: "EntityIndex", voice: _Voice) -> str | None:
    """Country of a verb's subject; "I"/"we" in a government statement is its publisher's country."""
    if subj.lower_ in ("i", "we"):
        return voice.publisher(subj)
    return _country(doc, subj, entities, frozenset({"GPE", "NORP"})) or _institution(doc, subj, entities)


def _institution(doc: "Doc", tok: "Token", entities: "EntityIndex") -> str | None:
    ent = entities.for_doc_span(doc, tok)
    return institution_country(ent.name if ent is not None else tok.text) if tok.pos_ == "PROPN" else None


def _owner_codes(doc: "Doc", noun: "Token", entities: "EntityIndex", voice: _Voice) -> list[str]:
    """Whose force: a country word on the noun, a "by/of <country>" phrase, or the verb's subject
    for "its/their" (and the publisher for "our" when the article says who published it)."""
    orgs = frozenset({"GPE", "NORP"})
    for child in noun.children:
        if child.dep_ in ("compound", "amod", "poss", "nmod"):
            code = _country(doc, child, entities, orgs)
            if code:
                return [code]
    for prep in _right_preps(noun):
        if prep.lower_ in ("by", "of", "from"):
            for pobj in _pobjs(prep):
                code = _country(doc, pobj, entities, orgs)
                if code:
                    return [code]
    poss = next((c for c in noun.children if c.tag_ == "PRP$"), None)
    if poss is not None:
        if poss.lower_ in ("our", "my"):
            code = voice.publisher(poss)
            return [code] if code else []
        verb = _governing_verb(noun) or (noun.head.head if noun.dep_ == "pobj" else None)
        if verb is not None and verb.pos_ in ("VERB", "AUX"):
            codes = [_country(doc, s, entities, orgs) for s in _subjects(verb)]
            return [c for c in codes if c]
    return []


def _statements(doc: "Doc", entities: "EntityIndex", quantity_heads: set[int], voice: _Voice) -> list[_Draft]:
    """Size-less force statements whose owner is written ("Russian deployments in Ukraine")."""
    out: list[_Draft] = []
    t = tables()
    for tok in doc:
        if tok.pos_ != "NOUN" or tok.i in quantity_heads:
            continue
        lemma = tok.lemma_.lower()
        mods = {c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod")}
        if lemma == "visit" and "port" in mods:
            status = "deployed"
        else:
            status = _STATUS_NOUNS.get(lemma)
        if status is not None:
            objects = [singular(p) for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                       for p in c.children if p.dep_ == "pobj"]
            objects += [singular(c) for c in tok.children if c.dep_ == "compound"]
            forceish = [o for o in objects if o in _FORCE_NOUNS or o in t.equipment_military]
            if lemma == "presence" and not (mods & {"military", "troop", "naval", "force", "army", "forward"}):
                continue
            if lemma != "presence" and not (forceish or mods & {"military", "naval"}
                                            or any(c.ent_type_ == "NORP" and c.dep_ == "amod" for c in tok.children)):
                continue
            if objects and not forceish and lemma != "presence":
                continue  # "the deployment of strategic assets", "visits of officials"
            unit = _UNIT_ALIASES.get(forceish[0], forceish[0]) if forceish else (
                "military presence" if lemma == "presence" else "force")
        elif lemma in ("troop", "force") and tok.tag_ == "NNS":
            status = status_of(_governing_verb(tok))
            if status is None:
                continue
            if lemma == "force" and not mods & {"military", "armed", "ground", "land", "air", "naval", "maritime",
                                                "combat", "special"} \
                    and not any(c.ent_type_ in ("NORP", "GPE") for c in tok.children):
                continue
            unit = lemma
        else:
            continue
        owners = _owner_codes(doc, tok, entities, voice)
        if not owners:
            verb = _governing_verb(tok)
            if verb is not None and tok.dep_ in ("dobj",) and verb.lemma_.lower() in _DEPLOYED | _STATIONED | _WITHDRAWN | {"increase", "begin", "start", "expand", "conduct"}:
                owners = [c for c in (_subject_country(doc, s, entities, voice) for s in _subjects(verb)) if c]
        if not owners:
            continue
        verb = _governing_verb(tok) or (tok.head.head if tok.dep_ == "pobj" and tok.head.head.pos_ == "VERB" else None)
        vstatus = status_of(verb)
        if vstatus is not None:
            status = vstatus
        elif verb is not None and verb.lemma_.lower() in ("wind", "end", "reduce", "scale") and status == "stationed":
            status = "withdrawn"
        elif verb is not None and _is_planned(verb):
            status = "planned"
        place = _place(doc, tok, entities)
        for owner in dict.fromkeys(owners):
            if owner != place:
                out.append(_Draft(owner=owner, size=None, approximate=False, unit=unit, location=place,
                                  status=status, first=tok.idx, kind=lemma))
    return out


class _OriginalStarts:
    """``doc.text`` character -> original offset, as a sorted sequence for bisection (the map is
    monotonic), read through :func:`pipeline.nlp.original_range` one probe at a time."""

    def __init__(self, doc: "Doc") -> None:
        self.doc = doc
        self.n = len(text_of(doc))

    def __len__(self) -> int:
        return self.n

    def __getitem__(self, char: int) -> int:
        return original_range(self.doc, char, char + 1)[0]


def _token_at(doc: "Doc", starts: list[int], original: _OriginalStarts, original_start: int) -> "Token | None":
    """The token that starts at an offset of the original text (evidence spans are original offsets)."""
    char = bisect_left(original, original_start)
    i = bisect_right(starts, char) - 1
    if i < 0 or starts[i] != char:
        return None
    return doc[i]


def extract_forces(doc: "Doc", quantities: tuple[Quantity, ...], entities: "EntityIndex", *,
                   context: "ArticleContext") -> tuple[Force, ...]:
    """Military forces stated in the article, one per distinct force.

    Args:
        doc: A processed Doc (see :func:`pipeline.nlp.process`).
        quantities: The article's quantities (from :func:`pipeline.quantities.extract_quantities`).
        entities: The article's entities.
        context: The article context; its publisher country says who "we" and "our" are.

    Returns:
        Forces in order of first mention, ids ``F1``, ``F2``, ...
    """
    # Map each quantity back to the token of its counted noun (or its number).
    starts = doc.to_array(IDX).tolist() if quantities else []
    original = _OriginalStarts(doc)
    voice = _Voice(doc, context)
    drafts: list[_Draft] = []
    heads: set[int] = set()
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
        if head is None and q.unit and tok.dep_ == "conj":
            head = tok  # "900 troops in Syria and 2,500 in Iraq": the number stands for its noun
        if head is None:
            continue
        heads.add(head.i)
        draft = _from_quantity(doc, q, head)
        # A size with neither owner nor place ("his country had 12 warheads") states no usable force.
        if draft is not None and (draft.owner is not None or draft.location is not None):
            drafts.append(draft)
    merged: list[_Draft] = []
    for d in drafts:
        same = next((m for m in merged if m.owner == d.owner and m.unit == d.unit and m.size == d.size
                     and (m.location == d.location or None in (m.location, d.location))), None)
        if same is None:
            merged.append(d)
            continue
        same.quantities.extend(d.quantities)
        same.approximate = same.approximate and d.approximate
        same.location = same.location or d.location
        same.status = same.status or d.status
    for d in _statements(doc, entities, heads, voice):
        same = next((m for m in merged if m.size is not None and m.owner == d.owner
                     and (m.location == d.location or d.location is None)), None)
        if same is not None:
            continue
        # "I have ordered the deployment of 3,000 troops": the sized mention had no owner of its
        # own; the statement around it says whose they are.
        unowned = next((m for m in merged if m.size is not None and m.owner is None and m.unit == d.unit
                        and (m.location == d.location or d.location is None)), None)
        if unowned is not None:
            unowned.owner = d.owner
            continue
        # Repeated statements of one movement merge; a port visit and a rotation are two facts.
        twin = next((m for m in merged if m.size is None and m.owner == d.owner and m.location == d.location
                     and m.kind == d.kind and m.unit == d.unit), None)
        if twin is None:
            merged.append(d)
    merged.sort(key=lambda m: m.first)
    return tuple(
        Force(id=f"F{i}", owner=m.owner, size=m.size, approximate=m.approximate, unit=m.unit, location=m.location,
              status=m.status, quantities=tuple(m.quantities))
        for i, m in enumerate(merged, 1)
    )
