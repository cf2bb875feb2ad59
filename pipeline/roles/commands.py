"""Military commands written with the verb "command" (biographies, obituaries, appositions).

"From 1999 to 2000 he commanded Task Force Falcon", "She commanded the frigate HMAS Perth":
the subject was (is) commander of the named formation or ship; "X, commanding general of the
18th Airborne Corps": X holds that post now.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.attrs import LEMMA

from ..nlp import text as text_of
from .clauses import name_range, subject_holder
from .chaired_committees import chaired_committees
from .led_bodies import led_bodies
from .reader import DETERMINERS, WS, Candidate, Reader
from .status import years

if TYPE_CHECKING:
    from collections.abc import Callable

# The nouns "commanding" makes a title of ("commanding general of the 1st Cavalry Division",
# "commanding officer of HMS Kent"): a post, where "commanding the troops" is a verb.
_COMMAND_RANKS = frozenset({"general", "officer"})


def commands(rd: Reader, person_of: "Callable[[Reader, tuple[int, int]], tuple]") -> list[Candidate]:
    """Military commands written as a verb in biographies and obituaries: "From 1999 to 2000
    he commanded Task Force Falcon", "She commanded the frigate HMAS Perth": the subject was
    (is) commander of the named formation or ship. The object must contain a proper name, so
    "commanded respect" or "commanded the troops" make no role. "X, commanding general of the 18th
    Airborne Corps" is a title in apposition (current).

    Args:
        rd: The document reader.
        person_of: (reader, name token range) -> (PERSON entity or None, name to report).
    """
    doc = rd.doc
    if not len(doc):
        return []
    lemma = doc.vocab.strings["command"]
    out = []
    for i in (doc.to_array([LEMMA]).ravel() == lemma).nonzero()[0]:
        verb = doc[int(i)]
        objs = [c for c in verb.children if c.dep_ == "dobj"]  # "the frigate | HMAS Perth" may parse as two
        if verb.pos_ != "VERB" or not objs:
            continue
        if any(c.dep_ in ("xcomp", "ccomp") and any(a.lower_ in ("to", "that") for a in c.children) for c in verb.children):
            continue  # "commanded the Rangers to leave him behind": an order given, no command held
        toks = sorted((t for o in objs for t in o.subtree), key=lambda t: t.i)
        while toks and (toks[0].lower_ in DETERMINERS or toks[0].dep_ == "poss"):
            toks.pop(0)
        if not any(t.pos_ == "PROPN" and t.text[:1].isupper() for t in toks) or any(rd.is_person(t) for t in toks):
            continue
        adjectival = verb.tag_ == "VBG" and toks and toks[0].lower_ in _COMMAND_RANKS
        if adjectival:
            # "X, commanding general of the 18th Airborne Corps": a title in apposition, held now
            holder = (name_range(rd, verb.head), name_range(rd, verb.head)[0]) if rd.person_at(verb.head) else None
        else:
            holder = subject_holder(rd, verb)
        if holder is None:
            continue
        name, ev_start = holder
        person, pname = person_of(rd, name)
        aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        status = "former" if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in aux) else "current"
        s_start, s_end = rd.sentence(verb.i)
        last = doc[s_end - 1]
        lo, hi = verb.idx, toks[-1].idx + len(toks[-1].text)
        since, until = years(text_of(doc), lo, hi, (doc[s_start].idx, last.idx + len(last.text)))
        start = min(doc[ev_start].idx, verb.idx)
        out.append(Candidate(start=start, end=hi, person=person, name=pname,
                             title=("commanding " if adjectival else "commander of ")
                             + WS.sub(" ", " ".join(t.text for t in toks)),
                             role="military_commander", country=None, organization=None, status=status,
                             since=since, until=until, title_start=lo))
    # "headed the Defense Intelligence Agency", "led the Northern Command"; "chaired the Senate Rules Committee"
    return out + led_bodies(rd, person_of) + chaired_committees(rd, person_of)
