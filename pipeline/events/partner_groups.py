"""Working with a group of other states named only by its relation: "our allies", "the international community".

Government English reports much of its joint work with partners it does not list: "we are working with our
allies and partners to track down the assets", "the Administration will work with allies", "we're working
with the international community to restore democracy". The plural head (ally, partner, friend, nation,
country, neighbour) or "the international community" stands for other governments, so the clause reports
cooperation between the speaking government and them (PLOVER COOPERATE: "mutual cooperation ... between
actors"; a future one is AGREE, as every future cooperative act). The partner is a group and no single
party: the event has no named recipient, as the development gold codes these clauses.

A bare simple present ("she works with foreign partners") states a standing practice and counts not. Only
a plural (or "our ally") without a modifier or an "in" phrase that makes the partners domestic
("local partners", "partners in industry", "our partners in Congress"): working with those is domestic
policy, not an act between states.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import load

if TYPE_CHECKING:
    from spacy.tokens import Token

_PREPS = frozenset({"with", "alongside"})
"""the prepositions that name the partner of a joint act ("work with", "operate alongside")"""
_OUR = frozenset({"our", "its", "their"})
"""a possessive that makes a singular relation noun one definite partner ("our ally")"""
_PLACES = frozenset({"GPE", "LOC", "NORP"})


def _plural(word: "Token") -> bool:
    return word.tag_ in ("NNS", "NNPS") or (word.lower_.endswith("s") and word.pos_ == "PROPN")


def _domestic(word: "Token") -> bool:
    """Whether a modifier or an "in"/"across" phrase makes the group domestic ("local partners", "partners in
    industry"); places, "the region" and "the world" keep it foreign ("our partners in the region")."""
    lex = load()
    if any(c.dep_ in ("amod", "compound") and lex.in_class(c.lower_, "domestic_partner") for c in word.children):
        return True
    places = [p for c in word.children if c.dep_ == "prep" and c.lower_ in ("in", "across", "from", "at")
              for p in c.children if p.dep_ == "pobj"]
    return any(p.ent_type_ not in _PLACES and not lex.in_class(p.lower_, "foreign_scope") for p in places)


def habitual(verb: "Token") -> bool:
    """Whether a verb is a bare simple present ("she works with foreign partners on ...", "the office partners
    with allies"): with a group of partners it describes a standing duty or practice (a biography, a mission
    statement), not an act the text reports; a progressive, perfect, past or future verb reports one."""
    return verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def group_member(word: "Token") -> bool:
    """Whether a noun names other states as a group by their relation to the speaker: "allies", "our partners",
    "friends around the world", "the international community" (not "local partners", "a partner")."""
    lex = load()
    low = word.lower_
    if low == "community" and any(c.dep_ == "amod" and c.lower_ == "international" for c in word.children):
        return True
    lemma = word.lemma_.lower()
    if not (lex.in_class(lemma, "partner_group") or lex.in_class(low.rstrip("s"), "partner_group")
            or lex.in_class(low[:-3] + "y" if low.endswith("ies") else low, "partner_group")):
        return False
    owned = any(c.dep_ == "poss" and c.lower_ in _OUR for c in word.children) and lemma != "counterpart"
    return (_plural(word) or owned) and not _domestic(word)  # ("her counterpart": one official, read elsewhere)


def group_partner(prep: "Token") -> "Token | None":
    """The group of states a "with"/"alongside" preposition names as partners, if it names one (the object or
    one of its conjuncts: "with Europe and our partners")."""
    if prep.lower_ not in _PREPS or habitual(prep.head):
        return None
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None:
        return None
    return next((w for w in (obj, *obj.conjuncts) if group_member(w)), None)


def worked_with_group(verb: "Token") -> bool:
    """Whether a verb's own "with"/"alongside" phrase names a group of states as its partners ("we are working
    closely with our allies"); an event noun's phrase is not the verb's ("our cooperation with allies")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ == "prep" and c.i > verb.i and group_partner(c) is not None for c in verb.children)


_TOGETHER = frozenset({"together", "jointly"})
"""adverbs that make the subject's members each other's partners ("we will work together")"""
_STEP_NOUNS = frozenset({"lockstep", "tandem", "concert"})
"""objects of "in" that say the same ("working in lockstep", "acting in concert")"""


def _coordinated_subject(verb: "Token") -> bool:
    """Whether the verb's subject (or, for an infinitive, its governor's) is two or more coordinated names."""
    head = verb
    while head.dep_ in ("xcomp", "conj") and head.head is not head:
        head = head.head
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and any(c.dep_ == "conj" for c in subj.children)


JOINT_MANNER = frozenset({"closely", "jointly"})
"""adverbs of joint work that name no partner themselves ("X and Y are working closely to ...")"""


def joint_manner(verb: "Token") -> list["Token"]:
    """The adverb of joint work of a verb whose subject is two or more coordinated names ("the United
    States and Angola are working closely to expand investment"): the co-subjects work with each
    other, as with "together". One subject ("officials worked closely on the bill") names no partner,
    and a bare simple present is a standing practice (:func:`habitual`)."""
    manner = [c for c in verb.children if c.dep_ == "advmod" and c.lower_ in JOINT_MANNER]
    return manner if manner and verb.pos_ == "VERB" and not habitual(verb) and _coordinated_subject(verb) else []


def worked_together(verb: "Token") -> bool:
    """Whether a verb says its subject's members act as partners of one another: "we will continue to work
    together", "we are working in lockstep", "the allies have worked hard together". The partners are the
    members of the subject (a joint "we", a bloc), so the text names the other side without a "with"
    phrase; the event has the subject as actor and no single recipient, as the development gold codes
    these clauses. A bare simple present ("they work closely together in international fora") is a
    standing practice (:func:`habitual`), and an event noun ("our cooperation together") is no verb. A
    subject of coordinated names ("Japan and South Korea will stand together") is a pair the extractor
    reads with one as actor and the other as recipient, not a group with no recipient."""
    if verb.pos_ not in ("VERB", "AUX") or habitual(verb) or _coordinated_subject(verb):
        return False  # ("Japan and South Korea will stand together": the pair, read as one, with its recipient)
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in _TOGETHER:
            return True
        if c.dep_ == "prep" and c.lower_ == "in" and any(
                p.dep_ == "pobj" and p.lower_ in _STEP_NOUNS for p in c.children):
            return True
    return False
