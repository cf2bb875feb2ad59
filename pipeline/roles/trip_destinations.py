"""The destination of a trip abroad, written before the officials met there.

A readout of a visit often says where the visitor went in one sentence and whom she met in the
next: "The Adviser led a delegation to Paris, France. They met with Coordinator Jane Roe ...".
The people met serve the government of the place travelled to, as with a fronted frame of place
("In Nigeria, the envoy met with ...", :func:`.abroad.trip_host_country`). The destination is the
object of "to" after a verb of travel ("traveled to", "flew to", "led a delegation to"), of
"in" after "arrive", or the direct object of "visit"/"tour", and it must name one country.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .reader import Reader

# verbs whose "to" phrase (or, for "lead", its object's "to" phrase: "led a delegation to X") is
# where the subject went
_TRAVEL_VERBS = frozenset({"travel", "fly", "go", "head", "lead", "journey", "arrive", "visit", "tour"})
# verbs whose direct object is the place visited
_VISIT_VERBS = frozenset({"visit", "tour"})


def travel_destination(rd: "Reader", lo: int, hi: int, home: str | None) -> str | None:
    """ISO3 of the one country other than ``home`` that the verbs of travel of tokens
    ``lo``..``hi`` go to; None when none or several ("traveled to Vilnius, Lithuania" -> LTU;
    "traveled to Nigeria, Equatorial Guinea, and Mauritania" -> None)."""
    doc = rd.doc
    codes: set[str] = set()
    for t in doc[lo:hi]:
        if t.pos_ != "VERB" or t.lemma_.lower() not in _TRAVEL_VERBS:
            continue
        heads = [t] + [d for d in t.children if d.dep_ == "dobj" and t.lemma_.lower() == "lead"]
        for h in heads:
            for prep in h.children:
                if prep.dep_ == "prep" and (prep.lower_ == "to" or prep.lower_ == "in" and t.lemma_.lower() == "arrive"):
                    codes |= _countries(rd, prep.subtree)
        if t.lemma_.lower() in _VISIT_VERBS:
            for d in t.children:
                if d.dep_ == "dobj":
                    codes |= _countries(rd, d.subtree)
    codes.discard(home)
    return codes.pop() if len(codes) == 1 else None


def _countries(rd: "Reader", toks) -> set[str]:
    return {p[1] for w in toks if (p := rd.place(w)) is not None and p[0] == "country"}
