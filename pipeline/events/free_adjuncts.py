"""A participle clause set off after its main clause ("X condemned the strike, calling on Y to
...") is a second act of the main subject, told as a fact, not the content of the main verb.

English attaches a free adjunct -- an -ing participle after a comma, with no subject and no
subordinating word of its own -- to a finished clause to tell what its subject also did:
"Germany criticised the decision, urging Iran to release the prisoners", "The President
rejected the plan, calling it a threat to peace". The participle is not what the main verb
says, agrees, demands or alleges (those take a complement: "agreed to withdraw", "accused X of
attacking", "condemned X for attacking"), so an embedding event of the main clause does not
make it unreal. Negation and modality of the main clause still carry over ("X will condemn it,
calling on ..." is as future as its main verb), as for a coordinated verb; and a main verb of
intention ("plans a trip to Kyiv, meeting X there") still makes its adjunct a plan: only an
event trigger's embedding is lifted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_SEPARATORS = frozenset({",", "—", "–", "--", ";"})
"""marks that set a participle clause off from the clause before it"""


def free_adjunct(clause: "Token") -> bool:
    """Whether ``clause`` is a participle clause set off after its main clause.

    Args:
        clause: A verb token (the head of a clause).

    Returns:
        True for an ``advcl`` -ing participle after its head, preceded by a comma or dash, with
        no subject, no subordinating word ("while", "when") and no coordinated participle of its
        own (a list "developing X, increasing Y, and collaborating on Z" after a noun is often
        misread as a participle clause).
    """
    if clause.dep_ != "advcl" or clause.tag_ != "VBG" or clause.i <= clause.head.i:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark", "conj") for c in clause.children):
        return False  # (a participle heading "A, B and C" is more often a misread list of gerunds)
    edge = clause.left_edge.i
    return edge > 0 and clause.doc[edge - 1].text in _SEPARATORS
