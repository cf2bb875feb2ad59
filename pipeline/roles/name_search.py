"""Reading a person's name next to a title: after it ("Defence Minister <name>") or before it in
apposition ("<name>, the Secretary of Defense").

Moved out of :mod:`.linking` unchanged; the statistical NER misses some names after a title, so a
short run of capitalised proper nouns there is read as one, within the limits each check states.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..knowledge.offices import HONORIFICS, ORG_LAST_WORDS
from ..knowledge.wordlists import word_set
from ..lemmas import plural_noun_token
from ..names import is_given_name
from ..nlp import original_range, raw_text
from .appositive_modifiers import description_start
from .body_names import title_word_run
from .lists import untagged_name_before
from .orgkinds import BODY_NAME_WORDS, FACILITY_LAST_WORDS
from .ranks import rank_run_end
from .reader import DETERMINERS, POSSESSIVE, Reader
from .status import retired_mark_end
from .titles import classify, office_word_before_rank

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["name_after", "name_before"]

# A style of address before a holder's name ("The Honourable", "His Excellency", "Her Royal
# Highness"): no word of the office and none of the name.
_STYLE_LEADS = frozenset({"the", "his", "her"})
_STYLE_WORDS = word_set("roles", "styles_of_address")


def _style_end(doc: "Doc", i: int, end: int) -> int:
    """The token after a style of address at ``i`` written on the title's line, else ``i``: on a
    guest list a line that starts with a style is the next guest's ("Secretary of State | His
    Excellency Jane Roe, Minister ...": the parser's text joins the lines, the article's does not)."""
    if not (i + 1 < end and doc[i].lower_ in _STYLE_LEADS and doc[i + 1].lower_ in _STYLE_WORDS) or i == 0:
        return i
    before, at = original_range(doc, doc[i - 1].idx, doc[i].idx + 1)
    if "\n" in raw_text(doc)[before:at]:
        return i
    j = i + 1
    while j < end and doc[j].lower_ in _STYLE_WORDS:
        j += 1
    return j


_NAME_TOKEN = re.compile(r"^[A-Z][\w'’.-]*$")
# Lower-case particles a surname can open with when it is written without the given name
# ("Mayor de Blasio", "Senator Van Hollen" is capitalised, "Minister von der Leyen"): Romance,
# Dutch, German and Arabic surnames (Wikipedia: Nobiliary particle; Arabic name)
_LEAD_PARTICLES = frozenset({"de", "da", "del", "della", "di", "du", "dos", "das", "van", "von", "der", "den",
                             "bin", "ibn", "al", "el", "la", "le"})


def _plain_surname(rd: Reader, tok) -> bool:
    """A capitalised proper noun the NER left untagged that is no office word, place or connector:
    the surname after a given name the model read as a demonym ("French | Hill")."""
    return (tok.pos_ == "PROPN" and tok.is_title and tok.is_alpha and not tok.ent_type_
            and not rd.is_vocab(tok) and rd.place(tok) is None and tok.lower_ not in rd.off.connectors)


def _then_apposed(rd: Reader, i: int, sent_end: int) -> bool:
    """Whether a person's whole name starts at token ``i`` and a comma closes it, with no next
    item of a sequence after it ("the President, then Barack Obama, sent me"; not "the Secretary,
    then John Kirby, then the Ambassador", nor "then Jane Roe said")."""
    doc = rd.doc
    if not rd.is_person(doc[i]):
        return False
    ent, j = rd.entity(doc[i]), i
    while j < sent_end and rd.entity(doc[j]) is ent:
        j += 1
    return j + 1 < sent_end and doc[j].text == "," and doc[j + 1].lower_ not in ("then", "and", "or", "finally")


