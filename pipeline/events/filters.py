"""Which triggers report an event that happened, is happening or is decided.

Dropped (the contract's "not negated, not hypothetical"):

- negation: "did not meet", "never visited", "no talks were held", "left without meeting";
- modality: may, might, could, would, should, must, can, shall ("may impose sanctions"); "will"
  is kept: a decided future ("will visit next week") counts;
- conditionals: a clause under "if", "unless", "whether", or a clause that has one ("will strike
  if attacked");
- intentions and expectations: "plans to", "hopes to", "seeks to", "is expected to", "is willing
  to", "failed to"; "is set/scheduled/due to" and "decided to" are decisions and count;
- what another event only asks, promises, threatens, refuses or alleges: "urged Russia to
  withdraw", "calls for X to ...", "threatened to impose sanctions", "refused to meet",
  "accused X of attacking" yield the REQUEST/THREATEN/REJECT/ACCUSE event, not the inner one;
- text inside direct quotations (a speaker's claim, not the reporter's account), and the
  headline (it restates the body; parsing title case is unreliable).

Modality and negation pass down coordinated and controlled verbs ("could meet and sign",
"did not agree to meet"); a reported clause ("said that X attacked") keeps its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import load
from .documentacts import DOCUMENT_NOUNS
from .prospects import looked_forward
from .pending import hortative, pending_time
from .purposes import purpose_infinitive, scheduled_meeting, supported_aim
from .scheduled_trips import scheduled_trip
from .later_acts import later_act
from .speech_acts import PERFORMED_TYPES, performed_wish, wished_telling
from .habitual import habitual
from .senses import figurative
from .skipped import skipped_tokens  # noqa: F401 - re-exported: the extractor's filters
from .triggers import VIA_LIGHT, VIA_OWN, VIA_PARTICIPANT, VIA_SELF, Trigger
from .voice import lemma_forms
from .positions import misattached_conjunct, stranded_infinitive
from .relative_conjuncts import object_relative_head
from .verbparts import relative_object
from .agreed_clauses import agreed_future
from .chances import chance_holder
from .conditional_warnings import warning_terms
from .free_adjuncts import free_adjunct
from .relief_deployments import relief_deployment
from .war_support import war_support
from .resolution_content import text_content_conjunct

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

MODALS = (load().classes["modal"] - {"will"}) | {"ought"}
"""modal auxiliaries (data: event_triggers.json ``modal``) that make an act a possibility or a duty,
matched by spelling or lemma ("ca" of "can't" by its lemma "can"), and "ought"; "will" is left out:
here a stated future is a decided act (:data:`FUTURE_AUX`)"""
COND_MARKS = frozenset({"if", "unless", "whether", "lest"})
NEGATIONS = frozenset({"not", "n't", "never", "no", "neither", "nor"})
INTENTION_VERBS = load().classes["intention_verb"]
"""verbs whose complement is not (yet) an event; the lexicon's AGREE/REQUEST/THREATEN/REJECT
triggers are added at run time"""
INTENTION_ADJ = load().classes["intention_adjective"]
INTENTION_NOUNS = load().classes["intention_noun"]
"""nouns whose complement is a possibility or aim, not an event ("plans to visit", "the threat of an attack")"""
_EMBEDDING_TYPES = frozenset({"AGREE", "REQUEST", "THREATEN", "REJECT"})
_CLAUSE_EMBEDDING_TYPES = _EMBEDDING_TYPES | {"ACCUSE"}
_CLAUSE_DEPS = frozenset({"xcomp", "ccomp", "advcl", "pcomp", "acl", "relcl"})
_INHERIT_DEPS = frozenset({"xcomp", "conj", "aux", "auxpass"})
TIME_PREPS = frozenset({"after", "following", "during", "amid"})
"""prepositions that date an act by another one that took place ("agreed to a ceasefire after
talks in Cairo", "promised aid during a visit"): the phrase is no part of what is agreed,
promised or intended, so the embedding verb does not make it unreal ("before" is left out:
"vowed to strike before talks" may name talks yet to come; so is "despite", which as often names
what did not happen: "despite the absence of talks")."""
_TOLD_DEPS = frozenset({"ccomp", "dobj"})
"""how what a wished telling tells hangs on it: a that-clause or a noun ("I want to note that X met
Y", "I want to note the agreement X reached"); not an infinitive it asks for ("I want to tell X to
withdraw": a request, nothing done)"""
PAST_CAUSE_MARKS = frozenset({"after", "because", "when", "while", "since", "as"})
"""conjunctions of a clause in the simple past that tells what happened before, while or when,
or caused the act ("protested after vessels fired water cannon", "when we announced the
partnership in 2021, we committed to ..."): a fact, not the content of the protest or the
commitment ("before" and "once" are left out: "would leave once talks succeeded" is to come)"""
HYPOTHETICAL_AUX = frozenset({"would", "could", "might", "should"})
"""auxiliaries that make a past "when" clause hypothetical ("said it would sign when Congress
passed it")"""
ORDER_VERBS = frozenset({"order", "direct", "instruct", "command"})
"""verbs of command: a demand only when addressed to another side"""
ORDERED_ACTS = frozenset({"RETREAT", "MOBILIZE", "ASSAULT", "COERCE", "SANCTION"})
"""material acts an order decides ("ordered its troops to withdraw", "ordered the army to
seal the border"): the development gold codes orders by what they order, as a decided act"""


def has_negation(tok: "Token") -> bool:
    for c in tok.children:
        if c.dep_ == "neg" or (c.dep_ in ("advmod", "det") and c.lower_ in NEGATIONS):
            return True
    return False


def has_modal(tok: "Token") -> bool:
    return any(c.dep_ in ("aux", "auxpass") and (c.lower_ in MODALS or c.lemma_.lower() in MODALS or c.lower_ in ("'d", "’d"))
               for c in tok.children)


REPORTING_VERBS = load().classes["would_reporting_verb"]
"""verbs of saying whose past tense turns a reported "will" into "would" ("said it would hold talks")"""


def reported_future(tok: "Token") -> bool:
    """Whether ``tok``'s "would" is the reported form of "will": its clause is the complement
    of a verb of saying in the past ("the ministry said it would send a team"), so the
    speaker announced a decided future rather than a possibility."""
    if not any(c.dep_ == "aux" and c.lower_ in ("would", "'d", "\u2019d") for c in tok.children):
        return False
    cur = tok
    while cur.dep_ == "conj" and not _own_subject(cur) and cur.head.i != cur.i:
        cur = cur.head
    say = cur.head
    return (cur.dep_ == "ccomp" and say.pos_ == "VERB" and say.tag_ in ("VBD", "VBN")
            and _any_in(lemma_forms(say), REPORTING_VERBS))


def predecessor_status(tok: "Token") -> bool:
    """Whether ``tok`` is the status of the person a nominee replaces: the nomination formula
    "to be <office>, vice <name>, resigned/retired/deceased". The small model parses the
    participle as the nominee's main verb; it states why the seat is vacant, not an act of
    either person at the time reported."""
    i = tok.i
    doc = tok.doc
    if i < 3 or doc[i - 1].text != ",":
        return False
    for j in range(i - 2, max(i - 9, -1), -1):  # back over the predecessor's name
        word = doc[j]
        if word.lower_ == "vice":
            return True
        if not (word.text[:1].isupper() or word.text in {".", "-", ","}):  # "McRoe, Jr., resigned"
            return False
    return False


def is_conditional(tok: "Token") -> bool:
    """Under a condition ("if X attacks") or holding one ("will strike if attacked")."""
    for c in tok.children:
        if c.dep_ == "mark" and c.lower_ in COND_MARKS:
            return True
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children):
            return True
    return False


def _any_in(forms: tuple[str, ...], words: frozenset[str]) -> bool:
    return any(f in words for f in forms)


def _own_subject(tok: "Token") -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in tok.children)


