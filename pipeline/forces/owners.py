"""Whose a force is and where: country words, "by/of <country>" phrases, the verb's subject, the
speaker of a report ("The Pentagon said ...") and the publisher behind "we" and "our"."""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from ..knowledge import countries as gazetteer
from ..knowledge.units import institution_country
from ..knowledge.wordlists import word_set
from ..nlp import text as text_of
from .status import PLAN, SAY_VERBS, WITHDRAWAL_NOUNS, governing_verb, status_of

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Token

    from ..context import ArticleContext
    from ..entities import EntityIndex
    from ..records import Role

def _right_preps(noun: "Token"):
    """Prepositions that belong to ``noun``: its own, and those the parser hung on its host to its right
    ("concern over troop deployments by the DPRK to Russia", "monitor the deployments in Ukraine")."""
    yield from (c for c in noun.children if c.dep_ in ("prep", "agent"))
    node = noun
    for _ in range(2):
        if node.dep_ == "pobj":
            host = node.head.head
        elif node.dep_ in ("dobj", "nsubjpass") or node.dep_ == "nsubj" and node.head.pos_ == "VERB":
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


def place_of(doc: "Doc", noun: "Token", entities: "EntityIndex", *, leaving: bool = False) -> str | None:
    """Country a force is in or moves to; for a withdrawal (``leaving``) also the one it leaves
    ("withdrew its jets from Romania")."""
    preps = ("in", "to", "into", "at", "inside", "within", "around", "near", "across") + (("from",) if leaving else ())
    for prep in _right_preps(noun):
        if prep.lower_ in preps:
            for pobj in _pobjs(prep):
                ent = entities.for_doc_span(doc, pobj)
                if ent is not None and ent.label in ("GPE", "LOC") and ent.country:
                    return ent.country
    return None


def subjects_of(verb: "Token") -> list["Token"]:
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
                or node.dep_ == "acl" and node.head.lemma_.lower() in PLAN:
            node = node.head  # "the US and UK plan to begin rotations": the parser makes "plan" a noun
        else:
            break
    return []


class Voice:
    """Who "I", "we" and "our" are: the publisher's country (from the article context) outside
    quotations. The quotation spans are found once per call, and only when a first person asks."""

    def __init__(self, doc: "Doc", context: "ArticleContext", roles: "tuple[Role, ...]" = ()) -> None:
        self.doc = doc
        self.home = context.home_country
        self.roles = roles
        self._turns: list | None = None
        # Whose "the army" is when no country is written: the government the article is about,
        # else the dateline's country ("BRASILIA - ... the army's presence there").
        self.local = context.home_country or context.dateline_country
        self._starts: list[int] | None = None
        self._reach: list[int] = []

    def publisher(self, tok: "Token") -> str | None:
        """The country behind "I", "we", "our" in the text's own voice: a government statement
        speaks for its publisher. Inside a quotation the words are someone else's. In a
        transcript with no known publisher, "we" is the government of the turn's speaker
        ("PRESIDENT SMITH: ... we're going to send two squadrons")."""
        if self.home is None:
            return self._speaker_country(tok)
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


    def _speaker_country(self, tok: "Token") -> str | None:
        """Country of the speaker whose transcript turn holds ``tok``: the one country of the
        roles held by the person the turn label names ("PRESIDENT SMITH" -> Smith's roles).
        None for a reporter's question, an unnamed label ("THE PRESIDENT") or no roles."""
        if not self.roles:
            return None
        if self._turns is None:
            from ..transcripts import turn_labels

            self._turns = turn_labels(text_of(self.doc))
        k = bisect_right([t.start for t in self._turns], tok.idx) - 1
        if k < 0 or self._turns[k].question:
            return None
        label = self._turns[k].text.split()[-1].strip(".").lower()
        codes = {r.country for r in self.roles if r.country and r.status in ("current", "acting")
                 and r.person_name.split()[-1].lower() == label}
        return codes.pop() if len(codes) == 1 else None


def _find_quote_pairs(text: str):
    """Quote-mark pairs of a text (the leaf :mod:`pipeline.quotemarks`, shared with quotes)."""
    from ..quotemarks import find_quote_pairs

    return find_quote_pairs(text)


def subject_country(doc: "Doc", subj: "Token", entities: "EntityIndex", voice: Voice) -> str | None:
    """Country of a verb's subject; "I"/"we" in a government statement is its publisher's country."""
    if subj.lower_ in ("i", "we"):
        return voice.publisher(subj)
    return _country(doc, subj, entities, frozenset({"GPE", "NORP"})) or _institution(doc, subj, entities)


def _institution(doc: "Doc", tok: "Token", entities: "EntityIndex") -> str | None:
    ent = entities.for_doc_span(doc, tok)
    return institution_country(ent.name if ent is not None else tok.text) if tok.pos_ == "PROPN" else None


