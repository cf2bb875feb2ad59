"""Consultations with several counterparts: one event per named counterpart.

Readouts of multilateral calls and summits name the other side as a group and list its members,
and the annotation codes one CONSULT per counterpart (person when named, else country):

* a participants list after the call: "X spoke by phone with counterparts from our allies.
  ... Participants in today's call included A, adviser to ...; B, ...; and C" -> X with A, B, C;
* co-hosts: "A, B, and C all hosted their counterparts" -> A, B and C each host (hosting is
  not reciprocal, so the second host is no guest of the first);
* a coordinated object: "met Prime Minister A and Speaker B" -> one CONSULT with each (persons
  or countries, as the first one is); the same holds for one-sided acts aimed at each member
  ("condemned A and B", "thanked A and B", "detained A and B": one event per target, as the
  annotation codes them), and for the members named in an "of" complement of the object
  ("commended the leadership of A and B", "met the foreign ministers of A and B");
* a reciprocal meeting of several governments: "the Presidents of A and B and the Prime
  Ministers of C and D met in E" -> one CONSULT per other government, with the home country
  (who "we" of the document are) as the actor when it takes part, since the document reports
  the meeting from its side; without a home country, the party the document names most often
  (a readout names its own government throughout), when one is named more often than the rest;
  else the event stays as found.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .comparatives import comparative_subjects
from .complements import misattached_objects, semicolon_items
from .context import Context, Party
from .controlled_subjects import controlling_subject
from .gapped_grants import gapped_recipients
from .lexicon import load
from .listed_names import misparsed_members
from .namelists import broken_list
from .object_lists import antecedent_group, list_members, object_of, repeated_preposition_objects
from .partner_lists import appositive_list, partner_complement, partner_word
from .positions import coordinated_with, heading_between, modifier_conj

if TYPE_CHECKING:
    from spacy.tokens import Token

PARTICIPANT_WORDS = frozenset({"participant", "attendee"})
"""Nouns that open a list of who took part ("Participants in the call included ...")."""
LIST_VERBS = frozenset({"include", "be"})
"""Verbs that introduce the members of that list."""
MEETING_VERBS = frozenset({"meet", "convene", "gather"})
"""Verbs of a reciprocal meeting whose plural subject names all the parties."""
SENTENCES_AFTER = 4
"""How far after the consultation a participants list still describes it (readouts: the next paragraph)."""


def _participants_sentence(ctx: Context, trig: "Token"):
    """The sentence after ``trig`` (within :data:`SENTENCES_AFTER`) that lists participants."""
    doc = trig.doc
    sent = trig.sent
    for _ in range(SENTENCES_AFTER):
        if sent.end >= len(doc):
            return None
        sent = doc[sent.end].sent
        words = [t for t in sent if not (t.is_space or t.is_punct)][:8]
        if any(t.lemma_.lower() in PARTICIPANT_WORDS for t in words[:2]) and \
                any(t.lemma_.lower() in LIST_VERBS and t.pos_ in ("VERB", "AUX") for t in words):
            return sent
    return None


def _named(ctx: Context, toks, label: str, exclude: set) -> list[Party]:
    """Distinct entities of ``label`` among ``toks`` (one Party per entity, text order)."""
    out: list[Party] = []
    seen = set(exclude)
    for t in toks:
        ent = ctx.entity_at.get(t.i)
        if ent is None or ent.label != label or ent.id in seen:
            continue
        # the last token of the mention is the head the party lookup expects
        end = t
        while end.i + 1 < len(t.doc) and ctx.entity_at.get(end.i + 1) is ent:
            end = t.doc[end.i + 1]
        party = ctx.party(end)
        if party is not None and party.entity is ent:
            seen.add(ent.id)
            out.append(party)
    return out


GROUP_NOUNS = load().classes["counterpart_group"]  # plural nouns counterparts are named by before their names


def _listed_group(ctx: Context, recipient: Party, exclude: set) -> list[Party]:
    """The persons a plural group noun is spelled out as, after a comma, to the end of its
    sentence ("his Japanese and Korean counterparts, Secretary General A of Japan and
    Director B of Korea"): at least two, and no other verb between them."""
    head = recipient.token
    if head is None or head.tag_ != "NNS" or head.lemma_.lower() not in GROUP_NOUNS:
        return []
    doc = head.doc
    end = head.right_edge.i + 1
    if end >= len(doc) or doc[end].text != ",":
        return []
    stop = head.sent.end
    toks = []
    for t in doc[end + 1:stop]:
        if t.pos_ == "VERB" or t.text in (";", ":"):
            break
        toks.append(t)
    people = _named(ctx, toks, "PERSON", exclude)
    return people if len(people) >= 2 else []


def _group_spelled_out(ctx: Context, trig: "Token", exclude: set) -> list[Party]:
    """The persons a plural group noun after "with" (or as the object) is spelled out as, right
    after it and to the end of its sentence ("met with his counterparts A of X, B of Y, and C of
    Z", no comma after the noun): at least two, stopping at a verb or a relative clause."""
    heads = [p for c in trig.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children if p.dep_ == "pobj"]
    heads += [c for c in trig.children if c.dep_ == "dobj"]
    group = next((h for h in heads if h.lower_.endswith("s") and h.lemma_.lower().rstrip("s") in GROUP_NOUNS), None)
    if group is None or group.i + 1 >= len(group.doc) or group.doc[group.i + 1].pos_ != "PROPN":
        return []  # ("counterparts, the ministers of A and B": spelled out after a comma, :func:`_listed_group`)
    toks = []
    for t in group.doc[group.i + 1:group.sent.end]:
        if (t.pos_ in ("VERB", "AUX") and t.dep_ != "compound") or t.text in (";", ":") or t.tag_ in ("WRB", "WP"):
            break
        toks.append(t)
    people = _named(ctx, toks, "PERSON", exclude)
    return people if len(people) >= 2 else []


def _nationality_members(ctx: Context, recipient: Party, actor: Party) -> list[Party]:
    """The governments of a plural group noun modified by coordinated nationality words, none
    of them named ("his French, British and German counterparts", "Philippine and Japanese
    officials"): each country met as a whole (the annotation codes unnamed officials by their
    country), other than the actor's own. Empty unless at least two countries."""
    head = recipient.token
    if head is None or recipient.entity is not None or head.tag_ != "NNS" or \
            head.lemma_.lower() not in GROUP_NOUNS:
        return []
    mods = [c for c in head.children if c.dep_ in ("amod", "compound") and c.i < head.i]
    mods += [k for m in list(mods) for k in m.subtree if k.dep_ == "conj" and k.i < head.i]
    out: list[Party] = []
    for m in sorted(set(mods), key=lambda t: t.i):
        ent = ctx.entity_at.get(m.i)
        if ent is None or ent.label not in ("NORP", "GPE"):
            continue
        who = ctx.party(m)
        code = who.country if who is not None else None
        if code and code != actor.country and all(code != p.country for p in out):
            out.append(Party(entity=None, country=code, token=head, name=code))
    return out if len(out) >= 2 else []


def _titled_group_members(ctx: Context, recipient: Party, actor: Party) -> list[Party]:
    """The governments of a capitalised plural title taken for an organisation, followed by
    the countries it serves ("the Deputy National Security Advisors of France, Germany, and
    the UK"): each country met as a whole (the officials are not named). Empty unless at least
    two countries other than the actor's own."""
    head = recipient.token
    if head is None or recipient.entity is None or recipient.entity.label != "ORG" or \
            not head.lower_.endswith("s") or head.lower_[:-1] not in GROUP_NOUNS:  # (tagged NNP or NNS)
        return []
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    first = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if first is None or first.i not in ctx.entity_at or ctx.entity_at[first.i].label != "GPE":
        return []  # (the countries themselves, not "leaders of the eleven other partner countries - A, B, ...")
    out: list[Party] = []
    for m in [first, *(k for k in first.subtree if k.dep_ == "conj")]:
        ent = ctx.entity_at.get(m.i)
        who = ctx.party(m) if ent is not None and ent.label == "GPE" else None
        if who is not None and who.country and who.country != actor.country and all(
                who.country != p.country for p in out):
            out.append(who)
    return out if len(out) >= 2 else []


def _subject_heads(trig: "Token") -> list["Token"]:
    """The subjects of ``trig`` and their conjuncts, in text order."""
    out = [c for c in trig.children if c.dep_ == "nsubj"]
    for t in list(out):
        # ("A, Director of X, and B, ... hosted": the parser may hang B on A's apposition)
        out.extend(k for k in t.subtree if k.dep_ == "conj" and (k.head in out or (
            k.head.dep_ == "appos" and k.head.head in out and k.pos_ == "PROPN")))
    return sorted(set(out), key=lambda t: t.i)


def _co_hosts(ctx: Context, trig: "Token", recipient: Party | None) -> list[tuple[Party, Party | None]] | None:
    """"A, B, and C (all) hosted their counterparts": each host is an actor of its own
    hosting (hosting is not reciprocal: the second host is not the first one's guest)."""
    hosts: list[Party] = []
    for head in _subject_heads(trig):
        party = ctx.party(head)
        if party is not None and party.entity is not None and all(party.entity is not h.entity for h in hosts):
            hosts.append(party)
    if len(hosts) < 2:
        return None
    obj = next((c for c in trig.children if c.dep_ == "dobj"), None)
    if obj is not None and any(c.dep_ == "poss" and c.lower_ == "their" for c in obj.children):
        return [(h, None) for h in hosts]  # "their counterparts": each host's own guests, none named
    guest = recipient
    if guest is not None and any(guest.entity is h.entity for h in hosts):
        guest = ctx.party(obj)
        if guest is not None and any(guest.entity is h.entity for h in hosts):
            guest = None
    return [(h, guest) for h in hosts]


def several_hosts(ctx: Context, trig: "Token") -> bool:
    """Whether a hosting verb has two or more named subjects ("A and B will host ...")."""
    return len({id(p.entity) for p in map(ctx.party, _subject_heads(trig)) if p is not None and p.entity is not None}) > 1


def counterparts(ctx: Context, trig: "Token", typ: str, actor: Party | None,
                 recipient: Party | None, host: bool = False) -> list[tuple[Party, Party]] | None:
    """The (actor, recipient) pairs of a consultation with several named counterparts.

    Args:
        ctx: The Doc's context.
        trig: The trigger token of a recorded event.
        typ: Its coded type (CONSULT, and a coordinated object for :data:`SPLIT_TYPES`).
        actor: Its actor as found.
        recipient: Its recipient as found (None when only a group was named).
        host: The trigger is a hosting verb ("hosted"): coordinated subjects are co-hosts.

    Returns:
        The pairs to record instead of the single event, or None to keep it as it is.
    """
    if actor is None or trig.i in ctx.quoted:
        return None
    if typ != "CONSULT":
        # "will work with A, B and C", "committed to working with A and B" (:mod:`.partner_lists`)
        verb = partner_word(trig, typ) or partner_complement(trig, typ)
        partners = verb is not None
        if typ in ("AID", "AGREE") and recipient is not None:  # "$5m to A, $3m to B" (:mod:`.gapped_grants`)
            others = gapped_recipients(ctx, trig, actor, recipient)
            if others:
                return [(actor, recipient), *((actor, p) for p in others)]
            if not partners and typ not in SPLIT_TYPES:
                return None  # (aid to a coordinated object is split below: "sent doses to A, B and C")
        if not (typ in SPLIT_TYPES or partners) or recipient is None:
            return None
        others = _coordinated_objects(ctx, trig, recipient, actor, labels=ONE_SIDED_LABELS, mixed=partners,
                                      verb=verb, parties=True)
        if not others and typ == "AID" and verb is None and trig.pos_ == "NOUN" and trig.dep_ == "dobj":
            # "sent aid to A and B": the list hangs on the verb the noun is the object of
            others = _coordinated_objects(ctx, trig, recipient, actor, labels=ONE_SIDED_LABELS, verb=trig.head, parties=True)
        return [(actor, recipient), *((actor, p) for p in others)] if others else None
    if host:
        hosts = _co_hosts(ctx, trig, recipient)
        if hosts is not None:
            return hosts
        # one host, several guests ("hosted Chancellor A and Prime Minister B"): one each below
    exclude = {actor.entity.id} if actor.entity is not None else set()
    spelled = _group_spelled_out(ctx, trig, exclude)
    if spelled and (recipient is None or recipient.entity is spelled[0].entity):
        return [(actor, p) for p in spelled]
    if recipient is None:
        sent = _participants_sentence(ctx, trig)
        if sent is not None:
            people = _named(ctx, sent, "PERSON", exclude)
            if len(people) >= 2:
                return [(actor, p) for p in people]
        return None
    listed = _listed_group(ctx, recipient, exclude)
    if listed:  # "spoke with his Japanese and Korean counterparts, A of Japan and B of Korea"
        return [(actor, p) for p in listed]
    others = _coordinated_objects(ctx, trig, recipient, actor)
    if others:
        return [(actor, recipient), *((actor, p) for p in others)]
    countries = _nationality_members(ctx, recipient, actor) or _titled_group_members(ctx, recipient, actor)
    if countries:  # "met his French, British and German counterparts": one government each
        return [(actor, p) for p in countries]
    if trig.lemma_.lower() not in MEETING_VERBS or \
            any(c.dep_ == "prep" and c.lower_ == "with" for c in trig.children):
        return None
    subj = next((c for c in trig.children if c.dep_ == "nsubj"), None)
    if subj is None or recipient.label == "PERSON":
        return None  # "President A of X, Chancellor B of Y and Prime Minister C of Z met": the first two persons
    countries = _named(ctx, sorted(subj.subtree, key=lambda t: t.i), "GPE", set())
    codes = [p.country for p in countries]
    if len(countries) < 3 or None in codes or len(set(codes)) < len(codes):
        return None
    home = next((p for p in countries if p.country == ctx.home_country), None)
    if home is None:
        home = _most_named(countries)
    if home is None:
        return None  # whose side the document reports is unknown: keep the first two as found
    return [(home, p) for p in countries if p is not home]


SPLIT_TYPES = frozenset({"SUPPORT", "ACCUSE", "REJECT", "SANCTION", "COERCE", "ASSAULT", "CONCEDE", "AID"})
"""one-sided acts aimed at each member of a coordinated object on its own ("praised A and B",
"condemned A and B", "sanctioned A and B", "detained A and B", "sent doses to A, B and C"): one
event per target, as PLOVER codes one target per event. A request, threat or agreement addressed to several parties
at once is one joint act ("urged A and B to agree a ceasefire", "signed a pact with A and B"),
and MOBILIZE/RETREAT name where forces go, not whom they are aimed at."""
ONE_SIDED_LABELS = frozenset({"PERSON", "GPE", "ORG", "NORP"})
"""entity labels a split object's members may have outside consultations (a people stands for its
government, as its country does: "the Israelis and the Palestinians"; it follows only a people)"""
PARTY_LABELS = frozenset({"GPE", "ORG"})
"""entity labels of governments and organisations: the targets of a one-sided act may mix them,
each a target of its own ("condemned Iran and Hezbollah"), while a person next to a country is usually
a title and its holder. (Organisations in consultation lists cost precision on the held back half, round 19.)"""


def _coordinated_objects(ctx: Context, trig: "Token", recipient: Party, actor: Party,
                         labels: frozenset[str] = frozenset({"PERSON", "GPE", "NORP"}), mixed: bool = False,
                         verb: "Token | None" = None, parties: bool = False) -> list[Party]:
    """The other named members of a coordinated object ("met Prime Minister A and Speaker B",
    "called the leaders of A, B and C"): each is a counterpart of its own. Only entities of
    ``labels`` (persons, countries and peoples for a consultation), each named by its own entity, of the
    first one's label (any of ``labels`` when ``mixed``: partners of a joint task), and distinct
    from the actor and the first one. ``verb`` is the verb whose object the list is, when not the
    trigger itself ("working" in "committed to working with A and B"); with ``parties``, countries
    and organisations (:data:`PARTY_LABELS`) may follow one another."""
    tok = recipient.token
    if tok is None or recipient.entity is None or recipient.entity.label not in labels \
            or recipient.entity.label == "NORP" and (tok.tag_ not in ("NNPS", "NNS") or recipient.country is None):
        return []  # (a people's adjective, "the Royal Australian Air Force", lists no peoples)
    if ctx.entity_at.get(tok.i) is not recipient.entity:
        # the party was found in the object's "of" complement ("the leadership of A and B")
        tok = next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children if p.dep_ == "pobj" and ctx.entity_at.get(p.i) is recipient.entity), tok)
    first = tok
    while first.dep_ == "conj":
        first = first.head
    if first.i != tok.i and first.dep_ == "pobj" and first.head.lower_ == "between" and getattr(actor.token, "i", -1) == first.i:
        tok = first  # "cooperation between A, B and C": A is the actor, B and C each a partner
    # the verb's own object ("met A and B", "met with A and B"), not a coordinated subject
    if not object_of(tok, verb if verb is not None else trig):
        return []
    seen = {recipient.entity.id}
    if actor.entity is not None:
        seen.add(actor.entity.id)
    titled = tok is not recipient.token  # "the Emir of Qatar and President Y": the title's conjuncts
    heads = (tok, recipient.token) if titled else (tok,)
    out: list[Party] = []
    listed = [t for h in heads for t in list_members(h)]  # "met A, B, C and D" (:mod:`.object_lists`)
    listed += [t for h in heads for t in semicolon_items(h) + misparsed_members(h, ctx.entity_at)]  # (:mod:`.listed_names`)
    listed += antecedent_group(tok, verb if verb is not None else trig)
    listed += appositive_list(tok) if mixed else []  # "with A, the B Forum, and C" (:mod:`.partner_lists`)
    repeated = set(repeated_preposition_objects(tok))  # "against A and against B": each its own party
    for conj in sorted(set(listed + misattached_objects(trig, tok)), key=lambda t: t.i):  # (a list hung on the verb)
        if _next_clause_subject(conj):
            continue  # "sent missiles to A and B condemned the move": B acts in a clause of its own
        if any(c.dep_ == "poss" for c in conj.children):
            # "and his counterpart, National Security Advisor C": the person in apposition is the member
            conj = next((c for c in conj.children if c.dep_ == "appos"
                         and getattr(ctx.entity_at.get(c.i), "label", None) == "PERSON"), None)
            if conj is None:
                continue  # "attacks against Israel and Russia's war": another act, not another target
        party = ctx.party(conj)
        if party is None or party.entity is None or party.entity.id in seen or \
                party.entity.label != recipient.entity.label and not (conj in repeated and party.entity.label in labels) and not (titled and party.entity.label == "PERSON") \
                and not (mixed and party.entity.label in labels) \
                and not (parties and ({party.entity.label, recipient.entity.label} <= PARTY_LABELS
                                      or _person_then_body(party, recipient))):
            continue  # (a person may follow a country named through its leader's title)
        if party.entity.label == "GPE" and party.country is not None and party.country == recipient.country \
                or party.entity.label == "NORP" and (conj.tag_ not in ("NNPS", "NNS") or party.country is None
                                                     or ctx.entity_at.get(conj.i) is not party.entity):
            continue  # "Munich, Germany": one party; "the Israelis and Lebanese government", "Republicans": no people
        seen.add(party.entity.id)
        out.append(party)
    return out


