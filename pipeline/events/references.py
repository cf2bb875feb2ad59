"""Pronouns and plural references of argument finding, mixed into :class:`.context.Context`.

- "it" as the subject of a reported clause -> the organisation or country that reports it;
- plural references ("they", "the two leaders", "both sides") -> the nearest pair named before;
- "he"/"she" -> the nearest person named as a subject before; "him"/"her" as object -> someone
  other than the clause's subject.

The methods read the Context's ``doc``, ``entity_at``, ``pairs``, ``background`` and call its
``party`` and ``sentences_back``; they live here so that ``context.py`` stays one concern's size.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .bodynames import MISSION_WORDS
from .lexicon import load
from .nominal_parties import PAIR_TYPES, coordinated_possessor, hyphen_pair, talked_over, unnamed_sides
from .orgpairs import recent_org_pair
from .pair_leaders import leader_pair
from .salience import names_own_members, nearest_pair
from .titles import HOME_OFFICES
from .sympathy import mourned_person_token
from .told_pairs import told_arguments
from .title_pairs import title_pair, unplaced

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..records import Entity
    from .context import Party


_GROUP_NOUNS = load().classes["pair_group"]
"""plural heads that refer back to a pair named before ("the two leaders", "both sides")"""
_BARE_PAIR = frozenset({"two", "both", "pair", "duo"})
_DEFINITE = frozenset({"the", "these", "those", "both", "all"})
"""determiners by which a counted plural points back ("the two leaders"); without one a count
introduces parties not named before ("more than 100 countries have joined")"""
_THEY_WINDOW = 12
"""sentences (this one included) within which "they" finds the pair it stands for"""
_OFFICE_HEADS = frozenset(office[-1] for office in HOME_OFFICES)
"""last words of the offices a government's own text names bare ("The President ... He ...")"""
_SINGULAR_PERSON = frozenset({"he", "she", "him", "her"})
"""pronouns that may stand for the person a statement on a death mourns"""
_RELATION_NOUNS = load().classes["standing_relation"]
"""nouns of a standing relation: a pair before them names the relation's sides, not an act"""
_PERSON_GROUP_NOUNS = load().classes["person_pair_group"]
"""group heads that stand for people: their pair must be two persons when one was named"""


def _forms(tok: "Token") -> tuple[str, ...]:
    low = tok.lower_
    return (tok.lemma_.lower(), low, low[:-1] if low.endswith("s") else low)