def owner_codes(doc: "Doc", noun: "Token", entities: "EntityIndex", voice: Voice) -> list[str]:
    """Whose force: a country word on the noun, a "by/of <country>" phrase, or the verb's subject
    for "its/their" (and the publisher for "our" when the article says who published it)."""
    orgs = frozenset({"GPE", "NORP"})
    for child in noun.children:
        if child.dep_ in ("compound", "amod", "poss", "nmod"):
            code = _country(doc, child, entities, orgs)
            if code:
                return [code]
    # "troops from Poland" are Poland's, but a withdrawal "from Germany" leaves a place.
    leaving = noun.lemma_.lower() in WITHDRAWAL_NOUNS or status_of(governing_verb(noun)) == "withdrawn"
    for prep in _right_preps(noun):
        if prep.lower_ in ("by", "of") or prep.lower_ == "from" and not leaving:
            for pobj in _pobjs(prep):
                code = _country(doc, pobj, entities, orgs)
                if code:
                    return [code]
    poss = next((c for c in noun.children if c.tag_ == "PRP$"), None)
    if poss is not None:
        if poss.lower_ in ("our", "my"):
            code = voice.publisher(poss)
            return [code] if code else []
        verb = governing_verb(noun) or (noun.head.head if noun.dep_ == "pobj" else None)
        if verb is not None and verb.pos_ in ("VERB", "AUX"):
            codes = [_country(doc, s, entities, orgs) for s in subjects_of(verb)]
            return [c for c in codes if c]
    return []



def _institution_owner(doc: "Doc", tok: "Token", entities: "EntityIndex") -> str | None:
    """The country an institution speaking stands for: a metonym ("the Pentagon", "the Kremlin") or
    a body with a country possessor or modifier ("Poland's Ministry of National Defence", "the
    British Defence Ministry"). A country itself is not taken: "Seoul said 10,000 troops were sent
    to Russia" reports someone else's troops."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    if tok.ent_type_ not in ("GPE", "NORP"):
        code = _institution(doc, tok, entities)
        if code is not None:
            return code
    for child in tok.children:
        if child.dep_ in ("poss", "compound", "amod") and child.ent_type_ in ("GPE", "NORP") \
                and tok.ent_type_ not in ("GPE", "NORP"):
            code = _country(doc, child, entities, frozenset({"GPE", "NORP"}))
            if code is not None:
                return code
    return None


def speaker_country(doc: "Doc", verb: "Token", entities: "EntityIndex") -> str | None:
    """Owner of a force reported by an institution: "The Pentagon said 2,000 Marines would deploy",
    "Poland's Ministry of National Defence said it will deploy 3,000 soldiers" (the clause's subject
    is the troops themselves or a pronoun for the speaker)."""
    node = verb
    for _ in range(3):
        own = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if node is not verb and own:
            break
        if node.dep_ in ("ccomp", "xcomp", "conj", "advcl") and node.head.pos_ in ("VERB", "AUX"):
            node = node.head
        else:
            return None
        if node.lemma_.lower() in SAY_VERBS:
            for subj in (c for c in node.children if c.dep_ == "nsubj"):
                code = _institution_owner(doc, subj, entities)
                if code is not None:
                    return code
            return None
    return None


def left_place(doc: "Doc", verb: "Token", entities: "EntityIndex") -> str | None:
    """The place a force leaves when the verb takes it as object ("would leave Mali")."""
    for child in verb.children:
        if child.dep_ == "dobj":
            ent = entities.for_doc_span(doc, child)
            if ent is not None and ent.label in ("GPE", "LOC") and ent.country:
                return ent.country
    return None


# Verbs whose subject owns the counted force they take as object: it sends, keeps, has or
# withdraws its own ("Turkey, which keeps about 3,000 troops in Iraq"; "we are sending two more
# destroyers"). Verbs of giving, selling or killing never reach here (NOT_FORCE in .status).
OWNING_VERBS = word_set("forces", "owning_verbs")
# Relative pronouns whose antecedent is the subject ("The U.S., which keeps ...").
_RELATIVE = frozenset({"which", "that", "who"})


def mission_or_institution(doc: "Doc", tok: "Token", entities: "EntityIndex") -> str | None:
    """Owner a name stands for: a country's institution or armed service ("Bundeswehr", "the
    Pentagon") or a multinational mission ("UNIFIL" -> "UN")."""
    from .missions import mission_owner

    ent = entities.for_doc_span(doc, tok)
    name = ent.name if ent is not None else tok.text
    return mission_owner(name) or (institution_country(name) if tok.pos_ == "PROPN" else None)


