"""Role status and time: whether an office is held now, was held, is nominated to, elected to
or held in an acting capacity, and the years the text gives for it.

- Words written with the title (``status_words`` in the office ontology): "former", "ex-",
  "then-", "the late" -> former; "acting", "interim", "caretaker" -> acting; "President-elect",
  "-designate", "incoming" -> elect; "the nominee for" -> nominee.
- The verb the title depends on: "intends to nominate X to be Y", "nominated X for Y" ->
  nominee (a nomination in a year before the publication year is history: former);
  "served as", "was", "retired as" -> former; "serves as", "is", "has served as ... since" ->
  current.
- Years in the same clause, nearest to the title: "from 2016 to 2017", "between 2016 and
  2017", "(2016-2017)", "since 2021", "until 2007".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..knowledge.offices import load_offices
from ..knowledge.wordlists import word_set
from ..nlp import text as doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_NOMINATE = frozenset({"nominate", "nomination", "nominee", "renominate"})
# Verbs of the course of a career whose infinitive or gerund names the next step: in the past
# tense the step was taken then ("went on to serve as X", "continued serving as X", "began
# serving as X"), like "served as X".
_CAREER_STEPS = word_set("roles", "career_step_verbs")
_SERVE = word_set("roles", "serve_verbs")
_CURRENT_ADVERBS = frozenset({"currently", "now", "presently"})
# Adverbs that place a tenure before the present ("previously served as", "formerly was"): the
# office was held then, whatever the tense the tagger gave the verb.
_PAST_ADVERBS = frozenset({"previously", "formerly"})
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
"""English month names, lower case, in calendar order (shared by the roles readers)."""
_YEAR = r"((?:1[89]|20)\d\d)"
# "March 3, 2021", "March 2021", "March of 2021", "2021"
_DAY = r"(?:(" + "|".join(m.capitalize() for m in MONTHS) + r")\.? (?:(\d{1,2}),? )?(?:of )?)?" + _YEAR
_ANY_YEAR = re.compile(_YEAR)
_SPANS = (
    (re.compile(r"\bfrom " + _DAY + r" (?:to|until|through|till) " + _DAY, re.IGNORECASE), "range"),
    (re.compile(r"\bbetween " + _YEAR + r" and " + _YEAR, re.IGNORECASE), "range"),
    (re.compile(r"\(" + _YEAR + r"\s*[-–—]\s*" + _YEAR + r"\)"), "range"),
    (re.compile(r"\b" + _YEAR + r"\s*[-–—]\s*" + _YEAR + r"\b"), "range"),
    (re.compile(r"\bsince " + _DAY, re.IGNORECASE), "since"),
    (re.compile(r"\b(?:until|till|through) " + _DAY, re.IGNORECASE), "until"),
)


@dataclass(frozen=True)
class Status:
    """What the text says about when an office is held."""

    status: str = "current"
    since: str | None = None
    until: str | None = None


def _date(groups: tuple[str | None, ...]) -> str:
    """TIMEX value of a (month, day, year) regex group triple or a lone year."""
    month, day, year = groups if len(groups) == 3 else (None, None, groups[0])
    if month and day:
        return f"{year}-{MONTHS.index(month.lower()) + 1:02d}-{int(day):02d}"
    if month:
        return f"{year}-{MONTHS.index(month.lower()) + 1:02d}"
    return str(year)


_TERM_AFTER = re.compile(r"\s*(?:from|between)\s+(?:(?:" + "|".join(m.capitalize() for m in MONTHS) + r")\.?\s+)?"
                         + _YEAR + r"\b|\s*\(" + _YEAR + r"\s*[-–—]\s*" + _YEAR + r"\)")


def term_after(text: str, hi: int) -> bool:
    """Whether a term of years is written right after the title ending at ``hi`` ("Jane Roe,
    foreign secretary from 2016 to 2018, said"): the years are the title's, not another clause's.

    Args:
        text: The Doc text.
        hi: The character offset where the title ends.
    """
    return _TERM_AFTER.match(text, hi) is not None


def years(text: str, lo: int, hi: int, limit: tuple[int, int]) -> tuple[str | None, str | None]:
    """(since, until) from the nearest year phrase after the title, else before it.

    Args:
        text: The Doc text.
        lo: Start of the title (char offset).
        hi: End of the title or of its evidence.
        limit: The char range the phrase may come from (the clause, up to the next title).
    """
    found: list[tuple[int, int, str, tuple]] = []
    window = text[limit[0]:limit[1]]
    if _ANY_YEAR.search(window) is None:
        return None, None  # every phrase names a year: most sentences have none
    for rx, kind in _SPANS:
        for m in rx.finditer(window):
            s, e = m.start() + limit[0], m.end() + limit[0]
            if not any(s < fe and fs < e for fs, fe, _, _ in found):
                found.append((s, e, kind, m.groups()))
    if not found:
        return None, None
    after = sorted((f for f in found if f[0] >= hi), key=lambda f: f[0])
    before = sorted((f for f in found if f[1] <= lo), key=lambda f: -f[1])
    pick = (after or before or [None])[0]
    if pick is None:
        return None, None
    _, _, kind, groups = pick
    if kind == "range":
        if len(groups) == 2:
            return groups[0], groups[1]
        return _date(groups[:3]), _date(groups[3:])
    if kind == "since":
        return _date(groups), None
    return None, _date(groups)


def status_of(doc: "Doc", start: int, end: int) -> str | None:
    """The status the words of and around a title say (token range [start, end) of the title);
    None when they say nothing (the governing verb may still)."""
    off = load_offices()
    words = off.status_words
    for tok in doc[start:end]:
        st = words.get(tok.lower_)
        if st is not None and st != "former":
            return st
    if retired_mark_end(doc, end, len(doc)) > end:
        return "former"  # "Colonel (Retired) X": an officer no longer in service
    tenure = _TENURE_AS.search(doc_text(doc), max(0, doc[start].idx - 60), doc[start].idx) if start > 0 else None
    if tenure is not None:
        return "current" if tenure.group(1).lower() in ("current", "present") else "former"
    # words before the title: "former", "ex-", "then-", "the late", "acting", "the nominee for"
    i = start - 1
    seen = 0
    while i >= 0 and seen < 4:
        tok = doc[i]
        low = tok.lower_
        # "Nominee to be Ambassador": "to be" joins a status word to its title
        if low in ("-", "the", "a", "an", "his", "her", "its", "their", "for", "to", "be", "'s", "’s") or tok.is_space:
            i -= 1
            continue
        if low in _TERM_NOUNS and i >= 2 and doc[i - 1].text == "-" and (doc[i - 2].like_num or doc[i - 2].lower_ in _ORDINALS):
            i -= 3  # "a former two-term governor", "the former first-term senator": the count of terms
            continue
        st = words.get(low)
        if st is not None and not (low == "late" and not _after_the(doc, i)) and not (low == "past" and tok.pos_ == "ADP"):
            return st  # "past" as a preposition ("walked past Governor X") says nothing of the office
        if low in _PAST_ADVERBS:
            return "former"  # "Jane Roe, previously the deputy minister, ...", "formerly the envoy to X"
        if low in _KIN and i >= 2 and doc[i - 1].lower_ == "late" and _after_the(doc, i - 1):
            return words.get("late")  # "my late friend Congressman X": the friend has died
        if low == "of" and i >= 1 and doc[i - 1].lower_ in DEATH_NOUNS and not _possessed(doc, end):
            return words.get("late")  # "on the passing of Senator X": the holder has died
        if low in ("of", "for") and i >= 2 and doc[i - 1].lower_ == "service" and doc[i - 2].lower_ == "memorial" \
                and not _possessed(doc, end):
            return words.get("late")  # "at the Memorial Service of Senator X"
        if tok.ent_type_ in ("GPE", "NORP", "ORG") or low in off.modifiers:
            i -= 1  # "former U.S. ambassador", "former State Department spokeswoman"
            seen += 1
            continue
        break
    return None


# Verbs that end a life: the holder named as their patient (or "died") holds the office no more
_KILLED = frozenset({"assassinate", "kill", "murder", "execute", "slay"})


def died(doc: "Doc", name: tuple[int, int]) -> bool:
    """Whether the clause of a name tells, as a fact, the person's death: "Prime Minister Yitzhak
    Rabin was assassinated", "Senator X died on Sunday" (a past verb in a main or relative
    clause). Not an attempt or a plot ("a plot to kill President X": no passive past), a near miss
    ("was nearly killed"), a modal, a negation, a condition ("if Senator X dies"), a figure ("was
    killed off in the drama") or a claim reported in a clause ("rebels claim X was killed")."""
    tok = doc[name[1] - 1]
    head = tok.head
    lemma = head.lemma_.lower()
    if tok.dep_ == "nsubjpass":
        ok = lemma in _KILLED and head.tag_ == "VBN" and any(
            c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in head.children)
    elif tok.dep_ == "nsubj":
        ok = lemma == "die" and head.tag_ == "VBD"
    else:
        return False
    return ok and head.dep_ in ("ROOT", "relcl", "conj") and not any(
        c.dep_ in ("neg", "aux", "mark", "prt") or c.lower_ in ("nearly", "almost", "reportedly", "allegedly")
        for c in head.children)


def retired_mark_end(doc: "Doc", i: int, stop: int) -> int:
    """The token after a "(Retired)" or "(Ret.)" mark that starts at token ``i`` (written between
    a military rank and the officer's name: "Brigadier General (Retired) Jane Roe"); ``i`` when
    none starts there."""
    j = i + 1
    if i >= stop or doc[i].text != "(" or j >= stop or doc[j].lower_.rstrip(".") not in _RETIRED:
        return i
    j += 2 if j + 1 < stop and doc[j + 1].text == "." else 1
    return j + 1 if j < stop and doc[j].text == ")" else i


_RETIRED = frozenset({"retired", "ret", "rtd"})


# "In her most recent role as X", "in his previous position as X", "in her current capacity as X":
# the word before the post's noun says when it is held
_TENURE_AS = re.compile(r"\b(most\s+recent|previous|prior|former|last|earlier|past|current|present)\s+"
                        r"(?:role|position|post|capacity|job|assignment)\s+as\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)
# Nouns of a "two-term", "three-time" compound written between a status word and its title.
_TERM_NOUNS = frozenset({"term", "time"})
_ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "one", "two", "three", "four", "five", "six"})


