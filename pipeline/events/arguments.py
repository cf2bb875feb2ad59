"""Arguments of an event: actor, recipient, location, date and the clause, from the parse.

- actor: the clause subject, or the passive agent ("by X"); a light verb's subject for an event
  noun ("X held talks"); a noun's possessive, by-agent or entity modifier ("Russia's invasion",
  "an attack by X", "US sanctions"). A consultation noun in a temporal phrase ("During talks
  with Y, X said") takes the main clause's subject.
- recipient: the direct object (the passive subject), else the object of with/to/against/on/...;
  "X and Y met" -> X actor, Y recipient (one event); hosting swaps the two (PLOVER codes the
  visitor as source, the host as recipient).
- names -> entities by character offsets; a person's country from his role ("Defence Minister
  Ahn" -> KOR), else a country word in his noun phrase; a place or government -> its ISO3;
  "we"/"I" outside quotations -> the home country; "he"/"she" -> the nearest person named as a
  subject before.
- location: "in/at <place>", or "to <place>" for visits and deployments; date: the date mention
  nearest the trigger inside the clause.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from ..nlp import original_range, raw_text
from ..records import Entity, Role, TimeExpression
from .lexicon import load
from .triggers import (VIA_LIGHT, VIA_OWN, VIA_PARTICIPANT, Trigger, direct_object, is_passive,
                       misparsed_main_verb)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_NP_DEPS = frozenset({"compound", "amod", "poss", "nmod", "appos", "flat", "det", "punct", "case", "nummod",
                      "quantmod"})
_PRONOUNS_PERSON = frozenset({"he", "she", "him", "her", "his"})
_PRONOUNS_SPEAKER = frozenset({"we", "i", "us", "our", "my", "me"})
_PRONOUNS_SINGULAR_SPEAKER = frozenset({"i", "my", "me"})
_RELATIVE = frozenset({"who", "which", "that", "whom"})
_GROUP_NOUNS = frozenset({"leader", "president", "minister", "advisor", "adviser", "official", "side", "country",
                          "nation", "government", "ally", "partner", "counterpart", "secretary", "delegation",
                          "party", "chief", "head", "envoy", "diplomat", "participant", "principal",
                          "director", "premier", "chancellor", "delegate", "organization", "organisation",
                          "agency", "institution"})
"""plural heads that refer back to a pair named before ("the two leaders", "both sides")"""
_THEY_WINDOW = 12
"""sentences (this one included) within which "they" finds the pair it stands for"""
_PERSON_GROUP_NOUNS = frozenset({"leader", "president", "minister", "advisor", "adviser", "official", "counterpart",
                                 "secretary", "chief", "head", "envoy", "diplomat", "principal", "director",
                                 "premier", "chancellor", "delegate"})
"""group heads that stand for people: their pair must be two persons when one was named"""
_RECIPIENT_PREPS = ("with", "against", "on", "upon", "to", "toward", "towards")
_TYPE_PREPS = {"ASSAULT": ("at", "into", "of"), "COERCE": ("of",), "AID": ("for",), "SANCTION": ("of",),
               "RETREAT": ("from",), "ACCUSE": ("about", "over"), "SUPPORT": ("for",)}
_RECIPROCAL = frozenset({"CONSULT", "COOPERATE", "AGREE", "ASSAULT"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_COUNTRY_LABELS = frozenset({"GPE", "NORP"})
_CUT_DEPS = frozenset({"conj", "cc", "parataxis", "advcl", "ccomp", "relcl"})
_LABEL_RANK = {"PERSON": 0, "ORG": 1, "GPE": 2, "LOC": 3, "FAC": 3, "NORP": 4}


@dataclass(frozen=True, slots=True)
class Party:
    """An actor or recipient: the entity (or None) and its ISO3 country (or None)."""

    entity: Entity | None
    country: str | None
    token: "Token | None" = None
    name: str | None = None
    """the name to record when there is no entity: the ISO3 of a government speaking as 'we'"""

    @property
    def label(self) -> str | None:
        return self.entity.label if self.entity is not None else None


@lru_cache(maxsize=1)
def _institutions() -> dict[str, str]:
    """Seats and institutions that stand for a government ("Kremlin" -> RUS), lower case.

    From the knowledge modules: the institutions table (``knowledge.units``) and the seats of
    government of the office ontology (``knowledge.offices``).
    """
    from ..knowledge.offices import load_offices
    from ..knowledge.units import tables

    out: dict[str, str] = dict(tables().institutions)
    for name, _rx, code in load_offices().seats:
        if code:
            out.setdefault(_norm(name), code)
    return out


def coordinated_with(tok: "Token", entity_at: dict) -> "Token | None":
    """The second member of "X and Y" / "X, Y and Z" headed by ``tok``: its conj, or (the
    small model's frequent parse of long titled names) an apposition naming another entity
    of the same kind when an "and" joins the list ("Advisor X of A, Secretary Y of B, and
    Director Z of C met")."""
    conj = next((c for c in tok.children if c.dep_ == "conj"), None)
    if conj is not None:
        return conj
    own = entity_at.get(tok.i)
    if own is None:
        return None
    apps = [c for c in tok.children if c.dep_ == "appos" and c.i in entity_at
            and entity_at[c.i] is not own and entity_at[c.i].label == own.label]
    if not apps:
        return None
    joined = any(c.dep_ == "cc" and c.lower_ == "and" for a in (tok, *apps) for c in a.children)
    return apps[0] if joined else None


def _heading_between(actor: "Token", trigger: "Token") -> bool:
    """Whether a colon separates a would-be actor from its trigger in one sentence."""
    lo, hi = sorted((actor.i, trigger.i))
    doc = actor.doc
    return actor.sent.start == trigger.sent.start and any(doc[i].text == ":" for i in range(lo + 1, hi))


def _agent_position(tok: "Token") -> bool:
    """Whether a name stands where those who act are named: a subject, its apposition, or
    the object of "between" ("talks between X and Y")."""
    while tok.dep_ in ("appos", "compound", "flat") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ == "between"


def _forms(tok: "Token") -> tuple[str, ...]:
    low = tok.lower_
    return (tok.lemma_.lower(), low, low[:-1] if low.endswith("s") else low)


def _norm(name: str) -> str:
    name = " ".join(name.replace("’", "'").split()).lower()
    return name[4:] if name.startswith("the ") else name


@dataclass
class Context:
    """Everything argument finding needs about one Doc, built once per Doc."""

    doc: "Doc"
    entity_at: dict[int, Entity]
    roles_by_person: dict[str, list[Role]]
    dates: list[tuple[TimeExpression, int, int]]
    home_country: str | None
    quoted: frozenset[int]
    raw: list[tuple[int, int]] = field(default_factory=list)
    collective: dict[str, Entity] = field(default_factory=dict)
    """capitalised collective words ("Allies") -> the organisation the article names"""
    author: Entity | None = None
    """the person a first-person statement is by (signature or "Statement by X" title), or None"""
    leads: dict[int, tuple["Token", bool]] = field(default_factory=dict)
    """sentence start -> (lead-in subject, future) for the items of a colon-introduced list"""
    acts: list[tuple[int, "Party"]] = field(default_factory=list)
    """(token index, actor) of the events found so far, in text order"""
    pairs: list[tuple[int, "Party", "Party"]] = field(default_factory=list)
    settings: dict[int, tuple[str | None, TimeExpression | None]] = field(default_factory=dict)
    """where and when the joint event that formed a pair happened (what "they" later did,
    they did there and then unless the clause says otherwise)"""
    """(token index, first, second) of parties named together before: coordinated names and
    the two sides of events already found; plural references ("they", "the two leaders")
    stand for the nearest pair before them"""

    @classmethod
    def build(cls, doc: "Doc", *, entities: tuple[Entity, ...], roles: tuple[Role, ...],
              dates: tuple[TimeExpression, ...], home_country: str | None,
              quoted: frozenset[int]) -> "Context":
        by_pos: dict[int, Entity] = {}
        for ent in entities:
            for m in ent.mentions:
                for pos in range(m.start, m.end):
                    by_pos.setdefault(pos, ent)
        raw = [original_range(doc, t.idx, t.idx + len(t.text)) for t in doc]
        entity_at: dict[int, Entity] = {}
        if by_pos:
            for t in doc:
                s, e = raw[t.i]
                for pos in range(s, e):
                    hit = by_pos.get(pos)
                    if hit is not None:
                        entity_at[t.i] = hit
                        break
        roles_by_person: dict[str, list[Role]] = {}
        for r in roles:
            if r.person:
                roles_by_person.setdefault(r.person, []).append(r)
        kept = [(d, d.evidence.start, d.evidence.end) for d in dates if d.type in ("DATE", "TIME")]
        ctx = cls(doc, entity_at, roles_by_person, kept, home_country, quoted, raw,
                  author=statement_author(doc, entities))
        by_name = {e.name.lower(): e for e in entities if e.label == "ORG"}
        ctx.collective = {w: by_name[o.lower()] for w, o in load().collective_actors.items() if o.lower() in by_name}
        ctx.pairs = ctx._coordinated_pairs()
        ctx.leads = ctx._list_leads()
        return ctx

    def _list_leads(self) -> dict[int, tuple["Token", bool]]:
        """Sentence start -> (subject, future) for the items of a list introduced by a lead-in
        ending in a colon ("Together, the United States and the ROK will:" followed by items
        "Establish a working group ...", "Launch ..."): an item that opens with a bare verb
        and has no subject of its own is done by the lead-in's subject."""
        out: dict[int, tuple["Token", bool]] = {}
        lead: tuple["Token", bool] | None = None
        for sent in self.doc.sents:
            words = [t for t in sent if not (t.is_space or t.is_punct)]
            if not words:
                continue
            if sent.text.rstrip().endswith(":"):
                subj = next((t for t in sent if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"), None)
                lead = None
                if subj is not None:
                    will = any(c.dep_ == "aux" and c.lower_ in ("will", "shall") for c in subj.head.children) \
                        or subj.head.lower_ in ("will", "shall")
                    lead = (subj, will)
                continue
            first = words[0]
            if lead is not None and first.tag_ == "VB" and not any(t.dep_ in ("nsubj", "nsubjpass") and t.head == first
                                                                  for t in sent):
                out[sent.start] = lead
        return out

    def lead_subject(self, verb: "Token") -> "Token | None":
        """The lead-in subject of a list item whose (first) verb has no subject."""
        lead = self.leads.get(verb.sent.start)
        if lead is None:
            return None
        root = verb
        while root.dep_ in ("conj", "xcomp") and root.head.i != root.i:
            root = root.head
        first = next((t for t in verb.sent if not (t.is_space or t.is_punct)), None)
        return lead[0] if first is not None and root.i == first.i else None

    def _coordinated_pairs(self) -> list[tuple[int, "Party", "Party"]]:
        """Parties named as "X and Y" / "X, Y and Z" where actors are named (first and second
        member)."""
        out = []
        for t in self.doc:
            if t.dep_ in ("nsubj", "nsubjpass") and t.i in self.entity_at and not any(
                    c.dep_ == "conj" for c in t.children):
                second = coordinated_with(t, self.entity_at)  # the apposition-parsed list
                if second is not None:
                    a, b = self.party(t), self.party(second)
                    if a is not None and b is not None:
                        out.append((second.i, a, b))
                continue
            if t.dep_ != "conj" or t.head.i == t.i or t.i not in self.entity_at or t.head.i not in self.entity_at:
                continue
            first = t.head
            if first.dep_ == "conj" and first.head.i in self.entity_at:
                continue  # "X, Y and Z": the pair is X and Y, found from Y
            if any(c.dep_ == "conj" and c.i < t.i for c in first.children):
                continue
            if not _agent_position(first):
                continue
            a, b = self.party(first), self.party(t)
            if a is not None and b is not None and a.entity is not None and b.entity is not None \
                    and a.entity is not b.entity and (a.label == "PERSON") == (b.label == "PERSON"):
                out.append((t.i, a, b))
        return out

    def note_act(self, at: int, actor: "Party | None") -> None:
        """Remember who acted at token ``at`` ("the decision" later refers to this act)."""
        if actor is not None:
            self.acts.append((at, actor))

    def last_actor(self, before: "Token", other_than: Party, sentences: int = 3) -> Party | None:
        """The actor of the latest event before ``before`` (within ``sentences`` sentences)
        that is not ``other_than``: whose act a reaction to "the decision" answers."""
        starts = [s.start for s in self.doc.sents if s.start <= before.i]
        floor = starts[-sentences] if len(starts) >= sentences else 0
        for at, party in reversed(self.acts):
            if at >= before.i:
                continue
            if at < floor:
                break
            if party.entity is not None and party.entity is other_than.entity:
                continue
            if party.country is not None and party.country == other_than.country:
                continue
            return party
        return None

    def note_pair(self, at: int, typ: str, actor: "Party | None", recipient: "Party | None",
                  location: str | None = None, date: TimeExpression | None = None) -> None:
        """Remember the two sides of a joint event (a meeting, an agreement) found at token
        ``at`` for later plural references; one side acting on the other is no pair."""
        if typ in _RECIPROCAL and actor is not None and recipient is not None and actor.entity is not None and recipient.entity is not None:
            self.pairs.append((at, actor, recipient))
            self.pairs.sort(key=lambda p: p[0])
            self.settings[at] = (location, date)

    # ---- parties -----------------------------------------------------------------------
    def np_tokens(self, head: "Token", limit: int = 30) -> list["Token"]:
        """The noun phrase's own words, then the words of its "of" complement ("the people
        of Morocco", "the government of Japan"), which are searched last."""
        out, stack, tail = [], [head], []
        while stack and len(out) < limit:
            t = stack.pop()
            out.append(t)
            for c in t.children:
                if c.dep_ in _NP_DEPS:
                    stack.append(c)
                elif c.dep_ == "prep" and c.lower_ == "of" and t.i == head.i:
                    tail.extend(p for p in c.children if p.dep_ == "pobj")
        for p in tail:
            out.extend(x for x in p.subtree if x.dep_ in _NP_DEPS or x.i == p.i)
        return out

    def party(self, tok: "Token | None") -> Party | None:
        """Resolve a noun phrase head to an entity and country, or None when it names nobody."""
        if tok is None:
            return None
        low = tok.lower_
        if low in _RELATIVE and tok.head.dep_ in ("relcl", "acl") and tok.head.head.i != tok.head.i:
            return self.party(tok.head.head)
        if low in _PRONOUNS_SPEAKER:
            if tok.i in self.quoted:
                return None
            if low in _PRONOUNS_SINGULAR_SPEAKER and self.author is not None:
                return Party(entity=self.author, country=self._country(self.author, [], []), token=tok)
            if self.home_country is None:
                return None
            # "we" of a government's statement is the government as a whole: its ISO3 is the name
            name = self.home_country if low not in _PRONOUNS_SINGULAR_SPEAKER else None
            return Party(entity=None, country=self.home_country, token=tok, name=name)
        if low in _PRONOUNS_PERSON and tok.pos_ == "PRON":
            return self._antecedent(tok)
        toks = self.np_tokens(tok)
        if self.collective:
            for t in toks:
                org = self.collective.get(t.lower_) if t.text[:1].isupper() else None
                if org is not None:
                    return Party(entity=org, country=org.country, token=tok)
        found = [(t, self.entity_at[t.i]) for t in toks if t.i in self.entity_at]
        if not found:
            return None
        own = self.entity_at.get(tok.i)
        ent = own if own is not None else min(found, key=lambda te: (_LABEL_RANK.get(te[1].label, 5), te[0].i))[1]
        if ent.label not in _LABEL_RANK:
            return None
        return Party(entity=ent, country=self._country(ent, toks, found), token=tok)

    def _country(self, ent: Entity, toks: list["Token"], found: list[tuple["Token", Entity]]) -> str | None:
        if ent.label == "PERSON":
            lo = min((self.raw[t.i][0] for t in toks), default=-1)
            hi = max((self.raw[t.i][1] for t in toks), default=-1)
            roles = self.roles_by_person.get(ent.id, [])
            near = [r for r in roles if r.country and r.evidence.start < hi and lo < r.evidence.end]
            current = [r for r in roles if r.country and r.status in ("current", "acting")]
            anyc = [r for r in roles if r.country]
            for group in (near, current, anyc):
                if group:
                    return group[0].country
        elif ent.country:
            return ent.country
        elif ent.label == "ORG":
            code = _institutions().get(_norm(ent.name))
            if code:
                return code
        for _, other in found:  # "South Korean Defence Minister Ahn": a country word in the phrase
            if other is not ent and other.label in _COUNTRY_LABELS and other.country:
                return other.country
        return ent.country

    def is_group(self, tok: "Token | None") -> bool:
        """A plural reference to parties named before: "they", "the two leaders", "both sides",
        "the national security advisors" (a plural head naming no country or person itself)."""
        if tok is None:
            return False
        if tok.lower_ == "they" and tok.pos_ == "PRON":
            return True
        plural = tok.tag_ in ("NNS", "NNPS") or (  # "The three National Security Advisors" (tagged NNP)
            tok.tag_ == "NNP" and tok.lower_.endswith("s")
            and any(c.dep_ in ("det", "nummod", "predet") for c in tok.children))
        if not plural or not any(f in _GROUP_NOUNS for f in _forms(tok)):
            return False
        # "the two leaders", "both sides", "these officials"; a bare "Leaders will ..." is generic
        if not any(c.dep_ in ("det", "nummod", "predet") or c.lower_ in ("both", "all") for c in tok.children):
            return False
        own = self.entity_at.get(tok.i)
        if own is not None and own.label != "ORG":  # "the Koreans" names its side itself
            return False
        # "the Korean leaders", "Putin's advisers": a modifier names whose they are
        return not any(c.dep_ in ("amod", "compound", "poss", "nmod") and c.i in self.entity_at
                       and self.entity_at[c.i] is not own for c in tok.children)

    def group(self, tok: "Token | None") -> tuple[Party, Party, int] | None:
        """The pair a plural reference stands for ("they", "the two leaders", "both sides"):
        the nearest pair named before it (coordinated names, or an event's two sides); for
        a head that stands for people ("leaders", "advisors"), the nearest pair of persons."""
        if not self.is_group(tok):
            return None
        people = any(f in _PERSON_GROUP_NOUNS for f in _forms(tok))
        floor = 0
        if tok.lower_ == "they":  # a bare pronoun reaches back a few paragraphs at most
            starts = [s.start for s in self.doc.sents if s.start <= tok.i]
            floor = starts[-_THEY_WINDOW] if len(starts) >= _THEY_WINDOW else 0
        best = None
        for at, a, b in self.pairs:
            if at >= tok.i:
                break
            if at < floor:
                continue
            if people and a.label != "PERSON":
                continue
            best = (a, b, at)
        if best is None and people:
            for at, a, b in self.pairs:
                if at >= tok.i:
                    break
                best = (a, b, at)
        return best

    def _antecedent(self, pron: "Token", exclude: Entity | None = None) -> Party | None:
        """The person a he/she refers to: the nearest person named as a subject before it,
        within its sentence and the two before; else the nearest person named."""
        sent_starts = [s.start for s in self.doc.sents if s.start <= pron.i]
        floor = sent_starts[-3] if len(sent_starts) >= 3 else 0
        nearest = None
        for i in range(pron.i - 1, floor - 1, -1):
            ent = self.entity_at.get(i)
            if ent is None or ent.label != "PERSON" or ent is exclude:
                continue
            t = self.doc[i]
            while t.dep_ in ("compound", "flat", "appos") and t.head.i != t.i:
                t = t.head
            if t.dep_ in ("nsubj", "nsubjpass"):
                return self.party(self.doc[i])
            if nearest is None:
                nearest = i
        return self.party(self.doc[nearest]) if nearest is not None else None

    # ---- where and when ------------------------------------------------------------------
    def place(self, tok: "Token") -> Party | None:
        """The place a noun phrase names (an entity with a country), or None."""
        p = self.party(tok)
        if p is not None and p.entity is not None and p.entity.label in _PLACE_LABELS and p.country:
            return p
        return None

    def clause_tokens(self, top: "Token", trigger: "Token") -> tuple[int, int]:
        """Token range [start, end) of the clause headed by ``top`` (coordinated and
        subordinate clauses cut off unless they hold the trigger)."""
        lo, hi = top.i, top.i
        stack = [top]
        while stack:
            t = stack.pop()
            lo, hi = min(lo, t.i), max(hi, t.i)
            for c in t.children:
                if c.dep_ in _CUT_DEPS and not (c.left_edge.i <= trigger.i <= c.right_edge.i):
                    continue
                stack.append(c)
        sent = top.sent
        lo, hi = max(lo, sent.start), min(hi, sent.end - 1)
        while hi > lo and self.doc[hi].is_punct:
            hi -= 1
        while lo < hi and self.doc[lo].is_punct:
            lo += 1
        return lo, hi + 1

    def date_in(self, lo: int, hi: int, trigger: "Token") -> TimeExpression | None:
        start, end = self.raw[lo][0], self.raw[hi - 1][1]
        at = self.raw[trigger.i][0]
        inside = [(abs(s - at), d) for d, s, e in self.dates if start <= s and e <= end]
        return min(inside, key=lambda x: x[0])[1] if inside else None


# ---- structure ---------------------------------------------------------------------------
def subject_token(verb: "Token", depth: int = 0) -> "Token | None":
    """The token naming who does ``verb``: its subject, the passive agent, or the subject it
    inherits (a coordinated or controlled verb, a relative clause's antecedent)."""
    if depth > 6:
        return None
    for c in verb.children:
        if c.dep_ in ("nsubj", "csubj"):
            return c
    if is_passive(verb):
        for c in verb.children:
            if c.dep_ == "agent":
                return next((p for p in c.children if p.dep_ == "pobj"), None)
        return None
    head = verb.head
    if head.i == verb.i:
        return None
    if verb.dep_ == "xcomp" and is_passive(head):  # "I am honored to welcome", "X was asked to leave"
        controller = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
        if controller is not None:
            return controller
    if verb.dep_ in ("conj", "xcomp", "acomp"):  # "I am proud to announce": the copula's subject
        return subject_token(head, depth + 1)
    if verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VBN"):  # "..., killing three civilians"
        return subject_token(head, depth + 1)
    if verb.dep_ in ("relcl", "acl") and (verb.tag_ != "VBN" or misparsed_main_verb(verb)):
        return head
    return None


def patient_token(verb: "Token") -> "Token | None":
    """The passive subject ("Kyiv was shelled"), or the noun a passive participle modifies."""
    for c in verb.children:
        if c.dep_ == "nsubjpass":
            return c
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return verb.head
    return None


def _pobj(prep: "Token") -> "Token | None":
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def _prep_parties(ctx: Context, tok: "Token", typ: str, destination: bool) -> Party | None:
    preps = _RECIPIENT_PREPS + _TYPE_PREPS.get(typ, ())
    if destination and typ != "CONSULT":  # "deployed troops to Poland": where, not to whom
        preps = tuple(p for p in preps if p not in ("to", "toward", "towards"))
    by_word: dict[str, list["Token"]] = {}
    # "meeting last month with X": the phrase may hang on the noun's time adverbial
    kids = [*tok.children, *(g for c in tok.children if c.dep_ == "npadvmod" for g in c.children)]
    for c in kids:
        if c.dep_ in ("prep", "prt"):
            by_word.setdefault(c.lower_, []).append(c)
    for word in preps:
        for prep in by_word.get(word, ()):
            p = ctx.party(_pobj(prep))
            if p is not None:
                return p
    return None


def _own_actor(ctx: Context, noun: "Token", possessive_only: bool = False) -> "Token | None":
    """A bare event noun's actor: "Russia's invasion", "an attack by X", "US sanctions"."""
    for c in noun.children:
        if c.dep_ == "poss":
            return c
    for c in noun.children:
        if c.dep_ in ("prep", "agent") and c.lower_ == "by":
            return _pobj(c)
    if possessive_only:
        return None
    for c in noun.children:
        if c.dep_ in ("compound", "amod", "nmod") and c.i in ctx.entity_at:
            return c
    return None


def _between(noun: "Token") -> tuple["Token | None", "Token | None"]:
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "between":
            first = _pobj(c)
            if first is not None:
                second = next((x for x in first.children if x.dep_ == "conj"), None)
                return first, second
    return None, None


@dataclass(frozen=True, slots=True)
class Arguments:
    actor: Party | None
    recipient: Party | None
    location: str | None
    date: TimeExpression | None
    clause: tuple[int, int]
    lead_future: bool = False
    """the actor came from a list's lead-in in the future tense ("X and Y will: - Establish ...")"""


def find_arguments(ctx: Context, trig: Trigger) -> Arguments:
    """Actor, recipient, location, date and clause range of one trigger."""
    tok, typ = trig.token, trig.type
    clause = trig.clause
    actor_tok = recip = None
    recipient: Party | None = None
    first, second = _between(tok) if tok.pos_ == "NOUN" else (None, None)
    if first is not None:  # "talks between X and Y"
        actor_tok = first
        recipient = ctx.party(second)
    elif trig.via == VIA_OWN:
        actor_tok = _own_actor(ctx, tok, bool(trig.entry and trig.entry.possessive_only))
        recipient = _prep_parties(ctx, tok, typ, trig.destination)
        if recipient is None and typ in ("CONSULT", "COOPERATE") and tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
            # "It follows Biden's meeting last month with X": the parser hangs "with X" on the verb
            recipient = next((p for prep in tok.head.children if prep.dep_ == "prep" and prep.lower_ == "with"
                              for p in [ctx.party(_pobj(prep))] if p is not None), None)
    elif trig.via in (VIA_LIGHT, VIA_PARTICIPANT) and clause is not None:
        actor_tok = subject_token(clause) or ctx.lead_subject(clause)
        if actor_tok is None:
            actor_tok = _own_actor(ctx, tok)
        recipient = _prep_parties(ctx, tok, typ, trig.destination)
        if recipient is None and trig.via == VIA_LIGHT:
            recipient = _prep_parties(ctx, clause, typ, trig.destination)
            if recipient is None:
                recip = next((c for c in clause.children if c.dep_ == "dative"), None)
                recipient = ctx.party(recip)
    else:
        actor_tok = subject_token(tok) or ctx.lead_subject(tok)
        obj = direct_object(tok)
        dative = next((c for c in tok.children if c.dep_ == "dative"), None)
        if is_passive(tok):
            recip = None if trig.theme_object else patient_token(tok)
        else:
            recip = dative if trig.theme_object else (obj or dative)
        if trig.particle is not None:
            if trig.particle.dep_ == "mark":  # "called for Russia to withdraw": Russia is asked
                recip = next((c for c in trig.particle.head.children if c.dep_ == "nsubj"), recip)
            else:
                recip = _pobj(trig.particle) or recip
        recipient = ctx.party(recip)
        if recipient is None:
            recipient = _prep_parties(ctx, tok, typ, trig.destination)
        if recipient is None and obj is not None:  # "severed ties with Mexico"
            recipient = _prep_parties(ctx, obj, typ, trig.destination)
    if actor_tok is not None and _heading_between(actor_tok, tok):
        # "Joint Efforts on Green Shipping: To accelerate ..., the ROK will ...": a heading
        # before a colon is no subject
        actor_tok = ctx.lead_subject(tok)
    pair = ctx.group(actor_tok)  # "They agreed ...", "The two leaders met ..."
    if pair is not None:
        actor = pair[0]
        if recipient is None and typ in _RECIPROCAL:
            recipient = pair[1]
    else:
        actor = ctx.party(actor_tok)
        if recipient is None and typ in _RECIPROCAL and actor_tok is not None:
            recipient = ctx.party(coordinated_with(actor_tok, ctx.entity_at))
    if trig.host and trig.via not in (VIA_LIGHT,) and actor is not None and recipient is not None:
        actor, recipient = recipient, actor
    if actor is not None and recipient is not None and actor.entity is not None and actor.entity is recipient.entity:
        # "Sall congratulated him": an object pronoun is someone other than the subject
        other = recip if recip is not None else recipient.token
        recipient = None
        if other is not None and other.lower_ in ("him", "her") and other.pos_ == "PRON":
            recipient = ctx._antecedent(other, exclude=actor.entity)
    where = _location(ctx, trig)
    location = where.country if where is not None else None
    setting = ctx.settings.get(pair[2], (None, None)) if pair is not None else (None, None)
    if location is None:
        location = setting[0]
    if recipient is None and actor is not None:
        recipient = _implicit_recipient(ctx, typ, actor, recip, where)
    top = clause if clause is not None else tok
    lo, hi = ctx.clause_tokens(top, tok)
    if not (lo <= tok.i < hi):
        lo, hi = min(lo, tok.i), max(hi, tok.i + 1)
    lead = ctx.leads.get(tok.sent.start)
    return Arguments(actor=actor, recipient=recipient, location=location, date=ctx.date_in(lo, hi, tok) or setting[1],
                     clause=(lo, hi), lead_future=bool(lead and actor_tok is lead[0] and lead[1]))


_PLACE_RECIPIENT_TYPES = frozenset({"ASSAULT", "RETREAT", "CONSULT"})
"""categories whose recipient, when no one is named, is the country where it happens: the
attacked country ("struck targets in southern Lebanon"), the one left ("withdrew from
Jordan"), the one visited ("arrived in Riyadh for talks")"""
_GOVERNMENT_WORDS = frozenset({"government", "administration"})
_REACTION_TYPES = frozenset({"SUPPORT", "ACCUSE", "REJECT"})
"""reactions whose object may be a bare reference to an earlier act ("the decision")"""


def _implicit_recipient(ctx: Context, typ: str, actor: Party, recip: "Token | None",
                        where: Party | None) -> Party | None:
    """A recipient the text gives without naming it: "the government" (the actor's own, as
    in "the opposition leader accused the government"), or the foreign country where an
    attack, withdrawal or visit happens."""
    if (recip is not None and recip.lemma_.lower() in _GOVERNMENT_WORDS and actor.country
            and all(c.dep_ == "det" and c.lower_ == "the" for c in recip.children)):
        return Party(entity=None, country=actor.country, token=recip, name=actor.country)
    if typ in _PLACE_RECIPIENT_TYPES and where is not None and actor.country is not None \
            and where.country != actor.country:
        return where
    if (typ in _REACTION_TYPES and recip is not None and recip.pos_ == "NOUN" and recip.i not in ctx.entity_at
            and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in recip.children)
            and not any(c.dep_ in ("poss", "compound", "amod", "prep") and c.i in ctx.entity_at
                        for c in recip.children)):
        # "welcomed the decision", "rejected the accusations": the author of the act referred to
        return ctx.last_actor(recip, actor)
    return None


def _location(ctx: Context, trig: Trigger) -> Party | None:
    heads = [trig.token]
    if trig.clause is not None and trig.clause.i != trig.token.i and trig.via != VIA_PARTICIPANT:
        heads.append(trig.clause)
    if trig.token.pos_ == "VERB":  # "signed a treaty in Washington": the place may hang on the object
        obj = direct_object(trig.token)
        if obj is not None:
            heads.append(obj)
    words = ("in", "at", "to") if trig.destination else ("in", "at")
    if trig.destination and trig.token.pos_ == "VERB":  # "visited Hanoi"
        obj = direct_object(trig.token)
        where = ctx.place(obj) if obj is not None else None
        if where is not None:
            return where
    for h in heads:
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in words:
                where = ctx.place(_pobj(c)) if _pobj(c) is not None else None
                if where is not None:
                    return where
    return None


_STATEMENT_TITLE = re.compile(r"^\s*(?:joint\s+)?statement\s+(?:by|from|of)\s+", re.I)
_TITLE_TOPIC = re.compile(r"\s(?:on|in|for|about|regarding|welcoming|marking|after|to|at)\s", re.I)


def statement_author(doc: "Doc", entities: tuple[Entity, ...]) -> Entity | None:
    """Who "I" is in a first-person statement: the person a title "Statement by/from X ..."
    names, else the person whose name stands alone on a line near the end (the signature
    "JOSEPH R. BIDEN JR."). None when neither is there."""
    text = raw_text(doc)
    persons = [e for e in entities if e.label == "PERSON"]
    if not persons:
        return None
    first_end = text.find("\n")
    first_end = len(text) if first_end < 0 else first_end
    m = _STATEMENT_TITLE.match(text[:first_end])
    if m:
        # "Statement from President Joe Biden on ...": the name before the topic
        cut = _TITLE_TOPIC.search(text, m.end(), first_end)
        end = cut.start() if cut else first_end
        named = [(mm.start, e) for e in persons for mm in e.mentions if m.end() <= mm.start < end]
        if named:
            return min(named, key=lambda x: x[0])[1]
    tail = max(0, min(int(len(text) * 0.8), len(text) - 400))  # the closing lines
    for e in persons:
        for mm in e.mentions:
            if mm.start < tail:
                continue
            line_start = text.rfind("\n", 0, mm.start) + 1
            line_end = text.find("\n", mm.end)
            line = text[line_start:len(text) if line_end < 0 else line_end].strip()
            if line.rstrip(".") == mm.text.strip().rstrip(".") and mm.text.isupper():
                return e
    return None
