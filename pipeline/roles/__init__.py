"""Roles stage: who holds (held, is nominated to) which office, for which country or organisation.

The stage reads the Doc, the article's entities and the article context, and returns typed
:class:`~pipeline.records.Role` records:

- :mod:`.titles` finds office titles and their category from the office ontology (:mod:`pipeline.knowledge.offices`);
- :mod:`.linking` links each title to the person holding it;
- :mod:`.status` reads whether the office is held now, was held, is nominated to, elected to or held in an acting capacity, and the years;
- :mod:`.resolver` ranks the explicit sources of the country served and records which decided;
- :mod:`.speakers` reads transcripts and signed texts: the offices a speaker states in the first
  person ("I was a United States senator"), resolved through the turn labels ("MS. OLSEN:") or
  the title ("Remarks by President Biden ..."), and "NAME as TITLE";
- :mod:`.nomination_merge` adds the nomination forms (:mod:`.nominations`), the nominees'
  biographies (:mod:`.nomination_bios`) and the members listed in a delegation's announcement
  (:mod:`.delegations`); :mod:`.deceased_bios` reads the career a statement on a death tells as a
  biography too.

Roles are public offices only: government, military, legislature, judiciary, diplomacy,
international organisations, state and local government. The officers of companies, unions and
armed groups get no role, whatever their title ("Boeing CEO Jim McNerney", "Hamas leader ...").
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from ..records import Entity, Role, Span
from ..context import ArticleContext, build_context
from ..knowledge.offices import load_offices
from ..names import first_names_match, is_given_name, name_key
from ..nlp import evidence, raw_text, text
from ..textnorm import UNICODE_SPACES
from ..tokenarrays import lower_words
from .abbreviations import expand_abbreviated_titles, expand_lieutenant
from .addressed_presidents import addressed_presidents
from .agency_officials import agency_officials
from .aide_appositions import aide_appositions
from .aides import served_principal
from .apposed_plurals import apposed_plurals
from .body_antecedents import generic_body_countries
from .body_heads import body_heads
from .police_ranks import police_ranks
from .enlisted_ranks import enlisted_ranks
from .body_verbs import body_verb_offices
from .body_titles import body_title
from .bloc_possessives import bloc_possessives
from .careers import home_careers
from .caucus_chairs import caucus_chairs
from .coordinated_offices import split_coordinated_offices
from .court_holders import court_countries
from .fronted_as_tenure import fronted_as_tenure
from .corporate import company_owned, corporate_post, government_corporation
from .attorneys_general import state_attorneys_general
from .employers import private_employer
from .its_owner import company_its
from .legislative_staff import staff_posts
from .chamber_posts import seat_memberships
from .misread_surnames import misread_surname, named_thing_holder
from .linking import find_candidates
from .nomination_bios import private_body_post
from .officials_associations import officials_association_post
from .nomination_merge import add_nominations, same_office
from .name_parts import label_surname_entity, part_entity
from .deceased import carry_deaths
from .deceased_bios import deceased_biographies
from .elected_seats import elected_seats
from .eu_commissioners import eu_commissioners
from .un_ambassadors import national_un_ambassadors
from .served_principal_as import served_principal_as
from .served_seats import served_seats
from .home_leaders import table_leader_names
from .headline_names import headline_glued_names
from .holder_names import looks_like_holder_name
from .including_lists import including_lists
from .descriptive_titles import descriptive_titles
from .respective_titles import respective_titles
from .past_leaders import past_leaders
from .vice_presidents import past_vice_presidents
from .place_lines import place_line_officials
from .perfect_tenure import perfect_tenures
from .postings import city_countries
from .companions import companion_countries
from .complement_heads import complement_head_holder
from .clergy import clergy_post
from .not_home import cannot_be_home
from .presidencies import not_head_of_state
from .private_kinds import private_kind_title
from .pre_presidency import pre_presidency
from .ranking_members import ranking_members
from .reader import reader_for, release_reader
from .counterparts import mark_counterpart_titles
from .counterpart_categories import counterpart_categories
from .resolver import holder, resolve
from .label_offices import label_offices
from .speakers import label_spans, speaker_roles
from .stacked_titles import chair_before_office, first_of_stacked_titles
from .spoken_restarts import spoken_restarts
from .member_chairs import sitting_member_chairs
from .newly_elected import newly_elected
from .next_nominees import next_nominees
from .staff_chiefs import military_chiefs_of_staff
from .state_offices import state_offices
from .succession import successions
from .title_first_items import title_first_items
from .status_conflicts import one_status_per_office
from .past_appointers import appointed_by_past_presidents
from .historic_offices import historic_offices
from .hypothetical_offices import hypothetical_offices
from .shared_status_titles import shared_status_titles
from .dated_as_offices import dated_as_offices
from .commander_in_chief import presidential_commands
from .own_staff import own_staff_posts
from .title_suffixes import trailing_status
from .titled_orgs import as_person, titled_name_entity
from .unplaced_countries import unplaced_countries
from .us_presidents import us_presidents
from .veterans import service_styles, veterans
from .titles import classify, is_service_rank

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..entities import EntityIndex

__all__ = ["classify", "extract_roles", "looks_like_holder_name", "persons_from_roles"]


def extract_roles(doc: "Doc", entities: "EntityIndex", *, context: ArticleContext | None = None) -> tuple[Role, ...]:
    """Find (person, office) pairs with the country or organisation served.

    Args:
        doc: A processed Doc of the article.
        entities: The index of the article's entities (:func:`pipeline.entities.extract_entities`).
        context: The article context (:func:`pipeline.context.build_context`, stored on the Doc by
            the ``newsie_context`` component); when not given, the Doc's own, else one built from
            the text alone (no publication date, dateline or publisher metadata).

    Returns:
        One role per person and office, ids ``R1``, ``R2``, ... in text order.
    """
    if context is None:
        stored = doc._.newsie_context if doc.has_extension("newsie_context") else None
        context = stored or build_context(doc, article=None, entities=entities.entities)
    cands = title_first_items(reader_for(doc, entities), find_candidates(  # "A, Director of X Affairs B": B's title
        doc, entities, headline=context.title, published=context.published))
    cands += elected_seats(reader_for(doc, entities))  # "She was elected to the Senate in 2003"
    cands += served_seats(reader_for(doc, entities))  # "He served four terms in the Idaho Senate"
    cands += ranking_members(reader_for(doc, entities))  # "Ranking Member X": a committee's senior minority member
    cands += agency_officials(reader_for(doc, entities))  # "Pentagon official X": a government body's official
    cands += respective_titles(reader_for(doc, entities))  # "the foreign ministers of A and B, X and Y"
    cands += body_verb_offices(reader_for(doc, entities))  # "X, who heads the FAA", "named X to head the central bank"
    cands += including_lists(reader_for(doc, entities))  # "finance ministers, including Britain's X and Germany's Y"
    cands = enlisted_ranks(reader_for(doc, entities), cands)  # "Marine Corps Lance Cpl. X": a grade, no command
    cands = successions(reader_for(doc, entities), cands)  # "A replaced B as finance minister"
    cands = served_principal_as(reader_for(doc, entities), cands)  # "X served President Y as Z": X is Z
    city_countries(reader_for(doc, entities), cands)  # "a government spokesman in Berlin, Jane Roe"
    cands += aide_appositions(doc, entities, cands)  # "X, the national security adviser to Prime Minister Y": X's post
    cands = served_principal(text(doc), cands, context.published)  # "Special Assistant to Secretary of State X": X's office is the inner one
    cands = not_head_of_state(text(doc), cands)  # "the President and Owner of Acme Holdings", "the President's Commission"
    cands = expand_lieutenant(text(doc), cands)  # "Lt. Gov. X" is a lieutenant governor, not "Lt"
    cands = expand_abbreviated_titles(text(doc), cands)  # "Atty. Gen. X", "Supt. X": the full titles
    cands = first_of_stacked_titles(cands)  # "Trade Representative Ambassador X": the first title is the office
    cands = chair_before_office(text(doc), cands)  # "African Union chair President of Senegal X": the national office
    cands = spoken_restarts(text(doc), cands)  # "the Attorney General — General Garland": a restarted title
    labels = label_spans(text(doc))
    if labels:
        # a transcript's "THE PRESIDENT:" is no title of the words after the colon; a label that
        # writes office and name ("SENATOR MENENDEZ:") names its holder
        cands = [c for c in cands if not any(lo <= (c.title_start if c.title_start >= 0 else c.start) < hi <= c.end
                                             for lo, hi in labels)]
        cands += label_offices(text(doc), entities, cands)  # "ACTING ADMINISTRATOR X:", "SURGEON GENERAL X:"
    extra, speakers = speaker_roles(doc, entities, cands, context)  # "I was a senator" in remarks and transcripts
    cands += extra
    mark_counterpart_titles(text(doc), cands)  # "her counterpart, Vice-Premier X": another government's
    cands = table_leader_names(text(doc), cands, context.published)  # "President Biden" joined to "Jill Biden"
    cands = descriptive_titles(cands, text(doc))  # "a great national leader", "the first president to ..."
    headline_glued_names(text(doc), cands, _headline_end(doc, context.title), context.published)  # "President X Marking Y"
    retired = service_styles(text(doc), cands)  # "Colonel X, United States Army, Retired": the service's country
    out = resolve(doc, entities, cands, context)
    counterpart_categories(out)  # "Secretary Austin ... his counterpart, X": the resolved holder's category
    out += apposed_plurals(text(doc), out)  # "three Deputy Directors, Deputy Assistants to the President A, B and C"
    perfect_tenures(text(doc), out, context.published)  # "Tony has been a great Secretary of State": holds it
    generic_body_countries(text(doc), out)  # "Sudan's army ... the army's spokesman, X": Sudan's, not the dateline's
    newly_elected(doc, out)  # "Newly elected President X will be sworn in": elect
    bloc_possessives(text(doc), out, entities.entities)  # "NATO ... the alliance's deputy secretary general, X"
    companion_countries(reader_for(doc, entities), out, cands, context)  # "Colombian Foreign Minister X, Ambassador Y"
    release_reader()  # the steps sharing it are done; it holds the Doc
    _speakers_country(out, speakers, text(doc))
    unplaced_countries(doc, out, entities)  # an excerpt's "Governor Moore" beside "Secretary Buttigieg" and "Maryland"
    place_line_officials(text(doc), out)  # "Chicago, IL" under the title of remarks: where they were given
    out = add_nominations(doc, entities, out, context)  # nomination lists, nominee headings, their biographies
    out = deceased_biographies(doc, entities, text(doc), out, same_office)  # "on the Passing of X ... X served as Y"
    out = trailing_status(out, text(doc))  # "United States Ambassador to France Nominee": nominee for Ambassador to France
    out = split_coordinated_offices(out, text(doc))  # "Ambassador to X and to Y": two offices
    out = shared_status_titles(text(doc), out)  # "former Governor and U.S. Senator X": both former
    out = fronted_as_tenure(doc, out)  # "As Mayor, she rebuilt the port" of a senator: a former office
    out = staff_posts(out)  # "Staff Director for the House Committee on X": the legislature's staff, no legislator
    out = seat_memberships(out)  # "an MP, who is a member of the Commons health committee": part of the seat
    out = home_careers(out, context.home_country)  # a home official's posts abroad lend no country to the others
    out = not_head_of_state(text(doc), out)  # the biographies' "President and Owner of X" too
    out = body_heads(doc, out)  # "Bundesbank President X", "FIFA President X": a body's, not a country's
    body = text(doc)
    state_offices(body, out)
    court_countries(body, out)  # "clerked for Judge X of the U.S. Tax Court": the court's nation
    eu_commissioners(body, out)  # "Trade Commissioner X" in a story on the EU, filed from Brussels
    national_un_ambassadors(body, out, context.home_country)  # "UN Ambassador X": a member state's envoy
    military_chiefs_of_staff(body, out)  # "chief of staff General X", "the army's chief of staff": a military staff's head
    police_ranks(body, out)  # "Lieutenant Supervisor for the Domestic Assault Unit" of a police department: no command
    caucus_chairs(body, out)  # "CBC Chair, X", "Democratic Caucus Chairman X": a member of the legislature
    sitting_member_chairs(body, out)  # "Chair Y" of a person also written "Senator Y": a committee's chair, a legislator
    state_attorneys_general(body, out, context.published)  # "Governor X of Ohio and Attorney General Y"
    past_leaders(out, context.published)  # "as President Roosevelt said" in a 2024 speech: a former president
    past_vice_presidents(out, context.published)  # "In 2011, Vice President Biden" in 2022: a former vice president
    out = appointed_by_past_presidents(body, out, context.published)  # "appointed by President Clinton to the Board"
    out = historic_offices(body, out, context.published)  # "More than 100 years ago, Colonel X wrote": former
    out = dated_as_offices(body, out, context.published)  # "Ten years ago, as a Senator, X wrote": former
    out = carry_deaths(body, out)  # "on the Passing of Senator X ... Senator X was": a former senator throughout
    veterans(body, out)  # "Sergeant X, a decorated World War Two veteran": a former rank
    service_styles(body, out, retired)  # (and its retirement: former)
    out = us_presidents(out, context.published)  # "Thank you, President Hollis" of a college: no US president
    out = addressed_presidents(body, out, context.published)  # "Thank you, President Johnson" of a society
    out = pre_presidency(out, context.published)  # "the office of Senator Joe Biden" in 2022: a seat he left
    next_nominees(body, out)  # "As our next Chief of Naval Operations, Admiral X will" in a nomination
    out = presidential_commands(body, out, context.published)  # "As Commander-in-Chief, I ...": the presidency
    out = own_staff_posts(out)  # "President X, head of the Office of the President, ...": a list's next item
    out = hypothetical_offices(body, out)  # "X would be an excellent Secretary General": a fit, not an office
    out = one_status_per_office(body, out, context.published)  # "retired General X ... as General X said": one status
    # "Kamala Harris as the next president", "a future prime minister": an office hoped or foreseen for
    # someone is no office held, elected to or nominated to; one a verb names someone to is ("named Jane
    # Roe as the next ambassador": a nominee). A career service's class written as a rank ("with the rank
    # of Minister-Counselor") and a post of a university, society or firm, whatever frame found them, are no public office.
    out = [c for c in out if (c.title_start <= 0 or c.status == "nominee"
                              or not _FUTURE_HOLDER.search(body, max(0, c.title_start - 24), c.title_start))
           and not is_service_rank(body, c.title_start, c.title) and not body_title(c.title)
           and not (private_body_post(c.title) and not government_corporation(c.title))
           and not officials_association_post(c.title, body[max(0, c.title_start):][len(c.title):len(c.title) + 60])
           and not corporate_post(c.title, c.organization, body[max(0, c.title_start):][len(c.title):len(c.title) + 90])
           and not company_owned(body, c.title_start)
           and not _HONOUR.search(c.title)  # "the Secretary of State Distinguished Service Award": an honour
           and not company_its(doc, c)  # "Toyota said its chairman, X": a company's post
           and not clergy_post(body, c)  # "Rev. X, Senior Minister, First Baptist Church": clergy
           and not private_kind_title(doc, body, c)  # "a union spokesman", "Jury president X": a private body's job
           and not private_employer(doc, entities, c)  # "Regional Director for Contoso Network"
           and not complement_head_holder(doc, c)]  # "Minister Counselor for Public | Diplomacy"
    head = _headline_end(doc, context.title)
    if head:
        # A Title Case headline makes office phrases of common words ("Sends Defence Secretary To
        # Seoul For Security Talks"): a headline role needs a holder the entities know or a full name.
        # A one-word name the office-holder table gives that office on the day is a holder
        # ("Statement by President Biden on ...": the NER often misses names in Title Case).
        out = [c for c in out if not (c.end <= head and c.person is None and len(c.name.split()) < 2
                                      and holder(c.name, c.role, context.published) is None)]
    return tuple(
        Role(id=f"R{i}", person=c.person.id if c.person else None, person_name=c.name, title=c.title,
             role=c.role, country=c.country, organization=c.organization, evidence=evidence(doc, c.start, c.end),
             status=c.status, since=c.since, until=c.until,
             country_source=c.country_source if c.country else None)
        for i, c in enumerate(out, 1)
    )


def persons_from_roles(entities: tuple[Entity, ...], roles: tuple[Role, ...],
                       doc: "Doc | None" = None) -> tuple[tuple[Entity, ...], tuple[Role, ...]]:
    """An office holder is a person even when the NER missed the name ("Prime Minister Han"):
    give each such role a PERSON entity, so persons and roles agree.

    A holder the entities already know by that name joins that entity. A holder that does not look
    like a personal name (:func:`looks_like_holder_name`: an office word, an abstract noun, a word
    the article writes in lower case, as in "U.S. Attorney Announcements") is no person: its role
    is dropped.

    Args:
        entities: The article's entities.
        roles: The roles found.
        doc: The Doc, when at hand: the words it writes in lower case are common words.

    Returns:
        The entities with the new PERSON entities appended (ids continue ``E<n+1>``) and the
        roles with their ``person`` set where a new entity was made.
    """
    if all(r.person is not None for r in roles):
        return entities, _countryless_leaders(roles)
    lower = lower_words(doc, alpha=True) if doc is not None else frozenset()
    entities = list(entities)
    known = {name_key(e.name): e for e in entities if e.label == "PERSON" and name_key(e.name)}
    by_name: dict[str, Entity] = {}
    out = []
    for role in roles:
        if role.person is not None:
            out.append(role)
            continue
        ev = role.evidence
        pos = _name_at(ev.text, role.person_name)
        if pos < 0:
            # the holder named in another sentence ("Kate Doyle ... As minister for defence she ..."): the entity of
            # that name, or of its formal form, when there is exactly one; unknown, it must look like a name
            same = known.get(name_key(role.person_name)) or _formal_entity(role.person_name, known)
            if same is not None or looks_like_holder_name(role.person_name, lower):
                out.append(dataclasses.replace(role, person=same.id) if same is not None else role)
            continue
        if doc is not None:
            role = _checked_holder(doc, role, pos, entities)
            if role is None:
                continue  # "Bowie" of "Bowie State University", a ship, a title alone: no person
        key = name_key(role.person_name)
        same = known.get(key)
        if same is None:
            # "Jaffe" known to the entities, "Ira F. Jaffe" read by the roles stage: one person,
            # under the fullest form written (annotation guide)
            old = part_entity(role.person_name, key, known)  # "Jaffe", or "Jen" of "Jen Easterly"
            if old is not None:
                same = dataclasses.replace(old, name=role.person_name, person_key=_person_key(role.person_name),
                                           mentions=tuple(sorted(old.mentions + (_mention(role),), key=lambda m: m.start)))
                entities[entities.index(old)] = same
                known = {k: (same if e is old else e) for k, e in known.items()}
                known[key] = same
        if same is None:
            # "Prince Abdulaziz", "President Xi": the one person of the article with that word
            # first or last in a fuller name; "Tamim bin Hamad": the one whose name it starts
            words = role.person_name.split()
            fits = {e.id: e for e in known.values() if len(e.name.split()) > len(words) and (
                e.name.split()[:len(words)] == words or len(words) == 1 and e.name.split()[-1] == words[0])}
            same = next(iter(fits.values())) if len(fits) == 1 else None
        same = same or (label_surname_entity(role.person_name, known) if role.person_name.isupper() else None)  # "AL THANI"
        if same is None:
            # a full name or a lone surname the entities stage took for a body or work: that entity becomes the person
            other = named_thing_holder(role.person_name, ev.start + pos, entities, _NAMED_THINGS | {"NORP"})
            if other is not None:
                same = dataclasses.replace(other, label="PERSON", country=None, geo=None, person_key=_person_key(other.name),
                                           mentions=tuple(sorted({*other.mentions, _mention(role)}, key=lambda m: m.start)))
                entities[entities.index(other)] = same
                known[key] = same
        if same is None and looks_like_holder_name(role.person_name, lower) and (
                titled := titled_name_entity(entities, role, _mention(role))) is not None:
            same = as_person(titled, role.person_name, _mention(role), _person_key(role.person_name))
            entities[entities.index(titled)] = same  # "National Security Advisor X" tagged ORG (:mod:`.titled_orgs`)
            known[key] = same
        if same is not None:
            out.append(dataclasses.replace(role, person=same.id))
            continue
        glued = _glued_entity(role.person_name, known)
        if glued is not None:
            out.append(dataclasses.replace(role, person=glued.id, person_name=glued.name))
            continue
        lead = _headline_lead(role, known, doc)
        if lead is not None:
            out.append(dataclasses.replace(role, person=lead[0].id, person_name=lead[1]))
            continue
        if not looks_like_holder_name(role.person_name, lower):
            continue
        mention = _mention(role)
        ent = by_name.get(role.person_name)
        if ent is None:
            ent = Entity(id=f"E{len(entities) + 1}", label="PERSON", name=role.person_name, country=None,
                         mentions=(mention,), person_key=_person_key(role.person_name))
            entities.append(ent)
            by_name[role.person_name] = ent
        out.append(dataclasses.replace(role, person=ent.id))
    return tuple(entities), _countryless_leaders(out)


def _countryless_leaders(roles) -> tuple[Role, ...]:
    """The roles less the heads of state or government no word of the text and no office-holder
    table gave a country: most head no state (the "President" of a college, union or society, a
    university's "Chancellor": "President Yoes; Auxiliary President Hennie"), and a country's
    leader is named with the country or known to the table. The holder stays a person."""
    return tuple(r for r in roles if not (r.role in _LEADER_ROLES and r.country is None and r.organization is None))


def _checked_holder(doc: "Doc", role: Role, pos: int, entities: list[Entity]) -> Role | None:
    """The role with its holder put through the entities stage's tests of a person's name
    (:func:`pipeline.entities.holders.holder_name`): None when the words name no person (or lie
    inside the name of a body, event or work the entities stage found, unless a given name
    starts them; a name of several words only when more of that name follows), the holder cut to the name when a title or headline word was read into it."""
    from ..entities.holders import holder_name  # the entities stage's own test, read lazily

    start = role.evidence.start + pos
    end = start + len(role.person_name)
    one_word = " " not in role.person_name.strip()
    if not is_given_name(role.person_name.split()[0].strip(".,")) and any(e.label in _NAMED_THINGS and any(
            m.start <= start and end <= m.end and (one_word or end < m.end) for m in e.mentions) for e in entities) \
            and misread_surname(role.person_name, start, end, entities) is None:  # "Senators A and Sinema" (ORG)
        return None  # "Analysis" of "the Office of Africa Analysis": the entities stage read a body there
    stored = doc._.newsie_context if doc.has_extension("newsie_context") else None
    at = role.evidence.text.find(role.title)
    office = (role.evidence.start + at, role.evidence.start + at + len(role.title)) if at >= 0 and role.title else None
    found = holder_name(doc, start, end, title=stored.title if stored else None, office=office)
    if found is None or found[0] >= found[1]:
        return None
    if found == (start, start + len(role.person_name)):
        return role
    if found[0] < role.evidence.start <= found[1] <= role.evidence.end:
        # the name begins before the evidence ("Taylor-Kale" read as "-Kale"): the evidence grows to it
        return dataclasses.replace(role, person_name=raw_text(doc)[found[0]:found[1]],
                                   evidence=Span.of(raw_text(doc), found[0], role.evidence.end))
    name = role.evidence.text[found[0] - role.evidence.start:found[1] - role.evidence.start]
    if not any(ch.isalpha() for ch in name):
        return None  # the cut leaves no name ("-Kale" of a hyphenated surname cut at its hyphen)
    return dataclasses.replace(role, person_name=name) if name in role.person_name else role


def _person_key(name: str) -> str | None:
    from ..entities import person_key  # the entities stage's key, read lazily
    return person_key(name)


def _glued_entity(name: str, known: dict) -> Entity | None:
    """The PERSON entity whose full name ends ``name`` after words that are no given name: a
    heading or title word the roles stage read into the holder ("Engagement Cedric Okoro",
    "Rev. Ana Lucas") where the entities stage has the name alone; else None. A leading given
    name ("Mary Ann Lucas" against "Ann Lucas") is a fuller name, not a glued word."""
    words = name.split()
    for n in range(1, len(words) - 1):
        same = known.get(name_key(" ".join(words[n:])))
        if same is not None and same.name == " ".join(words[n:]):
            return None if any(is_given_name(w.strip(".,")) for w in words[:n]) else same
    return None


def _headline_lead(role: Role, known: dict, doc: "Doc | None") -> tuple[Entity, str] | None:
    """In the title line, the PERSON entity the holder's first words name, with those words:
    a Title Case headline glues its verb and object to the name ("President Trump Announces
    Appointments ..." beside "Donald J. Trump" in the body); else None. The first words are the
    entity's whole name, or the last word of exactly one entity's name."""
    words = role.person_name.split()
    if doc is None or len(words) < 2 or not all(w[:1].isupper() for w in words):
        return None
    line_end = raw_text(doc).find("\n")
    if line_end < 0 or role.evidence.start >= line_end:
        return None
    for n in range(len(words) - 1, 0, -1):
        lead = " ".join(words[:n])
        if any(is_given_name(w) for w in words[n:]):
            return None
        same = known.get(name_key(lead))
        if same is None and n == 1:
            fits = {e.id: e for e in known.values() if e.name.split()[-1] == lead}
            same = next(iter(fits.values())) if len(fits) == 1 else None
        if same is not None:
            return same, lead
    return None


def _formal_entity(name: str, known: dict) -> Entity | None:
    """The one PERSON entity with the same surname whose first name ``name``'s may stand for
    ("Kate Doe" -> "Catherine M. Doe"), else None."""
    words = name.split()
    if len(words) != 2:
        return None
    fits = {e.id: e for e in known.values()
            if len(e.name.split()) >= 2 and e.name.split()[-1] == words[1] and first_names_match(words[0], e.name.split()[0])}
    return next(iter(fits.values())) if len(fits) == 1 else None


def _speakers_country(out: list, speakers: list[tuple], body: str = "") -> None:
    """Remarks or a transcript of officials of one government ("Remarks by President Biden ...")
    that names no seat of government: the officials it leaves without a country serve the
    speakers' government, as a statement's serve its publisher's ("Speaker Johnson" in the
    President's remarks)."""
    if not speakers:
        return
    ids = {p.id for p, _ in speakers if p is not None}
    names = {n for p, n in speakers if p is None}
    codes = {c.country for c in out if c.country and c.status == "current"
             and (c.person is not None and c.person.id in ids or c.person is None and c.name in names)}
    if len(codes) != 1:
        return
    code = codes.pop()
    for c in out:
        # a minister in a White House statement is not the speakers' (``not_home``)
        if c.country is None and c.organization is None and not c.counterpart and not cannot_be_home(c, code):
            c.country, c.country_source = code, "publisher"
        elif c.country_source in ("dateline", "publisher") and c.country != code and not c.counterpart \
                and _MY_OFFICIAL.search(body, max(0, c.title_start - 6), max(0, c.title_start)):
            c.country, c.country_source = code, "publisher"  # "David Roe, my ambassador" said in Germany


# Labels of named things that are not people and hold no people's names inside (a GPE or NORP
# may be a surname the gazetteer took for a country: "Representative Jordan").
_NAMED_THINGS = frozenset({"ORG", "FAC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT", "LOC"})
_LEADER_ROLES = frozenset({"head_of_state", "head_of_government"})
_MY_OFFICIAL = re.compile(r"\b(?:my|our)\s+$")  # the speakers' own official ("my ambassador")
_HONOUR = re.compile(r"^(?!.*\b(?:Commission|Board|Council|Committee)\s+(?:on|for)\s).*\b(?:Awards?|Prizes?|Medals?|Fellowships?|Scholarships?|Hall\s+of\s+Fame)$", re.IGNORECASE)
"""A title ending in an honour's noun names the honour ("X Distinguished Service Award", "a member of the X
Hall of Fame"), unless a body is named for it."""
_FUTURE_HOLDER = re.compile(r"\b(?:the|a|our|your|their|his|her)\s+(?:next|future|would-be|prospective)\s+$", re.IGNORECASE)


# The parser reads a Unicode space, a line break or a tab between a name's words as one space
# (pipeline.textnorm), so the name the stage read may be written with any of them in the evidence.
_ONE_SPACE = str.maketrans({c: " " for c in UNICODE_SPACES + "\n\t"})


def _name_at(evidence_text: str, name: str) -> int:
    """Where ``name`` starts in the evidence text, a one-character break between words counting as
    its space ("Sauli\u00a0Niinistö"); -1 when it is not there."""
    pos = evidence_text.find(name)
    return pos if pos >= 0 else evidence_text.translate(_ONE_SPACE).find(name)


def _mention(role: Role) -> Span:
    """The holder's name in a role's evidence, as a mention (the name is in the evidence)."""
    ev = role.evidence
    pos = _name_at(ev.text, role.person_name)
    end = pos + len(role.person_name)
    return Span(start=ev.start + pos, end=ev.start + end, text=ev.text[pos:end])


def _headline_end(doc: "Doc", title: str | None) -> int:
    """End (in ``doc.text``) of the title line when the text starts with the title, else 0."""
    if not title:
        return 0
    first = title.split("\n")[0].strip()
    body = text(doc)
    if not first or not body.startswith(first[:20]):
        return 0
    nl = body.find("\n")
    return nl if nl > 0 else 0
