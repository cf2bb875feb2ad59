"""Office titles: where a title begins and ends, its words without the country, its category.

Titles are recognised from the office ontology (``pipeline/data/offices.json``: head words, words inside titles,
ordered office patterns). A title is bounded by the line and by words that cannot be part of it, not by sentences.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..knowledge.offices import COURTESY_TITLES, HONORIFICS, load_offices, title_key
from ..nlp import text as doc_text
from .at_bodies import government_body_after
from .envoys import envoy_role
from .preposed_bodies import office_post, preposed_body_role
from .portfolio import caps_portfolio_end, is_portfolio, lower_portfolio_end, own_nation, region_phrase_end, trim_region_phrase
from .reader import DETERMINERS, POSSESSIVE, WS, Reader
from .status import DEATH_NOUNS, VISIT_NOUNS
from .title_conjuncts import joins_two_holders, repeats_office

if TYPE_CHECKING:
    from spacy.tokens import Token


@lru_cache(maxsize=8192)
def classify(title: str, organization: str | None = None, country: str | None = None) -> str:
    """The role category of an office title written without country words.

    Args:
        title: e.g. "Defence Secretary", "Minister of National Defense", "Gen.".
        organization: The international organisation the office belongs to, if any; the
            heads of such bodies are officials, not heads of state.
        country: The country written with the title, if any ("Chinese leader" -> CHN).
    """
    role = envoy_role(title, load_offices().classify(office_post(title)), country)  # ("Chief of Staff in the Office of the PM", "Envoy X")
    if organization and role in ("head_of_state", "head_of_government", "minister_other", "foreign_minister"):
        return "official_other"
    if role == "head_of_state" and country is None and organization is None and title_key(title) == "leader":
        # "leader" leads a country only with the country written ("the North Korean leader"); alone
        # before a name it addresses a legislature's party leader ("Speaker Pelosi and Leader Schumer")
        return "legislator"
    if country in _TREASURER_GOVERNMENTS and organization is None and title_key(title) == "treasurer":
        return "minister_other"  # "Australian Treasurer Jim Roe": the finance minister
    if country in _CHIEF_EXECUTIVE_GOVERNMENTS and organization is None and title_key(title) == "chief executive":
        return "head_of_government"  # "Hong Kong's Chief Executive John Lee" (see company_title)
    if country in _CHANCELLOR_FINANCE and organization is None and title_key(title) == "chancellor":
        return "minister_other"  # "LONDON - Chancellor Jane Roe": the Chancellor of the Exchequer
    if role == "minister_other" and title_key(title) in ("vice-chancellor", "vice chancellor") and country not in _VICE_CHANCELLOR_GOVERNMENTS:
        return "official_other"  # no minister without Germany or Austria written with it
    if country is not None and organization is None and title_key(title) in ("member", "members"):
        # a bare "member" with a country taken out of the title is a legislature's member whose
        # chamber gave the country ("Knesset member", "Duma members"); without one it names no body
        return "legislator"
    return preposed_body_role(title, role, country, organization)  # "Palestinian Authority President X"


def institution_hint(title: str) -> str | None:
    """The country of a national institution or seat of government named inside a title
    ("Self-Defense Forces", "White House spokesman", "Blue House spokesman")."""
    off = load_offices()
    return next((code for key, rx, code in _institution_patterns(off.institutions) if key in title and rx.search(title)),
                None) or next((code for literal, rx, code in off.seats if literal in title and rx.search(title)), None)


@lru_cache(maxsize=2)
def _institution_patterns(institutions: tuple) -> tuple:
    """The institutions as whole words: "Fed" is no part of "Federal President", "PLA" none of "PLAN"."""
    return tuple((key, re.compile(r"(?<![\w-])" + re.escape(key) + r"(?![\w-])"), code) for key, code in institutions)


_SERVICE_CLASS = re.compile(r"^(?:career\s+)?(?:minister[- ]counsel(?:l)?or|minister|ambassador|counsel(?:l)?or)$", re.I)
_RANK_OF = re.compile(r"\b(?:rank|class)(?:\s+and\s+status)?\s+of\s+(?:the\s+|a\s+)?(?:career\s+)?$", re.I)


def is_service_rank(body: str, title_start: int, title: str) -> bool:
    """Whether a title is the class of a career service written as a rank ("a career member of the
    Senior Foreign Service, class of Minister-Counselor", "with the rank of Career Minister"): the
    US Senior Foreign Service classes (Foreign Service Act of 1980, sec. 402; 22 U.S.C. 3962) are
    ranks of a person, no office held."""
    return title_start > 0 and bool(_SERVICE_CLASS.match(title.strip())) \
        and bool(_RANK_OF.search(body, max(0, title_start - 30), title_start))


@lru_cache(maxsize=8192)
def is_private(title: str) -> bool:
    """Whether a title is an office of a company, not a public office ("Chief Operating Officer")."""
    return load_offices().is_private(title)


def company_title(split: tuple[str, str | None, str | None, bool], after: str = "") -> bool:
    """Whether a split title (:func:`split_title`) is a company's office: a corporate title
    ("Managing Director") is an international organisation's public office when the
    organisation is written with it ("IMF Managing Director", "the World Bank's managing director"),
    and a government corporation's when ``after`` (the words after the title) or the title names one."""
    title, country, org, company = split
    if country in _CHIEF_EXECUTIVE_GOVERNMENTS and not company and title_key(title) == "chief executive":
        return False  # "Hong Kong Chief Executive John Lee": the head of a government
    if is_private(title) and (company or org is None):
        from .aides import serves_principal  # read lazily: these read this module
        from .corporate import government_corporation
        from .public_executives import government_executive_body

        if not company and serves_principal(title):
            return False  # "Executive Director of Operations for Chief Deputy Whip X": a legislator's staff

        # "Chief Executive Officer of the Millennium Challenge Corporation": a government
        # corporation's officer holds a public office (31 U.S.C. 9101), as does an executive of a
        # body only governments have ("Executive Director of the White House Initiative on X")
        return not government_corporation(f"{title} {after}") and not government_executive_body(title, after)
    return False


# Governments headed by a "Chief Executive", a title otherwise a company's: Hong Kong and Macao (Basic Law
# of the HKSAR, art. 43 and 48; Basic Law of the MSAR, art. 45 and 50: head of the region and of its government)
_CHIEF_EXECUTIVE_GOVERNMENTS = frozenset({"HKG", "MAC"})
# governments whose finance minister is "Treasurer" (Australian Government Directory); elsewhere a city's or state's
_TREASURER_GOVERNMENTS = frozenset({"AUS"})
# governments where "the Chancellor" alone is the finance minister (GOV.UK: Chancellor of the Exchequer); Germany's heads it
_CHANCELLOR_FINANCE = frozenset({"GBR"})
# a Vice-Chancellor minister (Basic Law, art. 69(1); B-VG art. 69(2)); in Britain and the Commonwealth one heads a university
_VICE_CHANCELLOR_GOVERNMENTS = frozenset({"DEU", "AUT"})


def chunk(rd: Reader, head: "Token", sent: tuple[int, int]) -> tuple[int, int]:
    """Token range [start, end) of the office title around a head word (worked out once per
    head and block of a Reader: candidates and speakers ask for the same heads)."""
    key = (head.i, sent)
    found = rd.chunks.get(key)
    if found is None:
        found = rd.chunks[key] = _chunk(rd, head, sent)
    return found


_UNDER_OFFICES = frozenset({"secretary", "secretaries", "sec", "secretary-general", "secretaries-general"})  # "Under Sec."; else a preposition


# Title words written only after the head ("Ambassador Extraordinary and Plenipotentiary"): before it, praise.
_AFTER_HEAD_ONLY = frozenset({"extraordinary", "plenipotentiary"})


def body_acronym(rd: Reader, doc: "Doc", i: int) -> bool:
    """Whether token ``i`` is a body's acronym written right before an office head ("OLA
    Director", "OMB Deputy Director"): two to five capitals, no place and no name (AP Stylebook:
    an agency's abbreviation may stand before a title)."""
    tok = doc[i]
    return (2 <= len(tok.text) <= 5 and tok.text.isalpha() and tok.text.isupper() and i + 1 < len(doc)
            and rd.is_vocab(doc[i + 1]) and rd.place(tok) is None and not rd.is_person(tok))


def _chunk(rd: Reader, head: "Token", sent: tuple[int, int]) -> tuple[int, int]:
    doc = rd.doc
    conn = rd.off.connectors
    start = head.i
    i = head.i - 1
    while i >= sent[0]:
        tok = doc[i]
        low = tok.lower_
        if low in _AFTER_HEAD_ONLY:
            break  # "our extraordinary President": praise, not "Ambassador Extraordinary"
        if low in _DEATH_NOUNS and doc[i + 1].lower_ == "of":
            break  # "on the Passing of | Former U.S. Senator X": a headline's death, no word of the office
        if low == "under" and doc[i + 1].lower_.rstrip(".") not in _UNDER_OFFICES:
            break  # "finance minister under President Roe": the preposition ends the office before it
        if rd.in_title(tok) or body_acronym(rd, doc, i):
            start = i
        elif low in conn and i - 1 >= sent[0] and low != "and":
            # "of"/"the"/"'s" only inside a title, never at its left edge
            prev = doc[i - 1]
            if not (rd.in_title(prev) or prev.lower_ in conn) or low == "of" and prev.text == "election":
                break  # "on the election of President Roe": the event, not an "Election Commission" word
            if low == "of" and prev.is_lower and _possessed_name(doc, head.i + 1, sent[1]):
                break  # "a member of | President Roe's cabinet": "of" governs the cabinet, Roe is President
        elif low in ("and", "/") and i - 1 >= sent[0] and rd.is_vocab(doc[i - 1]) \
                and (rd.is_vocab(doc[i + 1]) or body_acronym(rd, doc, i + 1)) \
                and rd.place(doc[i + 1]) is None and doc[i - 1].is_lower == doc[i + 1].is_lower \
                and not joins_two_holders(rd, i, head.i, sent[0]) and (low == "and" or i - 2 >= sent[0]
                                                                       and rd.is_vocab(doc[i - 2]) and i + 2 < len(doc) and rd.is_vocab(doc[i + 2])):
            pass  # "Foreign Affairs and Trade Minister", "Deputy Prime Minister/Foreign Minister" (not one office "Secretary/Treasurer"); not "education and President Roe's plan" (one case)
        elif tok.text == ")" and i - 3 >= sent[0] and doc[i - 2].text == "(" and doc[i - 1].text.isupper() \
                and doc[i - 1].is_alpha and rd.in_title(doc[i - 3]):
            i -= 2  # "Rapid Support Forces (RSF) commander": the body's initials in brackets
        else:
            break
        i -= 1
    if start < head.i and doc[start].lower_ == "under" and (
            doc[start + 1].lower_.rstrip(".") not in _UNDER_OFFICES
            or doc[start].text == "under" and doc[start + 1].is_title):
        # "the Fed under Chair Powell", "Under President Bush's leadership" at a sentence's start:
        # a preposition, not "Under Secretary"; so is a lower-case "under" before a capitalised
        # "Secretary" ("the military, under Secretary Roe"): the office is written in one case
        start += 1
    if start - 4 >= sent[0] and doc[start - 1].text == "-" and doc[start - 2].lower_ == "in" \
            and doc[start - 3].text == "-" and doc[start - 4].is_alpha:
        start -= 4  # "editor-in-chief", "commander-in-chief": the office is the whole compound
    if start == head.i and head.lower_ == "leader" and (opp := rd.after_opposition(head.i)) >= sent[0]:
        start = opp  # "Opposition Conservative leader": the party's name is part of the office phrase
    end = head.i + 1
    j = head.i + 1
    after_prep = False
    while j < sent[1]:
        tok = doc[j]
        low = tok.lower_
        p = rd.place(tok)
        if p is not None and p[0] == "country" and rd.is_head(doc[j - 1]) and rd.entity(tok) is not None \
                and rd.entity(tok).label == "NORP" and len(rd.entity(tok).name.split()) == 1:
            break  # a demonym right after a head is a surname ("Prime Minister Han of ...")
        if p is not None and p[0] == "country" and rd.is_head(doc[j - 1]) and j + 1 < sent[1] \
                and doc[j + 1].pos_ == "PROPN" and doc[j + 1].text[:1].isupper() \
                and (rd.is_person(doc[j + 1]) or not doc[j + 1].ent_type_ and not rd.is_vocab(doc[j + 1])):
            break  # a country right after a head and before a name is a given name ("Defence Minister Israel Katz")
        unit = rd.named_unit_end(j, sent[1]) if after_prep and tok.text[:1].isupper() else None
        if unit is not None:  # "commander of Carrier Strike Group 4"
            end = j = unit
            after_prep = False
            continue
        if low.rstrip(".") in _RANK_ABBREVIATIONS and j > head.i and tok.text[:1].isupper() \
                and head.lower_.rstrip(".") not in _RANK_ABBREVIATIONS:
            if end == j and j - 1 > head.i and doc[j - 1].lower_ in _RANK_LEADS:
                end = j - 1  # "Navy chief Vice Adm. X": "Vice" begins the rank, not a word of the office
            break  # "Chief of Staff Lt. Gen. Herzi Halevi": an abbreviated rank begins the name's styling
        if j > head.i and _rank_after_office(rd, j, sent[1]):
            break  # "Government spokesman Colonel Jane Roe": the rank is how the holder is styled
        if low == "under" and j > head.i and (j + 1 >= sent[1] or doc[j + 1].lower_.rstrip(".") not in _UNDER_OFFICES):
            break  # "finance minister under President Roe", "premier under the new charter": a preposition
        if low in _DEATH_NOUNS and j + 1 < sent[1] and doc[j + 1].lower_ == "of":
            break  # "Statement by the President on the Passing of Ambassador X": a headline's death ends the office

        if rd.in_title(tok) and after_prep and head.is_lower and tok.is_title and tok.lower_ in rd.off.heads \
                and _possessed_name(doc, j + 1, sent[1]):
            break  # "a member of | President Roe's cabinet": "of" governs the cabinet; Roe is the President
        if rd.in_title(tok):  # ("for" the model tagged into a body: "Coordinator for the Middle East", a portfolio)
            end, after_prep = j + 1, after_prep or low == "for"
        elif low in conn and low != "and" or j > head.i and government_body_after(doc, j, sent[1]):
            after_prep = low in ("of", "for", "on", "at") or (after_prep and low in ("the", "and", "-", "'s", "’s"))
        elif low == "and" and j + 1 < sent[1] and (rd.is_vocab(doc[j + 1]) or after_prep and rd.in_title(doc[j + 1])
                                                     and doc[j + 1].ent_type_ == "LOC") and not rd.is_person(doc[j + 1]) \
                and not repeats_office(rd, j, start, sent[1]):
            after_prep = after_prep and not rd.is_vocab(doc[j + 1])  # "Minister for Trade and Industry"; "and Deputy ..." begins a new title
        elif after_prep and tok.text[:1].isupper() and not rd.is_person(tok) and not tok.is_punct \
                and tok.ent_type_ not in ("PERSON", "DATE", "CARDINAL") and j + 1 < sent[1] \
                and (doc[j + 1].lower_ in conn or rd.is_vocab(doc[j + 1])):
            end = j + 1  # "Advisor for Cyber and Emerging Technologies"
        elif after_prep and (k := caps_portfolio_end(rd, j, sent[1])):
            end = j = k  # "High Commissioner for Human Rights Jane Roe": the portfolio runs up to the name
            continue
        elif after_prep and (k := region_phrase_end(rd, j, sent[1])):
            end = j = k  # "the governor of the northern state of Sonora, Jane Roe": the subdivision named
            continue
        elif after_prep and (k := lower_portfolio_end(rd, j, sent[1])):
            end = j = k  # "Colombia's commissioner for peace, Jane Roe": a portfolio in lower case
            continue
        else:
            break
        j += 1
    # trim connectors and determiners at the edges
    # the left edge is a title word or a country/organisation, never "Readout of"
    while start < end and (doc[start].lower_ in conn or doc[start].lower_ in DETERMINERS
                           or not (rd.is_vocab(doc[start]) or rd.place(doc[start]) is not None)):
        start += 1
    while end > start and (doc[end - 1].lower_ in conn):
        end -= 1
    if start == head.i and head.text == "Executive" and start - 1 >= sent[0] and doc[start - 1].text == "County":
        start -= 1  # "County Executive": a county's elected head (offices.json), not a company's executive
    if end > start:
        start = _seat_start(rd, start, sent[0])  # "Blue House spokesman": the seat's name is part of the title
    return start, end


def _possessed_name(doc: "Doc", k: int, end: int) -> bool:
    """Whether the name starting at token ``k`` ends in a possessive ("Roe's cabinet")."""
    first = k
    while k < end and doc[k].ent_type_ == "PERSON" and doc[k].tag_ != "POS":
        k += 1
    return first < k < end and doc[k].tag_ == "POS"


# Nouns of a death written before the dead holder's office ("the Passing of Senator X"), less "memory"
# and "funeral", which begin the names of bodies and posts
_DEATH_NOUNS = (DEATH_NOUNS - {"memory", "funeral"}) | VISIT_NOUNS  # (and a visit's: "the State Visit of | President X")
# Abbreviated ranks ("Lt.", "Gen.", "Rep.") go before a name, never inside a title (offices.json: words.rank_abbreviations)
_RANK_ABBREVIATIONS = HONORIFICS - COURTESY_TITLES
# the first words of abbreviated ranks of two words ("Vice Adm.", "Rear Adm.", "Lieutenant Gen.")
_RANK_LEADS = frozenset({"vice", "rear", "lieutenant", "major", "brigadier"})


def _rank_after_office(rd: Reader, j: int, sent_end: int) -> bool:
    """Whether token ``j`` is a capitalised military rank written between a civil office's head
    word and its holder's name ("army spokesman Colonel Jane Roe", "Defence Minister General
    Jane Roe"): the rank styles the name, it does not extend the office."""
    doc = rd.doc
    tok, prev = doc[j], doc[j - 1]
    return (tok.is_title and rd.is_head(tok) and classify(tok.text) == "military_commander"
            and office_word_before_rank(rd, prev) and j + 1 < sent_end and rd.is_person(doc[j + 1]))


def office_word_before_rank(rd: Reader, prev: "Token") -> bool:
    """Whether ``prev``, the word before a capitalised rank, ends a civil office: its head word
    ("spokesman Colonel Jane Roe") or any other word of the office ("chief of staff General Jane
    Roe"), not the first word of a two-word rank ("Lieutenant General") or a rank itself."""
    return (rd.is_head(prev) or rd.in_title(prev) and prev.lower_ not in _RANK_LEADS) \
        and classify(prev.text) != "military_commander"


def _seat_start(rd: Reader, start: int, limit: int) -> int:
    """The start of a seat of government's name ending with the title's first word ("Blue
    House", "Downing Street"), else ``start``: the words before it are part of the title."""
    doc = rd.doc
    first = doc[start]
    end = first.idx + len(first.text)
    word = first.text
    # only the seats whose last word is this token's text can end here (a token's text has no
    # space, so "ends with ' ' + text" is "last word == text"): a dict probe, not a scan
    literals = _seats_by_last_word(rd.off.seats).get(word, ()) if word and " " not in word else (
        [literal for literal, _, _ in rd.off.seats])
    for literal in literals:
        if " " not in literal or not literal.endswith(" " + word) or not doc_text(doc).endswith(literal, 0, end):
            continue
        span = doc.char_span(end - len(literal), end)
        if span is not None and span.start >= limit:
            return span.start
    return start


_SEAT_INDEX: tuple[object, dict[str, list[str]]] = (None, {})


def _seats_by_last_word(seats: tuple) -> dict[str, list[str]]:
    """The written forms of several-word seats by their last word, in table order (built once
    per seats table; the identity check rebuilds it for another table)."""
    global _SEAT_INDEX
    cached = _SEAT_INDEX
    if cached[0] is seats:
        return cached[1]
    index: dict[str, list[str]] = {}
    for literal, _, _ in seats:
        if " " in literal:
            index.setdefault(literal.rsplit(" ", 1)[1], []).append(literal)
    _SEAT_INDEX = (seats, index)
    return index


def company_post_after(rd: Reader, end: int) -> bool:
    """Whether the title ending before token ``end`` is a post "at"/"with" a company ("the
    director of research at Marlow Partners", "a managing partner with Lark Capital"):
    a company's job, whatever its title, is no public office."""
    doc = rd.doc
    k = end
    while k < min(end + 5, len(doc)) and (doc[k].lower_ in ("of", "for", "and") or doc[k].is_lower
                                          and doc[k].pos_ in ("NOUN", "ADJ")):
        k += 1  # "director of research", "head of equity research"
    if k >= len(doc) or doc[k].lower_ not in ("at", "with"):
        return False
    k += 1
    if k < len(doc) and doc[k].lower_ == "the":
        k += 1
    place = rd.place(doc[k]) if k < len(doc) else None
    if place is not None and place[0] == "company":
        return True
    # "Counsel at Perkins Coie LLP": a name ending in a legal form is a firm's, whatever the
    # NER made of the name before it
    j = k
    while j < min(k + 6, len(doc)) and (doc[j].text[:1].isupper() or doc[j].text in ("&", ",", "-")):
        if doc[j].lower_.rstrip(".") in _LEGAL_FORMS:
            return True
        j += 1
    return False


# Legal forms of firms written at the end of their names (Wikipedia: List of legal entity types by country; US, UK)
_LEGAL_FORMS = frozenset({"llp", "llc", "lp", "inc", "ltd", "plc", "corp", "gmbh", "pllc", "pc"})


def post_of(rd: Reader, i: int, sent_end: int) -> tuple[int, int] | None:
    """An "of COUNTRY"/"of the National Security Secretariat of Japan" after a name."""
    doc = rd.doc
    if i >= sent_end or doc[i].lower_ != "of":
        return None
    j, end = i + 1, None
    while j < sent_end:
        tok = doc[j]
        if not tok.is_space and rd.in_title(tok):
            end = j + 1
        elif not tok.is_space and tok.lower_ not in ("of", "the", "'s", "’s", "for"):
            break
        j += 1
    if end is None or not any(rd.place(doc[k]) or rd.is_vocab(doc[k]) for k in range(i + 1, end)):
        return None
    if end < sent_end and doc[end].pos_ == "NOUN" and doc[end].is_lower and doc[end - 1].head.i == end and not any(
            doc[k].pos_ in ("NOUN", "PROPN") and (rd.place(doc[k]) or rd.is_head(doc[k]) or doc[k].lower_ in rd.off.gov_body_words)
            for k in range(i + 1, end)):
        return None  # "deprive President X of the economic resources": bare office modifiers before a common noun
    return i, end


def _office_after(rd: Reader, toks: list[Token], k: int) -> bool:
    """Whether the place word at ``k`` names the government of an office written right after it:
    "Adviser to the Latvian Prime Minister" serves Latvia's government, while "Ambassador to
    Japan" and "Ambassador to the Slovak Republic" are postings (a body word, not an office)."""
    j = k + 1
    while j < len(toks) and (rd.place(toks[j]) is not None or toks[j].lower_ in POSSESSIVE):
        j += 1
    body = rd.off.gov_body_words
    while j < len(toks) and rd.is_vocab(toks[j]) and toks[j].lower_ not in rd.off.connectors \
            and toks[j].lower_ not in body:
        if rd.is_head(toks[j]):
            return True
        j += 1
    return False


# Envoys are sent "for" the country they deal with as to the one they are posted to ("the UN's
# special envoy for Sudan", "U.S. Special Representative for North Korea"): a posting, not the
# government served.
_ENVOY_WORDS = frozenset({"envoy", "envoys", "representative", "coordinator", "rapporteur"})


def split_title(rd: Reader, start: int, end: int,
                 post: tuple[int, int] | None) -> tuple[str, str | None, str | None, bool]:
    """Title text without country/organisation words, the country and organisation, and
    whether the organisation is a company (not a government or international body).

    Worked out once per token range and Reader: the candidates step asks for each title twice
    (whether it is a company's, then the candidate), the speakers step again."""
    memo = rd.__dict__.setdefault("_split_titles", {})
    key = (start, end, tuple(post) if post is not None else None)
    found = memo.get(key)
    if found is None:
        found = memo[key] = _split_title(rd, start, end, post)
    return found


def _split_title(rd: Reader, start: int, end: int,
                 post: tuple[int, int] | None) -> tuple[str, str | None, str | None, bool]:
    doc = rd.doc
    country: str | None = None
    org: str | None = None
    company = False
    keep: list[Token] = []
    toks = list(doc[start:end])
    if post:
        toks += list(doc[post[0]:post[1]])
    n = len(toks)
    drop = [False] * n
    for k in range(n - 2):  # "Department of Homeland Security (DHS) Secretary": its initials are no title word
        if toks[k].text == "(" and toks[k + 2].text == ")" and toks[k + 1].text.isupper():
            drop[k] = drop[k + 1] = drop[k + 2] = True
    for k, tok in enumerate(toks):
        p = rd.place(tok)
        if p is None:
            continue
        # a posting ("Ambassador to Japan") is not the government served
        back = k - 1
        while back >= 0 and (toks[back].lower_ == "the" or rd.place(toks[back]) == p):
            back -= 1
        nxt = k + 1
        while nxt < n and rd.place(toks[nxt]) == p:
            nxt += 1  # the place's own further words ("United Nations")
        if nxt < n and toks[nxt].lower_ == "affairs" and (p[0] == "country" or p[0] != "company" and back >= 0
                                                           and toks[back].lower_ == "for"):
            # "Taiwan Affairs Office spokesman", "Director for United Nations Affairs": the body's or
            # post's portfolio, not the government or organisation served
            continue
        posting = back >= 0 and (toks[back].lower_ == "to" or toks[back].lower_ == "for" and any(
            t.lower_ in _ENVOY_WORDS for t in toks[:back])) and not _office_after(rd, toks, k)
        if posting or p[0] == "country" and is_portfolio(toks, k, rd.place):
            continue  # "Director for Syria", "Office of Iranian Affairs": the post's subject
        if p[0] == "company" and back >= 0 and toks[back].lower_ == "for":
            continue  # "Senior Advisor for Clean Energy Innovation": a portfolio the NER took for a firm
            # (a firm's officer is written "of"/"at" it: "President of Acme Corp")
        if p[0] == "country" and own_nation(toks, k):
            country = country or p[1]  # "Secretary of State for Wales": the words stay in the title
            continue
        drop[k] = True
        if p[0] == "country":
            country = country or p[1]
        else:
            company = company or (org is None and p[0] == "company")
            org = org or p[1]
        if k + 1 < n and toks[k + 1].lower_ in POSSESSIVE:
            drop[k + 1] = True
        if k + 1 < n and toks[k + 1].text == "-" and not toks[k].whitespace_:
            drop[k + 1] = True  # "U.S.-ROK" style joins
        # "of (the) COUNTRY" ending the title: drop the preposition too; inside a title it stays
        # ("chief of the Russian General Staff" -> "chief of the General Staff")
        if any(rd.place(t) is None and t.lower_ not in rd.off.connectors for t in toks[k + 1:]):
            continue
        b = k - 1
        while b >= 0 and toks[b].lower_ in ("the", "of") and not drop[b]:
            drop[b] = True
            if toks[b].lower_ == "of":
                break
            b -= 1
    for k in range(1, n):
        # "Secretary of the United States Department of Labor" -> "Secretary of the Department of
        # Labor": a "the" the place took with it is the article of the body named after the place
        if drop[k] and toks[k].lower_ == "the" and not drop[k - 1] and toks[k - 1].lower_ in ("of", "at", "for", "in"):
            e = k
            while e < n and drop[e]:
                e += 1
            drop[k] = not (e < n and toks[e].text[:1].isupper())
    for k, tok in enumerate(toks):
        if not drop[k]:
            keep.append(tok)
    # re-trim connectors exposed by dropping country words
    conn = rd.off.connectors
    while keep and (keep[0].lower_ in conn or keep[0].lower_ in DETERMINERS):
        keep.pop(0)
    while keep and keep[-1].lower_ in conn:
        keep.pop()
    parts: list[str] = []
    for k, tok in enumerate(keep):
        parts.append(tok.text)
        nxt = keep[k + 1] if k + 1 < len(keep) else None
        if nxt is not None and (tok.whitespace_ or nxt.i != tok.i + 1):
            if not (nxt.i == tok.i + 1 and not tok.whitespace_):
                parts.append(" ")
    title = trim_region_phrase(WS.sub(" ", "".join(parts)).strip()) if country else WS.sub(" ", "".join(parts)).strip()
    return re.sub(r"\bof (?=(?:to|for|in|at) )", "", title) if country else title, country, org, company  # "Representative of [the U.S.] to"