UNREAL_MODIFIERS = load().classes["unreal_modifier"]
"""Modifiers of an event noun that make it not (yet) real ("Russia's possible invasion", "during
upcoming visits by the Secretary", "the next summit hosted by X in 2025"). Matched on the word as
written too: the participles ("a planned summit", "the proposed talks") lemmatise to the verb."""
KIND_MODIFIERS = frozenset({"such"})
"""Modifiers of an event noun that refer to a kind of event already told ("the last such visit
by a defence minister"), not to a new one"""


def unreal_noun(noun: "Token") -> bool:
    """Whether a bare event noun is made unreal by a modifier ("possible invasion", "upcoming
    visits") or names a kind of event rather than one ("the last such visit")."""
    return noun.pos_ == "NOUN" and any(
        (c.dep_ in ("amod", "compound", "predet", "det") and c.lower_ in KIND_MODIFIERS) or
        (c.dep_ in ("amod", "compound") and (c.lemma_.lower() in UNREAL_MODIFIERS or c.lower_ in UNREAL_MODIFIERS))
        for c in noun.children)


SUPPOSED_DETERMINERS = frozenset({"a", "an", "any"})


def supposed_noun(noun: "Token") -> bool:
    """Whether an indefinite event noun is the subject of a modal clause: "a further invasion
    would produce suffering", "any attack could trigger a response": the act is supposed, not
    told ("the attack could destabilise the region" speaks of one that took place)."""
    return noun.dep_ in ("nsubj", "nsubjpass") and has_modal(noun.head) and any(
        c.dep_ == "det" and c.lower_ in SUPPOSED_DETERMINERS for c in noun.children)