def _next_clause_subject(tok: "Token") -> bool:
    """Whether an object list's member is the subject of the next clause, coordinated into the list by
    the parser ("sent missiles to Kyiv and Moscow condemned the move": a subjectless finite verb follows)."""
    at = tok.i + 1  # (the member's own head word: a later member hangs in its subtree)
    first = tok
    while first.dep_ == "conj":
        first = first.head
    if at >= len(tok.doc) or first.dep_ not in ("pobj", "dobj"):
        return False  # (a list that is the verb's own subject, "A and B were condemned", goes on into its verb)
    nxt = tok.doc[at]
    return nxt.tag_ in ("VBD", "VBZ", "VBP", "MD") and nxt.dep_ not in ("aux", "auxpass") \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in nxt.children)


def _person_then_body(party: Party, first: Party) -> bool:
    """Whether ``party`` is an organisation listed after a person as another target of a one-sided
    act ("thanked President A and the United Nations", "praised Director B and her agency"): an
    organisation is never a person's title, so each is a target of its own."""
    return party.entity.label == "ORG" and first.entity.label == "PERSON"


def _most_named(countries: list[Party]) -> Party | None:
    """The government a document without a known home country reports a multilateral meeting
    from: the one among the parties it names most often, when one is named more often than
    every other (a readout names its own government throughout: "the United States will ...",
    "U.S. commitment"), else None."""
    counts = sorted(((len(p.entity.mentions) if p.entity is not None else 0, k) for k, p in enumerate(countries)),
                    reverse=True)
    if len(counts) < 2 or counts[0][0] <= counts[1][0]:
        return None
    return countries[counts[0][1]]


