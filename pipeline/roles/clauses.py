"""Titles linked through the clause: biographies and nominations.

Biographies, profiles and nomination announcements name offices away from the holder's name:
"He previously served as Under Secretary of Defense", "Moultrie retired as the NSA's Director
of Operations", "President Biden intends to nominate Jane Smith to be Ambassador to Chile",
"Bush nominated him as ambassador to Georgia". The title's place in the parse says who holds
it: the subject of "serve as"/"be"/"retire as", the object of "nominate ... for/as/to be", or
the person the title is attached to by a preposition ("Michael Brown for Under Secretary of
Defense"). A pronoun stands for the nearest earlier person who was a sentence subject (the
subject of the biography), else the nearest earlier person.
"""

from __future__ import annotations

import re

from typing import TYPE_CHECKING

from ..knowledge.wordlists import word_set
from ..nlp import text as text_of
from .copula import held_directly
from .lists import postings_after
from .reader import Reader
from .status import governor
from .office_taking_nouns import taking_office_link
from .public_list_items import public_list_item
from .time_clause_offices import time_clause_office
from .title_speakers import title_speaker_span

if TYPE_CHECKING:
    from spacy.tokens import Token

_APPOINT = word_set("roles", "appoint_verbs")  # "He was sworn in as a Commissioner"
APPOINT_VERBS = _APPOINT
"""Verbs whose object is named to an office ("nominate", "appoint", "name", "swear" in)."""
_ELECT = frozenset({"elect", "re-elect", "reelect"})
_HOLD = word_set("roles", "serve_verbs")
_PRONOUNS = frozenset({"he", "she", "him", "her"})
_SUBJECT = ("nsubj", "nsubjpass")
_LOOKBACK = 400  # tokens searched for a pronoun's antecedent
# Office nouns a briefing makes the subject of a sentence with "the" and no name ("the
# President answered", "the Secretary said"): a person mentioned, so a pronoun after it most likely
# stands for that holder, not for a person named before (English definite reference to a unique holder)
# Contractions of "be" written with the typographic apostrophe ("Jane Roe, who’s the Assistant
# Secretary"): the model's tag rules give the straight forms ("'s", "'re", "'m") the lemma "be"
# and leave the curly ones as written, and the tagger often reads a curly "’s" as VBP
_CURLY_BE = frozenset({"’s", "’re", "’m"})


def clause_lemma(verb: "Token") -> str:
    """The lemma of a clause's verb, "be" for a curly contraction of it."""
    if verb.lower_ in _CURLY_BE and verb.tag_ in ("VBZ", "VBP"):
        return "be"
    return verb.lemma_.lower()


_UNNAMED_HOLDERS = frozenset({"president", "secretary", "governor", "senator", "ambassador", "minister",
                              "chancellor", "premier", "mayor", "speaker", "chairman", "chairwoman", "congressman",
                              "congresswoman", "general", "admiral"})
# Prepositions that put a second party beside, against or in comparison with a person ("Ana Ruiz,
# together with the President of Chile", "Roe, alongside the Prime Minister"): the title after
# one is that other party's, never an office of the person the phrase hangs off.
_OTHER_PARTY = frozenset({"with", "alongside", "beside", "besides", "against", "between", "among", "amongst",
                          "than", "without", "like", "unlike", "versus", "vs.", "toward", "towards"})