def _after_the(doc: "Doc", i: int) -> bool:
    """"late" means deceased only after a determiner: "the late ...", "my late ..." ("late"
    alone is also the adverb of time: "arrived late")."""
    return i > 0 and doc[i - 1].lower_ in _LATE_DETERMINERS


_LATE_DETERMINERS = frozenset({"the", "my", "our", "his", "her", "their", "your"})
# Nouns whose "of" names a person who has died ("the passing of", "the death of", "in memory of").
DEATH_NOUNS = frozenset({"passing", "death", "funeral", "memory", "killing", "assassination", "murder"})
# Nouns of a visit whose "of" names the visitor ("on the State Visit of President X", "the Arrival
# of Prime Minister Y"): an event in a headline, no word of the visitor's office.
VISIT_NOUNS = frozenset({"visit", "visits", "arrival", "departure", "trip"})


def _possessed(doc: "Doc", end: int) -> bool:
    """Whether the name after a title ends in a possessive ("the death of Senator Roe's son": the
    son died, not the senator)."""
    j = end
    while j < len(doc) and j < end + 5 and (doc[j].pos_ == "PROPN" or doc[j].text in (".", ",", "Jr.", "Jr")):
        j += 1
    return j < len(doc) and doc[j].text in ("'s", "’s", "'", "’")


