"""Status of a force from the verb that governs its mention: stationed, deployed, withdrawn or planned."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..knowledge.wordlists import word_set
from ..syntax import head_chain

if TYPE_CHECKING:
    from spacy.tokens import Token

STATIONED = word_set("forces", "stationed_verbs")
DEPLOYED = word_set("forces", "deployed_verbs")
WITHDRAWN = word_set("forces", "withdrawn_verbs")
# "order" moves troops only with a destination or a further verb ("ordered 3,000 troops to Poland",
# "ordered troops to deploy"); with a plain object it buys ("Poland ordered 32 F-35 jets").
PROCURE = frozenset({"order", "purchase", "buy", "procure", "acquire", "contract"})
# Speech verbs whose speaker, an institution, owns the force it reports on ("The Pentagon said 2,000
# Marines would deploy").
SAY_VERBS = word_set("forces", "say_verbs")
PLAN = word_set("forces", "plan_verbs")
# Verbs of having that state a presence when the place is written ("has 900 troops in Syria").
HOLD_VERBS = frozenset({"have", "keep", "maintain", "retain"})
SIZE_VERBS = word_set("forces", "size_verbs")
# Verbs after which counted soldiers or weapons are not a force's presence (casualties, trade, aid).
NOT_FORCE = word_set("forces", "not_force_verbs")
# Nouns of a transfer of equipment: a size verb ("would include 400 vehicles") in a sentence about
# one lists what is given or sold, not a force ("a package of military aid ... would include 60
# boats", "the contract covers 48 jets").
TRANSFER_NOUNS = word_set("forces", "transfer_nouns")
STATUS_NOUNS = {"deployment": "deployed", "presence": "stationed", "rotation": "deployed",
                 "withdrawal": "withdrawn", "pullout": "withdrawn", "drawdown": "withdrawn", "buildup": "deployed",
                 "build-up": "deployed"}
WITHDRAWAL_NOUNS = frozenset(k for k, v in STATUS_NOUNS.items() if v == "withdrawn")
FORCE_NOUNS = frozenset({"troop", "force", "soldier", "military"})
PARTICLE_WITHDRAW = frozenset({"out", "back", "down", "home"})  # "pull out", "bring home"
UNIT_ALIASES = {"ssn": "submarine", "sub": "submarine", "military": "force"}



def governing_verb(tok: "Token") -> "Token | None":
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
        if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lemma_.lower() in STATUS_NOUNS:
            return node.head.head  # "the deployment of 3,000 troops": the noun says the status
        if node.dep_ == "conj" or (node.dep_ == "pobj" and node.head.lower_ == "of"
                                   and node.head.head.pos_ in ("NOUN", "PROPN")):
            node = node.head if node.dep_ == "conj" else node.head.head
            continue
        break
    return None


def is_planned(verb: "Token") -> bool:
    if any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll") for c in verb.children):
        return True
    if verb.dep_ == "ROOT" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return True  # a headline's future: "U.S. to send 5,000 troops to Poland"
    if verb.dep_ == "xcomp" and verb.head.lower_ == "going" and any(c.lower_ == "to" for c in verb.children):
        return True  # "we're going to send two squadrons"
    for node in head_chain(verb, 1):  # the verb and its head: "plans to send", "decided to deploy"
        if node.dep_ in ("xcomp", "ccomp", "acl") and node.head.lemma_.lower() in PLAN:
            return True
        if node.dep_ in ("xcomp", "acl") and node.head.lower_ in ("plan", "plans", "decision", "intention"):
            return True
    return False


# Words that stop, refuse or put off a movement, and verbs that only ask for one: what they govern
# did not happen ("ordered the halting of the withdrawal of troops", "called on Russia to remove its
# troops", "urged the allies to send troops").
BLOCKING = word_set("forces", "blocking_words")
REQUEST = word_set("forces", "request_verbs")
# Conjunctions that make a clause a condition ("if Russia attacks", "unless talks fail").
_CONDITION = frozenset({"if", "unless", "whether"})
# Asked to keep a force somewhere, it is there: "urged London to keep its 900 troops in Cyprus".
_PRESENT = frozenset({"keep", "maintain", "retain", "station", "presence"})
# How a movement hangs on the word that stops or asks for it (object, complement, "of"-phrase);
# a coordinated verb is its sibling, not governed by it ("halted the drills and withdrew troops").
_GOVERNED = frozenset({"xcomp", "ccomp", "dobj", "prep", "pcomp", "nsubjpass"})


def is_unreal(tok: "Token") -> bool:
    """True when the movement a verb or status noun states did not happen as a fact: stopped,
    refused or asked for by a governing word (climbing through coordination), under a condition,
    or asked about (a question: a reporter's "once the U.S. pulls all forces out?")."""
    last = next((t for t in reversed(tok.sent) if not t.is_space), None)
    if last is not None and last.text == "?":
        return True
    node = tok
    for _ in range(5):
        if any(c.dep_ == "mark" and c.lower_ in _CONDITION for c in node.children):
            return True
        parent = node.head
        if parent.i == node.i:
            return False
        up = parent.lemma_.lower()
        governed = node.dep_ in _GOVERNED or node.dep_ == "advcl" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in node.children)  # "call on Russia to end ..."
        if governed and (up in BLOCKING or up in REQUEST and tok.lemma_.lower() not in _PRESENT):
            return not (up == "call" and node.dep_ == "dobj")  # "called 300,000 reservists"
        node = parent
    return False


def is_negated(verb: "Token") -> bool:
    """ "did not deploy", "will never send": nothing happened or will happen."""
    return any(c.dep_ == "neg" for c in verb.children)


def moves_troops(verb: "Token") -> bool:
    """An order that moves troops: with a destination or a further verb, not a purchase."""
    return any(c.dep_ == "prep" and c.lower_ in ("to", "into") or c.dep_ == "xcomp" for c in verb.children)


def status_of(verb: "Token | None") -> str | None:
    """stationed / deployed / withdrawn / planned from the verb (or status noun) governing a force
    mention. A withdrawal is withdrawn whatever its tense (a planned withdrawal is no deployment);
    a deployment or posting not yet made is planned; a negated verb states no force."""
    if verb is None or is_negated(verb):
        return None
    lemma = verb.lemma_.lower()
    if lemma in STATUS_NOUNS:
        status = STATUS_NOUNS[lemma]
        return "planned" if status == "deployed" and is_planned(verb) else status
    if lemma in PROCURE and not moves_troops(verb):
        return None
    particles = {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod")}
    status = None
    if lemma in WITHDRAWN or (lemma in ("pull", "bring", "draw") and particles & PARTICLE_WITHDRAW):
        return "withdrawn"
    elif lemma in STATIONED:
        status = "stationed"
    elif lemma in DEPLOYED or (lemma == "call" and "up" in particles):
        status = "deployed"  # "called up 300,000 reservists": a mobilisation
    if status is not None and is_planned(verb):
        return "planned"
    return status