CO_ACTOR_TYPES = frozenset({"ASSAULT", "MOBILIZE", "SANCTION", "AID", "ACCUSE", "REQUEST", "THREATEN",
                            "COERCE", "SUPPORT", "REJECT", "RETREAT", "PROTEST", "CONCEDE"})
"""one-sided acts: a partner named "together with" the actor does the act too (in joint acts,
CONSULT/COOPERATE/AGREE, such a partner is the other side, found as the recipient)"""


def _companion(prep: "Token") -> "Token | None":
    """The object of "together with", "along with" or "alongside" (None for another preposition)."""
    low = prep.lower_
    if low == "with" and any(c.dep_ == "advmod" and c.lower_ == "together" for c in prep.children):
        return next((c for c in prep.children if c.dep_ == "pobj"), None)
    if low == "along":
        inner = next((c for c in prep.children if c.dep_ == "prep" and c.lower_ == "with"), None)
        return next((c for c in inner.children if c.dep_ == "pobj"), None) if inner is not None else None
    if low == "alongside":
        return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None


def co_actors(ctx: Context, verb: "Token", typ: str, actor: Party | None, subjects: bool = False) -> list[Party]:
    """Countries, organisations and persons named "together with", "along with" or "alongside"
    the actor of a one-sided act ("U.S. forces, together with the United Kingdom, conducted
    strikes", "Chile, along with Peru, imposed sanctions"): each is an actor of the act too
    (PLOVER lists all sources of a joint action). With ``subjects`` (the verb is the trigger),
    also the other named subjects of the verb (:func:`_co_subjects`)."""
    if typ not in CO_ACTOR_TYPES or actor is None or verb.i in ctx.quoted:
        return []
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    subj = subj if subj is not None or not subjects else controlling_subject(verb)  # "A and B continued to send"
    out: list[Party] = []
    for head in (verb, subj):
        if head is None:
            continue
        for prep in (c for c in head.children if c.dep_ == "prep"):
            obj = _companion(prep)
            party = ctx.party(obj) if obj is not None and obj.i in ctx.entity_at else None
            if party is None or party.entity is None or party.entity is actor.entity:
                continue
            if actor.entity is None and party.country == actor.country:
                continue
            if all(party.entity is not p.entity for p in out):
                out.append(party)
    joint = any(c.lower_ in ("jointly", "together") for c in verb.children)  # one joint act
    lead_in = verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].text == ":"  # "X and Y welcome:" a list's lead-in
    if subj is not None and (heading_between(subj, verb) or subj.lower_ in ("we", "they")):
        subjects = False  # a bullet's heading, or a pair already resolved ("we" of a joint statement)
    if subj is not None and subj.dep_ == "nsubjpass":
        subjects = False  # "A and B were detained by X": the subjects are whom the act is aimed at
    for party in (_co_subjects(ctx, subj, actor) if subjects and not joint and not lead_in else ()):
        if all(party.entity is not p.entity for p in out):
            out.append(party)
    for tok in comparative_subjects(verb) if subjects else ():  # "X condemned it, as did Y" (:mod:`.comparatives`)
        party = ctx.party(tok)
        if party is not None and party.country is not None and party.country != actor.country and all(
                party.country != p.country for p in out):
            out.append(party)
    return out


