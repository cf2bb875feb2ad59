"""Asking a question is no request: "I asked him what it was like", "'Why?' I asked".

PLOVER's REQUEST is an appeal or a demand that another party do or give something ("asked
Congress to pass the bill", "asked for help"). The verb "ask" also introduces a question: with an
if/whether or wh-clause ("asked him what it was like", "asked whether talks would resume"), with
"question" as its object ("asked a fair question"), or after the quoted question it reports
("'Why not?' she asked"). Such a sentence reports words spoken, not an act between parties.
An if-clause in which the one asked "would" or "could" do something ("asked me if I would come
to La Paz") is the polite form of a request, an invitation, and stays a REQUEST.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

ASK_VERBS = frozenset({"ask", "inquire", "enquire"})
"""verbs of asking that take a question as well as a request"""
QUESTION_WORDS = frozenset({"if", "whether", "what", "why", "how", "when", "where", "who", "whom", "which"})
"""words that open an indirect question"""
_QUESTION_NOUNS = frozenset({"question", "questions"})
_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "dobj", "xcomp"})
_CLOSING_QUOTES = frozenset({'"', "\u201d", "'", "\u2019"})
_REQUEST_MODALS = frozenset({"would", "could", "can", "will"})
_PERSONAL = frozenset({"i", "you", "he", "she", "we", "they"})


def _opens_question(clause: "Token") -> bool:
    """Whether the clause headed by ``clause`` is an indirect question: its first word, or its
    subordinating mark, is if/whether or a wh-word ("if he would come", "what it was like")."""
    first = clause.doc[clause.left_edge.i]
    marks = (c for c in clause.children if c.dep_ in ("mark", "advmod", "nsubj", "attr", "dobj") and c.i < clause.i)
    return first.lower_ in QUESTION_WORDS or any(m.lower_ in QUESTION_WORDS and m.tag_ in ("IN", "WRB", "WP", "WDT")
                                                 for m in marks)


def _polite_request(clause: "Token", verb: "Token") -> bool:
    """Whether an if/whether clause under ``verb`` asks the one addressed to act ("asked me if I
    would come", "asked them whether they could help"): the verb has a personal addressee, and the
    clause's subject is a personal pronoun with a modal of willingness or ability."""
    if not any(c.dep_ in ("dobj", "dative") and (c.pos_ in ("PRON", "PROPN")) for c in verb.children):
        return False
    if not any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in clause.children):
        return False
    modal = any(c.dep_ == "aux" and c.lower_ in _REQUEST_MODALS for c in clause.children)
    subject = any(c.dep_ == "nsubj" and c.lower_ in _PERSONAL for c in clause.children)
    return modal and subject


def _after_quoted_question(verb: "Token") -> bool:
    """Whether ``verb`` follows the quoted question it reports ("'Why honey?' I asked"): a
    question mark and a closing quote stand just before the clause of the verb (a question mark
    alone may end another speaker's sentence: "Are prices higher? So he asked for an analysis")."""
    start = verb.left_edge.i
    prev = [t for t in verb.doc[max(0, start - 3):start] if not t.is_space]
    return len(prev) >= 2 and prev[-2].text == "?" and prev[-1].text in _CLOSING_QUOTES


def asked_question(tok: "Token") -> bool:
    """Whether the REQUEST verb ``tok`` asks a question rather than making a request.

    Args:
        tok: The trigger word.
    """
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in ASK_VERBS:
        return False
    if any(c.dep_ in ("xcomp",) and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in tok.children):
        return False  # "asked X to meet": a request, even where a wh-word follows inside it
    if any(c.dep_ == "dobj" and c.lower_ in _QUESTION_NOUNS for c in tok.children):
        return True
    if any(c.dep_ in _CLAUSE_DEPS and c.pos_ in ("VERB", "AUX") and _opens_question(c)
           and not _polite_request(c, tok) for c in tok.children):
        return True
    return _after_quoted_question(tok)