# Nouns of kin and friendship written between "late" and a title ("my late friend Senator X")
_KIN = word_set("roles", "kin_and_friend_nouns")


def governor(head: "Token") -> tuple["Token | None", list[str]]:
    """The verb a title depends on and the prepositions on the way ("served" via "as")."""
    preps: list[str] = []
    tok = head
    for _ in range(6):
        if tok.dep_ in ("prep", "agent"):
            preps.append(tok.lower_)
        if tok.head.i == tok.i:
            return (tok if tok.pos_ in ("VERB", "AUX") else None), preps
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok, preps
    return None, preps


# Verbs of appointing someone to an office, and the words that make one an intention ("plans to
# name", "is expected to appoint", "will pick"): like "intends to nominate" (dev README: nominee)
_APPOINT = frozenset({"name", "appoint", "pick", "choose", "tap", "designate"})
_INTENT = frozenset({"plan", "intend", "expect", "want", "set", "aim", "hope", "go"})
# Verbs of choosing someone for a post ("has tapped X for Under Secretary", "picked X as
# ambassador", "selected X to lead the agency"): the choice is made but the office not yet taken
# up, as with a nomination; "named" and "appointed" often mean the appointment itself
# ("named X foreign minister on Tuesday") and stay with the verb's tense.
_SELECT = frozenset({"tap", "pick", "choose", "select"})