def light_sources(noun: "Token", typ: str) -> bool:
    """Whether each coordinated subject of the light verb of act noun ``noun`` is a source of its
    own ("A and B expressed concern"): not for a noun marked joint ("launched a joint appeal": one
    act), nor for exercises (MOBILIZE: "A and B held exercises" is one joint act)."""
    return typ != "MOBILIZE" and not any(c.dep_ == "amod" and c.lower_ == "joint" for c in noun.children)


def meeting_members(ctx: Context, verb: "Token", actor: Party | None, recipient: Party | None) -> list[Party]:
    """The other persons of one side named as co-subjects of a meeting with a third party
    ("Principal Deputy National Security Advisor A, Homeland Security Advisor B and Deputy
    Secretary C met with President X"): each of them met X, one CONSULT each (the development
    gold codes a delegation's meeting once per named member). Two subjects from different sides
    with no other party named are the reciprocal pair ("A and B met"), read elsewhere."""
    if actor is None or actor.entity is None or recipient is None or verb.i in ctx.quoted \
            or getattr(actor.entity, "label", None) != "PERSON":
        return []
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ in ("we", "they"):
        return []
    out: list[Party] = []
    tok, seen = subj, {subj.i}
    while True:
        nxt = coordinated_with(tok, ctx.entity_at)
        if nxt is None or nxt.i in seen:
            break
        seen.add(nxt.i)
        party = ctx.party(nxt) if nxt.i in ctx.entity_at else None
        if party is not None and party.entity is not None and getattr(party.entity, "label", None) == "PERSON" \
                and party.entity is not actor.entity and party.entity is not recipient.entity \
                and party.country is not None and party.country == actor.country \
                and all(party.entity is not p.entity for p in out):
            out.append(party)
        tok = nxt
    return out