def clause_link(rd: Reader, start: int, end: int) -> tuple[tuple[int, int], "Token", int] | None:
    """The holder of a title not written next to a name: (name token range, governing verb or
    the linking token, first token of the evidence: the name or the pronoun standing for it),
    or None when the clause names no one."""
    doc = rd.doc
    root = doc[start:end].root
    if root.dep_ == "pobj" and root.head.dep_ == "agent" or any(
            t.dep_ == "pobj" and t.head.dep_ == "agent" and t.head.i < start for t in doc[start:end]):
        # "was appointed by the Governor as Chair": a passive's agent is the appointer, not the
        # subject; so when the title read runs on past it ("by the Governor to the State Board")
        return None
    tok = root
    for _ in range(4):  # "Michael Brown for Under Secretary": a person the title hangs off
        if tok.dep_ in ("pobj", "attr", "appos", "conj") or tok.dep_ == "prep":
            if tok.dep_ == "prep" and tok.lower_ in _OTHER_PARTY:
                return None
            dep, tok = tok.dep_, tok.head
            if dep == "appos" and tok.pos_ == "VERB" and tok.lemma_.lower() in _APPOINT:
                return None  # "Macron names new foreign minister": the office is the verb's object, the subject appoints
            if dep == "conj" and (rd.is_person(tok) or tok.lower_ in _PRONOUNS):
                # "talks between Alan Brody and Chad's defence minister", "he and the Taoiseach
                # were unable to meet": two people, the title is the other one's
                return None
            if rd.is_person(tok) and not (start <= tok.i < end):
                name = _name_range(rd, tok)
                return name, tok, name[0]
            continue
        break
    if (taken := taking_office_link(rd, root, _antecedent, _name_range)) is not None:
        return taken  # "congratulated Roe on her election as President": whose election it is
    verb, preps = governor(root)
    if verb is None:
        return None
    if preps and preps[-1] == "as" and root.head.dep_ == "prep" and root.head.i < verb.i \
            and verb.lemma_.lower() not in _APPOINT and not (start + 1 == end and doc[start].is_lower):
        # "As deputy finance minister from 2004 to 2006, Okonkwo oversaw ...": a fronted "as"
        # phrase names an office of the clause's subject, whatever the verb
        holder = _subject(verb)
        if holder is not None and holder.lower_ in _PRONOUNS:
            pron, holder = holder, _antecedent(rd, holder)
            return None if holder is None else (_name_range(rd, holder), verb, min(pron.i, start))
        if holder is not None and rd.person_at(holder) is not None:
            name = _name_range(rd, holder)
            return name, verb, min(name[0], start)
        return None
    # "nominate X to be Y": the title hangs off "be", which hangs off "nominate"
    while verb.dep_ in ("xcomp", "ccomp", "advcl") and verb.lemma_.lower() in _HOLD \
            and verb.head.lemma_.lower() in _APPOINT:
        verb = verb.head
    lemma = clause_lemma(verb)
    if lemma in _APPOINT:
        if root.dep_ == "nsubj" and root.head.i == verb.i:
            return None  # "The President named Jane Roe to ...": the title names who appoints
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or verb.tag_ == "VBN" \
            and verb.dep_ == "advcl"
        # the parser may make the appointee an object predicate ("named Jane Roe as his ...": oprd)
        holder = _child(verb, ("nsubjpass",) if passive else ("dobj", "oprd"))
        if holder is not None and holder.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
            holder = verb.head  # "Jane Roe, who was appointed foreign secretary in 2019, ...": the relative's noun
        if holder is None and passive and verb.dep_ == "advcl":
            holder = _subject(verb.head)  # "Ruiz testified ... when nominated for the post of ..."
        if holder is None and verb.tag_ == "VBN" and verb.dep_ == "acl" and rd.person_at(verb.head) is not None:
            holder = verb.head  # "Jane Roe, named on Monday as the next envoy to ...": the noun the participle modifies
    elif lemma in _ELECT and any(c.dep_ == "auxpass" for c in verb.children) and verb.tag_ == "VBN" \
            and not any(c.tag_ == "MD" for c in verb.children) and root.head.i == verb.i \
            and root.dep_ in ("oprd", "attr", "dobj") and not any(c.lower_ in ("a", "an") for c in root.children):
        # "Jane Roe was elected president of Chile": an election won is an office taken ("we will
        # elect Jane Roe president" is a hope, no office; "was elected a shop steward and later ..."
        # a rank in a body, and the titles joined to it are read by their own frames)
        holder = _child(verb, ("nsubjpass",))
        if holder is not None and holder.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
            holder = verb.head
    elif lemma in _HOLD and held_directly(doc[start:end], verb) or lemma in _TAKE_POST and _post_noun(root) \
            or (lemma in LEAVE_AS or lemma in _TAKE_POST and _takes_post_as(verb)) and preps and preps[-1] == "as" \
            and root.head.head.i == verb.i:
        first = _first_to_hold(verb)
        if first is not None:
            verb, holder = first  # "Jane Roe was the first woman to serve as X": the copula's tense is the office's
        else:
            holder = _before_infinitive(rd, verb) or _gerund_subject(verb) \
                or (None if _object_controlled(rd, verb) else _subject(verb)) or _gerund_object(verb)
    else:
        return None
    if holder is None:
        return None
    if start + 1 == end and doc[start].is_lower and not postings_after(rd, end, rd.sentence(start)[1]) \
            and not time_clause_office(doc[start], verb) \
            and not public_list_item(rd, doc[start]):  # "when X was governor": a public office held then
        return None  # "he was chairman": a bare office word in a biography says not which office
    if holder.lower_ in _PRONOUNS:
        pron = holder
        holder = _antecedent(rd, pron)
        if holder is None:
            return None
        return _name_range(rd, holder), verb, min(pron.i, start)
    if rd.person_at(holder) is None and verb.dep_ == "relcl":
        # "Jane Roe, the EU's envoy, who served as Prime Minister of X", "Our envoy, Jane Roe, who
        # was Mayor of X": the relative's noun is a title apposed to the person
        holder = holder.head if holder.dep_ == "appos" and rd.person_at(holder.head) is not None else next(
            (c for c in holder.children if c.dep_ == "appos" and rd.person_at(c) is not None), holder)
    if rd.person_at(holder) is None:
        return None
    name = _name_range(rd, holder)
    return name, verb, min(name[0], start)


