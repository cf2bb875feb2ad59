"""What a speaker says to the room, asks, or only imagines: words of remarks and briefings that
report no event between two parties.

- Thanks and greetings in the speaker's own voice, now: "I want to thank the Governor for his
  leadership", "Kiran, thank you for the great job", "let me start by thanking ...", "we extend
  our thanks to ...", "welcome to our trip", "proud to welcome you". A speech opens and closes
  with them; the development gold of remarks, briefings and statements codes none, while it
  codes thanks reported as done ("the President thanked the Prime Minister for ...").
- An "ask" that asks a question: "they asked why I keep talking about it", "I asked him, 'Why
  would we do that?'": an inquiry, not a request for an act (PLOVER's REQUEST).
- A future act that hangs on a present-tense "when" or "once" clause: "When Congress passes the
  bill, I will sign it": as hypothetical as "if Congress passes it" (threats keep their
  condition: "if you harm us, we will respond" is the threat).
- Asides, assent and designations: "I agree with Dr. Roe on this", "pardon me", "I salute you",
  "we'll applaud Trish"; "what they call 'the Beast'"; "committing suicide"; "Americans wrongfully
  detained abroad" (a status a policy covers, no detaining government stated); in a transcript,
  what the speaker declines to talk about ("I'm not going to talk about my conversations with X").
- A speaker's promise to the room that names no other party ("I pledge to seek common ground"),
  or the laws and orders he lists as signed ("I signed the Act", "the executive orders I've
  signed": enacted at home, no agreement with a second party), or money he spends at home
  ("we're delivering $45 million to fix your bridges": no aid to another party);
  a meeting with private persons ("I met with a survivor", "the students I met today").
- A trip, visit or tour with no one on the other side: "welcome to our trip to Ohio", "the
  President will travel to Denver", "I visited Fort Myers": travel within one's own country or
  to a site is no consultation between two parties (a visit to another country or its leader is,
  and stays).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .lexicon import load
from .domestic_grants import abroad_near
from .lone_meetings import lone_meeting

if TYPE_CHECKING:
    from spacy.tokens import Token

_SPOKEN_TITLE = re.compile(r"^\s*(?:remarks|press briefing|press gaggle|background press call|on-the-record press)\b",
                           re.IGNORECASE)


_REACTION = re.compile(r"\((?:Applause|Laughter|Cheers|Booing)\b[^()\n]{0,40}\)")
"""a transcript's note of the audience's reaction ("(Applause.)", "(Laughter.)"): said to a room"""


def spoken(text: str) -> bool:
    """Whether a text is a speech or briefing by its title ("Remarks as Prepared for Delivery by
    ...", "Press Gaggle by ...") or, an excerpt with no title, by the audience's reactions its
    transcript notes ("(Applause.)"): its first person talks to a room even where no speaker
    label opens the turns."""
    return bool(_SPOKEN_TITLE.match(text[:200]) or _REACTION.search(text))


_SPEAKER = frozenset({"i", "we"})
_SPEAKER_OBJ = frozenset({"me", "us"})
_NOW_TAGS = frozenset({"VB", "VBP"})
_CHAIN = frozenset({"xcomp", "pcomp", "pobj", "prep", "conj", "ccomp"})
"""links from a verb up to the verb that holds its subject ("want to thank", "let me start by
thanking", "praising and thanking")"""
_PAST_AUX = frozenset({"have", "had", "did", "was", "were"})
THANKS_VERBS = frozenset({"thank"})
THANKS_NOUNS = frozenset({"thanks", "gratitude", "appreciation"})
GREETING_VERBS = frozenset({"welcome"})
AUDIENCE = frozenset({"you", "everyone", "everybody", "all", "y'all", "folks", "yourselves"})
"""whom a greeting welcomes when it greets the room ("we welcome you here")"""


def _said_now(verb: "Token") -> bool:
    """Whether a verb is the speaker's own, present act: first person now ("I thank", "we
    welcome", "I want to thank", "I'd like to thank", "let me thank") or a subjectless imperative
    root ("Thank you, Jen.", "Kiran, thank you", "Welcome to our trip")."""
    t = verb
    for _ in range(6):
        subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            if subj.lower_ in _SPEAKER_OBJ and t.head.lemma_.lower() == "let":
                return True  # "let me thank", "let us welcome"
            if subj.lower_ not in _SPEAKER:
                # "Kiran, thank you": a name set off by a comma (or a speaker's label and its colon)
                # is the one addressed, not the subject of a "thank" that does not agree with it
                return t.lower_ == "thank" and t.tag_ in _NOW_TAGS and subj.i < t.i and any(
                    w.text in (",", ":") for w in t.doc[subj.i + 1:t.i])
            if any(c.dep_ in ("aux", "auxpass") and c.lower_ in _PAST_AUX for c in t.children):
                return False  # "I have thanked", "we did welcome": reported
            return t.tag_ in _NOW_TAGS or (t.tag_ == "VBG" and any(
                c.dep_ == "aux" and c.lower_ in ("am", "are", "'m", "\u2019m", "'re", "\u2019re") for c in t.children))
        if t.head.i == t.i:
            return t.tag_ in _NOW_TAGS or t.pos_ == "INTJ"  # an imperative or "Welcome!"
        if t.dep_ not in _CHAIN:
            return False
        t = t.head
    return False


def speaker_thanks(tok: "Token") -> bool:
    """Whether ``tok`` is the speaker's own thanks now ("I want to thank X", "Kiran, thank you
    for ...", "we extend our thanks to ...", "my thanks to ..."): courtesy, not an event."""
    lemma = tok.lemma_.lower()
    if lemma in THANKS_VERBS and tok.pos_ in ("VERB", "AUX"):
        return _said_now(tok)
    if tok.lower_ in THANKS_NOUNS and tok.pos_ == "NOUN":
        if not any(c.dep_ == "poss" and c.lower_ in ("my", "our") for c in tok.children):
            return False
        head = tok.head
        while head.dep_ in ("pobj", "prep") and head.head.i != head.i:
            head = head.head
        return head.i == tok.i or head.pos_ not in ("VERB", "AUX") or _said_now(head)
    return False


def speaker_greeting(tok: "Token", recipient=None) -> bool:
    """Whether "welcome" greets the room ("Welcome to our trip", "we welcome you here", "proud
    to welcome you to the Center"): its object, if any, is the audience; welcoming a decision or
    a named guest is another matter, and so is "I welcome you to Stockholm" said to the other
    leader of a two-speaker transcript (``recipient``: the party "you" resolved to)."""
    if recipient is not None and recipient.label == "PERSON":
        return False
    if tok.lemma_.lower() not in GREETING_VERBS or tok.pos_ not in ("VERB", "AUX", "INTJ", "ADJ"):
        return False
    objs = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
    if any(o.lower_ not in AUDIENCE or any(p.dep_ == "prep" for p in o.children) for o in objs):
        # ("we welcome all of the contributions": "all of" something is no audience)
        return False
    if not objs and not any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children):
        return False  # "we welcome it", "we welcome that": an object elsewhere in the parse
    if tok.pos_ == "ADJ" or tok.head.i == tok.i and not any(c.dep_ == "nsubj" for c in tok.children):
        return True  # "Welcome to ...", "Welcome, everyone"
    adj = tok.head if tok.dep_ == "xcomp" and tok.head.pos_ == "ADJ" else None  # "proud to welcome you"
    return _said_now(adj.head if adj is not None and adj.dep_ == "acomp" else tok)


QUESTION_WORDS = frozenset({"why", "what", "how", "whether", "if", "who", "whom", "where", "when", "which"})


def asks_question(tok: "Token") -> bool:
    """Whether "ask" asks a question rather than for an act: its clause opens with a question
    word ("asked why ...", "asked my mother what the problem was", "asked whether ...") or is a
    quoted question ("asked him, 'Why would we ...?'"). "Asked X to do Y" and "asked for Y"
    request."""
    if tok.lemma_.lower() != "ask" or tok.pos_ not in ("VERB", "AUX"):
        return False
    for c in tok.children:
        if c.dep_ not in ("ccomp", "dobj", "xcomp", "advcl", "parataxis"):
            continue
        words = list(c.subtree)
        if c.dep_ == "xcomp" and any(w.lower_ == "to" and w.dep_ == "aux" for w in c.children):
            continue  # "asked him to leave": a request
        if words and words[0].lower_ in QUESTION_WORDS and c.dep_ != "dobj" and not (
                words[0].lower_ in ("if", "whether") and any(w.tag_ == "MD" for w in words)):
            return True  # ("asked me if I would come": an invitation, a request)
        if any(w.text == "?" for w in words):
            return True
    nxt = tok.doc[tok.i + 1:tok.i + 6]
    return any(w.text == "?" for w in tok.sent[tok.i - tok.sent.start:]) and any(
        w.text in ("\u201c", '"', ":") for w in nxt)


_WHEN_MARKS = frozenset({"when", "once", "whenever"})
_FUTURE = frozenset({"will", "'ll", "\u2019ll", "shall"})


def conditioned_future(verb: "Token") -> bool:
    """Whether a future act hangs on a present-tense "when"/"once" clause with no date of its
    own ("When Congress passes the bill, I will sign it"): the act waits on something that has
    not happened, as under "if" (a dated clause, "when they meet on Friday", schedules it)."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    future = any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in verb.children) or (
        verb.head.lower_ == "going" and verb.dep_ == "xcomp")
    if not future:
        return False
    for c in verb.children:
        if c.dep_ != "advcl" or c.tag_ not in ("VBZ", "VBP"):
            continue
        if not any(m.dep_ in ("advmod", "mark") and m.lower_ in _WHEN_MARKS and m.i < c.i for m in c.children):
            continue
        if any(w.ent_type_ in ("DATE", "TIME") for w in c.subtree):
            continue
        return True
    return False


MOVES = frozenset({"trip", "visit", "travel", "tour", "journey"})
"""a consultation word that names only a movement: with no one on the other side, no consultation"""


def _destinations(tok: "Token") -> list["Token"]:
    """Where a trip or visit goes: its object ("visited Ohio") or "to"/"in" object ("trip to Ohio")."""
    out = [c for c in tok.children if c.dep_ == "dobj"]
    out += [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "in", "into")
            for p in c.children if p.dep_ == "pobj"]
    return out


def unpartnered_trip(tok: "Token", actor, recipient, entity_at, home: str | None) -> bool:
    """Whether a trip or visit names no other party: only a place or site of the traveller's own
    country ("visited Fort Myers", "the President will travel to Denver, Colorado"), a region or
    site ("a trip to the region"), or nowhere at all ("our trip"). A destination abroad, or a
    place whose country is not known ("visited Ramallah"), stays.

    Args:
        tok: The trigger.
        actor: The event's actor.
        recipient: Its recipient, or None.
        entity_at: Token index -> the Entity it belongs to.
        home: ISO3 of the government whose text it is (a place of its own country is home),
            or None.
    """
    if tok.lemma_.lower() not in MOVES:
        return False
    # (the traveller's country must be the text's own: a country read off the destination
    # itself, "Secretary Roe will travel to Hanoi" taken for Vietnam's, proves nothing)
    own = actor.country if actor is not None and actor.country == home else None
    if recipient is not None:
        if recipient.label in ("LOC", "FAC"):
            return True  # a site, a region, a rainforest
        return recipient.label == "GPE" and own is not None and recipient.country == own \
            and recipient.entity.country == own
    places = _destinations(tok)
    if not places:
        return True
    for p in places:
        ent = entity_at.get(p.i)
        if ent is None:
            if p.pos_ == "PROPN":
                return False  # a name the entities stage missed may be abroad
            continue
        if ent.label in ("LOC", "FAC"):
            continue
        if ent.label != "GPE" or own is None or ent.country != own:
            return False
    return True


NAMING_VERBS = frozenset({"call", "name", "dub", "label", "term"})


def names_something(tok: "Token") -> bool:
    """Whether "call" names rather than phones or summons: an object and what it is called
    ("what they call 'the Beast'", "called Scranton home", "called him a hero"). A call to
    someone ("called President X on Tuesday") has no such predicate."""
    if tok.lemma_.lower() not in NAMING_VERBS or tok.pos_ not in ("VERB", "AUX"):
        return False
    kids = {c.dep_ for c in tok.children}
    return "oprd" in kids and ("dobj" in kids or "nsubjpass" in kids)


PLEDGE_WORDS = frozenset({"promise", "pledge", "commit", "commitment", "vow", "swear", "guarantee"})
_FIRST = frozenset({"i", "we", "me", "us", "my", "our"})


def speaker_pledge(tok: "Token", actor, recipient, entity_at) -> bool:
    """Whether a promise in the speaker's own voice promises nothing to anyone else: "I pledge to
    seek common ground", "I made a commitment when I ran for President", "we're making a historic
    commitment to build America", "I promise you, we will have more to share". A speech's
    promises to its own nation are rhetoric, not an agreement between two parties (PLOVER's AGREE
    is dyadic). A promise that names another party stays ("we committed to support Ukraine", "I
    committed to rejoin the Paris Agreement" when the parse names Paris), as does one reported of
    someone else ("the Prime Minister has pledged to ..."). Meant for the turns of a transcript.

    Args:
        tok: The trigger.
        actor: The event's actor (its token is the first-person pronoun when the speaker is it).
        recipient: The event's recipient.
        entity_at: Token index -> the Entity it belongs to.
    """
    if recipient is not None or actor is None or actor.token is None or actor.token.lower_ not in _FIRST:
        return False
    if tok.lemma_.lower() not in PLEDGE_WORDS and tok.lower_ not in PLEDGE_WORDS:
        return False
    own = actor.country
    scope = tok.subtree if tok.pos_ in ("VERB", "AUX") else tok.head.subtree
    for w in scope:
        ent = entity_at.get(w.i)
        if ent is None or ent.label == "PERSON" and ent.country in (None, own):
            continue
        if ent.country != own or ent.country is None and ent.label in ("ORG", "NORP", "GPE"):
            return False  # another government or organisation named in what is promised
    return True


PRIVATE_PEOPLE = load().classes["private_people"]
"""private persons, as a common noun: a meeting with them is a politician's outreach, not a
consultation between political actors (PLOVER's actors are governments, organisations and their
officials)"""
_GROUP_WORDS = frozenset({"member", "members"})
_QUANTIFIERS = frozenset({"all", "many", "some", "one", "hundreds", "thousands", "dozens", "each", "most", "lot", "several", "few"})


def _consulted(tok: "Token") -> list["Token"]:
    """The nouns a consultation word has on the other side: its "with" object, direct object, or
    the noun its relative clause describes ("the students that I met")."""
    out = []
    for c in tok.children:
        if c.dep_ == "dobj":
            out.append(c)
        elif c.dep_ == "prep" and c.lower_ in ("with", "to"):
            out.extend(p for p in c.children if p.dep_ == "pobj")
    if tok.dep_ == "relcl" and tok.head.pos_ in ("NOUN", "PRON"):
        out.append(tok.head)
    resolved = []
    for n in out:
        if n.lemma_.lower() in _QUANTIFIERS:  # "all of the students", "hundreds of families"
            n = next((p for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
                      for p in c.children if p.dep_ == "pobj"), n)
        resolved.append(n)
    return resolved


def private_counterpart(tok: "Token", recipient) -> bool:
    """Whether a meeting, talk or visit is with private persons ("met with a survivor", "the
    students I met this afternoon", "I met with every family member", "met with college
    students in Georgia"): no party stated on the other side (a place in the phrase is where
    they are, not whom the speaker met)."""
    if lone_meeting(tok, recipient):
        return True  # "I met, by the way —": no one on the other side (:mod:`.lone_meetings`)
    if recipient is not None and recipient.label not in ("GPE", "LOC", "FAC"):
        return False
    for n in _consulted(tok):
        lemma = n.lemma_.lower()
        if n.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") and n.pos_ == "PROPN":
            continue
        if lemma in PRIVATE_PEOPLE or (lemma in _GROUP_WORDS and any(
                c.dep_ == "compound" and c.lemma_.lower() in PRIVATE_PEOPLE for c in n.children)):
            return True
    return False


SPEECH_VERBS = load().classes["declined_speech_verb"]
"""what a spokesperson declines to do with a topic ("I'm not going to talk about my conversations
with X", "I won't get into what they briefed us", "I'm not going to speak to specific strikes")"""
_UP = frozenset({"pobj", "prep", "dobj", "ccomp", "pcomp", "conj", "relcl", "acl", "compound", "amod", "nmod"})


def _negated(verb: "Token") -> bool:
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    head = verb.head  # "not going to talk", "won't be able to talk"
    for _ in range(3):
        if verb.dep_ not in ("xcomp", "ccomp") or head.i == verb.i:
            return False
        if any(c.dep_ == "neg" for c in head.children):
            return True
        verb, head = head, head.head
    return False


def declined_topic(tok: "Token") -> bool:
    """Whether ``tok`` is what a speaker declines to speak about ("I'm not going to talk about
    my personal conversations with the President", "I'm not going to detail what they have briefed
    us or not"): named as a topic the speaker will not discuss, not reported as having happened."""
    t = tok
    for _ in range(6):
        if t.head.i == t.i or t.dep_ not in _UP:
            return False
        t = t.head
        if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in SPEECH_VERBS and t.i != tok.i:
            if t.lemma_.lower() in ("get", "go") and not any(
                    c.dep_ == "prep" and c.lower_ in ("into", "beyond", "ahead") for c in t.children):
                return False
            return _negated(t)
    return False


WRONGS = load().classes["committed_wrong"]


def commits_wrong(tok: "Token") -> bool:
    """Whether "commit" means doing a wrong ("committing suicide", "committed war crimes"), not
    promising (PLOVER's AGREE)."""
    if tok.lemma_.lower() != "commit" or tok.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in WRONGS for c in tok.children) or (
        tok.dep_ in ("relcl", "acl") and tok.head.lemma_.lower() in WRONGS)


STATUS_ADVERBS = frozenset({"wrongfully", "unlawfully", "unjustly", "arbitrarily", "illegally"})


def designated_status(tok: "Token") -> bool:
    """Whether a detention word names a designation ("Americans held hostage or wrongfully
    detained abroad", "those deemed wrongfully detained"): a category of people a policy covers,
    with no detaining government stated ("by" names one, and the act is then reported)."""
    if tok.tag_ != "VBN" or not any(c.dep_ == "advmod" and c.lower_ in STATUS_ADVERBS for c in tok.children):
        return False
    return not any(c.dep_ == "agent" or _held_in_state(c) for c in tok.children)


def _held_in_state(prep: "Token") -> bool:
    """ "wrongfully detained in Moscow", "in a Russian prison": the place names the detaining state, the act is reported."""
    return prep.dep_ == "prep" and prep.lower_ == "in" and any(p.dep_ == "pobj" and (p.ent_type_ == "GPE" or p.pos_ == "NOUN" and any(  # "in a Russian prison"
        m.dep_ in ("amod", "compound") and m.ent_type_ in ("NORP", "GPE") for m in p.children)) for p in prep.children)


COURTESY_VERBS = frozenset({"pardon", "excuse", "forgive"})
TRIBUTE_VERBS = frozenset({"salute", "applaud"})


def speaker_aside(tok: "Token") -> bool:
    """Whether a speaker's aside to the room is taken for an act: "pardon me", "excuse me" (an
    apology for a slip of the tongue), "I salute you", "we'll applaud Trish" (a tribute to someone
    in the room, as "thank you" is)."""
    lemma = tok.lemma_.lower()
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if lemma in COURTESY_VERBS:
        return any(o.lower_ in ("me", "us") for o in objs)
    if lemma in TRIBUTE_VERBS and tok.pos_ in ("VERB", "AUX"):
        return any(o.lower_ in AUDIENCE for o in objs) and _said_now(tok) or (
            _said_now(tok) and any(a.dep_ == "aux" and a.lower_ in _FUTURE for a in tok.children))
    return False


INSTRUMENTS = load().classes["legal_instrument"]
"""a government's own legal instruments: signing one enacts it at home, no agreement with a second
party (treaties, accords, deals, compacts and memoranda of understanding are agreements)"""


def _in_name(word: "Token", obj: "Token") -> bool:
    """Whether ``word`` is part of the name of ``obj`` ("American" in "the American Rescue Plan"):
    under it through modifiers only, not through a phrase of its own ("an agreement with Mexico")."""
    while word.i != obj.i:
        if word.dep_ not in ("compound", "amod", "nmod", "poss", "case") or word.head.i == word.i:
            return False
        word = word.head
    return True


def signs_own_law(tok: "Token", recipient) -> bool:
    """Whether "sign" enacts the signer's own law or order ("I signed the Safer Communities Act",
    "the executive orders I've signed", "I will sign it into law"): no second party, so no AGREE.
    Signing an agreement with someone ("signed an accord with X", "signed a memorandum of
    understanding") is one. Meant for the turns of a transcript, where a speaker lists the laws he
    has signed (the development gold of remarks and briefings codes none)."""
    if tok.lemma_.lower() != "sign" or tok.pos_ not in ("VERB", "AUX"):
        return False
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if tok.dep_ in ("relcl", "acl") and not objs:
        objs = [tok.head]  # "the law I just signed", "executive orders I've signed"
    if recipient is not None and not (recipient.token is not None and any(_in_name(recipient.token, o) for o in objs)):
        return False  # (a people named in the law's own name is no party: "signed the American Rescue Plan")
    if any(c.dep_ == "prep" and c.lower_ == "into" and any(p.lower_ == "law" for p in c.children)
           for c in tok.children):
        return True  # "signed it into law"
    for o in objs:
        if any(c.dep_ == "prep" and c.lower_ == "of" and any(p.lemma_.lower() == "understanding" for p in c.children)
               for c in o.children):
            return False  # a memorandum of understanding
        if o.lemma_.lower() in INSTRUMENTS or o.lower_ in INSTRUMENTS:
            return True
    return False


def speaker_assent(tok: "Token") -> bool:
    """Whether "agree" is the speaker's present assent to a view ("I certainly agree with Dr. Roe
    on this", "I agree with many of my constituents who think ..."): an opinion, not an agreement
    to do something ("we agreed with Peru to reopen the border", "agree to meet")."""
    if tok.lemma_.lower() != "agree" or tok.tag_ not in _NOW_TAGS:
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ not in _SPEAKER:
        return False
    if any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ in ("to", "on") and any(
            p.pos_ == "VERB" for p in c.subtree)) for c in tok.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)


