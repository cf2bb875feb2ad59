"""Statements a reporter makes before asking: the news a question turn reports.

A reporter's turn in a transcript asks ("Do you expect a deal by Monday?"), and what it asks
about is put to the speaker, not told, so the events stage skips question turns. But a reporter
often sets the question up with the news it is about, in plain statements of the third person
("Yesterday the Secretary General said it is a pivotal moment. He called on the allies to send
tanks. What is your response?"). Those sentences report events as a news story does, and the
annotation guide codes what a text reports as having happened, whoever writes it.

A sentence of a question turn is such a statement when it is not a question (no question mark,
not cut off by the speaker) and speaks of neither the reporter nor the one asked (no first- or
second-person pronoun: "I want to ask you about X", "you said", "we are hearing" frame the
question, they report nothing).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_PERSONAL = frozenset({"i", "me", "my", "we", "us", "our", "you", "your", "yours", "yourself"})
"""pronouns of the reporter or the one asked: a sentence with one frames the question"""
_ENDS = frozenset({".", "!"})
"""the marks a complete statement ends with (a question mark asks; a dash is cut off)"""
MIN_TOKENS = 5
"""shorter sentences are fragments of the exchange ("After the speech.", "Thank you, sir.")"""


def _statement(sent: "Span") -> bool:
    """Whether a sentence is a complete third-person statement (module docstring)."""
    words = [t for t in sent if not t.is_space]
    if len(words) < MIN_TOKENS or words[-1].text not in _ENDS:
        return False
    return not any(t.text == "?" or (t.lower_ in _PERSONAL and t.pos_ == "PRON") for t in words)


def question_statements(doc: "Doc", asked: frozenset[int]) -> frozenset[int]:
    """Token indices of the statements inside question turns (module docstring).

    Args:
        doc: The parsed Doc.
        asked: Indices of the tokens inside question turns.

    Returns:
        The indices, among ``asked``, of the sentences that report rather than ask.
    """
    if not asked:
        return frozenset()
    out: list[int] = []
    for sent in doc.sents:
        if sent.start in asked and sent[-1].i in asked and _statement(sent):
            out.extend(range(sent.start, sent.end))
    return frozenset(out)
