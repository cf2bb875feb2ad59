"""Event nouns that name their own actor inside the noun phrase.

Most nouns of a stance or a promise ("commitment", "pledge", "support", "agreement") count only
under a light verb ("reaffirmed their commitment", "reached an agreement"): on their own they
usually name a standing policy ("the U.S. commitment to the alliance"). English marks one act
of one party by the noun phrase itself, though:

* a possessive names who made it: "the Republic's pledge of $130 million", "X's joint
  commitment with Y", "his endorsement of my candidacy" (the pronoun resolved as any other);
* a by-agent names who made it: "the agreement by X and Y", "support provided by Z";
* "between" names both sides: "an agreement between A and B".

Such a noun counts on its own as the nouns that never need a light verb do (the arguments stage
reads the possessive, the by-agent or the "between" pair). Only the nouns the lexicon lists in
the class ``owned_act`` count so (acts one performs; a feeling such as "concern" or "thanks"
stays under its light verb; a stance of support counts only when it names whom it backs), and
not when a first-person or second-person possessive makes it
the speaker's stance ("our support will not waver"), nor when the noun is what a verb is for
("thanked X for its support": the reason of the thanks, told as the thanks itself).

A standing agreement or relation is no act either: a relation noun (the lexicon's
``standing_relation``, as :meth:`.references.References.shared_sides` reads it: "the treaty
between Chile and Peru"), a noun governed by "under" ("under the agreement between X and Y":
the terms in force), one dated with a year before the text's ("the 2015 agreement between ..."),
or the subject of a copula ("the agreement between X and Y is old": described, not done).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..knowledge.countries import load as load_countries
from ..nlp import text as doc_text
from .clauses import pobj
from .lexicon import Lexicon, load

if TYPE_CHECKING:
    from spacy.tokens import Token

OWNED_CLASS = "owned_act"
"""lexicon class of the light-only nouns an owner in their own phrase makes an act"""
_THIRD_PERSON = frozenset({"his", "her", "its", "their"})
"""possessive pronouns resolved to an earlier party (first and second person are the speaker's
stance or courtesy to the listener)"""
_GENERIC_DETS = frozenset({"no", "any", "every", "each", "such"})
RELATION_CLASS = "standing_relation"
"""lexicon class of the nouns of a standing relation (also read by :mod:`.references`)"""


_OWNER_LABELS = frozenset({"GPE", "NORP", "PERSON"})
"""names that make a light-only noun an act of a state or an office holder; a company's or an
agency's "agreement" or "support" is most often a contract or a programme ("a project-labor agreement
between X and the unions", "the Agency's support of the lab")"""


def _names(tok: "Token | None", entity_at: "dict[int, object]") -> bool:
    """Whether a noun phrase head names a state, a nationality or a person (itself, or its
    compound or conjunct)."""
    if tok is None:
        return False
    return any(w.i in entity_at and getattr(entity_at[w.i], "label", None) in _OWNER_LABELS
               for w in (tok, *(c for c in tok.children if c.dep_ in ("compound", "conj"))))


def _owner(noun: "Token", entity_at: "dict[int, object]") -> bool:
    """Whether the noun phrase names who acted: a possessive, a by-agent or "between"."""
    for c in noun.children:
        if c.dep_ == "poss":
            return c.lower_ in _THIRD_PERSON or _names(c, entity_at)
        if c.dep_ in ("prep", "agent") and c.lower_ in ("by", "between") and _names(pobj(c), entity_at):
            return True
        if c.dep_ == "acl" and c.tag_ == "VBN":  # "support provided by the United States"
            if any(a.dep_ == "agent" and _names(pobj(a), entity_at) for a in c.children):
                return True
    return False


def _reason(noun: "Token") -> bool:
    """Whether the noun is the object of "for" on a verb ("thanked X for its support",
    "praised Y for its commitment"): what the verb's act is about, not an act told."""
    cur = noun  # (through conjuncts and the phrases they hang in: "for its contributions to X and its support")
    while cur.head.i != cur.i and cur.pos_ not in ("VERB", "AUX"):
        if cur.dep_ == "pobj" and cur.head.lower_ == "for" and cur.head.head.pos_ in ("VERB", "AUX"):
            return True
        cur = cur.head
    return False


