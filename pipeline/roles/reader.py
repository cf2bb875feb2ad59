"""Per-document token helpers of the roles stage: entities, office words, places, organisations.

A :class:`Reader` wraps one Doc, its entity index and the office ontology, and answers the
questions every other part of the stage asks about a token: is it part of a person's name, an
office word, a country or organisation, a company?
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.attrs import IS_SPACE, LOWER, SENT_START

from ..knowledge import countries as gazetteer
from ..knowledge.offices import ORG_LAST_WORDS, load_offices
from ..knowledge.wordlists import word_set
from .io_posts import known_org
from .office_entities import LOWER_CASE_OFFICE_PAIRS, office_entity_place
from .orgkinds import BODY_NAME_WORDS, STATE_BODY_WORDS, org_kind
from .public_list_items import public_list_item
from ..records import Entity
from ..syntax import apposed_to
from ..tokenarrays import token_indices
from ..nlp import text as text_of
from ..transcripts import turn_labels
from .people import PersonIndex, person_key, same_person  # noqa: F401  (re-exported: resolver, linking, speakers)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..entities import EntityIndex

DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "my", "your"})
POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
WS = re.compile(r"\s+")
_COUNTRY_LABELS = frozenset({"GPE", "NORP"})
# lower-case office words naming the head (or a judge) of the body written before them ("army chief", "court judge",
# "parliament speaker"), or that service's rank ("army general"); "task force officer", "service member" name no office
_BODY_HEADS = frozenset({"chief", "speaker", "leader", "commander", "head", "chair", "general", "judge"})
# Body words that also begin a party's or a nation's name when capitalised ("the National leader",
# "State chief"): only their lower-case form makes an office context.
_NAME_ADJECTIVES = frozenset({"national", "state", "federal", "republic", "kingdom"})


# Legislatures named by a common noun after "member of" ("a member of parliament", "member of
# the house"): a seat in one is an office (the legislator rule of offices.json reads the title)
_LEGISLATURES = word_set("roles", "member_of_legislatures")


# A regnal number written after a monarch's given name ("Elizabeth II", "Charles III").
_REGNAL = re.compile(r"(?:X{0,2})(?:IX|IV|V?I{1,3}|V)")
# Words that head an office only after "crown" (offices.json: heirs apparent).
_HEIR_WORDS = frozenset({"prince", "princess"})
# a ruler's title that is also a common given name (Wikipedia: Amir (name))
_GIVEN_NAME_TITLES = frozenset({"amir", "emir"})
_DESCENT_WORDS = frozenset({"bin", "bint", "ibn", "al", "al-"})

_GENERAL_COMPOUNDS = word_set("roles", "general_compounds")
"""Nouns "General" follows as the adjective of one office or body ("Attorney General",
"Consulate General", "Governor General"; Merriam-Webster 'general' adj. 2b): no rank."""
_GENERAL_BEFORE = word_set("roles", "general_before")
"""Common nouns "General" is the adjective of ("General Counsel", "General Partner", "General
Assembly", "General Staff", "General Motors"): no rank."""


# staff posts written with "to" and the body served ("counsel to the Senate Judiciary Committee",
# "liaison to the Department of Defense"), as other lower-case heads are with "of"
_TO_BODY_HEADS = frozenset({"counsel", "liaison"})


@dataclass
class Candidate:
    """One (person, office) reading before de-duplication and country resolution."""

    start: int  # doc char offsets of the evidence
    end: int
    person: Entity | None
    name: str
    title: str
    role: str
    country: str | None
    organization: str | None
    hint: str | None = None  # a country implied by an institution named in the title
    counterpart: bool = False  # "his Chinese counterpart Wang Yi": the office of another holder
    country_source: str | None = None
    status: str = "current"
    since: str | None = None
    until: str | None = None
    title_start: int = -1  # doc char offset of the title (clause of the office phrase)


_LAST_READER: tuple = (None, None, None)


def reader_for(doc: "Doc", index: "EntityIndex") -> "Reader":
    """The Reader of ``doc`` and ``index``, shared by the roles steps of one article (candidates,
    speakers, resolution), so its per-token tables are filled once, not once per step. The
    identity check makes a new one for another Doc or index; :func:`release_reader` drops it
    when the article is done (a Reader holds its Doc)."""
    global _LAST_READER
    cached = _LAST_READER
    if cached[0] is doc and cached[1] is index:
        return cached[2]
    rd = Reader(doc, index)
    _LAST_READER = (doc, index, rd)
    return rd


def release_reader() -> None:
    """Forget the shared Reader (and with it the Doc it reads)."""
    global _LAST_READER
    _LAST_READER = (None, None, None)


class Reader:
    """Per-document helpers around the Doc, the entity index and the gazetteers."""

    def __init__(self, doc: "Doc", index: "EntityIndex") -> None:
        self.doc = doc
        self.index = index
        self.off = load_offices()
        self.gaz = gazetteer.load()
        self._ent: dict[int, Entity | None] = {}
        self._orgs: dict[str, tuple[str, str] | None] = {}
        self._places: dict[int, tuple[str, str] | None] = {}
        self._persons: dict[str, Entity] | None = None
        self._breaks: list[int] | None = None
        self._heads: list[int] | None = None
        self._starts: list[int] | None = None
        self.chunks: dict[tuple[int, tuple[int, int]], tuple[int, int]] = {}
        """office-title chunks by (head token, block), see :func:`.titles.chunk`"""
        self._turns: list[int] | None = None

    def turn_start(self, idx: int) -> int:
        """Character offset where the words of the transcript turn holding offset ``idx`` start,
        after its label ("MS. ROE:", "Q"); 0 in a text with fewer than two turn labels."""
        if self._turns is None:
            labels = turn_labels(text_of(self.doc))
            self._turns = [lab.end for lab in labels] if len(labels) >= 2 else []
        k = bisect_right(self._turns, idx)
        return self._turns[k - 1] if k else 0

    def person_by_name(self, name: str) -> Entity | None:
        """The first PERSON entity named exactly ``name``."""
        if self._persons is None:
            self._persons = {}
            for e in self.index.entities:
                if e.label == "PERSON":
                    self._persons.setdefault(e.name, e)
        return self._persons.get(name)

    def entity(self, tok: "Token") -> Entity | None:
        i = tok.i
        if i not in self._ent:
            self._ent[i] = None if tok.is_space else self.index.for_doc_span(self.doc, tok)
        return self._ent[i]

    def is_person(self, tok: "Token") -> bool:
        ent = self.entity(tok)
        if ent is None or ent.label != "PERSON":
            return False
        if " " not in ent.name and ent.name.lower() in self.off.modifiers:
            return False  # "Ambassador Extraordinary": a title word the model took for a name
        if all(w in self.off.modifiers or w in self.off.heads or w in self.off.status_words
               for w in ent.name.lower().split()):
            return False  # "Legal Adviser", "Nominee": office or status words the model took for a name
        # The entity stage trims office words from names; a token that is itself a title word
        # ("President" in a "President Biden" mention) is not part of the name, unless a word of
        # the same name comes before it ("Martin Luther King Jr.").
        if not self.is_vocab(tok) or tok.ent_type_ != "PERSON" or tok.lower_ not in self.off.heads \
                or self._royal_style(tok):
            return True
        return tok.i > 0 and self.entity(self.doc[tok.i - 1]) is ent

    def person_at(self, tok: "Token") -> Entity | None:
        """The PERSON entity a token names: its own entity, or, for a proper noun the entity
        stage left untagged, the article's one person whose name contains the name written
        there ("Jane K. Doe" again at the start of her biography)."""
        if self.is_person(tok):
            return self.entity(tok)
        if tok.pos_ != "PROPN" or not tok.is_title or self.is_vocab(tok) or self.entity(tok) is not None:
            return None
        toks = [tok]
        while toks[0].i > 0 and (prev := self.doc[toks[0].i - 1]).dep_ in ("compound", "flat") \
                and prev.head.i == tok.i and not prev.is_punct:
            toks.insert(0, prev)
        if any(self.entity(t) is not None or self.is_vocab(t) for t in toks):
            return None
        nxt = self.doc[tok.i + 1] if tok.i + 1 < len(self.doc) else None
        if nxt is not None and _REGNAL.fullmatch(nxt.text):
            return None  # "Queen Elizabeth II": a monarch's regnal name, not the article's "Liz Truss"
        return self.index.person_named(" ".join(t.text for t in toks))

    def is_head(self, tok: "Token") -> bool:
        low = tok.lower_
        if low not in self.off.heads or tok.ent_type_ == "ORG" and self.in_company(tok):
            return False
        if low in self.off.capital_only and not tok.text[:1].isupper():
            return self._office_context(tok)
        if self._royal_style(tok):
            return False
        if low == "general" and not self._rank_general(tok):
            return False
        if low == "justice" and not self._judge_before_name(tok):
            return False
        return True

    def _judge_before_name(self, tok: "Token") -> bool:
        """Whether "Justice" is a judge's title: written before a name ("Justice Jane Roe", "Chief
        Justice Jane Roe"); elsewhere it names a portfolio or a body ("Justice Minister", "the
        Justice Department", "Department of Justice"), where the head is another word."""
        doc = self.doc
        if tok.i >= 2 and doc[tok.i - 1].lower_ in ("for", "of") and doc[tok.i - 2].lower_ in self.off.heads:
            return False  # "Commissioner for Justice Jane Roe": the portfolio of the head before
        nxt = tok.i + 1
        while nxt < len(doc) and (doc[nxt].is_space or doc[nxt].lower_.rstrip(".") in self.off.courtesy):
            nxt += 1
        return nxt < len(doc) and self.is_person(doc[nxt])

    def _royal_style(self, tok: "Token") -> bool:
        """Whether "Prince"/"Princess" is a royal style written with a name ("Prince Faisal"), not
        the office of an heir ("Crown Prince Hussein"); or "Amir"/"Emir" the given name the model
        starts a person's name with ("Speaker Amir Ohana"), not the ruler's title, which is
        written before "Sheikh" or "of" ("Amir Sheikh Tamim", "the Amir of Kuwait")."""
        if tok.lower_ in _GIVEN_NAME_TITLES:
            nxt = self.doc[tok.i + 1] if tok.i + 1 < len(self.doc) else None
            if getattr(self.entity(tok), "label", None) != "PERSON":
                return False  # the entities stage read it as the ruler's title ("Emir Tamim": Tamim, :mod:`..entities.rulertitles`)
            if not (tok.ent_type_ == "PERSON" and tok.ent_iob_ == "B" and nxt is not None and nxt.ent_iob_ == "I"
                    and nxt.lower_ not in self.off.courtesy):
                return False
            k = tok.i + 1  # "Emir Tamim bin Hamad": an Arabic name of descent follows the title
            while k < len(self.doc) and self.doc[k].ent_iob_ == "I":
                if self.doc[k].lower_ in _DESCENT_WORDS:
                    return False
                k += 1
            return True
        return tok.lower_ in _HEIR_WORDS and (tok.i == 0 or self.doc[tok.i - 1].lower_ != "crown")

    def _rank_general(self, tok: "Token") -> bool:
        """Whether "General" is the military rank: written after a noun it is the adjective of a
        compound whose head is that noun ("Attorney General", "U.S. Consulate General"), and
        before a common noun it is the adjective of that noun ("General Counsel", "General
        Hospital"); the rank stands before a name or after a service or rank word ("Army General")."""
        doc = self.doc
        prev = doc[tok.i - 1] if tok.i > 0 else None
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if prev is not None and prev.lower_ in _GENERAL_COMPOUNDS:
            return False
        return not (nxt is not None and nxt.lower_ in _GENERAL_BEFORE)

    def _office_context(self, tok: "Token") -> bool:
        """Whether a lower-case word that is also an ordinary noun ("chief", "head",
        "commander") names an office here: after a country or organisation, possibly over
        lower-case title words ("North Korean leader", "EU foreign policy chief", "Pakistan's
        army chief"), or before "of" + a country, organisation or named body ("the head of
        NATO", "chief of the Russian General Staff", "commander of U.S. Indo-Pacific Command")."""
        doc = self.doc
        i = tok.i - 1
        while i >= 0 and doc[i].is_lower and doc[i].lower_ in self.off.modifiers:
            i -= 1
        if tok.i > 0 and doc[tok.i - 1].lower_ in self.off.gov_body_words and tok.lower_ in _BODY_HEADS and (
                i + 1 < tok.i or doc[tok.i - 1].is_title and doc[tok.i - 1].lower_ not in _NAME_ADJECTIVES):
            return True  # "parliament speaker", "army chief", "Parliament speaker", "Army chief"
        if i >= 0 and doc[i].text in POSSESSIVE:
            i -= 1
        if i >= 0 and self.place(doc[i]) is not None:
            return True
        if tok.i > 0 and f"{doc[tok.i - 1].lower_} {tok.lower_}" in LOWER_CASE_OFFICE_PAIRS:
            return True  # "Senate Majority leader Harry Reid", "a special representative for X": offices in lower case
        if tok.lower_ == "leader" and self.after_opposition(tok.i) >= 0:
            return True  # "Opposition leader Jane Doe", "opposition Labour leader": the Official Opposition's
        if public_list_item(self, tok):
            return True  # "joined the staff of the Senate Committee ..., serving as counsel, staff director, and then chief counsel"
        j = tok.i + 1
        if j >= len(doc) or not (doc[j].lower_ == "of" or doc[j].lower_ == "to" and tok.lower_ in _TO_BODY_HEADS):
            return False
        if doc[j].lower_ == "to":  # a government's body only ("counsel to the Senate ... Committee", not to a firm)
            k = j + 2 if j + 1 < len(doc) and doc[j + 1].lower_ == "the" else len(doc)
            return k < len(doc) and self.named_unit_end(k, len(doc)) is not None
        j += 1
        if j < len(doc) and doc[j].lower_ == "the":
            j += 1
        if j < len(doc) and (tok.lower_ == "member" and doc[j].lower_ in _LEGISLATURES or (tok.lower_, doc[j].lower_) == ("leader", "opposition")):
            return True  # "a member of parliament", "the leader of the opposition": a seat in the legislature
        if tok.lower_ == "chief" and j == tok.i + 2 and j < len(doc) and doc[j].lower_ == "staff":
            return True  # "as his chief of staff": the office of the head of a leader's staff
        if tok.lower_ == "chief" and j > tok.i + 2 and j + 1 < len(doc) and doc[j + 1].lower_ == "staff" \
                and doc[j].is_lower:
            return True  # "the chief of the defence staff", "chief of the general staff": a service's head
        if j >= len(doc) or not doc[j].text[:1].isupper():
            return False
        ent = self.entity(doc[j])
        # "commander of the Fourth Division", "chief of the Defence Staff"
        return self.place(doc[j]) is not None or self.is_vocab(doc[j]) or (
            ent is not None and ent.label == "ORG" and ent.name.split()[-1].lower() in ORG_LAST_WORDS) \
            or self.named_unit_end(j, len(doc)) is not None

    def after_opposition(self, i: int) -> int:
        """Where "opposition" is written before token ``i`` over at most two party names
        (capitalised) or title words ("Opposition leader", "opposition Conservative leader", "the opposition's leader").
        Returns the token index of "opposition", or -1."""
        doc = self.doc
        k = i - 1
        while k >= max(i - 3, 0) and doc[k].lower_ != "opposition" and (
                doc[k].text in POSSESSIVE or doc[k].is_title and doc[k].is_alpha or doc[k].lower_ in self.off.modifiers):
            k -= 1
        return k if k >= 0 and doc[k].lower_ == "opposition" else -1

    def named_unit_end(self, j: int, limit: int) -> int | None:
        """End (exclusive) of a named formation or public body starting at token ``j``: a run
        of capitalised words, possibly with a number, whose last word is a unit word
        ("Carrier Strike Group 4", "Federal Mine Safety Board"); None when there is none."""
        doc = self.doc
        k = j
        words: list[str] = []
        while k < limit and k - j < 8:
            tok = doc[k]
            if tok.is_alpha and tok.text[:1].isupper() and not self.is_person(tok) \
                    and tok.ent_type_ not in ("DATE", "PERSON"):
                words.append(tok.lower_)
            elif not (tok.like_num and tok.text.isdigit() and k > j or tok.text == "-" and k > j):
                break
            k += 1
        while k > j and (doc[k - 1].text == "-"):
            k -= 1
        return k if self.off.is_unit_name(words) else None

    def is_vocab(self, tok: "Token") -> bool:
        low = tok.lower_
        return (low in self.off.heads or low in self.off.modifiers and (low not in ("pro", "war", "implementation", "diplomatic") or tok.is_title)) and not self._royal_style(tok)

    def place(self, tok: "Token") -> tuple[str, str] | None:
        """:meth:`_place`, remembered per token: the title readers ask again about the same words."""
        return self._places[tok.i] if tok.i in self._places else self._places.setdefault(tok.i, self._place(tok))

    def _place(self, tok: "Token") -> tuple[str, str] | None:
        """("country", ISO3) or ("org", name) for a token inside a country or organisation name;
        a company or other non-government body gives ("company", name)."""
        ent = self.entity(tok)
        if ent is not None and (ent.label == "LAW" or tok.ent_type_ == "GPE" and self._names_body(tok)):
            return None  # "the Georgetown Law Journal", "the Paris Agreement": a body or instrument named after a place
        if ent is not None:
            if ent.label in _COUNTRY_LABELS and ent.country:
                return ("country", ent.country)
            if ent.label == "ORG":
                org = known_org(ent.name, self.gaz)
                if org:
                    return None if self._inside_longer_body(tok, ent) else ("org", org)
                if (hit := office_entity_place(self, tok, ent)) is not False:
                    return hit  # "Caretaker", "the Governor General of Canada": office words, not a body
                if self._title_and_name(tok, ent) or self._title_before_name(tok, ent):
                    return None  # "Taoiseach Micheál Martin" tagged as one body: a title and its holder
                return self._org_place(ent.name)
        if tok.ent_type_ in ("GPE", "NORP"):
            code = self.gaz.country(tok.text)
            if code:
                return ("country", code)
        return None

    def _title_before_name(self, tok: "Token", ent: Entity) -> bool:
        """Whether an ORG entity ends in an office's head word right before a person's name: a
        title the model took for a body ("Small Business Administrator Isabel Guzman"); no body's
        name ends in a holder's noun before a name."""
        doc = self.doc
        e = tok.i
        while e + 1 < len(doc) and self.entity(doc[e + 1]) is ent:
            e += 1
        if not (e + 1 < len(doc) and doc[e].is_title and doc[e].lower_ in self.off.heads):
            return False
        if self.is_person(doc[e + 1]):
            return True
        # "our COVID Coordinator, Jeff Zients,": the name in apposition to the head word
        return e + 2 < len(doc) and doc[e + 1].text == "," and self.is_person(doc[e + 2]) \
            and apposed_to(doc[e + 2], doc[e])

    def _title_and_name(self, tok: "Token", ent: Entity) -> bool:
        """Whether an ORG entity's words are office words up to a head word, then two or three
        capitalised singular proper nouns that are neither office words nor words of a body's
        name: an office and its holder the model took for one body ("Taoiseach Micheál Martin";
        not "General Crimes Section")."""
        doc = self.doc
        s = e = tok.i
        while s > 0 and self.entity(doc[s - 1]) is ent:
            s -= 1
        while e + 1 < len(doc) and self.entity(doc[e + 1]) is ent:
            e += 1
        toks = [t for t in doc[s:e + 1] if t.lower_ != "the"]
        k = 0
        while k < len(toks) and self.is_vocab(toks[k]):
            k += 1
        rest = toks[k:]
        return 0 < k and toks[k - 1].lower_ in self.off.heads and 2 <= len(rest) <= 3 and all(
            t.text[:1].isupper() and t.tag_ == "NNP" and t.lower_ not in ORG_LAST_WORDS
            and t.lower_ not in self.off.gov_body_words and t.lower_ not in BODY_NAME_WORDS for t in rest)

    def _names_body(self, tok: "Token") -> bool:
        """Whether a place name is the first word of a capitalised body's name: up to three
        capitalised words follow it, the last a word that ends the names of organisations
        ("Georgetown Law Journal", "Geneva Graduate Institute"); such a place is no country served."""
        doc = self.doc
        j = tok.i + 1
        while j < len(doc) and doc[j].ent_type_ == "GPE" and doc[j].ent_iob_ == "I":
            j += 1
        k = j
        while k < len(doc) and k - j < 3 and doc[k].is_alpha and doc[k].text[:1].isupper() \
                and doc[k].ent_type_ in ("", "ORG"):
            if doc[k].lower_ in ORG_LAST_WORDS and doc[k].lower_ not in STATE_BODY_WORDS:
                return True
            k += 1
        return False

    def _inside_longer_body(self, tok: "Token", ent: Entity) -> bool:
        """Whether an international organisation's name is the tail of a longer capitalised
        body name: "National Security Council" is a national body, not the UN's Security
        Council."""
        doc = self.doc
        i = tok.i
        while i > 0 and self.entity(doc[i - 1]) is ent:
            i -= 1
        if i == 0:
            return False
        prev = doc[i - 1]
        return prev.text[:1].isupper() and prev.is_alpha and prev.lower_ in self.off.modifiers \
            and self.place(prev) is None

    def _org_place(self, name: str) -> tuple[str, str] | None:
        hit = self._orgs.get(name, False)
        if hit is False:
            hit = self._orgs[name] = org_kind(name, self.gaz)
        return hit

    def in_company(self, tok: "Token") -> bool:
        """Whether ``tok`` is inside a company name and not its last word ("General" in
        "General Motors" is not a rank)."""
        ent = self.entity(tok)
        if ent is None or ent.label != "ORG" or self.place(tok) is None or self.place(tok)[0] != "company":
            return False
        nxt = self.doc[tok.i + 1] if tok.i + 1 < len(self.doc) else None
        return nxt is not None and self.entity(nxt) is ent

    def in_title(self, tok: "Token") -> bool:
        if tok.is_space or self.is_person(tok):
            return False
        if self.is_vocab(tok) or self.place(tok) is not None:
            return True
        # Regions inside a title ("Indo-Pacific Command"); a named body only when its name is
        # made of office words, since the model also tags people as ORG ("Olaf Scholz").
        if tok.ent_type_ == "LOC" and tok.text[:1].isupper():
            return True
        ent = self.entity(tok)
        return (tok.ent_type_ in ("ORG", "FAC") and ent is not None and ent.label in ("ORG", "FAC")
                and any(w in self.off.modifiers for w in ent.name.lower().split())
                and not self._name_tail(tok))

    def _name_tail(self, tok: "Token") -> bool:
        """Whether ``tok`` is in a run of two or more capitalised non-office words ending a
        span the model tagged as one organisation with a title ("Defense Lloyd Austin",
        "Homeland Security Alejandro Mayorkas"): a person's name, not the body's."""
        doc = self.doc
        s = e = tok.i
        while s - 1 >= 0 and doc[s - 1].ent_iob_ == "I" and not self.is_vocab(doc[s]) and doc[s - 1].ent_type_ == tok.ent_type_:
            s -= 1
        if self.is_vocab(doc[s]) or doc[s].lower_ in self.off.connectors:
            s += 1
        while e + 1 < len(doc) and doc[e + 1].ent_iob_ == "I":
            e += 1
        tail = doc[s:e + 1]
        return (len(tail) >= 2 and s > 0 and doc[s - 1].ent_iob_ in ("B", "I") and self.is_vocab(doc[s - 1])
                and all(t.is_title and t.pos_ == "PROPN" and not self.is_vocab(t)
                        and t.lower_ not in self.off.gov_body_words for t in tail))

    def block(self, tok: "Token") -> tuple[int, int]:
        """Token bounds of the line around ``tok``: the parser sometimes splits a title from
        its name ("Vice | President Kamala Harris"), so titles are bounded by lines and
        punctuation rather than by the parser's sentences."""
        breaks = self._line_breaks()
        k = bisect_left(breaks, tok.i)  # line-break tokens are never heads: tok.i is not among them
        s = breaks[k - 1] + 1 if k > 0 else 0
        e = breaks[k] if k < len(breaks) else len(self.doc)
        return s, e

    def sentence(self, i: int) -> tuple[int, int]:
        """Token range of the sentence holding token ``i``: the same bounds as ``doc[i].sent``
        (sentence-start flags), found by a binary search over starts computed once per Doc."""
        if self._starts is None:
            flags = self.doc.to_array([SENT_START]).ravel() if len(self.doc) else ()
            self._starts = [int(k) for k in (flags == 1).nonzero()[0]] if len(self.doc) else []
            if not self._starts or self._starts[0] != 0:
                self._starts.insert(0, 0)
        starts = self._starts
        k = bisect_right(starts, i) - 1
        return starts[k], starts[k + 1] if k + 1 < len(starts) else len(self.doc)

    def sentences(self, start: int, end: int) -> list[tuple[int, int]]:
        """Token ranges of the sentences that tokens [start, end) touch, in order."""
        if end <= start:
            return []
        out = [self.sentence(start)]
        while out[-1][1] < end:
            out.append(self.sentence(out[-1][1]))
        return out

    def _line_breaks(self) -> list[int]:
        """Indices, in order, of the whitespace tokens holding a line break (computed once)."""
        if self._breaks is None:
            doc = self.doc
            spaces = doc.to_array([IS_SPACE]).ravel().nonzero()[0] if len(doc) else ()
            self._breaks = [int(i) for i in spaces if "\n" in doc[int(i)].text]
        return self._breaks

    def head_tokens(self) -> list[int]:
        """Indices, in order, of the tokens whose lower-case form is an office head word: the
        only tokens a title can start from (:meth:`is_head` decides on each)."""
        if self._heads is None:  # once per Doc: linking and speakers both ask
            self._heads = token_indices(self.doc, LOWER, self.off.heads)
        return list(self._heads)