# Nouns naming an office as a post ("held the position of Director of ...", "took up the post of
# ambassador"), and the verbs that hold, take or leave one: only with such a noun, so that "held
# talks with Foreign Minister X" gives the subject no office.
# Verbs of leaving an office or being removed from it, written with "as" + the office ("stepped
# down as foreign secretary", "quit as envoy", "was sacked as defence minister"): the subject held it.
LEAVE_AS = word_set("roles", "leave_as_verbs")
_POST_NOUNS = word_set("roles", "post_nouns")
_TAKE_POST = word_set("roles", "take_post_verbs")


def _post_noun(root: "Token") -> bool:
    """Whether a title is "the position/post/role of" it ("the position of Director of ...")."""
    of = root.head
    return root.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() in _POST_NOUNS


_RANKING = frozenset({"first", "second", "third", "only", "youngest", "oldest"})


def _first_to_hold(verb: "Token") -> "tuple[Token, Token] | None":
    """(The copula, its subject) when an infinitive of holding modifies a ranked noun after a
    past copula: "Jane Roe was the first woman to serve as Speaker" (a record of an office held).
    Not an unranked noun ("she was the right person to serve as Secretary": a recommendation), nor
    "the last" ("the last surviving person to serve as"), nor a present copula, whose record says
    not whether the office is held now ("she is the first woman to serve as Secretary")."""
    noun = verb.head
    if verb.dep_ not in ("relcl", "acl") or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children) \
            or noun.dep_ != "attr" or noun.head.lemma_ != "be" or noun.head.tag_ != "VBD" \
            or not any(c.dep_ == "amod" and c.lower_ in _RANKING for c in noun.children):
        return None
    if any(c.tag_ == "MD" and c.lower_ not in ("will", "shall", "'ll") for c in noun.head.children):
        return None  # "would be the first to serve as X": a nominee's prospect, not a record
    subject = _subject(noun.head)
    return (noun.head, subject) if subject is not None else None


def _takes_post_as(verb: "Token") -> bool:
    """Whether a verb of taking a post has the post for its object or "over" for its particle, so
    that its "as" phrase names the office taken ("took office as Chancellor", "assumed the post as
    Minister", "took over as Director"); "took part as an observer" takes no post."""
    return verb.lemma_.lower() in ("take", "assume") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _POST_NOUNS and not c.tag_ == "NNS" or c.dep_ == "prt" and c.lower_ == "over"
        for c in verb.children)


def _child(verb: "Token", deps: tuple[str, ...]) -> "Token | None":
    return next((c for c in verb.children if c.dep_ in deps), None)


def _subject(verb: "Token") -> "Token | None":
    """The subject of a verb, or of the verb it is coordinated with ("He retired ... and later
    served as ...")."""
    for _ in range(3):
        subj = _child(verb, _SUBJECT)
        if subj is not None and subj.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
            return verb.head  # "Sir Peter Hale, who served as ...": the relative clause's noun
        if subj is not None:
            return subj
        if verb.dep_ == "acl" and verb.head.pos_ in ("PROPN", "NOUN"):
            return verb.head  # "the selection of Jane Smith to serve as ...": the noun the clause modifies
        if verb.dep_ not in ("conj", "xcomp", "advcl") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _gerund_object(verb: "Token") -> "Token | None":
    """The object of the verb a gerund without a subject hangs off through a preposition
    ("congratulated Jane Roe on becoming Prime Minister", "thanked him for serving as envoy"):
    who becomes or serves is the one congratulated or thanked; else None."""
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or verb.head.dep_ != "prep" or verb.head.head.pos_ != "VERB":
        return None
    return _child(verb.head.head, ("dobj",))


