"""Who condemns, urges or welcomes in "X issued a statement condemning Y".

News and statements report a speech act through the document that makes it: "Kenya issued a
statement condemning the attack", "the Security Council passed a resolution demanding that the
rebels end their attacks", "the ministry released a statement calling on both sides to show
restraint", "Kenya's statement condemning the attack", "a statement by the ministry urging calm".
The participle has no subject of its own; English reads the document's author as its agent
(CAMEO and PLOVER code the issuer of a condemning statement as the actor of ACCUSE). The author
is the possessor of the document, its "by"/"from" phrase, an organisation or country modifying
it ("a UN resolution"), the subject of the verb that issued it (issue, release, publish, put
out, adopt, pass, approve, sign, send, make, give), or of the verb it is said "in" ("Kenya said in a
statement condemning the attack that ..."), when that verb reports a fact (not negated, not a
modal or a plan: "will issue a statement condemning" is no condemnation yet).

A legal instrument enacts what its participle or relative clause says: "President X signed an
Executive Order imposing new sanctions on Y", "a proclamation that restricts the entry of Z": the
signer sanctions and restricts (:func:`instrument_enactor`, the same issuer, for the acts a
government does by law: sanctions, coercion, aid, concessions, deployments, withdrawals).

The instrument may also be the subject of the act, as fact sheets write after the signing: "The
Proclamation imposes full restrictions on ...", "The order blocks the property of ...", and in the
next bullet "It adds restrictions on ...". A text does nothing by itself (:mod:`.paperactors`), but
an order enacts its signer's act: the actor is the instrument's issuer, written on it ("Kenya's
decree") or the subject of the last factual signing, issuing, adoption or passage of an
instrument of that name before it ("X signed a Proclamation"; a bill introduced or a draft
circulated enacts nothing); "It" is such an instrument when the subject of the sentence before it
was one (:func:`subject_enactor`). Only orders, proclamations, memoranda, directives, decrees and
laws: a bill, a resolution or a plan may be only proposed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .clauses import clause_subject
from .lexicon import load

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .context import Context, Party

DOCUMENT_NOUNS = load().classes["authored_text"]
"""documents and addresses that make a speech act by themselves (data: event_triggers.json
``authored_text``; not laws or orders, which enact)"""
ISSUING_VERBS = load().classes["issuing_verb"]
"""verbs whose subject is the author of the document they take as object (data: ``issuing_verb``)"""
SPEECH_ACT_TYPES = frozenset({"REQUEST", "ACCUSE", "SUPPORT", "REJECT", "THREATEN", "AGREE"})
"""acts a document makes by what it says"""
_MODALS = load().classes["modal"] | {"ca"}
"""modal auxiliaries (data: event_triggers.json ``modal``), matched by spelling, and "ca", the first
half of "can't": a "can't" whose "n't" the parser hung elsewhere is no fact either"""


def _factual(verb: "Token") -> bool:
    """Whether the issuing verb reports a fact: a finite past, present or perfect verb, neither
    negated nor under a modal nor the complement of another verb ("plans to issue")."""
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in _MODALS) for c in verb.children):
        return False
    if verb.dep_ in ("xcomp", "ccomp", "advcl", "pcomp") and verb.tag_ == "VB":
        return False
    return verb.tag_ in ("VBD", "VBZ", "VBP") or (verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children))


def document_author(ctx: "Context", trigger: "Token", typ: str | None) -> "Party | None":
    """The author of the document whose participle ``trigger`` is ("a statement condemning"), as
    the actor of its speech act, or None (rules in the module docstring).

    Args:
        ctx: The document's argument-finding context.
        trigger: The event's trigger word.
        typ: The event type the trigger was found with.
    """
    if typ not in SPEECH_ACT_TYPES or trigger.dep_ not in ("acl", "relcl") or trigger.tag_ != "VBG":
        return None
    doc_noun = trigger.head
    if doc_noun.lemma_.lower() not in DOCUMENT_NOUNS or doc_noun.i in ctx.quoted:
        return None
    return issuer(ctx, doc_noun)


def issuer(ctx: "Context", doc_noun: "Token") -> "Party | None":
    """Who issued the text ``doc_noun`` heads: its possessor or named compound ("Kenya's
    statement", "a UN resolution"), a by/from party ("a statement by X"), the agent of an issuing
    participle ("a resolution adopted by X"), or the subject of the factual verb that issued it
    ("X passed a resolution", "X said in a statement"); None otherwise."""
    for c in doc_noun.children:
        if c.dep_ == "poss" or (c.dep_ == "compound" and c.i in ctx.entity_at):
            return ctx.party(c)  # "Kenya's statement condemning", "a UN resolution demanding"
        prep = c if c.dep_ == "prep" and c.lower_ in ("by", "from") else next(
            (a for a in c.children if a.dep_ == "agent"), None) if c.dep_ == "acl" and c.tag_ == "VBN" \
            and c.lemma_.lower() in ISSUING_VERBS else None
        obj = next((p for p in prep.children if p.dep_ == "pobj"), None) if prep is not None else None
        if obj is not None:
            return ctx.party(obj)  # "a statement by the ministry urging calm", "adopted by X"
    verb = doc_noun.head
    if doc_noun.dep_ == "pobj" and verb.lower_ == "in" and verb.head.pos_ == "VERB":
        verb = verb.head  # "Kenya said in a statement condemning the attack that ...": who said
        if not _factual(verb):
            return None
    elif doc_noun.dep_ != "dobj" or verb.lemma_.lower() not in ISSUING_VERBS or not _factual(verb):
        return None
    subj = clause_subject(verb)  # "X met Y and issued a statement ...": the first verb's subject
    return ctx.party(subj) if subj is not None else None


INSTRUMENT_NOUNS = load().classes["legal_instrument"]
"""a government's own legal instruments (data: ``legal_instrument``): "order", "proclamation", "law" ..."""
_UNDOING = frozenset({"revoke", "rescind", "repeal", "lift", "terminate", "end", "remove", "waive", "ease", "relax",
                      "reverse", "cancel", "oppose", "reject", "withdraw", "suspend"})
"""verbs that undo or refuse what their object names ("revoking sanctions", "opposing sanctions")"""
ENACTED_TYPES = frozenset({"SANCTION", "COERCE", "AID", "CONCEDE", "MOBILIZE", "RETREAT"})
"""acts a government does by signing an instrument"""


def instrument_enactor(ctx: "Context", verb: "Token", typ: str | None) -> "Party | None":
    """Who issued the legal instrument whose participle or relative clause ``verb`` is ("signed an
    Executive Order imposing sanctions", "a proclamation that restricts entry"), as the actor of the
    act it enacts; None otherwise (module docstring)."""
    if typ not in ENACTED_TYPES or verb.dep_ not in ("acl", "relcl") or verb.tag_ not in ("VBG", "VBZ", "VBP") \
            or verb.lemma_.lower() in _UNDOING and typ != "CONCEDE":
        return None  # ("an Executive Order revoking sanctions" undoes them: no sanction by its signer)
    noun = verb.head
    if noun.lemma_.lower() not in INSTRUMENT_NOUNS or noun.i in ctx.quoted:
        return None
    return issuer(ctx, noun)


_ENACTING_VERBS = frozenset({"sign", "issue", "adopt", "pass", "approve", "enact"})
"""verbs that put an instrument in force ("introduced", "circulated", "tabled" a bill or draft: proposed only)"""
_ENACTED_INSTRUMENTS = frozenset({"order", "proclamation", "memorandum", "directive", "decree", "law", "statute", "act"})
"""instruments in force once issued (a bill, a resolution or a plan may be only proposed)"""
_PROPOSED = frozenset({"draft", "proposed", "pending"})


def _instrument_subject(subj: "Token") -> "Token | None":
    """The instrument a subject names: itself ("The Proclamation"), or for "It" the instrument
    subject (or issued object: "X signed a Proclamation.") of the sentences before it, through a
    chain of such "It"s (three sentences at most)."""
    if subj.lemma_.lower() in INSTRUMENT_NOUNS and not subj.text.isupper():
        return subj
    if subj.lower_ != "it":
        return None
    sent = subj.sent
    for _ in range(3):
        if sent.start == 0:
            return None
        sent = subj.doc[sent.start - 1].sent
        root = sent.root
        prev = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if root.lemma_.lower() in ISSUING_VERBS and _factual(root):
            prev = next((c for c in root.children if c.dep_ == "dobj"), None)  # "X signed a Proclamation. It ..."
        if prev is None or prev.lower_ != "it":
            return prev if prev is not None and prev.lemma_.lower() in INSTRUMENT_NOUNS else None
    return None


def _last_issuing(ctx: "Context", noun: "Token") -> "Party | None":
    """Who last issued, before ``noun``, an instrument of the same name ("X signed a Proclamation")."""
    lemma = noun.lemma_.lower()
    for tok in reversed(noun.doc[:noun.i]):
        if tok.lemma_.lower() != lemma or tok.i in ctx.quoted or any(c.lower_ in _PROPOSED for c in tok.children):
            continue
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() in _ENACTING_VERBS and _factual(tok.head):
            return issuer(ctx, tok)
        verb = tok.head.head  # "signed a Proclamation expanding ...", parsed as the subject of "expanding"
        if tok.dep_ == "nsubj" and tok.head.tag_ == "VBG" and verb.lemma_.lower() in _ENACTING_VERBS and _factual(verb):
            subj = clause_subject(verb)
            return ctx.party(subj) if subj is not None else None
    return None


def subject_enactor(ctx: "Context", verb: "Token", typ: str | None) -> "Party | None":
    """The issuer of the legal instrument that is the subject of the act ``verb`` ("The
    Proclamation imposes restrictions", "It adds restrictions"), as its actor; None otherwise
    (module docstring). The verb must state a fact in the present or past, neither negated nor
    under a modal, and not undo what it names (unless the act is a concession)."""
    if typ not in ENACTED_TYPES or verb.pos_ != "VERB" or verb.tag_ not in ("VBZ", "VBD", "VBP") \
            or any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in _MODALS) for c in verb.children) \
            or verb.lemma_.lower() in _UNDOING and typ != "CONCEDE":
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "conj":
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)  # "It lists X and imposes Y"
    noun = _instrument_subject(subj) if subj is not None else None
    if noun is None or noun.i in ctx.quoted or noun.lemma_.lower() not in _ENACTED_INSTRUMENTS:
        return None
    return issuer(ctx, noun) or _last_issuing(ctx, noun)
