"""Roles stage: who holds (held, is nominated to) which office, for which country or organisation.

The stage reads the Doc, the article's entities and the article context, and returns typed
:class:`~pipeline.records.Role` records:

- :mod:`.titles` finds office titles and their category from the office ontology
  (:mod:`pipeline.knowledge.offices`);
- :mod:`.linking` links each title to the person holding it;
- :mod:`.status` reads whether the office is held now, was held, is nominated to, elected to
  or held in an acting capacity, and the years;
- :mod:`.resolver` ranks the explicit sources of the country served and records which decided;
- :mod:`.speakers` reads transcripts and signed texts: the offices a speaker states in the first
  person ("I was a United States senator"), resolved through the turn labels ("MS. OLSEN:") or
  the title ("Remarks by President Biden ..."), and "NAME as TITLE";
- :mod:`.nomination_merge` adds the nomination forms (:mod:`.nominations`), the nominees'
  biographies (:mod:`.nomination_bios`) and the members listed in a delegation's announcement
  (:mod:`.delegations`).

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
from ..knowledge.offices import ORG_LAST_WORDS, load_offices
from ..names import first_names_match, is_given_name, name_key
from ..nlp import evidence, text
from .linking import find_candidates
from .nomination_bios import private_body_post
from .nomination_merge import add_nominations
from .reader import release_reader
from .resolver import holder, resolve
from .speakers import label_spans, speaker_roles
from .state_offices import state_offices
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
    cands = find_candidates(doc, entities, headline=context.title, published=context.published)
    labels = label_spans(text(doc))
    if labels:
        # a transcript's "THE PRESIDENT:" is no title of the words after the colon; a label that
        # writes office and name ("SENATOR MENENDEZ:") names its holder
        cands = [c for c in cands if not any(lo <= (c.title_start if c.title_start >= 0 else c.start) < hi <= c.end
                                             for lo, hi in labels)]
    extra, speakers = speaker_roles(doc, entities, cands, context)  # "I was a senator" in remarks and transcripts
    cands += extra
    out = resolve(doc, entities, cands, context)
    release_reader()  # the steps sharing it are done; it holds the Doc
    _speakers_country(out, speakers)
    out = add_nominations(doc, entities, out, context)  # nomination lists, nominee headings, their biographies
    body = text(doc)
    state_offices(body, out)
    # "Kamala Harris as the next president", "a future prime minister": an office hoped or
    # foreseen for someone is no office held, elected to or nominated to; one a verb names someone
    # to is ("named Jane Roe as the next ambassador": a nominee). A career service's class written as a
    # rank ("with the rank of Minister-Counselor") and a post of a university, society or firm, whatever
    # frame found them, are no public office.
    out = [c for c in out if (c.title_start <= 0 or c.status == "nominee"
                              or not _FUTURE_HOLDER.search(body, max(0, c.title_start - 24), c.title_start))
           and not is_service_rank(body, c.title_start, c.title) and not private_body_post(c.title)]
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
        return entities, roles
    lower = frozenset(t.lower_ for t in doc if t.is_lower and t.is_alpha) if doc is not None else frozenset()
    entities = list(entities)
    known = {name_key(e.name): e for e in entities if e.label == "PERSON" and name_key(e.name)}
    by_name: dict[str, Entity] = {}
    out = []
    for role in roles:
        if role.person is not None:
            out.append(role)
            continue
        ev = role.evidence
        pos = ev.text.find(role.person_name)
        if pos < 0:
            # the holder named in another sentence ("Kate Doyle ... As minister for defence
            # she ..."): the entity of that name, or of its formal form, when there is exactly one
            same = known.get(name_key(role.person_name)) or _formal_entity(role.person_name, known)
            out.append(dataclasses.replace(role, person=same.id) if same is not None else role)
            continue
        key = name_key(role.person_name)
        same = known.get(key)
        if same is None:
            # "Jaffe" known to the entities, "Ira F. Jaffe" read by the roles stage: one person,
            # under the fullest form written (annotation guide)
            surname = role.person_name.replace(",", " ").split()[-1]
            part = [e for k, e in known.items() if k < key and e.name == surname]
            if len(part) == 1 and len({e.id for e in part}) == 1:
                old = part[0]
                same = dataclasses.replace(old, name=role.person_name,
                                           mentions=tuple(sorted(old.mentions + (_mention(role),), key=lambda m: m.start)))
                entities[entities.index(old)] = same
                known = {k: (same if e is old else e) for k, e in known.items()}
                known[key] = same
        if same is not None:
            out.append(dataclasses.replace(role, person=same.id))
            continue
        glued = _glued_entity(role.person_name, known)
        if glued is not None:
            out.append(dataclasses.replace(role, person=glued.id, person_name=glued.name))
            continue
        if not looks_like_holder_name(role.person_name, lower):
            continue
        mention = _mention(role)
        ent = by_name.get(role.person_name)
        if ent is None:
            ent = Entity(id=f"E{len(entities) + 1}", label="PERSON", name=role.person_name, country=None,
                         mentions=(mention,))
            entities.append(ent)
            by_name[role.person_name] = ent
        out.append(dataclasses.replace(role, person=ent.id))
    return tuple(entities), tuple(out)


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


def _formal_entity(name: str, known: dict) -> Entity | None:
    """The one PERSON entity with the same surname whose first name ``name``'s may stand for
    ("Kate Doe" -> "Catherine M. Doe"), else None."""
    words = name.split()
    if len(words) != 2:
        return None
    fits = {e.id: e for e in known.values()
            if len(e.name.split()) >= 2 and e.name.split()[-1] == words[1] and first_names_match(words[0], e.name.split()[0])}
    return next(iter(fits.values())) if len(fits) == 1 else None


def _speakers_country(out: list, speakers: list[tuple]) -> None:
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
        if c.country is None and c.organization is None and not c.counterpart:
            c.country, c.country_source = code, "publisher"


_FUTURE_HOLDER = re.compile(r"\b(?:the|a|our|your|their|his|her)\s+(?:next|future)\s+$", re.IGNORECASE)


def _mention(role: Role) -> Span:
    """The holder's name in a role's evidence, as a mention (the name is in the evidence)."""
    ev = role.evidence
    pos = ev.text.find(role.person_name)
    return Span(start=ev.start + pos, end=ev.start + pos + len(role.person_name), text=role.person_name)


# Derivational endings of English abstract and collective nouns ("Announcements", "Regulations",
# "Partnership", "Readiness"): no surname or given name ends so ("-ings" and "-ence" do: Jennings,
# Lawrence, so they are not here).
_ABSTRACT_NOUN = re.compile(r"(?:ments?|tions?|sions?|ness|nesses|ities|ships?|isms?|ures)$", re.IGNORECASE)


def looks_like_holder_name(name: str, lower_words: frozenset[str] = frozenset()) -> bool:
    """Whether a holder name the roles stage read (not the NER) looks like a personal name.

    Each word must be capitalised; a one-word name must not be an office, status or body word of
    the office ontology ("Nominee", "Coalition", "Order"), an abstract noun ("Announcements"), or
    a word of more than three letters the article also writes in lower case ("Loopholes" in a
    Title Case heading, "loopholes" in the text).

    Args:
        name: The holder's name as written.
        lower_words: The words the article writes in lower case.
    """
    words = [w for w in re.findall(r"[^\s,]+", name) if w.strip(".")]
    if not words or any(not w[:1].isupper() for w in words if w.lower() not in _PARTICLES):
        return False
    off = load_offices()
    vocab = off.heads | off.modifiers | off.gov_body_words | frozenset(off.status_words) | ORG_LAST_WORDS | _DOCUMENT_WORDS
    content = [w.lower().strip(".’'") for w in words if w.lower() not in _PARTICLES]
    if content and all(w in vocab or w.rstrip("s") in vocab for w in content):
        return False  # "Executive Order", "Nominee", "Deputy Secretaries"
    if len(content) == 1:
        w = content[0]
        return not (_ABSTRACT_NOUN.search(w) or len(w) > 3 and w in lower_words)
    return True


# Kinds of official documents, which a heading writes after an office ("Presidential Executive
# Order", "Secretary Statement"): words of a heading, not names.
_DOCUMENT_WORDS = frozenset({"order", "orders", "executive", "act", "bill", "statement", "statements", "memorandum",
                             "proclamation", "readout", "remarks", "letter", "message", "release", "briefing", "sheet"})
_PARTICLES = frozenset({"de", "da", "del", "der", "van", "von", "bin", "al", "el", "la", "le", "di", "du", "dos", "das"})


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