class References:
    """The reference-resolving methods of :class:`.context.Context` (a mixin: no state of its own)."""

    def reporting_body(self, it: "Token") -> Party | None:
        """What "it" stands for as the subject of a reported clause: the organisation or
        country that reports it ("India said it was withdrawing its envoy", "the ministry
        said it had summoned the ambassador"). Elsewhere "it" stays unresolved."""
        verb = it.head
        if verb.dep_ != "ccomp" or verb.head.i == verb.i:
            return None
        say = verb.head
        subj = next((c for c in sorted(say.children, key=lambda c: abs(say.i - c.i)) if c.dep_ in ("nsubj", "nsubjpass")), None)  # nearest: "(Reuters) - X said" may parse as two
        while subj is None and say.dep_ == "conj" and say.head.i != say.i:
            say = say.head  # "India rejected ... and said it ...": the first verb's subject
            subj = next((c for c in say.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.i == it.i:
            return None
        found = self.party(subj)
        if found is None or found.label == "PERSON" or (found.entity is None and not (
                found.name and found.token is not None and (found.token.pos_ == "PROPN" or found.token.lower_ in MISSION_WORDS))):
            return None  # a person's "it" is a thing he speaks of (a body named by its own words,
            # "the US Federal Reserve", "the Russian embassy", is a reporting body: :mod:`.bodynames`)
        return found

    def is_group(self, tok: "Token | None") -> bool:
        """A plural reference to parties named before: "they", "the two leaders", "both sides",
        "the national security advisors" (a plural head naming no country or person itself)."""
        if tok is None:
            return False
        if (tok.lower_ == "they" and tok.pos_ == "PRON") or (tok.lower_ in _BARE_PAIR and tok.dep_.startswith("nsubj") and (
                tok.lower_ == "both" or any(c.lower_ == "the" for c in tok.children))):
            return True  # a numeral or "both" standing alone for the pair: "The two agreed", "the pair met"
        plural = tok.tag_ in ("NNS", "NNPS") or (  # "The three National Security Advisors" (tagged NNP)
            tok.tag_ == "NNP" and tok.lower_.endswith("s")
            and any(c.dep_ in ("det", "nummod", "predet") for c in tok.children))
        if not plural or not any(f in _GROUP_NOUNS for f in _forms(tok)) or names_own_members(tok, self.entity_at):
            return False
        # "the two leaders", "both sides", "these officials", "their ministers" (people of the pair, as
        # "they" are; "their countries" tells a relation more often than who acted); a bare "Leaders will ..." is generic
        if not any(c.dep_ in ("det", "nummod", "predet") or c.lower_ in ("both", "all") or (
                c.lower_ == "their" and any(f in _PERSON_GROUP_NOUNS for f in _forms(tok))) for c in tok.children):
            return False
        if any(c.dep_ == "nummod" for c in tok.children) and not any(
                c.lower_ in _DEFINITE or c.dep_ == "poss" for c in tok.children):
            return False  # "100 nations have signed on", "a hundred nations": a count of new parties, none named before
        own = self.entity_at.get(tok.i)
        if own is not None and own.label != "ORG":  # "the Koreans" names its side itself
            return False
        if own is not None and tok.lower_ == "nations" and any(self.entity_at.get(c.i) is own for c in tok.children):
            return False  # "the United Nations", "the Association of Southeast Asian Nations": a name, no plural
            # reference ("the three National Security Advisors" is one: a title's plural)
        # "the Korean leaders", "Putin's advisers": a modifier names whose they are
        return not any(c.dep_ in ("amod", "compound", "poss", "nmod") and c.i in self.entity_at
                       and self.entity_at[c.i] is not own for c in tok.children)

    def group(self, tok: "Token | None") -> tuple[Party, Party, int] | None:
        """The pair a plural reference stands for ("they", "the two leaders", "both sides"):
        the nearest pair named before it (coordinated names, or an event's two sides); for
        a head that stands for people ("leaders", "advisors"), the nearest pair of persons."""
        if tok is not None and tok.lower_ in ("they", "we") and tok.pos_ == "PRON":
            told = self._told_pair(tok)
            if told is not None:
                return told
        if not self.is_group(tok):
            return None
        carried = self._continued_group(tok)
        if carried is not None:
            return carried
        # (a bare "the two", "both" prefers two persons too: a person pair matches a country-level
        # reading by its countries, a country pair never matches the persons who spoke)
        people = any(f in _PERSON_GROUP_NOUNS for f in _forms(tok)) or tok.lower_ in _BARE_PAIR
        floor = self.sentences_back(tok, _THEY_WINDOW) if tok.lower_ == "they" or any(  # (a bare pronoun, or
            c.dep_ == "poss" and c.lower_ == "their" for c in tok.children) else 0  # "their", reaches back a few paragraphs at most)
        if people:  # "the two leaders" are two persons: a leader's promise to a country is no such pair
            both = [p for p in self.pairs if p[1].label == "PERSON" and p[2].label == "PERSON"]
            best = nearest_pair(both, self.background, tok, floor)
            if best is not None:
                return best
        best = nearest_pair(self.pairs, self.background, tok, floor, lambda a: not people or a.label == "PERSON")
        if not people:  # "The organizations have signed ...": the two bodies named since (:mod:`.orgpairs`)
            best = recent_org_pair(self, tok, best) or best
        best = best or (nearest_pair(self.pairs, self.background, tok, 0) if people else None)
        if best is None and tok.pos_ != "PRON" and unplaced(tok):  # "The Participants intend to ...": the title's parties (:mod:`.title_pairs`)
            best = title_pair(self)
        # "the two leaders" after a leader's promise to a country: that country's leader (:mod:`.pair_leaders`)
        return leader_pair(self, best, tok) if people and best is not None else best

    def _told_pair(self, pron: "Token") -> tuple[Party, Party, int] | None:
        """The teller and the one told, for "we"/"they" of a time clause on a clause of telling
        ("As I told President X when we spoke": :mod:`.told_pairs`); None otherwise."""
        args = told_arguments(pron)
        if args is None:
            return None
        teller, told = self.party(args[0]), self.party(args[1])
        if teller is None or told is None or (teller.entity is None and teller.country is None) or told.entity is None:
            return None
        return teller, told, pron.i

    def _continued_group(self, they: "Token") -> tuple[Party, Party, int] | None:
        """The pair a subject "they" continues: English carries a plural subject on by "they"
        ("The two leaders made progress on trade. They welcomed ..."), so when the nearest main
        clause subject before it, in its sentence or the one before, is itself a plural reference
        ("the two leaders", "both sides"), "they" stands for the same pair, not for a pair named
        in between inside a reported clause ("... said that the world expects A and B to ...").
        None otherwise (the nearest pair is then looked up as usual)."""
        if they.lower_ != "they" or not they.dep_.startswith("nsubj"):
            return None
        floor = self.sentences_back(they, 2)
        for i in range(they.i - 1, floor - 1, -1):
            t = self.doc[i]
            if not t.dep_.startswith("nsubj") or t.head.dep_ != "ROOT":
                continue
            if t.lower_ == "they" or not self.is_group(t):
                return None  # the nearest main subject is someone named, or "they" again: the usual lookup
            return self.group(t)
        return None

    def shared_sides(self, noun: "Token", typ: str, owner: "Token | None", *,
                     nearest: bool = True) -> tuple[Party, Party, int] | None:
        """The two sides of a joint act an event noun's own phrase tells: a hyphenated pair of
        countries ("the U.S.-ROK summit": the two, in the order written), or for a
        "bilateral"/"trilateral" noun naming no party the nearest pair named before it
        (:mod:`.nominal_parties`; only with ``nearest``: under a light verb, "intensifying bilateral
        consultations" is as often a plan as a meeting); None otherwise. ``owner`` is the actor
        found in the phrase."""
        from .context import Party  # (the Context mixes this class in)

        if talked_over(noun) or noun.lemma_.lower() in _RELATION_NOUNS:
            return None  # "discussed U.S.-ROK cooperation", "Chile-Peru cooperation will not be shaken": a relation
        pair = hyphen_pair(noun) if typ in PAIR_TYPES else None
        if pair is not None and (owner is None or pair[2] <= owner.i <= pair[3] or self.entity_at.get(owner.i) is None
                                 or self.entity_at.get(owner.i) is self.entity_at.get(pair[2])):
            at = self.doc[pair[2]]
            return Party(entity=None, country=pair[0], token=at, name=pair[0]), \
                Party(entity=None, country=pair[1], token=at, name=pair[1]), pair[2]
        owners = coordinated_possessor(noun, self.entity_at) if typ in PAIR_TYPES else None
        if owners is not None:  # "Putin and Xi's meeting": the two owners, the first named first
            one, other = self.party(owners[0]), self.party(owners[1])
            if one is not None and other is not None and one.entity is not other.entity:
                return one, other, owners[0].i
        if owner is not None or not nearest or not unnamed_sides(noun, self.entity_at):
            return None
        return nearest_pair(self.pairs, self.background, noun, 0)

    def counterpart_of(self, tok: "Token") -> Party | None:
        """Who "his/her counterpart" is when no name follows: the other member of the nearest
        pair named before that includes the possessor ("X spoke with Y. X thanked his
        counterpart for ..." -> Y). None for a plural, for no possessor, or no such pair."""
        if tok.lower_ != "counterpart" or tok.pos_ != "NOUN":
            return None
        owner = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
        who = self.antecedent(owner) if owner is not None else None
        if who is None or who.entity is None:
            return None
        for at, a, b in reversed(self.pairs):
            if at >= tok.i:
                continue
            if a.entity is who.entity and b.entity is not None:
                return b
            if b.entity is who.entity and a.entity is not None:
                return a
        return None

    def _other_person_before(self, pron: "Token") -> Party | None:
        """An object "him"/"her" names someone other than the clause's subject: the nearest
        other person named earlier in the same sentence ("Lula spoke with Maduro and urged him
        to ..."), or None (then :meth:`antecedent` looks further back)."""
        verb = pron.head if pron.dep_ != "pobj" else pron.head.head
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        while subj is None and verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
            verb = verb.head
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        own = self.entity_at.get(subj.i) if subj is not None else None
        if own is None and subj is not None and subj.pos_ == "PROPN" and subj.lower_ in _OFFICE_HEADS:
            # "The Vice President applauded X's leadership and thanked him": the office's holder
            own = getattr(self._titled(subj, self.np_tokens(subj)), "entity", None)
        if own is None:
            return None  # whose clause it is is unknown: no basis to prefer anyone
        for i in range(pron.i - 1, pron.sent.start - 1, -1):
            ent = self.entity_at.get(i)
            if ent is not None and ent.label == "PERSON" and ent is not own:
                return self.party(self.doc[i])
        return None

    def antecedent(self, pron: "Token", exclude: Entity | None = None) -> Party | None:
        """The person a he/she refers to: the nearest person named as a subject before it,
        within its sentence and the two before, or an office named as one ("The President spoke
        with X. He thanked her ...": the President); else the nearest person named. Never the
        speaker of the turn it is said in (who says "I")."""
        if pron.dep_ == "poss" and pron.lower_ in ("his", "her") and exclude is None and pron.head.dep_ == "pobj" \
                and pron.head.head.lower_ == "for":
            from .antecedents import for_controller  # (imported here: antecedents reads the context)
            doer = for_controller(pron.head.head)
            praised = self.party(doer) if doer is not None and doer.i < pron.i else None
            if praised is not None and praised.entity is not None:
                return praised  # "thanked X for his visit": X's, as "thanked X for visiting" (object control)
        floor = self.sentences_back(pron, 3)
        nearest = None
        turn = self.turns.at(self.raw[pron.i][0]) if self.turns else None
        speaker = turn.speaker if turn is not None else None
        other = pron.dep_ in ("dobj", "pobj", "dative") or exclude is not None
        for i in range(pron.i - 1, floor - 1, -1):
            ent = self.entity_at.get(i)
            if ent is None and (pron.dep_ in ("nsubj", "nsubjpass") or other) \
                    and (self.doc[i].lower_ in _OFFICE_HEADS or other) \
                    and self.doc[i].dep_ in ("nsubj", "nsubjpass") and self.doc[i].pos_ == "PROPN":
                # ("The Prime Minister promised ..., and the President thanked him": an object pronoun,
                # someone other than the subject, may stand for any office named as a subject)
                office = self._titled(self.doc[i], self.np_tokens(self.doc[i]))
                if office is not None and office.entity is not speaker and (exclude is None or office.entity is not exclude):
                    return office
            if ent is None or ent.label != "PERSON" or ent is exclude or ent is speaker:
                continue
            t = self.doc[i]
            while t.dep_ in ("compound", "flat", "appos") and t.head.i != t.i:
                t = t.head
            if t.dep_ in ("nsubj", "nsubjpass"):
                return self.party(self.doc[i])
            if nearest is None:
                nearest = i
        if nearest is not None:
            return self.party(self.doc[nearest])
        # a statement on a death speaks of its subject as "he" long after naming him (:mod:`.sympathy`)
        if pron.lower_ not in _SINGULAR_PERSON:
            return None
        if not hasattr(self, "_mourned"):
            self._mourned = mourned_person_token(self.doc, self.entity_at)  # once per document
        mourned = self._mourned
        return self.party(mourned) if mourned is not None and self.entity_at.get(mourned.i) is not exclude \
            and self.entity_at.get(mourned.i) is not speaker else None
