"""Status of a force from the verb that governs its mention: stationed, deployed, withdrawn or planned."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..syntax import head_chain

if TYPE_CHECKING:
    from spacy.tokens import Token

STATIONED = frozenset({"station", "base", "garrison", "host", "keep", "maintain", "remain", "stay", "position"})
DEPLOYED = frozenset({"deploy", "send", "dispatch", "move", "rotate", "airlift", "mobilize", "mobilise", "amass",
                       "mass", "redeploy", "transfer", "surge", "fly", "sail", "commit", "order", "pour",
                       "arrive"})
WITHDRAWN = frozenset({"withdraw", "pull", "remove", "recall", "evacuate", "demobilize", "repatriate",
                        "retreat", "cut", "reduce", "drawdown", "leave", "depart", "exit", "quit"})
# "order" moves troops only with a destination or a further verb ("ordered 3,000 troops to Poland",
# "ordered troops to deploy"); with a plain object it buys ("Poland ordered 32 F-35 jets").
PROCURE = frozenset({"order", "purchase", "buy", "procure", "acquire", "contract"})
# Speech verbs whose speaker, an institution, owns the force it reports on ("The Pentagon said 2,000
# Marines would deploy").
SAY_VERBS = frozenset({"say", "announce", "confirm", "state", "tell", "report", "add", "disclose", "reveal"})
PLAN = frozenset({"plan", "intend", "aim", "expect", "propose", "pledge", "promise", "decide", "agree", "vow",
                   "seek", "want", "prepare", "consider", "threaten", "announce", "begin", "start"})
# Verbs of having that state a presence when the place is written ("has 900 troops in Syria").
HOLD_VERBS = frozenset({"have", "keep", "maintain", "retain"})
SIZE_VERBS = frozenset({"comprise", "number", "have", "field", "total", "include", "consist", "boast", "be",
                         "possess", "operate", "count"})
# Verbs after which counted soldiers or weapons are not a force's presence (casualties, trade, aid).
NOT_FORCE = frozenset({"kill", "wound", "injure", "die", "capture", "lose", "sell", "buy", "purchase", "acquire",
                        "deliver", "provide", "supply", "donate", "give", "produce", "build", "manufacture",
                        "train", "arrest", "detain", "release", "free", "fire", "launch", "shoot", "intercept",
                        "destroy", "down", "test"})
STATUS_NOUNS = {"deployment": "deployed", "presence": "stationed", "rotation": "deployed",
                 "withdrawal": "withdrawn", "pullout": "withdrawn", "drawdown": "withdrawn", "buildup": "deployed",
                 "build-up": "deployed"}
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
    for node in head_chain(verb, 1):  # the verb and its head: "plans to send", "decided to deploy"
        if node.dep_ in ("xcomp", "ccomp", "acl") and node.head.lemma_.lower() in PLAN:
            return True
        if node.dep_ in ("xcomp", "acl") and node.head.lower_ in ("plan", "plans", "decision", "intention"):
            return True
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