def unreal_head(verb: "Token") -> bool:
    """Whether a participle modifies an event noun made unreal by a modifier ("the next summit
    hosted by India in 2025", "a planned meeting convened by X"): it tells of that meeting, which
    has not taken place."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or noun.i == verb.i or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    # the modifier may hang on a word of the name before the head ("the next [Quad Leaders'] Summit")
    return any(c.dep_ in ("amod", "compound") and (c.lemma_.lower() in UNREAL_MODIFIERS or c.lower_ in UNREAL_MODIFIERS)
               for c in noun.doc[noun.left_edge.i:noun.i])


def presupposed(noun: "Token") -> bool:
    """Whether a bare event noun with a possessive actor names an event as a fact whatever
    the clause around it says ("leaders will discuss the consequences of Russia's invasion",
    "hopes to end Russia's war", "sanctions on Russia for its attack on Ukraine": a possessive
    pronoun presupposes the event as a name does): the possessive presupposes it, unless a
    modifier makes it unreal ("Russia's possible invasion")."""
    kids = list(noun.children)
    return noun.pos_ == "NOUN" and any(c.dep_ == "poss" and c.pos_ in ("PROPN", "PRON") for c in kids) and \
        not any(c.dep_ in ("amod", "compound") and (c.lemma_.lower() in UNREAL_MODIFIERS or c.lower_ in UNREAL_MODIFIERS)
                for c in kids)


DISPOSITION_PARTICIPLES = frozenset({"commit", "dedicate", "devote", "resolve", "determine"})
"""participles that, after "be"/"remain", state a standing attitude ("is committed to", "remains
dedicated to")"""


def disposition(tok: "Token") -> bool:
    """Whether ``tok`` is a participle of commitment used as a predicate adjective ("the
    President is committed to supporting families", "he was committed to the nation's
    security", "we remain committed to ensuring ..."): it describes a standing attitude, not
    the act of committing ("Chile committed to expand trade", "has committed $5 million"),
    and the development gold codes no such sentence (PLOVER AGREE codes an act of agreeing or
    pledging, at a time)."""
    if not _any_in(lemma_forms(tok), DISPOSITION_PARTICIPLES) or tok.tag_ not in ("VBN", "JJ"):
        return False
    if tok.dep_ == "acomp":
        return True
    if tok.dep_ in ("xcomp", "oprd", "advcl") and tok.tag_ == "VBN" and tok.head.pos_ == "VERB" and not any(
            c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "agent", "dobj") for c in tok.children):
        return True  # "spent her career committed to peace", "stayed committed to ...": a state
    return any(c.dep_ == "auxpass" and c.lemma_.lower() == "be" for c in tok.children) and not any(
        c.dep_ == "agent" for c in tok.children)