def _published_year(noun: "Token") -> int | None:
    article = getattr(getattr(noun.doc, "_", None), "newsie_article", None)
    published = getattr(article, "published", None) or ""
    return int(published[:4]) if published[:4].isdigit() else None


def standing(noun: "Token", lex: Lexicon) -> bool:
    """Whether the noun names a standing agreement or relation rather than an act: a relation
    noun, the object of "under", dated with an earlier year than the text's (any year when the
    text is undated), or the subject of a copula (rules in the module docstring)."""
    if lex.in_class(noun.lemma_.lower(), RELATION_CLASS) or lex.in_class(noun.lower_, RELATION_CLASS):
        return True
    if noun.dep_ == "pobj" and noun.head.lower_ == "under":
        return True  # "under the agreement between X and Y": the terms in force
    if noun.dep_ == "nsubj" and noun.head.lemma_ == "be":
        return True  # "the agreement between X and Y is old"
    now = _published_year(noun)
    years = [int(t.text) for t in noun.doc[noun.left_edge.i:noun.i]
             if t.ent_type_ == "DATE" and len(t.text) == 4 and t.text.isdigit() and 1900 <= int(t.text) <= 2100]
    return any(now is None or y < now for y in years)  # "the 2015 agreement between X and Y"


def owned_act(noun: "Token", lex: Lexicon, entity_at: "dict[int, object]") -> bool:
    """Whether a light-only event noun counts on its own: its phrase names who acted.

    Args:
        noun: The event noun (its lexicon entry is ``light_only``).
        lex: The trigger lexicon (class :data:`OWNED_CLASS`).
        entity_at: Token index -> entity.
    """
    lemma = noun.lemma_.lower()
    if not (lex.in_class(lemma, OWNED_CLASS) or lex.in_class(noun.lower_, OWNED_CLASS)):
        return False
    if not _owner(noun, entity_at) or any(c.dep_ == "det" and c.lower_ in _GENERIC_DETS for c in noun.children):
        return False
    if standing(noun, lex):
        return False  # "under the 2015 agreement between X and Y", "the treaty between X and Y is old"
    entry = lex.nouns.get(lemma) or lex.nouns.get(noun.lower_)
    if entry is not None and entry.type == "SUPPORT" and not _named_target(noun, entity_at):
        return False  # "its support for democracy", "EPA's support for clean stoves": a programme or a cause
    return not _reason(noun)


_TARGET_PREPS = frozenset({"for", "to", "of", "behind"})


def _named_target(noun: "Token", entity_at: "dict[int, object]") -> bool:
    """Whether a stance noun names whom it backs ("their support for Ukraine's independence", "his
    endorsement of President X"): a name in its for/to/of phrase (a country, a person, a body),
    not a cause or a programme ("support for democracy", "support for minerals projects")."""
    objs = [o for c in noun.children if c.dep_ == "prep" and c.lower_ in _TARGET_PREPS for o in c.children
            if o.dep_ == "pobj"]
    words = [w for o in objs for w in (o, *(g for g in o.children if g.dep_ in ("poss", "compound", "conj", "appos")))]
    return any(w.i in entity_at and getattr(entity_at[w.i], "label", None) in ("GPE", "PERSON", "ORG", "NORP")
               for w in words)  # (the name itself or its owner: "for Ukraine's independence"; not one
    # deep in a nested phrase: "for the establishment of a University program")


_HYPHENS = ("-", "\u2013")
PAIR_TYPES = frozenset({"CONSULT", "COOPERATE", "AGREE"})
"""acts done together, whose hyphenated pair of sides is actor and recipient in the order written
(the annotation guide's reciprocal meeting: "X and Y met" is X -> Y); in a hostile act the order
of a pair says nothing of who did it ("the Ukraine-Russia war")"""