def _intended(verb: "Token") -> bool:
    """Whether an appointing verb is intended, not done: "will/would/shall" before it, or it is
    the infinitive of a verb of intention ("plans to name", "is expected to appoint")."""
    if any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll") for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _INTENT


def _going_to(verb: "Token") -> bool:
    """Whether ``verb`` is the infinitive of "going to" ("is going to be the next governor"): the
    spoken future, as "will"."""
    head = verb.head
    return verb.dep_ == "xcomp" and head.lower_ == "going" and head.tag_ == "VBG" \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _settled(verb: "Token") -> bool:
    """"X is expected to become Y", "X is set to serve as Y": wire copy's word for an appointment
    decided but not yet taken up, like "will serve as"."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("expect", "set") \
        and any(c.dep_ == "auxpass" for c in verb.head.children)


def verb_status(verb: "Token", *, published: str | None, clause_years: tuple[str | None, str | None]) -> str | None:
    """The status a governing verb gives an office ("served as" -> former)."""
    lemma = verb.lemma_.lower()
    if lemma in _NOMINATE or any(t.lemma_.lower() in _NOMINATE for t in verb.children if t.dep_ in ("xcomp", "ccomp")):
        since, _ = clause_years
        if published and since and since[:4] < published[:4] or verb.tag_ == "VBD" and _past_year(verb, published):
            return "former"
        return "nominee"
    if lemma in _APPOINT and _intended(verb):
        return "nominee"  # "Hata plans to name X as his foreign minister": an appointment intended, not made
    if lemma in _SELECT and verb.tag_ in ("VBD", "VBN", "VBZ"):
        # "The President has tapped X for Director of Y": chosen, not yet in office; a choice of an
        # earlier year is a career's history, as a nomination of then
        return "former" if _past_year(verb, published) else "nominee"
    if lemma in ("retire", "leave", "vacate", "resign", "quit") or lemma == "hold" and verb.tag_ == "VBD" \
            or verb.tag_ in ("VBD", "VBN") and _left_as(verb):
        return "former"  # "retired as", "left the post of", "previously held the position of"
    if lemma in ("take", "assume") and any(c.dep_ == "dobj" and c.lemma_.lower() in ("office", "post", "position", "helm")
                                           or c.dep_ == "prt" and c.lower_ == "over" for c in verb.children):
        if verb.tag_ == "VBD" and not clause_years[1] and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            return "current"  # "took office as Chancellor in 2021": taken up then, held since (no end written)
        lemma = "become"  # "will take office as Governor": as "will become"
    if lemma not in _SERVE:
        return None
    if any(c.lower_ in _CURRENT_ADVERBS for c in verb.children):
        return "current"
    if any(c.lower_ in _PAST_ADVERBS for c in verb.children):
        return "former"
    if verb.dep_ in ("xcomp", "advcl") and verb.tag_ in ("VB", "VBG") and verb.head.tag_ == "VBD" \
            and verb.head.lemma_.lower() in _CAREER_STEPS:
        return "former"  # "went on to serve as", "continued serving as": a step of a past career
    # ("before serving as X, she was ...": X came later, perhaps the post held now)
    if verb.tag_ == "VBG" and (verb.dep_ == "pcomp" and verb.head.lower_ in ("including", "after")
                               or verb.dep_ == "acl" and verb.head.dep_ == "pobj" and verb.head.head.lower_ == "after"
                               or verb.dep_ in ("xcomp", "dobj") and verb.head.lemma_.lower() == "include"):
        return "former"  # "experience including serving as X", "her career includes serving as X": a career's past posts
    if lemma == "serve" and verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.head.tag_ == "VBD" \
            and verb.head.lemma_.lower() in ("join", "spend", "work", "begin", "start"):
        return "former"  # "joined the Department in 2001, serving as counsel": a step of a past career
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if lemma in ("serve", "be", "become") and (any(a.lower_ in ("will", "shall") for a in aux) or _going_to(verb)
                                               or _settled(verb)) \
            and not any(t.lower_ in ("until", "through") for t in verb.subtree if t.i > verb.i):
        # "will serve as Speaker until the new Congress meets": a term running on, not a nomination
        return "nominee"  # "X will serve as Special Assistant": an appointment announced, not yet held
    if lemma == "become" and verb.tag_ == "VBD" and not aux and not clause_years[1] \
            and not _past_year(verb, published) and not any(c.lower_ in ("later", "then") for c in verb.children):
        return "current"  # "Jane Roe became foreign minister on Tuesday": took the office up, holds it
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in aux):
        return "former"
    if verb.tag_ == "VBN" and not aux and verb.dep_ in ("ROOT", "conj") \
            and any(c.dep_ == "nsubj" for c in verb.children):
        # "Collins also served as ...": the tagger reads a past tense after an adverb as a
        # participle; a participle with a subject and no auxiliary is a finite past verb
        return "former"
    if verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in aux):
        return "current" if clause_years[0] and not clause_years[1] else "former"
    if verb.tag_ in ("VBZ", "VBP", "VBG") or any(a.tag_ in ("VBZ", "VBP") for a in aux):
        return "current"
    return None


def _left_as(verb: "Token") -> bool:
    """"stepped down as X", "was sacked as X", "was replaced as X": the subject no longer holds X."""
    lemma = verb.lemma_.lower()
    if lemma == "step":
        return any(c.lower_ == "down" for c in verb.children)
    return lemma in _REMOVED and any(c.dep_ == "auxpass" for c in verb.children) or lemma == "replace" \
        and any(c.dep_ == "auxpass" for c in verb.children)


def _past_year(verb: "Token", published: str | None) -> bool:
    """Whether the verb's sentence names a year before the publication year ("nominated him as
    ambassador to Georgia in 2004")."""
    if not published:
        return False
    return any(t.like_num and len(t.text) == 4 and t.text.isdigit() and t.text < published[:4]
               for t in verb.sent)