def _controller(verb: "Token") -> "Token | None":
    """The subject a verb's action belongs to, through relative clauses and control: "the U.S.,
    which keeps ..." -> "U.S."; "urged Russia to withdraw ..." -> "Russia" (object control);
    "Britain plans to send ..." -> "Britain"."""
    node = verb
    for _ in range(3):
        subj = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            if subj.lower_ in _RELATIVE and node.dep_ == "relcl":
                return node.head
            return subj
        if node.dep_ == "relcl" and node.head.pos_ in ("NOUN", "PROPN"):
            return node.head
        if node.dep_ in ("xcomp", "conj", "advcl") and node.head.pos_ in ("VERB", "AUX"):
            if node.dep_ == "xcomp":
                obj = next((c for c in node.head.children if c.dep_ == "dobj"), None)
                if obj is not None:
                    return obj  # "asked Poland to send": Poland's troops
            node = node.head
        else:
            return None
    return None


# Verbs of a relative clause that states what a formation is made of ("a brigade, which is 3,000
# soldiers", "a task force that comprises 12 ships").
_MADE_OF = frozenset({"be", "comprise", "include", "number", "consist", "total"})


def described_formation(verb: "Token | None") -> "Token | None":
    """The noun a relative clause of make-up describes ("Brigade" for "which is 3,000 fighters"),
    else None."""
    if verb is None or verb.dep_ != "relcl" or verb.lemma_.lower() not in _MADE_OF:
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ in _RELATIVE for c in verb.children):
        return None
    return verb.head if verb.head.pos_ in ("NOUN", "PROPN") else None


def formation_verb(host: "Token", relcl: "Token") -> "Token | None":
    """The verb that moves or keeps a formation described by ``relcl`` (not ``relcl`` itself)."""
    verb = governing_verb(host)
    if verb is not None and verb.i == relcl.i:
        verb = host.head if host.dep_ in ("dobj", "nsubj", "nsubjpass") and host.head.pos_ in ("VERB", "AUX") else None
    return verb


def clause_owner(doc: "Doc", noun: "Token", verb: "Token | None", entities: "EntityIndex",
                 voice: Voice) -> str | None:
    """Owner of a counted force whose own words name none: an institution or mission on the noun
    ("150 Bundeswehr soldiers", "UNIFIL troops"); the owner of the status noun it counts ("France
    completed its withdrawal of 1,500 soldiers"); the subject of the verb that sends, keeps or
    withdraws it ("The U.S., which keeps about 54,000 troops in Japan"; "we are sending two
    destroyers" in a government's own statement)."""
    from .status import STATUS_NOUNS

    for child in noun.children:
        if child.dep_ in ("compound", "nmod", "poss") and child.pos_ == "PROPN":
            code = mission_or_institution(doc, child, entities)
            if code is not None:
                return code
    codes = set(owner_codes(doc, noun, entities, voice))  # "troops from Poland", "its troops"
    if len(codes) == 1:
        return codes.pop()
    if verb is None:
        return None
    host = described_formation(verb)
    if host is not None:  # "maintain a rotational brigade, which is 3,000 soldiers": the brigade's owner
        return clause_owner(doc, host, formation_verb(host, verb), entities, voice)
    if verb.pos_ == "NOUN" and verb.lemma_.lower() in STATUS_NOUNS:
        codes = owner_codes(doc, verb, entities, voice)
        return codes[0] if len(set(codes)) == 1 else None
    if noun.dep_ != "dobj" or noun.head.i != verb.i or verb.lemma_.lower() not in OWNING_VERBS:
        return None
    subj = _controller(verb)
    if subj is None:
        return None
    if subj.lower_ in ("i", "we"):
        return voice.publisher(subj)
    return (_country(doc, subj, entities, frozenset({"GPE", "NORP"})) or mission_or_institution(doc, subj, entities)
            or local_owner(subj, voice))


# A country's own armed services named without the country ("the army", "the military"): in news
# they are the armed forces of the country the article is about.
GENERIC_SERVICES = word_set("forces", "generic_services")


def generic_service(tok: "Token") -> bool:
    """Whether ``tok`` heads "the army" / "the armed forces" with no country or owner word on it."""
    words = " ".join(t.lower_ for t in tok.subtree if t.dep_ in ("compound", "amod") and t.head.i == tok.i
                     and t.ent_type_ not in ("GPE", "NORP")).split() + [tok.lower_]
    name = " ".join(w for w in words if w not in ("full-time", "regular"))
    if name not in GENERIC_SERVICES and tok.lemma_.lower() not in GENERIC_SERVICES:
        return False
    return not any(c.dep_ in ("poss", "compound", "amod", "nmod") and (c.ent_type_ in ("GPE", "NORP", "ORG")
                                                                       or c.tag_ == "PRP$")
                   for c in tok.children)


def local_owner(noun: "Token", voice: Voice) -> str | None:
    """The country of an unowned national service on or around ``noun``: "the Army" itself, "the
    army's presence" (its possessor), "the army deployed ..." (the clause's subject)."""
    cands = [noun] + [c for c in noun.children if c.dep_ == "poss"]
    return voice.local if any(generic_service(c) for c in cands) else None