def hyphen_pair(noun: "Token") -> tuple[str, str, int, int] | None:
    """The two countries of a hyphenated pair before an event noun ("the U.S.-ROK summit", "a
    U.S.-Japan exercise", "U.S. - China talks"): (first, second, first and last token index), or None. Of a
    longer chain ("U.S.-Japan-ROK") the first two, as the guide codes a trilateral meeting."""
    return hyphen_pair_in(noun.doc[noun.left_edge.i:noun.i])


def hyphen_counterpart(noun: "Token", own: str | None) -> tuple[str, int] | None:
    """The other side of a meeting whose noun a hyphenated pair names, when the actor found
    outside the noun is one side ("President Biden hosted the U.S.-Japan summit", "attended the
    U.S.-India Ministerial Dialogue": Japan, India): (its code, the pair's first token index), or None. Not for
    a meeting talked over ("discussed the upcoming U.S.-ROK summit": a topic)."""
    if own is None or talked_over(noun):
        return None
    pair = hyphen_pair(noun)
    if pair is None or own not in pair[:2]:
        return None
    return (pair[1] if pair[0] == own else pair[0]), pair[2]


def hyphen_pair_in(pre) -> tuple[str, str, int, int] | None:
    """:func:`hyphen_pair` over a given run of tokens (a title's words before "Joint Statement")."""
    pre = list(pre)
    if not pre:
        return None
    doc = pre[0].doc
    lo = pre[0].idx
    text = doc_text(doc)[lo:pre[-1].idx + len(pre[-1].text)]
    runs = _name_runs(text)
    for r in range(len(runs) - 1):
        first = _country_end(runs[r], last=True)
        second = _country_end(runs[r + 1], last=False)
        if first is None or second is None or first[0] == second[0]:
            continue
        end = second[2]
        for nxt in runs[r + 2:]:  # a longer chain's further members are part of the pair's phrase
            more = _country_end(nxt, last=False)
            if more is None:
                break
            end = more[2]
        return first[0], second[0], _token_at(pre, lo + first[1]), _token_at(pre, lo + end - 1)
    return None


_WORD = re.compile(r"[A-Za-z][\w.'’]*")
_JOIN = re.compile(r"\s*[-–—]\s*")


def _name_runs(text: str) -> list[list[tuple[str, int, int]]]:
    """The runs of words between the hyphens of ``text`` ("North Korea-U.S. talks" -> [North Korea],
    [U.S. talks]), each word with its offsets; a hyphenated country name ("Guinea-Bissau",
    "Timor-Leste") is one word, not two sides."""
    countries = load_countries()
    runs: list[list[tuple[str, int, int]]] = [[]]
    words = list(_WORD.finditer(text))
    k = 0
    while k < len(words):
        w = words[k]
        word, start, end = w.group().rstrip("’'"), w.start(), w.start() + len(w.group().rstrip("’'"))
        gap = text[end:words[k + 1].start()] if k + 1 < len(words) else ""
        if k + 1 < len(words) and _JOIN.fullmatch(gap) and gap.strip() and \
                countries.country(text[start:words[k + 1].end()]) is not None:
            runs[-1].append((text[start:words[k + 1].end()], start, words[k + 1].end()))
            k += 2
            gap = text[words[k - 1].end():words[k].start()] if k < len(words) else ""
        else:
            runs[-1].append((word, start, end))
            k += 1
        if gap.strip() in ("-", "–", "—"):
            runs.append([])
        elif gap.strip():
            runs.append([])  # punctuation or other words break the run: no pair across it
            runs.append([])
    return runs


def countries_named(text: str) -> set[str]:
    """Every country named at either end of the hyphen-joined runs of ``text`` ("Japan-Philippines-
    United States Leaders' Statement": JPN, PHL, USA)."""
    found = set()
    for run in _name_runs(text):
        for last in (True, False):
            hit = _country_end(run, last=last) if run else None
            if hit is not None:
                found.add(hit[0])
    return found


