"""Who a quotation's speaker is: resolving a subject token to an entity or a named office.

Per-article lookups (person and organisation mentions outside quotations, sorted by their
start in the original text) are built once; every lookup of a mention before or between
offsets is a binary search, so the cost grows with mentions + quotations, not their product.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from ..knowledge.offices import HONORIFICS
from ..nlp import article_of, original_range, raw_text
from ..records import Entity
from ..transcripts import turn_labels
from .turns import title_turn_name
from .syntax import dateline_span, in_dateline, is_cue, is_main_subject, is_subject_name, next_mark, np_tokens, phrase, subject
from .words import (
    DEFINITE, DOCUMENT_NOUNS, EMPLOYER_PREPS, EPITHET_NOUNS, INDEFINITE, NOT_AUTHOR_PREPS, ORG_NOUNS, ORG_PRONOUNS, PERSON_NOUNS,
    PERSON_PRONOUNS, SPEAKER_LABELS, SUBJECT_DEPS, TITLE_ABBREVIATIONS, TITLE_WORDS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from ..entities import EntityIndex
    from ..quotemarks import QuotePair

__all__ = ["Mentions", "Speakers"]

# A cited source in parentheses after the closing mark: "... ” (Zivotofsky v. Kerry)".
PAREN_SOURCE = re.compile(r"[\s*_]*\(([^()\n]{2,80})\)")
# An epigraph's or byline's dash line: "“...” – President Biden, February 19, 2021".
DASH_LINE = re.compile(r"[*_ \t]*(?:\n[\s*_]*)?[―–—]{1,2}[ \t]*[*_]*[ \t]*([^\n]{2,120})")
BYLINE_SPLIT = re.compile(r"[,(]")
# A transcript's stage direction in parentheses, not a source: "(Applause.)", "(Laughter.)".
STAGE_DIRECTION = re.compile(r"^[A-Z][a-z]+(?:\s[a-z]+)?\.$")
# All capitals and digits: an abbreviation in parentheses, not a source.
ACRONYM = re.compile(r"^[A-Z0-9&.\- ]{1,10}$")

Mention = tuple[int, int, Entity]

# "I" and "we" of a quotation's reporting verb: the speaker of the remarks ("I said at that
# time, “...”"; "we mean it when we say, “...”").
FIRST_PERSON = frozenset({"i", "we"})
# Titles of texts one person speaks or signs: "Remarks by President X", "Statement from X".
SPOKEN_TITLE = re.compile(r"^\s*(?:remarks|statement|message|letter|op-ed|address|interview|"
                          r"readout|excerpts?|press conference)\b[^\n]{0,40}?\b(?:by|from|of)\b", re.IGNORECASE)



def _offsets(item: tuple) -> tuple[int, int]:
    return item[0], item[1]


def _surname(ent: Entity) -> str:
    """The last word of a person's name, without a generational suffix ("Biden" of "Joseph R. Biden Jr.")."""
    words = [w for w in ent.name.split() if w.lower().rstrip(".") not in ("jr", "sr", "ii", "iii", "iv")]
    return words[-1].rstrip(".,") if words else ""

class Mentions:
    """Entity mentions ``(start, end, entity)`` sorted by start, searched by offset."""

    def __init__(self, items: list[Mention]) -> None:
        self.items = items
        self._starts = [m[0] for m in items]

    def before(self, pos: int) -> Mention | None:
        """The last mention that starts before ``pos``."""
        i = bisect_left(self._starts, pos)
        return self.items[i - 1] if i else None

    def upto(self, pos: int) -> list[Mention]:
        """The mentions that start before ``pos``, in text order."""
        return self.items[:bisect_left(self._starts, pos)]

    def between(self, lo: int, hi: int) -> list[Mention]:
        """The mentions that start at ``lo`` or later and before ``hi``, in text order."""
        return self.items[bisect_left(self._starts, lo):bisect_left(self._starts, hi)]


