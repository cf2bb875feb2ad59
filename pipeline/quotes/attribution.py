"""Attributing a quotation: the reporting verb (cue) and who said it.

First rule that applies:

1. a reporting verb tied to the quote in the dependency parse ("X said", "said X",
   "X reassured that “...”", "X, who ..., said") or standing right before or after it, with its
   subject as the speaker (the agent of a passive verb; none for "is claimed to be “...”");
   pronouns go to the previous sentence's subject or the nearest preceding person (or office
   holder); "the company" goes to the organisation named before it, "the spokesman" to the
   person introduced with that word; a statement's author is who issued it;
2. "according to X";
3. a source in parentheses right after the closing mark ("... ” (Zivotofsky v. Kerry)");
4. an epigraph's dash line ("“...” – President Biden, February 19, 2021");
5. the speaker of the previous quote when nobody else is named in between;
6. the nearest person in the same or the preceding sentence (cue unknown).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy
from spacy.attrs import HEAD

from ..nlp import original_range
from ..quotemarks import QuotePair
from ..records import Entity
from .speakers import FIRST_PERSON, Speakers
from .syntax import is_cue, next_mark, subject
from .words import CONTENT_NOUNS, PERSON_NOUNS, SPEECH_VERBS, SUBJECT_DEPS

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["Attribution", "Attributor"]

# Words before a quote that make it a name or a scare quote: "so-called “...”", "dubbed “...”".
NAME_INTRO = re.compile(
    r"(?:so-called|so called|dubbed|known as|titled|entitled|named|nicknamed|termed|labell?ed|branded|"
    r"the words?|the phrase|the term|the slogan|the hashtag|called|"
    r"(?:referred to as|identified as|attributed to|attributable to|known as)(?: an?| the)?)\s*[*_]*\s*$",
    re.IGNORECASE,
)
# Determiners right before an opening mark: what follows is a noun phrase the text labels.
LABEL_DETERMINER = re.compile(r"\b(?:a|an|the|this|that|its|their|our|his|her)\s*[*_]*\s*$", re.IGNORECASE)
POSSESSIVE_DETERMINER = re.compile(r"\b(?:its|their|our|his|her)\s*[*_]*\s*$", re.IGNORECASE)
CALLED = re.compile(r"called\s*[*_]*\s*$", re.IGNORECASE)
SENTENCE_PUNCT = re.compile(r"[.!?;:,…](?:\s|$)")


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who said a quotation and how: the speaker entity, the name as written, the cue lemma."""

    speaker: Entity | None
    speaker_name: str | None
    cue: str | None


