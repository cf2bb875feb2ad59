"""Triggers that the lexicon's word entries cannot find: each module reads one construction.

The lexicon (:mod:`.triggers`) finds events by their word and its arguments. These modules read a
construction around a word instead, and each adds triggers only where none was found on the same
token (the ``taken`` set):

- :mod:`.blame`: "held X responsible for Y" (ACCUSE);
- :mod:`.freednationals`: "freed 10 Americans" (CONCEDE by the captor);
- :mod:`.affirmations`: "affirmed that X will ..." (AGREE, a promise restated);
- :mod:`.suppliedgoods`: "U.S.-donated doses" (AID);
- :mod:`.named_acts`: a meeting named by its forum ("the Quad Leaders' Summit");
- :mod:`.gratitude`: thanks said to a party;
- :mod:`.judgements`: "the attack is unacceptable" (the speaker's condemnation);
- :mod:`.consequences`, :mod:`.threatened_costs`: "X will pay for it", "impose costs" (THREATEN);
- :mod:`.stressed_needs`: "stressed the need for X to ..." (REQUEST);
- :mod:`.joint_decisions`: "The Leaders decided to meet annually" (AGREE).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .affirmations import affirmed_promises
from .blame import blame_triggers
from .consequences import consequence_triggers
from .freednationals import freed_nationals
from .gratitude import gratitude_triggers
from .joint_decisions import decision_triggers
from .judgements import judgement_triggers
from .named_acts import named_meetings
from .stressed_needs import stressed_need_triggers
from .suppliedgoods import supplied_goods
from .threatened_costs import cost_threat_triggers

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .lexicon import Lexicon
    from .triggers import Trigger


def rule_triggers(doc: "Doc", triggers: "list[Trigger]", skip: "set[int] | frozenset[int]", entity_at: dict,
                  lex: "Lexicon") -> "list[Trigger]":
    """The triggers of every construction module, none on a token the lexicon already took.

    Args:
        doc: A parsed Doc.
        triggers: The lexicon's triggers.
        skip: Token indices never to consider (headline, quotations, questions).
        entity_at: Token index -> entity (the document context's map).
        lex: The event lexicon.
    """
    taken = {t.token.i for t in triggers}
    return (blame_triggers(doc, taken, skip, lex) + freed_nationals(doc, taken, skip, entity_at)
            + affirmed_promises(doc, taken, skip) + supplied_goods(doc, taken, skip) + named_meetings(doc, taken, skip)
            + gratitude_triggers(doc, taken, skip) + judgement_triggers(doc, taken, skip, entity_at)
            + consequence_triggers(doc, taken, skip, entity_at) + cost_threat_triggers(doc, taken, skip)
            + stressed_need_triggers(doc, taken, skip)
            + decision_triggers(doc, {t.token.i: t.type for t in triggers}, skip))