class Speakers:
    """Per-article lookups for resolving speakers.

    Args:
        doc: The parsed article.
        text: ``doc.text`` (spaCy rebuilds it on every access).
        entities: The article's entity index.
        pairs: The article's quotations; mentions inside them are never speakers.
    """

    def __init__(self, doc: "Doc", text: str, entities: "EntityIndex", pairs: list["QuotePair"]) -> None:
        self.doc = doc
        self.text = text
        self.index = entities
        self.raw = raw_text(doc)
        # Quoted stretches of the original text, merged where they nest or overlap.
        merged: list[list[int]] = []
        for s, e in sorted(original_range(doc, p.start, p.end) for p in pairs):
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        self._labels: list | None = None  # transcript turn labels, found on first use
        self._label_starts: list[int] = []
        self._turn_people: dict[str, Entity | None] = {}
        self._quoted_starts = [s for s, _ in merged]
        self._quoted_ends = [e for _, e in merged]
        # Person and organisation mentions outside any quotation, by original start offset.
        # Sorted by offsets only: two entities can share a span (a name the entities stage could
        # not assign to one of two people), and entities themselves have no order; the sort is
        # stable, so ties keep the entities' own (deterministic) order.
        self.persons = Mentions(sorted(
            ((m.start, m.end, e) for e in entities.entities if e.label == "PERSON" for m in e.mentions
             if not self.in_quote(m.start)), key=_offsets))
        # The agency of a wire dateline ("TEHRAN (Reuters) -") is not an organisation of the story:
        # "it said" never refers back to it.
        dl_start, dl_end = dateline_span(self.raw)
        self.orgs = Mentions(sorted(
            ((m.start, m.end, e) for e in entities.entities if e.label == "ORG" for m in e.mentions
             if not self.in_quote(m.start) and not dl_start <= m.start < dl_end), key=_offsets))

    def in_quote(self, pos: int) -> bool:
        """Whether an original-text offset lies inside a quotation."""
        i = bisect_right(self._quoted_starts, pos) - 1
        return i >= 0 and pos < self._quoted_ends[i]

    def speaker(self, subj: "Token") -> tuple[Entity | None, str | None]:
        """Entity and name for a subject token (a pronoun, a name, an office, a document)."""
        low = subj.lower_
        if subj.pos_ == "PRON":
            bound = self._reported_self(subj)
            if bound is not None:
                return bound, bound.name
            if low in PERSON_PRONOUNS:
                return self._resolve_person(subj)
            if low in FIRST_PERSON:
                found = self.first_person(subj)
                return (found, found.name) if found else (None, self._title_turn_name(subj))
            if low in ORG_PRONOUNS:
                org = self.preceding(self.orgs, subj)
                return (org, org.name) if org else (None, None)
            return None, None
        ent = self.entity(subj)
        if ent is not None and ent.label in SPEAKER_LABELS:
            return ent, ent.name
        lemma = subj.lemma_.lower()
        scope = np_tokens(subj)
        owner = self._owner_tokens(subj, lemma)
        for t in scope:
            e = self.entity(t) if t.i not in owner else None
            if e is not None and e.label == "PERSON":
                return e, e.name
        if any((e := self.entity(t)) is not None and e.label == "PERSON" for t in scope if t.i in owner):
            # "Marsh's deputy said", "Reyes's lawyer told": someone's unnamed person speaks, not
            # the owner ("Marsh's deputy, Paul Grant," was taken above by his name)
            return None, None
        for t in scope:
            # "the watchdog, the Project on Government Oversight": the named apposition speaks
            e = self.entity(t) if t.dep_ == "appos" else None
            if e is not None and e.label in SPEAKER_LABELS:
                return e, e.name
        if lemma in PERSON_NOUNS and subj.tag_ == "NNS":
            # Unnamed people of a named organisation ("analysts at Jefferies", "officials from the
            # ministry said") speak for it; one of them alone ("a spokesman for X") keeps his office.
            for t in scope:
                if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.i == subj.i \
                        and t.head.lower_ in EMPLOYER_PREPS:
                    e = self.entity(t)
                    if e is not None and e.label == "ORG":
                        return e, e.name
        if lemma in DOCUMENT_NOUNS:
            # The author is written as "the Kremlin's statement", "a statement from/by/of X",
            # not "a letter to the board".
            for t in np_tokens(subj, skip_preps=NOT_AUTHOR_PREPS):
                e = self.entity(t)
                if e is not None and e.label in SPEAKER_LABELS:
                    return e, e.name
            owner = next((c for c in subj.children if c.dep_ == "poss" and c.pos_ == "NOUN"), None)
            found = self._antecedent(owner, owner.lemma_.lower()) if owner is not None else None
            if found is not None:
                return found, found.name  # "the ministry's statement"
            if subj.dep_ not in SUBJECT_DEPS:
                # "X released a statement saying “...”": the statement's author is X
                v = subj.head
                while v.pos_ == "ADP" and v.head.i != v.i:
                    v = v.head
                author = subject(v) if v.pos_ in ("VERB", "AUX") else None
                if author is not None and author.i != subj.i and author.lemma_.lower() not in DOCUMENT_NOUNS:
                    return self.speaker(author)
        if subj.pos_ == "NOUN" and subj.tag_ == "NN" and any(
            c.dep_ == "det" and c.lower_ in DEFINITE for c in subj.children
        ):
            found = self._antecedent(subj, lemma)
            if found is None and lemma in EPITHET_NOUNS and not any(
                    c.dep_ in ("amod", "compound") for c in subj.children):
                # "the pontiff said", "the veteran said": news refers back to the person just named
                # with a word that is never written next to the name, as it would with "he".
                found = self._resolve_person(subj)[0]
            if found is not None:
                return found, found.name
        if self._unnamed_group(subj, scope):
            return None, None
        said_by = phrase(subj)
        if said_by.islower() and lemma not in PERSON_NOUNS and lemma not in ORG_NOUNS:
            # "the decision", "their children", "some people": no one the text names or any
            # office; the speaker is looked for elsewhere
            return None, None
        return self.named(said_by)

    @staticmethod
    def _owner_tokens(subj: "Token", lemma: str) -> frozenset[int]:
        """The possessor of a person noun ("Marsh's" in "Marsh's deputy"): not who speaks. A
        document's or an organisation's possessor ("Reyes's statement", "the mayor's office")
        is its author and stays in scope.

        Args:
            subj: The subject of the reporting verb.
            lemma: Its lower-case lemma.
        """
        if subj.pos_ != "NOUN" or lemma in DOCUMENT_NOUNS or lemma in ORG_NOUNS:
            return frozenset()
        return frozenset(t.i for c in subj.children if c.dep_ == "poss" for t in c.subtree)

    def _unnamed_group(self, subj: "Token", scope: list["Token"]) -> bool:
        """Someone the text does not identify: an indefinite or bare plural phrase naming no
        person or organisation ("a senior official", "one engineer", "a group of Washington
        politicians", "officials", "his lawyers"). Such a quotation is unattributed; "a spokesman for Boeing"
        and "analysts at X" name who speaks and are kept.
        """
        if subj.pos_ != "NOUN":
            return False
        indefinite = any(c.lower_ in INDEFINITE and c.dep_ in ("det", "nummod") for c in subj.children)
        # A true plural ("officials", "analysts"); a collective ("police") names a body.
        bare_plural = subj.tag_ == "NNS" and subj.lemma_.lower() != subj.lower_ and not any(
            c.dep_ in ("det", "poss") for c in subj.children)
        # "his lawyers", "her spokesman": someone's unnamed people
        owned = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subj.children)
        if not (indefinite or bare_plural or owned):
            return False
        # A place only says where the people are from ("a group of Washington politicians").
        return not any(t.ent_type_ in ("PERSON", "ORG") or t.pos_ == "PROPN" and not t.ent_type_ for t in scope)

    def _reported_self(self, pron: "Token") -> Entity | None:
        """Who "he"/"she"/"it" is in a clause reported by a named subject: that subject.

        English binds the pronoun of a reported clause to the one who reports it ("Iran said it
        would respond “...”", "Ruto said he would “...”"), whoever else was named before.
        """
        low = pron.lower_
        labels = ("PERSON",) if low in PERSON_PRONOUNS else ("ORG", "GPE", "NORP") if low in ORG_PRONOUNS else ()
        if not labels:
            return None
        v = pron.head
        for _ in range(3):
            if v.dep_ not in ("ccomp", "xcomp") or v.head.i == v.i:
                return None
            v = v.head
            if is_cue(v):
                break
        else:
            return None
        gov = next((c for c in v.children if c.dep_ in ("nsubj", "csubj") and not in_dateline(c)), None)
        if gov is None or gov.pos_ == "PRON":
            return None
        ent = self.speaker(gov)[0]  # never a pronoun here, so no second round
        return ent if ent is not None and ent.label in labels else None

    def first_person(self, pron: "Token") -> Entity | None:
        """Who "I" (or "we") is: the speaker of the transcript turn the word is in, else the one
        person the title says gives the remarks or signs the statement.

        A turn label names its speaker by surname ("PRESIDENT BIDEN:", "MS. RUIZ:") or by office
        ("THE PRESIDENT:"), then the person the text names with that office ("President Biden")
        speaks. A reporter's question ("Q") and an unnamed label give no one.
        """
        pos = original_range(self.doc, pron.idx, pron.idx + 1)[0]
        label = self.turn_at(pos)
        if label is not None:
            return None if label.question else self._label_person(label.text)
        art = article_of(self.doc)
        title = (art.title if art is not None and art.title else self.raw[:self.raw.find("\n")]) or ""
        if not SPOKEN_TITLE.match(title):
            return None
        named = [e for e in self._person_entities() if _surname(e) and re.search(
            rf"\b{re.escape(_surname(e))}\b", title)]
        return named[0] if len(named) == 1 else None

    def _title_turn_name(self, pron: "Token") -> str | None:
        """The name the title gives the office of an office-only turn label (see
        :func:`.turns.title_turn_name`), for an "I" the entity stage could not resolve."""
        label = self.turn_at(original_range(self.doc, pron.idx, pron.idx + 1)[0])
        if label is None or label.question:
            return None
        art = article_of(self.doc)
        title = (art.title if art is not None and art.title else self.raw[:self.raw.find("\n")]) or ""
        return title_turn_name(label.text, title) if SPOKEN_TITLE.match(title) else None

    def turn_at(self, pos: int):
        """The transcript turn label that ``pos`` (an offset in the original text) follows, if any."""
        if self._labels is None:
            self._labels = list(turn_labels(self.raw))
            self._label_starts = [lab.start for lab in self._labels]
        i = bisect_right(self._label_starts, pos)
        return self._labels[i - 1] if i else None

    def _person_entities(self) -> list[Entity]:
        return [e for e in self.index.entities if e.label == "PERSON"]

    def _label_person(self, label: str) -> Entity | None:
        if label not in self._turn_people:  # once per label text: a transcript repeats its labels
            self._turn_people[label] = self._find_label_person(label)
        return self._turn_people[label]

    def _find_label_person(self, label: str) -> Entity | None:
        words = [w for w in label.lower().replace("’", "'").split() if w]
        by_surname = [e for e in self._person_entities() if _surname(e).lower() in words]
        if by_surname:
            return by_surname[0] if len(by_surname) == 1 else None
        office = " ".join(w for w in words if w.rstrip(".") not in HONORIFICS and w != "the")
        if not office:
            return None
        # The person the text names with the label's office: "President Biden" for "THE
        # PRESIDENT", but not "Vice President Harris".
        pattern = re.compile(rf"(?<![\w-])(?<!vice )(?<!former ){re.escape(office)}\s+$")
        raw = self.raw
        for start, _end, ent in self.persons.items:
            if pattern.search(raw[max(0, start - 40):start].lower()):
                return ent
        return None

    def _antecedent(self, noun: "Token", lemma: str) -> Entity | None:
        """The organisation or office holder a definite noun phrase refers back to.

        "the company said" names the nearest organisation before it; "the bank chief said"
        the nearest person introduced with that word ("US bank chief Ben Bernanke",
        "Ben Bernanke, the bank chief").
        """
        if lemma in ORG_NOUNS:
            return self.preceding(self.orgs, noun)
        if lemma not in PERSON_NOUNS:
            return None
        pos = original_range(self.doc, noun.idx, noun.idx + 1)[0]
        raw = self.raw
        # News style abbreviates the title before a name ("Gen. Dan Caine ... the general said").
        short = TITLE_ABBREVIATIONS.get(lemma)
        word = re.compile(rf"\b{re.escape(lemma)}\b" + (rf"|\b{re.escape(short)}" if short else ""))
        for start, end, ent in reversed(self.persons.upto(pos)):
            if word.search(raw[max(0, start - 40):start].lower() + " " + raw[end:end + 40].lower()):
                return ent
        return None

    def entity(self, tok: "Token") -> Entity | None:
        """The entity a name token belongs to, if any."""
        if not tok.ent_type_ and tok.pos_ != "PROPN":
            return None
        return self.index.for_doc_span(self.doc, tok)

    def preceding(self, mentions: Mentions, tok: "Token") -> Entity | None:
        """The entity of the last mention that starts before ``tok``."""
        found = mentions.before(original_range(self.doc, tok.idx, tok.idx + len(tok.text))[0])
        return found[2] if found else None

    def _resolve_person(self, pron: "Token") -> tuple[Entity | None, str | None]:
        """A he/she subject: the nearest preceding person, or an office holder named nearer."""
        found = self._resolve_third_person(pron)
        # In a transcript turn the speaker is "I": "he"/"she" is someone else, and the words of
        # the turn label ("THE PRESIDENT:") are no antecedent.
        label = self.turn_at(original_range(self.doc, pron.idx, pron.idx + 1)[0]) if found[0] or found[1] else None
        if label is not None and not label.question and (
                found[0] is not None and found[0] is self._label_person(label.text)
                or found[0] is None and found[1] and found[1].lower() in label.text.lower()):
            return None, None
        return found

    def _resolve_third_person(self, pron: "Token") -> tuple[Entity | None, str | None]:
        pos = original_range(self.doc, pron.idx, pron.idx + 1)[0]
        last = self.persons.before(pos)
        person_at, person = (last[0], last[2]) if last else (-1, None)
        doc = self.doc
        lo = doc[pron.sent.start - 1].sent.start if pron.sent.start > 0 else 0
        lo_char = original_range(doc, doc[lo].idx, doc[lo].idx + 1)[0]
        # The subject of the previous sentence is a likelier antecedent than a person named
        # after it ("Doherty credits Jobs' success to ... He says “...”").
        if person is not None and person_at >= lo_char:
            subj_person = self._subject_person(doc[lo:pron.i])
            if subj_person is not None and subj_person is not person and not self._is_subject_at(person_at, doc[lo:pron.i]):
                person = subj_person
        for t in reversed(doc[lo:pron.i]):
            if original_range(doc, t.idx, t.idx + 1)[0] <= person_at:
                break
            if self._titled_org_name(t):
                # "City spokesman Thabo Mokoena said ...": a name written after an office word is a
                # person even when the entity stage took it for an organisation.
                e = self.entity(t)
                if e is not None:
                    return e, e.name
            # An office holder named after the person: only as a subject or predicate ("A senior official
            # ... He said") or when no person was named at all.
            if t.pos_ in ("NOUN", "PROPN") and t.tag_ in ("NN", "NNP") and t.lemma_.lower() in PERSON_NOUNS and not self._token_quoted(t) and (
                t.dep_ in SUBJECT_DEPS or t.dep_ == "attr" and not self._describes_person(t)
                or person is None and t.dep_ not in ("compound", "appos")
            ) and not self._has_person(t):
                return self.named(phrase(t))
        return (person, person.name) if person else (None, None)

    def _titled_org_name(self, t: "Token") -> bool:
        return (t.dep_ in SUBJECT_DEPS and t.pos_ == "PROPN" and t.ent_type_ == "ORG" and any(
            # a lower-case office word: "General Motors" is a name, "spokesman X" a person
            c.dep_ == "compound" and c.pos_ == "NOUN" and c.is_lower and c.lemma_ in PERSON_NOUNS
            for c in t.children) and not self._token_quoted(t))

    def _subject_person(self, span: "Span") -> Entity | None:
        """The last person in ``span`` that is the subject of a main clause, else of any clause.

        "X, who took over after Y was killed, met Z ... He told reporters": the main clause's
        subject is whom "he" continues, not the subject of a clause inside it.
        """
        found: Entity | None = None
        for t in reversed(span):
            # A name inside a quotation is spoken about, never the one who speaks it.
            if t.ent_type_ == "PERSON" and is_subject_name(t) and not self._token_quoted(t):
                e = self.entity(t)
                if e is None or e.label != "PERSON":
                    continue
                if is_main_subject(t):
                    return e
                found = found or e
        return found

    def _token_quoted(self, tok: "Token") -> bool:
        return self.in_quote(original_range(self.doc, tok.idx, tok.idx + 1)[0])

    def _is_subject_at(self, pos: int, span: "Span") -> bool:
        doc = self.doc
        for t in span:
            if t.ent_type_ == "PERSON" and original_range(doc, t.idx, t.idx + 1)[0] == pos:
                return is_subject_name(t)
        return False

    def _describes_person(self, attr: "Token") -> bool:
        """Whether a predicate noun says what a person is ("She is the head of X"): not a new referent."""
        verb = attr.head
        subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subj is None and verb.dep_ == "conj":
            # "has worked there for years and is now the head of X": the first verb's subject
            subj = next((c for c in verb.head.children if c.dep_ in SUBJECT_DEPS), None)
        if subj is None:
            return False
        if subj.pos_ == "PRON":
            return subj.lower_ in PERSON_PRONOUNS
        ent = self.entity(subj)
        return ent is not None and ent.label == "PERSON"

    def _has_person(self, tok: "Token") -> bool:
        near = list(tok.children) + ([tok.head] if tok.dep_ == "appos" else [])
        return any(self.entity(t) is not None and self.entity(t).label == "PERSON" for t in near)

    def paren_source(self, pair: "QuotePair") -> tuple[Entity | None, str] | None:
        """A cited source in parentheses right after the closing mark."""
        text = self.text
        close = next_mark(text, pair.end)
        m = PAREN_SOURCE.match(text, close + 1) if close is not None else None
        if not m:
            return None
        inner = m.group(1).strip()
        if not inner[:1].isupper() or ACRONYM.match(inner) or STAGE_DIRECTION.match(inner):
            return None
        ent = self.index.at(*original_range(self.doc, m.start(1), m.end(1)))
        if ent is not None and ent.label == "PERSON":
            return ent, ent.name
        return self.named(inner)

    def dash_source(self, pair: "QuotePair") -> tuple[Entity | None, str] | None:
        """The "– Name, date" line under an epigraph, or a "” — Name" byline after the quote."""
        raw = self.raw
        end = original_range(self.doc, pair.end - 1, pair.end)[1]
        close = next_mark(raw, end)
        m = DASH_LINE.match(raw, close + 1) if close is not None else None
        if not m:
            return None
        line_start, line_end = m.start(1), m.end(1)
        for _start, _end, ent in self.persons.between(line_start, min(line_end, line_start + 40)):
            return ent, ent.name
        if "\n" not in raw[close:line_start]:
            return None  # an em dash inside the sentence, not a byline
        name = BYLINE_SPLIT.split(m.group(1).strip(" *_"), maxsplit=1)[0].strip(" *_")
        return self.named(name) if name[:1].isupper() and len(name.split()) <= 6 else None

    def named(self, phrase: str) -> tuple[Entity | None, str]:
        """Link an office-and-name phrase ("President Biden") to its person, if one is known."""
        words = [w for w in phrase.split() if w.lower().strip(".") not in TITLE_WORDS]
        if words and all(w[:1].isupper() for w in words):
            ent = self.index.person_named(" ".join(words))
            if ent is not None:
                return ent, ent.name
        return None, phrase
