"""Names of things that are not people though the statistical NER tags them PERSON.

Four kinds of evidence, all about what English writes around a name rather than lists of names:

* the span itself: a ship prefix ("USS Ramage", "HMS Kent"), a storm word ("Hurricane Ida"), a
  possessive left at its start ("’s Residence" from "Vice President’s Residence"), a programme's
  head noun after a word that is no given name ("the maximum Pell Grant", "the Bipartisan
  Infrastructure Law"), a name modifying a body ("the Biden-Harris Administration") or a
  company noun ("Kestrel shares", "Halvorsen Dynamics CEO"), a name ending in a country's name
  after a word that is no given name ("Geoscience Australia"), a title alone ("Founder");
* the words around it: the first words of a body's name ("Bowie | State University") and the
  organisation slot of "Name, Title, Organisation" lines ("..., President, | Morgan");
* the headline: a Title Case headline glues the verb or noun after the name onto it ("President
  Biden Statement on ...", "Biden Gives Address"); those trailing words are cut off;
* one sense per article (:func:`one_sense`): a one-word name the article also writes as an
  organisation or place is that organisation or place ("Pixar's president" beside "Pixar will
  release"), and a surname of a person of the article tagged as an organisation or nationality
  is that person ("Haldane's lawyer" beside "Geoffrey Haldane").
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from ..knowledge import countries
from ..knowledge.companies import company_words
from ..knowledge.offices import ORG_LAST_WORDS
from ..knowledge.wordlists import word_set
from ..names import SUFFIXES, is_given_name
from ..lemmas import verb_form
from .lexicon import FACILITY_HEADS, ORG_NAME_HEADS, TITLE_HEADS, Group

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan

    from .tokens import DocWords

# Prefixes of ship names (Wikipedia, "Ship prefix"): navies of the US (USS, USNS, USCGC), the UK
# and Commonwealth (HMS, HMAS, HMCS, HMNZS), India (INS), South Korea (ROKS), Russia (RFS),
# Indonesia (KRI), Turkey (TCG), the Netherlands (HNLMS), Denmark (HDMS), Argentina (ARA); merchant
# and research vessels (MV, RV). "JS", "SS" and "FS" are left out: also initials of people.
SHIP_PREFIXES = word_set("entities", "ship_prefixes")
# The half-day words of a clock time ("4:18 P.M. KST", "11:51 A.M. CDT", "5:00 a.m. Eastern"): the NER
# may tag them with the time zone after them, or the zone alone, PERSON; no name starts with one
# and a one-word name does not follow one.
_CLOCK_WORDS = frozenset({"a.m.", "p.m."})
# Words before a storm's given name ("Hurricane Melissa", "Typhoon Haiyan", "Tropical Storm
# Alberto", "Storm Babet" in British usage, "Cyclone Idai", "Superstorm Sandy", "Hurricanes
# Helene and Milton"): the name is the storm's in the whole article.
STORM_WORDS = word_set("entities", "storm_words")
# The plural storm words name two storms: "Hurricanes Helene and Milton".
_STORMS_PLURAL = frozenset({"Hurricanes", "Typhoons", "Cyclones", "Storms"})
# Head nouns of laws, grants and programmes named with a word that is no given name ("the Pell
# Grant", "the Bipartisan Infrastructure Law", "the Normandy Format"); after a given name the
# same word can be a surname ("Paul Grant", "Emma Law"), so the test needs that first word.
PROGRAMME_HEADS = word_set("entities", "programme_heads")
# Last words of a site's or facility's name ("Rafah Crossing", "VA Clinic"), never of a person's.
SITE_NAME_HEADS = word_set("entities", "site_name_heads")
# Bodies a name modifies ("the Biden-Harris Administration", "the Obama White House"): the name
# is an attribute of the body, not a mention of the person.
BODY_HEADS = frozenset({"administration", "administrations", "government", "campaign", "era", "presidency"})
# Nouns a headline writes after the name of who speaks or acts ("Biden Statement on ...",
# "Sullivan Meeting with ...", "Harris Remarks at ..."); with the words the article writes in
# lower case and verbs ("Biden Gives Address", "Biden Congratulating ...").
HEADLINE_NOUNS = word_set("entities", "headline_nouns")

# Verbs a headline puts in the present tense right after its subject ("Biden Names Judicial
# Nominees", "Trump Announces Sub-Cabinet Appointments", "Harris Meets ..."): the reporting verbs
# of government and wire headlines (announcements, nominations, statements, meetings).
HEADLINE_VERBS = word_set("entities", "headline_verbs")
# Prepositions a Title Case headline writes capitalised after its subject ("Remarks by President
# Biden Before Air Force One Departure", "Harris At Summit", "Trump On Tariffs"): no person's name
# has one of them after its first word.
HEADLINE_PREPS = frozenset({"before", "after", "at", "on", "with", "during", "for", "to", "from", "ahead", "amid",
                            "following", "upon", "aboard", "in", "regarding", "about"})
# Last words of the name of a body or building: capitalised words after a span that end in one
# make the span the start of that name ("Bowie | State University", "Trinity | Washington
# University", "Miles | College"), with the heads of :mod:`pipeline.knowledge.offices`.
_BODY_TAIL = ORG_LAST_WORDS | ORG_NAME_HEADS | FACILITY_HEADS | frozenset(
    {"federation", "college", "court", "league", "network", "project", "society", "foundation"})
# Titles written after a name in "Name, Title, Organisation" lines ("Ana Ruiz, Founder, Haiti
# Relief Project"); never a surname (unlike "Bishop", "Marshal", "King").
_LINE_TITLES = word_set("entities", "line_titles")

# Academic nouns before "of" and a field of study ("Professor of Law", "School of Medicine",
# "Bachelor of Arts", "Department of History"): what follows is a subject, never a person.
_FIELD_OF = frozenset({"professor", "professors", "professorship", "school", "college", "faculty", "department",
                       "bachelor", "bachelors", "master", "masters", "doctor", "doctorate", "degree", "degrees"})
# Post-nominal words of a retired academic's title ("Dean Emeritus", "Professor Emerita"): no name
# ends in them.
_EMERITUS = frozenset({"emeritus", "emerita", "emeriti"})

# Nouns a company's name modifies without a possessive ("Northrop Grumman CEO Ana Ruiz",
# "Kestrel shares fell", "Brightwater employees"): a person's name takes "'s" there ("Ruiz's
# shares"), so a name right before one is an organisation's.
_COMPANY_NOUNS = word_set("entities", "company_part_nouns")

# Business nouns of ``companies.json`` that also name a person's trade ("investor Warren
# Buffett", "producer Ana Ruiz"): before a one-word name they do not make it a company.
_PERSON_TRADES = word_set("entities", "person_trades")
# Nouns for a sports club before its name ("the club Benfica", "Portuguese side Porto").
_CLUB_NOUNS = frozenset({"club", "side", "outfit", "team"})
_SAY = frozenset({"said", "says", "say"})
# The hedges and descriptions news writes before a group it cannot name for sure ("Suspected
# Islamist militants", "Alleged Russian hackers", "Unidentified gunmen"), whatever the parser's
# tag; not "Armed" ("Armed Forces") nor any participle (a name may start with one: "United").
_HEDGES = word_set("entities", "hedges")

# What follows a verb opening an imperative sentence, never a name that is a subject.
_IMPERATIVE_NEXT = frozenset({"to", "you", "me", "us", "him", "her", "them", "it"})
# Verbs contracted onto a pronoun ("I’m", "she's", "we're"), glued to a name that follows.
_CONTRACTIONS = frozenset({"'m", "’m", "'s", "’s", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d"})


@lru_cache(maxsize=1)
def _legal_forms() -> frozenset[str]:
    """Legal-form suffixes of company names as written ("LLP", "Inc."; ``companies.json``)."""
    return frozenset(company_words().legal_forms)


def business_name(span: "SpacySpan") -> bool:
    """A one-word PERSON span the text marks as a company or a club: a business or club noun
    before it ("the lender Gazprombank", "the club Benfica"), "shares of" / "stake in" before it,
    or "it" as the subject of what it said ("Gazprombank said it would appeal": a person is "he"
    or "she"). Names with a given name are left alone."""
    doc = span.doc
    s, e = span.start, span.end
    if e - s != 1 or is_given_name(doc[s].text) or s == 0:
        return False
    prev = doc[s - 1].lower_
    if prev in _CLUB_NOUNS or prev in company_words().business_nouns and prev not in _PERSON_TRADES:
        return True
    if s >= 2 and (doc[s - 2].lower_, prev) in (("shares", "of"), ("stake", "in"), ("stakes", "in")):
        return True
    return e + 1 < len(doc) and doc[e].lower_ in _SAY and doc[e + 1].lower_ == "it"


def common_word_start(span: "SpacySpan", label: str) -> "SpacySpan | None":
    """An entity span without the common words a sentence starts with, capitalised only by their
    place: a plural noun the parser reads as common ("Attendees included ...", "Gunmen stormed
    ...") and a hedge before a group ("Suspected Islamist militants" -> "Islamist"). None
    when nothing is left."""
    doc = span.doc
    s, e = span.start, span.end
    if e - s > 2 and doc[s].tag_ == "PRP" and doc[s + 1].lower_ in _CONTRACTIONS:
        return doc[s + 2:e]  # "I’m Jill’s husband": the pronoun and its verb, then the name
    if e - s == 1 and label == "PERSON" and doc[s].is_sent_start and doc[s].tag_ == "VB" and e < len(doc) \
            and doc[e].lower_ in _IMPERATIVE_NEXT and not is_given_name(doc[s].text):
        return None  # "Defer to my colleague", "Refer you to ...": a sentence opening on a verb
    if not doc[s].is_sent_start or not doc[s].is_title or is_given_name(doc[s].text):
        return span
    if doc[s].tag_ == "NNS" and e - s == 1 and label in ("ORG", "PRODUCT", "WORK_OF_ART", "FAC") and not any(
            t.text == doc[s].text and not t.is_sent_start for t in doc) or e - s > 1 and doc[s].lower_ in _HEDGES:
        # a plural the text also capitalises inside a sentence is a name ("Houthis", "Sojourners")
        s += 1
    if s == e:
        return None
    return span if s == span.start else doc[s:e]


def storm_names(doc: "Doc", words: "DocWords", body: str) -> frozenset[str]:
    """The given names of storms the article writes after a storm word ("Hurricane Melissa" ->
    "Melissa"); ``body`` is the Doc's text (:func:`pipeline.nlp.text`, read once)."""
    if not any(w in body for w in STORM_WORDS):
        return frozenset()  # most articles: one substring search instead of a token scan
    names = set()
    for i in words.positions(doc, STORM_WORDS):
        if i + 1 < len(doc) and doc[i + 1].is_title and doc[i + 1].is_alpha:
            names.add(doc[i + 1].text)
            if doc[i].text in _STORMS_PLURAL and i + 3 < len(doc) and doc[i + 2].lower_ == "and" \
                    and doc[i + 3].is_title and doc[i + 3].is_alpha:
                names.add(doc[i + 3].text)
    return frozenset(names)


def _headline_tail(tok, lower: frozenset[str]) -> bool:
    """A Title Case word a headline puts after a name: a headline noun, a word the article also
    writes in lower case, or a verb form ("Gives", "Congratulating")."""
    low = tok.lower_
    if is_given_name(tok.text):
        return False
    return (low in HEADLINE_NOUNS or low in lower or tok.tag_ in ("VBZ", "VBG", "VBD")
            or low.endswith("ing") and low[:-3] in lower or low.endswith("s") and low[:-1] in lower)


def _headline_verb(tok, lower: frozenset[str]) -> bool:
    """A Title Case verb in the third person that a headline puts after its subject ("Biden Names
    Judicial Nominees", "Governor Announces Sub-Cabinet"): a listed headline verb, or one the
    article writes in lower case in another form ("named", "announced", "meeting"), which a
    surname ending in "s" ("Jones", "Roberts") is not. A Title Case "-ing" word is one also when it
    is the form of an English verb with its object after it (:func:`pipeline.lemmas.verb_form`:
    "Biden Marking Juneteenth"), which a surname followed by a preposition is not."""
    low = tok.lower_
    if tok.is_title and low.endswith("ing") and len(low) > 5 and not is_given_name(tok.text):
        # a participle opening the topic ("Statement by Governor Roe Marking 40 Years ...", "...
        # Doe Welcoming the ..."): a verb the article writes in another form ("marks",
        # "welcomed"), or one with an object right after it (a number, an article)
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        return (len(low) > 6 and (any(low[:-3] + end in lower for end in ("s", "es", "e", "ed")) or (
            nxt is not None and (nxt.like_num or nxt.lower_ in ("the", "a", "an"))))) or (
            # the "-ing" form of an English verb with its object after it ("Biden Urging Congress",
            # "Doe Welcoming Chancellor X"); a surname ("Kate Browning on ...") has a preposition or nothing
            nxt is not None and (nxt.is_title or nxt.is_upper) and nxt.lower_ not in HEADLINE_PREPS
            and not nxt.lower_.endswith("ing") and verb_form(tok.doc, low))  # ("Manning Honoring ...": the second)
    if not tok.is_title or not low.endswith("s") or len(low) < 4 or is_given_name(tok.text):
        return False
    if low in HEADLINE_VERBS:
        return True
    stems = {low[:-1], low[:-2]} if low.endswith("es") else {low[:-1]}
    return any(f in lower for st in stems for f in (st + "d", st + "ed", st + "ing", st[:-1] + "ing"))


def _body_name(doc: "Doc", e: int) -> bool:
    """Capitalised words from token ``e`` on end in the head of a body's name within three words
    ("Bowie | State University")."""
    for k in range(e, min(e + 3, len(doc))):
        tok = doc[k]
        if not (tok.is_title or tok.is_upper) or not tok.is_alpha:
            return False
        if tok.lower_ in _BODY_TAIL:
            return True
    return False


def _after_line_title(doc: "Doc", s: int) -> bool:
    """The span fills the organisation slot of a "Name, Title, Organisation" line: a comma, a
    capitalised title ending in a title word, a comma, then the span ("..., President, | Morgan")."""
    if s < 3 or doc[s - 1].text != ",":
        return False
    k = s - 2
    if not (doc[k].lower_ in _LINE_TITLES or doc[k].lower_ in TITLE_HEADS) or not (doc[k].is_title or doc[k].is_upper):
        return False
    while k > 0 and k > s - 7 and (doc[k - 1].is_title or doc[k - 1].is_upper or doc[k - 1].lower_ in ("of", "and", "&")):
        k -= 1
    return k > 0 and doc[k - 1].text == ","

def _field_of_study(doc: "Doc", s: int) -> bool:
    """The span starts right after an academic noun and "of" ("Professor of | Law", "School of |
    Medicine"): the name of a subject."""
    return s >= 2 and doc[s - 1].lower_ == "of" and doc[s - 2].lower_ in _FIELD_OF


def _emeritus_title(span: "SpacySpan") -> bool:
    """The span is a retired academic's title: title words and then "Emeritus" or "Emerita"
    ("Dean Emeritus", "Professor Emerita of History")."""
    k = next((t.i for t in span if t.lower_ in _EMERITUS), None)
    return k is not None and k > span.start and all(
        t.lower_ in TITLE_HEADS or t.lower_ in _LINE_TITLES or t.lower_ == "dean" for t in span.doc[span.start:k])


def person_span(span: "SpacySpan", words: "DocWords", *, head_end: int = 0,
                storms: frozenset[str] = frozenset()) -> "SpacySpan | None":
    """The part of a PERSON span that names a person, None when it names none.

    Args:
        span: A PERSON span trimmed of titles (:func:`pipeline.entities.persons.person_tokens`).
        words: The Doc's word tables (words written in lower case).
        head_end: Token index where the title line ends (0: none); trailing headline words are
            cut only there.
        storms: Given names of the article's storms (:func:`storm_names`).
    """
    doc = span.doc
    s, e = span.start, span.end
    first = doc[s]
    if first.text in ("'s", "’s", "'", "’") or first.tag_ == "POS":
        return None  # "Vice President’s Residence": the possessive's head noun, not a name
    if first.lower_ in _CLOCK_WORDS or e - s == 1 and s > 0 and doc[s - 1].lower_ in _CLOCK_WORDS:
        return None  # "4:18 P.M. KST", "5:00 a.m. Eastern": a clock time's time zone
    if first.text in SHIP_PREFIXES or (s > 0 and doc[s - 1].text in SHIP_PREFIXES):
        return None
    if first.text in STORM_WORDS and e - s > 1 or (s > 0 and doc[s - 1].text in STORM_WORDS):
        return None
    if e - s == 1 and first.text in storms:
        return None
    if e - s > 1 and doc[e - 1].is_title and doc[e - 1].lower_ in SITE_NAME_HEADS:
        return None  # "Rafah Crossing", "Oliver W. Dillard VA Clinic": a site's name, no person
    if first.lower_ in ("chargé", "chargée") or first.lower_ == "charge" and s + 1 < len(doc) and (
            doc[s + 1].lower_.startswith(("d'", "d’"))):
        return None  # "Chargé d’Affaires a.i.": the diplomatic title, no name
    if not is_given_name(first.text) and _field_of_study(doc, s) and (e == len(doc) or doc[e].tag_ != "POS") \
            or _emeritus_title(span):
        return None  # "Professor of Law", "Dean Emeritus": a subject, a title
    last = doc[e - 1]
    if last.lower_ in _LINE_TITLES and (e - s == 1 or not is_given_name(first.text)):
        return None  # "Founder", "Senior Policy Advisor": a title, not a name
    if e < len(doc) and doc[e].lower_ in _COMPANY_NOUNS and (doc[e].lower_ != "ceo" or doc[e].text.isupper()):
        return None
    if last.text in _legal_forms() or e < len(doc) and doc[e].text in _legal_forms() and last.whitespace_:
        return None  # "Hamilton LLP", "Bowles Rice | LLP": a firm named for its partners
    if e - s > 1 and last.lower_ in company_words().name_heads and last.lower_ != "steel":
        return None  # "Suzuki Motor", "Kestrel Holdings": a firm's industry word ends it ("Steel" is a surname too)
    # a full name before a body's name is a list line's two items ("Ana Ruiz, Jr. Harbor Action
    # Alliance"), after a title the next person of a list ("Ana Ruiz, Policy Director, Jo Tan,
    # Budget Director"); a single word or a name that starts with no given name is a body's
    body_start = e - s == 1 or not is_given_name(first.text) and last.lower_ not in SUFFIXES
    if s >= head_end and body_start and (_body_name(doc, e) or _after_line_title(doc, s)):
        return None
    if e - s == 1 and e + 1 < len(doc) and doc[e].text == "-" and not first.whitespace_ and (
            doc[e + 1].is_lower or doc[e + 1].is_upper):
        return None  # "Non-NATO ally", "Patriot-class": the first part of a compound modifier
    if e - s > 1 and not is_given_name(first.text) and countries.load().names.get(countries.key(last.text)):
        return None  # "Geoscience Australia", "Virgin Australia": a body or firm named for its country
    if last.lower_ in BODY_HEADS and (e - s > 1 or first.is_title):
        return None  # "the Biden-Harris Administration", "the Administration’s goal": a body
    if e - s > 1 and last.lower_ in PROGRAMME_HEADS and not is_given_name(first.text):
        return None
    if s < head_end:
        e = next((i for i in range(s + 1, e) if _headline_verb(doc[i], words.lower)
                  or doc[i].is_title and doc[i].lower_ in HEADLINE_PREPS), e)
        while e - s > 1 and doc[e - 1].is_title and _headline_tail(doc[e - 1], words.lower):
            e -= 1
    return doc[s:e] if (s, e) != (span.start, span.end) else span


def _last_names(people: list[Group]) -> dict[str, Group | None]:
    """Surname forms of the article's persons named in two or more words: the last word, the
    last two when the name has a particle ("Le Pen"), the first of two surnames ("Cuerpo" of
    "Carlos Cuerpo Caballero"); None where two persons share it."""
    found: dict[str, Group | None] = {}
    for g in people:
        parts = g.name.split()
        if len(parts) < 2:
            continue
        forms = {parts[-1].lower()}
        if len(parts) >= 3:
            forms.add(" ".join(parts[-2:]).lower())
            # the first of two surnames, the one Spanish and Portuguese names go by alone ("Carlos
            # Cuerpo Caballero" -> "Cuerpo"): a capitalised word after the given names that is no
            # given name itself (not "Juan Pablo", nor a middle name)
            k = next((i for i in range(1, len(parts) - 1) if not is_given_name(parts[i])), None)
            if k is not None and parts[k][:1].isupper() and parts[k].isalpha():
                forms.add(parts[k].lower())
        for f in forms:
            found[f] = g if found.get(f, g) is g else None
    return found


def one_sense(others: list[Group], people: list[Group], titled: set[str]) -> tuple[list[Group], list[Group]]:
    """One sense per article for names tagged both as a person and as something else.

    * An organisation or nationality whose name is the surname (or the full name) of exactly one
      person of the article named in full is that person ("Haldane's lawyer", "Le Pen told reporters"), unless
      it is the first word of a longer organisation's name (a company's short form: "Ford" beside
      "Ford Motor Co").
    * A one-word person that no full name of the article contains and that never follows a
      title or honorific, named exactly like an organisation, place or product of the article, is
      that thing ("Pixar's president" beside "Pixar will release"); a place counts only when the
      gazetteer knows it (the model also tags first names as places: "Vernon").

    Args:
        others: Non-person groups.
        people: Person groups.
        titled: Person names of the article written right after an office word or honorific.

    Returns:
        The non-person groups and the person groups after the moves, in the same order.
    """
    surnames = _last_names(people)
    # a full name the model tagged as a person in one place and as something else in another
    # ("the visit of Kishida Fumio" tagged ORG)
    surnames.update({g.name.lower(): g for g in people if len(g.name.split()) > 1 and g.name.lower() not in surnames})
    firsts = {g.name.split()[0].lower() for g in others if g.label == "ORG" and len(g.name.split()) > 1}
    kept: list[Group] = []
    for g in others:
        # a place the gazetteer does not know is no better evidence than an organisation tag
        unknown_place = g.label in ("GPE", "LOC") and g.geo is None and not g.country
        owner = surnames.get(g.name.lower()) if g.label in ("ORG", "NORP", "PRODUCT", "WORK_OF_ART") or unknown_place \
            else None
        if owner is not None and g.geo is None and g.name.lower() not in firsts and (g.label != "NORP" or not g.country):
            owner.mentions.extend(g.mentions)
            continue
        kept.append(g)
    in_full = {w.lower() for g in people if len(g.name.split()) > 1 for w in g.name.split()}
    by_name: dict[str, Group] = {}
    for g in kept:
        if g.label in ("ORG", "PRODUCT") or g.label in ("GPE", "LOC", "FAC") and (g.geo is not None or g.country):
            by_name.setdefault(g.name.lower(), g)
    persons: list[Group] = []
    for p in people:
        other = by_name.get(p.name.lower()) if len(p.name.split()) == 1 else None
        if other is not None and p.name.lower() not in in_full and p.name not in titled:
            other.mentions.extend(p.mentions)
            continue
        persons.append(p)
    return kept, persons
