"""Quotes stage: direct quotations inside quote marks, who said them and the reporting verb.

Quote marks are paired on the normalised ``doc.text`` (hard wraps already joined, so a quote
may run over wrapped lines and sentences) and reported against the original text with
:func:`pipeline.nlp.evidence`. Pairing never fails on broken input: an opening mark left open at
the end of its paragraph is dropped, unless the next paragraph opens with a quote mark (the
news convention for a quotation running over several paragraphs). Single marks (‘...’) count
as quotes only outside a double-quoted stretch, so a nested ‘...’ stays part of the outer
quotation, and a ’ between letters ("Korea’s", "we’ll") is an apostrophe, never a close. Curly
double marks nest (“... ‘... “...”’ ...”); marks a converter turned round (“...,“said X) and
tokenised ones (``...'', " ... ") are paired too.

Kept: quotations of three words or more that are not titles, names or scare quotes
("so-called ...", "dubbed ..."). Attribution, first rule that applies:

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

from .knowledge.offices import HONORIFICS, OFFICE_WORDS
from .nlp import evidence, original_range, raw_text
from .records import Entity, Quote

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span, Token

    from .entities import EntityIndex

MIN_WORDS = 3
_TITLE_WORDS = OFFICE_WORDS | HONORIFICS | {"the"}

# Lemmas of verbs that introduce reported speech or writing.
REPORTING_VERBS = frozenset({
    "say", "tell", "add", "note", "warn", "stress", "emphasize", "emphasise", "reassure", "assure",
    "insist", "declare", "state", "announce", "explain", "argue", "claim", "write", "tweet", "post",
    "express", "indicate", "recognize", "recognise", "require", "reiterate", "affirm", "reaffirm",
    "confirm", "acknowledge", "admit", "ask", "answer", "reply", "respond", "vow", "pledge",
    "promise", "urge", "describe", "call", "comment", "remark", "observe", "suggest", "predict",
    "conclude", "continue", "recall", "quip", "caution", "underscore", "underline", "highlight",
    "maintain", "contend", "allege", "accuse", "deny", "report", "testify", "proclaim", "boast",
    "complain", "concede", "lament", "mention", "repeat", "demand", "threaten", "praise", "hail",
    "condemn", "denounce", "criticize", "criticise", "thank", "welcome", "pronounce", "assert",
    "charge", "counter", "exclaim", "joke", "muse", "reason", "retort", "reveal", "signal",
    "stipulate", "provide", "direct", "order", "agree", "believe", "think", "feel", "hope",
})
# Nouns for people named by their office only ("the IAEA Director General", "a spokesman").
PERSON_NOUNS = frozenset({
    "president", "minister", "secretary", "general", "spokesperson", "spokesman", "spokeswoman",
    "ambassador", "official", "officer", "director", "chief", "commander", "adviser", "advisor",
    "envoy", "leader", "chairman", "chairwoman", "chair", "premier", "chancellor", "king", "queen",
    "senator", "governor", "diplomat", "lawmaker", "admiral", "colonel", "analyst", "expert",
    "negotiator", "representative", "deputy", "head", "mayor", "prosecutor", "judge", "source",
    "counterpart", "emperor", "prince", "pope", "marshal", "captain", "lieutenant", "sergeant",
})
# Nouns for a written source whose author is the organisation named inside it
# ("a statement from the Kremlin", "the ministry's readout").
DOCUMENT_NOUNS = frozenset({
    "statement", "report", "readout", "communique", "communiqué", "letter", "release", "post",
    "tweet", "declaration", "notice", "memo", "document", "briefing", "transcript", "announcement",
})
# Nouns for an organisation mentioned by its kind ("the company said").
ORG_NOUNS = frozenset({
    "company", "firm", "corporation", "carrier", "airline", "automaker", "carmaker", "manufacturer",
    "contractor", "bank", "ministry", "department", "agency", "organization", "organisation", "group",
    "alliance", "union", "council", "committee", "commission", "embassy", "institute", "exchange",
    "regulator", "watchdog", "broadcaster", "newspaper", "publisher", "retailer", "insurer", "lender",
})
_DEFINITE = frozenset({"the", "this", "that"})
# Reporting verbs whose object is who is spoken to or about, never the speaker.
_ADDRESSEE_VERBS = frozenset({
    "tell", "thank", "urge", "accuse", "praise", "hail", "condemn", "denounce", "criticize", "criticise",
    "welcome", "call", "describe", "charge", "order", "direct", "remind", "assure", "reassure",
})
_NOT_AUTHOR_PREPS = frozenset({"to", "with", "about", "on", "over", "for", "in", "at", "against", "into"})
_MALE_FEMALE = frozenset({"he", "she", "him", "her"})
_ORG_PRONOUNS = frozenset({"it"})
_RELATIVE = frozenset({"who", "that", "which"})
_PHRASE_DEPS = frozenset({"compound", "amod", "nmod", "poss", "nummod", "det", "case", "flat", "quantmod"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
_CLIMB_DEPS = frozenset({"conj", "xcomp", "advcl", "ccomp", "relcl", "acl", "pcomp"})
_SPEAKER_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})
_SMALL_WORDS = frozenset({"a", "an", "the", "of", "for", "and", "or", "on", "in", "to", "at", "by", "with",
                          "from", "de", "la", "v.", "vs.", "v", "vs"})

# ``...'' is the Penn Treebank spelling of a double quote, kept by some tokenised corpora.
_DOUBLE_MARKS = re.compile(r"``|''|[\"“”«»]")
_SINGLE_MARKS = re.compile(r"(?<!')['‘’](?!')")
# Every quotation starts with one of these (’, ”, » and '' only close).
_OPENING_MARK = re.compile(r"[\"“«`‘']")
# A straight ' before a clitic is an apostrophe, even after a space ("Korea 's").
_CLITIC = re.compile(r"'(?:s|re|ve|ll|d|m|t)\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_NAME_INTRO = re.compile(
    r"(?:so-called|so called|dubbed|known as|titled|entitled|named|nicknamed|termed|labell?ed|branded|"
    r"the words?|the phrase|the term|the slogan|the hashtag|called)\s*[*_]*\s*$",
    re.IGNORECASE,
)
_CALLED = re.compile(r"called\s*[*_]*\s*$", re.IGNORECASE)
_PAREN_SOURCE = re.compile(r"[\s*_]*\(([^()\n]{2,80})\)")
_DASH_LINE = re.compile(r"[*_ \t]*(?:\n[\s*_]*)?[―–—]{1,2}[ \t]*[*_]*[ \t]*([^\n]{2,120})")
_BYLINE_SPLIT = re.compile(r"[,(]")
# Inside an open quotation, an opening mark after sentence punctuation that is followed by a
# space, the end of the text or a lower-case word ("...,“said X") is a closing mark turned round.
_CURLY_OPEN = frozenset("“«")
_TURNED_CLOSE = re.compile(r"\s|$|[a-z]")
_PUNCT_BEFORE = re.compile(r"[.,!?;][ \t]*$")
_PARA_OPEN = re.compile(r"\n[\s*_]*[\"“‘«'][ \t]*")
_LINEBREAK = re.compile(r"[ \t]*\n[ \t\n]*")
_SENTENCE_PUNCT = re.compile(r"[.!?;:,…](?:\s|$)")
_ACRONYM = re.compile(r"^[A-Z0-9&.\- ]{1,10}$")
_OPENING_CONTEXT = frozenset(" \n\t([{—–-/“‘\"'*_")
_CLOSING_CONTEXT = frozenset(" \n\t.,;:!?)]}—–-/”’\"'*_…")


@dataclass(frozen=True, slots=True)
class _Pair:
    """A quotation found in ``doc.text``: its inner range and the marks around it."""

    start: int
    end: int
    single: bool
    straight: bool


@dataclass(frozen=True, slots=True)
class _Attribution:
    speaker: Entity | None
    speaker_name: str | None
    cue: str | None


def extract_quotes(doc: "Doc", entities: "EntityIndex") -> tuple[Quote, ...]:
    """Direct quotations of three words or more, with speaker and reporting verb.

    Args:
        doc: A Doc from :func:`pipeline.nlp.process`.
        entities: The article's entities (speakers are resolved to their ids).

    Returns:
        One :class:`~pipeline.records.Quote` per quotation, in text order, ids ``T1``, ``T2``...
    """
    if not _OPENING_MARK.search(raw_text(doc)):
        return ()  # no mark can open a quotation; normalising never adds one
    text = doc.text
    pairs = find_quote_pairs(text)
    if not pairs:
        return ()
    ctx = _Context(doc, text, entities, pairs)
    quotes: list[Quote] = []
    prev: tuple[_Pair, _Attribution] | None = None
    for pair in pairs:
        inner = text[pair.start:pair.end]
        if len(_WORD.findall(inner)) < MIN_WORDS or _is_title(inner) or ctx.is_named_thing(pair):
            continue
        if ctx.is_title_phrase(pair):
            continue
        attr = ctx.attribute(pair, prev)
        if pair.straight and pair.single and attr.cue is None:
            # Straight single marks are too often apostrophes; keep only reported speech.
            continue
        span = evidence(doc, pair.start, pair.end)
        quotes.append(Quote(
            id=f"T{len(quotes) + 1}",
            text=_quote_text(span.text),
            speaker=attr.speaker.id if attr.speaker else None,
            speaker_name=attr.speaker_name,
            cue=attr.cue,
            evidence=span,
        ))
        prev = (pair, attr)
    return tuple(quotes)


# ---- pairing ------------------------------------------------------------------------------

def find_quote_pairs(text: str) -> list[_Pair]:
    """Pair quote marks in ``text``; never raises, whatever the marks.

    Returns:
        Inner ranges (without the marks, trimmed of spaces and a trailing comma), in text order.
    """
    doubles = _pair_double(text)
    singles = _pair_single(text, doubles)
    pairs = sorted(doubles + singles, key=lambda p: p.start)
    out: list[_Pair] = []
    for p in pairs:
        start, end = p.start, p.end
        while start < end and text[start].isspace():
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
            end -= 1
        if end > start:
            out.append(_Pair(start, end, p.single, p.straight))
    return out


def _role(text: str, i: int, mark: str) -> str:
    """"open", "close" or "either" for the quote mark at ``i``."""
    if mark in ("“", "«", "‘", "``"):
        return "open"
    if mark in ("”", "»", "’", "''"):
        return "close"
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    opens = before in _OPENING_CONTEXT and after not in " \n\t"
    closes = after in _CLOSING_CONTEXT and before not in " \n\t"
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "either"


def _pair_double(text: str) -> list[_Pair]:
    """Pair double marks, keeping a curly quotation nested in another one inside it.

    Tokenised or badly converted text sometimes turns the marks around (``“...,“said X`` and
    ``” It ...“`` at a paragraph's edges): an opening mark that follows sentence punctuation
    inside an open quotation and is not followed by a word starting a capitalised sentence
    closes it, and a closing mark that starts a paragraph opens one.
    """
    pairs: list[_Pair] = []
    stack: list[tuple[int, bool, bool]] = []  # (inner start, straight, curly) of open quotations
    inner: list[_Pair] = []  # closed quotations nested in the open outer one
    for m in _DOUBLE_MARKS.finditer(text):
        i, mark = m.start(), m.group()
        role = _role(text, i, mark)
        if stack and "\n" in text[stack[0][0]:i] and not _continues(text, stack[0][0], i):
            # The outer quotation ran past its paragraph and the next one does not re-open it:
            # it was never closed; what was closed inside it still counts.
            pairs.extend(inner)
            stack, inner = [], []
        if not stack:
            if role in ("open", "either") or (role == "close" and _is_paragraph_reopen(text, i)):
                stack.append((m.end(), mark == '"', mark in _CURLY_OPEN))
            continue
        if role == "open" and not (
            mark in _CURLY_OPEN and _TURNED_CLOSE.match(text, m.end()) and _PUNCT_BEFORE.search(text, max(0, i - 4), i)
        ):
            if _is_paragraph_reopen(text, i):
                continue
            if not (mark in _CURLY_OPEN and stack[-1][2]):
                # Only curly marks nest: an earlier straight or `` mark was never closed.
                pairs.extend(inner)
                stack, inner = [], []
            stack.append((m.end(), mark == '"', mark in _CURLY_OPEN))
            continue
        start, straight, _curly = stack.pop()
        pair = _Pair(start, i, False, straight or mark == '"')
        if stack:
            inner.append(pair)
        else:
            pairs.append(pair)
            inner = []
    pairs.extend(inner)
    return sorted(pairs, key=lambda p: p.start)


def _is_paragraph_reopen(text: str, i: int) -> bool:
    line_start = text.rfind("\n", 0, i) + 1
    return line_start > 0 and text[line_start:i].strip(" \t*_") == ""


def _continues(text: str, open_at: int, i: int) -> bool:
    """Whether each paragraph break between ``open_at`` and ``i`` is followed by a quote mark."""
    pos = text.find("\n", open_at, i)
    while pos != -1:
        m = _PARA_OPEN.match(text, pos)
        nxt = text.find("\n", pos + 1, i)
        if not m:
            # Blank lines between paragraphs: only the last break before text matters.
            rest = text[pos:nxt if nxt != -1 else i]
            if rest.strip(" \t\n*_"):
                return False
        pos = nxt
    return True


def _pair_single(text: str, doubles: list[_Pair]) -> list[_Pair]:
    inside = [(p.start, p.end) for p in doubles]
    pairs: list[_Pair] = []
    open_at: int | None = None
    open_straight = False
    k = 0
    for m in _SINGLE_MARKS.finditer(text):
        i, mark = m.start(), m.group()
        while k < len(inside) and inside[k][1] < i:
            k += 1
        if k < len(inside) and inside[k][0] <= i < inside[k][1]:
            continue  # nested in a double-quoted stretch: part of that quotation
        before = text[i - 1] if i > 0 else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if before.isalnum() and after.isalnum():
            continue  # apostrophe inside a word
        if open_at is not None and "\n" in text[open_at:i]:
            open_at = None
        is_open = after.isalnum() and (
            mark == "‘" or (mark == "'" and before in _OPENING_CONTEXT and not _CLITIC.match(text, i))
        )
        is_close = mark != "‘" and not before.isspace() and not after.isalnum()
        if is_open and not (is_close and open_at is not None):
            open_at, open_straight = i, mark == "'"
            continue
        if not is_close or open_at is None:
            continue
        if before in "sS" and after in " \t" and _later_close(text, i, mark):
            continue  # plural possessive ("the allies’ support"), a later mark closes
        pairs.append(_Pair(open_at + 1, i, True, open_straight or mark == "'"))
        open_at = None
    return pairs


def _later_close(text: str, i: int, mark: str) -> bool:
    end = text.find("\n", i)
    end = len(text) if end == -1 else end
    for j in range(i + 1, end):
        if text[j] == mark and not (text[j + 1:j + 2].isalnum() and text[j - 1].isalnum()):
            return True
    return False


def _is_title(inner: str) -> bool:
    """A name or title in quotes: every word capitalised, no sentence punctuation."""
    if _SENTENCE_PUNCT.search(inner):
        return False
    words = inner.split()
    if len(words) > 12:
        return False
    return all(not w[0].isalpha() or w[0].isupper() or w.lower() in _SMALL_WORDS for w in words)


def _quote_text(raw: str) -> str:
    return _LINEBREAK.sub(" ", _PARA_OPEN.sub(" ", raw)).strip()


# ---- attribution --------------------------------------------------------------------------

class _Context:
    """Per-document lookups shared by the quotes of one article."""

    def __init__(self, doc: "Doc", text: str, entities: "EntityIndex", pairs: list[_Pair]) -> None:
        self.doc = doc
        self.text = text  # doc.text, which spaCy rebuilds on every access
        self.index = entities
        self.raw = raw_text(doc)
        self.quoted = [original_range(doc, p.start, p.end) for p in pairs]
        # Person mentions outside any quotation, by original start offset.
        self.persons = sorted(
            (m.start, m.end, e) for e in entities.entities if e.label == "PERSON" for m in e.mentions
            if not self._in_quote(m.start)
        )
        self.orgs = sorted(
            (m.start, m.end, e) for e in entities.entities if e.label == "ORG" for m in e.mentions
            if not self._in_quote(m.start)
        )

    def _in_quote(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.quoted)

    # -- tokens --

    def tokens(self, pair: _Pair) -> list["Token"]:
        span = self.doc.char_span(pair.start, pair.end, alignment_mode="expand")
        return [t for t in span if pair.start <= t.idx < pair.end] if span is not None else []

    def token_at(self, char: int) -> "Token | None":
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else None

    def is_named_thing(self, pair: _Pair) -> bool:
        """A scare quote or a name: "so-called “...”", "a plan dubbed “...”"."""
        before = self.text[max(0, pair.start - 30):pair.start - 1]
        if not _NAME_INTRO.search(before):
            return False
        if _CALLED.search(before):
            tok = self.token_at(pair.start - 1 - len(before) + before.lower().rfind("called"))
            # "what the minister called “...”" reports speech; "a plan called “...”" names.
            if tok is not None and any(c.dep_ in _SUBJECT_DEPS for c in tok.children):
                return False
        return True

    def is_title_phrase(self, pair: _Pair) -> bool:
        """A capitalised phrase without a verb, in mid-sentence: a title ("the paper on ‘...’")."""
        text = self.text
        if not text[pair.start].isupper() or _SENTENCE_PUNCT.search(text, pair.start, pair.end):
            return False
        before = text[max(0, pair.start - 40):pair.start - 1].rstrip(" *_")
        if not before or not (before[-1].isalnum() or before[-1] == ","):
            return False
        return not any(t.pos_ in ("VERB", "AUX") for t in self.tokens(pair))

    # -- the main rule --

    def attribute(self, pair: _Pair, prev: tuple[_Pair, _Attribution] | None) -> _Attribution:
        toks = self.tokens(pair)
        cue_tok = self._cue_token(pair, toks) if toks else None
        attr: _Attribution | None = None
        if cue_tok is not None:
            if cue_tok.lower_ == "according":
                attr = self._according(cue_tok)
            else:
                subj = _subject(cue_tok, frozenset(t.i for t in toks))
                ent, name = self._speaker(subj) if subj is not None else (None, None)
                attr = _Attribution(ent, name, cue_tok.lemma_.lower())
        source = self._paren_source(pair)
        if source is not None:
            return _Attribution(source[0], source[1], attr.cue if attr else None)
        if attr is not None and (attr.speaker or attr.speaker_name):
            return attr
        cue = attr.cue if attr else None
        dash = self._dash_source(pair)
        if dash is not None:
            return _Attribution(dash[0], dash[1], cue)
        if cue is None and prev is not None and self._same_speaker_run(prev, pair):
            return prev[1]
        near = self._nearest_person(pair, toks)
        if near is not None:
            return _Attribution(near, near.name, cue)
        return _Attribution(None, None, cue)

    def _cue_token(self, pair: _Pair, toks: list["Token"]) -> "Token | None":
        inside = {t.i for t in toks}
        first, last = toks[0], toks[-1]
        # 1. Tied to the quote by the parse: the head the quote hangs from (climbing a few
        #    steps, "requires ... a group “to ...”"), or a reporting verb hanging from the quote.
        best: tuple[int, "Token"] | None = None
        for t in toks:
            h, steps = t.head, 0
            # A quote that is the object of a preposition is a title or name ("the paper on
            # ‘...’"), unless the preposition is "according to".
            limit = 1 if t.dep_ == "pobj" and h.head.lower_ == "according" else 0 if t.dep_ == "pobj" else 4
            while h.i not in inside and steps <= limit:
                if _is_cue(h):
                    cand = (steps, h)
                    if best is None or cand[0] < best[0]:
                        best = cand
                    break
                if h.head.i == h.i or steps == limit:
                    break
                h, steps = h.head, steps + 1
            for c in t.children:
                if c.i not in inside and _is_cue(c) and (best is None or best[0] > 0):
                    best = (0, c)
        if best is not None:
            return best[1]
        # 2. Right after the closing mark ("...,” the minister said) or right before the
        #    opening one ("The minister said: “...”").
        doc = self.doc
        after = [t for t in doc[last.i + 1:last.i + 10] if not t.is_space]
        crossed = False
        for t in after:
            if t.is_sent_start:
                # A parser break right after the mark ("...?” said the minister) is not a real
                # sentence end when the next word is lower-case.
                if crossed or not t.text[:1].islower() or t.i > last.i + 4:
                    break
                crossed = True
            if _is_cue(t):
                return t
        sent = first.sent
        for t in reversed(doc[max(sent.start, first.i - 12):first.i]):
            if _is_cue(t):
                return t
        # 3. "The minister said:" closing the previous sentence or paragraph.
        if sent.start > 0:
            prev_sent = doc[sent.start - 1].sent
            tail = [t for t in prev_sent if not t.is_space]
            if tail and tail[-1].text == ":":
                for t in reversed(tail):
                    if _is_cue(t):
                        return t
        return None

    def _according(self, tok: "Token") -> _Attribution:
        to = next((c for c in tok.children if c.lower_ == "to"), None)
        if to is None and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
            to = tok.doc[tok.i + 1]
        obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        ent, name = self._speaker(obj) if obj is not None else (None, None)
        return _Attribution(ent, name, "according to")

    def _speaker(self, subj: "Token") -> tuple[Entity | None, str | None]:
        """Entity and name for a subject token (a pronoun, a name, an office, a document)."""
        low = subj.lower_
        if subj.pos_ == "PRON":
            if low in _MALE_FEMALE:
                return self._resolve_person(subj)
            if low in _ORG_PRONOUNS:
                org = self._preceding(self.orgs, subj)
                return (org, org.name) if org else (None, None)
            return None, None
        ent = self._entity(subj)
        if ent is not None and ent.label in _SPEAKER_LABELS:
            return ent, ent.name
        lemma = subj.lemma_.lower()
        scope = _np_tokens(subj)
        for t in scope:
            e = self._entity(t)
            if e is not None and e.label == "PERSON":
                return e, e.name
        for t in scope:
            # "the watchdog, the Project on Government Oversight": the named apposition speaks
            e = self._entity(t) if t.dep_ == "appos" else None
            if e is not None and e.label in _SPEAKER_LABELS:
                return e, e.name
        if lemma in DOCUMENT_NOUNS:
            # The author is written as "the Kremlin's statement", "a statement from/by/of X",
            # not "a letter to the board".
            for t in _np_tokens(subj, skip_preps=_NOT_AUTHOR_PREPS):
                e = self._entity(t)
                if e is not None and e.label in _SPEAKER_LABELS:
                    return e, e.name
            owner = next((c for c in subj.children if c.dep_ == "poss" and c.pos_ == "NOUN"), None)
            found = self._antecedent(owner, owner.lemma_.lower()) if owner is not None else None
            if found is not None:
                return found, found.name  # "the ministry's statement"
            if subj.dep_ not in _SUBJECT_DEPS:
                # "X released a statement saying “...”": the statement's author is X
                v = subj.head
                while v.pos_ == "ADP" and v.head.i != v.i:
                    v = v.head
                author = _subject(v) if v.pos_ in ("VERB", "AUX") else None
                if author is not None and author.i != subj.i and author.lemma_.lower() not in DOCUMENT_NOUNS:
                    return self._speaker(author)
        if subj.pos_ == "NOUN" and subj.tag_ == "NN" and any(
            c.dep_ == "det" and c.lower_ in _DEFINITE for c in subj.children
        ):
            found = self._antecedent(subj, lemma)
            if found is not None:
                return found, found.name
        return self._named(_phrase(subj))

    def _antecedent(self, noun: "Token", lemma: str) -> Entity | None:
        """The organisation or office holder a definite noun phrase refers back to.

        "the company said" names the nearest organisation before it; "the bank chief said"
        the nearest person introduced with that word ("US bank chief Ben Bernanke",
        "Ben Bernanke, the bank chief").
        """
        if lemma in ORG_NOUNS:
            return self._preceding(self.orgs, noun)
        if lemma not in PERSON_NOUNS:
            return None
        pos = original_range(self.doc, noun.idx, noun.idx + 1)[0]
        raw = self.raw
        best = None
        for start, end, ent in self.persons:
            if start >= pos:
                break
            around = raw[max(0, start - 40):start].lower() + " " + raw[end:end + 40].lower()
            if re.search(rf"\b{re.escape(lemma)}\b", around):
                best = ent
        return best

    def _entity(self, tok: "Token") -> Entity | None:
        if not tok.ent_type_ and tok.pos_ != "PROPN":
            return None
        return self.index.for_doc_span(self.doc, tok)

    def _preceding(self, mentions: list[tuple[int, int, Entity]], tok: "Token") -> Entity | None:
        pos = original_range(self.doc, tok.idx, tok.idx + len(tok.text))[0]
        best = None
        for start, _end, ent in mentions:
            if start >= pos:
                break
            best = ent
        return best

    def _resolve_person(self, pron: "Token") -> tuple[Entity | None, str | None]:
        """A he/she subject: the nearest preceding person, or an office holder named nearer."""
        pos = original_range(self.doc, pron.idx, pron.idx + 1)[0]
        person_at = -1
        person: Entity | None = None
        for start, _end, ent in self.persons:
            if start >= pos:
                break
            person_at, person = start, ent
        doc = self.doc
        lo = doc[pron.sent.start - 1].sent.start if pron.sent.start > 0 else 0
        lo_char = original_range(doc, doc[lo].idx, doc[lo].idx + 1)[0]
        # The subject of the previous sentence is a likelier antecedent than a person named
        # after it ("Doherty credits Jobs' success to ... He says “...”").
        if person is not None and person_at >= lo_char:
            subject = self._subject_person(doc[lo:pron.i])
            if subject is not None and subject is not person and not self._is_subject_at(person_at, doc[lo:pron.i]):
                person = subject
        for t in reversed(doc[lo:pron.i]):
            if original_range(doc, t.idx, t.idx + 1)[0] <= person_at:
                break
            # An office holder named after the person: only as a subject or predicate ("A senior official
            # ... He said") or when no person was named at all.
            if t.pos_ in ("NOUN", "PROPN") and t.tag_ in ("NN", "NNP") and t.lemma_.lower() in PERSON_NOUNS and (
                t.dep_ in _SUBJECT_DEPS or t.dep_ == "attr" or person is None and t.dep_ not in ("compound", "appos")
            ) and not self._has_person(t):
                return self._named(_phrase(t))
        return (person, person.name) if person else (None, None)

    def _subject_person(self, span: "Span") -> Entity | None:
        """The last person in ``span`` that is the subject of its clause."""
        for t in reversed(span):
            if t.ent_type_ == "PERSON" and _is_subject_name(t):
                e = self._entity(t)
                if e is not None and e.label == "PERSON":
                    return e
        return None

    def _is_subject_at(self, pos: int, span: "Span") -> bool:
        doc = self.doc
        for t in span:
            if t.ent_type_ == "PERSON" and original_range(doc, t.idx, t.idx + 1)[0] == pos:
                return _is_subject_name(t)
        return False

    def _has_person(self, tok: "Token") -> bool:
        near = list(tok.children) + ([tok.head] if tok.dep_ == "appos" else [])
        return any(self._entity(t) is not None and self._entity(t).label == "PERSON" for t in near)

    def _paren_source(self, pair: _Pair) -> tuple[Entity | None, str] | None:
        """A cited source in parentheses right after the closing mark."""
        text = self.text
        close = _next_mark(text, pair.end)
        m = _PAREN_SOURCE.match(text, close + 1) if close is not None else None
        if not m:
            return None
        inner = m.group(1).strip()
        if not inner[:1].isupper() or _ACRONYM.match(inner):
            return None
        ent = self.index.at(*original_range(self.doc, m.start(1), m.end(1)))
        if ent is not None and ent.label == "PERSON":
            return ent, ent.name
        return self._named(inner)

    def _dash_source(self, pair: _Pair) -> tuple[Entity | None, str] | None:
        """The "– Name, date" line under an epigraph, or a "” — Name" byline after the quote."""
        raw = self.raw
        end = original_range(self.doc, pair.end - 1, pair.end)[1]
        close = _next_mark(raw, end)
        m = _DASH_LINE.match(raw, close + 1) if close is not None else None
        if not m:
            return None
        line_start, line_end = m.start(1), m.end(1)
        for start, _end, ent in self.persons:
            if line_start <= start < min(line_end, line_start + 40):
                return ent, ent.name
        if "\n" not in raw[close:line_start]:
            return None  # an em dash inside the sentence, not a byline
        name = _BYLINE_SPLIT.split(m.group(1).strip(" *_"), maxsplit=1)[0].strip(" *_")
        return self._named(name) if name[:1].isupper() and len(name.split()) <= 6 else None

    def _named(self, phrase: str) -> tuple[Entity | None, str]:
        """Link an office-and-name phrase ("President Biden") to its person, if one is known."""
        words = [w for w in phrase.split() if w.lower().strip(".") not in _TITLE_WORDS]
        if words and all(w[:1].isupper() for w in words):
            ent = self.index.person_named(" ".join(words))
            if ent is not None:
                return ent, ent.name
        return None, phrase

    def _same_speaker_run(self, prev: tuple[_Pair, _Attribution], pair: _Pair) -> bool:
        """An unattributed quote continues the previous speaker's if nobody else is named between."""
        ppair, pattr = prev
        if pattr.speaker is None and pattr.speaker_name is None:
            return False
        between = self.text[ppair.end:pair.start]
        if between.count("\n") > 2 or len(between) > 400:
            return False
        lo = original_range(self.doc, ppair.end, ppair.end + 1)[0]
        hi = original_range(self.doc, pair.start, pair.start + 1)[0]
        others = [e for s, _e, e in self.persons if lo <= s < hi and e is not pattr.speaker]
        return not others

    def _nearest_person(self, pair: _Pair, toks: list["Token"]) -> Entity | None:
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
        in_same = [(min(abs(s - q_lo), abs(s - q_hi)), e) for s, _e, e in self.persons if same_lo <= s < same_hi]
        if in_same:
            return min(in_same, key=lambda x: x[0])[1]
        in_prev = [e for s, _e, e in self.persons if orig(prev_lo) <= s < same_lo]
        return in_prev[-1] if in_prev else None


def _next_mark(text: str, pos: int) -> int | None:
    for j in range(pos, min(len(text), pos + 3)):
        if text[j] in "\"”»’'":
            return j
    return None


def _is_cue(tok: "Token") -> bool:
    if tok.lower_ == "according":
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        return nxt is not None and nxt.lower_ == "to"
    return tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in REPORTING_VERBS and tok.dep_ != "amod"


def _subject(verb: "Token", inside: frozenset[int] = frozenset()) -> "Token | None":
    """The speaking subject of a reporting verb, climbing through "and said", "adding", "who".

    A passive reporting verb speaks through its agent ("was praised by X as “...”"); without
    one its subject is what is spoken about ("the phone is claimed to be “...”"), so there is
    no speaker. Climbing to a passive verb keeps its subject ("X was quoted as saying").
    """
    v = verb
    for step in range(4):
        agent = next((c for c in v.children if c.dep_ == "agent"), None)
        by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if by is not None:
            return by
        subjects = [c for c in v.children if c.dep_ in _SUBJECT_DEPS and c.i not in inside]
        if step == 0 and any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children):
            return None
        # Two subjects are an apposition the parser split ("the group the Project on ... has
        # called it"): the named one speaks.
        subj = next((c for c in subjects if c.ent_type_ or c.pos_ == "PROPN"), subjects[0] if subjects else None)
        if subj is None and step == 0 and inside and 0 < verb.i - max(inside) <= 4 \
                and verb.lemma_.lower() not in _ADDRESSEE_VERBS:
            # "“...”, said the general": the parser sometimes takes the inverted subject for an object
            subj = next((c for c in v.children if c.dep_ in ("dobj", "attr") and 0 < c.i - v.i <= 4), None)
        if subj is not None and subj.lower_ in _RELATIVE and v.dep_ == "relcl":
            return _relative_antecedent(v.head) if subj.lower_ == "who" else v.head
        if subj is not None:
            return subj
        if v.pos_ == "NOUN" and v.lemma_.lower() in DOCUMENT_NOUNS:
            return v  # "a statement from the Kremlin saying “...”": the document speaks
        if v.dep_ not in _CLIMB_DEPS or v.head.i == v.i:
            return None
        v = v.head
    return None