# Adverbials that set a clause in a past time ("At the time, the defence secretary, Jane Roe,
# ..."): an office named under one was held then, not now.
_PAST_FRAMES = ("at the time", "at that time", "back then", "in those days", "in that era")
_HOLD_LEMMAS = frozenset({"be", "serve", "become", "remain"})


def frame_status(doc: "Doc", start: int, end: int, published: str | None) -> str | None:
    """The status of a title read with no governing verb (an apposition: "a senator, Jane Roe,
    voted"), from the clause around it: the past tense of the verb it completes ("when she was
    still a senator, Jane Roe voted" -> former) or a past-time frame before it in its sentence
    ("At the time, the defence secretary, Jane Roe, ..."); None when neither says anything."""
    root = doc[start:end].root
    if root.dep_ == "attr" or root.dep_ == "pobj" and root.head.lower_ == "as":
        gov, _ = governor(root)
        if gov is not None and gov.lemma_.lower() in _HOLD_LEMMAS and gov.i < start:
            st = verb_status(gov, published=published, clause_years=(None, None))
            if st in ("former", "current"):
                return st
    sent = doc[start].sent
    before = doc_text(doc)[sent.start_char:doc[start].idx].lower()
    if any(f in before for f in _PAST_FRAMES) or _PREDECESSOR.search(before):
        return "former"
    # "Commodore Jane Roe retired last month", "the interior minister, Jane Roe, resigned", "Jane
    # Roe, the interior minister, quit": the subject (the name or its apposition) left the office
    name = root.head if root.dep_ in ("compound", "flat", "appos") else root
    if name.dep_ == "nsubj" and name.head.tag_ in ("VBD", "VBN") and (name.head.lemma_.lower() in _LEAVE_LEMMAS or _died(name.head)):
        return "former"  # "Senator Jane Roe died on Friday", "... passed away": no longer holds it
    holders = [name, *(a for a in name.children if a.dep_ == "appos")]  # "the defence minister, Jane Roe, who ..."
    if any(rel.dep_ == "relcl" and _left_office(rel) for h in holders for rel in h.children):
        return "former"  # "Defence Minister Jane Roe, who was dismissed on Monday, ...": left it
    if any(h.dep_ in ("dobj", "nsubjpass") and h.head.tag_ in ("VBD", "VBN") and h.head.lemma_.lower() in _REMOVED_OR_EXPELLED
           and not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "may", "might", "could") for c in h.head.children)
           for h in holders):
        return "former"  # "the junta expelled its ambassador, X", "Army chief X was sacked": removed from it
    return None