class Factuality:
    """Decides whether a trigger reports a real (happened, happening, decided) event."""

    def __init__(self, triggers: list[Trigger], *, performatives: bool = True) -> None:
        self.embedding: dict[int, str] = {t.token.i: t.type for t in triggers}
        self.performatives = performatives
        """whether "I want to thank X" is the act (a written statement; in a speech's
        transcript it is the speaker's courtesy to the room, which the gold leaves out)"""

    def _embeds(self, head: "Token", dep: str) -> bool:
        forms = lemma_forms(head)
        typ = self.embedding.get(head.i)
        clause = dep in _CLAUSE_DEPS
        if typ is not None and (typ in _EMBEDDING_TYPES or (clause and typ in _CLAUSE_EMBEDDING_TYPES)):
            return True
        if head.pos_ in ("VERB", "AUX") and dep in _CLAUSE_DEPS | {"dobj", "prep"} and _any_in(forms, INTENTION_VERBS):
            return True
        if head.pos_ == "ADJ" and dep in _CLAUSE_DEPS and _any_in(forms, INTENTION_ADJ):
            return True
        if head.pos_ in ("NOUN", "PROPN") and dep in _CLAUSE_DEPS | {"prep", "pobj"} and _any_in(forms, INTENTION_NOUNS) \
                and typ != "CONSULT":  # (a phone "call, in which X congratulated Y" is held, not a demand)
            return True
        if head.pos_ == "NOUN" and dep == "acl" and unreal_noun(head):
            return True  # "Canada's possible decision to withdraw", "the proposed plan to sell jets": not decided
        if dep == "xcomp" and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in head.children):
            return True  # "India has yet to condemn the invasion", "is yet to respond": not done
        return head.lower_ == "without" and dep in ("pcomp", "pobj")

    def factual(self, trig: Trigger) -> bool:
        """Whether ``trig`` reports an event that happened, is happening or is decided."""
        tok = trig.token
        if predecessor_status(tok) or (disposition(tok) and trig.entry is not None) or text_content_conjunct(tok, trig.type):
            return False  # ("is committed to working with X" is kept by :mod:`.committed_states`; :mod:`.resolution_content`)
        if (trig.type == "ASSAULT" and self._retells_attack(tok)) or figurative(trig) or habitual(trig):
            return False
        if trig.via == VIA_SELF and ((trig.type == "SUPPORT" and supported_aim(tok)) or unreal_head(tok)):
            return False  # "deployed staff to support the training": an aim (:mod:`.purposes`)
        if self.performatives and trig.type in PERFORMED_TYPES and trig.via in (VIA_SELF, VIA_LIGHT):
            wish = performed_wish(trig.clause if trig.via == VIA_LIGHT and trig.clause is not None else tok)
            if wish is not None:  # "I want to thank X": the saying is the act (:mod:`.speech_acts`)
                return self._walk(wish, check_local=False)
        look = looked_forward(tok) if trig.via == VIA_SELF and trig.type in COOPERATIVE else None
        if look is not None:  # "looks forward to welcoming X": planned, as "will welcome" (:mod:`.prospects`)
            return self._walk(look, check_local=True)
        if trig.via == VIA_SELF:
            if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.dep_ == "dobj" \
                    and tok.head.lemma_.lower() in DOCUMENT_NOUNS:
                # "adopted a declaration welcoming X": the document's act is as real as its
                # issuing, even when the issuing verb is itself an agreement (:mod:`.documentacts`)
                return self._walk(tok.head.head, check_local=True)
            if trig.type in ORDERED_ACTS and tok.dep_ == "xcomp" and _any_in(lemma_forms(tok.head), ORDER_VERBS) \
                    and self.embedding.get(tok.head.i) is not None:
                # "Russia ordered its troops to withdraw": an order decides the act it orders
                # (the order itself is no demand between two sides: :func:`internal_order`)
                return self._walk(tok.head, check_local=True)
            if trig.type == "COERCE" and tok.dep_ == "acl" and tok.tag_ == "VBN" and any(
                    c.dep_ == "agent" for c in tok.children):
                # "to free the hostages held by Hamas": the reduced relative tells a state of the
                # noun's referents, true whatever the clause around the noun does with them
                return not has_negation(tok)
            return self._walk(tok, check_local=True)
        if has_negation(tok):  # "no talks were held"
            return False
        if trig.via == VIA_LIGHT and trig.clause is not None:
            if trig.clause.dep_ == "acl" and trig.clause.tag_ == "VBN" and trig.clause.head.i == tok.i:
                # "fulfilled the commitments made by X": the participle says who made the noun's
                # act (as "the agreement X reached" does); the noun embeds nothing, its place decides
                return self._walk(tok, check_local=False)
            return self._walk(trig.clause, check_local=True)
        if trig.via in (VIA_OWN, VIA_PARTICIPANT) and (unreal_noun(tok) or supposed_noun(tok)):
            return False
        if trig.via == VIA_OWN and presupposed(tok):
            return True
        # a bare noun or a consultation in a temporal phrase: the clause around it may be
        # negated ("did not condemn the attack") without the event being so; only conditions
        # and embeddings apply
        return self._walk(tok, check_local=False)

    def clause_factual(self, cur: "Token") -> bool:
        """Whether the clause of ``cur`` (not negated, modal, conditional or embedded) is factual."""
        return self._walk(cur, check_local=True)

    def stands_negated(self, cur: "Token") -> bool:
        """Whether ``cur`` is factual once its own negation and modality are set aside ("will never
        recognise": the refusal is the event, :mod:`.nonrecognition`); conditions and embeddings apply."""
        return self._walk(cur, check_local=False)

    def _retells_attack(self, verb: "Token") -> bool:
        """Whether an attack verb is the relative clause of an attack noun, telling what that
        attack did ("Iran's strikes that killed dozens of civilians", "an air strike on Tuesday
        that killed 12 people"): one attack, coded once on the noun."""
        if verb.dep_ not in ("relcl", "acl") or verb.pos_ != "VERB":
            return False
        head = verb.head
        if head.dep_ == "pobj" and head.head.dep_ == "prep":  # "strike on Tuesday that killed"
            head = head.head.head
        return self.embedding.get(head.i) == "ASSAULT" and head.pos_ == "NOUN"

    def _walk(self, cur: "Token", *, check_local: bool) -> bool:
        """Walk from ``cur`` to the root: negation and modality of the clause and of verbs it
        is coordinated with or controlled by; conditions and embeddings on the whole path."""
        local = check_local
        start = cur.i  # (only the event's own clause is the "after" clause that happened)
        came = ""  # the relation through which the walk reached ``cur``
        ongoing = False  # past a clause of what goes on meanwhile, only conditions count (:func:`ongoing_clause`)
        for _ in range(40):
            if local and (has_negation(cur) or (has_modal(cur) and not reported_future(cur))):
                return False
            if (is_conditional(cur) and not (cur.i == start and warning_terms(cur, self.embedding.get(start)))) or pending_time(cur):
                return False  # ("when I call on you", "as soon as he signs it": :mod:`.pending`; "warned X if": :mod:`.conditional_warnings`)
            head, dep = cur.head, cur.dep_
            if hortative(head, cur) or (cur.i == start and stranded_infinitive(cur)):
                return False  # "let us recommit to ..." (:mod:`.pending`); "call on X to, now, withdraw" (:mod:`.positions`)
            if misattached_conjunct(cur):
                head = head.head  # coordinated with the verb governing the infinitive
            elif (first := object_relative_head(cur, self.embedding.get(cur.i))) is not None:
                head = first  # "condemned the strike that killed X and urged Y" (:mod:`.relative_conjuncts`)
            if head.i == cur.i:
                return True
            if dep in ("xcomp", "advcl") and phone_purpose(cur):
                pass  # "called X to congratulate him": what a phone call was for happened in it
            elif dep == "prep" and cur.lower_ in TIME_PREPS:
                pass  # "agreed to a truce after talks mediated by X": when, not what was agreed
            elif dep == "ccomp" and any(c.dep_ == "xcomp" and wished_telling(c) for c in head.children):
                pass  # "I want to share with you that X met Y": the parser hangs what is told on the wish
            elif dep == "advcl" and (cur.i == start or came in _OWN_ARGS) and ongoing_clause(cur):
                ongoing = True  # "discussed efforts to X as Russia continues its attacks on Y": going on meanwhile
            elif dep == "advcl" and cur.i == start and past_clause(cur):
                pass  # "summoned the envoy after its vessels fired on a boat": a past act that led to it
            elif dep == "relcl" and cur.i == start and relative_object(cur) is not None:
                pass  # "the agreement Chile reached with Peru": the noun's own light verb, not what it embeds
            elif cur.i == start and agreed_future(head, cur, self.embedding.get(start)):
                pass  # "agreed that X will leave by May": decided (:mod:`.agreed_clauses`)
            elif (hold := chance_holder(cur)) is not None:  # "will have the chance to meet X" (:mod:`.chances`)
                if has_negation(hold) or (has_modal(hold) and not reported_future(hold)):
                    return False
            elif dep != "conj" and dep not in _INHERIT_DEPS and not (head.i in self.embedding and free_adjunct(cur)) \
                    and not ongoing and self._embeds(head, dep):
                return False  # (", calling on Y to ...": a second act, not content: :mod:`.free_adjuncts`)
            if dep == "prep" and cur.lower_ not in TIME_PREPS and not ongoing and self._embeds(head, "prep"):
                return False
            # modality and negation carry over to a controlled or coordinated verb without
            # its own subject; a reported or subordinate clause keeps its own
            local = local and (dep == "xcomp" or ((dep == "conj" or free_adjunct(cur)) and not _own_subject(cur)))
            if dep == "xcomp" and not ongoing and self._embeds(head, dep) and not phone_purpose(cur) \
                    and not (came in _TOLD_DEPS and wished_telling(cur)):  # ("I want to share that X met Y": :mod:`.speech_acts`)
                return False
            cur, came = head, dep
        return True


