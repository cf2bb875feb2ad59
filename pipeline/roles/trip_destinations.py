"""The destination of a trip abroad, written before the officials met there.

A readout of a visit often says where the visitor went in one sentence and whom she met in the
next: "The Adviser led a delegation to Paris, France. They met with Coordinator Jane Roe ...".
The people met serve the government of the place travelled to, as with a fronted frame of place
("In Nigeria, the envoy met with ...", :func:`.abroad.trip_host_country`). The destination is the
object of "to" after a verb of travel ("traveled to", "flew to", "led a delegation to"), of
"in" after "arrive", or the direct object of "visit"/"tour", and it must name one country.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..knowledge.wordlists import word_set
from ..nlp import text as doc_text

if TYPE_CHECKING:
    from .reader import Reader

# verbs whose "to" phrase (or, for "lead", its object's "to" phrase: "led a delegation to X") is
# where the subject went
_TRAVEL_VERBS = word_set("roles", "travel_verbs")
# verbs whose direct object is the place visited
_VISIT_VERBS = frozenset({"visit", "tour"})


def travel_destination(rd: "Reader", lo: int, hi: int, home: str | None) -> str | None:
    """ISO3 of the one country other than ``home`` that the verbs of travel of tokens
    ``lo``..``hi`` go to; None when none or several ("traveled to Vilnius, Lithuania" -> LTU;
    "traveled to Nigeria, Equatorial Guinea, and Mauritania" -> None).

    Args:
        rd: The roles reader of the Doc.
        lo: The first token of the span.
        hi: The token after the span.
        home: ISO3 of the text's own government, or None.
    """
    doc = rd.doc
    codes: set[str] = set()
    for t in doc[lo:hi]:
        lemma = t.lemma_.lower()
        if t.pos_ != "VERB" or lemma not in _TRAVEL_VERBS:
            continue
        heads = [t] + [d for d in t.children if d.dep_ == "dobj" and lemma == "lead"]
        for h in heads:
            for prep in h.children:
                if prep.dep_ == "prep" and (prep.lower_ == "to" or prep.lower_ == "in" and lemma == "arrive"):
                    codes |= _countries(rd, prep.subtree)
        if lemma in _VISIT_VERBS:
            for d in t.children:
                if d.dep_ == "dobj":
                    codes |= _countries(rd, d.subtree)
    codes.discard(home)
    return codes.pop() if len(codes) == 1 else None


def _countries(rd: "Reader", toks) -> set[str]:
    return {p[1] for w in toks if (p := rd.place(w)) is not None and p[0] == "country"}


def headline_country(rd: "Reader", headline: str | None, skip: set[str]) -> str | None:
    """The one country outside ``skip`` that the first line of ``headline`` names (a Title Case
    headline's country names the model often leaves untagged: the gazetteer's); None when none
    or several, or when the text does not open with the headline.

    Args:
        rd: The roles reader of the Doc.
        headline: The text's headline, or None.
        skip: ISO3 codes not counted.
    """
    if not headline:
        return None
    first = headline.split("\n")[0].strip()
    body = doc_text(rd.doc)
    nl = body.find("\n")
    if not first or not body.startswith(first[:20]) or nl <= 0:
        return None
    head = rd.doc.char_span(0, nl, alignment_mode="contract")
    if head is None:
        return None
    codes = {code for t in head if t.pos_ == "PROPN" and t.is_title
             and (code := rd.gaz.country(t.text)) and code not in skip}
    codes |= {p[1] for t in head if (p := rd.place(t)) is not None and p[0] == "country" and p[1] not in skip}
    return codes.pop() if len(codes) == 1 else None


# A headline of a meeting, call or visit abroad ("Readout of the Envoy's Meeting with Kenyan
# Officials", "... Travel to Guatemala"): the people its body says were met serve the one foreign
# country it names.
_MEETING_HEADLINE = re.compile(r"\b(meetings?|call|calls|visit|travel|trip|talks|meets|met)\b.*\b(with|to)\b",
                               re.IGNORECASE)


def meeting_headline_country(rd: "Reader", headline: str | None, home: str | None) -> str | None:
    """The one country other than ``home`` that a meeting's, call's or trip's headline names;
    None for another headline, or when it names none or several.

    Args:
        rd: The roles reader of the Doc.
        headline: The text's headline, or None.
        home: ISO3 of the text's own government, or None.
    """
    if not headline or not _MEETING_HEADLINE.search(headline.split("\n")[0]):
        return None
    return headline_country(rd, headline, {home} if home else set())
