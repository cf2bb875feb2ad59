"""People: names trimmed of titles, surname mentions, grouping, and a corpus-stable key.

Within an article, a shorter name joins the longer one that contains all its tokens
("Lecornu", "Mr. Lecornu" -> "Sebastien Lecornu"; "Joe Biden" -> "Joseph R. Biden Jr." through
the familiar first names of :mod:`pipeline.names`); the canonical name is the fullest form
written, the first written among equally full ones (never hash order).

Across articles, :func:`pipeline.entities.personkeys.person_key` gives every PERSON entity a key ``surname|first-name``:
lower case, accents folded, generational suffixes ("Jr.") and initials dropped, the first name
in its formal form ("Joe" -> "joseph"; a clipped form of one formal name of the generated
nickname table too: "Jen" -> "jennifer"), name particles kept with the surname ("von der leyen").
"Joseph R. Biden Jr." and "Joe Biden" both give ``biden|joseph``, and a bare "Biden" in an
article that also names him in full takes the key of the full name (it joined that entity).
Limits: a surname alone with no full name in the article gives ``biden|`` (it cannot be told
from any other Biden); initials only ("J. Biden") give ``biden|`` as well; a nickname outside
the table ("Beto") or a changed surname gives a different key; two people with the same first
and last name share one; names written family name first ("Kim Jong Un") are keyed as written,
which is stable because news writes them the same way, but "Yoon Suk Yeol" and "Yoon Suk-yeol"
differ. An Arabic name with a patronymic is keyed by the given name and the father's name, which
news always writes, not by the family name it writes only at times ("Tamim bin Hamad Al Thani" and
"Tamim bin Hamad" give ``bin hamad|tamim``); initials written together ("J.K.") count as initials
and Portuguese generational words ("Filho") as suffixes.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..knowledge.offices import HONORIFICS, OFFICE_WORDS
from ..knowledge.wordlists import word_set
from ..names import ARABIC_ARTICLES, NICKNAMES, SUFFIXES, is_given_name, strip_nickname
from ..records import Span
from .lexicon import (BARE_RANKS, DESCRIPTOR_NOUNS, FACILITY_HEADS, GEO_HEADS, HONOUR_HEADS, NAME_PARTICLES,
                      ORG_NAME_HEADS, PLACE_NOUNS, TITLE_HEADS, TITLE_WORDS, Item, after_title, norm_name)
from .rulertitles import ruler_title
from .styles import CLERICS, PATRONYMICS, POST_NOMINALS, ROYAL_TITLES, SPOUSE_TITLES, STYLES, TITLE_OR_NAME
from ..tokenarrays import lower_words
from .tokens import DocWords
from .person_groups import _JOINERS, group_persons, nicknames_joined, titles_removed  # (the last three re-exported)

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from ..knowledge.countries import Gazetteer


# The head words of government bodies' names ("Ministry", "Administration"): never a person's name.
_BODY_HEADS = word_set("entities", "body_heads")
# The grades of a rank written after it ("Petty Officer Second Class", "Private First Class").
_GRADES = frozenset({"first", "second", "third"})


def _plural_title(tok: "Token") -> bool:
    """A title in the plural before the names it introduces ("Representatives Holmes Norton and
    Quigley", "Senators Ruth Calder and Owen Marsh")."""
    low = tok.lower_
    return tok.is_title and low.endswith("s") and (low[:-1] in OFFICE_WORDS or low[:-1] in TITLE_WORDS)


def person_tokens(span: "SpacySpan", gaz: "Gazetteer | None" = None) -> "SpacySpan | None":
    """Drop honorifics, styles and office words before a name ("President Yoon" -> "Yoon", "His
    Majesty King Abdullah II" -> "Abdullah II"), the country of an office written before the name
    ("Prime Minister of Israel Benjamin Netanyahu" -> "Benjamin Netanyahu"), and anything from a
    possessive on ("Ana Ruiz’s Meeting" -> "Ana Ruiz")."""
    start, end, doc = span.start, span.end, span.doc
    if (gaz is not None and end - start >= 3 and start > 0 and doc[start - 1].lower_ in ("of", "to")
            and gaz.country(doc[start].text) and all(t.is_title for t in doc[start + 1:end])):
        start += 1  # "Ambassador to Ecuador Jane Roe", "Prime Minister of Japan Tanaka Hiroshi"
    start = _office_tail_cut(doc, start, end)
    for i in range(start + 1, end):
        if doc[i].tag_ == "POS" or doc[i].text in ("'s", "’s"):
            end = i
            break
    if (doc[start].lower_, doc[start + 1].lower_ if start + 1 < len(doc) else "") in SPOUSE_TITLES:
        start += 2
    elif start > 0 and (doc[start - 1].lower_, doc[start].lower_) in SPOUSE_TITLES:
        start += 1  # the model left "Second" out as an ordinal
    elif end - start >= 4 and doc[start].lower_ in _GRADES and doc[start + 1].lower_ == "class":
        start += 2  # "Petty Officer Second Class Ana Ruiz": the rate's grade, cut from its rank
    elif end - start >= 3 and start > 0 and doc[start].lower_ == "class" and doc[start - 1].lower_ in _GRADES:
        start += 1  # "Sergeant First | Class Ana Ruiz": the model cut the rank before "Class"
    elif end - start >= 3 and doc[start].lower_ == "ranking" and doc[start + 1].lower_ == "member":
        start += 2  # "Ranking Member Ana Ruiz": the US Congress committee title
    while end - start > 1:
        word = doc[start].text.lower().rstrip(".")
        if word in BARE_RANKS and not doc[start].text.endswith(".") and after_title(doc, start, comma=False):
            break  # "Defense Minister Gen Nakatani": a first name, not a rank
        if word in TITLE_OR_NAME and (doc[start + 1].lower_ in STYLES or any(
                t.lower_ in PATRONYMICS for t in doc[start + 2:end]) or ruler_title(doc, start, end, gaz)):
            start += 1  # "Amir Sheikh Tamim bin Hamad", "Oman's Sultan Haitham": the ruler's title
            continue
        if word in _BODY_HEADS and doc[start].is_title and doc[start + 1].is_title:
            start += 1  # "Head of Presidential | Administration Yermak": a body's head word is no name
            continue
        if doc[start].is_lower and start > 0 and doc[start - 1].text in ("-", "–") \
                and not doc[start - 1].whitespace_:
            start += 1  # "Mayor-elect Ana Ruiz": the status word hyphened to the office
            continue
        if word in HONORIFICS or word in OFFICE_WORDS or word in STYLES or word in CLERICS \
                or (doc[start].is_punct and doc[start].text != "(") \
                or _plural_title(doc[start]) \
                or word in ("his", "her", "the") and doc[start + 1].lower_ in STYLES \
                or (word in TITLE_WORDS and end - start >= 3 or word in DESCRIPTOR_NOUNS) and doc[start].is_title \
                and doc[start + 1].is_title:
            # the last test: a title or a descriptive noun the model glued to a full name
            # ("Treasurer Ana Ruiz", "Cardinal Ana Ruiz", "Defender Ana Ruiz"); with one word after
            # it, it may be the person's first name
            start += 1
        else:
            break
    while end - start > 2 and doc[end - 1].text.rstrip(".") in POST_NOMINALS:
        end -= 1  # "Alexandra Healy KC": a letter of honour or office after the name
    if end <= start:
        return None
    return doc[start:end]


# Lower-case words that join an office title to the capitalised words of its remit ("Director
# of Public Engagement", "Coordinator for Migration", "President pro Tempore", "Director for
# Resilience and Response").
_OFFICE_LINKS = frozenset({"of", "for", "to", "pro", "on", "and"})


def _office_tail_cut(doc: "Doc", start: int, end: int) -> int:
    """Where the name starts in a span that begins with the last words of an office's remit
    ("Director of | Public Engagement Keisha Lance Bottoms", "President pro | Tempore Toni
    Atkins"): at the first listed given name followed by a capitalised word, when every word
    before it is capitalised and no given name; else ``start``."""
    if end - start < 3 or start == 0 or doc[start - 1].lower_ not in _OFFICE_LINKS:
        return start
    for k in range(start, end - 1):
        tok = doc[k]
        if not (tok.is_title and tok.is_alpha):
            return start
        if is_given_name(tok.text):
            return k if k > start and doc[k + 1].is_title else start
    return start


def extend_person(span: "SpacySpan") -> "SpacySpan":
    """Extend a name the model cut short: "Yoon Suk" + "Yeol", "Joseph R. Biden" + ", Jr."."""
    doc = span.doc
    end = span.end
    # two words run on only after a name of one word ("Chairperson Moussa" + "Faki Mahamat"); after
    # a full name they are a place's or a body's ("Rishi Sunak Downing Street spokesman")
    one_word = sum(1 for t in span if t.is_alpha and t.text.lower() not in OFFICE_WORDS) == 1
    while end < len(doc):
        tok = doc[end]
        if tok.tag_ == "POS" or tok.text in ("'s", "’s", "'", "’"):
            break
        if tok.ent_type_ and tok.ent_iob_ != "O":
            if tok.text.lower() in SUFFIXES:
                end += 1
                continue
            break
        if tok.text.lower() in SUFFIXES:
            end += 1
        elif tok.text == "," and end + 1 < len(doc) and doc[end + 1].text.lower() in SUFFIXES:
            end += 2
        elif (run := _name_run(doc, end, two=one_word and end == span.end)) and end - span.start + run <= 4 + (run - 1):
            # "Yoon Suk" + "Yeol"; "Chairperson Moussa" + "Faki Mahamat": one or two untagged
            # capitalised words the name runs on with, then a word that is not capitalised
            end += run
        else:
            break
    start = span.start
    if start > 0 and span[0].text.lower() not in OFFICE_WORDS and span[0].text.lower() not in HONORIFICS:
        first = doc[start - 1]
        if first.is_sent_start and first.tag_ == "NNP" and first.is_title and first.ent_iob_ in ("O", "") \
                and first.text.lower() not in OFFICE_WORDS and first.is_alpha and len(first.text) > 1 \
                and is_given_name(first.text):
            start -= 1  # "Michal | Ilana Freedhoff was named": a listed given name the model left out
    return doc[start:end] if (start, end) != (span.start, span.end) else span


def _name_run(doc, start: int, *, two: bool) -> int:
    """How many untagged capitalised proper nouns (one, or two when ``two``; no office word) start
    at token ``start`` and are followed by a word that is not capitalised; 0 when none are."""
    k = start
    while k < len(doc) and k - start < (2 if two else 1):
        tok = doc[k]
        if not (tok.tag_ == "NNP" and tok.is_title and not tok.is_sent_start and tok.text.lower() not in OFFICE_WORDS
                and len(tok.text) > 1 and not (tok.ent_type_ and tok.ent_iob_ != "O")
                and doc[k - 1].whitespace_ != ""):
            break
        k += 1
        if k < len(doc) and not doc[k].is_title:
            if k - start == 2 and not _running_text(doc[start].sent):
                return 0  # a headline's capitalised words ("Trump Solidifies Economic and ...") are no name
            return k - start
    return 0


def _running_text(sent) -> bool:
    """Whether a sentence is running text, not a title-case headline: it has a lower-case word
    of five letters or more (a headline capitalises its content words)."""
    return any(t.is_lower and t.is_alpha and len(t) >= 5 for t in sent)


_DEITIES = frozenset({"God", "Allah"})
_ADJECTIVE_SUFFIX = re.compile(r"-(?:era|style|like|led|backed|based|owned|aligned|linked|funded|run)$", re.IGNORECASE)
_APOSTROPHE_NAME = re.compile(r"^[^\W\d_]{1,3}['’][^\W\d_]{2,}$")


def looks_like_name(span: "SpacySpan", lower_words: set[str]) -> bool:
    """Reject PERSON spans the small model makes of headlines and product names."""
    # "O'Halloran" is a word of a name too, though not alphabetic
    words = [t for t in span if (t.is_alpha or _APOSTROPHE_NAME.match(t.text)) and t.lower_ not in NAME_PARTICLES
             and t.lower_ not in SUFFIXES]
    if not words or any(ch.isdigit() for ch in span.text):
        return False
    # "el-Sayed", "al-Masri": a surname hyphened to a particle, whatever tag the parser gave it
    joined = {t.i for t in span if t.i - 2 >= span.start and t.doc[t.i - 1].text == "-" and t.is_title
              and t.doc[t.i - 2].lower_ in NAME_PARTICLES}
    if span[-1].text.endswith("-") or span[-1].tag_ in ("VBG", "VBN", "VBD") and span[-1].i not in joined:
        return False
    # "a Goldwater Scholar", "an Eisenhower Fellow": an article or an honour's head noun
    # "The App Store": a name never starts with an article
    if span[0].lower_ in ("a", "an", "the") or (len(span) > 1 and span[-1].lower_ in HONOUR_HEADS):
        return False
    # "God bless America": a deity, not a person the text reports on; "Biden-era rules": an adjective
    if span.text in _DEITIES or _ADJECTIVE_SUFFIX.search(span.text):
        return False
    doc, s, e = span.doc, span.start, span.end
    # "(Laughter.)", "(Applause.)": a transcript's stage direction, a word alone in brackets
    if e - s == 1 and s > 0 and doc[s - 1].text == "(" and e + 1 < len(doc) and doc[e].text == "." \
            and doc[e + 1].text == ")":
        return False
    # "Tribal partners": a capitalised adjective before a lower-case noun, or coordinated with
    # lower-case adjectives ("state, local, Tribal, and territorial governments")
    tok = span[0]
    if e - s == 1 and (
            tok.tag_ == "JJ" and tok.dep_ == "amod" and tok.head.i > s and tok.head.is_lower
            and tok.head.tag_ in ("NN", "NNS")
            or tok.dep_ == "conj" and tok.head.tag_ == "JJ" and tok.head.is_lower
            or any(c.dep_ == "conj" and c.tag_ == "JJ" and c.is_lower for c in tok.children)):
        return False
    if any(t.tag_ in ("VBG", "VBD", "VBN") and t.lower_.endswith(("ing", "ed")) and t.i not in joined for t in words):
        return False
    # A listed given name first ("Casey Wise", "Will Power") is evidence enough against the
    # lower-case tests below, unless the last word heads names of places or bodies ("Rose Garden").
    given_first = len(words) >= 2 and is_given_name(words[0].text)
    given = (given_first and words[0].lower_ not in lower_words
             and not any(words[-1].lower_ in heads for heads in _NOT_SURNAMES))
    # After "Mr."/"MS." a capitalised word is a surname ("Mr. Brown"), so is a word in capitals
    # after an office word ("SENATOR BLUNT:", a transcript's speaker label).
    j = s - 1 if s and doc[s - 1].text != "." else s - 2
    courtesy = j >= 0 and doc[j].lower_.rstrip(".") in HONORIFICS
    titled = courtesy or j >= 0 and doc[j].lower_ in TITLE_HEADS and (doc[j].is_upper or doc[j].is_title)
    # The surname (last word) written in lower case elsewhere is a common noun ("Meeting").
    if words[-1].lower_ in lower_words and len(words[-1]) > 3 and not given and not (
            courtesy or titled and span.text.isupper()):
        return False
    # So is a first word that is no given name ("Harbor Shield" beside "a busy harbor").
    if len(words) >= 2 and words[0].lower_ in lower_words and len(words[0]) > 3 and not given_first:
        return False
    # A heading in capitals: common nouns ("LOOPHOLES" beside "a loophole", "DANGEROUS
    # LOOPHOLES"): a word, or its singular, written in lower case, that is no given name.
    if span.text.isupper() and not titled and any(
            (w.lower_ in lower_words or w.lower_.endswith("s") and w.lower_[:-1] in lower_words)
            and not is_given_name(w.text) for w in words):
        return False
    # A word that is a sentence on its own is an exclamation ("Yay.", "Bravo!"), not a name,
    # unless it is a listed given name ("Jill.")
    if e - s == 1 and (span[0].is_sent_start or s > 0 and doc[s - 1].text == ":") and e < len(doc) and doc[e].text in (".", "!") \
            and (e + 1 == len(doc) or doc[e + 1].is_sent_start or doc[e + 1].is_space) and not is_given_name(span.text):
        return False
    if span.text.isupper() and len(words) >= 3 and not any(t.text.endswith(".") for t in span):
        return False  # "ULCHI FREEDOM SHIELD": an exercise, not a person; "JOSEPH R. BIDEN JR." passes
    return True


_COMMA_NUMERAL = re.compile(r",\s+(II|III|IV)$")
# Head words of names of places, bodies and honours: a given name before one is not a person
# ("Rose Garden", "Grace Hospital", "Victoria Station").
_NOT_SURNAMES = (FACILITY_HEADS, GEO_HEADS, PLACE_NOUNS, ORG_NAME_HEADS, HONOUR_HEADS)


_PREFIXED_CAPS = re.compile(r"^([A-Z][a-z]{1,2})([A-Z]{3,}(?:['’][A-Z]+)?)$")
_NAME_PIECES = re.compile(r"([-'’])")


def _capitalised(word: str) -> str:
    """A word in capitals written as a name: each part after a hyphen or apostrophe capitalised
    ("SAINT-CLAIR" -> "Saint-Clair", "O'DONNELL" -> "O'Donnell"), initials kept ("R.")."""
    return "".join(p[:1] + p[1:].lower() for p in _NAME_PIECES.split(word))


def person_name(text: str) -> str:
    """A person's name as written, without a nickname in quotes, a signature in capitals put in
    title case."""
    name = norm_name(strip_nickname(text)).replace(", Jr", " Jr").replace(", Sr", " Sr").replace(", JR", " JR")
    name = _COMMA_NUMERAL.sub(r" \1", name)  # "Spencer Bachus, III" -> "Spencer Bachus III"
    if name.isupper() and sum(c.isalpha() for c in name) > 3:
        name = " ".join(_capitalised(w) for w in name.split())
    elif any(_PREFIXED_CAPS.match(w) for w in name.split()):
        # a transcript label keeps a family's lower-case prefix: "DeSANTIS" -> "DeSantis"
        name = " ".join((m[1] + _capitalised(m[2])) if (m := _PREFIXED_CAPS.match(w)) else w for w in name.split())
    if name.endswith((" Jr", " Sr")):
        name += "."
    return name


def surname_mentions(doc: "Doc", items: list[Item], gaz: "Gazetteer", words: "DocWords | None" = None) -> list[Item]:
    """A lone capitalised word equal to the surname of a person named in full earlier is that
    person, whatever the model made of it ("Steve Jobs ... Jobs said", "Papermaster" as ORG,
    "Henderson" as a city), unless it is a country or capital."""
    surnames: dict[str, int] = {}
    for s, e, lab in items:
        if lab == "PERSON" and e - s >= 2 and doc[e - 1].is_title and len(doc[e - 1].text) > 2:
            surnames.setdefault(doc[e - 1].text, e)
    if not surnames:
        return items
    covered = {i: k for k, (s, e, _) in enumerate(items) for i in range(s, e)}
    out = list(items)
    added = False
    for i in (words or DocWords.of(doc)).positions(doc, surnames):
        tok = doc[i]
        first = surnames[tok.text]
        if tok.i < first or tok.tag_ not in ("NNP", "NNPS"):
            continue
        prev = doc[tok.i - 1] if tok.i > 0 else None
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if (prev is not None and prev.is_title and not prev.is_sent_start and prev.lower_.rstrip(".") not in HONORIFICS
                and prev.lower_ not in TITLE_HEADS) or (nxt is not None and nxt.is_title):
            continue  # part of a longer name ("Jobs Act", "Cook County")
        k = covered.get(tok.i)
        if k is None:
            out.append((tok.i, tok.i + 1, "PERSON"))
            added = True
        elif out[k][1] - out[k][0] == 1 and (out[k][2] in ("ORG", "NORP", "PRODUCT", "WORK_OF_ART") or (
                out[k][2] in ("GPE", "LOC", "FAC") and not gaz.country(tok.text))):
            out[k] = (tok.i, tok.i + 1, "PERSON")
    if added:
        out.sort()
    return out


def _glued_hyphen(tok: "Token") -> bool:
    """A hyphen written with no space on either side ("Jean-Pierre")."""
    return tok.text == "-" and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_ and not tok.whitespace_


def split_headline_persons(doc: "Doc", items: list[Item], head_end: int) -> list[Item]:
    """In the title line (tokens before ``head_end``), keep of a PERSON span the runs of words
    the body also writes in a person's name: "Blinken Meets Wang Yi" -> "Blinken", "Wang Yi";
    "Joint Readout" -> nothing. A span right after an office word stays whole when it is a
    short name with no word the article writes in lower case ("Secretary General Jens
    Stoltenberg" when the body calls him "Jens"), or when the body does not name the person;
    so does a two- or three-word name at the end of a longer office phrase ("Coordinator for
    Strategic Communications John Kirby"), and a name that opens with a style of address or a
    royal or Gulf title ("His Highness Sheikh Tamim bin Hamad Al Thani": the style marks a name
    as an office word does). A surname the body writes after a first name keeps
    no headline words after it ("President Trump Announces Appointments")."""
    if not head_end or not any(lab == "PERSON" and s < head_end for s, _, lab in items):
        return items
    body = {NICKNAMES.get(t.lower_, t.lower_) for s, e, lab in items if lab == "PERSON" and s >= head_end
            for t in doc[s:e]}
    # surnames the body writes after a first name ("Donald J. Trump"): the headline word after
    # one is the headline's verb, not more of the name
    surnames = {doc[e - 1].lower_ for s, e, lab in items if lab == "PERSON" and s >= head_end and e - s >= 2}
    # words the article writes in lower case are not name words ("Meets", "Calls")
    lower = lower_words(doc)
    out: list[Item] = []
    for s, e, lab in items:
        if lab != "PERSON" or s >= head_end:
            out.append((s, e, lab))
            continue
        if e - s >= 3 and s > 0 and (doc[s - 1].lower_, doc[s].lower_) in SPOUSE_TITLES:
            s += 1  # "First | Lady Jill Biden": the model took the office's second word into the name
        spouse = s > 1 and (doc[s - 2].lower_, doc[s - 1].lower_) in SPOUSE_TITLES  # the name after it stays
        runs: list[Item] = []
        i = s
        while i < e:
            if NICKNAMES.get(doc[i].lower_, doc[i].lower_) in body:
                j = i
                while j < e and (NICKNAMES.get(doc[j].lower_, doc[j].lower_) in body or doc[j].text == "-"):
                    j += 1
                # a listed given name right before the body's words is the person's first name
                # ("Jennifer Wald" in the headline, "Jen Wald" and "Wald" in the body)
                if i > s and doc[i - 1].is_title and doc[i - 1].is_alpha and is_given_name(doc[i - 1].text) \
                        and doc[i - 1].lower_ not in lower and (not runs or runs[-1][1] < i - 1):
                    i -= 1
                runs.append((i, j, lab))
                i = j
            else:
                i += 1
        cut = next((i for i in range(s + 1, e) if doc[i].tag_ == "POS" or doc[i].text in ("'s", "’s")), e)
        if cut - s >= 2 and doc[s].lower_ in surnames and not any(
                NICKNAMES.get(t.lower_, t.lower_) in body or is_given_name(t.text) for t in doc[s + 1:cut]):
            out.append((s, s + 1, lab))  # "President Trump Announces Appointments": the body's "Donald J. Trump"
        elif after_title(doc, s, comma=False) and sum(t.text != "-" for t in doc[s:cut]) <= 3 and not any(
                t.lower_ in lower or not (t.is_title or t.lower_ in NAME_PARTICLES or _glued_hyphen(t))
                for t in doc[s:cut]):
            # "NATO Secretary General Jens Stoltenberg": the body's "Jens" is his; "Press Secretary
            # Karine Jean-Pierre": a hyphen joining a double surname is no word of its own
            out.append((s, cut, lab))
        elif runs:
            out.extend(runs)
        elif spouse or after_title(doc, s, comma=False) or _styled_line_name(doc, s, cut) or (
                2 <= cut - s <= 3 and _after_office_phrase(doc, s) and not any(
                t.lower_ in lower or not t.is_title or t.lower_ in OFFICE_WORDS for t in doc[s:cut])):
            out.append((s, cut, lab))
    return out


def _styled_line_name(doc: "Doc", start: int, end: int) -> bool:
    """Whether a title-line span opened by a style or a royal or Gulf title shows where the name
    ends: an Arabic name of descent inside it ("Sheikh Tamim Bin Hamad Al-Thani", "bin", "Al"), or a
    comma or "of" right after it ("His Majesty King Abdullah II of Jordan"). Otherwise a Title Case
    line runs on into its verbs and nouns ("Prince Harry Loses Court Case", "Sheikh Zayed Grand
    Mosque Hosts ...") and the span is not kept whole."""
    if doc[start].lower_ not in STYLES | ROYAL_TITLES:
        return False
    if any(t.lower_ in PATRONYMICS or t.lower_ in ARABIC_ARTICLES for t in doc[start + 1:end]):
        return True
    return end < len(doc) and doc[end].lower_ in (",", "of")


def _after_office_phrase(doc: "Doc", start: int) -> bool:
    """Token ``start`` ends a Title Case office phrase: "NSC Coordinator for Strategic
    Communications | John Kirby" (an office word among the capitalised words and joiners just
    before it)."""
    i = start - 1
    while i >= 0 and start - i <= 7 and (doc[i].is_title or doc[i].is_upper or doc[i].lower_ in _JOINERS):
        if doc[i].lower_ in OFFICE_WORDS or doc[i].lower_ in TITLE_HEADS:
            return True
        i -= 1
    return False