_OWN_ARGS = frozenset({"dobj", "nsubj", "nsubjpass"})
"""how an event noun hangs on its clause's verb ("continues its attacks"): the clause is its own"""


def past_clause(clause: "Token") -> bool:
    """Whether an adverbial clause in the simple past tells what happened before, while or when
    its governing act took place ("after its vessels fired on a boat", "when we announced the
    partnership"), and not what would happen ("said it would sign when Congress passed it").
    The parser marks "when" as an adverb and the others as conjunctions: both count."""
    marks = {c.lower_ for c in clause.children if c.dep_ in ("mark", "advmod")} & PAST_CAUSE_MARKS
    if clause.tag_ != "VBD" or not marks:
        return False
    # ("said it would retaliate after Israel struck": the strike happened, whatever is to come)
    return marks != {"when"} or not any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX for c in clause.head.children)


def ongoing_clause(clause: "Token") -> bool:
    """Whether an adverbial clause in the present tense tells what is going on meanwhile ("to
    strengthen air defenses as Russia continues its attacks on Ukrainian cities"): a fact, whatever
    aim or plan governs it. A reason ("because X threatens Y") is left to the speaker's argument."""
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    return clause.tag_ in ("VBZ", "VBP") and bool(marks) and marks <= _ONGOING_MARKS