# Prepositions that hang a biography's gerund of service off its clause ("including serving as",
# "after serving as"); a gerund "include(s)" takes as its object names the career it lists
_GERUND_PREPS = frozenset({"including", "after", "while", "besides", "before"})
_GERUND_NOUN_PREPS = frozenset({"after", "before", "during"})
# a private body named by its common noun in the frame ("held numerous positions in the school, including")
_PRIVATE_NOUN = re.compile(r"\b(?:the|a|its|his|her|their)\s+(?:school|university|college|firm|company|museum|hospital|"
                           r"foundation|bank|church|charity)\b", re.IGNORECASE)


def _gerund_subject(verb: "Token") -> "Token | None":
    """Whose service a gerund without a subject tells in a biography: "Jane Roe has three decades of
    experience, including serving as X" (the clause's subject), "Jane Roe's career includes serving as
    X" (the possessor of the subject noun; "Her career": the pronoun), "after an earlier period serving
    as X" (the subject of the clause the period belongs to); else None."""
    if verb.tag_ != "VBG" or _child(verb, _SUBJECT) is not None:
        return None
    head = verb.head
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ in _GERUND_PREPS:
        from .bio_list_posts import frame_names_private_body  # read lazily: it reads the roles words

        frame = verb.doc[verb.sent.start:head.i].text
        if frame_names_private_body(frame) or _PRIVATE_NOUN.search(frame):
            return None  # "held several positions at Purdue University, including serving as Chair of X": the university's
        main = head.head
    elif verb.dep_ == "acl" and head.dep_ == "pobj" and head.head.lower_ in _GERUND_NOUN_PREPS:
        main = head.head.head
    elif verb.dep_ in ("xcomp", "dobj", "ccomp") and head.lemma_.lower() == "include":
        main = head
    else:
        return None
    for _ in range(3):  # ("decades of experience, including ...": the noun's verb)
        if main.pos_ in ("VERB", "AUX") or main.head.i == main.i:
            break
        main = main.head
    subj = _subject(main) if main.pos_ in ("VERB", "AUX") else None
    if subj is not None and subj.pos_ == "NOUN":
        return _child(subj, ("poss",))  # "Jane Roe's government career includes ...", "Her career ..."
    return subj


def _before_infinitive(rd: Reader, verb: "Token") -> "Token | None":
    """The person named right before an infinitive without a subject ("the selection of Jane
    Smith to serve as ...", "Jane Roe to serve as Acting Administrator"), else None."""
    to = next((c for c in verb.children if c.dep_ == "aux" and c.tag_ == "TO" and c.i == verb.i - 1), None)
    if to is None or to.i == 0:
        return None
    prev = rd.doc[to.i - 1]
    return prev if rd.person_at(prev) is not None else None


def _object_controlled(rd: Reader, verb: "Token") -> bool:
    """Whether an infinitive without a subject hangs off a verb with a person as its object
    ("congratulated him on his election to become Prime Minister", "asked her to serve as
    chair"): who is to hold the office is the object, or someone the clause names after it, not
    the subject of the verb above; left unlinked rather than given to that subject."""
    if verb.dep_ not in ("advcl", "xcomp") or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return False
    obj = _child(verb.head, ("dobj",))
    return obj is not None and (obj.lower_ in _PRONOUNS or rd.person_at(obj) is not None)