def name_after(rd: Reader, i: int, sent_end: int) -> tuple[int, int] | None:
    """Token range of a person's name starting at token ``i`` (after an optional comma)."""
    doc = rd.doc
    if i < sent_end and doc[i].text in (",", ":") and i + 1 < sent_end:
        i += 1  # "Nominee for Chief of Naval Operations: Adm. Lisa Franchetti"
        if doc[i].lower_ == "then" and doc[i - 1].text == "," and i + 1 < sent_end and _then_apposed(rd, i + 1, sent_end):
            i += 1  # "the President, then Barack Obama, sent me": who held the office at the time
    elif i + 1 < sent_end and doc[i].lower_ in ("named", "called") and doc[i].tag_ == "VBN" and _indefinite(doc, i):
        i += 1  # "a Republican senator named Tom Harlan" (not "the President named Jane Roe to ...")
    if i + 3 < sent_end and doc[i].text == "(" and doc[i + 2].text == ")" and doc[i + 1].is_upper \
            and doc[i + 1].is_alpha and rd.is_person(doc[i + 3]):
        i += 3  # "Administrator of the National Weather Agency (NWA) Jane Roe": the body's initials
    # "army chief, Gen. Asim Munir": a rank abbreviation before the name is not the name
    if i < sent_end and doc[i].text == "." and i > 0 and _split_abbreviation(doc, i - 1):
        i += 1  # "Lt. Gen. Jane Roe": the title ended at "Lt", its period is a token of its own
    i = rank_run_end(rd, retired_mark_end(doc, i, sent_end), sent_end)  # "Gen. (Ret.) X", "spokesman, Lt. Gen. X"
    i = _style_end(doc, i, sent_end)  # "Minister for Foreign Affairs The Honourable Penny Wong"
    while i < sent_end and (doc[i].lower_.rstrip(".") in rd.off.courtesy or doc[i].text.endswith(".") and doc[i].lower_ in rd.off.heads
                            or _rank_before_name(rd, i, sent_end) or i + 1 < sent_end and _split_abbreviation(doc, i)):
        i += 2 if _split_abbreviation(doc, i) else 1
    if i + 1 < sent_end and len(doc[i].text) > 1 and doc[i].text.endswith("-") and doc[i].text[:1].isupper() \
            and doc[i + 1].text in ("—", "–", "--"):
        i += 2  # "Secretary Llo- — Lloyd Austin": a spoken start of the name, broken off and begun again
    if i + 1 < sent_end and doc[i].lower_ == "first" and doc[i + 1].lower_ == "class" and i > 0 \
            and classify(doc[i - 1].text) == "military_commander":
        i += 2  # "Sergeant First Class Jane Roe": the class is part of the rank
    if i < sent_end and doc[i].is_space and "\n" not in doc[i].text:
        i += 1  # "President\u00a0Biden": a no-break space is a token of its own
    if i >= sent_end or doc[i].is_space:
        return None
    if rd.is_person(doc[i]):
        ent = rd.entity(doc[i])
        j = i
        while j < sent_end and (rd.entity(doc[j]) is ent or doc[j].is_space and j + 1 < sent_end
                                and rd.entity(doc[j + 1]) is ent):
            if doc[j].text in POSSESSIVE:
                break  # "Jake Sullivan's Call" in a headline: the name ends at the possessive
            j += 1
        return None if j == i + 1 and (_common_word(rd, doc[i]) or doc[i].lower_ in FACILITY_LAST_WORDS) else (i, j)
    first = doc[i]
    fent = rd.entity(first)
    if fent is not None and fent.label == "NORP" and len(fent.name.split()) == 1 and first.i > 0 \
            and rd.is_head(doc[first.i - 1]) and first.text[:1].isupper():
        if i + 1 < sent_end and _plain_surname(rd, doc[i + 1]):
            return i, i + 2  # a given name the model took for a demonym ("Congressman French Hill")
        return i, i + 1  # a surname the model took for a demonym ("Prime Minister Han")
    lead = 0
    if first.lower_ in _LEAD_PARTICLES and i + 1 < sent_end and _NAME_TOKEN.match(doc[i + 1].text) \
            and doc[i + 1].pos_ == "PROPN" and not rd.is_vocab(doc[i + 1]) and rd.place(doc[i + 1]) is None:
        lead = 1  # "New York City Mayor de Blasio": a surname that opens with its particle
    elif not _NAME_TOKEN.match(first.text) or first.lower_.endswith("s") and first.lower_[:-1] in rd.off.heads:
        return None  # "Assistant U.S. Attorneys Kevin ...": a plural title word is no name
    # The statistical NER misses some names ("President Zelenskyy"): a short run of
    # capitalised proper nouns right after a title is a name.
    j = i + lead
    while j < sent_end and j - i < 4:
        tok = doc[j]
        if tok.is_space or tok.is_punct and tok.text != "-" or rd.is_vocab(tok) or rd.place(tok) is not None:
            break
        if tok.text == "-" or (tok.pos_ == "PROPN" and _NAME_TOKEN.match(tok.text)
                               and tok.ent_type_ in ("", "PERSON", "ORG", "WORK_OF_ART")):
            j += 1
            continue
        if j > i and doc[j - 1].text == "-" and tok.is_alpha:
            j += 1  # "Tae-yong"
            continue
        break
    while j > i and doc[j - 1].text == "-":
        j -= 1
    if j > i and (doc[j - 1].lower_ in ORG_LAST_WORDS or doc[j - 1].lower_ in BODY_NAME_WORDS
                  or doc[j - 1].lower_ in FACILITY_LAST_WORDS):
        return None  # "Auto Workers", "Motor Company", "Crimes Section", "Office Building": no name
    if j > i and plural_noun_token(doc[j - 1]) and not (j - i >= 2 and is_given_name(doc[i].text)):
        return None  # "Envoy for Global | Youth Issues": a plural noun no census surname is ends the office
    if j > i and j < sent_end and doc[j].is_title and rd.is_head(doc[j]):
        return None  # "Chief Administrative Officer", "Coast Guard Commander": words of another title
    if j == i + 1 and (first.lower_ in rd.off.gov_body_words or first.lower_[:-1] in rd.off.gov_body_words):
        return None  # "Ambassador to the Slovak Republic", "Member States": a body's word, not a surname
    if j == i + 1 and _common_word(rd, first):
        return None
    if j > i and title_word_run(rd, i, j, sent_end):
        return None  # "Chief FOIA Officer", "Judge Advocate Generals", "Director, USAID": no name
    return (i, j) if j > i else None


