"""Nomination roles among the others: the nominating government's country, one reading per office.

:func:`add_nominations` is the roles stage's hook: it reads the nomination forms
(:mod:`.nominations`) and the nominees' biographies (:mod:`.nomination_bios`), gives them the
country of the government that nominates, and merges them with the roles the other readers
found, so that each person and office is read once:

- a nomination replaces another reading of the same person and office (the nomination document
  states the status), except the holder's earlier tenure of the same office ("previously served
  as X", now nominated to X again);
- a reading that starts inside a list entry read whole, and is not the entry's own, is dropped
  (the parser misreads these lists: "Nominee" as a name, a board's name as its member);
- a biography office the other readers found stands, with the years of its own clause; a vaguer
  reading of it ("Director" for "Director for Strategy of the Joint Staff") is replaced.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..knowledge.countries import country as country_code
from ..knowledge.offices import word_group
from ..knowledge.places import place_country
from ..names import first_names_match, name_key
from ..nlp import text as doc_text
from .appointee_lists import appointee_lists, name_title_rows
from .bio_body_heads import bare_body_heads
from .bio_career_steps import superseded_appointments
from .bio_tenses import past_frames
from .corporate import government_corporation
from .court_nominations import court_nominations
from .delegations import delegation_members
from .appointee_bios import appointee_biographies, appointee_headings
from .nomination_bios import bio_sections, biography_roles, is_public_office, person_entity
from .name_patterns import RANK
from .news_tails import trim_news_tail
from .nominations import Nomination, find_nominations, load_words, role_of
from .senate_lines import senate_lines
from .sole_nominee import sole_nominee_sections
from .tenure_offices import split_tenure_offices
from .rank_tenures import rank_tenures
from .reader import Candidate

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..context import ArticleContext
    from ..entities import EntityIndex

__all__ = ["add_nominations", "nominating_country", "same_office"]


def nominating_country(context: "ArticleContext", cands: list[Candidate],
                       homes: list[str]) -> tuple[str | None, str | None]:
    """The government that nominates, and the contract's name for the evidence that decided.

    The article's home country (``publisher``), else the country of the head of state named in
    the text (the nominating institution, ``institution``), else the country most of the
    nominees' home states are in (``institution``: a Senate list names no President), else the
    dateline's (``dateline``).
    """
    if context.home_country:
        return context.home_country, "publisher"
    # the head of state the office-holder table confirms first: a headline the parser misread
    # ("President Trump Announces Delegation to X") may take the country of the trip, and a
    # foreign head of state a delegation goes to mourn or to see inaugurated has a country too
    leaders = sorted((c for c in cands if c.role == "head_of_state" and c.country and c.status == "current"),
                     key=lambda c: c.country_source != "office_holder")
    leader = leaders[0].country if leaders else None
    if leader:
        return leader, "institution"
    votes: dict[str, int] = {}
    for home in homes:
        code = place_country(re.sub(r"^the\s+", "", home))
        if code:
            votes[code] = votes.get(code, 0) + 1
    # a home no gazetteer places alone ("the Virgin Islands": the US's or Britain's) casts no vote
    if votes and max(votes.values()) * 2 > sum(votes.values()):
        return max(votes, key=votes.get), "institution"
    if context.dateline_country:
        return context.dateline_country, "dateline"
    return None, None


# "United States Mission to Poland", "the U.S. Embassy in Lima": the sending government written
# with the mission a delegation member or nominee serves in
_MISSION = re.compile(r"((?:[A-Z][\w.]*\s+){1,3})(?:Embassy|Mission|Consulate(?:\s+General)?|High\s+Commission)\b")
# a court whose name begins with the nation's ("U.S. Tax Court", a heading's "United States District
# Court for X") is the nation's (a court is its government's judiciary)
_NATIONAL_COURT = re.compile(r"\b(United\s+States|U\.\s?S\.)\s+(?:[A-Z][a-z]+\s+){0,2}Courts?\b")


def written_country(text: str, n: "Nomination", cands: list[Candidate]) -> str | None:
    """The government a nominee's or delegation member's own entry writes for the office: the
    country another reader took from the title words on the entry ("Jane Doe, United States
    Special Envoy for X"), else the sending country of a mission named on it ("Chargé
    d'Affaires a.i., United States Mission to Poland") or the nation heading a court's name
    (the "U.S. Tax Court" a heading names); None when the entry writes none."""
    lo, hi = n.claims or (n.start, n.end)
    key = name_key(n.name)
    for c in cands:
        other = name_key(c.name)
        if c.country and c.country_source == "title" and lo <= c.start < hi and key and other \
                and (key <= other or other <= key):
            return c.country
    m = _MISSION.search(text, lo, hi)
    if m is None:
        m = _NATIONAL_COURT.search(text, lo, hi)
    return country_code(m.group(1).strip()) if m else None


def entries_country(new: list[Candidate], country: str | None, source: str | None) -> tuple[str | None, str | None]:
    """The one country the nominees' own entries write for their offices (``title``), when the
    nominating government is otherwise unknown; ``country, source`` unchanged when the entries
    write none or more than one."""
    written = {c.country for c in new if c.status == "nominee" and c.country and c.country_source == "title"}
    if country is None and len(written) == 1:
        return written.pop(), "title"
    return country, source


_BARE_RANK = re.compile(RANK)
_GRADE_WORDS = frozenset({"deputy", "principal", "assistant", "associate", "under", "vice", "chief", "senior", "executive"})


_HELD = {"current", "former"}
_PRONOUN = re.compile(r"(?:he|she|they|his|her|their)\b", re.IGNORECASE)


def _overlap(a: Candidate, b: Candidate) -> bool:
    return a.start < b.end and b.start < a.end


def _title_overlap(b: Candidate, c: Candidate) -> bool:
    """Whether another reading's title is written where a biography's office is (its evidence may
    run from the verb over a list: "served as A from 2018 and was the former B": B's evidence holds A)."""
    if c.title_start < 0:
        return _overlap(b, c)
    return c.title_start < b.end and b.start < c.title_start + len(c.title)


def _renominated(held: Candidate, nomination: Candidate) -> bool:
    """Whether a current reading of the office now nominated to is its holder's tenure since a
    date ("has served as a Member of the X Board since 2019", renominated), not the nomination misread."""
    return nomination.status == "nominee" and held.since is not None and held.until is None


_SENTENCE_END = re.compile(r"(?<=[a-z0-9)”’\"])[.!?]\s+(?=[A-Z“\"])|;\s|\n")
"""A sentence's end (a stop after a word in lower case or a digit, before a capital), a semicolon
or a line break; the stop of an initial or an abbreviation ("Judge Jane R. Doe", "the U.S. Embassy")
ends no sentence."""


def _list_siblings(text: str, a: Candidate, b: Candidate) -> bool:
    """Whether two biography offices are items of one sentence's list ("Deputy Chief of Mission,
    U.S. Embassy X, Deputy Chief of Mission and Chargé d'affaires, U.S. Embassy Y, and Deputy Chief
    of Mission, U.S. Embassy Z"): a list names each post once, so two of its items are two posts
    even when one item's words lie within the other's."""
    lo, hi = sorted((a, b), key=lambda c: c.start)
    return lo.end <= hi.start and not _SENTENCE_END.search(text, lo.end, hi.start)


def _words(title: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z]+", title.lower()) if w not in ("of", "the", "for", "to", "and", "on"))


def _same_name(a: Candidate, b: Candidate) -> bool:
    ka, kb = name_key(a.name), name_key(b.name)
    return bool(ka and kb and (ka <= kb or kb <= ka))


def same_office(a: Candidate, b: Candidate) -> bool:
    """Same person and the same office: same category, and one title's words within the other's."""
    if a.role != b.role:
        return False
    ka, kb = name_key(a.name), name_key(b.name)
    if not (ka and kb and (ka <= kb or kb <= ka)):
        return False
    wa = {w for w in re.findall(r"[a-z]+", a.title.lower()) if w not in ("of", "the", "for", "to", "and", "on")}
    wb = {w for w in re.findall(r"[a-z]+", b.title.lower()) if w not in ("of", "the", "for", "to", "and", "on")}
    # "Principal Deputy Assistant Secretary for X" is not the "Assistant Secretary for X": a grade word
    # one title has and the other lacks makes another office
    return bool(wa and wb) and (wa <= wb or wb <= wa) and not (wa ^ wb) & _GRADE_WORDS


_NAMED_AFTER = word_group("named_after_person")
"""Things named after a person ("the Jane Doe Chair", "the Jane Doe Award"): the NER's longer
name ending in one is the thing's, not a fuller form of the person's."""
_GENERATION = re.compile(r"(?:,\s*|\s+)(?:Jr|Sr)\.?$|\s+(?:II|III|IV)$")
_WRITTEN_GENERATION = re.compile(r"(?:,\s*|\s+)(?:Jr|Sr)\b|\s+(?:II|III|IV)\b")


def _kin_suffix(entity_name: str, written: str) -> bool:
    """Whether the entity's name carries a generational suffix ("Jr.", "III") the nominee's name as
    written in the heading lacks: a son or father of the same name the entities stage grouped with
    the nominee ("Theo W. Doe" and his son "Theo Doe Jr."), not a fuller form of the nominee's.

    Args:
        entity_name: The grouped entity's name.
        written: The heading's text from the nominee's name on (a few characters past it, where a
            suffix the list reader left out of the name is still written: "Jane Doe, Jr. (Ret.)").
    """
    return bool(_GENERATION.search(entity_name.strip())) and not _WRITTEN_GENERATION.search(written)


def _read_on(text: str, start: int, name: str, entity_name: str) -> bool:
    """Whether the entity's longer name is the heading's name read on into the heading's next
    word ("Jane Doe Candidate for X", its colon left out): written at the same place, it starts
    with the name the heading reader took and runs past it, so it is no fuller form of the name."""
    return len(entity_name) > len(name) and entity_name.startswith(name) and text.startswith(entity_name, start)


def _first_name_of(name: str, subject: str) -> bool:
    """Whether ``name`` is the subject's given name alone, or its familiar form ("Ray" for "Raymond
    A. Doe"): a biography may call its subject so ("Ray has also served as ...")."""
    toks = subject.replace(",", " ").split()
    return len(toks) >= 2 and " " not in name.strip() and first_names_match(name.strip(), toks[0])


def _bare_surname_of(name: str, subject: str) -> bool:
    """Whether ``name`` is the subject's surname alone ("Doe" for "Jane Q. Doe", "Doe Jr.")."""
    toks = [t for t in subject.replace(",", " ").split() if t not in ("Jr.", "Sr.", "II", "III", "IV")]
    return len(toks) >= 2 and name.strip() == toks[-1]


_NOMINEE_FOR = re.compile(r"\bNominee\s+(?:for|to\s+be)\s")
"""The status word of an announcement's heading or list item ("Jane Doe, Nominee for X")."""


def add_nominations(doc: "Doc", entities: "EntityIndex", cands: list[Candidate],
                    context: "ArticleContext") -> list[Candidate]:
    """The roles found by the other readers plus those of the nomination forms.

    A nomination replaces a reading of the same person and office (its status and years are the
    document's); a reading that starts inside a list entry this module read whole, and is not
    the entry's own, is dropped (the parser misreads these lists: "Nominee" as a name).

    Args:
        doc: The Doc.
        entities: The entity index.
        cands: The resolved candidates of the other readers.
        context: The article context.

    Returns:
        All candidates, in text order.
    """
    text = doc_text(doc)
    noms, homes = find_nominations(senate_lines(text))  # a Senate list run together on one line: one entry per line
    noms += appointee_lists(text, noms)  # "intent to nominate the following:" then "Jane Doe – Deputy Administrator, X"
    noms += name_title_rows(text, noms)  # "I hereby designate the following:" then "Jane Doe" / "Chair of X" rows
    noms += rank_tenures(text)  # "Jane Doe, of Ohio, for the rank of Ambassador during her tenure of service as X"
    noms += delegation_members(text)  # "The Honorable Jane Doe, Ambassador to X" in a delegation's list
    # "Nominated to the X Court", "Jane Doe: Candidate for X" headings (a federal court's or U.S.
    # Attorney's candidate is a nominee even where the text never says "nominate")
    noms += court_nominations(text, announced=bool(re.search(r"(?i)\bnominat", text)))
    # a form read in the wrong kind of text names a private post ("will serve as Manager of the
    # club"): only public offices are nominations; the Senate confirms public offices only
    noms = split_tenure_offices(noms, text)  # "to be X, during her tenure of service as Y": two offices
    noms = [trim_news_tail(n) for n in noms]  # "as Home Secretary in a reshuffle, No 10 said": the office only
    noms = [n for n in noms if n.senate or n.public or is_public_office(n.title, military=bool(n.rank))
            or government_corporation(n.title)  # "Member of the [United States] Institute of Peace Board"
            # "Jane Doe, Nominee for Archivist of the United States": a President's nominee is named to
            # a public office whatever its words ("Executive Director of the X Development Bank")
            or n.status == "nominee" and _NOMINEE_FOR.search(text, n.name_start, n.end)
            and bool({w.lower() for w in n.title.split()} & load_words().heads)]
    claims = [n.claims for n in noms if n.claims]  # a withdrawn entry's too: nothing inside it stands
    noms = [n for n in noms if n.status != "withdrawn"]
    if not noms and not claims:
        # "Jane Doe: Jane Doe will serve as X. Previously, she was Y": an appointee's career
        return appointee_biographies(doc, entities, text, cands, same_office)
    country, source = nominating_country(context, cands, homes)
    new: list[Candidate] = []
    read_on: dict[str, str] = {}  # an entity's name read on into a heading's next word -> the name
    for n in noms:
        ent = person_entity(doc, entities, n.name, n.name_start)
        if ent is not None and _read_on(text, n.name_start, n.name, ent.name):
            read_on[ent.name] = n.name
        # "the James T. Brett Chair" (a chair, award or building named after the nominee) is no fuller name
        fuller = ent is not None and len(name_key(ent.name)) >= len(name_key(n.name)) \
            and ent.name.split()[-1].lower() not in _NAMED_AFTER and ent.name.split()[-1].lower() not in load_words().heads \
            and not _kin_suffix(ent.name, text[n.name_start:n.name_start + len(n.name) + 8]) \
            and not _read_on(text, n.name_start, n.name, ent.name)
        # a publisher's own nominees serve its government; without one, the entry's own words decide
        own = written_country(text, n, cands) if source != "publisher" else None
        c = Candidate(start=n.start, end=n.end, person=ent, name=ent.name if fuller else n.name, title=n.title,
                      role="military_commander" if n.rank and role_of(n.title) == "official_other" else role_of(n.title),
                      country=own or country, organization=None, status=n.status, since=n.since,
                      until=n.until, country_source="title" if own else source, title_start=n.start)
        if not any(same_office(c, o) for o in new):
            new.append(c)
    if country is None:
        # no publisher, head of state, home states or dateline: the government every entry writes
        # for its own office ("Jane Doe: Candidate for United States Attorney for the District of
        # X") nominates, and the biographies are of its public servants
        country, source = entries_country(new, country, source)
        new = [replace(c, country=country, country_source=source) if c.country is None and c.organization is None
               and country else c for c in new]
    # the other readers took the holder's name from the entity the heading's word was read into
    cands = [replace(c, name=read_on[c.name]) if c.name in read_on else c for c in cands]
    # a pronoun in one nominee's biography is that nominee ("... where she served as chief of
    # staff"): a reading that gave it to another nominee whom the section never names (a name the
    # NER missed, "Summer" taken for a date, leaves the previous section's nominee nearest) is the
    # section's subject's
    nominees = [n for n in new if n.status == "nominee"]
    sections = bio_sections(text, nominees) or sole_nominee_sections(text, nominees)  # (read once: reused below)
    sections = sorted(sections + appointee_headings(text, nominees, new), key=lambda s: s[0])
    for lo, hi, subj in sections:
        for i, c in enumerate(cands):
            if lo <= c.start < hi and _PRONOUN.match(text, c.start) and not _same_name(c, subj) \
                    and any(_same_name(c, o) for o in nominees) \
                    and not re.search(rf"\b{re.escape(c.name.split()[-1])}\b", text[lo:hi]):
                cands[i] = replace(c, person=subj.person, name=subj.name)
            elif lo <= c.start < hi and (_bare_surname_of(c.name, subj.name) or _first_name_of(c.name, subj.name)):
                # "Doe was appointed as X": a biography calls its subject by the surname (the
                # entities stage may have left a bare surname alone when kin share it)
                cands[i] = replace(c, person=subj.person, name=subj.name)
    replaced: set[int] = set()
    bios = biography_roles(doc, entities, text, new, country, source, sections)
    bio_ids = {id(b) for b in bios}
    for b in bios:
        if any(s <= b.start < e for s, e in claims):
            continue  # a list entry read whole is no biography ("... during her tenure of service as X")
        overlapping = [i for i, c in enumerate(cands) if _overlap(b, c) and _same_name(b, c)]
        # (an owner's possessive read into the other title is no word of the office: "CIA’s Chief")
        vague = [i for i in overlapping if _words(re.sub(r"^(?:the\s+)?[\w.]+[’']s\s+", "", cands[i].title)) < _words(b.title)]
        # "Judge Jane Doe has served as a Superior Court Judge in X since 2016": the courtesy title
        # read before the name is the office the biography names in full
        vague += [i for i, c in enumerate(cands) if i not in overlapping and c.status == b.status
                  and _words(c.title) < _words(b.title) and same_office(b, c)]
        # a biography's office "Chief Deputy Clerk for X" that another reader split into "Chief Deputy" of
        # one "Clerk": a holder's name made of the biography office's own words is that office misread
        # (a person the entities know, "Legislative Director for Senator Jane Roe", is the principal)
        misread = {i for i, c in enumerate(cands) if i not in overlapping and _title_overlap(b, c)
                   and c.name.split() and set(c.name.split()) <= {w.strip(",;:") for w in b.title.split()}
                   and (c.person is None or c.name.lower() in load_words().heads)}
        twin = next((i for i in overlapping if same_office(b, cands[i]) and b.status == cands[i].status), None)
        # the same office with another status: the biography's verb and the years of its own clause
        # decide ("currently serves as X, and was acting Y from 2020-2021": Y's years are not X's)
        clash = next((i for i in overlapping if same_office(b, cands[i]) and {b.status, cands[i].status} == _HELD), None)
        if vague:
            # "Director" read where the biography names "Director for Strategy ... of the Joint Staff"
            replaced.update(vague)
            new.append(b)
        elif twin is not None:
            # the other readers' reading of the same office stands, with the years of its own clause
            cands[twin] = replace(cands[twin], since=b.since, until=b.until)
        elif clash is not None:
            cands[clash] = replace(cands[clash], status=b.status, since=b.since, until=b.until)
        # the nominee's earlier tenure of the office now nominated to ("was previously United States
        # Attorney for the District of X", now its nominee again) is a role of its own, and so is
        # another office held now ("Principal Deputy Assistant Secretary", nominee for Assistant Secretary),
        # and the office held now by a member renominated to it ("has served as a Member of the X
        # Board since 2019", nominee for Member of the X Board)
        elif not any(_title_overlap(b, c) for i, c in enumerate(cands) if i not in misread) \
                and not any(same_office(b, o) and (b.status == o.status or o.status == "former"
                                                   or b.status not in ("former", "acting") and not (b.since and o.status == "nominee"))
                            and not (id(o) in bio_ids and _list_siblings(text, b, o)) for o in new) \
                and not any(same_office(b, c) and b.status == c.status and not _list_siblings(text, b, c) for c in cands):
            new.append(b)
            replaced.update(misread)
    cands = [c for i, c in enumerate(cands) if i not in replaced]
    kept = []
    for c in cands:
        # the same office read twice: the nomination's reading wins, unless the two readings are the
        # holder's earlier and new tenure ("previously served as X", now nominee for X again)
        # (one sentence dating one post twice, clerk "to Judge A from 2012 to 2014 and to
        # Judge B from 2011 to 2012", is two roles)
        if any(same_office(c, n) and (c.status == n.status or c.status == "current" and not _renominated(c, n)
                                      or _overlap(c, n))
               and not (c.status == n.status and n.status in _HELD and _list_siblings(text, c, n)) for n in new):
            continue
        if any(s <= c.start < e for s, e in claims) and c.role != "head_of_state":
            continue
        kept.append(c)
    out = kept + new
    # a bare rank before a nominee's name ("Adm. Jane Doe currently serves as Vice Chief of X") is the
    # rank of the command the biography names, not an office of its own
    out = [c for c in out if not (_BARE_RANK.fullmatch(c.title.strip()) and any(
        o is not c and o.role == c.role and o.status == c.status and _same_name(o, c) for o in new))]
    # a courtesy title kept for life ("Ambassador Jane Doe ... In 1997 she became Ambassador to X"):
    # a bare title whose office the biography gives as held before is that former office
    out = [c for c in out if not (c.status == "current" and len(c.title.split()) == 1 and any(
        o is not c and o.status == "former" and o.role == c.role and _same_name(o, c)
        and c.title.lower() in o.title.lower().split() for o in out))]
    # "As Under Secretary, Doe oversaw ...", "... in the Obama administration": a nominee's past office
    out = past_frames(doc, out, sections, context.published)
    # "In 2001, he was appointed X. Between 2002 and 2004, he served as Y": a career's earlier step
    out = superseded_appointments(text, out, sections, context.published)
    out = bare_body_heads(out, sections)  # "Doe was named President and charged with ...": a body's head
    return sorted(out, key=lambda c: c.start)