def _antecedent(rd: Reader, pron: "Token") -> "Token | None":
    """The person a pronoun stands for: the one person named earlier in the pronoun's own sentence,
    outside its clause ("When I lost my son Jim, he was ..."; none when several are, and no
    pronoun precedes it), else
    the nearest earlier person mentioned as a subject before the pronoun's sentence (none when
    another person is named in a sentence after that subject's), else the nearest earlier person;
    in a transcript, only within the pronoun's turn (a reporter's "he" in
    a question and the official's "he" in the answer need not be the same person)."""
    doc = rd.doc
    first = companion = None
    sent_start = rd.sentence(pron.i)[0]
    before = doc[sent_start:pron.i]
    if not any(t.lower_ in _PRONOUNS for t in before):
        # a person of the pronoun's own clause is not it ("President X nominated him", "as
        # Special Assistant to President X, he ...")
        own = _clause_verb(pron).i
        named = [t for t in before if rd.person_at(t) is not None and rd.person_at(t).label == "PERSON"
                 and _clause_verb(t).i != own and not _kin_of_other_gender(t, pron)]
        if named:
            return named[-1] if len({rd.person_at(t).id for t in named}) == 1 else None
    turn = rd.turn_start(pron.idx)
    speaker = title_speaker_span(text_of(doc)) if turn == 0 else None  # "he" in a speech is not its speaker
    for i in range(sent_start - 1, max(sent_start - _LOOKBACK, 0) - 1, -1):
        tok = doc[i]
        if tok.idx < turn:
            break
        if turn and first is None and rd.person_at(tok) is None and tok.dep_ in _SUBJECT \
                and tok.lower_ in _UNNAMED_HOLDERS and i > 0 and doc[i - 1].lower_ == "the":
            # a briefing's "Putin ... And the President answered ... when he was Vice President":
            # the unnamed holder is nearer (transcripts only, where "the President" is the usual subject)
            return None
        if rd.person_at(tok) is None or speaker and speaker[0] <= tok.idx < speaker[1] < speaker[2] <= pron.idx:
            continue
        if _with_first_person(tok):
            # "Maria and I mourn the death of X ... he served as": the writer's companion is "he"
            # only when no one else is named ("Prime Minister X and I held talks. He was ...")
            companion = companion or tok
            continue
        if tok.dep_ in _SUBJECT or _heads_subject(rd, tok):
            if first is not None and rd.person_at(first).id != rd.person_at(tok).id \
                    and rd.sentence(first.i)[0] != rd.sentence(i)[0]:
                return None  # another person named in a later sentence: which one is meant is unsure
            return tok
        first = first or tok
    return first or companion


_FEMALE_KIN = word_set("roles", "female_kin_nouns")
_MALE_KIN = word_set("roles", "male_kin_nouns")
_KIN = _FEMALE_KIN | _MALE_KIN


def _kin_of_other_gender(tok: "Token", pron: "Token") -> bool:
    """Whether the name at ``tok`` stands in apposition to a kinship noun of the other sex than
    the pronoun ("Joe and his wife of 27 years, Candee, live in X, where he is the Mayor": Candee
    is no "he"): English pronouns agree in gender with the noun they stand for."""
    doc = tok.doc
    k = tok.i - 1
    while k >= 0 and doc[k].ent_type_ == "PERSON" and doc[k].dep_ == "compound":
        k -= 1  # "his wife Leah Rabin": from the name's first word
    if k >= 0 and doc[k].text == ",":
        k -= 1
    kin = doc[k].lower_ if k >= 0 else ""
    if tok.dep_ == "appos":
        kin = tok.head.lower_ if tok.head.lower_ in _KIN else kin
    low = pron.lower_
    return kin in _FEMALE_KIN and low in ("he", "him") or kin in _MALE_KIN and low in ("she", "her")


def _clause_verb(tok: "Token") -> "Token":
    """The verb of the clause a token is in (the nearest verb up its heads, else the root)."""
    # spaCy makes a new Token object on each access: the root is found by its index, not by
    # identity (``tok.head is tok`` is never true, and a verbless root looped for ever)
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _with_first_person(tok: "Token") -> bool:
    """Whether a name is coordinated with "I" or "we" ("Jill and I", "my wife and I"): one of the
    writer's own party, not a third person a later "he" or "she" stands for."""
    head = tok.head if tok.dep_ in ("compound", "flat") else tok
    group = [head.head, *head.head.conjuncts] if head.dep_ == "conj" else [head, *head.conjuncts]
    if head.dep_ in _SUBJECT:  # (the parser may give the verb two subjects instead: "X and I are")
        group += [c for c in head.head.children if c.dep_ in _SUBJECT]
    return any(t.lower_ in ("i", "we") for t in group)


def _heads_subject(rd: Reader, tok: "Token") -> bool:
    """Whether a name token is part of a name whose last token is a sentence subject."""
    head = tok.head
    return tok.dep_ in ("compound", "flat") and head.dep_ in _SUBJECT and rd.person_at(head) is rd.person_at(tok)


