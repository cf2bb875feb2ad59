"""Span repair and relabelling: the small statistical model's usual slips, fixed by general rules.

- a name right after an office word is a person whatever label the model gave it
  ("Chancellor Olaf Scholz" as ORG, "Defense Minister Israel Katz" split into a country and a
  surname); a name cut at a particle or hyphen is completed ("Ursula von der" + "Leyen",
  "Han Duck" + "-soo"); legal case names ("Bowsher v. Synar"), plural common nouns
  ("Resolutions"), "the Moon" and "the Zaporizhzhia region" are not people;
- a first name followed by a country the gazetteer ruler tagged is one person ("Michael
  Jordan": an untagged capitalised word the parse makes a compound of the country); a country
  or demonym before a facility's head noun is part of the facility's name ("Emirates Stadium");
  a name the model took for a person, followed by a comma and a country or region that has a
  place of that name, is that place ("Darwin, Australia"); a name before "class" is a class of
  ships or vehicles, not the place or person it is named after ("Virginia class submarines");
- companies are not people (:func:`organizations_and_products`): a name ending in a company
  word ("Saturn Corporation") or after a noun such as firm/carrier/magazine ("private equity
  firm Cerberus") is an ORG, and so is every other mention of it; a maker plus a model number
  is a PRODUCT ("Boeing 737", "Airbus A380"), so is a name written "iPhone"; time-zone and
  currency codes ("UTC", "USD") are not entities; a lone name after "in" is a place; a title
  and name tagged as one ORG ("Spokeswoman Sandy Angers") is the person.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..knowledge import places as P
from ..knowledge import units as U
from ..knowledge.countries import key as ckey
from ..knowledge.offices import HONORIFICS, OFFICE_WORDS, ORG_LAST_WORDS
from ..knowledge.wordlists import word_set
from ..names import is_given_name
from .apostrophes import apostrophe_surnames
from ..knowledge.armed_groups import armed_group
from .bodytails import names_after_office_places, names_in_body_spans
from .bodytitled import holders_in_body_spans
from .callouts import person_cues
from .plainwords import plain_words
from .possessors import kin_possessors
from .programmes import scheme_examples
from .cities import COMPASS_ADJECTIVES, cities_in_context
from .credits import credited_names
from .familynames import family_names_after_patronyms
from .cutnames import names_cut_at_of
from .fullnames import full_names_of_surnames
from .itemtails import colon_item_names
from .firmcues import named_firms
from .itsfirms import firms_by_its
from .listnames import coordinated_full_names, list_item_names
from .pm_titles import pm_names
from .placecontexts import place_and_person_contexts
from .lexicon import (CAMEL_END, FACILITY_HEADS, GEO_HEADS, LEADING_THE, NAME_PARTICLES, PERSON_LIKE, PLACE_NOUNS,
                      TITLE_HEADS, Item, after_courtesy_title, after_title)
from .addressed_names import addressed_names
from .portfolio_glue import portfolio_glue
from .regime_names import regime_names
from .given_mentions import lone_given_names
from .status_tails import status_tail_orgs
from .namespans import (appositive_persons, coordinated_names, join_name_parts, names_after_bodies, quoted_nicknames,
                        speaker_labels, ticket_names, untagged_given_names, venue_lines)
from .persons import split_headline_persons, surname_mentions
from .spousenames import spouse_names
from .styles import ADDRESS_STYLES, styled_names, surnames_over_places
from .thingspans import things_not_persons
from .titledlines import titled_line_persons
from .tradenames import trade_names
from .tokens import DocWords

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..knowledge.countries import Gazetteer

# Common nouns that introduce an organisation's name: "defence contractor Lockheed Martin",
# "German magazine Der Spiegel", "private equity firm Cerberus" (not after a comma: "counsel of
# the company, Mark Chandler").
_ORG_NOUNS = word_set("entities", "organisation_intro_nouns")
# Codes the model tags as organisations: time zones and currencies.
_NOT_ENTITIES = word_set("entities", "zone_and_currency_codes")
# A model designation after a maker's name: "Boeing 737", "Airbus A380", "Lockheed Martin F-35".
_DESIGNATION = re.compile(r"^(?:[A-Z]{1,3}-?\d{1,4}|\d{2,4})[A-Z]{0,2}s?$")
# "iPhone", "iTunes", "eVTOL": a lower-case letter before a capital starts a product name.
_CAMEL_START = re.compile(r"^[a-z]{1,2}[A-Z]")
# Nouns and verbs of working somewhere: the name after "at" is the employer ("a consultant at
# Booz Allen Hamilton", "worked at Goldman Sachs"), not a person.
_WORKPLACE_HEADS = word_set("entities", "workplace_words")
_PLACE_PREPS = frozenset({"in", "near", "outside", "through", "via"})
# Facility head nouns that are also common English surnames ("Leon Park", "Amy Hall"): after a
# person's name they are read as the surname.
_SURNAME_HEADS = word_set("entities", "surname_facility_heads")
_INSTRUMENT_HEADS = word_set("entities", "instrument_heads")
_CITY_BODY_HEADS = word_set("entities", "city_body_heads")
# Possessive determiners: a name right after one is a thing owned ("his Ford Mustang", "their
# Airbus"), never a person (a person owned is written with a noun first: "his wife Jill"). Not
# "her", which is also an object ("told her Maria would chair") the parser cannot tell apart.
_POSSESSIVE_DETS = frozenset({"his", "its", "their", "my", "our", "your"})
# A dash written without spaces between two names joins partners ("Airbus–Safran", "Renault–Nissan");
# a person's double surname is written with a hyphen ("Saint-Clair").
_PARTNER_DASHES = frozenset({"–", "—"})
# Nouns whose "of" names a firm: "a founding partner of Ortiz Kane", "the founder of Blue Harbor".
_FIRM_MEMBER_HEADS = frozenset({"partner", "founder", "cofounder", "co-founder", "owner", "shareholder"})


# Schools named "X of <person>" ("the College of William and Mary", "the University of Mary
# Washington"): a person's name after "of" there is part of the school's name.
_SCHOOL_HEADS = frozenset({"college", "university", "school", "institute", "academy", "seminary", "conservatory"})


# Determiners of a legal text's defined terms ("this Order", "said Agreement", "such Act"); a
# name never follows them ("that" does: "said that Biden would").
_DEFINED_TERM_DETS = frozenset({"this", "said", "such", "these"})


def particle_name(doc: "Doc", s: int, e: int) -> bool:
    """A given name, a lower-case name particle and a capitalised surname: "Laurence des Cars",
    "Gareth ap Rhys", "Maria das Dores" (the model often takes such a name for an organisation)."""
    if e - s < 3:
        return False  # fewer than three tokens (most candidates): no room for the particle
    words = [t for t in doc[s:e] if t.text != "-"]
    if len(words) < 3 or not is_given_name(words[0].text.split("-")[0]) or not words[-1].is_title:
        return False
    particles = [t for t in words[1:-1] if t.is_lower]
    return bool(particles) and all(t.lower_ in NAME_PARTICLES for t in particles) and all(
        t.is_title for t in words if not t.is_lower)


def _in_school_name(doc: "Doc", i: int) -> bool:
    """Token ``i`` (a name's last word) is the object of "of" after a school's capitalised head
    noun, directly or as the second of two coordinated names."""
    tok = doc[i]
    if tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    prep = tok.head
    return (tok.dep_ == "pobj" and prep.lower_ == "of" and prep.head.is_title
            and prep.head.lower_ in _SCHOOL_HEADS and prep.head.i < prep.i)


def _last_word(doc: "Doc", s: int, e: int):
    """The last token of ``[s, e)`` that is not white space (a span may end in a line break)."""
    j = e - 1
    while j > s and doc[j].is_space:
        j -= 1
    return doc[j]


def _facility(doc: "Doc", s: int, e: int, n: int, heads: frozenset[str] = FACILITY_HEADS) -> int:
    """End of a facility name that starts with the place or demonym ``[s, e)`` ("Emirates
    Stadium"): title-case words up to a facility head noun (one of ``heads``), else ``e``."""
    j = e
    while j < n and j - e < 3 and doc[j].is_title and not doc[j].is_sent_start and doc[j - 1].whitespace_:
        if doc[j].lower_ in heads:
            return j + 1
        j += 1
    return e


def _instrument_place(doc: "Doc", s: int, e: int, end: int, gaz: "Gazetteer") -> bool:
    """Whether the place ``[s, e)`` names the instrument ending at ``end`` after the city or region
    it was made in ("the Paris (Climate) Agreement", "the Kigali Amendment"): no country name (whose
    accord it is: "the Kenya Trade Agreement"), no hyphenated party list ("the Israel-Jordan Peace
    Treaty"), no verb between (a headline: "India Rejoins Paris Agreement") and no facility."""
    return (ckey(doc[s:e].text) not in gaz.names and not (s > 0 and doc[s - 1].text in ("-", "–") and not doc[s - 1].whitespace_)
            and all(t.pos_ in ("PROPN", "NOUN") for t in doc[e:end - 1]) and _facility(doc, s, e, len(doc)) == e)


def repair_spans(doc: "Doc", gaz: "Gazetteer", *, head_end: int = 0, words: DocWords | None = None) -> list[Item]:
    """The model's entity spans as ``(start, end, label)`` token ranges, with its usual slips
    around people's names repaired (see the module docstring); ``head_end`` is the token where
    the title line ends (0: no title line); ``words``: the Doc's word tables, made when None."""
    n = len(doc)
    words = words or DocWords.of(doc)
    items = apostrophe_surnames(doc, quoted_nicknames(doc, [(e.start, e.end, e.label_) for e in doc.ents], words))
    items = pm_names(doc, items)  # "PM Jane Roe": the name after the abbreviated title
    items = holders_in_body_spans(doc, items, gaz)  # "USAID Administrator Samantha Power" as one ORG
    items = names_cut_at_of(doc, speaker_labels(doc, items, words), gaz)
    items = full_names_of_surnames(doc, spouse_names(doc, styled_names(doc, items, words), words, head_end),
                                   words.lower)
    out: list[Item] = []
    k = 0
    while k < len(items):
        s, e, label = items[k]
        k += 1
        if (label in PERSON_LIKE and e - s >= 3 and doc[s].lower_ in TITLE_HEADS and doc[s].is_title
                and all(t.is_title and t.pos_ == "PROPN" and t.lower_ not in OFFICE_WORDS for t in doc[s + 1:e])
                and doc[e - 1].lower_ not in ORG_LAST_WORDS and doc[e - 1].lower_ not in PLACE_NOUNS):
            s, label = s + 1, "PERSON"  # "Spokeswoman Sandy Angers" tagged as one ORG
        if label in ("GPE", "PERSON", "LOC", "NORP", "ORG") and e < n and (
                doc[e].lower_ == "class" or doc[e].text in ("-", "–") and e + 1 < n and doc[e + 1].lower_ == "class"):
            out.append((s, e, "PRODUCT"))  # "Virginia class submarines"
            continue
        if label == "GPE" and (law_end := _facility(doc, s, e, n, _INSTRUMENT_HEADS | _CITY_BODY_HEADS)) > e and _instrument_place(doc, s, e, law_end, gaz):
            # "the Paris Agreement", "the Kigali Amendment": an instrument named after where it was made; "the Lima Group": a body
            e, label = law_end, "ORG" if doc[law_end - 1].lower_ in _CITY_BODY_HEADS else "LAW"
            while k < len(items) and items[k][0] < e:
                k += 1
        if label in ("GPE", "NORP", "PERSON"):
            fac_end = _facility(doc, s, e, n)
            if label == "PERSON" and doc[fac_end - 1].lower_ in _SURNAME_HEADS:
                fac_end = e  # "Leon" + "Park": a surname, not a park
            if fac_end > e:
                # "Emirates Stadium"; a building named after a person: "James S. Brady Press Briefing Room"
                e, label = fac_end, "FAC"
                while k < len(items) and items[k][0] < e:
                    k += 1
            elif label == "PERSON" and e - s >= 2 and _last_word(doc, s, e).lower_ in FACILITY_HEADS \
                    and _last_word(doc, s, e).lower_ not in _SURNAME_HEADS:
                label = "FAC"  # "Desert Diamond Arena" taken for a person
        if label in PERSON_LIKE and after_title(doc, s):
            nxt = items[k] if k < len(items) else None
            if (nxt is not None and nxt[2] == "PERSON" and nxt[0] == e and e - s == 1 and label in ("GPE", "NORP")
                    and doc[s].whitespace_ and doc[s - 1].text != ","):
                e, label = nxt[1], "PERSON"  # "Defense Minister Israel Katz": a first name, not the country
                k += 1
            else:
                text = doc[s:e].text
                comma = doc[s - 1].text == ","
                poss = next((p for p in range(s + 1, min(e, s + 4)) if doc[p].text in ("’s", "'s")), None)
                if poss is not None and all(t.is_title and t.is_alpha or t.text == "." for t in doc[s:poss]) \
                        and not gaz.country(doc[s:poss].text) and not gaz.organization(doc[s:poss].text):
                    e, label = poss, "PERSON"  # "President Biden’s Travel" tagged ORG: the name before the possessive
                elif (not gaz.country(text) and not gaz.organization(text)
                        and all(t.is_title or t.lower_ in NAME_PARTICLES or t.text == "-" for t in doc[s:e])
                        and (not comma or (e - s >= 2 and e < n and doc[e].text == ","))):
                    label = "PERSON"  # "Chancellor Olaf Scholz" tagged ORG
        if label in PERSON_LIKE and label != "PERSON":
            # "Laurence des Cars", "Owen ap" + "Gwilym" tagged ORG
            e2 = e + 1 if e < n and doc[e - 1].is_lower and doc[e - 1].lower_ in NAME_PARTICLES and doc[e].is_title else e
            if particle_name(doc, s, e2) and not gaz.organization(doc[s:e2].text):
                e, label = e2, "PERSON"
        if label == "PERSON":
            nxt = items[k] if k < len(items) else None
            if (nxt is not None and nxt[2] == "GPE" and nxt[0] == e and nxt[1] - nxt[0] == 1 and e - s == 1
                    and doc[s].is_title and doc[s].whitespace_ and doc[nxt[0]].is_title
                    and gaz.country(doc[nxt[0]].text) and not (nxt[1] < n and doc[nxt[1]].is_title)):
                e = nxt[1]  # "Michael Jordan": a first name and a surname the ruler took for a country
                k += 1
            while e < n:
                if doc[e - 1].lower_ in NAME_PARTICLES and doc[e].is_title and doc[e - 1].whitespace_:
                    e += 1  # "Ursula von der" + "Leyen"
                elif (doc[e].is_lower and doc[e].lower_ in NAME_PARTICLES and e + 1 < n and doc[e + 1].is_title
                      and doc[e - 1].whitespace_ and doc[e].whitespace_ and not doc[e + 1].ent_type_ in ("GPE", "LOC")):
                    e += 2  # "Gareth" + "ap Rhys"
                elif (doc[e - 1].lower_ in NAME_PARTICLES and doc[e].lower_ in NAME_PARTICLES and e + 1 < n
                      and doc[e + 1].is_title and doc[e - 1].whitespace_ and doc[e].whitespace_):
                    e += 2  # "Ursula von" + "der Leyen"
                elif (doc[e].text == "-" and not doc[e - 1].whitespace_ and not doc[e].whitespace_ and e + 1 < n
                      and doc[e + 1].is_alpha):
                    e += 2  # "Han Duck" + "-soo"
                else:
                    break
            while k < len(items) and items[k][0] < e:
                k += 1
            # "the Zaporizhzhia region", "the Moon", "Bowsher v. Synar", "SpaceX", "Resolutions"
            before = doc[s - 1].lower_ if s > 0 else ""
            after = doc[e].lower_ if e < n else ""
            if armed_group(doc[s:e].text):
                label = "ORG"  # "the Houthis' attack": a listed armed group, not "the Moon"
            elif before == "the" and after in PLACE_NOUNS:
                label = "LOC"
            elif any(t.lower_ in ("v.", "vs.", "v") for t in doc[max(s - 1, 0):e + 1]):
                continue  # a court case
            elif _in_school_name(doc, e - 1):
                continue  # "the College of William and Mary": part of a school's name
            elif e - s == 1 and (before == "the" and after != "administration" or before in _DEFINED_TERM_DETS
                                 or doc[s].tag_ in ("NNS", "NNPS") and doc[s].lower_.endswith("s")
                                 and not after_courtesy_title(doc, s)):
                # "the Moon", "Resolutions"; not "the Obama administration", which names him;
                # "this Order", "said Order": a defined term of a legal text; "MR. ROBERTS:" is a
                # surname whatever its tag
                continue
            elif e - s == 1 and CAMEL_END.search(doc[s].text):
                label = "ORG"
        out.append((s, e, label))
    out = kin_possessors(doc, appositive_persons(doc, join_name_parts(doc, out, gaz, head_end, words), gaz), gaz)
    out = titled_line_persons(doc, out, gaz, words)
    out = untagged_given_names(doc, coordinated_names(doc, ticket_names(doc, out, gaz), gaz), gaz, head_end,
                               words)
    out = _names_before_countries(doc, _places_before_qualifiers(doc, out, gaz), gaz, head_end, words)
    out = names_after_office_places(doc, names_in_body_spans(doc, names_after_bodies(doc, out), gaz, words), gaz)
    repaired = venue_lines(doc, surname_mentions(doc, organizations_and_products(doc, out), gaz, words))
    listed = list_item_names(doc, credited_names(doc, split_headline_persons(doc, repaired, head_end)), gaz)
    listed = colon_item_names(doc, listed, gaz)
    placed = cities_in_context(doc, surnames_over_places(doc, coordinated_full_names(doc, listed, gaz)), gaz)
    out = named_firms(doc, firms_by_its(doc, plain_words(doc, person_cues(doc, placed, gaz, words.lower))))
    out = scheme_examples(doc, trade_names(doc, out, gaz, words))  # "Kohl's and Dillard's", "Ana Ruiz of X"
    out = status_tail_orgs(doc, out)  # "the Passing of Former | United States Senator X": no body
    out = lone_given_names(doc, out, head_end)  # "Martin Indyk ... Martin served as": the one Martin
    out = addressed_names(doc, out, words, gaz, head_end)  # "Thanks, Karine.", "Jill and I", "his wife Leah"
    out = regime_names(doc, out, words, gaz, head_end)  # "the Assad regime", "the Ortega-Murillo regime"
    out = portfolio_glue(doc, out)  # "Advisor for International Economics | Daleep Singh"
    return place_and_person_contexts(doc, family_names_after_patronyms(doc, things_not_persons(doc, out)), gaz)


def _names_before_countries(doc: "Doc", items: list[Item], gaz: "Gazetteer", head_end: int,
                            words: DocWords) -> list[Item]:
    """ "Michael Jordan visited Amman": a country name the ruler tagged, with an untagged
    capitalised word before it that the parse makes its compound, is a person's surname; not
    when that word is written in lower case elsewhere (a common noun: "NATO Ally Sweden") or
    follows another capitalised word or a determiner or adjective ("our newest Ally Sweden"), or
    in a heading written in Title Case ("Efforts to Counter Russia")."""
    out: list[Item] = []
    lower: set[str] | None = None
    for s, e, label in items:
        if label == "GPE" and e - s == 1 and s - 1 >= head_end and s > 0 and gaz.names.get(doc[s].lower_):
            first = doc[s - 1]
            before = doc[s - 2] if s >= 2 else None
            if (first.tag_ == "NNP" and first.is_title and first.is_alpha and not first.ent_type_
                    and first.dep_ == "compound" and first.head.i == s and first.whitespace_
                    and first.lower_ not in TITLE_HEADS and first.lower_ not in OFFICE_WORDS
                    and first.lower_ not in HONORIFICS and not gaz.country(first.text)
                    and first.lower_ not in COMPASS_ADJECTIVES  # "Southern Iraq": a region, no surname
                    # a listed given name that is also a small town's name ("Vernon") is the name
                    and (not P.candidates(first.text) or is_given_name(first.text) and P.place_country(first.text) is None)
                    and not (before is not None and (before.is_title or before.is_upper) and before.is_alpha
                             and before.lower_.rstrip(".") not in HONORIFICS
                             # "Deputy Attorney General Lisa | Monaco": a title, then a given name
                             and not (before.lower_ in TITLE_HEADS and is_given_name(first.text)))
                    and not (before is not None and before.tag_ in ("DT", "PRP$", "JJ", "JJR", "JJS", "POS"))
                    and not (e < len(doc) and doc[e].is_title and doc[e].tag_ == "NNP")):
                if lower is None:
                    lower = set(words.lower)
                    # a word of another entity's name is not a first name ("World Athletics" ...
                    # "Cycling Ghana's president")
                    lower |= {t.lower_ for s2, e2, lab2 in items if lab2 not in ("PERSON", "GPE") for t in doc[s2:e2]}
                words = [t for t in doc[first.sent.start:s - 1] if t.is_alpha and not t.is_stop]
                heading = len(words) >= 2 and all(t.is_title or t.is_upper for t in words)
                if first.lower_ not in lower and not heading:
                    out.append((s - 1, e, "PERSON"))
                    continue
        out.append((s, e, label))
    return out


# Prepositions before "Town, Region" ("of Buena Vista, Georgia", "in Paris, Texas").
_TOWN_PREPS = frozenset({"of", "in", "from", "near", "outside"})


def _places_before_qualifiers(doc: "Doc", items: list[Item], gaz: "Gazetteer") -> list[Item]:
    """ "Darwin, Australia": a one-word PERSON followed by a comma and a GPE is a place when that
    GPE is a country or region with a place of that name."""
    out = list(items)
    for k, (s, e, label) in enumerate(items):
        nxt = items[k + 1] if k + 1 < len(items) else None
        if (label != "PERSON" or e - s > 3 or nxt is None or nxt[2] != "GPE" or nxt[0] != e + 1
                or doc[e].text != ","):
            continue
        where = doc[nxt[0]:nxt[1]].text
        regions = {(p.country, p.name) for p in P.candidates(where) if p.kind == "region"}
        code = gaz.country(where)
        if s > 0 and doc[s - 1].lower_ in _TOWN_PREPS and (regions or code):
            out[k] = (s, e, "GPE")  # "a native of Buena Vista, Georgia": a town, not a person
            continue
        if e - s != 1:
            continue
        if any(p.country == code or (p.country, p.admin1) in regions for p in P.candidates(doc[s].text)
               if p.kind in ("city", "extra")):
            out[k] = (s, e, "GPE")
    return out


def organizations_and_products(doc: "Doc", items: list[Item]) -> list[Item]:
    """Relabel names the model takes for people or organisations but whose context says
    otherwise: a company by its last word or by the noun before it, then every mention of the
    same name; a maker plus a model number is a product ("Boeing 737"), so is a name written
    "iPhone"; time-zone and currency codes are dropped; a lone name after "in" is a place."""
    n = len(doc)
    orgs: set[str] = set()
    products: set[str] = set()
    out: list[Item] = []
    taken = 0
    for s, e, label in items:
        if s < taken:
            continue  # inside a product name extended over it
        text = doc[s:e].text
        first = doc[s + 1] if doc[s].lower_ == "the" and e - s > 1 else doc[s]
        if label in ("ORG", "NORP", "GPE", "PERSON") and _CAMEL_START.match(first.text):
            label = "PRODUCT"
        elif label == "ORG" and text in _NOT_ENTITIES:
            continue
        elif label == "ORG" and e < n and _DESIGNATION.match(doc[e].text) and not _is_year(doc[e].text) \
                and doc[e - 1].whitespace_:
            e, label = e + 1, "PRODUCT"
        elif label == "PERSON":
            prev = s - 1
            if doc[e - 1].lower_ in ORG_LAST_WORDS and e - s >= 2:
                label = "ORG"
                orgs.add(doc[s:e - 1].text)  # "Saturn Corporation" ... "Saturn's general manager"
            elif prev >= 0 and doc[prev].is_lower and doc[prev].lower_ in _ORG_NOUNS:
                label = "ORG"
            elif prev >= 0 and doc[prev].lower_ in _POSSESSIVE_DETS and doc[prev].dep_ == "poss" and s <= doc[prev].head.i < e \
                    and doc[s].lower_ not in ADDRESS_STYLES:  # "His Majesty King Hamad": a style, no product
                label = "PRODUCT"
                products.add(text)
            elif _dash_partner(doc, s, e) and not (after_title(doc, s, comma=False)
                                                   or s > 0 and doc[s - 1].lower_.rstrip(".") in HONORIFICS):
                label = "ORG"  # "Renault–Nissan"; not "Mrs. Okafor—Ada—": a name and its holder's first name
            elif (e - s >= 2 and prev >= 1 and doc[prev].tag_ == "POS" and out and prev <= out[-1][1] <= s
                  and out[-1][2] == "PERSON" and not is_given_name(doc[s].text)):
                label = "ORG"  # "Warren Buffett's Berkshire Hathaway": a person's firm, not a person
            elif e - s >= 2 and prev >= 0 and doc[prev].lower_ == "at" and doc[prev].head.lemma_.lower() in _WORKPLACE_HEADS:
                label = "ORG"
            elif e - s >= 2 and prev >= 0 and doc[prev].lower_ == "of" and doc[prev].head.i < prev \
                    and doc[prev].head.lemma_.lower() in _FIRM_MEMBER_HEADS:
                label = "ORG"
            elif e - s == 1 and s > 0 and doc[s - 1].lower_ in _PLACE_PREPS and doc[s - 1].is_lower \
                    and not (e < n and doc[e].tag_ == "POS"):
                label = "GPE"
            if label == "ORG":
                orgs.add(text)
        elif label == "ORG" and e - s >= 2 and doc[e - 1].lower_ in ORG_LAST_WORDS:
            orgs.add(doc[s + (doc[s].lower_ == "the"):e - 1].text)  # "Lockheed Martin Corp." -> "Lockheed Martin"
        out.append((s, e, label))
        taken = e
    if orgs:
        out = [(s, e, "ORG" if lab in ("PERSON", "PRODUCT") and doc[s:e].text in orgs else lab) for s, e, lab in out]
    if products:
        out = [(s, e, "PRODUCT" if lab == "PERSON" and doc[s:e].text in products else lab) for s, e, lab in out]
    return _one_sense_places(doc, out)


def _dash_partner(doc: "Doc", s: int, e: int) -> bool:
    """Whether the name is joined by a spaced-less en or em dash to another capitalised name."""
    after = e + 1 < len(doc) and doc[e].text in _PARTNER_DASHES and not doc[e - 1].whitespace_ \
        and not doc[e].whitespace_ and doc[e + 1].text[:1].isupper()
    before = s >= 2 and doc[s - 1].text in _PARTNER_DASHES and not doc[s - 2].whitespace_ \
        and not doc[s - 1].whitespace_ and doc[s - 2].text[:1].isupper()
    return after or before


def _one_sense_places(doc: "Doc", items: list[Item]) -> list[Item]:
    """One sense per article for a one-word name: a lone PERSON word the article uses at least as
    often as a place, and that the gazetteer knows as a place ("in Darwin ... Darwin, the small
    settlement"), is that place, unless it is part of a fuller person's name there ("Jordan"
    after "Michael Jordan") or follows a title ("Secretary Austin"); a lone PERSON word that names a
    weapon or vehicle before its head noun is a product ("Sentinel anti-tank rockets")."""
    if not any(e - s == 1 and lab == "PERSON" for s, e, lab in items):
        return items
    military = U.tables().equipment_military
    places: dict[str, int] = {}
    alone: dict[str, int] = {}
    for s, e, lab in items:
        if e - s == 1:
            if lab in ("GPE", "LOC"):
                places[doc[s].text] = places.get(doc[s].text, 0) + 1
            elif lab == "PERSON":
                alone[doc[s].text] = alone.get(doc[s].text, 0) + 1
    in_names = {t.text for s, e, lab in items if lab == "PERSON" and e - s > 1 for t in doc[s:e]}
    out: list[Item] = []
    for s, e, lab in items:
        if lab == "PERSON" and e - s == 1:
            tok = doc[s]
            if (tok.text in places and places[tok.text] >= alone[tok.text] and tok.text not in in_names
                    and P.candidates(tok.text) and not after_title(doc, s, comma=False)
                    and not (s > 0 and doc[s - 1].lower_.rstrip(".") in HONORIFICS)):
                lab = "GPE"
            elif tok.dep_ == "compound" and tok.head.i > s and tok.head.lemma_.lower() in military \
                    and all(t.is_lower for t in doc[s + 1:tok.head.i + 1]):
                lab = "PRODUCT"
        out.append((s, e, lab))
    return out


# The US style of address of officials (before a full name, never a body's name).
_HONORABLE = frozenset({"Honorable", "Honourable", "Hon.", "HONORABLE"})


def _is_year(text: str) -> bool:
    return text.isdigit() and len(text) == 4 and 1800 <= int(text) <= 2199


def relabel(label: str, text: str, gaz: "Gazetteer", *, titled: bool = False, surname: bool = False) -> str:
    """Fix labels the small statistical model gets wrong in news about states. ``titled``: the
    name follows a courtesy title ("MR. HOLLIS" in a transcript's speaker label), so a short word
    in capitals is a surname, not an acronym. ``surname``: a PERSON span that is the surname of a
    person of the article (:func:`pipeline.entities.styles.surname_subjects`), not the country."""
    if surname and label == "PERSON":
        return label
    bare = LEADING_THE.sub("", text)
    words = bare.split()
    if label in ("FAC", "ORG") and len(words) >= 2 and words[-1].lower() in GEO_HEADS \
            and all(w[:1].isupper() for w in words):
        return "LOC"
    code = gaz.country(bare)
    if label in ("PERSON", "ORG", "LOC", "FAC", "NORP", "PRODUCT", "WORK_OF_ART") and code:
        low = bare.lower()
        if bare in gaz.abbreviations or gaz.names.get(low) or gaz.capitals.get(low):
            return "GPE" if not gaz.demonyms.get(low) or gaz.names.get(low) else "NORP"
        if gaz.demonyms.get(low):
            return "NORP"
    if label in ("ORG", "WORK_OF_ART", "PRODUCT", "FAC") and len(words) >= 3 and words[0] in _HONORABLE \
            and all(w[:1].isupper() for w in words[1:]) and is_given_name(words[1]):
        return "PERSON"  # "The Honorable Ana Ruiz": the US style of address, before a person only
    if label == "PERSON" and gaz.organization(bare):
        return "ORG"
    if label == "PERSON" and bare.isupper() and len(bare.split()) == 1 and len(bare) <= 6 and not titled:
        return "ORG"  # "NCG", "JCS": acronyms tagged as people
    return label
