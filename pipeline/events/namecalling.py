"""An epithet as a verbal act: "X called the move "a direct threat"", "called him "a true
patriot"", and unquoted, "I called it genocide", "called Putin a war criminal".

News reports criticism and praise by the name a speaker gives someone or something, in quote
marks, after "call": the object (or, in a relative clause, the noun the clause modifies: "a
figure the opposition called "..."") and then the quoted predicate; a speaker says it without
quote marks, the predicate right after the object ("called it genocide"). What the words of the
epithet say decides the act: words that condemn make it an accusation (PLOVER ACCUSE:
criticize or denounce, CAMEO 111), words that praise make it support (PLOVER SUPPORT: praise or
endorse, CAMEO 051). The word classes are ``epithet_blame`` and ``epithet_praise`` of the trigger
lexicon. An epithet with both kinds of words, or with a negation ("not a threat"), is left
alone, and so is one that only restates an act already coded in the same clause ("condemned the
attack, calling it "barbaric""; "condemned what he called "a provocation"").

"Called President X" alone stays the lexicon's phone call; with a quoted epithet after the name
it is no call ("called Maduro "a dictator""): the epithet trigger takes the word's place.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from ..syntax import found_tokens
from .triggers import VIA_SELF, Trigger

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

OPENING_MARKS = frozenset({'"', "\u201c", "\u2018", "'", "``"})
CLOSING_MARKS = frozenset({'"', "\u201d", "\u2019", "'", "''"})
NEGATIONS = frozenset({"not", "no", "never", "n't", "nothing", "neither", "nor", "without"})
"""words that turn an epithet round ("not a threat", "no hero")"""
_WH_OBJECTS = frozenset({"what", "which", "whatever"})
"""'condemned what he called "..."': the epithet names the object of another act"""
_REQUEST_PREPS = frozenset({"on", "upon", "for"})
_MAX_QUOTE = 40
_NAME_JOINERS = frozenset({"of", "the", "and", "for", "to", "in", "on", "a"})
"""small words inside a name ("Operation Guardian of the Sea")"""
_CALL = re.compile(r"[Cc](?<!\w[Cc])all(?:s|ed|ing)?\b")
"""the written forms of the verb call; the pattern starts with the letter, not a word-boundary
test, so the search skips ahead to it (the look-behind is the word boundary)"""
_MAX_PREDICATE = 6
"""words of an unquoted object predicate ("a war criminal", "acts of terrorism") read as an epithet"""


def _quote_at(doc: "Doc", i: int) -> "list[Token] | None":
    """The words of a quotation opening at token ``i`` (up to its closing mark), or None."""
    if i >= len(doc) or doc[i].text not in OPENING_MARKS:
        return None
    words = []
    for j in range(i + 1, min(len(doc), i + 1 + _MAX_QUOTE)):
        if doc[j].text in CLOSING_MARKS:
            return words or None
        words.append(doc[j])
    return None


def epithet_type(words: "list[Token]", lex) -> str | None:
    """ACCUSE or SUPPORT for the words of an epithet, or None when they say neither (or both,
    or are negated)."""
    forms = {w.lower_ for w in words} | {w.lemma_.lower() for w in words}
    if forms & NEGATIONS:
        return None
    named = [w for w in words if w.is_alpha and w.lower_ not in _NAME_JOINERS]
    if named and all(w.text[:1].isupper() for w in named):
        return None  # "we call it "Welcome Corps"": a name given, no judgement
    blame = any(lex.in_class(f, "epithet_blame") for f in forms)
    praise = any(lex.in_class(f, "epithet_praise") for f in forms)
    if blame == praise:
        return None
    return "ACCUSE" if blame else "SUPPORT"


def epithet_words(verb: "Token") -> "list[Token] | None":
    """The quoted epithet "call" gives its object ("called the move "a direct threat"", or in a
    relative clause "a figure X called "..."": the quote right after the verb), or None."""
    if verb.lemma_.lower() != "call" or verb.pos_ != "VERB":
        return None
    if any(c.dep_ in ("prep", "prt") and c.lower_ in _REQUEST_PREPS and c.i == verb.i + 1 for c in verb.children):
        return None  # "called on X", "called for talks": a request ("called X "..." on Monday" is none)
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")
                and c.i > verb.i and c.doc[c.i].text not in OPENING_MARKS), None)
    if obj is not None:
        if obj.lower_ in _WH_OBJECTS:
            return None
        quoted = _quote_at(verb.doc, obj.right_edge.i + 1) if obj.right_edge.i < verb.i + 12 else None
        # unquoted, the predicate right after the object ("called Putin a war criminal", "called it genocide")
        predicate = next((c for c in verb.children if c.dep_ == "oprd" and c.left_edge.i == obj.right_edge.i + 1), None)
        words = list(predicate.subtree) if predicate is not None else []
        return quoted or (words if 0 < len(words) <= _MAX_PREDICATE else None)
    if verb.dep_ != "relcl":
        return None
    return _quote_at(verb.doc, verb.i + 1)


def _restating(verb: "Token", taken: "Mapping[int, str]", typ: str) -> bool:
    """Whether the epithet only restates an act coded on the verb it hangs from: a participle
    or infinitive of it ("condemned the attack, calling it "barbaric"") or a second verb of
    the same kind ("welcomed the deal and called it "historic""); "rejected the claims and
    called them "lies"" is two acts."""
    if verb.dep_ in ("advcl", "xcomp"):
        return verb.head.i in taken
    return verb.dep_ == "conj" and taken.get(verb.head.i) == typ


def epithet_triggers(doc: "Doc", taken: "Mapping[int, str]", skip: "set[int] | frozenset[int]", lex) -> list[Trigger]:
    """ACCUSE/SUPPORT triggers of "call" with a quoted epithet, outside the headline and
    quotations.

    Args:
        doc: A parsed Doc.
        taken: Token index -> type of the words already triggers (a phone "call" among them
            is replaced: see :func:`replaced_calls`).
        skip: Token indices never to consider (headline, quotations, questions).
        lex: The trigger lexicon.
    """
    out = []
    for tok in found_tokens(doc, _CALL):  # (a text search: most stories have no such verb)
        if tok.i in skip or tok.lemma_.lower() != "call" or tok.pos_ != "VERB":
            continue
        words = epithet_words(tok)
        typ = epithet_type(words, lex) if words else None
        if typ is not None and not _restating(tok, taken, typ):
            out.append(Trigger(token=tok, type=typ, entry=None, via=VIA_SELF, clause=tok))
    return out


def replaced_calls(triggers: "list[Trigger]", epithets: "list[Trigger]") -> "list[Trigger]":
    """The triggers with any on an epithet's verb dropped ("called Maduro "a dictator"" is no
    phone call), plus the epithets."""
    at = {t.token.i for t in epithets}
    return [t for t in triggers if t.token.i not in at] + epithets