_ONGOING_MARKS = frozenset({"as", "while"})
"""conjunctions of a present-tense clause that tells what is going on meanwhile ("as
Russia continues its attacks"), a fact whatever aim governs it ("when", "since" and "after" in the
present tense tell what is to come or habitual: "when Congress passes it")"""
CALL_REQUEST_PREPS = frozenset({"on", "upon", "for"})


def phone_purpose(clause: "Token") -> bool:
    """Whether ``clause`` is the purpose of a phone call ("called Prime Minister X to
    congratulate him", "called to offer condolences"): "call" without "on", "upon" or "for" is a
    call made, and what it was made for was done in it (the development gold codes the
    congratulation of such a call), not a demand ("called on Russia to withdraw", "called for
    Russia to withdraw")."""
    head = clause.head
    if "call" not in lemma_forms(head) or head.i == clause.i:
        return False
    if any(c.dep_ in ("prep", "prt") and c.lower_ in CALL_REQUEST_PREPS for c in head.children):
        return False
    return not any(c.dep_ == "mark" and c.lower_ in CALL_REQUEST_PREPS for c in clause.children)


FUTURE_AUX = frozenset({"will", "shall", "'ll", "\u2019ll", "wo"})
"""(the curly "we\u2019ll" of published transcripts is the same auxiliary as "we'll")"""
FUTURE_HEADS = frozenset({"set", "schedule", "due", "go", "poise"})
"""'is set/scheduled/due/going to': a decided future"""
COOPERATIVE = frozenset({"CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})
"""PLOVER's verbal and material cooperation categories other than AGREE (the items of a list
led in by "X and Y will:" commit the parties to them: AGREE)"""


SIMULTANEOUS_PREPS = frozenset({"during", "at"})
"""prepositions that put a meeting at the time of its clause's act ("during her meetings with X,
the Vice President will advance ..."): a meeting of a clause in the future is to come too"""


def during_clause(trig: Trigger) -> bool:
    """Whether a consultation noun is the setting of its clause ("during her meetings with the
    leaders of X and Y, she will ..."), so that the clause's tense is the meeting's."""
    if trig.via != VIA_PARTICIPANT or trig.clause is None:
        return False
    head = trig.token
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    return head.dep_ == "pobj" and head.head.lower_ in SIMULTANEOUS_PREPS


def future(trig: Trigger, *, reported: bool = True) -> bool:
    """Whether the trigger's clause is in the future tense ("will visit", "is set to meet");
    ``reported=False`` leaves out a reported "would" ("said it would ...": the saying is past)."""
    cur = trig.clause if trig.via in (VIA_SELF, VIA_LIGHT) or during_clause(trig) else None
    for _ in range(6):
        if cur is None:
            return False
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in cur.children) or (
                reported and reported_future(cur)) or scheduled_trip(cur):
            return True  # ("is travelling to X next week": :mod:`.scheduled_trips`)
        if cur.dep_ == "xcomp" and any(f in FUTURE_HEADS for f in lemma_forms(cur.head)):
            return True
        if cur.dep_ == "advcl" and scheduled_meeting(cur, trig.type) and purpose_infinitive(cur):
            cur = cur.head  # "will travel to Lima to meet with X": the trip's tense (:mod:`.purposes`)
            continue
        if (hold := chance_holder(cur)) is not None:
            cur = hold  # "will have the opportunity to meet X": the tense of "have" (:mod:`.chances`)
            continue
        if cur.dep_ == "pcomp" and cur.tag_ == "VBG" and cur.head.lower_ == "by" and cur.head.head.pos_ in ("VERB", "AUX"):
            cur = cur.head.head  # "will start by meeting with X": the means shares its verb's tense
            continue
        if cur.dep_ not in ("xcomp", "conj") or _own_subject(cur):
            return False
        cur = cur.head
    return False


ANNOUNCED = frozenset({"ACCUSE", "REQUEST", "REJECT"})
"""conflictual verbal categories: said in the future tense ("will condemn", "will urge"), they
announce a statement still to be made, not an act decided"""


def coded_type(trig: Trigger) -> str | None:
    """The category to record, or None when the trigger announces a statement for the future.

    A cooperative action reported in the future tense is coded AGREE (PLOVER_MANUAL.tex, AGREE:
    "All cooperative actions reported in future tense are also taken to imply intentions"; the
    official development gold codes "will visit", "will work together", "will commit" so); a
    conflictual verbal act in the future tense ("the leaders will condemn ...", "will urge
    creditors ...") is an announcement of what will be said, and no event yet; a reported one
    ("said the government would fund ...") was said. Material conflictual acts keep their
    category ("will sanction twelve officials").
    """
    if trig.type in ANNOUNCED and future(trig, reported=False):
        return None
    typ = "AID" if trig.type == "MOBILIZE" and relief_deployment(trig.token) else trig.type  # (:mod:`.relief_deployments`)
    typ = "AID" if typ == "SUPPORT" and war_support(trig.token) else typ  # "support for X's war" (:mod:`.war_support`)
    if typ in COOPERATIVE and (future(trig) or later_act(trig.token)):  # ("the upcoming summit": :mod:`.later_acts`)
        return "AGREE"
    return typ


def internal_order(trig: Trigger, actor, recipient) -> bool:
    """Whether a REQUEST trigger is an order within one government ("the governor ordered flags
    lowered", "the president ordered the state oil company to issue licences"): a directive to
    one's own officials or bodies is no demand between actors (the development gold codes
    orders only by what they order: an expulsion, a halt of a withdrawal), so only an order to a
    party of another known country counts."""
    if trig.type != "REQUEST" or not any(f in ORDER_VERBS for f in lemma_forms(trig.token)):
        return False
    own = actor.country if actor is not None else None
    theirs = recipient.country if recipient is not None else None
    return theirs is None or theirs == own
