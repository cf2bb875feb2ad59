"""The employer written after an office: "Director of Protective Services for Acme Health
Corporation", "Regional Director for the Riverside Safety Network", "General Counsel at Contoso".

A biography names a job and then the body it is held at ("at", "for", "with"). The title the
readers keep is often only the job ("Regional Director"), so the company, charity or think tank
that makes it a private post is outside it (dev README: "Jobs in companies, universities and
charities are not roles"). The employer decides:

- its head noun is a kind of private body (a firm's suffix, "Network", "Foundation", "Society",
  ... the ``private_body_words`` of ``pipeline/data/offices.json`` and a firm's legal suffixes),
  and no government word names it ("Federal", "Department", a government corporation);
- or it is a name the entity stage reads as an organisation, without any government word, not an
  abbreviation (agencies are often written by their initials: "FDIC", "USAID") and not a
  government corporation ("Amtrak").

Only a general public-service title is judged (``official_other``): a minister, a legislator, an
ambassador or an officer is not a company's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..knowledge import countries as gazetteer
from ..knowledge.offices import word_group
from ..knowledge.places import place_country
from ..knowledge.wordlists import word_set
from ..nlp import original_range, text as doc_text
from .corporate import government_corporation, public_body
from .employer_signs import cut_name_continuation, described_private, firm_name, founder_post, trade_union
from .nominations import load_words

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..entities import EntityIndex
    from .reader import Candidate

__all__ = ["employer_after", "private_employer"]

# A Senate list's predecessor ("..., vice Jane Roe, resigned"): the evidence of the office its
# nominee is to fill, which the Senate confirms, so a public one whatever its body is called.
_SENATE_VICE = re.compile(r"vice\s+[A-Z]")

_FIRM_SUFFIX = frozenset({"inc", "inc.", "llc", "llp", "ltd", "corp", "corp.", "corporation", "co.", "group", "capital",
                          "partners", "associates", "consulting", "ventures", "holdings",
                          # the legal forms of companies abroad: Australian "Pty Ltd" (Corporations Act
                          # 2001, s 148), British "plc" (Companies Act 2006, s 58), German "GmbH" (GmbHG)
                          "pty", "plc", "gmbh"})
"""A firm's legal suffixes and the head nouns of business names ("Acme Capital", "Contoso Group");
"Corporation" too, unless a government word or a government corporation names the body
("Millennium Challenge Corporation")."""
_ORG = r"[A-Z][\w&.’'-]*(?:(?:\s+(?:of|for|and|&|on|in)\s+(?:the\s+)?|\s+)[A-Z][\w&.’'-]*){0,7}"
_CUT_REST = re.compile(r"(?:[^\S\n]+(?!(?:and|or|at|for|with|to|in|on|where|who|which|while|when)\b)[a-z][\w-]*){1,3}(?=,?[^\S\n]+(?:at|for|with)\s)")
"""The rest of a title written in lower case that the readers cut ("vice president for land | conservation")."""
_AFTER = re.compile(rf"(?:[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?[A-Z][\w-]*(?:[^\S\n]+(?:and[^\S\n]+)?[A-Z][\w-]*){{0,3}}(?=,?[^\S\n]+at\s))?"
                    rf"(?:[^\S\n]+and[^\S\n]+(?:an?[^\S\n]+)?[A-Z][\w-]*(?:[^\S\n]+[A-Z][\w-]*){{0,3}}(?=[^\S\n]+at\b))?"
                    rf",?[^\S\n]+(?:at|for|with)\s+(?:the\s+)?(?P<org>{_ORG})")
"""The body an office is held at; not "to" ("Senior Advisor to Chairman Jane Doe": a principal served).
The rest of the office ("Director | of Programs at the X Fund") and a second post held at the same
body ("Director of X and an Associate Professor at the Y University") may come first."""
_INSIDE = re.compile(rf"\s(?:at|for|with)\s+(?P<the>[Tt]he\s+)?(?P<org>{_ORG})(?:\s*\([A-Z]{{2,8}}\))?\s*$")
"""The body named at the end of a title, perhaps with its initials ("... for the Acme Project (AP)")."""
# a name's words on one line, or on a continuation line indented under it
_LINE_ORG = r"[A-Z][\w&.’'-]*(?:(?:\s+(?:of|for|and|&|on|in)\s+|[^\S\n]+|\n[^\S\n]+)[A-Z][\w&.’'-]*){0,7}"
_LISTED = re.compile(rf",\s+(?:the\s+)?(?P<org>{_LINE_ORG})(?=\s*(?:\([A-Z&.-]{{2,10}}\)\s*)?(?:[,;\n]|$))")
"""The body written after the office and a comma, ending the entry or followed by another comma
("Jane Roe, Executive Director, Contoso Foundation"; a participants list's "Policy Director,
Technology Institute, ...")."""
_PUBLIC_NAME = re.compile(r"\b(?:National|Federal|United\s+States|U\.S\.|American\s+Battle|Naval|Army|Navy|"
                          r"Air\s+Force|Coast\s+Guard|Marine|Defense|Department|Office|Council|Commission|Board|"
                          r"Service|Administration|Agency|Authority|Bureau|Embassy|Mission|Consulate|Court|Police|"
                          r"Sheriff|State|County|City|Government|Congress|Senate|House|Assembly|Legislature|"
                          r"White\s+House|Ministry|Parliament|Cabinet|Lottery|Patrol|Guard|Treasury|Reserve|"
                          # a staff job's principal ("Chief of Staff to Mayor Jane Doe")
                          r"Mayor|Governor|Senator|Secretary|President|Representative|Congress(?:wo)?man|Judge|"
                          r"Justice|Commissioner|Ambassador|Leader|Speaker|Chair(?:man|woman|person)?|Committee|Caucus)\b")
"""Words that name a public body (a government's office, service, court or force): the
employer is then public whatever else its name holds."""


_PARTY_BODY = re.compile(r"\b(?:Democratic|Republican)\s+(?:[A-Z][\w’'-]*\s+){0,3}(?:Committee|Council|Club)\b"
                         r"|(?<!Liberal\s)(?<!Social\s)(?<!Christian\s)(?<!New\s)\b(?:Democratic|Republican)\s+Party\b(?!\s+of\b)")
"""A party's committee, council or club ("the Democratic National Committee", "the Republican Town
Committee", "the Democratic Congressional Campaign Committee") or a US party itself ("Treasurer of
the Example County Democratic Party"): a post there is a party's, not a public office (dev README:
roles are public offices only). Parties abroad named so ("Liberal Democratic Party", "the
Democratic Party of X") are left alone: where a party leads the state its posts may be the state's."""
_PARTY_COMMITTEE = re.compile(r"\b(?:DNC|RNC|DCCC|DSCC|NRCC|NRSC|DGA|RGA|DLCC|RSLC)\W*$|^National\s+Finance\s+(?:Co-)?Chair")
"""The national committees of the US parties by their initials, written before a title ("DNC
Chair X", "X, RNC Chairwoman"): Democratic and Republican National Committees, their House and
Senate campaign committees, governors' and state-legislative committees (FEC, "Party committees");
and a party's or campaign's "National Finance Chair" (its fundraising post; a legislature's
finance committee is written with "Committee" or its chamber): a party's post, no public office."""
_CHAMBER = re.compile(r"\b(?:House|Senate|Assembly|Legislature|Caucus|Conference)\b")
"""A legislature's own party bodies ("House Democratic Caucus", "Senate Republican Conference",
"the House Democratic Steering Committee") are the legislators'."""


def _head(org: str) -> str:
    """The head noun of a body's name: its last word before "of"/"for"/"in" ("Network" of "Secure
    Community Network", "Institute" of "Institute for X")."""
    words = re.split(r"\s+(?:of|for|in|on)\s+", org, maxsplit=1)[0].split()
    return re.sub(r"[’']s$", "", words[-1].rstrip(".,;:")).lower() if words else ""


_BUSINESS_JOB = re.compile(r"^(?:(?:Senior|Executive|Deputy)\s+)?(?:Vice\s+President|General\s+Counsel|Head|"
                          r"Managing\s+Director|Partner|Principal|Senior\s+Advisor|Senior\s+Fellow)\b", re.IGNORECASE)
"""Jobs a company, law firm or think tank names so ("Vice President of Public Affairs", "General
Counsel"): held at a body of plain words, it is that body's job, whatever the NER called the name."""


_REGION = re.compile(r"(?:North|South|East|West|Central|Middle|Near|Far|Northern|Southern|Eastern|Western|Sub-Saharan)\b")


_ACADEMIC = re.compile(r"\b(?:University|College)\b")
_GOVERNMENT_SCHOOL = re.compile(r"\b(?:National|Federal|United\s+States|U\.S\.|Naval|Army|Navy|Air\s+Force|Coast\s+Guard|"
                                r"Marine|Defense|War|Military|Uniformed\s+Services)\b")
"""A university or college is no government body, though a state's ("Example State University");
the schools of a government's forces and service are ("National Defense University", "Army War
College")."""


_GOVERNMENT_IN_NAME = re.compile(r"\b(?:National|Federal|United\s+States|U\.S\.|State\s+Department|Department|Naval|Army|Navy|"
                                 r"Air\s+Force|Coast\s+Guard|Marine|Defense|Military|Veterans|VA|Foreign\s+Service|"
                                 r"Public\s+Health|Smithsonian|Government|Congressional|Police|Justice)(?!\w)")
"""Words that make a body of a private kind ("Fund", "Foundation", "Institute", "Center") a
government's: written in its name before the head ("National Science Foundation", "Foreign Service
Institute", "National Counterterrorism Center"), not after it ("the X Fund of the United States")."""
_MEMBERSHIP = word_group("membership_bodies")
"""Membership bodies: "National" in their name is no sign of a government's ("National Rifle Association")."""


def _private_kind(org: str) -> bool | None:
    """Whether a body whose head noun is a private kind (``private_body_words``, a firm's suffix) is
    private; None when its head is of no such kind."""
    head = _head(org)
    private = load_words().private
    if head not in private and head.endswith("s") and head[:-1] in private:
        head = head[:-1]  # "the Jewish Federations of X"
    if head not in _FIRM_SUFFIX and head not in private:
        return None
    name = re.split(r"\s+(?:of|for|in|on)\s+", org, maxsplit=1)[0]
    public = [w for w in _GOVERNMENT_IN_NAME.findall(name) if w != "National" or head not in _MEMBERSHIP]
    # a government's body owning it ("the Sentencing Commission's Advisory Group")
    owned = {re.sub(r"[’']s$", "", w).lower() for w in name.split()} & load_words().strong_public
    return not public and not owned


_OWNER_SKIP = frozenset({"center", "centre", "school", "trust"})
"""Private kinds of body that governments also name so ("the Center for Medicare and Medicaid
Innovation", "the Presidio Trust"): an owner of these kinds decides nothing alone."""


def _owned_by_private(title: str) -> bool:
    """Whether the body that owns an office, the last one named "of the X" in its title (a place
    after it aside: "... of the Jewish Federation of Metropolitan Chicago"), is a private kind of
    body no government word names ("Director of the Example Partnership for Healthy Communities")."""
    # a body's own name may hold "of" ("the Institute of X"): the bodies of a title are introduced by
    # "of the" ("Director of Policy and Projects" names a portfolio, no body)
    parts = re.split(r"\s+of\s+(?:the|The)\s+", title)[1:]
    while parts and place_country(parts[-1].strip(" ,.")):
        parts.pop()
    if not parts:
        return False
    owner = parts[-1].strip(" ,.")
    possessor = re.match(r"(.+?)[’']s\s+[A-Z]", owner)
    if possessor:
        owner = possessor.group(1)  # "the X Fund’s Advisory Board": the fund owns the board
    if _head(owner) in _OWNER_SKIP or gazetteer.load().organization(owner) or government_corporation(owner) \
            or government_corporation(title):
        return False
    return bool(_private_kind(owner))


def _private_name(org: str, labelled_org: bool) -> bool:
    if _ACADEMIC.search(org) and not _GOVERNMENT_SCHOOL.search(org):
        return True
    if trade_union(org):
        return True  # "the Example Employees International Union": a union, whatever service its members give
    kind = _private_kind(org)
    if kind is not None and not gazetteer.load().organization(org) and not government_corporation(org):
        return kind  # "the German Marshall Fund of the United States": the words after the head name no government
    if _PUBLIC_NAME.search(org) or public_body(org) or gazetteer.load().organization(org):
        return False  # a government's body, or an international organisation ("the Organization of American States")
    head = _head(org)
    if head in _FIRM_SUFFIX or head in load_words().private:
        return True
    words = org.split()
    # an organisation's name of plain words: a firm or charity ("Contoso", "Grupo Tarsis");
    # initials are an agency as often as a firm ("USAID", "FDIC")
    return labelled_org and not (len(words) == 1 and re.fullmatch(r"[A-Z&.]{2,8}", words[0]))


_ENTRY_LAST = re.compile(r"(?:the\s+)?(?P<org>[A-Z][\w&.’'-]*(?:\s+(?:(?:of|for|and|&|on|in)\s+(?:the\s+)?)?"
                         r"[A-Z][\w&.’'-]*){0,7})(?:\s*\([A-Z&.-]{2,10}\))?\s*")
"""The last part of a participants list's entry: a body's name, perhaps with its initials."""
_BULLETS = frozenset({"", "-", "*", "•", "–", "—"})


def _entry_employer_private(text: str, start: int, end: int) -> bool:
    """Whether a participants list's entry "NAME, TITLE[, UNIT], BODY" ends in a private body's
    name (a kind word: "Association", "Foundation"; :func:`_private_name`): the entry's line (or
    wrapped paragraph) opens with the candidate and is short, and its last comma part is only a
    body's name ("Jane Roe, Chief Policy Officer, Contoso Foundation for the Blind"); a unit
    between them is the body's ("Vice President, Government Relations, Contoso Association"). A
    public body last keeps the office ("..., Border Policy, Department of Homeland Security")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:start].strip() not in _BULLETS or line_end - line_start > 220:
        return False
    rest = text[end:line_end]
    if "," not in rest:
        return False
    last = _ENTRY_LAST.fullmatch(rest.rsplit(",", 1)[1].strip().rstrip(".;"))
    if last is None or _PUBLIC_NAME.search(last.group("org")) or public_body(last.group("org")) \
            or place_country(last.group("org")):
        return False
    return _private_kind(last.group("org")) is True and _private_name(last.group("org"), False)


_OF_CHAIN = re.compile(rf"(?:[^\S\n]+and[^\S\n]+(?:[A-Z][\w-]*[^\S\n]+){{0,2}}[A-Z][\w-]*)?[^\S\n]+of[^\S\n]+the[^\S\n]+"
                       rf"(?P<org>{_ORG})")
"""The body a bare post is of, after a second post held there ("Chair and Co-Founder of the X")."""


_AT = re.compile(r",?\s+at\s")
_GATHERINGS = word_set("entities", "gathering_nouns")  # "the Munich Security Conference", "the Shangri-La Dialogue"
_TO_BODY = re.compile(rf"\sto\s+the\s+(?P<org>{_ORG})\s*$")
"""A body a title serves "to" ("Senior Advisor to the Example Institute"); "to" mostly names a
principal ("Senior Advisor to the Secretary"), so only a body of a private kind decides."""


_INNER_BODY = re.compile(r"\b(?:Board(?:\s+of\s+(?:Directors|Trustees|Governors))?|Executive\s+Committee|Advisory\s+"
                         r"(?:Board|Council|Committee))$")
"""A body inside another that a title may end in ("Chair of the Board", "member of the Executive
Committee"): the body it belongs to follows ("... of the X Federation")."""


def employer_after(text: str, end: int, *, cut: bool = False) -> str | None:
    """The body named right after an office ending at ``end`` ("..., for Contoso Health since
    2021" -> "Contoso Health"), or None; ``cut``: the title ends in a lower-case word, and the
    words of it the readers left out may come first ("vice president for land | conservation for
    the X Fund").

    Args:
        text: The Doc text.
        end: The character offset where the office ends.
        cut: The title ends in a lower-case word (see above).
    """
    if cut:
        rest = _CUT_REST.match(text, end, min(len(text), end + 80))
        end = rest.end() if rest else end
    m = _AFTER.match(text, end, min(len(text), end + 160))
    return _sentence_cut(m.group("org")) if m else None


# abbreviations a body's name ends in or holds ("Acme Inc.", "Acme Bros. Holdings"): their period ends no sentence
_NAME_ABBREVIATIONS = frozenset({"inc", "co", "corp", "ltd", "llc", "plc", "bros", "jr", "sr", "st", "mt", "ft", "no"})


def _sentence_cut(org: str) -> str:
    """A body's name cut where its sentence ends: "the NSC. ROK and U.S. officials ..." names the NSC
    (a period after a word that is no abbreviation, before a capital: a full stop, not part of "U.S.")."""
    words = org.split()
    for k, w in enumerate(words[:-1]):
        if w.endswith(".") and "." not in w[:-1] and w[:-1].lower() not in _NAME_ABBREVIATIONS and len(w) > 2:
            return " ".join(words[:k] + [w[:-1]])
    return org


def private_employer(doc: "Doc", entities: "EntityIndex", c: "Candidate") -> bool:
    """Whether a candidate's office is a job at a company, charity or think tank named in its
    title ("Director of Security for Contoso Health Corporation") or right after it.

    Args:
        doc: The Doc.
        entities: The entity index (is the employer's name an organisation's?).
        c: The candidate (``title_start`` and ``end`` in ``doc.text`` offsets).
    """
    if c.role in ("official_other", "legislator") and c.status != "nominee" and _PARTY_BODY.search(c.title) \
            and not _CHAMBER.search(c.title):
        return True  # "Executive Director of the Democratic National Committee": a party's post
    if c.role in ("official_other", "legislator") and c.status != "nominee" and not _CHAMBER.search(c.title):
        text = doc_text(doc)
        at = c.title_start if c.title_start >= 0 else c.start
        if _PARTY_COMMITTEE.search(text[max(0, at - 12):at]) or _PARTY_COMMITTEE.search(c.title):
            return True  # "DNC Chair X", "X, the National Finance Chair": a party's post
    if c.role != "official_other" or c.status == "nominee" or c.organization:
        return False
    if _SENATE_VICE.match(doc_text(doc), c.start):
        return False  # "X, to be Director of Y, vice Jane Roe, term expired": the nominee's office, Senate-confirmed
    if _owned_by_private(c.title):
        return True  # "Chair of the Advisory Council of the Acme Center for Ethics": the owning body decides
    text = doc_text(doc)
    to_body = _TO_BODY.search(c.title)
    if to_body and _private_kind(to_body.group("org")) and not public_body(to_body.group("org")):
        return True  # "Senior Advisor to the Example Institute"
    inside = _INSIDE.search(c.title)
    if inside:
        org = inside.group("org")
        # a company's or charity's job title held "for the X Y" names its employer ("Vice President of
        # Public Affairs for the Acme Project"); a region or place is a portfolio ("for the Middle East")
        business = bool(_BUSINESS_JOB.match(c.title) and inside.group("the") and len(org.split()) > 1
                        and not _REGION.match(org) and not place_country(org))
        if _private_name(org, business):
            return True
    # the title as written ends at the candidate's end, or later when the readers cut it
    start = c.title_start if c.title_start >= 0 else c.start
    words = c.title.split()
    if not words:
        return False
    stop = max(c.end, start + len(c.title) + 8)
    line = text.find("\n", start, stop)
    at = text.find(words[-1], start, stop if line < 0 else line)
    end = max(c.end, at + len(words[-1])) if at >= 0 else c.end
    if c.person is not None and text.find("\n", 0, end) < 0 and start < c.end - len(c.name):
        return False  # "Remarks by Vice President Roe at the Aspen Forum": a title line names the event
    own_end = at + len(words[-1]) if at >= 0 else end  # the title's own end, not its evidence's
    if founder_post(text, start, own_end) or described_private(text, own_end, own_end) or trade_union(c.title):
        return True  # "founder, Chairman and CEO of X"; "Director for X at the software company, Y"; "... for X, a firm"
    cont = cut_name_continuation(text, start, own_end)
    if cont and (_private_kind(cont) or trade_union(cont)) and not public_body(cont):
        return True  # "Chair of the Public Transportation | Association": the name the readers cut
    org = employer_after(text, end, cut=words[-1].islower())
    if not org:
        # "NAME, TITLE, BODY": only a body whose own kind word is private's ("Institute",
        # "Foundation", a union's "Workers"); a name of plain words or initials may be an agency's
        listed = _LISTED.match(text, end, min(len(text), end + 160))
        if listed is not None and _private_name(listed.group("org"), False) and not place_country(listed.group("org")):
            return True
        if _entry_employer_private(text, c.start, end):
            return True  # "Jane Roe, Vice President, Government Relations, Contoso Association"
        # a bare post of a body named after it ("the Chair and Co-Founder of the X Society", "Chair of
        # the Y Section of the Z Association"): the body whose kind is private decides
        generic = len(words) <= 2 or _INNER_BODY.search(c.title)  # "Chair of the Board | of the X Federation"
        chain = _OF_CHAIN.match(text, own_end, min(len(text), own_end + 200)) if generic else None
        if chain is not None and trade_union(chain.group("org")):
            return True  # "General Counsel of the X Service Employees International Union": a union, whatever its members do
        if chain is None or _PUBLIC_NAME.search(chain.group("org")) or public_body(chain.group("org")):
            return False
        return any(_private_kind(part) for part in re.split(r"\s+of\s+(?:the\s+)?", chain.group("org")))
    o = text.find(org, end)
    if _AT.match(text, end) and org.split()[-1].lower() in _GATHERINGS:
        return False  # "Vice President Roe at the Munich Security Conference": where the holder speaks, no employer
    if _PARTY_BODY.search(org) and not _CHAMBER.search(org):
        return True  # "Treasurer for the Example County Democratic Party"
    if o >= 0 and described_private(text, end, o + len(org)):
        return True  # "Counsel for Contoso, a consulting firm"
    if firm_name(org) and _AT.match(text, end) and not _PUBLIC_NAME.search(org) and not public_body(org):
        return True  # "an associate at Roe & Doe", "Counselor at K&L Example" (a portfolio is "for X & Y")
    ent = entities.at(*original_range(doc, o, o + len(org)))
    if ent is not None and ent.label in ("GPE", "LOC", "NORP") or _REGION.match(org) or place_country(org):
        return False  # a portfolio, not an employer ("Senior Advisor for South Asia", "... for Mexico")
    return _private_name(org, ent is not None and ent.label == "ORG" or bool(_BUSINESS_JOB.match(c.title)))
