"""The members of an official delegation, listed one per line in its announcement.

A delegation announcement names each member with a form of address and the office held, one
line each ("The Honorable Jane Doe, United States Ambassador to the Republic of X", "Mr. John
Roe, Chargé d'Affaires, a.i., U.S. Embassy Y", "The Honorable Jane Doe, Secretary of Commerce,
will lead the delegation."). The form of address marks the words after it as a person's name
even where the statistical NER reads "The Honorable Jane Doe" as an organisation or misses it,
and the office after the comma is held now (current; "Acting ..." acting; "retired ..." former).

Only public offices are read (:func:`pipeline.roles.nomination_bios.is_public_office`): an
athlete's medals, a coach's or a company partner's job on the same list are not roles.
"""

from __future__ import annotations

import re

from ..knowledge.offices import load_offices
from .name_patterns import H, NAME, RANK
from .corporate import corporate_post
from .nomination_bios import is_public_office, private_body_post
from .nominations import Nomination, clean_title, load_words, office_list
from .titles import classify

__all__ = ["delegation_members"]

# (the first letters first, the word boundary checked after them, so that ``re`` skips to them: the
# same matches as r"\blead\s+the\s+delegation\b|\bMembers\s+of\s+the\s+(?:\w+\s+){0,2}Delegation\b")
_GATE = re.compile(r"(?-i:[LlMm])(?<!\w.)(?:(?<=l)ead\s+the\s+delegation\b|(?<=m)embers\s+of\s+the\s+(?:\w+\s+){0,2}"
                   r"Delegation\b)", re.IGNORECASE)
"""The announcement of a delegation: who leads it, or its list of members."""
_ADDRESS = rf"(?:The{H}+Honorable|Honorable|Hon\.|Mr\.|Ms\.|Mrs\.|Dr\.|{RANK})"
_MEMBER = re.compile(rf"^{H}*(?P<address>{_ADDRESS}){H}+(?:Dr\.{H}+)?(?P<name>{NAME}),{H}+(?P<office>[^\n]{{3,260}}?)"
                     rf"(?:,{H}+will{H}+lead{H}+the{H}+delegation\b[^\n]*|\.)?{H}*$", re.MULTILINE)
_DEGREE = re.compile(r"^(?:Ph\.?\s?D\.?|M\.?D\.?|J\.?D\.?|Esq\.?)$")
_STAFF = re.compile(r"\bto\s+the\s+(?:President|Vice\s+President|First\s+Lady|Secretary|Administrator)\b")
"""The staff post of a public official ("Special Assistant to the President"): public."""
_PARTY = re.compile(r"\s*\((?:D|R|I)\b[^)]*\).*$")
"""A legislator's party and seat after the title ("Congresswoman (D), CA-35", "Senator (R-OH)")."""
# the end of a sentence inside a member's line: a full stop, not one of an initialism ("U.S."), of a
# one-letter abbreviation ("a.i.") or of a short form of address ("Lt.", "Dr."), then a capital
_SENTENCE_END = re.compile(r"(?<![A-Z.])(?<!\b\w)(?<!\b[A-Z][a-z])\.\s+(?=[A-Z])")
_STATUS_WORD = {"acting": "acting", "retired": "former", "former": "former"}


def _head_words(part: str) -> set[str]:
    """The words of an office before its body ("Deputy Secretary" of "Deputy Secretary of Commerce")."""
    head = re.split(r"\s+(?:of|to|for|at|on|in|with)\s+|,", part, maxsplit=1)[0]
    return {w.lower().strip(".’'") for w in head.split()}


def _public(part: str, title: str, military: bool) -> bool:
    """A public office: by its words as written ("Chief Executive Officer of the U.S. International
    Development Finance Corporation") or without the country, or an office of a government's own
    staff titles ("Special Assistant to the President") or of a category other than the catch-all."""
    return is_public_office(part, military=military) or is_public_office(title, military=military) \
        or load_offices().publisher_title_country(title) is not None or classify(title) != "official_other" \
        or _STAFF.search(title) is not None


def _honorable_office(address: str, part: str, title: str) -> bool:
    """"The Honorable" is the form of address of a government's officials: an office written after
    it in a delegation's list is public unless a company, university or charity names it ("The
    Honorable Jane Doe, NASA Administrator"; not "..., President of Acme University")."""
    return "Hon" in address and not corporate_post(title) and not private_body_post(part) \
        and not private_body_post(title) and not _PARTY_BODY.search(title)


_PARTY_BODY = re.compile(r"\b(?:Caucus|Party|Campaign)\b")
"""A caucus, party or campaign post of an official ("Chair of the Congressional X Caucus"): no office
of the government's own."""


def delegation_members(text: str) -> list[Nomination]:
    """The public offices of the members listed in a delegation announcement (none elsewhere).

    Args:
        text: ``doc.text``.

    Returns:
        One :class:`~pipeline.roles.nominations.Nomination` per office, status ``current`` (or the
        status a word before the title gives), claiming its line.
    """
    if _GATE.search(text) is None:
        return []
    heads = load_words().heads
    out: list[Nomination] = []
    for m in _MEMBER.finditer(text):
        name = re.sub(r",\s*(Jr\.?|Sr\.?|II|III|IV)$", r" \1", m.group("name")).strip()
        raw = m.group("office")
        # a paragraph, not a list line ("Ms. X, Envoy ..., will lead the delegation. Y, the
        # ambassador, will join."): the entry ends with its sentence, and so does its claim
        stop = _SENTENCE_END.search(text, m.start("office"), m.end())
        end = stop.start() + 1 if stop else m.end()
        raw = raw[:max(0, end - m.start("office"))] if stop else raw
        rank = m.group("address") if re.fullmatch(RANK, m.group("address")) else ""
        found = []
        for part in office_list(raw):
            if _DEGREE.match(part.strip()):
                continue
            title = clean_title(_PARTY.sub("", part))
            words = title.split()
            status = _STATUS_WORD.get(words[0].lower(), "current") if words else "current"
            if status == "former":
                title = " ".join(words[1:])
            if not title or not (_head_words(title) & heads) or not (
                    _public(part, title, bool(rank)) or _honorable_office(m.group("address"), part, title)):
                continue
            s = m.start("office") + max(0, raw.find(part))
            found.append(Nomination(name, m.start("name"), s, s + len(part), title, status, rank=rank))
        if found:
            claim = (m.start("name"), end)
            out.extend(Nomination(n.name, n.name_start, n.start, n.end, n.title, n.status, claims=claim, rank=n.rank,
                                  public=True) for n in found)
    return out
