"""The country resolver: which government (or international organisation) an office serves.

Explicit sources are ranked and the one that decided is recorded as ``Role.country_source``:

1. ``title``: the office phrase itself ("South Korean Defence Minister", "Minister ... of the
   Republic of Korea", a title only one country has: "Taoiseach", "Bundeskanzler"), or the
   possessive written before it ("Iran ... its foreign minister", "the country's ...");
2. ``earlier_role``: the same person's role with a country stated elsewhere in the article;
3. ``institution``: a government's institution in the title or in the same clause ("Pentagon
   spokesman", "..., the Kremlin said");
4. ``office_holder``: the dated office-holder table (who held the office on the publication
   date: "President Macron" in a story that never says "French");
5. ``dateline``: the country of the dateline ("KYIV—Defence Minister Rustem Umerov said"); for
   a regional bureau's dateline whose country the story never names ("CAIRO (AP) - In
   Khartoum, army chief ..."), the country the headline and body name most;
6. ``publisher``: the publisher's home country (given with the input, or the seats of
   government its text names), or the country whose officials speak for "we" in it, or the
   government whose own style of titles the text writes ("Deputy Secretary of Commerce").

A seat-of-government word speaks only for its own clause: "KYIV—Defence Minister Rustem Umerov
said ... The Kremlin did not comment." leaves Umerov Ukraine's. A counterpart ("his Chinese
counterpart") serves another government than the subject, so it takes no fallback country.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..context import dateline_country
from ..knowledge.offices import folded_name_key, load_offices
from ..nlp import text as doc_text
from .abroad import (NO_HEAD_OF_GOVERNMENT, OPPOSITION, bureau_story_country, nearby_body, not_home_holder,
                     opposition_country, other_country, secretariat_body, secretariat_title, shared_title_country,
                     trip_host_country)
from .home_leaders import home_leader_named  # "President Lincoln" beside another country: the home's
from .fallbacks import (government_document_country, legislature_country, majority_country, places_country,
                        publisher_style_country, sole_placed_country)
from .not_home import (cannot_be_home, counterpart_country, foreign_country, organisation_holder, title_author,
                       unknown_home_holder)
from .owners import companion_owner, host_counterparts, pronoun_owner
from .reader import Candidate, PersonIndex, Reader, reader_for, same_person
from .ranks import same_rank_word
from .state_offices import state_offices
from .chamber_posts import other_chambers, seat_and_chamber_post
from .territories import territory_offices
from .office_holders import holder, term_over  # (re-exported: callers import them from here)
from .explicit_countries import _explicit_country, _possessor_country, _served_office_country
from .where_hosts import where_host_country
from .titles import classify
from .government_presidents import heads_government
from .us_presidents import surname_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..context import ArticleContext
    from ..entities import EntityIndex

_LEADER_ROLES = frozenset({"head_of_state", "head_of_government"})
# Offices the office-holder table dates term by term (heads of state and government, foreign and
# defence ministers): a holder whose dated terms were all over by the publication date held the
# office formerly, though the text writes no "former"
_DATED_TERM_ROLES = _LEADER_ROLES | {"foreign_minister", "defence_minister"}
_FIRST_PERSON_PLURAL = frozenset({"we", "our", "ours", "us"})


# Cabinet offices whose holders keep "Secretary" as a form of address for life (a former
# Secretary of State is "Secretary Clinton" years later: AP Stylebook, "titles")
_SECRETARY_ROLES = frozenset({"foreign_minister", "defence_minister", "minister_other"})


def _former_secretary(c: Candidate, date: str | None) -> None:
    """A bare "Secretary X" whom the office-holder table knows only as a cabinet secretary whose
    term ended before ``date``: that office, held formerly (set in place). Nothing changes
    without a date, when rows of that surname name more than one person or office, or when a
    term covers the date."""
    if not date or c.title.lower().rstrip(".") not in ("secretary", "sec") or c.country not in (None, "USA"):
        return
    last = surname_of(c.name)
    rows = [h for h in load_offices().holders_named(folded_name_key(c.name)) if h.country == "USA"
            and h.role in _SECRETARY_ROLES and surname_of(h.name) == last]
    if not rows or any(h.start is None and h.end is None or h.held_on(date) for h in rows) \
            or len({(h.start, h.end) for h in rows}) != 1 or len({h.role for h in rows}) != 1:  # one term (name forms aside)
        return
    c.role, c.status = rows[0].role, "former"
    if c.country is None:
        c.country, c.country_source = "USA", "office_holder"


def _bare(title: str) -> bool:
    """A title that names no particular office: "Secretary", "Minister", "Gen."."""
    off = load_offices()
    words = title.lower().split()
    return len(words) == 1 and (words[0] in off.heads or words[0].rstrip(".") in off.courtesy)


_RANK_QUALIFIERS = frozenset({"vice", "rear", "brig", "lieutenant", "lt", "maj", "major", "first", "second"})


@lru_cache(maxsize=4096)
def _rank_only(title: str) -> bool:
    """Whether a title is only a military rank ("Gen.", "Vice Adm.", "Lieutenant General")."""
    words = title.lower().replace(".", " ").split()
    off = load_offices()
    return bool(words) and off.classify(title) == "military_commander" and all(
        w in _RANK_QUALIFIERS or w not in ("commander", "chief", "head") and any(
            x in off.heads and off.classify(x) == "military_commander" for x in (w, w + ".")) for w in words)


def _first_person_country(rd: Reader, resolved: list[Candidate],
                          unplaced: "list[tuple[int, int]] | tuple" = ()) -> str | None:
    """The country of an official speaking for "we"/"our" ("President Biden conveyed our
    support"): a statement's first person plural is its publisher. A sentence that also names an
    official of unknown country says not whose "our" it is ("Deputy Advisor X spoke with President
    Y of Guyana ... our bilateral relationship"): ``unplaced`` holds the (start, end) offsets of
    every mention of such officials, and a sentence overlapping one casts no vote."""
    doc = rd.doc
    votes: dict[str, int] = {}
    for c in resolved:
        if not c.country:
            continue
        sent = doc.char_span(c.start, c.end, alignment_mode="expand")
        if sent is None or not _speaking_side(sent.root):
            continue  # ("we're grateful for the role played by Sultan X": the other side, spoken of)
        for s, e in rd.sentences(sent.start, sent.end):
            lo, hi = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
            if any(a < hi and lo < b for a, b in unplaced):
                continue
            if any(t.lower_ in _FIRST_PERSON_PLURAL and t.text != "US" for t in doc[s:e]):
                votes[c.country] = votes.get(c.country, 0) + 1
    if len(votes) != 1:
        return None
    return next(iter(votes))


def _speaking_side(tok: "Token") -> bool:
    """Whether a name is its clause's subject (or the subject's apposition or conjunct: "President
    X conveyed our support", "X and I"), not an object or a by-agent spoken of by the "we"."""
    while tok.dep_ in ("appos", "conj", "compound") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass", "ROOT")


def _body_office_again(first: Candidate, c: Candidate) -> bool:
    """Whether ``c`` writes bare the title of an international body's office the same person was
    named with ("European Commission President Jane Roe ... President Roe said"): the category
    told apart only by the body, which the bare mention leaves out."""
    return bool(first.organization) and not first.country and not c.organization and not c.country \
        and first.title.lower() == c.title.lower()


def _title_place(title: str | None) -> str | None:
    """The country of the place a transcript's title ends with after a bar ("Remarks by the
    Vice President at a Campaign Event | Glendale, AZ"): the dateline of the remarks."""
    if not title or " | " not in title:
        return None
    return dateline_country(title.split("\n")[0].rsplit(" | ", 1)[1].strip())


_ONE_PER_GOVERNMENT = frozenset({"head_of_state", "head_of_government", "defence_minister", "foreign_minister",
                                  "national_security_advisor"})


def _same_office(a: Candidate, b: Candidate) -> bool:
    """Whether two titles of one person in one category name the same office: always for an
    office a government has one of ("Defence Minister" = "Minister of National Defense"); for
    the others when one title is a bare rank or its words are among the other's ("Ambassador"
    ~ "Ambassador to Japan", but not "Ambassador to Tajikistan" ~ "Ambassador to Kosovo")."""
    if a.role in _ONE_PER_GOVERNMENT:
        return True
    if a.role == "legislator" and seat_and_chamber_post(a.title, b.title):
        return False  # "Representative" and "Majority Leader": the seat and a post in the chamber
    if a.role == "legislator" and "former" in (a.status, b.status) and other_chambers(a.title, b.title):
        return False  # "Senator" and a former "member of the House of Representatives": a seat in each chamber, one after
        # the other (no one sits in both at once: two held ones are one seat named twice, or a candidacy)
    wa, wb = _title_words(a.title), _title_words(b.title)
    if _rank_only(a.title) and _rank_only(b.title) and not any(same_rank_word(x, y) for x in wa for y in wb):
        return False  # "Colonel" and "First Lieutenant": two grades of a career ("Gen." ~ "Lieutenant General" is one)
    if _bare(a.title) or _bare(b.title):
        # a bare title repeats a fuller one of its category ("Rep." ~ "chairman of the House
        # Armed Services Committee"); in the catch-all category only one of its own word
        # ("Secretary" ~ "Secretary of Homeland Security", but "Governor" is not "U.S. Attorney
        # for the District of Arizona"); a rank or courtesy title goes with any
        return a.role != "official_other" or bool({w.rstrip(".") for w in wa} & {w.rstrip(".") for w in wb}) \
            or any(_courtesy_or_rank(t) for t in (a.title, b.title) if _bare(t))
    if wa <= wb or wb <= wa:
        return True
    # "NSC Senior Director for Europe" ~ "National Security Council Senior Director for Europe"
    wa, wb = _spelled_out(a.title, b.title), _spelled_out(b.title, a.title)
    return wa <= wb or wb <= wa


@lru_cache(maxsize=4096)
def _spelled_out(title: str, other: str) -> frozenset[str]:
    """The title's words with each initialism ("NSC", "EPA") replaced by the words of ``other``
    whose initials it spells ("National Security Council", "Environmental Protection Agency")."""
    words = _title_words(title)
    found = _INITIALISM.findall(title)
    if not found:
        return words
    full = [w for w in re.split(r"[\s-]+", other) if w]
    out = set(words)
    for word in found:
        n = len(word)
        for i in range(len(full) - n + 1):
            seq = full[i:i + n]
            if all(w[:1].isupper() for w in seq) and "".join(w[0] for w in seq) == word:
                out.discard(word.lower())
                out.update(w.lower() for w in seq)
                break
    return frozenset(out)


_INITIALISM = re.compile(r"\b[A-Z]{2,5}\b")


def _courtesy_or_rank(title: str) -> bool:
    """Whether a one-word title is a form of address or a military rank ("Mr.", "Gen.")."""
    off = load_offices()
    word = title.lower().rstrip(".")
    return word in off.courtesy or off.classify(title) == "military_commander"


@lru_cache(maxsize=4096)
def _title_words(title: str) -> frozenset[str]:
    return frozenset(w for w in re.split(r"[\s-]+", title.lower()) if w not in ("of", "the", "for", "and"))


def resolve(doc: "Doc", entities: "EntityIndex", cands: list[Candidate], context: "ArticleContext") -> list[Candidate]:
    """De-duplicate (person, office) and fill the countries the text leaves implicit.

    Returns:
        One candidate per person and office, in text order, each with its ``country_source``.
    """
    rd = reader_for(doc, entities)
    # A bare "Director Chang" repeats "Director of the National Security Office ... Chang" ("Minister
    # Roe" a "Foreign Minister Roe"); an international body's bare office stays ("President Roe")
    everyone, bare = PersonIndex(cands), lambda c: c.role == "official_other" or c.title.lower() == "minister"
    cands = [c for c in cands if not (bare(c) and not c.organization and any(
        o is not c and not bare(o) and _title_words(c.title) <= _title_words(o.title)
        for o in (everyone.items[i] for i in everyone.same(c))))]
    for c in cands:
        # "Secretary Blinken" with no fuller title: the office the table says he held that day
        if c.role == "official_other" and not c.organization and _bare(c.title):
            hit = holder(c.name, None, context.published)
            # no leader is addressed "Secretary" ("Secretary Clinton"), nor a minister "Director" ("Director Wang" of a
            # commission) or "Governor" (a cabinet secretary who governed a state before: that earlier office)
            if hit is not None and (c.country in (None, hit[0])) and hit[1] not in _LEADER_ROLES and not (
                    hit[1] in _SECRETARY_ROLES and c.title.lower().rstrip(".") not in ("secretary", "minister", "sec")):
                c.role = hit[1]
            elif c.status == "current":
                _former_secretary(c, context.published)
    mentions = PersonIndex(cands)
    heads = PersonIndex()  # the first candidate of each group, by person
    groups: list[list[Candidate]] = []
    for c in cands:
        for gi in heads.same(c):
            g = groups[gi]
            if (g[0].role == c.role or _body_office_again(g[0], c)) and g[0].status == c.status and _same_office(g[0], c):
                g.append(c)
                break
        else:
            heads.add(c)
            groups.append([c])
    # a rank is a form of address: "Lt. Gen. X, the nominee for armed forces chief of staff" holds
    # one military office, the one named (merged above when the statuses agree)
    ranked = PersonIndex([g[0] for g in groups])
    rank_only = [all(_rank_only(c.title) for c in g) for g in groups]
    groups = [g for gi, g in enumerate(groups) if not (rank_only[gi] and any(
        oi != gi and groups[oi][0].role == "military_commander" and not rank_only[oi]
        for oi in ranked.same(g[0])))]
    out: list[Candidate] = []
    for g in groups:
        # a rank merged with the one office it styles ("named General X as army chief"): the office
        if _rank_only(g[0].title) and len({c.title for c in g if not _rank_only(c.title)}) == 1:
            g = sorted(g, key=lambda c: _rank_only(c.title))
        best = next((c for c in g if c.country or c.organization), g[0])
        full = max(g, key=lambda c: (c.person is not None, len(c.name)))
        c = Candidate(**{**best.__dict__, "person": best.person or full.person,
                         "name": best.name if best.person else full.name})
        if c.country is None and c.organization is None:
            _explicit_country(rd, c, mentions, context)
        out.append(c)
    territory_offices(out)  # "a judge in Puerto Rico" serves the United States
    for c in out:
        # "SEOUL - Chairman of the Joint Chiefs of Staff Gen. Kim": a title other governments share
        code = shared_title_country(rd, c, context.dateline_country, context.published)
        if code:
            c.country, c.country_source = code, "dateline"
    resolved = PersonIndex(out)
    for c in out:
        if c.country is None and c.organization is None:
            # the same person's office whose country was resolved (the office-holder table's
            # "President Biden"), or the government of the office an aide serves
            other = next((o for o in (resolved.items[i] for i in resolved.same(c)) if o.country and not o.counterpart), None)
            c.country = other.country if other is not None else _served_office_country(c, out) \
                or _possessor_country(rd, c, out, context.published)
            if c.country is None:
                c.country, c.organization = pronoun_owner(rd, c, out)  # "Szalai ... His foreign minister, X"
            if c.country is None and c.organization is None:
                c.country, c.organization = companion_owner(rd, c, out)  # "X, who accompanied Harper"
            c.country_source = "earlier_role" if c.country or c.organization else None
    # a state's premier or chief minister is no second head of government of the nation ("Ontario
    # Premier X ... Prime Minister Y"): sub-national offices are told apart before the home
    # government's one-per-government offices are counted
    state_offices(doc_text(doc), out)
    pending = [c for c in out if c.country is None and c.organization is None and not c.counterpart]
    if pending:
        home, source = context.dateline_country or _title_place(context.title), "dateline"
        if home is not None and context.dateline_country == home:
            # a regional bureau's dateline ("NAIROBI (Reuters) - ... Ugandan police"): the story
            # is about the country its body names, not the one the reporter files from
            home = bureau_story_country(rd, out, home, context) or home
        if home is None:
            home, source = context.home_country, "publisher"
        if home is None:
            # every mention counts as a vote, with the country its group resolved to
            resolved = PersonIndex(out)
            known = [Candidate(**{**m.__dict__, "country": out[i].country}) for m in cands for i in resolved.same(m)
                     if out[i].country and out[i].role == m.role]
            # every mention of a pending official (a readout's headline and body name the same
            # person): a sentence naming one says not whose "our" it is
            unplaced = PersonIndex(pending)
            home = _first_person_country(rd, known, [(m.start, m.end) for m in cands if unplaced.same(m)])
        if home is None:
            home = publisher_style_country(out, context.title)
        if home is None:
            home = majority_country(out)
        if home is None and context.title:
            head_end = len(context.title.split("\n")[0])
            home = government_document_country([c for c in out if any(
                m.start < head_end for m in (mentions.items[i] for i in mentions.same(c)))], context.title)
        if home is None:
            home = places_country(rd, out)  # an undated story on one country's affairs
        house = legislature_country(rd) if home is None and any(c.role == "legislator" for c in pending) else None
        # (read once, before the loop places anyone: the officials placed by explicit evidence)
        anchor = sole_placed_country(out) if home is None else None
        for c in pending:
            if (org := organisation_holder(c, context.published)) is not None:
                # "I thank Secretary-General Guterres": the organisation the dated table says he heads
                c.organization, c.role = org, classify(c.title, org)
            elif secretariat_title(c.title) and (body := secretariat_body(rd, c, home)) is not None:
                # "UNESCO ... Director General Azoulay": the organisation named beside a secretariat's title
                c.organization, c.role, c.country_source = body, classify(c.title, body), "institution"
            elif home is None and house and c.role == "legislator":
                c.country, c.country_source = house, "institution"  # "Senator X" in a story on "the U.S. Senate"
            elif home and c.role in _ONE_PER_GOVERNMENT and c.status == "current" and not home_leader_named(c, home) and any(
                    o.country == home and o.role == c.role and o.status == "current" and not same_person(o, c)
                    for o in out):
                # "Secretary Blinken ... will meet Foreign Minister Kamikawa in Tokyo": the home
                # government has its foreign minister; the other one serves the other country named
                code = other_country(rd, c, home) or trip_host_country(rd, c, home, out, context.title)
                c.country, c.country_source = code, "institution" if code else None
            elif home and source == "publisher" and c.status == "current" and not_home_holder(
                    c, home, context.published) and (code := other_country(rd, c, home)
                                                     or trip_host_country(rd, c, home, out)):
                # "... traveled to Lima, Peru, for the inauguration of President X": the dated table
                # gives the publisher's government another president that day, and the sentence
                # another country (a dateline's government is left alone: its table may lag)
                c.country, c.country_source = code, "institution"
            elif home and source == "publisher" and c.status == "current" and not where_host_country(rd, c, home) \
                    and not_home_holder(c, home, context.published) and (body := nearby_body(rd, c)):
                # or the one international body its sentence or the one before names ("... met
                # European Commission counterparts. Led by ... President Jane Roe's ..."): the
                # body's president, not a head of state
                c.organization, c.role, c.country_source = body, classify(c.title, body), "institution"
            elif (code := trip_host_country(rd, c, home, out, context.title) or where_host_country(rd, c, home)) is not None:
                # "In Nigeria, the envoy met with Vice President X": the hosts of a visit abroad
                c.country, c.country_source = code, "dateline"
            elif home in NO_HEAD_OF_GOVERNMENT and c.role == "head_of_government":
                # "Vice President Harris met Prime Minister Davis of The Commonwealth of The
                # Bahamas": the publisher's government has no prime minister; his is the other
                # country his sentence names, or unknown
                c.country = foreign_country(rd, c, home, out, context.title)
                c.country_source = "institution" if c.country else None
            elif home and source == "dateline" and c.role == "legislator" and OPPOSITION.search(c.title) \
                    and (party := opposition_country(c, out)) is not None:
                # "KYIV - Canada's opposition leader ... The shadow defence minister, X, ...": the
                # opposition of the country the story named, not of the country filed from
                c.country, c.country_source = party, "institution"
            elif home and not title_author(c, context.title) and (
                    cannot_be_home(c, home) or source == "publisher" and unknown_home_holder(c, home, context.published)):
                # "Foreign Minister Roe joined President Kallio on the call": the home government
                # has no such office, or the dated table gives it to someone else
                c.country = foreign_country(rd, c, home, out, context.title)
                c.country_source = "institution" if c.country else None
            elif home:
                c.country, c.country_source = home, source
            elif anchor and not title_author(c, context.title) and (
                    cannot_be_home(c, anchor) or unknown_home_holder(c, anchor, context.published)):
                # no home government known, but the one government of the officials placed says whose
                # offices this title is not (a prime minister beside a US vice president): the other
                # country the text names for it, as above; never the anchor itself
                c.country = foreign_country(rd, c, anchor, out, context.title)
                c.country_source = "institution" if c.country else None
    host_counterparts(out, context.dateline_country)
    for c in out:
        if c.country and c.title.lower() in ("treasurer", "chancellor") and c.role != "minister_other":
            c.role = classify(c.title, c.organization, c.country)  # the country decides (AUS Treasurer, UK Chancellor)
        elif c.role == "head_of_state" and heads_government(c.title, c.country, c.organization):
            c.role = "head_of_government"  # "President Sánchez" of Spain: the President of the Government
    for c in out:
        if (code := counterpart_country(rd, c, out, context.title)) is not None:
            c.country, c.country_source = code, "institution"  # "his counterpart, Y" of the other side
    for c in out:
        # "who advised Secretary of State Colin Powell" in 2024: the dated table's term is over
        if c.status == "current" and c.role in _DATED_TERM_ROLES and c.country \
                and term_over(c.name, c.role, c.country, context.published):
            c.status = "former"
    out.sort(key=lambda c: (c.start, c.end))
    return out
