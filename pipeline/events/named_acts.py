"""Acts known by a proper name: named meetings whose name states the sides, named ventures launched.

Named meetings.

Readouts and previews refer back to earlier meetings by name: "the Chile-ASEAN Special Summit in
Lima", "the Chile-Peru Strategic Dialogue in August", "the Lakeside Summit between
President X and President Y". Such a name is a proper noun, so the noun triggers (which read
common nouns) pass it by, yet it reports a consultation between the sides it names (PLOVER
CONSULT: meet, hold a summit). The name states the sides in two ways:

* a hyphenated pair before the head ("U.S.-ASEAN", "U.S.-South Africa"): the first is the
  actor, the second the other side, each a country or an international organisation read from
  the gazetteer (pipeline/knowledge/countries), as the guide codes "a U.S.-ROK summit";
* a "between X and Y" phrase on the name: X and Y.

A name that states no side ("the NATO Summit", "since the Lakeside Summit in November") is left
alone: who took part is not stated. A dialogue, talks or consultations are also the standing
channel ("input to the Chile-Peru Commercial Dialogue"): counted only with a date of their own. "On the margins of the X Summit" is a setting
(:mod:`.sidelines`), and the usual factuality and restatement checks still apply.

Launched ventures. Cooperation with no other side resolved to a party is dropped ("to deepen
our cooperation" names an aim, :data:`.extract.PARTNERLESS_NOUN_TYPES`). Launching a programme
of cooperation whose own phrase brings in another side ("launched the Chile-Pacific Partnership",
"launched a new partnership with coastal towns", "alongside the leaders of A and B, X
launched ...") is itself an act (PLOVER COOPERATE: initiate material cooperation), though the
side may be a region or a group that is no party. The lexicon already makes such a launch
COOPERATE (class cooperation_programme), and :mod:`.ownprogrammes` already tells a side's own
programme from one with others in sight; this keeps the second kind when no partner resolved.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..knowledge.countries import load as load_countries
from ..syntax import found_tokens
from .context import Party
from .filters import KIND_MODIFIERS, UNREAL_MODIFIERS
from .lexicon import load
from .ownprogrammes import LAUNCH_VERBS, launched_thing, own_launch, own_programme
from .positions import between_parties
from .triggers import VIA_OWN, Trigger
from .verbparts import direct_object

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .context import Context

_CUE = re.compile(r"(?:S(?<!\wS)ummit|D(?<!\wD)ialogue|T(?<!\wT)alks|C(?<!\wC)onsultations|M(?<!\wM)eeting"
                  r"|M(?<!\wM)eetings)\b")
"""head words of a named meeting (a text search first: most stories name none); each word starts
with its letter, not a word-boundary test, so the search skips ahead to those letters (each
look-behind is the word boundary)"""
_HYPHENS = ("-", "–", "—")
_STANDING = frozenset({"Dialogue", "Talks", "Consultations"})
"""names of channels that also stand for the mechanism itself ("the Chile-Peru Commercial Dialogue"):
a meeting of one is told only with its date ("the X-Y Strategic Dialogue in August")"""


def _side(text: str) -> tuple[str | None, str | None]:
    """(ISO3, organisation) a part of a hyphenated pair names, either may be None."""
    places = load_countries()
    return places.country(text), places.organization(text)


def _hyphen_sides(name: "Token") -> tuple[str, str | None, str | None, int] | None:
    """The first side (ISO3), the second side (ISO3, or else an organisation's name; both None
    when it is neither) and the token of a hyphenated pair before a meeting name's head; None
    when no such pair names a country first, or when both parts are of one country (no two sides
    meet: "the England-Scotland Meeting" is a sporting fixture, "the England-Wales Summit" a
    domestic forum)."""
    pre = list(name.doc[name.left_edge.i:name.i])
    for k, t in enumerate(pre):
        h = next((h for h in _HYPHENS if h in t.text.strip("".join(_HYPHENS))), None)
        if h is not None:
            first, rest = t.text.split(h, 1)
        elif 0 < k < len(pre) - 1 and t.text in _HYPHENS:  # "Chile - Peru": the parts as tokens of their own
            first, rest, k, t = pre[k - 1].text, pre[k + 1].text, k + 1, pre[k - 1]
        else:
            continue
        code = _side(first)[0]
        if code is None:
            continue
        # "U.S.-South Africa": the second side may run on into the next proper nouns
        words = [rest] + [w.text for w in pre[k + 1:] if w.pos_ == "PROPN"]
        for n in range(len(words), 0, -1):
            other_code, org = _side(" ".join(words[:n]))
            if other_code == code:
                return None  # "England-Scotland", "England-Wales": parts of one state (a fixture, a domestic forum)
            if other_code is not None:
                return code, other_code, None, t.i
            if org is not None:
                return code, None, org, t.i
        return code, None, None, t.i
    return None


def _dated(name: "Token") -> bool:
    """Whether a meeting name carries a date: in its phrase, or right after it ("the X-Y Dialogue
    in August", where the parser may hang "in August" on the verb)."""
    doc = name.doc
    if any(t.ent_type_ == "DATE" for t in name.subtree if t.i != name.i):
        return True
    nxt = name.right_edge.i + 1
    return nxt + 1 < len(doc) and doc[nxt].lower_ in ("in", "on", "last", "this") and (
        doc[nxt + 1].ent_type_ == "DATE" or doc[nxt].ent_type_ == "DATE")


def _called_off(name: "Token") -> bool:
    """Whether a meeting name is only planned ("the X-Y Talks planned for June") or called off or
    put off ("the X-Y Summit was postponed", "cancelled the X-Y Talks"): no meeting was held."""
    if any(c.dep_ == "acl" and (c.lower_ in UNREAL_MODIFIERS or c.lemma_.lower() in UNREAL_MODIFIERS)
           for c in name.children):
        return True
    head = name.head
    if name.dep_ not in ("dobj", "nsubjpass") or head.pos_ not in ("VERB", "AUX"):
        return False
    return head.lemma_.lower() in load().classes["calling_off_verb"] or (
        head.lemma_.lower() == "call" and any(c.dep_ == "prt" and c.lower_ == "off" for c in head.children))


def named_meetings(doc: "Doc", taken: "set[int]", skip: "set[int] | frozenset[int]") -> list[Trigger]:
    """CONSULT triggers of meeting names that state their sides (module docstring).

    Args:
        doc: A parsed Doc.
        taken: Token indices already triggers.
        skip: Token indices never to consider (headline, quotations, questions).
    """
    out = []
    entry, light = load().nouns.get("summit"), load().light_verbs
    for tok in found_tokens(doc, _CUE):
        if tok.i in taken or tok.i in skip or tok.pos_ != "PROPN" or tok.dep_ == "compound":
            continue  # ("the Summit Declaration": a document named after the meeting)
        if tok.dep_ in ("dobj", "nsubjpass") and any(f in light for f in (tok.head.lemma_.lower(), tok.head.lower_)):
            continue  # "hosted the X-Y Dialogue", "attended the X-Y Summit": the light verb's event (its subject's)
        if between_parties(tok)[0] is None and _hyphen_sides(tok) is None:
            continue
        if tok.text in _STANDING and not _dated(tok):
            continue  # "provide input to the Chile-Peru Commercial Dialogue": a standing channel, no meeting told
        if any(t.lower_ in UNREAL_MODIFIERS or t.lemma_.lower() in UNREAL_MODIFIERS or t.lower_ in KIND_MODIFIERS
               for t in doc[tok.left_edge.i:tok.i]) or _called_off(tok):
            continue  # "the upcoming U.S.-Africa Leaders Summit", "the X-Y Talks planned for June were cancelled"
        clause = tok
        while clause.head.i != clause.i and clause.pos_ not in ("VERB", "AUX"):
            clause = clause.head
        out.append(Trigger(token=tok, type="CONSULT", entry=entry, via=VIA_OWN,
                           clause=clause if clause.pos_ in ("VERB", "AUX") else None))
    return out


def named_sides(ctx: "Context", trig: Trigger) -> "tuple[Party, Party | None] | None":
    """The sides a :func:`named_meetings` trigger's name states: (actor, other side or None)."""
    tok = trig.token
    if trig.via != VIA_OWN or tok.pos_ != "PROPN" or not _CUE.fullmatch(tok.text):
        return None
    first, second = between_parties(tok)
    if first is not None:
        actor = ctx.party(first)
        return (actor, ctx.party(second) if second is not None else None) if actor is not None else None
    sides = _hyphen_sides(tok)
    if sides is None:
        return None
    code, other, org, at = sides
    at_tok = tok.doc[at]
    actor = Party(entity=None, country=code, token=at_tok, name=code)
    if other is None and org is None:
        return actor, None
    return actor, Party(entity=None, country=other, token=at_tok, name=other or org)


def named_venture(trig: Trigger) -> bool:
    """Whether a COOPERATE launch brings a second side in sight though none resolved to a party
    (module docstring): the tests of :func:`.ownprogrammes.own_programme` on the launched thing.

    Args:
        trig: A trigger whose event has no recipient.
    """
    tok = trig.token
    if trig.type != "COOPERATE":
        return False
    if launched_thing(tok) is not None:  # "the launch of a U.S.-Andean Trade Partnership": the noun
        return not own_launch(tok, trig.type, None)
    return tok.pos_ == "VERB" and tok.lemma_.lower() in LAUNCH_VERBS \
        and direct_object(tok) is not None and not own_programme(tok, trig.type, None)
