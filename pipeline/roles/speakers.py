"""Transcripts and signed documents: the offices speakers give themselves in the first person.

Transcripts of remarks, press briefings, gaggles and press calls mark each turn with a label in
capitals at the start of a line ("THE PRESIDENT:", "MS. JEAN-PIERRE:", "SECRETARY BLINKEN:",
"Q"); remarks with one speaker are titled after him or her ("Remarks by President Biden at ...");
memoranda and proclamations are signed by a name in capitals on the last line. A speaker names his
or her own offices in the first person: "I was a United States senator", "I speak today as
President of the United States", "as your Secretary of State, I ...", "the authority vested in
me as President". Each is a role of the speaker of that turn. A news story's quotation is read
the same way, its speaker named by the attribution (:mod:`.quoted`: '"I was a senator then," he
said').

A label is not a person by itself: it names the speaker only through a person the text names
(its surname: "MR. KIRBY" is the John Kirby of the title), or through the office a named person
holds ("THE PRESIDENT" is the one president of the speaker's own government the text names, when
there is exactly one). A questioner ("Q") and an unknown label ("MODERATOR:") have no known speaker.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.attrs import LOWER

from ..knowledge.wordlists import word_set
from ..names import is_given_name, without_article
from ..nlp import text as text_of
from ..syntax import governing_verb
from ..tokenarrays import token_indices
from ..transcripts import turn_labels
from .clauses import APPOINT_VERBS, subject_holder
from .past_leaders import leader_term_over
from .quoted import quoted_speakers
from .reader import Candidate, Reader, person_key, reader_for
from .resolver import holder, term_over
from .status import status_of, verb_status, years
from .corporate import government_corporation
from .titles import chunk, classify, institution_hint, is_private, split_title
from .title_speakers import AFTER_SPEAKER, BY, SPOKEN_TITLE

_LEADER_ROLES = frozenset({"head_of_state", "head_of_government"})

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..context import ArticleContext
    from ..entities import EntityIndex
    from ..records import Entity

_COURTESY = frozenset({"mr.", "ms.", "mrs.", "dr.", "mr", "ms", "mrs", "dr", "the", "madam", "mister"})
# Titles of one speaker's words ("Remarks by President Biden at ...", "Statement from ..."): :mod:`.title_speakers`
_SPOKEN_TITLE, _BY, _AFTER_SPEAKER = SPOKEN_TITLE, BY, AFTER_SPEAKER
_FIRST_PERSON = frozenset({"i", "me"})
_HOLD = frozenset({"be", "become", "remain", "serve"})
_NOT_HELD_AUX = frozenset({"will", "would", "could", "might", "may", "should", "shall", "ca", "can"})
# verbs of volition and expectation, whose infinitive is later than themselves ("I wanted to be a
# senator", "I hope to serve as ..."): an office wished for, not held
_PROSPECTIVE = word_set("dates", "prospective_words")
# objects that are other people: "asked him to be" (object control), not "left the Senate to become"
_OTHER_PERSONS = frozenset({"him", "her", "them", "you", "us"})
_SIGNATURE = re.compile(r"^[ \t]*(?P<name>[A-Z][A-Z.'’ -]+[A-Z.])[ \t]*\Z")


def label_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the turn labels of a transcript ("THE PRESIDENT:", "MR. KIRBY:"), none
    when the text has fewer than two (no transcript) unless the one is "THE ..." (one speaker's
    remarks). An office word in a label is no title of the words after the colon ("THE PRESIDENT:
    Chuck and I talk all the time")."""
    labels = turn_labels(text)
    found = [(lab.start, lab.end) for lab in labels]
    # one speaker's remarks have a single label, the office with its article ("THE PRESIDENT:
    # Reverend, clergy, ..."): no heading is written so
    return found if len(found) >= 2 or len(labels) == 1 and labels[0].text.startswith("THE ") else []


