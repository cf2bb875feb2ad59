"""Two whole-article steps of linking titles to people (split out of :mod:`.linking`): the
signature of a statement whose headline names an office without its holder ("Statement by
the President on ..." signed "JOSEPH R. BIDEN JR."), and "his Chinese counterpart Wang Yi",
who holds the office of the nearest earlier office holder.
"""

from __future__ import annotations

import re

from ..names import SUFFIXES
from ..nlp import text
from ..knowledge.offices import folded_name_key, load_offices
from .reader import Candidate, Reader, same_person
from .titles import classify, institution_hint

# "Statement by the President on ...": an office named in a title without its holder's name.
TITLE_OFFICE = re.compile(r"^(?:Joint )?(?:Statement|Remarks|Message|Letter|Memorandum|Proclamation|Readout|"
                          r"Op-Ed|Address)s? (?:by|from|of) the ((?:[A-Z][\w.-]*|of|for|and|the)(?: (?:[A-Z][\w.-]*|of|"
                          r"for|and|the))*?)(?=$| on | to | at | in | regarding | before |,|:)")
COUNTERPART = frozenset({"counterpart", "counterparts"})
# "By the authority vested in me as President by the Constitution ...", "pursuant to my constitutional
# authority as Commander in Chief": the signer of an order, proclamation or letter states the office in
# the first person; the Commander in Chief is the President (U.S. Constitution, art. II, sec. 2)
# ("my constitutional authority to conduct United States foreign relations and as Commander in Chief":
# the office may follow a coordinated "to ..." clause of the same authority)
_AUTHORITY = re.compile(r"\b(?:vested\s+in\s+me|my\s+(?:constitutional\s+)?authority)\s+"
                        r"(?:to\s+[^.;:]{1,80}?\s+and\s+)?as\s+(?:President|Commander[- ]in[- ]Chief)\b")


def signature_role(rd: Reader, headline: str | None, published: str | None = None) -> Candidate | None:
    """"Statement by the President on ..." signed "JOSEPH R. BIDEN JR." on a line of its own at
    the end: the signer holds the office the title names; an order or letter whose signer states
    the presidency in the first person ("By the authority vested in me as President ...") is the
    President's; a letter or order that states no office ("Sincerely, JOSEPH R. BIDEN JR.") is
    signed in the office the office-holder table says its signer held as head of state on the
    publication date (a head of state signs acts of state in that capacity; the table is dated, so
    a former president's signature gets no office). That reading is left to the caller to drop when
    the text gives the signer an office of its own (a king's letter: the table says head of state,
    not which title)."""
    doc = rd.doc
    m = TITLE_OFFICE.match(headline) if headline else None
    if m is not None:
        office = m.group(1)
        words = office.lower().split()
        if not any(w in rd.off.heads for w in words) or not all(
                w in rd.off.heads or w in rd.off.modifiers or w in rd.off.connectors for w in words):
            return None
    elif _AUTHORITY.search(text(doc)):
        office = "President"  # "By the authority vested in me as President ..." signed "DONALD J. TRUMP"
    else:
        office = None  # read from the office-holder table once the signer is found
    # the last name written in capitals on a line of its own, near the end of the text
    end = len(doc)
    while end > 0 and (doc[end - 1].is_space or doc[end - 1].is_punct) and len(doc) - end < 60:
        end -= 1
    for i in range(end - 1, max(end - 60, 0), -1):
        tok = doc[i]
        person = rd.entity(tok)
        if person is None or person.label != "PERSON" or not tok.text.isupper():
            continue
        s, e = rd.block(tok)
        line = [t for t in doc[s:e] if not t.is_space and not t.is_punct]
        if not line or any(rd.entity(t) is not person for t in line):
            return None
        first = next(t for t in doc[s:e] if not t.is_space)
        last = line[-1]
        country = None
        if office is None:
            country = _head_of_state_on(person.name, published)
            if country is None:
                return None
            office = "President"
        return Candidate(start=first.idx, end=last.idx + len(last.text), person=person, name=person.name,
                         title=office, role=classify(office), country=country, organization=None,
                         hint=institution_hint(office), title_start=first.idx,
                         country_source="office_holder" if country else None)
    return None


def _head_of_state_on(name: str, published: str | None) -> str | None:
    """The one country whose head of state the office-holder table's dated rows say ``name`` was
    on ``published`` (undated rows, which say only that someone held the office at some time, and
    an unknown date give None)."""
    if not published:
        return None
    suffix = _suffix(name)  # ("DONALD TRUMP JR." is not his father: the folded key drops the suffix)
    rows = {h.country for h in load_offices().holders_named(folded_name_key(name))
            if h.role == "head_of_state" and (h.start or h.end) and h.held_on(published) and _suffix(h.name) == suffix}
    return rows.pop() if len(rows) == 1 else None


def _suffix(name: str) -> frozenset[str]:
    """The generational suffixes of a name ("Joseph R. Biden Jr." -> {"jr"}; :data:`pipeline.names.SUFFIXES`)."""
    return frozenset(w for w in (p.strip(".,").lower() for p in name.split()) if w in SUFFIXES)


def resolve_counterparts(cands: list[Candidate]) -> list[Candidate]:
    """A counterpart holds the office of the person it is the counterpart of, the nearest
    earlier office holder ("Secretary of State Antony Blinken met his Chinese counterpart Wang
    Yi" -> Wang Yi is a foreign minister); without one the text states no office."""
    out: list[Candidate] = []
    for i, c in enumerate(cands):
        if c.title.lower() in COUNTERPART:
            ref = next((o for o in reversed(cands[:i]) if o.title.lower() not in COUNTERPART
                        and not same_person(o, c)), None)
            if ref is None:
                continue
            c.role = ref.role
            c.counterpart = True
        out.append(c)
    return out
