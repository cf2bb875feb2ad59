"""A title whose last word begins the name of a body ("President of the American Bar Association").

The title reader takes a country adjective after "of the" as the office's country ("President of
the American ..." -> President, USA). When that adjective is the first word of a longer proper
name, the name is a body's, and the bare office left ("member", "President") is the body's:

- "a member of the American Law Institute": a bare "member" is no seat in a legislature (a
  legislature the title takes in whole: "member of Parliament", "member of the House of
  Representatives"; "Knesset member Jane Roe" ends on the office, not on a country word);
- "President of the American Bar Association", "Chair of the National Rifle Association": an
  office of a body whose name ends in a kind of private body (the ``private_body_words`` of
  ``pipeline/data/offices.json``: association, society, institute, ...) is a job, not a public
  office (dev README: "Jobs in companies, universities and charities are not roles").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .nominations import load_words

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["cut_body_name"]

_JOINERS = frozenset({"of", "for", "and", "&", "on", "in"})


def _continues_name(doc: "Doc", start: int, end: int) -> bool:
    """Whether the title tokens [start, end) end on a word that modifies a proper noun written
    right after them (the first word of a longer name)."""
    return end - start > 1 and end < len(doc) and doc[end - 1].lower_ not in ("member", "members") \
        and doc[end].pos_ == "PROPN" and doc[end].is_title and doc[end - 1].head.i >= end


def _private_name_end(doc: "Doc", end: int) -> bool:
    """Whether the run of capitalised words from ``end`` ("Bar Association", "Society of X")
    ends in a kind of private body."""
    last = None
    j = end
    while j < len(doc) and j - end < 8 and (doc[j].is_title or doc[j].lower_ in _JOINERS and j > end):
        if doc[j].is_title:
            last = doc[j]
        j += 1
    return last is not None and last.lower_ in load_words().private


def cut_body_name(doc: "Doc", start: int, end: int, title: str, role: str) -> bool:
    """Whether the office read from title tokens [start, end) (``title`` as the reader kept it,
    ``role`` its category) is the office of a body whose name the title cut (module docstring)."""
    words = title.lower().split()
    if len(words) != 1 or not _continues_name(doc, start, end):
        return False
    if role == "legislator" and words[0] in ("member", "members"):
        return True
    return _private_name_end(doc, end)