def speaker_roles(doc: "Doc", entities: "EntityIndex", cands: list[Candidate],
                  context: "ArticleContext") -> tuple[list[Candidate], list[tuple]]:
    """Roles the speakers of a transcript or signed document state of themselves.

    Args:
        doc: The processed Doc.
        entities: The index of the article's entities.
        cands: The candidates found so far (:func:`.linking.find_candidates`): the offices
            written with the speakers' names, which tell who "THE PRESIDENT" is.
        context: The article context (its title).

    Returns:
        New candidates, one per first-person office with a known speaker, in text order, and the
        known speakers ((entity, name) pairs).
    """
    body = text_of(doc)
    turns = _turns(body, cands, entities, context.published)
    if not turns:
        speaker = _single_speaker(body, cands, entities, context)
        turns = [(0, speaker)] if speaker is not None else []
    rd = reader_for(doc, entities)
    spans = [(c.start, c.end) for c in cands]
    taken = {(c.title_start if c.title_start >= 0 else c.start) for c in cands}
    out: list[Candidate] = []
    covered = -1
    starts = [t[0] for t in turns]
    quotes = quoted_speakers(rd)  # the speakers of "I" in a news story's quotations
    for i in rd.head_tokens():
        tok = doc[i]
        if i < covered or not rd.is_head(tok) or rd.is_person(tok):
            continue
        start, end = chunk(rd, tok, rd.block(tok))
        covered = end
        if end <= start or doc[start].idx in taken:
            continue
        named = _named_as(rd, start) or _coordinated_holder(rd, start)
        if named is not None:
            if any(lo <= doc[start].idx < hi for lo, hi in spans):
                continue  # linked already ("to nominate Jane Roe as Ambassador")
            verb, speaker = named[0], (named[1], named[1].name)
        else:
            at = doc[start].idx
            quote = next((q for q in quotes if q[0] <= at < q[1]), None)
            if quote is None and (not turns or at < starts[0]):
                continue
            verb = _first_person_verb(rd, start, end)
            if verb is None:
                continue
            if quote is not None:  # '"At the time, I was a senator," he said'
                speaker = (quote[2], quote[2].name)
            else:
                k = max(j for j, s in enumerate(starts) if s <= at)
                speaker = turns[k][1]
                if speaker is None:
                    continue
        title, country, org, company = split_title(rd, start, end, None)
        if not title or company or is_private(title) and not government_corporation(doc[end:end + 12].text):
            continue  # a company's post; "as Chief Executive Officer of the Millennium Challenge Corporation" is public
        role = classify(title, org, country)
        person, name = speaker
        mine = [c for c in cands if c.status == "current"
                and (c.person is person if person is not None else c.name == name)]
        own = any(c.role == role and c.title.lower() == title.lower() for c in mine)
        since = until = None
        if named is not None and named[0].pos_ in ("VERB", "AUX"):
            # "he served as A, B, and as C": the status the verb gives A, the years written after C ("from 2014 to 2016")
            sent = doc[start].sent
            since, until = years(body, doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text), (doc[start].idx, sent.end_char))
            status = status_of(doc, start, end) or verb_status(named[0], published=context.published,
                                                               clause_years=(since, until)) or "current"
        elif named is not None:
            # "support by President Biden as a senator": another office than the one he holds now
            status = status_of(doc, start, end) or ("former" if mine and not own else "current")
        else:
            # a President or Vice President holds no other office at once: another office the
            # speaker says was his ("I remember working as a senator") is a former one
            top = any(c.role == "head_of_state" or c.title.lower() == "vice president" for c in mine)
            status = status_of(doc, start, end) or (
                "current" if own or _your(doc, start) else
                "former" if top and not any(c.role == role for c in mine) else _tense_status(verb))
        ev_start = min(verb.i, start) if verb.i >= start - 8 else start
        last = doc[end - 1]
        out.append(Candidate(
            start=doc[ev_start].idx, end=last.idx + len(last.text), person=person, name=name, title=title,
            role=role, country=country or (None if org else rd.off.title_country(title)), organization=org if not country else None,
            hint=institution_hint(title), title_start=doc[start].idx, country_source="title" if country else None,
            status=status, since=since, until=until))
    if turns:
        out += _legislature_service(rd, turns, starts, cands)
    return out, [t[1] for t in turns if t[1] is not None]


# Legislatures a speaker says he or she served in ("when I was in the Senate"): the office is a
# seat in it (the annotation guide: a legislator).
_LEGISLATURES = frozenset({"senate", "congress", "parliament", "house"})