def _country_end(run: list[tuple[str, int, int]], *, last: bool) -> tuple[str, int, int] | None:
    """The country a run of words names at its end (``last``: "the North Korea" -> PRK) or at its
    start ("U.S. talks" -> USA), the longest name of up to four words first: (code, start, end)."""
    countries = load_countries()
    for n in range(min(4, len(run)), 0, -1):
        words = run[-n:] if last else run[:n]
        code = countries.country(" ".join(w[0] for w in words))
        if code is not None:
            return code, words[0][1], words[-1][2]
    return None


def _token_at(pre: list, char: int) -> int:
    """The index of the token of ``pre`` that holds the character at ``char``."""
    return next((t.i for t in pre if t.idx <= char < t.idx + len(t.text)), pre[0].i)


def coordinated_possessor(noun: "Token", entity_at: "dict[int, object]") -> "tuple[Token, Token] | None":
    """The two names that own an event noun together ("Putin and Xi's meeting", "President Biden and
    Prime Minister Kishida's talks"): English marks a joint possession once, on the last conjunct,
    and the small parser leaves the pair outside the noun phrase or reads the first as the
    subject. Read from the words: a name (person, place or organisation), "and", another name,
    the possessive ending, then the noun (its adjectives and compounds between); a longer list
    ("A, B and C's talks"), a single owner, or a noun with its own partner ("with X") gives None."""
    doc = noun.doc
    if any(c.dep_ == "prep" and c.lower_ in ("with", "between", "among") for c in noun.children):
        return None  # "A and B's meeting with the mayor": the pair met someone else
    k = noun.i - 1
    while k >= 0 and doc[k].dep_ in ("amod", "compound", "nummod") and doc[k].head.i == noun.i:
        k -= 1
    if k < 3 or doc[k].text not in ("'s", "’s", "'", "’"):
        return None
    second = entity_at.get(k - 1)
    j = k - 1
    while j > 0 and entity_at.get(j - 1) is second or j > 0 and doc[j - 1].pos_ == "PROPN" and doc[j - 1].i not in entity_at:
        j -= 1  # back over the second name and the title before it ("President Xi")
    if j < 2 or doc[j - 1].lower_ != "and" or (j >= 3 and doc[j - 3].text == ","):
        return None
    first = entity_at.get(j - 2)
    labels = {getattr(first, "label", None), getattr(second, "label", None)}
    if first is None or second is None or first is second or not labels <= {"PERSON", "GPE", "ORG"}:
        return None
    return doc[j - 2], doc[k - 1]


TALK_VERBS = load().classes["topic_talk_verb"]
"""(data: event_triggers.json) verbs whose object (or the object's "on"/"about" phrase) is a subject talked over: "discussed
U.S.-ROK cooperation", "reviewed next steps on trilateral cooperation" name a relation as a topic,
not an act of the two"""


def talked_over(noun: "Token") -> bool:
    """Whether an event noun is (in) the topic of a verb of talking ("discussed the U.S.-ROK
    exercise", "exchanged views on trilateral cooperation")."""
    cur = noun
    for _ in range(6):
        if cur.dep_ in ("dobj", "obj", "nsubjpass") and cur.head.lemma_.lower() in TALK_VERBS:
            return True
        if cur.dep_ == "pobj" and cur.head.lower_ in ("on", "about", "of", "regarding") and \
                cur.head.head.lemma_.lower() in TALK_VERBS | {"view", "step", "way", "issue"}:
            return True
        if cur.dep_ not in ("compound", "conj", "appos", "pobj", "dobj") or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


PAIR_ADJECTIVES = load().classes["counted_sides"]
"""adjectives by which an event noun is held between the parties the text is about ("the first
trilateral defense ministers meeting", "a bilateral exercise") without naming them (data:
event_triggers.json ``counted_sides``)"""


def unnamed_sides(noun: "Token", entity_at: "dict[int, object]") -> bool:
    """Whether an event noun is "bilateral"/"trilateral" and its phrase names no party itself
    (no possessive, name, by-, with- or between-phrase): its sides are the pair the text is
    about, as "the two leaders" refers back to them."""
    words = [noun, *(c for c in noun.children if c.dep_ == "compound")]
    if not any(g.dep_ == "amod" and g.lower_ in PAIR_ADJECTIVES for w in words for g in w.children):
        return False
    if any(c.dep_ in ("poss", "nmod") or c.i in entity_at for w in words for c in w.children):
        return False
    return not any(c.dep_ in ("prep", "agent") and c.lower_ in ("by", "with", "between", "among")
                   for c in noun.children)


