"""Explicit evidence of the country (or international organisation) an office serves, read
around its title in the text: an institution speaking in the same clause ("..., the Kremlin
said"), a place a legislator is "from", a possessive before the title ("its ambassador",
"NATO's next secretary general"), or an "of" phrase after the holder's name ("Prime Minister
Sheikh Khalid bin Ahmed al Roe of Qatar", "President X of the European Commission").

Used by :mod:`.resolver`, which ranks these sources and records which one decided.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..nlp import text as doc_text
from .orgkinds import institution_of
from .reader import Candidate, Reader

if TYPE_CHECKING:
    from spacy.tokens import Token

def clause_institution(rd: Reader, c: Candidate) -> str | None:
    """The country of a government institution speaking in the candidate's own sentence
    ("..., the Kremlin said", "according to the Pentagon", "Seoul's defence ministry said");
    None when there is none or institutions of several countries speak."""
    doc = rd.doc
    span = doc.char_span(c.title_start if c.title_start >= 0 else c.start, c.end, alignment_mode="expand")
    if span is None:
        return None
    off = rd.off
    codes: set[str] = set()
    for s, e in rd.sentences(span.start, span.end):
        for tok in doc[s:e]:
            speaking = (tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in off.attribution_verbs) or (
                tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according")
            if not speaking or tok.i in range(span.start, span.end):
                continue
            if tok.lemma_.lower() in _MISSIONS and not _mission_post(c):
                continue  # "X met Chief Justice Y, the U.S. embassy said": the host's official
            code = _institution_phrase(rd, tok)
            if code:
                codes.add(code)
    return codes.pop() if len(codes) == 1 else None


_PARTY_WORDS = frozenset({"party", "parties", "party's", "party’s"})
# A government's mission abroad speaks for its own diplomats: the officials of the host country
# its statements name ("the ambassador met the host's Chief Justice, the embassy said") are not
# its government's.
_MISSIONS = frozenset({"embassy", "consulate", "mission"})
_MISSION_STAFF = frozenset({"ambassador", "spokesperson"})
_MISSION_TITLE = re.compile(r"\b(?:mission|embassy|consul\w*|charg\w*|attach\w*|counsell?or|diplomat|envoy|secretary)\b",
                            re.IGNORECASE)


def _mission_post(c: Candidate) -> bool:
    """Whether ``c``'s office can be a post of a government's mission abroad (an ambassador, a
    spokesperson, a chief of mission, consul, attaché or counsellor)."""
    return c.role in _MISSION_STAFF or c.role == "official_other" and bool(_MISSION_TITLE.search(c.title))


def _institution_phrase(rd: Reader, head: "Token") -> str | None:
    """ISO3 of a subject phrase naming a government institution: a seat or institution
    ("the Kremlin", "the Pentagon") or a government body of a named country ("Seoul's defence
    ministry", "the Chinese Foreign Ministry")."""
    toks = list(head.subtree)
    doc = head.doc
    for tok in toks:
        if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in _PARTY_WORDS:
            continue  # "the Congress party leader": a party named after the institution, not the institution
        ent = rd.entity(tok)
        code = institution_of(ent.name if ent is not None else tok.text) if tok.pos_ == "PROPN" else None
        if code:
            return code
    if head.lemma_.lower() in rd.off.gov_body_words:
        places = {p[1] for t in toks if t.i != head.i and (p := rd.place(t)) is not None and p[0] == "country"}
        if len(places) == 1:
            return places.pop()
    return None


def from_place(rd: Reader, c: Candidate) -> str | None:
    """The country of the place a title is "from" ("a senator from Indiana", "the congresswoman
    from Texas"): a legislator represents a place of the country served, which outranks a
    dateline abroad."""
    if c.role != "legislator" or c.title_start < 0:
        return None
    span = rd.doc.char_span(c.title_start, c.end, alignment_mode="expand")
    if span is None:
        return None
    for tok in span:
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "from":
                obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
                place = rd.place(obj) if obj is not None else None
                if place is not None and place[0] == "country":
                    return place[1]
    return None


_COUNTRY_NOUNS = frozenset({"country", "nation", "government", "kingdom", "republic"})


def possessive_country(rd: Reader, c: Candidate) -> str | None:
    """The country a possessive before the title stands for ("France withdrew after the junta
    expelled its ambassador", "Iran ... The country's interior minister"): the one country named
    before it in its sentence, else in the nearest of the two sentences before that names one;
    None when none or several."""
    doc = rd.doc
    if c.title_start < 0:
        return None
    span = doc.char_span(c.title_start, c.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return None
    i = span.start - 1
    if doc[i].text in ("'s", "’s") and i >= 1 and doc[i - 1].pos_ == "PROPN":
        # "the USAF's chief of staff", "the Pentagon's top policy official": the institution
        # that owns the office is the government's
        ent = rd.entity(doc[i - 1])
        code = institution_of(ent.name if ent is not None else doc[i - 1].text)
        if code:
            return code
    if doc[i].lower_ == "own" and i > 0:
        i -= 1
    if doc[i].lower_ != "its":
        if not (doc[i].text in ("'s", "’s") and i >= 2 and doc[i - 1].lower_ in _COUNTRY_NOUNS
                and doc[i - 2].lower_ == "the"):
            return None
        i -= 2
    s0, _ = rd.sentence(i)
    ranges = [(s0, i)]
    for _ in range(2):  # the two sentences before ("Iran said ... The country's X said ... Its Y ...")
        if ranges[-1][0] > 0:
            lo = ranges[-1][0]
            ranges.append((rd.sentence(lo - 1)[0], lo))
    for lo, hi in ranges:
        codes = {p[1] for t in doc[lo:hi] if (p := rd.place(t)) is not None and p[0] == "country"}
        if codes:
            return codes.pop() if len(codes) == 1 else None
    return None


# Lower-case particles inside Arabic, Dutch, German, Romance and other personal names ("Mohammed
# bin Salman", "Ursula von der Leyen", "Luiz Inácio Lula da Silva"): a name the NER cut short
# goes on through them.
_SUBNATIONAL = re.compile(r"\b(?:Governor|Mayor|Premier|Lieutenant|Alderm[ae]n|Council(?:man|woman|lor|or)?|Sheriff"
                          r"|County|State|Provincial|Municipal)\b", re.IGNORECASE)
"""offices of a state, province or city: their holder's "of Georgia", "of Victoria" names no country"""
_TITLE_COMPLEMENT = re.compile(r"\s(?:of|to|for|in|at|on)\s", re.IGNORECASE)
_NAME_PARTICLES = frozenset({"bin", "bint", "ibn", "al", "el", "ould", "abu", "de", "da", "do", "dos", "das", "di",
                             "du", "van", "von", "der", "den", "la", "le", "y"})

# Words between a possessive and the title it owns that say when the office is held ("NATO's
# next secretary general", "the EU's new envoy"), not what it is.
_WHEN_WORDS = frozenset({"next", "new", "incoming", "outgoing", "current", "top", "chief", "own"})


def trailing_owner(rd: Reader, c: Candidate) -> tuple[str, str] | None:
    """("country", ISO3) or ("org", name) of an "of" phrase right after the holder's name:
    "Prime Minister Sheikh Khalid bin Ahmed al Roe of Qatar" (the rest of a name the
    NER cut short is skipped), "President Ursula von der Leyen of the European Commission", or
    the name of a country or body alone on the rest of the line after a comma (a list of
    participants: "Prime Minister X, Commonwealth of Australia"). None when the name is followed by anything else, or the phrase names no government or
    international organisation ("X of the Brookings Institution")."""
    doc = rd.doc
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None:
        return None
    if c.title_start > c.start and not _TITLE_COMPLEMENT.search(c.title) and not _SUBNATIONAL.search(c.title):
        # a bare title written after its holder ("congratulations to X of Kuwait for his
        # appointment as Prime Minister"): the "of" phrase after the name, not after the evidence
        at = span.text.find(c.name)
        named = doc.char_span(c.start + at, c.start + at + len(c.name), alignment_mode="expand") \
            if at >= 0 and c.start + at + len(c.name) <= c.title_start else None
        if named is not None and named.end < len(doc) and doc[named.end].lower_ == "of":
            span = named  # (else, as in "X, Minister of Y of the Italian Republic", the phrase after the evidence)
    i, stop = span.end, min(len(doc), span.end + 7)
    # the rest of the name: particles and capitalised proper nouns, but no office word (a Title
    # Case headline: "Statement by President X Congratulating Prime Minister Y of Japan")
    while i < stop and (doc[i].lower_ in _NAME_PARTICLES or doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper()
                        and doc[i].ent_type_ not in ("GPE", "NORP", "ORG") and not rd.is_vocab(doc[i])):
        i += 1
    # "of" ..., or a list of participants one a line: "- Secretary-General X, United Nations"
    if i >= len(doc) or not (doc[i].lower_ == "of" or doc[i].text == "," and _list_line(doc, c)
                             and _line_is_place(doc, i + 1)):
        return None
    j = i + 1
    while j < min(len(doc), i + 8) and (doc[j].text[:1].isupper() or doc[j].lower_ in ("the", "of", "'s", "’s")):
        place = rd.place(doc[j]) or _body_country(rd, doc[j])
        if place is not None:
            return place if place[0] in ("country", "org") else None
        j += 1
    return None


def _body_country(rd: Reader, tok: "Token") -> tuple[str, str] | None:
    """("country", ISO3) of a country name ending the name of a body that an office's title
    names ("Head of the Information Department of Ruritania", one body to the entities stage):
    the body is that country's, and so is the office. None for any other word, and when the
    body's name runs on ("Office of Egypt and Levant Affairs": a foreign ministry's desk)."""
    ent = rd.entity(tok)
    if ent is None or ent.label != "ORG" or tok.ent_type_ != "GPE" or not ent.name.endswith(" of " + tok.text):
        return None
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and (nxt.lower_ in ("and", "&") or nxt.text[:1].isupper()):
        return None  # "the Office of Egypt and Levant Affairs": a desk for the country, not its government
    code = rd.gaz.country(tok.text)
    return ("country", code) if code else None


def possessive_owner(rd: Reader, c: Candidate) -> tuple[str, str] | None:
    """("country", ISO3) or ("org", name) of a possessive before the title with a word of time
    or a lower-case portfolio noun between them ("NATO's next secretary general", "Britain's new
    defence secretary", "the WHO's emergencies director"): the
    owner of the office, which outranks another office the same person holds or held."""
    doc = rd.doc
    if c.title_start < 0:
        return None
    span = doc.char_span(c.title_start, c.end, alignment_mode="expand")
    if span is None:
        return None
    i = span.start - 1
    skipped = 0
    # a status word says when too ("Cambodia's former prime minister", "Peru's interim president")
    # so does a portfolio in lower case the title left out ("the WHO's emergencies director")
    while i >= 0 and (doc[i].lower_ in _WHEN_WORDS or doc[i].lower_ in rd.off.status_words
                      or doc[i].is_lower and doc[i].is_alpha and doc[i].tag_ in ("NN", "NNS")) and skipped < 2:
        i -= 1
        skipped += 1
    if not skipped or i < 1 or doc[i].text not in ("'s", "’s"):
        return None
    place = rd.place(doc[i - 1])
    return place if place is not None and place[0] in ("country", "org") else None


def _list_line(doc, c: Candidate) -> bool:
    """Whether the title starts its line, after a list's bullet at most ("-   President X, ...")."""
    at = c.title_start if c.title_start >= 0 else c.start
    text = doc_text(doc)
    return text[text.rfind("\n", 0, at) + 1:at].strip() in ("", "-", "*", "•", "–", "—")


_PLACE_GLUE = frozenset({"of", "the", "and", "'s", "’s", "-"})


def _line_is_place(doc, k: int) -> bool:
    """Whether the tokens from ``k`` to the end of the line are only a capitalised name
    ("United Kingdom of Great Britain and Northern Ireland", "People's Republic of China")."""
    n = 0
    while k < len(doc) and not doc[k].is_space:
        tok = doc[k]
        if not (tok.text[:1].isupper() or tok.lower_ in _PLACE_GLUE) or n > 10:
            return False
        n += 1
        if "\n" in tok.whitespace_ or k + 1 < len(doc) and doc[k + 1].is_space and "\n" in doc[k + 1].text:
            return True
        k += 1
    return n > 0