# Verbs of removing someone from an office, in the passive ("who was sacked"; Oxford Learner's
# Dictionary: "fire" 4, "sack" 1, "dismiss" 1, "oust", "depose", "remove" 3); an impeached
# official is suspended, not removed, until a court or senate decides
_REMOVED = word_set("roles", "removal_verbs")
# An envoy expelled by the host government leaves the post (Oxford Learner's Dictionary "expel" 2:
# to officially make someone leave a country): the object of "expel" no longer holds the office.
_REMOVED_OR_EXPELLED = _REMOVED | {"expel"}


def _left_office(verb: "Token") -> bool:
    """Whether a relative clause's past verb says its antecedent left or lost the office ("who
    resigned", "who stepped down", "who was dismissed")."""
    if verb.tag_ not in ("VBD", "VBN"):
        return False
    lemma = verb.lemma_.lower()
    if lemma in _LEAVE_LEMMAS or lemma == "step" and any(c.lower_ == "down" for c in verb.children):
        return True
    return lemma in _REMOVED and any(c.dep_ == "auxpass" for c in verb.children)


# "His predecessor, General Jane Roe, ...", "her predecessor as envoy, Tom Lee": the holder
# before the one the text is about held the office earlier.
_PREDECESSOR = re.compile(r"\bpredecessors?(?: as [\w -]{1,40})?,?\s*(?:the\s+)?$")
# Verbs of leaving an office whose subject is the holder named with the title.
_LEAVE_LEMMAS = frozenset({"retire", "resign", "quit"})


def _died(verb: "Token") -> bool:
    """Whether a verb says its subject died ("died", "passed away")."""
    lemma = verb.lemma_.lower()
    return lemma == "die" or lemma == "pass" and any(c.lower_ == "away" for c in verb.children)