def _is_subject_name(tok: "Token") -> bool:
    """Whether a name token heads, or is part of, the subject of its clause."""
    t = tok
    for _ in range(3):
        if t.dep_ in _SUBJECT_DEPS:
            return True
        if t.dep_ == "compound" and t.head.pos_ in ("VERB", "AUX") and t.i < t.head.i:
            return True  # a name the parser hung on the verb it is the subject of
        if t.dep_ not in ("compound", "flat", "appos") or t.head.i == t.i:
            return False
        t = t.head
    return False


def _relative_antecedent(head: "Token") -> "Token":
    """The person a "who" clause is about, past what the parser attached it to.

    "X, an expert at Stanford University, who said" hangs the clause on "University"; the
    antecedent is the nearest person up the noun phrase (through "at", the apposition).
    """
    t = head
    for _ in range(5):
        if t.ent_type_ == "PERSON":
            return t
        if t.dep_ == "appos" and t.head.pos_ == "PROPN":
            return t.head  # "X, a senior fellow at Y, who said"
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
            break
        t = t.head
    return head


def _np_tokens(head: "Token", limit: int = 25, skip_preps: frozenset[str] = frozenset()) -> list["Token"]:
    """The noun phrase under ``head`` without its relative and participle clauses (nor the
    prepositional phrases opened by ``skip_preps``)."""
    out: list["Token"] = []
    stack = [head]
    while stack and len(out) < limit:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in ("relcl", "acl", "advcl", "ccomp") and not (
            c.dep_ == "prep" and c.lower_ in skip_preps))
    return sorted(out, key=lambda t: t.i)


def _phrase(tok: "Token") -> str:
    """An office or source phrase: the noun with its modifiers and an "of"/"for" complement."""
    keep = [tok]
    stack = [tok]
    while stack:
        t = stack.pop()
        for c in t.children:
            if c.dep_ in _PHRASE_DEPS or (c.dep_ == "prep" and c.lower_ in ("of", "for")) or (
                c.dep_ == "pobj" and t.dep_ == "prep"
            ):
                keep.append(c)
                stack.append(c)
    lo, hi = min(t.i for t in keep), max(t.i for t in keep) + 1
    if hi - lo > 10:
        lo, hi = min([tok.i] + [t.i for t in tok.lefts if t.dep_ in _PHRASE_DEPS]), tok.i + 1
    words = [t for t in tok.doc[lo:hi] if not (t.dep_ == "det" and t.i == lo)]
    return "".join(t.text_with_ws for t in words).strip(" ,")
