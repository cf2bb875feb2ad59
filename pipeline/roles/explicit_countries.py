"""A role's country from explicit sources after its own title: the same person's other role, an
institution in the clause, a possessor's office ("Erdogan's spokesman"), the office an aide serves
("Deputy Assistant to the President"), the office-holder table.

Kept apart from :mod:`.resolver` so that each stays a readable size; behaviour is unchanged.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..knowledge.offices import load_offices
from .explicit import clause_institution, from_place, possessive_country, possessive_owner, trailing_owner
from .national_posts import national_post
from .office_holders import holder
from .owners import its_subject
from .reader import Candidate, PersonIndex, Reader
from .senders import sender_country
from .shared_bodies import shared_body_hint
from .titles import classify

if TYPE_CHECKING:
    from ..context import ArticleContext

# the categories of offices only a government has (an organisation's head is an ``official_other``);
# a foreign minister only when called "minister" (wire copy calls the EU's High Representative its
# "top diplomat")
_NATIONAL_ONLY = frozenset({"head_of_government", "minister_other", "foreign_minister"})


_AIDE_OF = re.compile(r"\bto the ((?:vice )?president|prime minister|chancellor)\b", re.IGNORECASE)


def _served_office_country(c: Candidate, out: list[Candidate]) -> str | None:
    """An aide's title names the office served ("Deputy Assistant to the President"): the aide
    serves the government of the one current holder of that office the text names with a
    country ("President Biden" -> USA); None when none or several."""
    m = _AIDE_OF.search(c.title)
    if m is None:
        return None
    office = m.group(1).lower()
    codes = {o.country for o in out if o.country and o.status == "current" and o.title.lower() == office}
    return codes.pop() if len(codes) == 1 else None


def _possessor_country(rd: Reader, c: Candidate, out: list[Candidate], date: str | None) -> str | None:
    """An aide of a named leader serves the leader's government ("Erdogan's spokesman, Omer
    Celik"): the country of the possessor's current office in the article, else the one the
    office-holder table gives the possessor on the publication date; None otherwise."""
    doc = rd.doc
    span = doc.char_span(c.title_start, c.end, alignment_mode="expand") if c.title_start >= 0 else None
    if span is None:
        return None
    i = span.start - 1
    while i > span.start - 3 and i >= 0 and doc[i].is_lower and doc[i].pos_ in ("ADJ", "NOUN"):
        i -= 1  # "Macron's diplomatic adviser"
    if i < 1 or doc[i].text not in ("'s", "’s"):
        return None
    owner = rd.person_at(doc[i - 1])
    if owner is None or owner.label != "PERSON" or c.person is not None and owner.id == c.person.id:
        return None
    codes = {o.country for o in out if o.country and o.status == "current" and o.person is not None
             and o.person.id == owner.id}
    if len(codes) == 1:
        return codes.pop()
    hit = holder(owner.name, None, date) if not codes else None
    return hit[0] if hit is not None else None


def _explicit_country(rd: Reader, c: Candidate, mentions: PersonIndex, context: "ArticleContext") -> None:
    """Fill ``c``'s country from the strongest explicit source after its own title: the same
    person's role with a country elsewhere in the article (``mentions``: every candidate), an
    institution in the title or in the same clause, the office-holder table on the publication date."""
    owner = possessive_owner(rd, c) or trailing_owner(rd, c)
    if owner is not None:
        # the office's owner written at the title ("NATO's next secretary general") or after the
        # name ("Prime Minister X bin Y al Z of Qatar") outranks another office of the person
        if owner[0] == "org":
            c.organization, c.role = owner[1], classify(c.title, owner[1])
        else:
            c.country, c.country_source = owner[1], "title"
        return
    # an international organisation has no premier or ministers: the organisation of the person's
    # other office ("prime minister X, who is set to become NATO secretary general") is not his, nor
    # a government's post's ("Director of the White House Office of ...", ``national_posts``)
    national = load_offices().classify(c.title) in _NATIONAL_ONLY and (
        c.role != "foreign_minister" or "minister" in c.title.lower())
    # the same office's reading first ("the new Secretary General, X" after "X ... Secretary General of NATO")
    same = sorted((mentions.items[i] for i in mentions.same(c)), key=lambda o: o.title.lower() != c.title.lower())
    other = next((o for o in same if o.country or o.organization
                  and not (national or national_post(c.title, c.role, o.organization))), None)
    if other is not None:
        c.country, c.organization = other.country, other.organization
        c.country_source = "earlier_role" if other.country else None
        return
    # the counterpart serves another government than the subject of the clause
    code = shared_body_hint(rd, c) or (None if c.counterpart else clause_institution(rd, c) or from_place(rd, c) or sender_country(rd, c))
    if code:
        c.country, c.country_source = code, "institution"
        return
    country, org = its_subject(rd, c)  # "The European Commission said its president, X"
    if org is not None:
        c.organization, c.role = org, classify(c.title, org)
        return
    code = country or (None if c.counterpart else possessive_country(rd, c))
    if code:
        c.country, c.country_source = code, "title"
        return
    hit = holder(c.name, c.role, context.published)
    if hit is not None:
        c.country, c.country_source = hit[0], "office_holder"