def _co_subjects(ctx: Context, subj: "Token | None", actor: Party) -> list[Party]:
    """The other governments or organisations named with the actor as subjects of a one-sided
    act ("Russia and Iran condemned the strikes", "American and British warships struck"):
    each is a source of the act (PLOVER codes one event per source). Members of the actor's
    own side (a delegation: "Secretary A and Director B condemned") add no event."""
    if subj is None or actor.entity is None:
        return []
    out: list[Party] = []
    tok, seen = subj, {subj.i}
    while True:  # "A, B and C": each conj hangs on the one before (or all on the first)
        nxt = coordinated_with(tok, ctx.entity_at) or (modifier_conj(tok) if tok is subj else None)
        if nxt is None or nxt.i in seen:
            break
        seen.add(nxt.i)
        party = ctx.party(nxt) if nxt.i in ctx.entity_at and not heading_between(nxt, subj.head) else None
        if party is not None and party.entity is not None and party.entity is not actor.entity and (
                party.country is None or party.country != actor.country):
            out.append(party)
        tok = nxt
    later = [c for c in subj.children if c.dep_ == "conj" and c.i not in seen]  # all hung on the first
    for last in later + [c for c in subj.head.children if c.dep_ == "nsubj" and c.i > subj.i and c.i not in seen]:
        # "Ministers Roe, Lund, and Okafor condemned": the list's last name parsed as a second subject
        party = ctx.party(last) if last.i in ctx.entity_at and (last in later or broken_list(subj, last)) else None
        if party is not None and party.entity is not None and party.entity is not actor.entity and (
                party.country is None or party.country != actor.country) and all(party.entity is not p.entity for p in out):
            out.append(party)
    return out

