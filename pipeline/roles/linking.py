"""Linking titles to people: which person holds the office a title names.

The forms English news uses:

- a title before the name: "French Defence Minister Sebastien Lecornu", "ROK National Security
  Advisor Cho Tae-yong", "NATO Secretary General Jens Stoltenberg", "Gen. Mark Milley";
- a name followed by "of COUNTRY/ORG": "President Yoon Suk Yeol of the Republic of Korea";
- an apposition after the name: "Lloyd Austin, the US Secretary of Defense";
- the signature of a statement whose headline names the office ("Statement by the President").

"His Chinese counterpart Wang Yi" gives Wang Yi the office category of the nearest earlier
office holder and the country written with "counterpart". A head word inside a company name is
not a title ("General Dynamics"), nor one inside a person's name after its first word ("Martin
Luther King").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..records import Entity
from .orgkinds import member_of_institution
from .title_tails import title_word_before_name
from .reader import POSSESSIVE, WS, Candidate, Reader, person_key, reader_for, same_person
from ..nlp import text as text_of
from .body_names import cut_body_name, private_where, title_fragment
from .agency_prefixed_titles import office_after_body
from .commands import commands
from .io_posts import commission_style_org
from .plural_titles import plural_principals, plural_title_lists
from .postings import past_complement, past_posting_city
from .signatures import resolve_counterparts, signature_role
from .clauses import APPOINT_VERBS, address_form, as_clause_subject, clause_link, name_range, under_principal
from .lists import (list_names, next_entry, parallel_item, plural_start, postings_after, singular_title,
                    subject_of_next_verb, title_name_list)
from .status import died, frame_status, status_of, term_after, verb_status, years
from .title_lists import ends_with_title_name, inside_principal
from .name_search import name_after, name_before
from .titles import (body_acronym, chunk, classify, company_post_after, company_title, institution_hint,
                     post_of, split_title)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..entities import EntityIndex

_HOLD_VERBS = frozenset({"serve", "be", "remain", "act", "work", "become"})
"""Verbs of holding an office: their past tense ends an acting term too ("was Acting Director")."""
_NOT_NAME = re.compile(r"[\[\]()<>{}/@|]")


def find_candidates(doc: "Doc", entities: "EntityIndex", *, headline: str | None = None,
                    published: str | None = None) -> list[Candidate]:
    """Every (person, title) the text links, in text order, before de-duplication.

    Args:
        doc: The processed Doc.
        entities: The index of the article's entities.
        headline: The article's title, for a statement signed by the office it names.
        published: The publication date, for a status read from years ("nominated in 2004").
    """
    rd = reader_for(doc, entities)
    cands: list[Candidate] = []
    covered_until = -1
    for i in rd.head_tokens():
        tok = doc[i]
        if i < covered_until or not rd.is_head(tok) or rd.is_person(tok):
            continue
        sent = rd.block(tok)
        start, end = chunk(rd, tok, sent)
        end = plural_principals(rd, start, end) or end  # "Director for Senators A and B": A and B are senators
        covered_until = end
        if end <= start or not any(rd.is_head(t) for t in doc[start:end]):
            continue
        name = None if _named_before(rd, start) else name_after(rd, past_complement(rd, past_posting_city(rd, end, sent[1]), sent[1]), sent[1])
        if name is not None and _holder_before_comma(rd, start, end, name):
            name = None  # "Jane Roe, Director, Border Policy, Department of X": the office's field, no name
        if name is not None and name[0] == end and (n := title_word_before_name(rd, name)):
            end, name, covered_until = end + n, (name[0] + n, name[1]), end + n  # "Office of Public Engagement Jane Roe"
        if name is not None and end == start + 1 and tok.lower_ == "head":
            name = None  # "programs like Head Start": a bare "Head" is written before no one's name
        if name is not None and end < sent[1] and doc[end].text == "," and address_form(rd, start, end):
            name = None  # "Mr. President, Dana's question ...": the one addressed, not the name after the comma
        if name is not None and end < sent[1] and doc[end].text == "," and as_clause_subject(rd, start):
            name = None  # "when I served as Vice President, Sarah was ...": the subject's, not Sarah's
        if name is not None and next_entry(rd, name, start, sent, name_before) \
                and not title_name_list(rd, cands, start, sent, name_before) and not ends_with_title_name(rd, name[1], sent):
            name = None  # "A, Deputy Assistant to the President B, Special Assistant ...": B's title follows B
        if name is not None and parallel_item(rd, start, end, name, sent):
            name = None  # "A to serve as Chair, B to serve as Vice Chair": B is the next item's
        post = None
        verb = None
        plural = plural_start(rd, start) if name is not None else None
        if plural is not None:
            names = list_names(rd, name, sent[1], name_after)
            if len(names) >= 2:  # "Deputy Assistants to the President A, B, and C": each holds one
                for one in names:
                    k0 = len(cands)
                    _add(rd, cands, (one, plural, one[1], None, None), plural, end, None, published)
                    for c in cands[k0:]:
                        c.title = singular_title(rd, c.title)
                        c.role = classify(c.title, c.organization, c.country)
                covered_until = max(covered_until, names[-1][1])
                continue
        if name is not None:
            ev_start, ev_end = start, name[1]
            post = post_of(rd, name[1], sent[1])
            if post is not None:
                ev_end = post[1]
            inner = _inner_title(rd, start, end)
            if inner is not None:  # "Special Assistant to President Clinton": Clinton is President
                _add(rd, cands, None, start, inner - 1, None, published)
                start = ev_start = inner
        else:
            if address_form(rd, start, end):
                continue  # "(Inaudible), Mr. President.": the speaker addresses another holder
            name = name_before(rd, start, sent[0]) if not (end < sent[1] and doc[end].text in POSSESSIVE
                                                           or subject_of_next_verb(doc, start, end, sent)) else None
            if name is not None:  # ("A, President's Commission on ...": the office owns the body, A holds neither)
                ev_start, ev_end = name[0], end
            else:
                link = _before_link(rd, start) if _named_before(rd, start) else clause_link(rd, start, end)
                if link is None:
                    continue
                name, verb, ev_start = link
                ev_end = max(name[1], end) if name[0] >= ev_start else end
        link_ = (name, ev_start, ev_end, post, verb)
        if company_title(split_title(rd, start, end, post), doc[end:end + 12].text):  # "President and CEO of ..."
            covered_until = max(covered_until, name[1])
            continue
        for sub_start, sub_end in _coordinated(rd, start, end):
            if sub_end != end and _held_by_other(rd, cands, sub_start, sub_end, name):
                continue  # "the Vice President and Prime Minister Marape": the first is another person
            if not _add(rd, cands, link_, sub_start, sub_end, post if sub_end == end else None, published,
                        outer=start):
                covered_until = max(covered_until, name[1], post[1] if post else 0)
                break
        covered_until = max(covered_until, name[1], post[1] if post else 0) if verb is None else covered_until
    for c in plural_title_lists(rd, name_after, _add, published, [(c.start, c.end) for c in cands]):
        k = next((i for i, o in enumerate(cands) if o.start > c.start), len(cands))
        cands.insert(k, c)  # "Senators A and B": each a senator
    for c in commands(rd, _person):
        k = next((i for i, o in enumerate(cands) if o.start > c.start), len(cands))
        cands.insert(k, c)
    signed = signature_role(rd, headline, published)
    if signed is not None and not (signed.country_source == "office_holder" and any(c.person is signed.person for c in cands)):
        cands.append(signed)  # (an office read from the table only for a signer the text gives none)
    return resolve_counterparts(cands)


def _add(rd: Reader, cands: list[Candidate], link: tuple | None, start: int, end: int,
         post: tuple[int, int] | None, published: str | None, outer: int | None = None) -> bool:
    """Make the candidate of title tokens [start, end) for a link (name range, evidence range,
    "of ..." phrase, governing verb), or for the clause's holder when ``link`` is None; ``outer``
    is the start of the coordinated titles it is part of ("Nominee to be Member and Chair of ...":
    the status written before the first holds for all).
    Returns False for a company officer (no public office)."""
    doc = rd.doc
    if link is None:
        found = clause_link(rd, start, end)
        if found is None:
            return True
        name, verb, ev_start = found
        link = (name, ev_start, max(name[1], end) if name[0] >= ev_start else end, None, verb)
    name, ev_start, ev_end, _, verb = link
    person, pname = _person(rd, name)
    title, country, org, company = split_title(rd, start, end, post)
    if not title or not any(ch.isalpha() for ch in pname):
        return True
    if company or company_title((title, country, org, company), doc[end:end + 12].text) or company_post_after(rd, end):
        return False  # a company's, union's or armed group's officer: not a government office
    words = title.lower().split()
    if words[0] in rd.off.gov_body_words and words[0] not in rd.off.heads and len(words) > 1 and words[1] == "of" \
            and words[-1] not in rd.off.heads and not office_after_body(words, rd.off.heads, rd.off.connectors):
        # "the Office of the Secretary of Defense", "Department of State": a body, not an office ("Council of
        # Economic Advisers Chair", "Department of State Acting Assistant Secretary for X Affairs": its office)
        return True
    if len(words) > 1 and words[0].endswith(("'s", "’s")) and words[0][:-2] in rd.off.heads \
            and words[1] in rd.off.gov_body_words and words[-1] not in rd.off.heads:
        return True  # "President's Council of Advisors on Science": a body the office owns, no office
    if len(words) == 2 and words[0] in ("general", "gen.") and words[1] in rd.off.gov_body_words:
        return True  # "the General Assembly", "the General Staff": a body, not a general
    role = classify(title, org, country)
    if title.split()[0].lower() == "members":  # a plural list's title, read in the singular
        role = classify("Member" + title[len("members"):], org, country)
    if role != "legislator" and title.split()[0].lower() in ("member", "members") \
            and not rd.off.is_unit_name(title.lower().split()) and not member_of_institution(title):
        # a member of a service or society holds no office of its own; a legislator does, and so
        # does a member of a public board or commission ("Member of the Federal Maritime Commission")
        return True
    if len(words) == 1 and title_fragment(rd, end, rd.sentence(start)[1]):
        return True  # "Chief | Sustainability Officer": the first word of a longer title
    if cut_body_name(doc, start, end, title, role) \
            or private_where(text_of(doc)[doc[start].sent.start_char:doc[start].idx]):
        # "a member of the American Law Institute", "President of the American Bar Association",
        # "a Partner at Acme LLP, where he is Vice Chair of X": a private body's post
        return True
    org = org or (None if country else commission_style_org(title))  # "Commission President X"
    country = country or (None if org else rd.off.title_country(title))
    text = text_of(doc)
    lo, hi = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
    s_start, s_end = rd.sentence(start)
    last = doc[s_end - 1]
    since, until = years(text, lo, hi, (doc[s_start].idx, last.idx + len(last.text)))
    if verb is not None and verb.pos_ not in ("VERB", "AUX"):
        verb = _appointing_verb(verb)  # "nominate A for X, and Michael Brown for Y": the name's verb
    status = status_of(doc, start, end) or (
        status_of(doc, outer, end) if outer is not None and outer < start else None) or (
        verb_status(verb, published=published, clause_years=(since, until)) if verb is not None
        and verb.pos_ in ("VERB", "AUX") else None) or (
        frame_status(doc, start, end, published) if verb is None else None) or "current"
    if status == "acting" and verb is not None and verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in _HOLD_VERBS \
            and verb_status(verb, published=published, clause_years=(since, until)) == "former":
        status = "former"  # "was Acting Deputy Director", "served as acting chair": an acting term that ended
    if status == "current" and verb is not None and verb.lemma_.lower() in APPOINT_VERBS and _next_before(doc, start):
        status = "nominee"  # "named Jane Roe as the next ambassador to Chile": chosen, not yet in office
    if (verb is not None or term_after(text, hi)) and status == "current" and until and until[:4] < (published or "")[:4]:
        status = "former"  # "As deputy defence minister from 2004 to 2006, Grant ...", "X, envoy from 2004 to 2006,"
    if status == "current" and (died(doc, name) or name[0] == end + 2 and doc[end].text == ","
                                and doc[end + 1].lower_ == "then"):
        status = "former"  # "Prime Minister X was assassinated": the holder has died; "the President, then X,"
    if verb is None and status == "current":
        since = until = None  # "Gen. X, ... later served as ambassador from 2004": not the rank's years
    # "has served as ambassador on three occasions - to Chile, Norway and Kenya": one posting each
    posts = postings_after(rd, end, s_end) if role == "ambassador" and " to " not in f" {title.lower()} " else []
    for t in [f"{title} to {p}" for p in posts] or [title]:
        cands.append(Candidate(
            start=doc[ev_start].idx, end=doc[ev_end - 1].idx + len(doc[ev_end - 1].text),
            person=person, name=pname, title=t, role=role,
            country=None if org and not country else country, organization=org if not country else None,
            hint=institution_hint(title), title_start=lo, country_source="title" if country else None,
            status=status, since=since, until=until,
        ))
    return True


# Words before a title that put its tenure after an appointment ("the next ambassador"; "its new envoy" is not: "new" is also said of an office taken up the day it is announced).
_NEXT = frozenset({"next", "future"})
# A head of state's bare title after "the" names the one office holder the text speaks of (its own
# President); coordinated before another's title and name it is a second person, never a title the
# named one also holds ("the President and Prime Minister Sunak", "the Vice President and President Yoon").
_BACK_REFERENCE_TITLES = frozenset({"president", "vice president"})


def _next_before(doc: "Doc", start: int) -> bool:
    """Whether "next" is written before the title at ``start``, across a determiner, a possessive
    or a country ("as Australia's next high commissioner", "as the next U.S. ambassador")."""
    for i in range(start - 1, max(start - 5, -1), -1):
        tok = doc[i]
        if tok.lower_ in _NEXT:
            return True
        if not (tok.lower_ in ("the", "a", "an", "his", "her", "its", "their", "'s", "’s") or tok.ent_type_ in ("GPE", "NORP")):
            return False
    return False


def _holder_before_comma(rd: Reader, start: int, end: int, name: tuple[int, int]) -> bool:
    """Whether the title [start, end) is written "NAME, TITLE, WORDS" and the capitalised words
    after its comma are no name the NER knows: in a participant list ("Jane Roe, Director, Border
    and Immigration Policy, Department of X") the words after the title name its field or body,
    and the holder is the person before it.

    Args:
        rd: The roles reader of the Doc.
        start: The title's first token.
        end: The token after the title.
        name: The token range :func:`name_after` read after the title.

    Returns:
        True when the name after the title should be dropped for the one before it.
    """
    doc = rd.doc
    return (start >= 2 and end < len(doc) and doc[end].text == "," and name[0] > end
            and not rd.is_person(doc[name[0]]) and doc[start - 1].text == "," and rd.is_person(doc[start - 2]))


def _named_before(rd: Reader, start: int) -> bool:
    """Whether the title starting at ``start`` is written "NAME for/as TITLE" ("to nominate Jane
    Roe for Assistant Secretary of the Navy, Paul Grant for ..."): the name after it belongs to
    the next item of the list, not to this title."""
    doc = rd.doc
    return start >= 2 and doc[start - 1].lower_ in ("for", "as") and rd.is_person(doc[start - 2]) and not under_principal(rd, doc[start - 2])


def _before_link(rd: Reader, start: int) -> tuple[tuple[int, int], "Token", int]:
    """The link of a "NAME for/as TITLE" title: the name's range, its last token (the linking
    token, through which :func:`_appointing_verb` finds "nominate"), the evidence start."""
    tok = rd.doc[start - 2]
    name = name_range(rd, tok)
    return name, tok, name[0]


def _appointing_verb(tok: "Token") -> "Token | None":
    """The nominating or appointing verb whose object (or one of whose coordinated objects) is
    the name token ``tok`` ("intends to nominate A for X, B for Y, and Michael Brown for Z"), else None."""
    for _ in range(6):
        if tok.dep_ not in ("conj", "appos", "dobj", "compound", "flat") or tok.head.i == tok.i:
            return None
        dep, tok = tok.dep_, tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok if dep == "dobj" and tok.lemma_.lower() in APPOINT_VERBS else None
    return None


def _inner_title(rd: Reader, start: int, end: int) -> int | None:
    """Start of the title of the person named after a title of the form "X to <office>"
    ("Special Assistant to President"), when both sides name an office; else None."""
    doc = rd.doc
    for k in range(start + 1, end - 1):
        # the left side is a title of its own ("Special Assistant", "Secretary of the Treasury")
        if doc[k].lower_ not in ("to", "for") or not any(rd.is_vocab(t) for t in doc[start:k]):
            continue
        s = k + 1
        if doc[s].lower_ == "the":
            continue  # "Deputy Assistant to the President Sam Ortiz": the office served, not Ortiz's
        # "for President Obama", "to U.S. Congressman Mark Green", "to Federal Republic of Germany
        # Chancellor X": an office (and its country) between the preposition and the name; "Minister
        # for Foreign Affairs" ends in no head word
        if doc[s].text[:1].isupper() and rd.is_head(doc[end - 1]) and all(
                rd.is_head(t) or rd.place(t) is not None and rd.place(t)[0] == "country" for t in doc[s:end]):
            return s
        # an office with its modifiers and body words ("to Vice President", "to Senate Majority
        # Leader") and what it is "of" ("to Secretary of State", "to Chairman of the Joint Chiefs of
        # Staff"; the word before "of" an office, not a state's "Republic of")
        of = next((j for j in range(s + 1, end) if doc[j].lower_ == "of"), end)
        if doc[s].text[:1].isupper() and rd.is_head(doc[of - 1]) and (of == end or doc[of - 1].lower_ not in rd.off.gov_body_words) and all(
                rd.is_vocab(t) or t.lower_ in rd.off.gov_body_words
                or rd.place(t) is not None and rd.place(t)[0] == "country" for t in doc[s:of]) \
                and (of == end or doc[end - 1].is_title and all(
                    t.is_title or t.lower_ in rd.off.connectors for t in doc[of + 1:end])):
            return s
    return None


def _coordinated(rd: Reader, start: int, end: int) -> list[tuple[int, int]]:
    """Split "Senior Advisor and Deputy Assistant Secretary" into its offices: at an "and" or
    comma with a head word on both sides and a capitalised or office word after it; "Minister
    for Foreign Affairs and Trade" stays one office."""
    doc = rd.doc
    parts: list[tuple[int, int]] = []
    s = start
    for k in range(start + 1, end - 1):
        if doc[k].lower_ not in ("and", ",", "&", "/"):  # "Deputy Prime Minister/Foreign Minister X": two offices
            continue
        left, right = doc[s:k], doc[k + 1:end]
        nxt = k + 1
        while nxt < end and doc[nxt].lower_ in ("and", ","):
            nxt += 1
        right = doc[nxt:end]
        if any(map(rd.is_head, left)) and (_starts_office(rd, right) or body_acronym(rd, doc, nxt)) and not inside_principal(rd, left):
            parts.append((s, k))
            s = nxt
    parts.append((s, end))
    return parts


def _held_by_other(rd: Reader, cands: list[Candidate], start: int, end: int, name: tuple[int, int]) -> bool:
    """Whether the first of coordinated titles refers back to someone already named with it:
    "Vice President Harris ... The Vice President and Prime Minister Marape discussed ..." names
    two people, so "Vice President" is not Marape's (a person's own titles are written without
    a repeated reference: "Deputy Prime Minister and Foreign Minister Yang")."""
    doc = rd.doc
    if start == 0 or doc[start - 1].lower_ != "the":
        return False
    written = WS.sub(" ", doc[start:end].text).lower()
    if written in _BACK_REFERENCE_TITLES:
        return True  # "the President and Prime Minister Sunak met": the President is the publisher's own
    pname = WS.sub(" ", doc[name[0]:name[1]].text)
    return any(c.title.lower() == written and not same_person(c, Candidate(
        start=0, end=0, person=None, name=pname, title="", role="", country=None, organization=None))
        for c in cands)


def _starts_office(rd: Reader, toks) -> bool:
    """Whether tokens begin a title of their own: office words up to a head word."""
    for t in toks:
        if rd.is_head(t) and t.lower_ not in ("counterpart", "counterparts"):
            return True
        if not (rd.is_vocab(t) or rd.place(t) is not None):
            return False
    return False


def _person(rd: Reader, name: tuple[int, int]) -> tuple[Entity | None, str]:
    """The PERSON entity of a name's tokens and the name to report."""
    doc, entities = rd.doc, rd.index
    # a name never holds brackets, slashes or "@": "[Sen. Jim Banks](https://...)" in Markdown
    written = _NOT_NAME.split(WS.sub(" ", doc[name[0]:name[1]].text))[0].strip()
    person = rd.entity(doc[name[0]])
    if person is not None and (person.label != "PERSON" or not person_key(written) <= person_key(person.name)):
        person = None
    if person is not None and person_key(person.name) - person_key(written) and any(
            p in person.name for p in POSSESSIVE if len(p) > 1):
        person = None  # an entity named "X's Meeting": look for the plain name instead
    if person is None:
        person = rd.person_by_name(written) or entities.person_named(written)
        if person is not None and any(t[0] == "#" for t in person_key(written) - person_key(person.name)):
            person = None  # "Elizabeth II" (a regnal name) is no part of "Liz Truss"
    return person, person.name if person is not None else written
