"""The subject a verb inherits from the verb that controls it, for co-actor lists.

English lets a catenative verb lend its subject to the infinitive it governs: in "France and
Germany continued to send weapons to Ukraine", "A and B began to provide aid to C" or "A and B
will continue to support C" the parties who send, provide or support are the subjects of
"continued", "began" or "continue", so each named subject is a source of the act (PLOVER codes
one event per source), as in "France and Germany sent weapons". Only subject control passes the
subject on: a verb with an object of its own ("urged Japan to support C", "helped Kyiv to
rebuild") or a verb of making others act gives the infinitive its object as doer, and a passive
("were asked to leave") its passive subject, so neither lends its own subject.

Pure helper of :mod:`.multiparty`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import load

if TYPE_CHECKING:
    from spacy.tokens import Token

_OWN_OBJECTS = frozenset({"dobj", "dative", "nsubjpass", "auxpass", "ccomp"})
"""dependents of a governing verb that make its infinitive someone else's act, or the verb passive"""


def controlling_subject(verb: "Token", depth: int = 3) -> "Token | None":
    """The subject of the subject-control verb chain above an infinitive ``verb`` without a
    subject of its own ("A and B will continue to support C": "A"), or None.

    Args:
        verb: The act's verb (an ``xcomp`` of its governing verb when a subject is lent).
        depth: How many governing verbs to climb ("began to try to send": two).
    """
    object_control = load().classes["object_control_verb"]
    while depth > 0 and verb.dep_ == "xcomp" and verb.head.i != verb.i:
        head = verb.head
        if head.pos_ not in ("VERB", "AUX") or head.lemma_.lower() in object_control \
                or any(c.dep_ in _OWN_OBJECTS for c in head.children):
            return None
        subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            return subj
        verb, depth = head, depth - 1
    return None
