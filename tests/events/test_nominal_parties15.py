"""Events: event nouns whose own noun phrase names their parties (:mod:`pipeline.events.nominal_parties`).

A light-only noun of an act ("pledge", "agreement", "support") counts on its own when a
possessive, a by-agent or "between" names who acted; "their" before an event noun stands for the
plural subject of its clause; a hyphenated pair of countries before a joint act's noun is its
actor and recipient; a "bilateral"/"trilateral" noun that names no party is between the pair the
text is about; a by-phrase hung on the verb above "concern over X" is X's agent.

Sentences are invented for these tests; the people and bodies are fictional or generic, none
comes from the development or evaluation texts.
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events

from .test_event_classes import _check

CASES = [
    # a possessive or "between" names who made the pledge or the agreement
    ("Chile's pledge of $40 million in relief to Haiti came after the storm.", [("AGREE", "CHL", "HTI")]),
    ("The agreement between Ghana and Togo covers border patrols.", [("AGREE", "GHA", "TGO")]),
    # ... not a standing agreement: a relation noun, one "under" which things are done, one dated
    # earlier than the text, or one described by a copula
    ("Under the 2015 agreement between Iran and Britain, sanctions were lifted.", []),
    ("The treaty between Chile and Peru is old.", []),
    ("The agreement between Chile and Peru is old.", []),
    ("The 2015 agreement between Ghana and Togo covers border patrols.", []),
    ("On Monday an agreement between Chile and Peru ended the dispute.", [("AGREE", "CHL", "PER")]),
    # ... a first-person possessive is the speaker's stance; a feeling stays under a light verb
    ("Our support for the people of Haiti will not waver.", []),
    ("Chile's concern over the border dispute is well known.", []),
    # ... nor the reason of a thanks ("thanked X for its support")
    ("The minister thanked Chile for its support.", []),
    # "their" before an event noun: the plural subject of its clause
    # ("increase" is a light verb since round 21, "continue" since round 59: each listed subject gives aid to
    # whom the noun names)
    ("Chile and Peru are both continuing their humanitarian aid to Haiti.", [("AID", "CHL", "HTI"), ("AID", "PER", "HTI")]),
    ("Chile and Peru are both increasing their humanitarian aid to Haiti.", [("AID", "CHL", "HTI"), ("AID", "PER", "HTI")]),
    ("The minister said their support was welcome.", []),
    # a hyphenated pair of countries before a joint act: actor and recipient in the order written
    ("The Chile-Peru talks in Lima ended on Friday.", [("CONSULT", "CHL", "PER")]),
    # ... not in a hostile act, where the order says nothing of who did it
    ("The Peru-Chile war ended in 1884.", []),
    # ... nor a relation talked over
    ("The two ministers discussed next steps on Chile-Peru cooperation.", []),
    # the of-phrase of a noun of an act with no object names who acted; of a noun of moving
    # forces, the owner of the forces
    ("The visit of Chilean President Ana Novak to Lima lasted three days.", [("CONSULT", "CHL", "PER")]),
    ("Officials condemned the deployment of Russian troops to Belarus.", [("MOBILIZE", "RUS", None)]),
    ("The withdrawal of French troops from Mali was completed in August.", [("RETREAT", "FRA", "MLI")]),
    ("The withdrawal of troops from the border was completed in August.", []),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:50] for c in CASES])
def test_noun_phrase_parties(event_inputs, text, expected):
    doc, entities, roles, dates = event_inputs(text)
    _check(extract_events(doc, entities=entities, roles=roles, dates=dates), expected)


def test_owned_act_class_is_light_only():
    """Every word of the ``owned_act`` class is a light-only noun of the lexicon (the class
    lets them count without the light verb; a noun counting anyway needs no such class)."""
    from pipeline.events.lexicon import load

    lex = load()
    words = lex.classes["owned_act"]
    assert words and all(w in lex.nouns and lex.nouns[w].light_only for w in words), sorted(
        w for w in words if w not in lex.nouns or not lex.nouns[w].light_only)


def _parsed(words, heads, deps, pos, tags=None):
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)


OWNER_CASES = [
    # "They pledged to continue their support": the controller's subject
    (["They", "pledged", "to", "continue", "their", "support"], [1, 1, 3, 1, 5, 3],
     ["nsubj", "ROOT", "aux", "xcomp", "poss", "dobj"], ["PRON", "VERB", "PART", "VERB", "PRON", "NOUN"],
     ["PRP", "VBD", "TO", "VB", "PRP$", "NN"], "They"),
    # "The minister praised their support": a singular subject is not whom "their" stands for
    (["The", "minister", "praised", "their", "support"], [1, 2, 2, 4, 2],
     ["det", "nsubj", "ROOT", "poss", "dobj"], ["DET", "NOUN", "VERB", "PRON", "NOUN"],
     ["DT", "NN", "VBD", "PRP$", "NN"], None),
]


@pytest.mark.parametrize("words, heads, deps, pos, tags, owner", OWNER_CASES, ids=["controller", "singular"])
def test_plural_owner(words, heads, deps, pos, tags, owner):
    from pipeline.events.nominal_parties import plural_owner

    doc = _parsed(words, heads, deps, pos, tags)
    found = plural_owner(next(t for t in doc if t.lower_ == "their"))
    assert (found.text if found is not None else None) == owner