def _legislature_service(rd: Reader, turns: list, starts: list[int], cands: list[Candidate]) -> list[Candidate]:
    """Legislator roles of speakers who say they served in a legislature ("when I was in the
    Senate", "I served in Congress for 36 years"): former in a past clause, else current."""
    doc = rd.doc
    out = []
    for i in token_indices(doc, LOWER, _LEGISLATURES):  # the few tokens, not a loop over the doc
        tok = doc[i]
        if not tok.text[:1].isupper() or tok.dep_ != "pobj" \
                or tok.head.lower_ != "in" or tok.idx < starts[0]:
            continue
        if tok.lower_ == "house" and not (tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "of"):
            continue  # "the House of Representatives", not a house
        verb = _first_person_clause(tok.head.head)
        if verb is None or verb.lemma_.lower() not in _HOLD:
            verb = _own_time_in(tok.head.head)
            if verb is None:
                continue
        k = max(j for j, s0 in enumerate(starts) if s0 <= tok.idx)
        speaker = turns[k][1]
        if speaker is None:
            continue
        person, name = speaker
        start = min(verb.i, tok.head.i)
        # a time spent there is past unless a present verb speaks of it ("in my time in the Senate I
        # have seen", "dating back to my time in the Senate"); "I serve in the Senate" is held now
        status = _tense_status(verb) if verb.lemma_.lower() in _HOLD else (
            "current" if verb.tag_ in ("VBP", "VBZ") and _tense_status(verb) == "current" else "former")
        out.append(Candidate(start=doc[start].idx, end=tok.idx + len(tok.text), person=person, name=name,
                             title=tok.text, role="legislator", country=None, organization=None,
                             title_start=tok.idx, status=status))
    return out


# The time or service a speaker spent in a legislature, written as a noun the speaker possesses
# ("during my time in the Senate", "our six years together in the Senate", "my 36 years in Congress")
_SPAN_NOUNS = frozenset({"time", "year", "years", "day", "days", "decade", "decades", "term", "terms", "service",
                         "tenure", "career"})


def _own_time_in(head: "Token") -> "Token | None":
    """The verb of the clause whose speaker's own time in a legislature ``head`` is ("I learned
    that during my time in the Senate": "learned"), when ``head`` (the noun the legislature's "in"
    hangs on, or "together" after it) is such a noun with "my" or "our"; else None. The verb's
    tense gives the status (a past verb: the seat was left)."""
    if head.lower_ == "together" and head.dep_ == "advmod":
        head = head.head
    if head.lower_ not in _SPAN_NOUNS or not any(c.dep_ == "poss" and c.lower_ in ("my", "our") for c in head.children):
        return None
    return governing_verb(head.head, hops=3)