_INHERITING = frozenset({"xcomp", "conj", "advcl", "acl", "pcomp"})
"""clauses without a subject of their own that take their governor's ("pledged to continue their
support", "met and discussed their assistance")"""


def plural_owner(poss: "Token") -> "Token | None":
    """Whom "their" before an event noun stands for: the plural subject of its clause ("They
    remained unwavering in their support for X", "X and Y discussed their assistance to Z",
    "The two leaders pledged to continue their support"), as English "their" most often takes
    the subject of its clause as antecedent. None for another possessive, or when the clause's
    subject is singular or not found (then the pronoun stays unresolved)."""
    if poss.lower_ != "their" or poss.dep_ != "poss":
        return None
    verb = poss.head
    for _ in range(12):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    for _ in range(4):
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            plural = (subj.lower_ == "they" and subj.pos_ == "PRON") or subj.tag_ in ("NNS", "NNPS") or any(
                c.dep_ == "conj" for c in subj.children)
            return subj if plural else None
        if verb.dep_ not in _INHERITING or verb.head.i == verb.i:
            return None
        if verb.dep_ == "xcomp":
            controller = _object_controller(verb)
            if controller is not None:  # "called on the Houthis to cease their attacks": the Houthis'
                return controller if controller.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in controller.children) else None
        verb = verb.head
    return None


def _object_controller(infinitive: "Token") -> "Token | None":
    """The object of the verb an infinitive complements, written before it ("urged Hamas to ...",
    "called on the Houthis to ..."): in English the object, not the subject, does what a verb's
    "NP to VERB" complement says (object control; "promise" is the rare exception), so a "their" in
    the infinitive's clause refers to it. None when the verb has no such object."""
    head = infinitive.head
    objs = [c for c in head.children if c.dep_ == "dobj" and c.i < infinitive.i]
    objs += [o for p in head.children if p.dep_ == "prep" and p.lower_ in ("on", "upon") and p.i < infinitive.i
             for o in p.children if o.dep_ == "pobj"]
    return objs[-1] if objs and head.lemma_.lower() != "promise" else None


OF_AGENT_NOUNS = load().classes["of_agent_act_noun"]
"""(data: event_triggers.json) nouns of acts with no object, or whose object is optional ("X visited", "X withdrew"): a name in
their of-phrase is who acted ("the visit of President X to Y", "the withdrawal of Russia from the
treaty"), as a possessive would be"""
FORCE_MOVE_NOUNS = load().classes["force_move_noun"]
"""(data: event_triggers.json) nouns of moving forces: the owner of the forces in their of-phrase moved them ("the deployment of
Russian troops to Belarus", "the withdrawal of French forces from Mali")"""
_FORCE_CLASSES = ("force", "personnel")


def genitive_agent(noun: "Token", entity_at: "dict[int, object]", lex: Lexicon) -> "Token | None":
    """Who acted, told by an event noun's of-phrase: the name there for a noun of an act with no
    object ("the visit of President X"), or the owner of the forces there for a noun of moving
    forces ("the deployment of Russian troops", "the withdrawal of U.S. forces"); else None."""
    lemma = noun.lemma_.lower()
    if lemma not in OF_AGENT_NOUNS and lemma not in FORCE_MOVE_NOUNS:
        return None
    obj = next((pobj(c) for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if obj is None:
        return None
    if lemma in OF_AGENT_NOUNS and obj.i in entity_at:
        return obj
    if lemma in FORCE_MOVE_NOUNS and any(lex.in_class(obj.lemma_.lower(), c) for c in _FORCE_CLASSES):
        return next((c for c in obj.children if c.dep_ in ("poss", "amod", "compound", "nmod") and c.i in entity_at),
                    None)
    return None
