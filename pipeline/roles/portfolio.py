"""Country words that name an office's portfolio, not the government the office serves.

A civil servant's or diplomat's title often names the country the post deals with: "Director for
Syria and Lebanon on the National Security Council staff", "Deputy Director of the Office of
Iranian Affairs", "Taiwan Desk Officer", "Special Envoy for Sudan", "Minister for Africa".
The holder serves the government whose staff, bureau or cabinet it is (written elsewhere, or the
publisher's), never the country of the portfolio. A portfolio is recognised by how English
writes it:

- "TITLE for [the] PLACE [and PLACE ...]": the preposition "for" before the place names the
  subject of the office (as "to" names a posting: "Ambassador to Japan");
- "PLACE Affairs", "PLACE Desk", "PLACE Coordination": the place names a unit's subject.

The constituent countries of the United Kingdom are the exception: "Secretary of State for
Scotland" is a member of the British cabinet for a part of its own country, so the place does
name the government served.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable

from ..knowledge.countries import country as country_code
from ..lemmas import plural_noun_token
from ..knowledge.wordlists import word_set
from ..names import is_given_name

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["caps_portfolio_end", "is_portfolio", "lower_portfolio_end", "own_nation"]

# words after a place that make it the subject of a unit ("the Office of Iranian Affairs", "the
# Taiwan Coordination Staff", "the Libya Desk"): no government has an office by that name
_SUBJECT_UNITS = frozenset({"affairs", "desk", "coordination"})
# words after a place written after "for" that make it an envoy's brief ("Special Envoy for
# Israeli-Palestinian Negotiations", "Special Representative for Afghanistan Reconciliation",
# "Special Envoy for Sudan Peace Talks"); without "for" they begin a body's name ("U.S. Peace Corps")
_BRIEF_WORDS = frozenset({"negotiations", "reconciliation", "peace", "talks", "relations"})
# "Secretary of State for Wales/Scotland/Northern Ireland": the UK cabinet's offices for the
# nations of the United Kingdom (the place is part of the government's own country)
_OWN_NATIONS = frozenset({"scotland", "wales", "northern", "ireland", "england"})
_OWN_NATIONS_THE = _OWN_NATIONS | {"the"}
_CABINET_HEADS = frozenset({"secretary", "minister"})
# places joined in one portfolio: "for Syria and Lebanon", "for Israeli-Palestinian Negotiations"
_COORDINATION = frozenset({"and", ",", "the", "&", "/", "-", "–"})


def is_portfolio(toks: "list[Token]", k: int, place: "Callable[[Token], tuple[str, str] | None]") -> bool:
    """Whether the place word at ``toks[k]`` names the portfolio of the office the tokens write.

    Args:
        toks: The tokens of the title (and of its trailing "of ..." phrase).
        k: The index of a token inside a country's name.
        place: The reader's place look-up (``Reader.place``): ("country", ISO3), ("org", name)
            or None for a token.
    """
    here = place(toks[k])
    first = k
    while first > 0 and place(toks[first - 1]) == here:
        first -= 1
    j = k + 1
    while j < len(toks) and place(toks[j]) == here:
        j += 1
    if j < len(toks) and toks[j].lower_ in _SUBJECT_UNITS:
        return True
    if j < len(toks) and toks[j].lower_ in _BRIEF_WORDS and _for_before(toks, first, place) >= 0 \
            and not own_nation(toks, k):
        return True
    # "for the United States Attorney's Office", "for the American Federation of ...": the place
    # begins a body's name; "for the District of Columbia", "for New Mexico": a jurisdiction
    # inside the country served, not a country the post deals with
    if j < len(toks) and (toks[j].text[:1].isupper() or toks[j].lower_ in ("'s", "’s")):
        return False
    return _for_before(toks, first, place) >= 0 and not own_nation(toks, k) \
        and country_code(" ".join(t.text for t in toks[first:j])) is not None


def own_nation(toks: "list[Token]", k: int) -> bool:
    """Whether ``toks[k]`` is a nation of the United Kingdom written after "for" ("Secretary of
    State for Northern Ireland"): the government served is the United Kingdom's, and the words
    are part of the office's name (a "Secretary of State" alone is a foreign minister)."""
    if toks[k].lower_ not in _OWN_NATIONS:
        return False
    back = k - 1
    while back >= 0 and toks[back].lower_ in _OWN_NATIONS_THE:
        back -= 1
    return back >= 0 and toks[back].lower_ == "for" and toks[k].lower_ in _OWN_NATIONS \
        and any(t.lower_ in _CABINET_HEADS for t in toks[:back])  # a US "Special Envoy for Northern Ireland" is no minister


def _for_before(toks: "list[Token]", k: int, place: "Callable[[Token], tuple[str, str] | None]") -> int:
    """The index of the "for" written before the place at ``k``, or -1."""
    back = k - 1
    # walk back over the place's own words and a coordination of places ("for Syria and Lebanon")
    while back >= 0 and (toks[back].lower_ in _COORDINATION or place(toks[back]) is not None):
        back -= 1
    return back if back >= 0 and toks[back].lower_ == "for" else -1


def lower_portfolio_end(rd, j: int, stop: int) -> int:
    """The end of a portfolio written in lower case after a title's "for"/"of"/"on" when the
    holder's name follows a comma right after it ("the commissioner for peace, Jane Roe", "the
    minister for human rights and justice, Jane Roe"): up to four lower-case nouns, adjectives
    or "and"; 0 when the words are anything else or no name follows (an ordinary phrase:
    "minister for years, ...")."""
    doc = rd.doc
    k = j
    while k < min(stop, j + 4) and doc[k].is_lower and doc[k].is_alpha and (
            doc[k].pos_ in ("NOUN", "ADJ") or doc[k].lower_ == "and" and (k > j or doc[k - 1].is_lower)):
        k += 1
    if k == j or doc[k - 1].lower_ == "and" or k + 1 >= stop or doc[k].text != "," or not rd.is_person(doc[k + 1]):
        return 0
    if any(t.ent_type_ in ("DATE", "TIME", "CARDINAL") for t in doc[j:k]):
        return 0
    return k


def caps_portfolio_end(rd, j: int, stop: int) -> int:
    """The end of a capitalised portfolio after a title's "for"/"of" that runs up to the holder's
    name ("High Commissioner for Refugees Jane Roe", "Commissioner for Human Rights Jane Roe"):
    up to three capitalised words, none a person's or a given name, which "and" may join ("Senior
    Advisor for Clean Energy and Implementation Jane Roe"), then a person's name, or a comma and
    a person's name ("Coordinator for South and Central Asia, Jane Roe, said"), a
    courtesy title before the name aside; or, with no name after, when there are two such words
    or more and the last is the plural of an English noun that is no Census surname ("Envoy for
    Sudan Peace Talks"; a single plural, "Director of Exports", is as often a firm's department);
    0 otherwise."""
    doc = rd.doc
    k = j
    words = 0
    while k < stop and words < 3:
        tok = doc[k]
        nxt = k + 2 if k + 2 < stop and _line_break(doc[k + 1]) else k + 1
        if tok.lower_ in ("and", "&") and (k > j or k > 0 and doc[k - 1].is_title) and nxt < stop \
                and _portfolio_word(rd, doc[nxt]):
            k = nxt  # "and" between two capitalised words of the portfolio (across a wrapped line)
            continue
        if not _portfolio_word(rd, tok):
            break
        k += 1
        words += 1
    if words and k + 3 < stop and doc[k].text == "(" and doc[k + 2].text == ")" and doc[k + 1].is_upper:
        k += 3  # "Administrator of the National Weather Agency (NWA) Jane Roe": the body's initials
    n = k + 1 if k < stop and doc[k].text == "," else k
    while n + 1 < stop and doc[n].lower_.rstrip(".") in rd.off.courtesy:
        n += 1  # "Director of the National Cancer Institute Dr. Jane Roe": a courtesy title styles the name
    named = n < stop and rd.is_person(doc[n])
    if words >= 2 and not named and plural_noun_token(doc[k - 1]):
        return k  # "Special Envoy for Sudan Peace Talks": a plural noun no surname is closes the brief
    return k if words and named and doc[k - 1].lower_ not in ("and", "&") else 0


def _line_break(tok: "Token") -> bool:
    """A wrapped line's break inside a paragraph (one newline token)."""
    return tok.is_space and tok.text.count("\n") == 1


# How a holder is addressed before the name ("His Excellency", "The Honorable"), never a word of a
# portfolio: a guest list's next line starts so ("Secretary of State | His Excellency Jane Roe").
_STYLES_OF_ADDRESS = word_set("roles", "styles_of_address")


def _portfolio_word(rd, tok: "Token") -> bool:
    """A capitalised word of a portfolio, or a body's initials after its public organ ("... of the
    Executive Committee of the PLO Jane Roe"): no person's name, date or number, and no given name
    unless the NER reads it in a body's name ("Chief of the Forest Service Jane Roe")."""
    return (tok.is_title or _organ_initials(rd, tok)) and tok.is_alpha and not rd.is_person(tok) \
        and tok.pos_ not in ("PRON", "DET") and tok.lower_ not in _STYLES_OF_ADDRESS \
        and tok.ent_type_ not in ("DATE", "CARDINAL") and (tok.ent_type_ == "ORG" or not is_given_name(tok.text)) \
        and (tok.ent_type_ != "PERSON" or rd.entity(tok) is None)  # a word the entities stage cut from a name


def _organ_initials(rd, tok: "Token") -> bool:
    """A body's initials whose organ a government word names just before ("Committee of the PLO"):
    initials alone may be a sports body's or a firm's ("Chairman of the FA Jane Roe", "President
    of the UEFA X"), which hold no public office."""
    return tok.is_upper and 2 <= len(tok.text) <= 6 \
        and any(t.lower_ in rd.off.gov_body_words for t in tok.doc[max(0, tok.i - 6):tok.i])


# Nouns of a country's subdivisions written before "of" + the subdivision's name ("the northern
# state of Sonora", "the province of Balochistan").
_REGION_NOUNS = frozenset({"state", "province", "region", "territory", "county", "district", "department",
                           "prefecture", "governorate", "municipality", "island", "emirate", "oblast"})


def region_phrase_end(rd, j: int, stop: int) -> int:
    """The end of a subdivision described in lower case after a title's "of" when the holder's
    name follows a comma right after it ("the governor of the northern border state of Sonora,
    Jane Roe", "the governor of the province of Aceh, Jane Roe"): up to three lower-case
    adjectives or nouns ending in a subdivision's noun, "of", then its capitalised name; 0
    otherwise."""
    doc = rd.doc
    k = j
    while k < min(stop, j + 4) and doc[k].is_lower and (doc[k].is_alpha or "-" in doc[k].text) \
            and doc[k].lower_ not in _REGION_NOUNS:
        k += 1
    if k >= stop - 2 or doc[k].lower_ not in _REGION_NOUNS or doc[k + 1].lower_ != "of":
        return 0
    e = k + 2
    while e < min(stop, k + 6) and doc[e].text[:1].isupper() and not rd.is_person(doc[e]):
        e += 1
    if e == k + 2 or e + 1 >= stop or doc[e].text != "," or not rd.is_person(doc[e + 1]):
        return 0
    return e


_REGION_TAIL = re.compile(r"^(?P<office>.+?) of (?:the )?(?:[a-z-]+ ){0,3}(?:" + "|".join(sorted(_REGION_NOUNS)) + r")$")


def trim_region_phrase(title: str) -> str:
    """A title without the subdivision its place words were dropped from ("governor of the
    northern border state" -> "governor"): the subdivision is where, not which, office."""
    m = _REGION_TAIL.match(title)
    return m.group("office") if m else title
