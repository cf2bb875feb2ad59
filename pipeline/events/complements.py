"""Where the other party of an event is written when the parse puts it out of the trigger's
own reach: on the noun an event word modifies ("an aid package for Ukraine"), or on the verb
when the small model misattaches a long object list ("met A of X, B of Y, and C of Z").

Pure helpers of :mod:`.arguments` and :mod:`.multiparty`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..knowledge.countries import load as load_countries
from .context import Party
from .lexicon import load

if TYPE_CHECKING:
    from spacy.tokens import Token


def modified_noun(tok: "Token") -> "Token | None":
    """The common noun an event noun modifies as a compound ("a military aid package for
    Ukraine", "the sanctions package against Russia", "a security assistance package"):
    English puts the complements of such a phrase after its head, so whom the event is for or
    against hangs on the head noun. None when ``tok`` modifies nothing, or modifies a name."""
    head = tok.head
    if tok.dep_ != "compound" or head.i == tok.i or head.pos_ != "NOUN" or head.i < tok.i:
        return None
    return head


def misattached_objects(trig: "Token", first: "Token") -> list["Token"]:
    """Names that continue the object list of ``trig`` but the parser hung on the verb itself:
    "met with Prime Minister A of X, President B of Y, and President C of Z" may come out as
    ``met -conj-> B -conj-> C`` (or ``met -npadvmod-> B`` after a parenthesis closing A's item). A proper noun conjunct of a verb is no verb conjunct (it has no
    verb of its own), so it is another member of the object list that begins at ``first``.

    Returns:
        The head tokens of those names (and the names coordinated with them), in text order.
    """
    out: list["Token"] = []
    for c in trig.children:
        # (or hung as an adverbial noun after a comma, a leader "of" a country: "with A of X (XX), President B of
        # Y, and ..."; not the actor's own team listed after them, "..., Jake Sullivan, National Security Advisor")
        if c.pos_ != "PROPN" or c.i <= first.i or c.dep_ != "conj" and not (
                c.dep_ == "npadvmod" and c.ent_type_ == "PERSON" and c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text == ","
                and any(p.dep_ == "prep" and p.lower_ == "of" and any(g.ent_type_ == "GPE" for g in p.subtree) for p in c.children)):
            continue
        if any(k.dep_ in ("nsubj", "nsubjpass", "dobj", "aux") for k in c.children):
            continue  # a clause of its own ("and President B said ..."): not a listed object
        out.append(c)
        out.extend(k for k in c.subtree if k.dep_ == "conj" and k.pos_ == "PROPN" and k.i != c.i)
        out.extend(semicolon_items(c))
    return sorted(set(out), key=lambda t: t.i)


def semicolon_items(head: "Token") -> list["Token"]:
    """Names under ``head`` the parser made appositions though a semicolon opens them ("A of X;
    B of Y; C of Z"): a semicolon separates list items, never a name and its gloss."""
    return [k for k in head.subtree if k.dep_ == "appos" and k.pos_ == "PROPN" and k.left_edge.i > 0
            and k.doc[k.left_edge.i - 1].text == ";"]


NOUN_PREPS = {"ACCUSE": ("of",)}
"""prepositions that name the target only after an event noun: "condemnation of X's war",
"criticism of X" (after a verb, "accused X of Y", "of" names the charge)"""


SIDE_PREPS = {"stand": ("by", "behind")}
"""prepositions that name whom a verb of taking sides supports: "we stand by Ukraine", "stood
behind its ally" (the lexicon makes them SUPPORT; elsewhere "by" names an agent or a means)"""


def noun_preps(typ: str, tok: "Token") -> tuple[str, ...]:
    """The extra target prepositions of ``typ`` when ``tok`` is a noun (:data:`NOUN_PREPS`), or a
    verb of taking sides in a SUPPORT event (:data:`SIDE_PREPS`)."""
    if tok.pos_ == "NOUN":
        return NOUN_PREPS.get(typ, ())
    return SIDE_PREPS.get(tok.lemma_.lower(), ()) if typ == "SUPPORT" and tok.pos_ == "VERB" else ()


HOSTING_LEMMAS = frozenset({"host", "give", "throw", "hold", "offer"})
OCCASION_NOUNS = load().classes["honour_occasion"]
"""occasions a host gives in someone's honour ("hosted a state dinner for X", "held a welcome
ceremony for X", "gave a luncheon in honor of X"): the one honoured is the guest met"""


def honoured_guest(verb: "Token") -> "Token | None":
    """The guest of an occasion hosted in someone's honour: the object of "for" or "in
    honor/honour of" on the occasion noun (or on the verb, where the parser may hang it)."""
    if verb.lemma_.lower() not in HOSTING_LEMMAS:
        return None
    occasion = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in OCCASION_NOUNS), None)
    if occasion is None:
        return None
    for head in (occasion, verb):
        for prep in (c for c in head.children if c.dep_ == "prep"):
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is None:
                continue
            if prep.lower_ == "for":
                return obj
            if prep.lower_ == "in" and obj.lower_ in ("honor", "honour"):  # "in honor of X"
                # the parser hangs "of X" on "honor" or, as often, on the occasion itself
                return next((g for h in (obj, head) for c in h.children if c.dep_ == "prep" and c.lower_ == "of"
                             and c.i == obj.i + 1 for g in c.children if g.dep_ == "pobj"), None)
    return None


def paired_name_side(party: Party, actor: Party) -> Party | None:
    """The other side of a relation or forum named "A-B ..." ("the U.S.-Japan Alliance", "the
    U.S.-Pacific Islands Forum Leaders Dialogue"): a name that pairs two sides is the relation
    between them, not a party; what the actor upholds or attends is aimed at the side that is
    not its own (a country named as the first or second part). None unless the actor's country
    is known and exactly one part is another country."""
    name, own = party.entity.name if party.entity is not None else "", actor.country
    if own is None or "-" not in name.replace("–", "-"):
        return None
    left, _, right = name.replace("–", "-").partition("-")
    countries = load_countries()
    codes = [countries.country(left.strip()), countries.country(" ".join(right.split()[:1]))]
    others = [c for c in codes if c and c != own]
    if len(others) != 1 or (own not in codes and None not in codes):
        return None
    return Party(entity=None, country=others[0], token=party.token, name=others[0])


LEADER_BODIES = frozenset({"administration", "government"})
"""bodies named after the leader who heads them ("the Tinubu Administration", "the Sunak
government")"""


def leader_of_body(ctx, party: Party) -> Party | None:
    """The person a government body is named after, when the article names that person: "the
    Tinubu Administration's steps" are the steps of President Tinubu's government (the person
    stands for it, with his country). None for any other organisation, or when the name before
    "Administration" is no person of the article (or more than one)."""
    ent = party.entity
    words = ent.name.split() if ent is not None and ent.label == "ORG" else []
    if len(words) != 2 or words[1].lower() not in LEADER_BODIES:
        return None
    found = [p for p in ctx.persons.values() if p.label == "PERSON" and p.name.split()[-1] == words[0]]
    if len(found) != 1:
        return None
    country = party.country or next((r.country for r in ctx.roles_by_person.get(found[0].id, ()) if r.country), None)
    return Party(entity=found[0], country=country, token=party.token)
