"""The per-Doc context of argument finding: who the names, pronouns and plural references are.

- names -> entities by character offsets; a person's country from his role ("Defence Minister
  Ahn" -> KOR), else a country word in his noun phrase; a place or government -> its ISO3;
- "we" outside quotations -> the home country (its ISO3 as name); "I" -> the statement's author
  (a titled or signing person), else the home country; "he"/"she" -> the nearest person named
  as a subject before; "him"/"her" as object -> someone other than the subject;
- plural references ("they", "the two leaders", "both sides") -> the nearest pair named before
  (coordinated subjects, or the two sides of a joint event);
- items of a colon-introduced list ("X and Y will: - Establish ...") -> the lead-in's subject;
- capitalised collective words ("Allies") -> the organisation the article names.

Pronoun and plural-reference resolution ("it", "he", "they", "the two leaders") is in
:mod:`.references`, mixed into :class:`Context`.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from spacy.attrs import DEP

from ..knowledge.offices import load_offices
from ..nlp import raw_text
from ..records import Entity, Role, TimeExpression
from ..syntax import entities_by_token, token_ranges
from ..tokenarrays import token_indices
from .bodynames import country_body, mission_body
from .country_bodies import named_country_body, place_institution_country, unrecognised_institution
from .firstperson import declared_country, first_person_country, officials_country
from .definite_orgs import named_again
from .lexicon import load
from .itsubjects import prior_subject
from .jointtitles import joint_title_holder
from .led_governments import REGIME_NOUNS, led_government, regime_ruler
from .memberbodies import member_body
from .our_nations import our_nations
from .owned_organs import organ_possessor
from .paired_sides import paired_modifier
from .officials_from import whose_prep
from .positions import agent_position, coordinated_with, false_conj_of, list_leads
from .readoutparties import repeated_names
from .references import _PERSON_GROUP_NOUNS, References, _forms
from .salience import background_positions, main_clause, most_named_holder_country, subject_people
from .blocs import collective_signer
from .sympathy import sympathy_we
from .text import dateline_tokens, issuer, statement_author
from .titleholders import title_holders
from .titles import (HOME_OFFICES, foreign_holder_near, holds_title, institution_country, national_reference,
                     shared_article, spoken_office, titled_person)
from .turns import Turns, briefers_government, find_turns, labelled_government, speaker_government, unnamed_monologue

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_NP_DEPS = frozenset({"compound", "amod", "poss", "nmod", "appos", "flat", "det", "punct", "case", "nummod", "quantmod"})
_PRONOUNS_PERSON = frozenset({"he", "she", "him", "her", "his"})
SPEAKER_PRONOUNS = frozenset({"we", "i", "us", "our", "my", "me"})
_PRONOUNS_SINGULAR_SPEAKER = frozenset({"i", "my", "me"})
_GOVERNMENT_WORDS = frozenset({"government", "administration"}) | REGIME_NOUNS  # ("the Erdogan regime": :mod:`.led_governments`)
_PERSON_POSSESSIVES = frozenset({"his", "her", "my", "our"})  # "our Administration": the speaker's
_RELATIVE = frozenset({"who", "which", "that", "whom"})
_TITLE_WINDOW = 8
"""sentences (this one included) within which a subject outranks a nearer holder of a bare title"""
_CO_ARGUMENT_DEPS = frozenset({"dobj", "prep", "dative", "agent"})
"""dependents of a verb that name its other parties (a bare-title subject never stands for them)"""
_RECIPIENT_PREPS = ("with", "against", "on", "upon", "to", "toward", "towards")
_TYPE_PREPS = {"ASSAULT": ("at", "into", "of", "over"), "COERCE": ("of",), "AID": ("for",), "SANCTION": ("of", "from", "including"),
               "RETREAT": ("from", "out"), "ACCUSE": ("about", "over"), "SUPPORT": ("for",)}
_RECIPROCAL = frozenset({"CONSULT", "COOPERATE", "AGREE", "ASSAULT"})
_REACTIONS = frozenset({"SUPPORT", "ACCUSE", "REJECT"})  # acts that answer another act
_JOINT_PAIR = frozenset({"CONSULT", "COOPERATE", "AGREE"})  # an attacker and its target are no "they"
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_REGION_LABELS = frozenset({"LOC", "FAC"})
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


@dataclass
class Context(References):
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
    issuer_name: str | None = None
    """the issuer's name as a statement's title writes it, when no entity stands for it"""
    roles: tuple[Role, ...] = ()
    turns: Turns = field(default_factory=lambda: Turns([]))
    """a transcript's labelled turns: the speaker of a turn is its 'I', his government its 'we'"""
    persons: dict[str, Entity] = field(default_factory=dict)
    sent_starts: list[int] = field(default_factory=list)
    leads: dict[int, tuple["Token", bool]] = field(default_factory=dict)
    """sentence start -> (lead-in subject, future) for the items of a colon-introduced list"""
    dateline: range = range(0)
    """token indices of a wire dateline (whose city is no party)"""
    acts: list[tuple[int, "Party", str]] = field(default_factory=list)
    """(token index, actor) of the events found so far, in text order"""
    pairs: list[tuple[int, "Party", "Party"]] = field(default_factory=list)
    """(token index, first, second) of parties named together before: coordinated names and
    the two sides of events already found; plural references ("they", "the two leaders")
    stand for the nearest pair before them"""
    background: set[int] = field(default_factory=set)
    """positions of the pairs named outside a main clause (:mod:`.salience`)"""
    subjects: list[tuple[int, str]] = field(default_factory=list)
    """(character offset, entity id) of the persons named as clause subjects"""
    holders: dict[int, Entity] = field(default_factory=dict)
    """title words the roles stage read with a holder's name -> that person (:mod:`.titleholders`)"""
    settings: dict[int, tuple[str | None, TimeExpression | None]] = field(default_factory=dict)
    """where and when the joint event that formed a pair happened (what "they" later did,
    they did there and then unless the clause says otherwise)"""
    bloc: Entity | None = None
    """the organisation whose members' joint statement this is ("We, the Leaders of the G7"), whose "we" it is"""
    story_country: dict[bool, str | None] = field(default_factory=dict)
    """the country the whole story is about, read once per document (:func:`.antecedents.local_country`;
    key: whether the publisher's own country is left out)"""

    @classmethod
    def build(cls, doc: "Doc", *, entities: tuple[Entity, ...], roles: tuple[Role, ...],
              dates: tuple[TimeExpression, ...], home_country: str | None,
              quoted: frozenset[int]) -> "Context":
        raw = token_ranges(doc)
        entity_at = entities_by_token(raw, entities)
        entity_at.update(repeated_names(doc, raw, entities, entity_at))  # (:mod:`.readoutparties`)
        roles_by_person: dict[str, list[Role]] = {}
        [roles_by_person.setdefault(r.person, []).append(r) for r in roles if r.person]
        kept = [(d, d.evidence.start, d.evidence.end) for d in dates if d.type in ("DATE", "TIME")]
        author = statement_author(doc, entities)
        ctx = cls(doc, entity_at, roles_by_person, kept, home_country, quoted, raw,
                  author=author, roles=roles, persons={e.id: e for e in entities},
                  turns=Turns(find_turns(raw_text(doc), entities, roles, load_offices().heads)))
        if home_country is None and author is not None:  # "we" of a statement by an official: his government
            ctx.home_country = next((r.country for r in roles_by_person.get(author.id, ()) if r.country), None)
        if ctx.home_country is None:  # "Statement by NSC Spokesperson ...": the issuer's government
            ctx.home_country, ctx.issuer_name = issuer(doc)
        if ctx.home_country is None:  # "we, the United States, will ...": who "we" are, said (:mod:`.firstperson`)
            ctx.home_country = declared_country(doc, entity_at, quoted)
        if ctx.home_country is None and ctx.turns:  # "SENIOR ADMINISTRATION OFFICIAL:": a seat's label (:mod:`.turns`)
            ctx.home_country = labelled_government(ctx.turns, load_offices().seats)
        if ctx.home_country is None and (not ctx.turns or unnamed_monologue(ctx.turns)):  # "at my direction, U.S. forces
            ctx.home_country = first_person_country(doc, entity_at, quoted)  # ...": whose a statement is (:mod:`.firstperson`)
        if ctx.home_country is None and author is None and not any(t.speaker and ctx._country(t.speaker, [], []) for t in ctx.turns.turns):
            ctx.home_country = officials_country(doc, roles, quoted, raw) or (  # the government whose officials it names (:mod:`.firstperson`)
                briefers_government(doc, ctx.turns, raw, lambda: most_named_holder_country(("president",), roles, ctx.persons))
                if ctx.turns else None)  # "MS. JEAN-PIERRE: ... the President will travel": the briefers' head's (:mod:`.turns`)
        by_name = {e.name.lower(): e for e in entities if e.label == "ORG"}
        ctx.collective = {w: by_name[o.lower()] for w, o in load().collective_actors.items() if o.lower() in by_name}
        ctx.bloc = collective_signer(doc, entity_at, quoted)  # (:mod:`.blocs`)
        ctx.holders = title_holders(doc, raw, roles, ctx.persons, entity_at)
        ctx.pairs = ctx._coordinated_pairs()
        ctx.background = background_positions(doc, [at for at, _, _ in ctx.pairs])
        ctx.subjects = subject_people(doc, entity_at, raw)
        ctx.sent_starts = [sent.start for sent in doc.sents]
        ctx.leads = list_leads(doc, ctx.sent_starts)
        ctx.dateline = dateline_tokens(raw_text(doc), raw)
        return ctx

    def sentences_back(self, tok: "Token", n: int) -> int:
        """Start of the sentence ``n - 1`` sentences before ``tok``'s (0 when there are fewer)."""
        k = bisect_right(self.sent_starts, tok.i) - 1
        return self.sent_starts[k - n + 1] if k - n + 1 >= 0 else 0

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

    def item_subject(self, noun: "Token") -> "Token | None":
        """The lead-in subject of a noun phrase list item an event noun stands in, when no verb
        heads the item ("The United States is announcing:" followed by "- New sanctions on five
        firms."; :func:`.positions.nominal_item`). A lead-in in the future ("X will:") heads
        verbs, and its promises are read by :mod:`.intended_acts`.

        Args:
            noun: The event noun.
        """
        lead = self.leads.get(noun.sent.start)
        if lead is None or lead[1]:
            return None
        tok = noun
        while tok.head.i != tok.i:  # (an event noun inside a clause is that clause's: "- Funds that will support ...")
            if tok.pos_ in ("VERB", "AUX"):
                return None
            tok = tok.head
        return None if tok.pos_ in ("VERB", "AUX") else lead[0]  # (a verb item's subject is read by lead_subject)

    def _coordinated_pairs(self) -> list[tuple[int, "Party", "Party"]]:
        """Parties named as "X and Y" / "X, Y and Z" where actors are named (first and second
        member)."""
        out = []
        doc = self.doc
        # (both forms start at a named subject or conjunct: the other named tokens are not made)
        starts = set(token_indices(doc, DEP, ("nsubj", "nsubjpass", "conj")))
        for t in (doc[i] for i in sorted(self.entity_at) if i in starts):
            if t.dep_ in ("nsubj", "nsubjpass") and not any(
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
            if first.dep_ == "conj" and first.head.i in self.entity_at or (
                    first.dep_ == "appos" and coordinated_with(first.head, self.entity_at) is first):
                continue  # "X, Y and Z": the pair is X and Y, found from Y (or from X when Y hangs on it)
            if any(c.dep_ == "conj" and c.i < t.i for c in first.children):
                continue
            sides = not agent_position(first) and paired_modifier(first)  # "the U.S. and ROK sides" (:mod:`.paired_sides`)
            if not (sides or agent_position(first)):
                continue
            a, b = self.party(first), self.party(t)
            if a is not None and b is not None and a.entity is not None and b.entity is not None \
                    and a.entity is not b.entity and (a.label == "PERSON") == (b.label == "PERSON"):
                out.append((first.head.i if sides else t.i, a, b))  # (a side noun stands in its clause)
        return out

    def note_act(self, at: int, actor: "Party | None", typ: str = "") -> None:
        """Remember who did what at token ``at`` ("the decision" later refers to this act)."""
        if actor is not None:
            self.acts.append((at, actor, typ))

    def last_actor(self, before: "Token", other_than: Party, sentences: int = 3,
                   kind: str | None = None) -> Party | None:
        """Whom a reaction answers: the latest actor within ``sentences`` sentences, not ``other_than``, of an act
        of ``kind`` ("the agreement"), else of no reaction itself ("the ruling" one welcomed, another criticised)."""
        floor = self.sentences_back(before, sentences)
        found = {}
        for at, party, typ in reversed(self.acts):
            if at >= before.i or typ in _REACTIONS and typ != kind:
                continue
            if at < floor:
                break
            if (party.entity is None or party.entity is not other_than.entity) and \
                    (party.country is None or party.country != other_than.country):
                found.setdefault(typ == kind, party)
        return found.get(True) or found.get(False)

    def note_pair(self, at: int, typ: str, actor: "Party | None", recipient: "Party | None",
                  location: str | None = None, date: TimeExpression | None = None) -> None:
        """Remember the two sides of a joint event (a meeting, an agreement) found at token
        ``at`` for later plural references; one side acting on the other is no pair."""
        if typ in _JOINT_PAIR and actor is not None and recipient is not None and actor.entity is not None and recipient.entity is not None \
                and not any(p.entity.label in _REGION_LABELS and not p.country for p in (actor, recipient)):
            # (a region or site of no country, "a commitment to South America", is no one "they" can be)
            self.pairs.append((at, actor, recipient))
            self.pairs.sort(key=lambda p: p[0])
            self.settings[at] = (location, date)
            if not main_clause(self.doc[at]):
                self.background.add(at)

    # ---- parties -----------------------------------------------------------------------
    def np_tokens(self, head: "Token", limit: int = 30) -> list["Token"]:
        """The noun phrase's own words, then the words of its "of" complement ("the people
        of Morocco", "the government of Japan"; "officials from A", :mod:`.officials_from`),
        which are searched last."""
        out, stack, tail = [], [head], []
        while stack and len(out) < limit:
            t = stack.pop()
            out.append(t)
            for c in t.children:
                if c.dep_ in _NP_DEPS:
                    stack.append(c)
                elif c.dep_ == "prep" and t.i == head.i and (c.lower_ == "of" or whose_prep(head, c)):
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
        if low in SPEAKER_PRONOUNS and not (tok.text == "US" and tok.i in self.entity_at):
            # ("the US" is the country the entities stage found, not the pronoun "us")
            if tok.i in self.quoted:
                return None
            turn = self.turns.at(self.raw[tok.i][0]) if self.turns else None
            if turn is not None and turn.speaker is not None:  # "THE PRESIDENT:  ... we sent ..."
                country = self._country(turn.speaker, [], [])
                if low in _PRONOUNS_SINGULAR_SPEAKER:
                    return Party(entity=turn.speaker, country=country or self.home_country, token=tok)
                if country:
                    return Party(entity=None, country=country, token=tok, name=country)
            if self.bloc is not None and low not in _PRONOUNS_SINGULAR_SPEAKER:
                return Party(entity=self.bloc, country=None, token=tok)  # "We, the Leaders of the G7, ..."
            if self.author is not None and (low in _PRONOUNS_SINGULAR_SPEAKER or sympathy_we(tok)):
                # "I", and a signer's "we send our condolences" (:mod:`.sympathy`): the author
                return Party(entity=self.author, country=self._country(self.author, [], []) or self.home_country,
                             token=tok)
            if self.home_country is None:
                return None
            # "we" of a government's statement is the government as a whole: its ISO3 is the name; so is
            # the "I" of a speaker the text leaves unnamed, an official speaking for it
            name = self.home_country if low not in _PRONOUNS_SINGULAR_SPEAKER else (self.issuer_name or self.home_country)
            return Party(entity=None, country=self.home_country, token=tok, name=name)
        if low in _PRONOUNS_PERSON and tok.pos_ == "PRON":
            if low in ("him", "her") and tok.dep_ in ("dobj", "pobj", "dative"):
                other = self._other_person_before(tok)
                if other is not None:
                    return other
            return self.antecedent(tok)
        if low == "it" and tok.pos_ == "PRON" and tok.dep_ in ("nsubj", "nsubjpass"):
            # "India said it would ...", "India expelled ... It also withdrew ..." (:mod:`.itsubjects`)
            return self.reporting_body(tok) or prior_subject(self, tok)
        if tok.lemma_.lower() in _GOVERNMENT_WORDS or organ_possessor(tok) is not None or our_nations(tok) is not None:
            # "his government", "my Administration", "our troops": the government of the person meant (:mod:`.owned_organs`)
            owner = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in _PERSON_POSSESSIVES), None)
            if owner is not None:
                who = self.party(owner)
                if who is not None and who.country is not None:
                    return Party(entity=None, country=who.country, token=tok, name=who.country)
            led = led_government(self, tok)  # "this Administration", "the Biden-Harris Administration" (:mod:`.led_governments`)
            if led is not None:
                return led
        joint = joint_title_holder(tok, self.entity_at)  # "Crown Prince and Prime Minister X": X
        if joint is not None:
            return self.party(joint)
        if tok.i not in self.entity_at:
            named = false_conj_of(tok)  # "Special Envoy for the region Jane Roe": the title is hers
            if named is not None and named.i in self.entity_at and self.entity_at[named.i].label == "PERSON":
                return self.party(named)
            holder = self.holders.get(tok.i) if tok.pos_ == "PROPN" else None  # (:mod:`.titleholders`)
            if holder is not None and not any(self.entity_at.get(t.i) is not None and self.entity_at[t.i].label == "PERSON"
                                              for t in self.np_tokens(tok)):
                return Party(entity=holder, country=self._country(holder, [], []), token=tok)
        at = tok.i + 2 if tok.tag_ == "NN" and tok.i + 2 < len(self.doc) and self.doc[tok.i + 1].text == "," else tok.i + 1
        nxt = self.entity_at.get(at) if tok.pos_ == "NOUN" and tok.i not in self.entity_at else None
        if nxt is not None and nxt.label == "PERSON" and any(f in _PERSON_GROUP_NOUNS for f in _forms(tok)):
            who = self.party(self.doc[at])  # "their Thai counterpart(,) Jane Roe", the name parsed apart: hers
            return who if who is None or who.country else Party(who.entity, self._country(who.entity, [], [
                (t, self.entity_at[t.i]) for t in self.np_tokens(tok) if t.i in self.entity_at]), tok)
        held = self.persons.get(national_reference(tok, self.entity_at, self.roles, self.raw[tok.i][0]) or "")
        if held is not None:  # "the Australian leader": the Australian head of government named before
            return Party(entity=held, country=self._country(held, [], []), token=tok)
        toks = [t for t in self.np_tokens(tok) if not regime_ruler(tok, t, self.entity_at)]  # "the Assad regime"
        owner = max((c for c in tok.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")), key=lambda c: c.i, default=None)  # (the nearest: a dateline city may be parsed as another)
        if owner is not None and tok.i not in self.entity_at and tok.pos_ == "NOUN" and not any(
                t.i in self.entity_at and self.entity_at[t.i].label == "PERSON" and t not in owner.subtree
                for t in toks):
            # "the Chancellor's leadership", "Israel's security": the possessor is the party (but
            # "Iran's foreign minister, Ali Kani" names its person)
            found_owner = self.party(owner)
            if found_owner is not None:
                return found_owner
        if self.collective:
            for t in toks:
                org = self.collective.get(t.lower_) if t.text[:1].isupper() else None
                if org is not None:
                    return Party(entity=org, country=org.country, token=tok)
        body = country_body(tok, self.entity_at) or mission_body(tok, self.entity_at) or named_country_body(
            tok, self.entity_at)  # "the US Federal Reserve", "the U.S. Department of Commerce" (:mod:`.country_bodies`),
        # "the U.S. Embassy in Seoul": the body, of its country (:mod:`.bodynames`)
        if body is not None:
            return Party(entity=None, country=body[1].country, token=tok, name=body[0])
        seat = unrecognised_institution(tok, self.entity_at)  # "Downing Street said" (:mod:`.country_bodies`)
        if seat is not None:
            return Party(entity=None, country=seat[1], token=tok, name=seat[0])
        found = [(t, self.entity_at[t.i]) for t in toks if t.i in self.entity_at and t.i not in self.dateline]
        if not found:
            again = named_again(tok, self.entity_at, self.quoted) or member_body(self, tok)  # "the union", "the
            # watchdog" (:mod:`.definite_orgs`); "members" of the body named before (:mod:`.memberbodies`)
            return self._titled(tok, toks) or self.counterpart_of(tok) or (  # ("thanked his counterpart")
                Party(entity=again, country=self._country(again, [], []), token=tok) if again is not None else None)
        own = self.entity_at.get(tok.i)
        if own is not None and own.label not in _LABEL_RANK:
            # "NATO's Article 5", "Ukraine's constitution": a head naming a law or a work is
            # no party, but whose it is is
            found = [te for te in found if te[1] is not own and te[1].label in _LABEL_RANK]
            if not found:
                return None
            own = None
        ent = own if own is not None else min(found, key=lambda te: (  # "X's chief of staff Y": Y, not X
            _LABEL_RANK.get(te[1].label, 5), owner is not None and owner.left_edge.i <= te[0].i <= owner.i, te[0].i))[1]
        if ent.label not in _LABEL_RANK or (ent.label == "NORP" and not ent.country and own is None):
            return None  # "Republican officials", "European partners": a group no government answers for
        return Party(entity=ent, country=self._country(ent, toks, found), token=tok)

    def _titled(self, tok: "Token", toks: list["Token"]) -> Party | None:
        """"The President", "the Vice President": who holds that office (:mod:`.titles`)."""
        shared = not any(t.lower_ == "the" and t.dep_ == "det" for t in toks) and shared_article(tok)
        spoken = spoken_office(tok, toks) if self.turns else None  # a transcript's "the (vice) president" (:mod:`.titles`)
        if not (tok.text[:1].isupper() or spoken) or tok.pos_ not in ("PROPN", "NOUN") or tok.i in self.quoted \
                or not (shared or any(t.lower_ == "the" and t.dep_ == "det" for t in toks)):
            return None
        words = spoken or tuple(t.lower_ for t in toks if t.dep_ == "compound" and t.text[:1].isupper()) + (tok.lower_,)
        at, floor = self.raw[tok.i][0], self.raw[self.sentences_back(tok, _TITLE_WINDOW)][0]
        subjects = {p for a, p in self.subjects if floor <= a < at}  # (a subject long before is no longer salient)
        roles = self.roles
        if self.turns and words in HOME_OFFICES and self.home_country:
            # in a government's own transcript a bare "the President" is its own head, not the
            # foreign president a question or the last sentence named
            roles = [r for r in roles if r.country == self.home_country]
        elif words in HOME_OFFICES and self.home_country and any(
                r.country == self.home_country and r.status != "former" and holds_title(r, words) for r in roles) \
                and not foreign_holder_near(tok, words, self.sentences_back(tok, 2), self.entity_at,
                                            self.roles_by_person, self.home_country):
            # so in its statements, readouts and briefing excerpts, when its own holder is named: a foreign
            # president named nearer is not "the President" of the government that writes, unless told acting
            # in this sentence or the one before ("In Kyiv, President X addressed parliament. The President ...")
            roles = [r for r in roles if r.country == self.home_country]
        elif self.turns and words in HOME_OFFICES:  # (whose government is not said: the speaker's, else the holder named most)
            top = speaker_government(self.turns, at, words, lambda s: self._country(s, [], []), self.roles_by_person,
                                     self.persons) or most_named_holder_country(words, roles, self.persons)
            roles = [r for r in roles if r.country == top] if top else roles
        ent = self.persons.get(titled_person(words, at, roles, subjects=subjects,
                                             co_arguments=self._co_arguments(tok)) or "")
        if ent is not None and words in HOME_OFFICES and self.home_country and all(
                r.status == "former" for r in self.roles_by_person.get(ent.id, ())):
            ent = None  # only a predecessor is named ("as President Obama did"): the office is the sitting one's
        if ent is None and words in HOME_OFFICES and self.home_country:
            # a government's own text names its head by office alone: who is unstated, whose is not
            return Party(entity=None, country=self.home_country, token=tok, name=self.home_country)
        if ent is not None and shared and self._country(ent, [], []) in (getattr(self.party(tok.head), "country", 0), None):
            return None  # "the President and Vice President": one side, no counterpart (:func:`.titles.shared_article`)
        return Party(entity=ent, country=self._country(ent, [], []), token=tok) if ent is not None else None

    def _co_arguments(self, tok: "Token") -> list[tuple[int, int]]:
        """Character ranges of the objects and prepositional phrases of the verb whose subject
        ``tok`` is (none when it is no subject)."""
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            return []
        return [(self.raw[k.left_edge.i][0], self.raw[k.right_edge.i][1]) for k in tok.head.children
                if k.dep_ in _CO_ARGUMENT_DEPS]

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
        elif ent.label == "ORG" or (ent.label in ("FAC", "LOC") and place_institution_country(ent.name)):
            code = institution_country(ent.name)  # ("Downing Street" may be tagged a place: :mod:`.country_bodies`)
            if code:
                return code
        for _, other in found:  # "South Korean Defence Minister Ahn": a country word in the phrase
            if other is not ent and other.label in _COUNTRY_LABELS and other.country:
                return other.country
        return ent.country

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
                if (c.dep_ in _CUT_DEPS or c.dep_ == "punct" or c.is_space) \
                        and not (c.left_edge.i <= trigger.i <= c.right_edge.i):
                    continue  # a sentence's final stop must not stretch the clause over a cut one
                stack.append(c)
        sent = top.sent
        lo, hi = max(lo, sent.start), min(hi, sent.end - 1)
        while hi > lo and (self.doc[hi].is_punct or self.doc[hi].is_space):
            hi -= 1
        while lo < hi and self.doc[lo].is_punct:
            lo += 1
        return lo, hi + 1

    def date_in(self, lo: int, hi: int, trigger: "Token") -> TimeExpression | None:
        start, end, at = self.raw[lo][0], self.raw[hi - 1][1], self.raw[trigger.i][0]
        # a date starting in the clause is its own ("welcoming X on Friday, May 12 to ...": "May 12" on "looks")
        inside = [(abs(s - at), d) for d, s, e in self.dates if start <= s < end]
        return min(inside, key=lambda x: x[0])[1] if inside else None