def subject_holder(rd: Reader, verb: "Token") -> tuple[tuple[int, int], int] | None:
    """The person who is the subject of ``verb`` ("From 1999 to 2000 he commanded ..."): the
    name's token range and the first token of the evidence (the name, or the pronoun standing
    for it); None when the subject is no person."""
    holder = _subject(verb)
    if holder is None:
        return None
    if holder.lower_ in _PRONOUNS:
        person = _antecedent(rd, holder)
        return None if person is None else (_name_range(rd, person), holder.i)
    if rd.person_at(holder) is None:
        return None
    name = _name_range(rd, holder)
    return name, name[0]


def under_principal(rd: Reader, tok: "Token") -> bool:
    """Whether the name at ``tok`` follows "under" and a title ("served under Governor Jane Roe as
    Director of X"): a principal served under, so the office after its "as" is the subject's; or
    follows the "by" of an appointing verb ("was appointed by President Jane Roe as Special
    Assistant", "Named by Governor Roe as Director, ..."): the appointer, not the appointee."""
    doc = rd.doc
    for i in range(name_range(rd, tok)[0] - 1, max(-1, name_range(rd, tok)[0] - 6), -1):
        if doc[i].lower_ == "under":
            return True
        if doc[i].lower_ == "by" and i > 0 and clause_lemma(doc[i - 1]) in _APPOINT:
            return True
        if not (doc[i].is_title or doc[i].text in (".", "-") or doc[i].lower_ == "then"):
            return False
    return False


def name_range(rd: Reader, tok: "Token") -> tuple[int, int]:
    """Token range of the person name around ``tok``."""
    return _name_range(rd, tok)


def _name_range(rd: Reader, tok: "Token") -> tuple[int, int]:
    """Token range of the person name around ``tok``."""
    doc = rd.doc
    if not rd.is_person(tok):  # an untagged mention: the proper nouns of the name
        s = tok.i
        while s > 0 and doc[s - 1].dep_ in ("compound", "flat") and doc[s - 1].head.i == tok.i and not doc[s - 1].is_punct:
            s -= 1
        return s, tok.i + 1
    ent = rd.entity(tok)
    s = e = tok.i
    while s - 1 >= 0 and rd.entity(doc[s - 1]) is ent and not doc[s - 1].is_space:
        s -= 1
    while e + 1 < len(doc) and rd.entity(doc[e + 1]) is ent and not doc[e + 1].is_space:
        e += 1
    # the entity stage may include an office word at the front ("President Biden")
    while s < e and rd.is_vocab(doc[s]) and not rd.is_person(doc[s]):
        s += 1
    return s, e + 1


_ADDRESS = frozenset({"mr", "mr.", "madam", "madame", "mister"})


def address_form(rd: Reader, start: int, end: int) -> bool:
    """A title used to address its holder, with no name after it ("Thank you, Mr. President.",
    "Madam Secretary, welcome"): the holder is the one spoken to, not a name nearby."""
    doc = rd.doc
    first = doc[start]
    if first.lower_ not in _ADDRESS:
        if start == 0 or doc[start - 1].lower_ not in _ADDRESS:
            return False
    return end >= len(doc) or doc[end].is_punct or doc[end].text == "\n"


def as_clause_subject(rd: Reader, start: int) -> bool:
    """Whether the title at token ``start``, a comma after it, follows "as" in a clause with its own subject
    before it ("when I served as Vice President, Sarah was an intern", "after she worked as
    Mayor, Jane Roe ..."): the title is that subject's, not the name after the comma, which opens
    the next clause. "As Mayor, Jane Roe built ..." (no subject before "as") keeps the name."""
    doc = rd.doc
    if start == 0:
        return False
    prev = doc[start - 1]
    if prev.lower_ in ("was", "were", "became") and prev.pos_ in ("AUX", "VERB"):
        # "when I was Vice President, Barack Obama": the title is the speaker's, and the name after the
        # comma is another phrase's ("When he was Governor, John Roe ..." may name its own "he")
        return any(c.dep_ in _SUBJECT and c.i < prev.i and c.lower_ in ("i", "we")
                   for c in (prev.head if prev.dep_ == "aux" else prev).children)
    if prev.lower_ != "as":
        return False
    verb = prev.head
    return verb.i < start - 1 and verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ in _SUBJECT and c.i < start - 1 for c in verb.children)
