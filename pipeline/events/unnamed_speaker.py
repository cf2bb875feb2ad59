"""A first-person speaker nobody names, the speaker behind "It is an honor to V", and a speaker's
bidding of the room.

- "I" with no one to stand for: an excerpt of remarks with no title, no turn labels and no
  seat of government ("Last month I held talks with Minister X in Geneva ... on Sunday I
  met with Minister X again") tells the speaker's own acts, but neither the speaker nor
  his government is stated. The guide's actor is then null, and the development gold codes such
  acts with a null actor rather than leaving them out (an unnamed "I" who met a named
  counterpart). So an act whose clause subject is that "I" is kept with a null actor; "we" stays
  unresolved (a government's "we" is coded with its country, which is what is unknown here).
- "It's an honor to host Prime Minister X at the White House", "It is my pleasure to welcome
  President Y", "It was a privilege to visit Kyiv": the infinitive of an evaluation the speaker
  makes of his own act, with "it" standing in for the clause, has no subject of its own; its
  doer is the one who speaks (the turn's speaker, the statement's author, else the government
  the text speaks for), as if he had said "I am honored to host X" (the development gold of
  remarks codes "It's an honor to welcome X and Y to the White House" as the President's
  CONSULT with each). "It would be an honor to ..." wishes, and "for X to V" names another doer:
  neither is the speaker's act.
- The speaker bidding the room: "My fellow Americans, please welcome Prime Minister X", "Ladies
  and gentlemen, please join me in welcoming ...". The words before the comma name whom the
  speaker addresses, not who acts: the audience is asked to applaud, no party acts on another
  (the development gold of remarks codes no such bidding).
- Thanks with the subject left out in a speaker's turn: "Mr. President, thank you very much for
  your hospitality" is "(I) thank you", the turn's speaker thanking, as in "I want to thank you"
  (PLOVER SUPPORT). Only thanks *for* a merit or deed of the one thanked count ("for your
  hospitality", "for hosting this summit"): a bare "Thank you." answers a turn or closes a speech,
  and thanks for coming, being here or a welcome greet the room (the gold codes them as often as not).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .context import Party

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .context import Context
    from .triggers import Trigger

_CHAIN = frozenset({"xcomp", "conj", "ccomp", "advcl"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _clause_subject(verb: "Token") -> "Token | None":
    """The subject of the verb, or of the verb it is coordinated with or the complement of ("I
    went to Geneva and met X", "I decided to call X"), up to three steps."""
    for _ in range(4):
        subj = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
        if subj is not None:
            return subj
        if verb.dep_ not in _CHAIN or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def unnamed_speaker(ctx: "Context", trig: "Trigger") -> Party | None:
    """A null actor standing for an unnamed "I" who acts, or the speaker who calls his act an
    honor (module docstring), or None.

    Args:
        ctx: The Doc's context (``ctx.party`` says whether "I" is anyone it knows).
        trig: The trigger; its clause verb (or the trigger itself) carries the subject.
    """
    verb = trig.clause if trig.clause is not None else trig.token
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    thanking = thanking_speaker(ctx, trig)
    if thanking is not None:
        return thanking
    honored = evaluated_act_speaker(ctx, trig)
    if honored is not None:
        return honored
    subj = _clause_subject(verb)
    if subj is None or subj.lower_ != "i" or subj.pos_ != "PRON" or subj.i in ctx.quoted:
        return None
    if subj.i > 0 and subj.doc[subj.i - 1].lower_ in ("and", "or", "&"):
        return None  # "X and I met": a pair, whoever the parse makes the subject (:func:`.speech_acts.speaker_pair`)
    if ctx.party(subj) is not None:
        return None  # the author, the turn's speaker or the home government: resolved as usual
    turn = ctx.turns.at(ctx.raw[subj.i][0]) if ctx.turns else None
    if turn is not None and turn.question:
        return None  # a reporter's "I" asks, it acts on no one
    if not _public_counterpart(ctx, verb):
        return None  # ("I will continue to stand with American workers": whose side, unknown, decides; "I met
        # Chelsea manager X", "I visited Toyota": a columnist's or reporter's meeting with no public party)
    return Party(entity=None, country=None, token=subj)


_EVALUATIONS = frozenset({"honor", "honour", "pleasure", "privilege", "delight", "joy", "thrill", "treat",
                          "great", "good", "wonderful", "nice", "terrific", "fantastic", "lovely"})
"""what the speaker calls his own act ("an honor", "my pleasure", "great") in "It is ... to VERB" """


def _evaluated_by_speaker(verb: "Token", addressed: bool = False) -> "Token | None":
    """The "it" of "It is an honor / my pleasure / great to VERB" whose infinitive is ``verb``
    (no subject and no "for X" of its own; the copula not modal), else None. ``addressed``: the
    act is done to the one the speaker addresses ("you" of a two-speaker transcript), who counts
    as named."""
    if verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    if any(c.dep_ in _SUBJECTS or (c.dep_ == "mark" and c.lower_ == "for") for c in verb.children):
        return None
    head = verb.head
    if verb.dep_ == "acl" and head.lemma_.lower() in _EVALUATIONS and head.dep_ in ("attr", "acomp"):
        cop = head.head  # "It's an honor to host X": the infinitive describes the noun
    elif verb.dep_ in ("xcomp", "ccomp") and any(c.dep_ in ("attr", "acomp") and c.lemma_.lower() in _EVALUATIONS
                                                for c in head.children):
        cop = head  # "It is my pleasure to welcome X", "It's great to meet with X"
    else:
        return None
    if cop.lemma_.lower() != "be" or any(c.dep_ == "aux" for c in cop.children):
        return None  # ("It would be an honor to host X": a wish)
    it = next((c for c in cop.children if c.dep_ in ("nsubj", "expl") and c.lower_ == "it"), None)
    if it is None or any(c.dep_ == "neg" for c in cop.children) or not (addressed or _names_counterpart(verb)):
        return None
    if it.i > cop.i or cop.sent[-1].text == "?" or (cop.sent[-1].is_punct and cop.sent[-2:-1].text == "?"):
        return None  # ("Is it good to negotiate with X?": a question weighs the act, it reports no act done)
    return it


_NAMED = frozenset({"PERSON", "GPE", "ORG", "NORP"})
_NAMED_PARTIES = frozenset({"PERSON", "ORG"})
"""the counterparts an unnamed "I" is kept with: a named person or organisation; a people or
a country may be the speaker's own, which nobody says"""


def _counterpart_heads(verb: "Token") -> "list[Token]":
    """The heads of whom the act is done with or to: its object, or the object of "with"/"to"."""
    out = []
    for c in verb.children:
        out += [c] if c.dep_ in ("dobj", "dative") else [p for p in c.children if p.dep_ == "pobj"] \
            if c.dep_ == "prep" and c.lower_ in ("with", "to") else []
    return out


def _names_counterpart(verb: "Token") -> bool:
    """Whether the act names whom it is done with or to ("to host Prime Minister X", "to meet
    with President Y") by a name: "It is my pleasure to welcome all of you here" greets the room."""
    return any(w.ent_type_ in _NAMED for h in _counterpart_heads(verb) for w in h.subtree)


def _public_counterpart(ctx: "Context", verb: "Token") -> bool:
    """Whether the unnamed "I" acts with a public party: a named person who holds an office in the
    text's roles ("Director X"), or a named organisation that is no company. A speaker nobody names
    is a state's only by whom he meets; a columnist or reporter also writes "I" and meets coaches,
    executives and firms ("I met Chelsea manager X", "I visited Toyota"), no political event."""
    firms = set(getattr(verb.doc._, "newsie_companies", ()) or ())
    heads = _counterpart_heads(verb)  # the head itself, not a modifier ("Chelsea" of "Chelsea manager X")
    for w in heads + [c for h in heads for c in h.children if c.dep_ == "conj"]:
        ent = ctx.entity_at.get(w.i)
        if ent is None or ent.label not in _NAMED_PARTIES:
            continue
        if ent.label == "PERSON" and ctx.roles_by_person.get(ent.id) or ent.label == "ORG" and ent.id not in firms:
            return True
    return False


def _addressed(ctx: "Context", verb: "Token") -> bool:
    """Whether the act is done with or to "you" who, in a transcript of two speakers, is the other
    speaker (:func:`.addressees.addressee`): "It is a joy to sit down with you" said to a visiting leader
    meets him; a speech's "you" is its audience, no party."""
    from .addressees import addressee

    return any(h.lower_ == "you" and addressee(ctx, h) is not None for h in _counterpart_heads(verb))


def evaluated_act_speaker(ctx: "Context", trig: "Trigger") -> Party | None:
    """The speaker as the doer of an act he calls an honor or a pleasure ("It's an honor to host
    X"), resolved as his "I" would be (module docstring), or None.

    Args:
        ctx: The Doc's context.
        trig: The trigger (its clause verb, or itself, is the infinitive).
    """
    verb = trig.clause if trig.clause is not None else trig.token
    it = _evaluated_by_speaker(verb, _addressed(ctx, verb)) if verb.pos_ == "VERB" else None
    if it is None or it.i in ctx.quoted:
        return None
    return speaker_party(ctx, it)


def speaker_party(ctx: "Context", tok: "Token") -> Party | None:
    """Who speaks at ``tok``: the speaker of its transcript turn, else the author, else the government the
    text speaks for (recorded by its ISO3 when the issuer is unnamed); None in a reporter's question or
    when nobody is known.

    Args:
        ctx: The Doc's context.
        tok: A token of the speaker's words (the party's evidence token).
    """
    turn = ctx.turns.at(ctx.raw[tok.i][0]) if ctx.turns else None
    if turn is not None and turn.question:
        return None
    who = turn.speaker if turn is not None and turn.speaker is not None else ctx.author
    if who is not None:  # (an international body's official speaks for no country: "SECRETARY GENERAL X:")
        body = any(r.organization and not r.country for r in ctx.roles_by_person.get(who.id, ()))
        return Party(entity=who, country=ctx._country(who, [], []) or (None if body else ctx.home_country), token=tok)
    if ctx.home_country is None:
        return None
    return Party(entity=None, country=ctx.home_country, token=tok, name=ctx.issuer_name or ctx.home_country)


_BIDDING = frozenset({"please", "pls"})


def addressed_imperative(verb: "Token", actor: "Party | None") -> bool:
    """Whether the act is the speaker bidding the addressed audience ("My fellow Americans,
    please welcome X"): an imperative marked by "please", with the actor found being the words
    set off by a comma before it.

    Args:
        verb: The trigger's clause verb (the trigger when it is a verb).
        actor: The actor found for the trigger.
    """
    if verb.pos_ != "VERB" or verb.tag_ != "VB" or actor is None or actor.token is None:
        return False
    if not any(c.lower_ in _BIDDING and c.dep_ in ("intj", "advmod", "discourse") for c in verb.children):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False  # "we would please ask" is no bidding of the room
    tok = actor.token
    if tok.i >= verb.i or tok.lower_ in ("i", "we"):
        return False
    return any(w.text in (",", ";", ":") for w in tok.doc[tok.i + 1:verb.i])


_GREETING_DEEDS = frozenset({"be", "come", "join", "welcome", "have", "invite", "invitation", "welcoming", "attend",
                             "attention", "time", "listen", "word", "remark", "comment", "say", "do", "receive",
                             "patience", "opportunity", "service", "chance"})
"""what thanks for presence, a welcome, an invitation or what was just said are for ("for being here", "for
coming", "for your invitation and warm welcome", "for your kind words", "for doing this"): courtesies of the
exchange, no praise of a party"""


def thanking_speaker(ctx: "Context", trig: "Trigger") -> Party | None:
    """The turn's speaker as the actor of a subjectless "thank you for X" in a labelled turn, or None.

    Args:
        ctx: The document's argument-finding context (its turns).
        trig: The trigger ("thank").
    """
    tok = trig.token
    if tok.lemma_.lower() != "thank" or tok.pos_ != "VERB" or not ctx.turns or tok.i in ctx.quoted:
        return None
    turn = ctx.turns.at(ctx.raw[tok.i][0])
    if turn is None or turn.question or turn.speaker is None:
        return None
    said = turn.start + len(turn.label)  # (the turn's label, "SECRETARY GENERAL X:", is no subject and addresses no one)
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") and ctx.raw[c.i][0] >= said for c in tok.children) \
            or tok.dep_ in ("xcomp", "ccomp"):
        return None  # "I want to thank you": the subject says who (resolved as usual)
    if not any(c.dep_ == "dobj" and c.lower_ == "you" for c in tok.children):
        return None
    deed = _thanked_for(tok)
    if deed is None or deed.lemma_.lower() in _GREETING_DEEDS or not (deed.tag_ == "VBG" or any(
            c.dep_ == "poss" and c.lower_ == "your" for c in deed.children)):
        return None  # the one thanked's own deed ("for your hospitality", "for hosting"); not "for that", "for the work"
    if any((t.ent_type_ == "PERSON" or t.lower_ in _ROOM_WORDS) and ctx.raw[t.i][0] >= said for t in tok.sent):
        return None  # "..., Senator Roe", "Folks, thank you ...": the sentence addresses someone the turn does not say
    return speaker_party(ctx, tok)


_ROOM_WORDS = frozenset({"folks", "everybody", "everyone", "all", "guys", "ladies", "gentlemen", "friends", "families"})
"""words by which a speaker addresses the room rather than the other party"""


def _thanked_for(tok: "Token") -> "Token | None":
    """The object of the thanks' "for" ("for your hospitality": hospitality; "for hosting": hosting)."""
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "for"):
        obj = next((p for p in prep.children if p.dep_ in ("pobj", "pcomp")), None)
        if obj is not None:
            return obj
    return None
