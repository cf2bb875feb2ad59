"""A lower-case office word in a list of posts after "as", in a frame that names a government body:
"joined the staff of the Senate Committee on the Judiciary, serving as counsel, staff director, and
then chief counsel".

A capitalised title is an office wherever it is written; a lower-case "counsel" or "chief counsel"
is one only where the words around it say whose post it is (:meth:`.reader.Reader._office_context`),
and a bare office word after "as" says not which office ("he was chairman"). In a list of posts
coordinated after "as", with another office word among them, the frame that introduces the list
names the body: when it is a government's (:func:`.bio_list_posts.frame_names_public_body`), each
item is a post there, as the gold annotation codes each.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..nlp import text as text_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .reader import Reader

__all__ = ["public_list_item"]


def public_list_item(rd: "Reader", tok: "Token") -> bool:
    """Whether the office word ``tok`` is an item of a coordinated list of posts after "as" (with
    another office word in the list) introduced by words that name a government body."""
    items = [tok, *tok.conjuncts]
    if len(items) < 2 or not any(t.i != tok.i and t.lower_ in rd.off.heads for t in items):
        return False
    first = min(items, key=lambda t: t.i)
    if first.dep_ != "pobj" or first.head.lower_ != "as":
        return False
    from .bio_list_posts import frame_names_public_body, frame_names_private_body  # (lazily: it reads nominations)

    sent = first.sent
    frame = text_of(tok.doc)[sent.start_char:first.head.idx + len(first.head.text)]
    return frame_names_public_body(frame) and not frame_names_private_body(frame)
