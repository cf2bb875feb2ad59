"""An office holder's name the NER read into the body of the office written before it.

Readouts name foreign officials after the body they lead: "Chairman of the National Assembly
Tran Thanh Man", "Vice Chairman of the Central Military Commission Zhang Youxia". Names the
statistical NER does not know as names (many Vietnamese, Chinese, Korean and Khmer ones) are
often taken into the organisation ("the National Assembly Tran Thanh Man" as one ORG), so the
roles stage reads a title that ends inside the name and a holder made of its last words.

This is the mirror of :mod:`.glued_bodies` (the body's last word read into the person's name).
The rule: an ORG mention written right after "... of/for (the)" whose words run on, after the
last body noun of the office ontology ("Assembly", "Commission", "Council", "Committee", ...),
with two to four capitalised words none of which is a body noun, an office word or a word the
text writes in lower case. Those words are the holder's name: the ORG keeps the body, and a
PERSON of that name is added (or joined, when the entities know it).
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from ..knowledge.offices import load_offices
from ..nlp import raw_text
from ..tokenarrays import lower_words
from .glued_bodies import _person_key
from .nominations import load_words

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..records import Entity

__all__ = ["unglue_body_names"]

# the office before the ORG: "Chairman of (the) ", "Vice Chairman for (the) "
_TITLE_BEFORE = re.compile(r"\b[A-Z][\w-]*\s+(?:of|for)\s+$")
_MODIFIERS = frozenset({"national", "federal", "military", "state", "security", "intelligence", "defence", "defense",
                        "municipal", "county", "republic", "kingdom", "house", "government"})
_WORD = re.compile(r"[A-Z][a-z]*(?:[’'-][A-Za-z]+)*")


def _split(text: str, body_words: frozenset[str], heads: frozenset[str], lower: frozenset[str],
           least: int) -> int | None:
    """Where the name starts in an ORG mention's text (``least`` to four words after its last body
    noun), or None when no name runs on after its body."""
    words = list(re.finditer(r"\S+", text))
    last = max((i for i, w in enumerate(words) if w.group().lower() in body_words), default=None)
    if last is None or not least <= len(words) - last - 1 <= 4:
        return None
    tail = [w.group() for w in words[last + 1:]]
    if not all(_WORD.fullmatch(t) for t in tail):
        return None
    if any(t.lower() in body_words or t.lower() in heads or t.lower() in lower or len(t) < 2 for t in tail):
        return None
    return words[last + 1].start()


def unglue_body_names(doc: "Doc", entities: "tuple[Entity, ...]") -> "tuple[Entity, ...]":
    """The entities with each ORG mention that runs on into a holder's name cut at the body's end,
    and the name as a PERSON entity (a known one gains the mention; a new one is appended).

    Args:
        doc: The article's Doc (its raw text is the mentions' text).
        entities: The entities as the roles stage receives them.

    Returns:
        ``entities`` itself when no ORG mention runs on, else a new tuple (ids kept, new ones appended).
    """
    cands = [k for k, e in enumerate(entities) if e.label == "ORG" and len(e.name.split()) >= 3]
    if not cands:
        return entities
    off, heads = load_offices(), load_words().heads
    # a body's name ends in its head noun ("Assembly", "Commission"); the ontology's words that
    # also modify one ("National Drug Control Policy", "Federal Reserve") end no body
    body_words = (off.gov_body_words | off.unit_words) - _MODIFIERS
    text = raw_text(doc)
    lower = lower_words(doc, alpha=True)
    out = list(entities)
    starts = {m.start: (i, m) for i, e in enumerate(entities) if e.label == "PERSON" for m in e.mentions}
    changed = False
    for k in cands:
        ent = out[k]
        kept, names = [], []
        for m in ent.mentions:
            if not _TITLE_BEFORE.search(text, max(0, m.start - 60), m.start):
                kept.append(m)
                continue
            # the rest of the name may be the next PERSON mention ("the National Assembly Vuong Dinh" +
            # "Hue"): then one word is enough; alone, the run-on words must look like a whole name
            nxt = starts.get(m.end + 1) if text[m.end:m.end + 1] == " " else None
            if nxt is None and re.match(r"\s*[A-Z]", text[m.end:m.end + 3]):
                kept.append(m)  # the capitalised words run on past the mention: a longer name of a body
                continue
            at = _split(m.text, body_words, heads, lower, 1 if nxt else 2)
            if at is None:
                kept.append(m)
                continue
            body = m.text[:at].rstrip()
            kept.append(dataclasses.replace(m, end=m.start + len(body), text=body))
            names.append((dataclasses.replace(m, start=m.start + at, text=m.text[at:]), nxt))
        if not names:
            continue
        changed = True
        out[k] = dataclasses.replace(ent, name=re.sub(r"^the\s+", "", kept[0].text, flags=re.IGNORECASE)
                                     if any(ent.name.endswith(n.text) for n, _ in names) else ent.name,
                                     mentions=tuple(kept))
        for span, nxt in names:
            if nxt is not None:
                j, pm = nxt
                full = dataclasses.replace(span, end=pm.end, text=text[span.start:pm.end])
                person = out[j]
                mentions = tuple(full if x == pm else x for x in person.mentions)
                name = full.text if person.name == pm.text else person.name
                out[j] = dataclasses.replace(person, name=name, mentions=mentions, person_key=_person_key(name))
                continue
            j = next((i for i, e in enumerate(out) if e.label == "PERSON" and e.name == span.text), None)
            if j is None:
                out.append(_person(f"E{len(out) + 1}", span.text, span))
            else:
                out[j] = dataclasses.replace(out[j], mentions=tuple(sorted(out[j].mentions + (span,), key=lambda x: x.start)))
    return tuple(out) if changed else entities


def _person(eid: str, name: str, span) -> "Entity":
    from ..records import Entity

    return Entity(id=eid, label="PERSON", name=name, country=None, mentions=(span,), person_key=_person_key(name))
