"""The object of a stance verb that the parser hangs on a participle adjective.

"The President affirmed unwavering U.S. support for Jordan": before a noun with a bare proper-noun
modifier and no determiner, the small English model reads the adjective "unwavering" (or "enduring")
as a verb complement (``xcomp``) of "affirmed" and "support" as that participle's object, so the
stated act has no light verb. A participle adjective written right before the noun it describes is
a modifier, so its "object" is the verb's own object. Asked only of verbs of stating a stance
(lexicon class ``affirming_verb``), which take no "-ing" clause: "began reviewing U.S. support" is a
real complement.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

_PREMODIFIERS = frozenset({"compound", "amod", "nmod", "poss", "nummod"})


def participle_objects(verb: "Token") -> list["Token"]:
    """Objects of ``verb`` that the parse gives to an attributive participle between them.

    Args:
        verb: A verb token.

    Returns:
        The nouns ``n`` of "VERB PARTICIPLE [modifiers] n" where the parse has the participle (an
        "-ing" word with no subject, adverb or complement of its own) as the verb's ``xcomp`` and
        ``n`` as its direct object; empty otherwise.
    """
    out = []
    for part in verb.children:
        if part.dep_ != "xcomp" or part.tag_ != "VBG" or part.i != verb.i + 1:
            continue
        kids = [c for c in part.children if c.dep_ not in ("prep", "punct")]
        if len(kids) != 1 or kids[0].dep_ != "dobj" or kids[0].i <= part.i:
            continue
        noun = kids[0]
        if all(noun.doc[k].head.i == noun.i and noun.doc[k].dep_ in _PREMODIFIERS for k in range(part.i + 1, noun.i)):
            out.append(noun)
    return out
