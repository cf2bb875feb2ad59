"""Aid a government gives at home, in any text: "The Department of Health and Human Services will
provide technical assistance to the communities", "The Administration delivered $5 billion in
relief funds".

PLOVER's AID is aid one actor gives another; a government's programme for its own communities,
businesses or workers is domestic policy, no event between two parties (the annotation guide:
"not a general policy aim"; fact sheets list such programmes next to foreign ones). A speech's
version of this test is :func:`pipeline.events.talk.home_grant`; in a statement or fact sheet the
names of the government's own departments stand near the grant, so a body with no country of its
own (the entities stage gives one to foreign ministries and international bodies it knows) does
not set the grant abroad, and a word of foreign aid counts only outside a name ("the Department of
Homeland Security" is no security assistance).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import load

if TYPE_CHECKING:
    from spacy.tokens import Token

ABROAD_WORDS = load().classes["abroad_word"]
"""words that set a grant abroad ('donated doses to more than 90 countries', 'humanitarian')"""


HOME_BENEFICIARIES = load().classes["home_grant_beneficiary"]
"""who a government's grants at home go to (data/event_triggers.json, with its reason)"""

SPEECH_VERBS = load().classes["promise_report_verb"]
"""verbs that report a promise someone made (data/event_triggers.json, with its reason)"""


def home_programme(tok: "Token", types: tuple, actor, recipient, entity_at) -> bool:
    """Whether aid with no recipient is the actor's government's programme at home: its sentence
    names a beneficiary at home (:data:`HOME_BENEFICIARIES`) and nothing in it or the two sentences
    on either side is abroad (:func:`abroad_near`).

    Args:
        tok: The trigger word.
        types: The trigger's type and the type coded so far (either is AID).
        actor: The event's actor (a Party or None).
        recipient: Its recipient (a Party or None).
        entity_at: Token index -> the Entity it belongs to.

    Returns:
        True when the grant is spent at home.
    """
    if "AID" not in types or recipient is not None or actor is None or actor.country is None:
        return False
    if not any(w.lower_ in HOME_BENEFICIARIES for w in tok.sent if w.i not in entity_at):
        return False
    if types[0] != "AID" and any(a.lemma_.lower() in SPEECH_VERBS for a in tok.ancestors):
        return False  # "the minister said the government would fund three hospitals": a promise told
    return not abroad_near(tok, actor.country, entity_at, statement=True)


NEAR_SENTENCES = 2
"""sentences either side of a grant read for a sign of abroad: news names the disaster's or the
war's country a sentence or two before the aid ("An earthquake struck Turkey on Monday.
Thousands were left homeless. Japan will provide emergency aid to families.")"""


def abroad_near(tok: "Token", own: str, entity_at, *, statement: bool) -> bool:
    """Whether the grant's sentence or the :data:`NEAR_SENTENCES` on either side name something
    abroad: another country, a foreign place or people, or a word of foreign aid.

    Args:
        tok: The trigger word.
        own: ISO3 of the giver's country.
        entity_at: Token index -> the Entity it belongs to.
        statement: A statement or fact sheet, which names the government's own departments: a
            body of no country is no sign of abroad and a word of foreign aid counts only outside a
            name ("the Department of Homeland Security"); in a speech both count.
    """
    doc, lo, hi = tok.doc, tok.sent.start, tok.sent.end
    for _ in range(NEAR_SENTENCES):
        lo = doc[lo - 1].sent.start if lo > 0 else lo
        hi = doc[hi].sent.end if hi < len(doc) else hi
    unowned = ("NORP", "GPE", "LOC") if statement else ("ORG", "NORP", "GPE", "LOC")
    for w in doc[lo:hi]:
        ent = entity_at.get(w.i)
        if w.lower_ in ABROAD_WORDS and (ent is None or not statement):
            return True
        if ent is None or ent.label == "PERSON":
            continue
        if ent.country not in (None, own) or (ent.country is None and ent.label in unowned):
            return True
    return False