class Attributor(Speakers):
    """Attributes the quotations of one article (see the module docstring for the rules)."""

    def tokens(self, pair: QuotePair) -> list["Token"]:
        """The tokens that start inside the quotation."""
        span = self.doc.char_span(pair.start, pair.end, alignment_mode="expand")
        return [t for t in span if pair.start <= t.idx < pair.end] if span is not None else []

    def token_at(self, char: int) -> "Token | None":
        """The token at a ``doc.text`` offset."""
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else None

    def is_named_thing(self, pair: QuotePair) -> bool:
        """A scare quote or a name: "so-called “...”", "a plan dubbed “...”"."""
        before = self.text[max(0, pair.start - 30):pair.start - 1]
        if not NAME_INTRO.search(before):
            return False
        if CALLED.search(before):
            tok = self.token_at(pair.start - 1 - len(before) + before.lower().rfind("called"))
            # "what the minister called “...”" reports speech; "a plan called “...”" names.
            if tok is not None and any(c.dep_ in SUBJECT_DEPS for c in tok.children):
                return False
            # "a figure the opposition spokesman, X, called “...”": the parser hangs "called" on
            # the person who calls it, without a subject
            if tok is not None and tok.dep_ in ("acl", "relcl") and (
                    tok.head.ent_type_ == "PERSON" or tok.head.lemma_.lower() in PERSON_NOUNS):
                return False
        return True

    def is_title_phrase(self, pair: QuotePair) -> bool:
        """A capitalised phrase without a verb, in mid-sentence: a title ("the paper on ‘...’")."""
        text = self.text
        if not text[pair.start].isupper() or SENTENCE_PUNCT.search(text, pair.start, pair.end):
            return False
        before = text[max(0, pair.start - 40):pair.start - 1].rstrip(" *_")
        if not before or not (before[-1].isalnum() or before[-1] == ","):
            return False
        return not any(t.pos_ in ("VERB", "AUX") for t in self.tokens(pair))

    def is_modifier(self, pair: QuotePair) -> bool:
        """A quoted term used as a noun's modifier: "a “made in the USA” energy future", "its
        "zero tolerance" policy" name a kind of thing, nobody's words."""
        text = self.text
        close = next_mark(text, pair.end)
        if close is None or close + 2 >= len(text) or text[close + 1] != " ":
            return False
        if not text[close - 1].isalnum():
            return False  # "... “it is over,” officials said": the quotation closes a clause
        if self._cue_just_before(pair):
            return False  # what she called “dangerous and unlawful” actions: her words
        nxt = self.token_at(close + 2)
        # A temporal noun ("“...” yesterday") or a noun that starts the next clause ("“...”
        # officials said") follows the quotation without being modified by it.
        return (nxt is not None and nxt.tag_ in ("NN", "NNS") and nxt.text[:1].islower()
                and not nxt.ent_type_ and nxt.dep_ not in SUBJECT_DEPS)

    def is_label(self, pair: QuotePair, possessive: bool = False) -> bool:
        """A verbless phrase of a few words after a determiner ("a “senior administration
        official”", "the “new normal of the region”"): a label the text puts in quotes.

        Args:
            pair: The quotation.
            possessive: Only after "its", "their"...: "what Moscow calls its “special military
                operation”" names the speaker's own thing even after a reporting verb.
        """
        before = self.text[max(0, pair.start - 8):pair.start - 1]
        determiner = POSSESSIVE_DETERMINER if possessive else LABEL_DETERMINER
        if not determiner.search(before) or SENTENCE_PUNCT.search(self.text, pair.start, pair.end - 1):
            return False
        toks = [t for t in self.tokens(pair) if not t.is_punct]
        return 0 < len(toks) <= 6 and not any(t.pos_ in ("VERB", "AUX") for t in toks)

    def _cue_just_before(self, pair: QuotePair) -> bool:
        """Whether a reporting verb stands right before the opening mark ("called “...”",
        "described it as a “...”")."""
        opening = self.token_at(pair.start - 1)
        if opening is None or opening.i == 0:
            return False
        for t in reversed(self.doc[max(0, opening.i - 4):opening.i]):
            if is_cue(t):
                return True
            if t.lower_ not in ("as", "it", "them", "this", "that", "a", "an", "the"):
                return False
        return False

    # -- the main rule --

    def attribute(self, pair: QuotePair, prev: tuple[QuotePair, Attribution] | None) -> Attribution:
        """Speaker and cue of one quotation, by the first rule of the module docstring that applies.

        Args:
            pair: The quotation.
            prev: The previous kept quotation and its attribution, or None.
        """
        toks = self.tokens(pair)
        cue_tok = self._cue_token(pair, toks) if toks else None
        attr: Attribution | None = None
        # The reporting verb's subject is someone the text does not name ("my predecessor",
        # "some people", an "I" outside any labelled turn): no one else said it.
        unnamed = False
        if cue_tok is not None:
            if cue_tok.lower_ == "according":
                attr = self._according(cue_tok)
            else:
                subj = subject(cue_tok, frozenset(t.i for t in toks))
                ent, name = self.speaker(subj) if subj is not None else (None, None)
                # (not past an unnamed pronoun subject: "everybody said “...”" is nobody's in particular)
                outer = self._outer_cue(cue_tok) if ent is None and name is None and (
                    subj is None or subj.pos_ != "PRON") else None
                if outer is not None:
                    # "X told reporters the protests would continue “...”": a partial quotation
                    # in a reported clause is the words of whoever reports the clause.
                    o_subj = subject(outer, frozenset(t.i for t in toks))
                    o_ent, o_name = self.speaker(o_subj) if o_subj is not None else (None, None)
                    if o_ent is not None or o_name is not None:
                        cue_tok, subj, ent, name = outer, o_subj, o_ent, o_name
                attr = Attribution(ent, name, cue_tok.lemma_.lower())
                # (a pronoun heard saying it, "hear from them saying", is nobody the text names)
                unnamed = ent is None and name is None and subj is not None and (
                    subj.pos_ == "NOUN" or subj.lower_ in FIRST_PERSON or subj.dep_ in ("dobj", "pobj"))
        owned = self._content_owner(cue_tok, toks) if toks else None
        if owned is not None:
            attr, unnamed = owned, owned.speaker is None
        source = self.paren_source(pair)
        if source is not None:
            return Attribution(source[0], source[1], attr.cue if attr else None)
        if attr is not None and (attr.speaker or attr.speaker_name):
            return attr
        cue = attr.cue if attr else None
        dash = self.dash_source(pair)
        if dash is not None:
            return Attribution(dash[0], dash[1], cue)
        if unnamed:
            return Attribution(None, None, cue)
        if cue is None and prev is not None and self._same_speaker_run(prev, pair):
            return prev[1]
        near = self._nearest_person(pair, toks)
        if near is not None:
            return Attribution(near, near.name, cue)
        return Attribution(None, None, cue)

    def _cue_token(self, pair: QuotePair, toks: list["Token"]) -> "Token | None":
        inside = {t.i for t in toks}
        first, last = toks[0], toks[-1]
        # (the quote's tokens are one run: only those with their head or a child outside it are
        # looked at one by one, found in the Doc's head array, not by walking every token's
        # head and children)
        heads = self.__dict__.get("_head_array")
        if heads is None:
            arr = self.doc.to_array(HEAD).view(numpy.int64) + numpy.arange(len(self.doc), dtype=numpy.int64)
            heads = self.__dict__["_head_array"] = (arr, arr.tolist())
        lo, hi = first.i, last.i + 1
        outside_children: dict[int, list[int]] = {}
        for j in numpy.flatnonzero((heads[0] >= lo) & (heads[0] < hi)).tolist():
            if not lo <= j < hi:
                outside_children.setdefault(heads[1][j], []).append(j)
        # 1. Tied to the quote by the parse: the head the quote hangs from (climbing a few
        #    steps, "requires ... a group “to ...”"), or a reporting verb hanging from the quote.
        best: tuple[int, "Token"] | None = None
        doc = self.doc
        for t in toks:
            if lo <= heads[1][t.i] < hi and t.i not in outside_children:
                continue  # (its head inside, no child outside: nothing to find from it)
            h, steps = t.head, 0
            # A quote that is the object of a preposition is a title or name ("the paper on
            # ‘...’"), unless the preposition is "according to".
            limit = 1 if t.dep_ == "pobj" and h.head.lower_ == "according" else 0 if t.dep_ == "pobj" else 4
            while h.i not in inside and steps <= limit:
                if is_cue(h):
                    cand = (steps, h)
                    if best is None or cand[0] < best[0]:
                        best = cand
                    break
                if h.head.i == h.i or steps == limit:
                    break
                h, steps = h.head, steps + 1
            if best is not None and best[0] == 0:
                continue  # a cue at step 0 is kept: no child can replace it
            for j in outside_children.get(t.i, ()):
                if is_cue(doc[j]):
                    best = (0, doc[j])
                    break
        if best is not None:
            return best[1]
        # 2. Right after the closing mark ("...,” the minister said) or right before the
        #    opening one ("The minister said: “...”").
        after = [t for t in doc[last.i + 1:last.i + 10] if not t.is_space]
        crossed = False
        for t in after:
            if t.is_sent_start:
                # A parser break right after the mark ("...?” said the minister) is not a real
                # sentence end when the next word is lower-case.
                if crossed or not t.text[:1].islower() or t.i > last.i + 4:
                    break
                crossed = True
            if is_cue(t):
                return t
        sent = first.sent
        for t in reversed(doc[max(sent.start, first.i - 12):first.i]):
            if is_cue(t):
                return t
        # "As the minister said when ..., the “...”": an "as" clause reports what follows it in
        # its sentence, however long the clause.
        for t in doc[sent.start:max(sent.start, first.i - 12)]:
            if is_cue(t) and any(c.dep_ == "mark" and c.lower_ == "as" for c in t.children):
                return t
        # 3. "The minister said:" closing the previous sentence or paragraph.
        if sent.start > 0:
            prev_sent = doc[sent.start - 1].sent
            tail = [t for t in prev_sent if not t.is_space]
            if tail and tail[-1].text == ":":
                for t in reversed(tail):
                    if is_cue(t):
                        return t
        return None

    def _content_owner(self, cue: "Token | None", toks: list["Token"]) -> Attribution | None:
        """Whose words a quotation in a noun's "that" clause is: "welcomed the Board's finding
        that ... “...”" quotes the Board. None when no such noun with a named owner stands
        between the quotation and its reporting verb.

        Args:
            cue: The reporting verb found for the quotation, if any (the noun is sought below it).
            toks: The tokens of the quotation.
        """
        inside = {t.i for t in toks}
        # from where the quotation hangs in the sentence ("an expression, “...”": its apposition)
        h = next((t.head for t in toks if t.head.i not in inside), toks[0].head)
        for _ in range(6):
            if h.lemma_.lower() == "have" and h.i not in inside:
                # "My mother had an expression, “...”": the parser may hang the quotation on "had"
                h = next((c for c in h.children if c.dep_ == "dobj"), h)
            if cue is not None and h.i == cue.i or h.head.i == h.i and h.lemma_.lower() not in CONTENT_NOUNS:
                return None
            # (a gerund-like noun may be tagged a verb: "the Board's finding" as an object)
            word = h.lower_ if h.lower_ in CONTENT_NOUNS else h.lemma_.lower()
            if h.i not in inside and word in CONTENT_NOUNS and (
                    h.pos_ == "NOUN" or h.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj")):
                # (the parser may hang the owner as the noun's subject: "the Board['s] finding")
                owner = next((c for c in h.children if c.dep_ in ("poss", "nsubj")), None)
                if owner is None and h.dep_ == "dobj" and h.head.lemma_.lower() == "have":
                    owner = next((c for c in h.head.children if c.dep_ == "nsubj"), None)  # "X had a saying"
                if owner is not None and owner.pos_ == "PRON":
                    return None  # "his pledge", "she had a saying": the verb's subject speaks
                if owner is None:
                    return None
                # an owner the text does not name ("the committee's warning") leaves it unattributed
                ent = self.speaker(owner)[0]
                return Attribution(ent, ent.name if ent is not None else None, word)
            h = h.head
        return None

    @staticmethod
    def _outer_cue(cue: "Token") -> "Token | None":
        """The speech verb whose reported clause holds ``cue`` ("said [that] ... would continue")."""
        v = cue
        reported = False
        for _ in range(3):
            # "told TV the decision was “...” and accused X": the parser may join the cue to the
            # reported clause's verb rather than to the speech verb
            if v.dep_ not in ("ccomp", "conj") or v.head.i == v.i:
                return None
            if v.dep_ == "conj" and is_cue(v.head):
                return None  # "I said “...”, and everybody said “...”": two speech acts
            reported = reported or v.dep_ == "ccomp"
            v = v.head
            if reported and v.pos_ in ("VERB", "AUX") and v.lemma_.lower() in SPEECH_VERBS:
                return v
        return None

    def _according(self, tok: "Token") -> Attribution:
        to = next((c for c in tok.children if c.lower_ == "to"), None)
        if to is None and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
            to = tok.doc[tok.i + 1]
        obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        ent, name = self.speaker(obj) if obj is not None else (None, None)
        return Attribution(ent, name, "according to")


    def _same_speaker_run(self, prev: tuple[QuotePair, Attribution], pair: QuotePair) -> bool:
        """An unattributed quote continues the previous speaker's if nobody else is named between."""
        ppair, pattr = prev
        if pattr.speaker is None and pattr.speaker_name is None:
            return False
        between = self.text[ppair.end:pair.start]
        if between.count("\n") > 2 or len(between) > 400:
            return False
        lo = original_range(self.doc, ppair.end, ppair.end + 1)[0]
        hi = original_range(self.doc, pair.start, pair.start + 1)[0]
        return all(e is pattr.speaker for _s, _e, e in self.persons.between(lo, hi))

    def _nearest_person(self, pair: QuotePair, toks: list["Token"]) -> Entity | None:
        """The person named nearest the quote in its sentence, else the last in the sentence before."""
        if not toks:
            return None
        doc = self.doc
        first, last = toks[0], toks[-1]
        lo = first.sent.start
        prev_lo = doc[lo - 1].sent.start if lo > 0 else lo
        q_lo = original_range(doc, pair.start, pair.start + 1)[0]
        q_hi = original_range(doc, pair.end - 1, pair.end)[1]

        def orig(i: int) -> int:
            return original_range(doc, doc[i].idx, doc[i].idx + 1)[0] if i < len(doc) else len(self.raw)

        same_lo, same_hi = orig(lo), orig(last.sent.end)
        in_same = [(min(abs(s - q_lo), abs(s - q_hi)), e) for s, _e, e in self.persons.between(same_lo, same_hi)]
        if in_same:
            return min(in_same, key=lambda x: x[0])[1]
        in_prev = self.persons.between(orig(prev_lo), same_lo)
        return in_prev[-1][2] if in_prev else None