def home_grant(tok: "Token", actor, recipient, entity_at) -> bool:
    """Whether aid with no recipient is a government's spending at home ("we're delivering $45
    million to fix your bridges", "providing $350 billion directly to the cities and counties"):
    nothing in its sentence or the two on either side is abroad, neither another country or
    organisation nor a word of foreign aid (:func:`.domestic_grants.abroad_near`). PLOVER's AID is aid given to
    another actor; a budget spent at home is no event between two parties. Meant for speeches.

    Args:
        tok: The trigger.
        actor: The event's actor.
        recipient: Its recipient.
        entity_at: Token index -> the Entity it belongs to.
    """
    if recipient is not None or actor is None or actor.country is None:
        return False
    return not abroad_near(tok, actor.country, entity_at, statement=False)


def said_not_done(tok: "Token", transcript: bool) -> bool:
    """Whether a trigger reports no act (see the module doc): a question asked, a naming "call",
    "commit" of a wrong, a detention status, or (in a transcript, where the speaker talks to the
    room) the speaker's aside or assent to a view, or a topic he declines to talk about (his thanks: :mod:`.foreign_courtesy`)."""
    return asks_question(tok) or names_something(tok) or commits_wrong(tok) or designated_status(tok) \
        or (transcript and (speaker_aside(tok) or speaker_assent(tok) or declined_topic(tok)))