def _split_abbreviation(doc, i: int) -> bool:
    """Whether token ``i`` is an abbreviated rank or title the tokenizer split from its period
    ("Maj" "." in "Press Secretary Maj. Gen. Pat Roe", "Brig" "." in "Brig. Gen.")."""
    return i + 1 < len(doc) and doc[i + 1].text == "." and not doc[i].whitespace_ \
        and doc[i].lower_ in HONORIFICS and doc[i].text[:1].isupper()


def _indefinite(doc, i: int) -> bool:
    """Whether the noun phrase ending before token ``i`` starts with "a"/"an" (within 5 words)."""
    return any(t.lower_ in ("a", "an") and t.dep_ == "det" for t in doc[max(i - 5, 0):i])


def _common_word(rd: Reader, tok: "Token") -> bool:
    """Whether a one-word "name" after a title is a common word the NER took for a name: a
    status word ("United States Attorney Nominee for ...") or a plural noun ("U.S. Attorney
    Announcements")."""
    low = tok.lower_
    # "Chief Scientist", "Chief FOIA Officer": a profession word of the title, not a surname
    return low in rd.off.status_words or low in rd.off.professions \
        or tok.tag_ in ("NNS", "NNPS") and tok.lemma_.lower() != low


def _rank_before_name(rd: Reader, i: int, sent_end: int) -> bool:
    """Whether token ``i`` is a capitalised military rank written between an office and its
    holder's name ("Niger's defence minister, General Salifou Mody"): a rank is a form of
    address there, not another office."""
    doc = rd.doc
    tok = doc[i]
    return (i > 0 and tok.is_title and rd.is_head(tok) and i + 1 < sent_end and classify(tok.text) == "military_commander"
            and rd.is_person(doc[i + 1]) and (doc[i - 1].text == "," or office_word_before_rank(rd, doc[i - 1])))  # "spokesman Colonel Jane Roe"


def name_before(rd: Reader, start: int, sent_start: int) -> tuple[int, int] | None:
    """A person's name ending just before ``", [the] <title>"`` (apposition)."""
    doc = rd.doc
    i = description_start(rd, start, sent_start) - 1  # ", Italy's first female <title>"
    # ", the nominee for <title>", ", a retired Army general": status words before the title
    while i >= sent_start and (doc[i].lower_ in DETERMINERS or doc[i].is_space or doc[i].lower_ in rd.off.status_words
                               or doc[i].lower_ == "for" and i > sent_start and doc[i - 1].lower_ in rd.off.status_words
                               or _to_be_after_status(rd, i, sent_start)):
        i -= 1
    if i < sent_start or doc[i].text != ",":
        return None
    k = i - 1
    if k < sent_start:
        return None
    if not rd.is_person(doc[k]):
        return untagged_name_before(rd, k, sent_start)
    ent = rd.entity(doc[k])
    s = k
    while s - 1 >= sent_start and (rd.entity(doc[s - 1]) is ent):
        s -= 1
    return s, k + 1
def _to_be_after_status(rd: Reader, i: int, sent_start: int) -> bool:
    """Whether token ``i`` is the "to" or "be" of ", Nominee to be [a] <title>" (a nomination notice)."""
    doc = rd.doc
    k = i - 1 if doc[i].lower_ == "be" else i if doc[i].lower_ == "to" else None
    return k is not None and k - 1 >= sent_start and doc[k].lower_ == "to" and doc[k - 1].lower_ in rd.off.status_words \
        and (k == i or doc[i].lower_ == "be")