def _tense_status(verb: "Token") -> str:
    """Status of a first-person office from its verb: an office in a past or perfect clause ("I
    was a senator", "I've spoken here as a senator") is former; else current ("I speak today as
    President"). The speaker's own current office is current whatever the tense (the caller)."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in aux) or verb.tag_ == "VBN" and any(
            a.lemma_ == "have" for a in aux):
        return "former"
    return "current"


def _first_person_verb(rd: Reader, start: int, end: int) -> "Token | None":
    """The verb of a clause whose subject is the speaker ("I") when the title [start, end) is its
    complement ("I was a senator") or an "as" phrase of it ("I speak as President", "as your
    Secretary of State, I ...", "the authority vested in me as President"); None otherwise, and
    for offices hoped for or supposed ("I will be", "if I were")."""
    doc = rd.doc
    root = doc[start:end].root
    as_tok = _as_before(doc, start)
    if as_tok is None and root.dep_ == "pobj" and root.head.lower_ == "as" and root.head.i < start \
            and not _as_well_as(doc, root.head.i):
        as_tok = root.head
    if as_tok is None and root.dep_ == "attr" and root.head.lemma_.lower() in _HOLD:
        verb = root.head
    elif as_tok is not None:
        verb = _coordinated_as(rd, as_tok).head
        if verb.i == as_tok.i:
            return None
        if verb.pos_ in ("NOUN", "PROPN"):
            if any(c.dep_ == "poss" and c.lower_ == "my" for c in verb.children):
                return verb  # "my years as senator"
            if verb.dep_ not in ("npadvmod", "dobj"):
                return None
            verb = verb.head  # "I came here many times as a senator": the parser hangs "as" on "times"
        if any(c.dep_ == "prep" and any(p.lower_ in _FIRST_PERSON for p in c.children if p.dep_ == "pobj")
               and c.i < as_tok.i for c in verb.children):
            return verb  # "the authority vested in me as President"
    else:
        return None
    return _first_person_clause(verb)


def _first_person_clause(verb: "Token") -> "Token | None":
    """``verb`` (or the verb it depends on) when its subject is "I" and it states a fact (no
    "will"/"would"/"if"), else None."""
    for _ in range(4):
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            if subj.lower_ not in _FIRST_PERSON:
                return None
            if any(c.dep_ == "aux" and c.lower_ in _NOT_HELD_AUX for c in verb.children) \
                    or any(c.dep_ == "mark" and c.lower_ == "if" or c.dep_ in ("mark", "advmod")
                           and c.lower_ in _FUTURE_MARKS and c.i < verb.i and verb.tag_ in ("VBP", "VBZ")
                           for c in verb.children):
                return None  # "if I were", "when I am president": an office supposed or to come
            return verb
        if verb.dep_ not in ("xcomp", "conj", "advcl", "acomp", "ccomp") or verb.head.i == verb.i:
            return None
        if verb.dep_ == "xcomp" and (any(c.dep_ == "dobj" and (c.lower_ in _OTHER_PERSONS or c.ent_type_ == "PERSON")
                                         for c in verb.head.children) or verb.head.lemma_.lower() in _PROSPECTIVE):
            return None  # "I asked him to be the ambassador" (the object is to hold it), "I wanted to be"
        verb = verb.head
    return None


# Conjunctions whose present-tense clause speaks of a time to come ("when I am president",
# "once I am elected", "until I am governor").
_FUTURE_MARKS = frozenset({"when", "whenever", "once", "until", "unless", "after", "before"})
_BEFORE_AS = frozenset({"a", "an", "the", "your", "my", "our", "former", "then", "new", "-"})
"""Words between "as" and a title: determiners, the possessives of the speakers' addresses ("as our
new envoy") and status words."""


def _as_before(doc: "Doc", start: int) -> "Token | None":
    """The "as" right before a title, over its determiner and status words ("as a former Under
    Secretary": the parser may not hang the title on it)."""
    j = start - 1
    while j >= 0 and j > start - 4 and doc[j].lower_ in _BEFORE_AS:
        j -= 1
    if j >= 0 and _as_well_as(doc, j):
        return None  # "as well as the Taoiseach": the conjunction, not the role "as"
    return doc[j] if j >= 0 and doc[j].lower_ == "as" else None


def _as_well_as(doc: "Doc", i: int) -> bool:
    """Whether token ``i`` is the last "as" of the conjunction "as well as"."""
    return i >= 2 and doc[i].lower_ == "as" and doc[i - 1].lower_ == "well" and doc[i - 2].lower_ == "as"


def _named_as(rd: Reader, start: int) -> "tuple[Token, Entity] | None":
    """(name token, PERSON entity) of "NAME as TITLE" where the "as" phrase hangs on the name
    itself ("support from President Biden as a senator"); None otherwise."""
    as_tok = _as_before(rd.doc, start)
    if as_tok is None:
        return None
    doc = rd.doc
    head = as_tok.head
    if head.i == as_tok.i or rd.person_at(head) is None:
        # a line break may cut the sentence before "as": the name written right before it
        j = as_tok.i - 1
        while j >= 0 and doc[j].is_space:
            j -= 1
        head = doc[j] if j >= 0 else as_tok
    person = rd.person_at(head) if head.i < as_tok.i and as_tok.i - head.i <= 2 else None
    if person is None or person.label != "PERSON":
        return None
    if any(t.lemma_.lower() in APPOINT_VERBS for t in doc[max(head.i - 8, 0):head.i]):
        return None  # "to nominate Jane Roe as Ambassador": a nomination, read by the linker
    return head, person


def _coordinated_holder(rd: Reader, start: int) -> "tuple[Token, Entity] | None":
    """(verb, PERSON entity) for the last of coordinated "as" phrases whose first is an office of
    a named person or a pronoun standing for one ("when he served as National Security Advisor,
    Chairman of the Joint Chiefs of Staff, and as Secretary of State"): the parser may hang the
    last on another clause."""
    as_tok = _as_before(rd.doc, start)
    if as_tok is None:
        return None
    first = _coordinated_as(rd, as_tok)
    verb = first.head
    if first.i == as_tok.i or verb.pos_ not in ("VERB", "AUX"):
        return None
    found = subject_holder(rd, verb)
    if found is None:
        return None
    person = rd.person_at(rd.doc[found[0][1] - 1])
    return None if person is None or person.label != "PERSON" else (verb, person)


def _coordinated_as(rd: Reader, as_tok: "Token") -> "Token":
    """The first "as" of "served as A, B, and as C" when ``as_tok`` is the coordinated one: the
    parser may hang the second on the main clause ("I worked with him when he served as ..., and
    as Secretary of State"), whose subject is someone else."""
    doc = rd.doc
    if as_tok.i < 2 or not any(t.dep_ == "cc" for t in doc[as_tok.i - 2:as_tok.i]):
        return as_tok
    s0 = rd.sentence(as_tok.i)[0]
    prev = next((t for t in reversed(doc[s0:as_tok.i - 1]) if t.lower_ == "as" and t.dep_ == "prep"), None)
    return prev if prev is not None else as_tok


def _your(doc: "Doc", start: int) -> bool:
    """"as your Secretary of State": the office the speaker holds for the audience now."""
    return start > 0 and doc[start - 1].lower_ == "your"


def _turns(body: str, cands: list[Candidate], entities: "EntityIndex",
           published: str | None = None) -> list[tuple[int, tuple | None]]:
    """(start offset, speaker) of each labelled turn; the speaker is (entity, name) or None.
    Empty when the text has fewer than two labels (no transcript), except a speech whose one
    label is an office of the office ontology ("THE PRESIDENT:" before a whole address) or names
    a person the text names ("MR. KIRBY:" opening an excerpt of a briefing)."""
    matches = turn_labels(body)
    if len(matches) == 1:
        lab = matches[0].text
        office = " ".join(w for w in lab.lower().split() if w not in _COURTESY)
        if lab != "Q" and _name_words(lab):
            # an excerpt with one speaker's turn ("PRESIDENT BIDEN:  ... when I was vice president"):
            # a label naming a person the text names is a speaker; "FACT SHEET:", "SUBJECT:" name no one
            speaker = _label_speaker(lab, matches[0].start, cands, entities, set(), published, body.find("\n"))
            return [(matches[0].start, speaker)] if speaker is not None else []
        if lab == "Q" or not office or not classify(office):
            return []
    elif len(matches) < 2:
        return []
    labels = [m.text for m in matches]
    named = {w for lab in labels for w in _name_words(lab)}
    turns = []
    for m, lab in zip(matches, labels):
        turns.append((m.start, _label_speaker(lab, m.start, cands, entities, named, published, body.find("\n"))))
    return turns


def _name_words(label: str) -> list[str]:
    """The words of a label that are no courtesy or office words ("MR. KIRBY" -> ["kirby"]), without
    the Arabic article written apart ("AMIR AL THANI" -> ["thani"], :func:`pipeline.names.without_article`)."""
    from ..knowledge.offices import load_offices

    off = load_offices()
    return without_article([w for w in label.lower().split() if w not in _COURTESY and w not in off.heads
                            and w not in off.modifiers and w not in off.connectors])


def _label_speaker(label: str, at: int, cands: list[Candidate], entities: "EntityIndex",
                   named: set[str], published: str | None = None, head_end: int = -1) -> tuple | None:
    """The person a turn label names: by surname, a PERSON the text names; by office alone ("THE
    PRESIDENT"), the one holder of that office written with a name who is not the named speaker of
    another label ("PRESIDENT YOON:" beside "THE PRESIDENT:"; of several, the one the title line
    names, ``head_end`` its end), else the one person the text names
    whom the office-holder table gives that office on the publication date ("the Obama-Biden
    administration" in remarks of 2021). None when unknown or ambiguous."""
    if label == "Q":
        return None
    words = _name_words(label)
    if words:
        key = frozenset(words)
        hits = {e.id: e for e in entities.entities if e.label == "PERSON" and key <= person_key(e.name)}
        if len(hits) > 1:  # "PRESIDENT BIDEN:" where the text also names Dr. Jill Biden: the one of that office
            hits = _holding(label, words, hits, cands, published)
        if len(hits) == 1:
            ent = next(iter(hits.values()))
            return ent, ent.name
        return None
    office = " ".join(w for w in label.lower().split() if w not in _COURTESY)
    if not office:
        return None
    holders = {}
    role = classify(office)
    for c in cands:
        if c.title.lower() == office and c.status == "current" and not (person_key(c.name) & named) \
                and not leader_term_over(c.name, c.role, published) \
                and not _leads_then(c.name, role, published):  # "President Truman" in a 2023 speech
            holders.setdefault(c.person.id if c.person else c.name, c)
    if not holders and published and role:
        # a lone given name ("Emmanuel", a guest greeted by first name) is no surname of the table
        table = {e.id: e for e in entities.entities if e.label == "PERSON" and not (person_key(e.name) & named)
                 and not (len(e.name.split()) == 1 and is_given_name(e.name))
                 and (hit := holder(e.name, role, published)) is not None and hit[1] == role
                 and not term_over(e.name, role, hit[0], published)}
        if len(table) == 1:
            ent = next(iter(table.values()))
            return ent, ent.name
    if len(holders) > 1 and head_end > 0:
        # "Press Gaggle by President Biden | ...": of two presidents the text names, the title's speaks
        holders = {k: c for k, c in holders.items() if c.start < head_end} or holders
    if len(holders) != 1:
        return None
    c = next(iter(holders.values()))
    return c.person, c.name


def _holding(label: str, words: list[str], hits: dict, cands: list[Candidate], published: str | None) -> dict:
    """Of the persons a label's surname fits, those holding the label's office ("PRESIDENT" of
    "PRESIDENT BIDEN"): by an office written with the name, else the office-holder table on the
    publication date. All of them when the label has no office word."""
    office = " ".join(w for w in label.lower().split() if w not in _COURTESY and w not in words)
    role = classify(office) if office else None
    if not role:
        return hits
    held = {k: e for k, e in hits.items() if any(c.role == role and c.person is not None and c.person.id == k
                                                  for c in cands)}
    if not held and published:
        held = {k: e for k, e in hits.items() if (hit := holder(e.name, role, published)) is not None and hit[1] == role}
    return held or hits


def _leads_then(name: str, role: str | None, published: str | None) -> bool:
    """Whether the office-holder table makes ``name`` a head of state or government on the
    publication date while the label's office is another ("as Vice President, Joe Biden led ..."
    in remarks of 2021 by "THE VICE PRESIDENT": a sitting president is not the vice president)."""
    hit = holder(name, None, published) if published else None
    return hit is not None and hit[1] in _LEADER_ROLES and role not in _LEADER_ROLES


def _single_speaker(body: str, cands: list[Candidate], entities: "EntityIndex",
                    context: "ArticleContext") -> tuple | None:
    """The one speaker of an untranscribed text: the one person with an office in a title of one
    speaker's words ("Remarks by President Biden at ..."), else the signer of a text signed by a
    name in capitals on its last line."""
    title = (context.title or "").strip()
    if title and _SPOKEN_TITLE.match(title) and body.startswith(title[:20]):
        end = body.find("\n")
        end = end if end > 0 else len(body)
        # the speaker is named after "by"/"of"/"from", before the subject ("... on the Passing of
        # General Colin Powell") or the place ("... at a Rally | Reno, NV")
        by = _BY.search(body, 0, end)
        lo = by.end() if by else 0
        stop = _AFTER_SPEAKER.search(body, lo, end)
        hi = stop.start() if stop else end
        people = {c.person.id if c.person else c.name: c for c in cands if lo <= c.start < hi}
        if len(people) == 1:
            c = next(iter(people.values()))
            return c.person, c.name
        if people:
            return None
    last = body.rstrip().rsplit("\n", 1)[-1]
    m = _SIGNATURE.match(last)
    if m is None:
        return None
    key = person_key(m.group("name"))
    hits = {e.id: e for e in entities.entities if e.label == "PERSON" and key and person_key(e.name) == key}
    if len(hits) != 1:
        return None
    ent = next(iter(hits.values()))
    return ent, ent.name
