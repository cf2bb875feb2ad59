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

import re
from typing import TYPE_CHECKING

from .nominations import load_words

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .reader import Reader

__all__ = ["cut_body_name", "private_where", "title_fragment", "title_word_run"]

_JOINERS = frozenset({"of", "for", "and", "&", "on", "in"})
_FIRM_SUFFIXES = frozenset({"llp", "llc", "inc", "inc.", "ltd", "ltd.", "plc", "corp", "corp."})
"""A firm's legal suffixes (Wikipedia: List of legal entity types by country, United States and UK)."""
_WHERE = re.compile(r",\s+where\s+(?:he|she|they)\s+(?:[a-z]+\s+){1,3}$")
"""", where she served as [the] ": the title that follows is held at the body written before."""
_PLACES = re.compile(r"(?:,?\s+in\s+[A-Z][\w.’'-]*(?:(?:,\s+|\s+and\s+|\s+)[A-Z][\w.’'-]*)*)$")
"""The places a body is in, written after it ("Acme LLP in Washington, DC and San Francisco")."""
_BODY = re.compile(r"[A-Z][\w.&’'-]*(?:\s+(?:(?:of|for|and|&|on|the)\s+)*[A-Z][\w.&’'-]*)*$")
_GOVERNMENT = re.compile(r"\b(?:National|Federal|U\.S\.|United\s+States|Department|State\s+of|Embassy|Consulate|Mission|Division|Office)\b")


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


def title_word_run(rd: "Reader", i: int, j: int, sent_end: int) -> bool:
    """Whether capitalised words [i, j) after a title, which the NER did not read as a name, are
    words of a title or a body instead: followed by an office's head word ("Chief FOIA Officer",
    "Chief Diversity Officer"), holding a head word's plural ("Judge Advocate Generals",
    "Secretarial Officers"), or a lone acronym in a sentence written in lower case ("Deputy
    Regional Mission Director, USAID": the agency, in apposition)."""
    doc = rd.doc
    heads = rd.off.heads
    if j < sent_end and doc[j].lower_ in heads and doc[j].is_title and not doc[j - 1].text.endswith(("'s", "’s")):
        return True
    if any(t.lower_.endswith("s") and t.lower_[:-1] in heads for t in doc[i:j]):
        return True
    first = doc[i]
    if j == i + 1 and first.lower_ in rd.off.unit_words and first.lower_ not in ("wing", "court", "board", "field"):
        return True  # "Consul General of the U.S. Consulate in X": the body's word, not a surname
    return j == i + 1 and len(first.text) > 1 and first.text.isalpha() and first.text.isupper() \
        and any(t.is_lower for t in first.sent)


_AT_FIRM = re.compile(r"(?:^|[.;]\s+)(?:At|With|While\s+at)\s+(?:his|her|their|the)\s+(?:(?:prior|previous|former|current|present)\s+)?"
                      r"(?:law\s+)?(?:firm|company|employer|practice)\b[^.;]*$")
"""A sentence opened by the subject's firm ("At her prior firm, X, ..."): what follows is held there."""


def private_where(before: str) -> bool:
    """Whether a title written after ``before`` is held at a private body a ", where" clause goes
    back to ("a Partner at Acme LLP in Boston, where he is the Vice Chair of the trade practice";
    "his law degree from Wexford University, where he served as Editor of the Law Review"): the
    body's job, not a public office. The body is the name before ", where" (after any places it
    is in); it is private when its head noun is a kind of private body or a firm's suffix, and no
    government word names it ("the U.S. Embassy in Gaborone, where she was Chargé d'Affaires")."""
    if _AT_FIRM.search(before):
        return True  # "At her prior firm, Acme LLP, Jane was the Litigation Chair": the firm's post
    m = _WHERE.search(before)
    if m is None:
        return False
    prefix = _PLACES.sub("", before[:m.start()])
    body = _BODY.search(prefix)
    if body is None or _GOVERNMENT.search(body.group()):
        return False
    words = body.group().lower().split()
    # a head noun before each "of" and the last word ("Board of the Association of X Professors")
    heads = {words[k - 1] for k in range(1, len(words)) if words[k] == "of"} | {words[-1]}
    return bool(heads & load_words().private) or words[-1] in _FIRM_SUFFIXES


def title_fragment(rd: "Reader", end: int, sent_end: int) -> bool:
    """Whether a one-word title ending at token ``end`` is the first word of a longer title whose
    middle words the title reader does not know ("Chief | Sustainability Officer", "Chief |
    Investment Officer"): capitalised words, then an office's head word. The fragment is no office
    of its own (the longer title is read on its own)."""
    doc = rd.doc
    j = end
    while j < sent_end and j - end < 3 and (doc[j].is_title or doc[j].is_upper) and doc[j].is_alpha \
            and not rd.is_vocab(doc[j]) and not rd.is_person(doc[j]):
        j += 1
    return end < j < sent_end and doc[j].is_title and doc[j].lower_ in rd.off.heads
