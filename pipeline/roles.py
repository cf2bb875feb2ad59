"""Roles stage: who holds which office, for which country or international organisation.

A role is found from an office title next to a person's name, in the forms English news uses:

- a title before the name: "French Defence Minister Sebastien Lecornu", "ROK National Security Advisor
  Cho Tae-yong", "NATO Secretary General Jens Stoltenberg", "Britain's Foreign Secretary David
  Lammy", "Gen. Mark Milley";
- a name followed by "of COUNTRY/ORG": "President Yoon Suk Yeol of the Republic of Korea",
  "Secretary General Akiba Takeo of the National Security Secretariat of Japan";
- an apposition after the name: "Lloyd Austin, the US Secretary of Defense",
  "Jens Stoltenberg, NATO's secretary-general".

Titles are recognised from the office gazetteer ``pipeline/data/offices.json`` (head words such
as Minister/Secretary/President, words that occur inside titles, ordered classification rules).
The country comes from the country words written with the title; when none is written it comes
from the same person's other explicit role, a national institution named in the title, a list
of well-known heads of state and government, then the publisher's home country
(:func:`home_country`: seats of government written in the text), and last the country of the
dateline city ("WASHINGTON (AP) — Defense Secretary Lloyd Austin"): an unqualified office in a
story filed from a capital is that country's, since visitors are introduced with their
country ("French Defence Minister Sebastien Lecornu" in a story from Kyiv).

The list of heads of state and government (``office_holders`` in the gazetteer, ~150 names from
~85 countries on every continent, current and recent) is world knowledge that the text does not
state: "President Macron" in a story that never says "French". It is used only when the text
gives no country at all, and only for the listed office (head of state or government), so a
former leader holding another post ("Mark Rutte, the secretary-general") does not get his old
country, and a name missing from the list simply falls through to the next source. It dates:
new leaders should be added as they take office; no rule depends on any one entry.

"His Chinese counterpart Wang Yi" gives Wang Yi the office category of the nearest earlier
office holder and the country written with "counterpart".

Roles are government and international-organisation offices only. The officers of companies,
unions and armed groups get no role, whatever their title: "Boeing CEO Jim McNerney", "Scott
Carson, president of Boeing Commercial Airplanes", "Chief Operating Officer Tim Cook", "Hamas
leader ...". An organisation named with the title is a company here unless it is a government
body (its name has words such as Department, Ministry, Council, Command, Forces), a seat of
government ("Kremlin", "Pentagon": the country), a national bank ("Bank of Japan Governor":
the country) or an acronym ("CIA", "MI6", mostly agencies); titles that exist only in companies
(CEO, chief operating officer, executive vice president, managing director, founder) are
dropped even when no company is named. A head word inside a company name is not a title
("General Dynamics"), nor one inside a person's name after its first word ("Martin Luther King").
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from . import gazetteer
from .entities import EntityIndex, name_key
from .knowledge.offices import ORG_LAST_WORDS, load_offices
from .nlp import text as text_of
from .nlp import article_of, evidence
from .records import ROLE_CATEGORIES, Entity, Role

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "my", "your"})
_HONORIFICS = frozenset({"mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "sir", "dame"})
_COUNTRY_LABELS = frozenset({"GPE", "NORP"})
_NAME_TOKEN = re.compile(r"^[A-Z][\w'’.-]*$")
_WS = re.compile(r"\s+")
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
# "Statement by the President on ...": an office named in a title without its holder's name.
_TITLE_OFFICE = re.compile(r"^(?:Joint )?(?:Statement|Remarks|Message|Letter|Memorandum|Proclamation|Readout|"
                           r"Op-Ed|Address)s? (?:by|from|of) the ((?:[A-Z][\w.-]*|of|for|and|the)(?: (?:[A-Z][\w.-]*|of|"
                           r"for|and|the))*?)(?=$| on | to | at | in | regarding | before |,|:)")


def classify(title: str, organization: str | None = None) -> str:
    """The role category of an office title written without country words.

    Args:
        title: e.g. "Defence Secretary", "Minister of National Defense", "Gen.".
        organization: The international organisation the office belongs to, if any; the
            heads of such bodies are officials, not heads of state.
    """
    key = _WS.sub(" ", title.lower().replace("’", "'")).strip()
    role = "official_other"
    for rx, category in load_offices().rules:
        if rx.search(key):
            role = category
            break
    if organization and role in ("head_of_state", "head_of_government", "minister_other", "foreign_minister"):
        return "official_other"
    return role


def home_country(doc: "Doc", entities: EntityIndex | None = None) -> str | None:
    """The publisher's own country: ``Article.country`` when set, else inferred from the text.

    The cues are the seats and institutions of a government written in the text ("White
    House", "the Administration", "Pentagon" -> USA; "Downing Street" -> GBR; "Kremlin" -> RUS;
    ...). The dateline is deliberately not a cue: a correspondent in Seoul writes about
    visitors to South Korea. Returns None when nothing points to one country.
    """
    article = article_of(doc)
    if article is not None and article.country:
        return article.country
    # Roles and forces both ask; the scan over the whole text is done once per Doc.
    if "_home_country" in doc.user_data:
        return doc.user_data["_home_country"]
    doc.user_data["_home_country"] = code = _infer_home_country(doc)
    return code


def _infer_home_country(doc: "Doc") -> str | None:
    counts: dict[str, int] = {}
    text = text_of(doc)
    for rx, code in load_offices().seats:
        n = len(rx.findall(text))
        if n:
            counts[code] = counts.get(code, 0) + n
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]


@dataclass
class _Candidate:
    start: int  # doc char offsets of the evidence
    end: int
    person: Entity | None
    name: str
    title: str
    role: str
    country: str | None
    organization: str | None
    hint: str | None  # a country implied by an institution named in the title
    counterpart: bool = False  # "his Chinese counterpart Wang Yi": the office of another holder


class _Reader:
    """Per-document helpers around the Doc, the entity index and the gazetteers."""

    def __init__(self, doc: "Doc", index: EntityIndex) -> None:
        self.doc = doc
        self.index = index
        self.off = load_offices()
        self.gaz = gazetteer.load()
        self._ent: dict[int, Entity | None] = {}
        self._orgs: dict[str, tuple[str, str] | None] = {}

    def entity(self, tok: "Token") -> Entity | None:
        i = tok.i
        if i not in self._ent:
            self._ent[i] = None if tok.is_space else self.index.for_doc_span(self.doc, tok)
        return self._ent[i]

    def is_person(self, tok: "Token") -> bool:
        ent = self.entity(tok)
        if ent is None or ent.label != "PERSON":
            return False
        # The entity stage trims office words from names; a token that is itself a title word
        # ("President" in a "President Biden" mention) is not part of the name, unless a word of
        # the same name comes before it ("Martin Luther King Jr.").
        if not self.is_vocab(tok) or tok.ent_type_ != "PERSON" or tok.lower_ not in self.off.heads:
            return True
        return tok.i > 0 and self.entity(self.doc[tok.i - 1]) is ent

    def is_head(self, tok: "Token") -> bool:
        low = tok.lower_
        if low not in self.off.heads or tok.ent_type_ == "ORG" and self.in_company(tok):
            return False
        if low in self.off.capital_only and not tok.text[:1].isupper():
            return self._office_context(tok)
        return True

    def _office_context(self, tok: "Token") -> bool:
        """Whether a lower-case word that is also an ordinary noun ("chief", "head",
        "commander") names an office here: after a country or organisation, possibly over
        lower-case title words ("North Korean leader", "EU foreign policy chief", "Pakistan's
        army chief"), or before "of" + a country, organisation or named body ("the head of
        NATO", "chief of the Russian General Staff", "commander of U.S. Indo-Pacific Command")."""
        doc = self.doc
        i = tok.i - 1
        while i >= 0 and doc[i].is_lower and doc[i].lower_ in self.off.modifiers:
            i -= 1
        if i >= 0 and doc[i].text in _POSSESSIVE:
            i -= 1
        if i >= 0 and self.place(doc[i]) is not None:
            return True
        j = tok.i + 1
        if j >= len(doc) or doc[j].lower_ != "of":
            return False
        j += 1
        if j < len(doc) and doc[j].lower_ == "the":
            j += 1
        return j < len(doc) and (self.place(doc[j]) is not None
                                 or (doc[j].text[:1].isupper() and self.is_vocab(doc[j])))

    def is_vocab(self, tok: "Token") -> bool:
        low = tok.lower_
        return low in self.off.heads or low in self.off.modifiers

    def place(self, tok: "Token") -> tuple[str, str] | None:
        """("country", ISO3) or ("org", name) for a token inside a country or organisation name;
        a company or other non-government body gives ("company", name)."""
        ent = self.entity(tok)
        if ent is not None:
            if ent.label in _COUNTRY_LABELS and ent.country:
                return ("country", ent.country)
            if ent.label == "ORG":
                org = self.gaz.organization(ent.name)
                if org:
                    return ("org", org)
                return self._org_place(ent.name)
        if tok.ent_type_ in ("GPE", "NORP"):
            code = self.gaz.country(tok.text)
            if code:
                return ("country", code)
        return None

    def _org_place(self, name: str) -> tuple[str, str] | None:
        hit = self._orgs.get(name, False)
        if hit is False:
            hit = self._orgs[name] = _org_kind(name, self.gaz)
        return hit

    def in_company(self, tok: "Token") -> bool:
        """Whether ``tok`` is inside a company name and not its last word ("General" in
        "General Motors" is not a rank)."""
        ent = self.entity(tok)
        if ent is None or ent.label != "ORG" or self.place(tok) is None or self.place(tok)[0] != "company":
            return False
        nxt = self.doc[tok.i + 1] if tok.i + 1 < len(self.doc) else None
        return nxt is not None and self.entity(nxt) is ent

    def in_title(self, tok: "Token") -> bool:
        if tok.is_space or self.is_person(tok):
            return False
        if self.is_vocab(tok) or self.place(tok) is not None:
            return True
        # Regions inside a title ("Indo-Pacific Command"); a named body only when its name is
        # made of office words, since the model also tags people as ORG ("Olaf Scholz").
        if tok.ent_type_ == "LOC" and tok.text[:1].isupper():
            return True
        ent = self.entity(tok)
        return (tok.ent_type_ in ("ORG", "FAC") and ent is not None and ent.label in ("ORG", "FAC")
                and any(w in self.off.modifiers for w in ent.name.lower().split()))

    # -- title chunks ---------------------------------------------------------------------

    def block(self, tok: "Token") -> tuple[int, int]:
        """Token bounds of the line around ``tok``: the parser sometimes splits a title from
        its name ("Vice | President Kamala Harris"), so titles are bounded by lines and
        punctuation rather than by the parser's sentences."""
        doc = self.doc
        s = tok.i
        while s > 0 and not (doc[s - 1].is_space and "\n" in doc[s - 1].text):
            s -= 1
        e = tok.i + 1
        while e < len(doc) and not (doc[e].is_space and "\n" in doc[e].text):
            e += 1
        return s, e

    def chunk(self, head: "Token", sent: tuple[int, int]) -> tuple[int, int]:
        """Token range [start, end) of the office title around a head word."""
        doc = self.doc
        conn = self.off.connectors
        start = head.i
        i = head.i - 1
        while i >= sent[0]:
            tok = doc[i]
            low = tok.lower_
            if self.in_title(tok):
                start = i
            elif low in conn and i - 1 >= sent[0] and low != "and":
                # "of"/"the"/"'s" only inside a title, never at its left edge
                prev = doc[i - 1]
                if not (self.in_title(prev) or prev.lower_ in conn):
                    break
            elif low == "and" and i - 1 >= sent[0] and self.is_vocab(doc[i - 1]) and self.is_vocab(doc[i + 1]) \
                    and self.place(doc[i + 1]) is None:
                pass  # "Minister for Foreign Affairs and Trade"
            else:
                break
            i -= 1
        end = head.i + 1
        j = head.i + 1
        after_prep = False
        while j < sent[1]:
            tok = doc[j]
            low = tok.lower_
            p = self.place(tok)
            if p is not None and p[0] == "country" and self.is_head(doc[j - 1]) and self.entity(tok) is not None \
                    and self.entity(tok).label == "NORP" and len(self.entity(tok).name.split()) == 1:
                break  # a demonym right after a head is a surname ("Prime Minister Han of ...")
            if self.in_title(tok):
                end = j + 1
            elif low in conn and low != "and":
                after_prep = low in ("of", "for", "on") or (after_prep and low in ("the", "and", "-"))
            elif low == "and" and j + 1 < sent[1] and self.is_vocab(doc[j + 1]) and not self.is_person(doc[j + 1]):
                pass
            elif after_prep and tok.text[:1].isupper() and not self.is_person(tok) and not tok.is_punct \
                    and tok.ent_type_ not in ("PERSON", "DATE", "CARDINAL") and j + 1 < sent[1] \
                    and (doc[j + 1].lower_ in conn or self.is_vocab(doc[j + 1])):
                end = j + 1  # "Advisor for Cyber and Emerging Technologies"
            else:
                break
            j += 1
        # trim connectors and determiners at the edges
        # the left edge is a title word or a country/organisation, never "Readout of"
        while start < end and (doc[start].lower_ in conn or doc[start].lower_ in _DETERMINERS
                               or not (self.is_vocab(doc[start]) or self.place(doc[start]) is not None)):
            start += 1
        while end > start and (doc[end - 1].lower_ in conn):
            end -= 1
        return start, end

    def name_after(self, i: int, sent_end: int) -> tuple[int, int] | None:
        """Token range of a person's name starting at token ``i`` (after an optional comma)."""
        doc = self.doc
        if i < sent_end and doc[i].text == "," and i + 1 < sent_end:
            i += 1
        # "army chief, Gen. Asim Munir": a rank abbreviation before the name is not the name
        while i < sent_end and (doc[i].lower_ in _HONORIFICS or doc[i].text.endswith(".") and doc[i].lower_ in self.off.heads):
            i += 1
        if i >= sent_end or doc[i].is_space:
            return None
        if self.is_person(doc[i]):
            ent = self.entity(doc[i])
            j = i
            while j < sent_end and (self.entity(doc[j]) is ent or doc[j].is_space and j + 1 < sent_end
                                    and self.entity(doc[j + 1]) is ent):
                if doc[j].text in _POSSESSIVE:
                    break  # "Jake Sullivan's Call" in a headline: the name ends at the possessive
                j += 1
            return i, j
        first = doc[i]
        fent = self.entity(first)
        if fent is not None and fent.label == "NORP" and len(fent.name.split()) == 1 and first.i > 0 \
                and self.is_head(doc[first.i - 1]) and first.text[:1].isupper():
            return i, i + 1  # a surname the model took for a demonym ("Prime Minister Han")
        if not _NAME_TOKEN.match(first.text):
            return None
        # The statistical NER misses some names ("President Zelenskyy"): a short run of
        # capitalised proper nouns right after a title is a name.
        j = i
        while j < sent_end and j - i < 4:
            tok = doc[j]
            if tok.is_space or tok.is_punct and tok.text != "-" or self.is_vocab(tok) or self.place(tok) is not None:
                break
            if tok.text == "-" or (tok.pos_ == "PROPN" and _NAME_TOKEN.match(tok.text)
                                   and tok.ent_type_ in ("", "PERSON", "ORG")):
                j += 1
                continue
            if j > i and doc[j - 1].text == "-" and tok.is_alpha:
                j += 1  # "Tae-yong"
                continue
            break
        while j > i and doc[j - 1].text == "-":
            j -= 1
        if j > i and doc[j - 1].lower_ in ORG_LAST_WORDS:
            return None  # "Auto Workers", "Motor Company": an organisation, not a name
        return (i, j) if j > i else None

    def name_before(self, start: int, sent_start: int) -> tuple[int, int] | None:
        """A person's name ending just before ``", [the] <title>"`` (apposition)."""
        doc = self.doc
        i = start - 1
        while i >= sent_start and (doc[i].lower_ in _DETERMINERS or doc[i].is_space):
            i -= 1
        if i < sent_start or doc[i].text != ",":
            return None
        k = i - 1
        if k < sent_start or not self.is_person(doc[k]):
            return None
        ent = self.entity(doc[k])
        s = k
        while s - 1 >= sent_start and (self.entity(doc[s - 1]) is ent):
            s -= 1
        return s, k + 1

    def post_of(self, i: int, sent_end: int) -> tuple[int, int] | None:
        """An "of COUNTRY"/"of the National Security Secretariat of Japan" after a name."""
        doc = self.doc
        if i >= sent_end or doc[i].lower_ != "of":
            return None
        j = i + 1
        end = None
        while j < sent_end:
            tok = doc[j]
            if tok.is_space:
                j += 1
                continue
            if self.in_title(tok):
                end = j + 1
            elif tok.lower_ not in ("of", "the", "'s", "’s", "for"):
                break
            j += 1
        if end is None or not any(self.place(doc[k]) or self.is_vocab(doc[k]) for k in range(i + 1, end)):
            return None
        return i, end


def _split_title(rd: _Reader, start: int, end: int,
                 post: tuple[int, int] | None) -> tuple[str, str | None, str | None, bool]:
    """Title text without country/organisation words, the country and organisation, and
    whether the organisation is a company (not a government or international body)."""
    doc = rd.doc
    country: str | None = None
    org: str | None = None
    company = False
    keep: list[Token] = []
    toks = list(doc[start:end])
    if post:
        toks += list(doc[post[0]:post[1]])
    n = len(toks)
    drop = [False] * n
    for k, tok in enumerate(toks):
        p = rd.place(tok)
        if p is None:
            continue
        # a posting ("Ambassador to Japan") is not the government served
        back = k - 1
        while back >= 0 and (toks[back].lower_ == "the" or rd.place(toks[back]) == p):
            back -= 1
        posting = back >= 0 and toks[back].lower_ == "to"
        if posting:
            continue
        drop[k] = True
        if p[0] == "country":
            country = country or p[1]
        else:
            company = company or (org is None and p[0] == "company")
            org = org or p[1]
        if k + 1 < n and toks[k + 1].lower_ in _POSSESSIVE:
            drop[k + 1] = True
        if k + 1 < n and toks[k + 1].text == "-" and not toks[k].whitespace_:
            drop[k + 1] = True  # "U.S.-ROK" style joins
        # "of (the) COUNTRY" ending the title: drop the preposition too; inside a title it stays
        # ("chief of the Russian General Staff" -> "chief of the General Staff")
        if any(rd.place(t) is None and t.lower_ not in rd.off.connectors for t in toks[k + 1:]):
            continue
        b = k - 1
        while b >= 0 and toks[b].lower_ in ("the", "of") and not drop[b]:
            drop[b] = True
            if toks[b].lower_ == "of":
                break
            b -= 1
    for k, tok in enumerate(toks):
        if not drop[k]:
            keep.append(tok)
    # re-trim connectors exposed by dropping country words
    conn = rd.off.connectors
    while keep and (keep[0].lower_ in conn or keep[0].lower_ in _DETERMINERS):
        keep.pop(0)
    while keep and keep[-1].lower_ in conn:
        keep.pop()
    parts: list[str] = []
    for k, tok in enumerate(keep):
        parts.append(tok.text)
        nxt = keep[k + 1] if k + 1 < len(keep) else None
        if nxt is not None and (tok.whitespace_ or nxt.i != tok.i + 1):
            if not (nxt.i == tok.i + 1 and not tok.whitespace_):
                parts.append(" ")
    title = _WS.sub(" ", "".join(parts)).strip()
    return title, country, org, company


_LEADER_ROLES = frozenset({"head_of_state", "head_of_government"})
# Offices that exist only in companies: their holders serve no government.
_CORPORATE_TITLE = re.compile(r"\b(?:ceo|cfo|coo|cto|chief (?:executive|financial|operating|technology|marketing|"
                              r"information|commercial)|executive (?:vice[- ])?(?:president|chairman|chairwoman|"
                              r"director|officer)|senior vice[- ]president|managing director|co-?founder|founder|"
                              r"chairman of the board)\b")


# Words that make an organisation's name a government body, whose words are part of an office
# title ("National Security Council spokesperson"), not a company.
_GOV_BODY_WORDS = frozenset({
    "department", "ministry", "council", "committee", "office", "agency", "command", "forces", "force", "army",
    "navy", "marines", "corps", "staff", "chiefs", "secretariat", "house", "senate", "parliament", "assembly",
    "cabinet", "government", "administration", "commission", "bureau", "service", "services", "guard", "police",
    "intelligence", "security", "defense", "defence", "court", "congress", "directorate", "authority", "military",
    "state", "federal", "national", "republic", "kingdom", "embassy", "mission", "delegation",
})
_BANK_WORDS = frozenset({"bank", "reserve"})


@lru_cache(maxsize=1)
def _named_institutions() -> dict[str, str]:
    """Seats and institutions of governments by name ("Pentagon", "Kremlin"), lower case."""
    off = json.loads(resources.files("pipeline.data").joinpath("offices.json").read_text("utf-8"))
    places = json.loads(resources.files("pipeline.data").joinpath("places.json").read_text("utf-8"))
    out: dict[str, str] = {}
    for table in (places.get("institutions", {}), off["title_institutions"], off["government_seats"]):
        for k, v in table.items():
            if v:
                out.setdefault(gazetteer._key(k), v)
    return out


def _org_kind(name: str, gaz: gazetteer.Gazetteer) -> tuple[str, str] | None:
    """What an organisation named in a title stands for: a government body -> None (its words
    are part of the title: "National Security Council spokesperson"); a government's seat or
    national bank -> ("country", ISO3) ("Kremlin spokesman", "Bank of Japan Governor"); anything
    else -> ("company", name), the organisation a company or union official serves ("Boeing CEO")."""
    words = [w.strip(".,'’").lower() for w in name.split()]
    if any(w in _GOV_BODY_WORDS for w in words) or name.replace(".", "").replace("-", "").isupper():
        return None  # acronyms are mostly agencies ("CIA", "MI6"): part of the title as before
    code = _named_institutions().get(gazetteer._key(name))
    if code:
        return ("country", code)
    if any(w in _BANK_WORDS for w in words):
        for w in name.split():
            code = gaz.country(w.strip(".,"))
            if code:
                return ("country", code)
        return None
    return ("company", _WS.sub(" ", name).strip())


def _holder_country(name: str, role: str) -> str | None:
    toks = name_key(name)
    if not toks:
        return None
    # Only for the office listed: a former leader in another post ("Mark Rutte" at NATO) does
    # not serve his old country there.
    group = _LEADER_ROLES if role in _LEADER_ROLES else frozenset({role})
    hits = {c for htoks, c, r in load_offices().holders if toks <= htoks and r in group}
    return hits.pop() if len(hits) == 1 else None


def _institution_country(title: str) -> str | None:
    for key, code in load_offices().institutions:
        if code and key in title:
            return code
    return None


def extract_roles(doc: "Doc", entities: EntityIndex) -> tuple[Role, ...]:
    """Find (person, office) pairs with the country or organisation served.

    Args:
        doc: A Doc from :func:`pipeline.nlp.process` or :func:`pipeline.nlp.pipe`.
        entities: The index of the article's entities (:func:`pipeline.entities.extract_entities`).

    Returns:
        One role per person and office category, ids ``R1``, ``R2``, ... in text order.
    """
    rd = _Reader(doc, entities)
    cands: list[_Candidate] = []
    covered_until = -1
    for tok in doc:
        if tok.i < covered_until or not rd.is_head(tok) or rd.is_person(tok):
            continue
        sent = rd.block(tok)
        start, end = rd.chunk(tok, sent)
        covered_until = end
        if end <= start or not any(rd.is_head(t) for t in doc[start:end]):
            continue
        name = rd.name_after(end, sent[1])
        post = None
        if name is not None:
            ev_start, ev_end = start, name[1]
            post = rd.post_of(name[1], sent[1])
            if post is not None:
                ev_end = post[1]
        else:
            name = rd.name_before(start, sent[0])
            if name is None:
                continue
            ev_start, ev_end = name[0], end
        span = doc[name[0]:name[1]]
        written = _WS.sub(" ", span.text).strip()
        person = rd.entity(doc[name[0]])
        if person is not None and (person.label != "PERSON" or not name_key(written) <= name_key(person.name)):
            person = None
        if person is not None and name_key(person.name) - name_key(written) and any(
                p in person.name for p in _POSSESSIVE if len(p) > 1):
            person = None  # an entity named "X's Meeting": look for the plain name instead
        if person is None:
            person = next((e for e in entities.entities if e.label == "PERSON" and e.name == written), None) \
                or entities.person_named(written)
        pname = person.name if person is not None else written
        title, country, org, company = _split_title(rd, start, end, post)
        if not title or not any(ch.isalpha() for ch in pname):
            continue
        if company or _CORPORATE_TITLE.search(title.lower()):
            covered_until = max(covered_until, name[1], post[1] if post else 0)
            continue  # a company's, union's or armed group's officer: not a government office
        role = classify(title, org)
        cands.append(_Candidate(
            start=doc[ev_start].idx, end=doc[ev_end - 1].idx + len(doc[ev_end - 1].text),
            person=person, name=pname, title=title, role=role,
            country=None if org and not country else country, organization=org if not country else None,
            hint=_institution_country(title),
        ))
        covered_until = max(covered_until, name[1], post[1] if post else 0)
    signed = _signature_role(rd)
    if signed is not None:
        cands.append(signed)
    return _resolve(doc, entities, _resolve_counterparts(cands))


def _signature_role(rd: _Reader) -> _Candidate | None:
    """"Statement by the President on ..." signed "JOSEPH R. BIDEN JR." on a line of its own at
    the end: the signer holds the office the title names."""
    doc = rd.doc
    article = article_of(doc)
    if article is None or not article.title:
        return None
    m = _TITLE_OFFICE.match(article.title)
    if m is None:
        return None
    words = m.group(1).lower().split()
    if not any(w in rd.off.heads for w in words) or not all(
            w in rd.off.heads or w in rd.off.modifiers or w in rd.off.connectors for w in words):
        return None
    # the last name written in capitals on a line of its own, near the end of the text
    end = len(doc)
    while end > 0 and (doc[end - 1].is_space or doc[end - 1].is_punct) and len(doc) - end < 60:
        end -= 1
    for i in range(end - 1, max(end - 60, 0), -1):
        tok = doc[i]
        person = rd.entity(tok)
        if person is None or person.label != "PERSON" or not tok.text.isupper():
            continue
        s, e = rd.block(tok)
        line = [t for t in doc[s:e] if not t.is_space and not t.is_punct]
        if not line or any(rd.entity(t) is not person for t in line):
            return None
        first = next(t for t in doc[s:e] if not t.is_space)
        last = line[-1]
        return _Candidate(start=first.idx, end=last.idx + len(last.text), person=person, name=person.name,
                          title=m.group(1), role=classify(m.group(1)), country=None, organization=None,
                          hint=_institution_country(m.group(1)))
    return None


_COUNTERPART = frozenset({"counterpart", "counterparts"})


def _resolve_counterparts(cands: list[_Candidate]) -> list[_Candidate]:
    """A counterpart holds the office of the person it is the counterpart of, the nearest
    earlier office holder ("Secretary of State Antony Blinken met his Chinese counterpart Wang
    Yi" -> Wang Yi is a foreign minister); without one the text states no office."""
    out: list[_Candidate] = []
    for i, c in enumerate(cands):
        if c.title.lower() in _COUNTERPART:
            ref = next((o for o in reversed(cands[:i]) if o.title.lower() not in _COUNTERPART
                        and not _same_person(o, c)), None)
            if ref is None:
                continue
            c.role = ref.role
            c.counterpart = True
        out.append(c)
    return out


def _dateline_country(doc: "Doc") -> str | None:
    """The country of the dateline city ("WASHINGTON (AP) —", "KYIV, Ukraine")."""
    article = article_of(doc)
    if article is None or not article.dateline:
        return None
    return gazetteer.load().country(article.dateline.split(",")[0].title())


def _same_person(a: _Candidate, b: _Candidate) -> bool:
    if a.person is not None and b.person is not None and a.person.id == b.person.id:
        return True
    ta, tb = name_key(a.name), name_key(b.name)
    return bool(ta) and bool(tb) and (ta <= tb or tb <= ta)


_FIRST_PERSON_PLURAL = frozenset({"we", "our", "ours", "us"})


def _first_person_country(doc: "Doc", resolved: list[_Candidate]) -> str | None:
    """The country of an official speaking for "we"/"our" ("President Biden conveyed our
    support"): a statement's first person plural is its publisher."""
    votes: dict[str, int] = {}
    for c in resolved:
        if not c.country:
            continue
        sent = doc.char_span(c.start, c.end, alignment_mode="expand")
        if sent is None:
            continue
        for s in {t.sent for t in sent}:
            if any(t.lower_ in _FIRST_PERSON_PLURAL and t.text != "US" for t in s):
                votes[c.country] = votes.get(c.country, 0) + 1
    if len(votes) != 1:
        return None
    return next(iter(votes))


def _title_words(title: str) -> frozenset[str]:
    return frozenset(w for w in re.split(r"[\s-]+", title.lower()) if w not in ("of", "the", "for", "and"))


def _resolve(doc: "Doc", entities: EntityIndex, cands: list[_Candidate]) -> tuple[Role, ...]:
    """De-duplicate (person, office) and fill countries the text leaves implicit."""
    # A bare "Director Chang" repeats "Director of the National Security Office ... Chang".
    cands = [c for c in cands if not (c.role == "official_other" and any(
        o is not c and o.role != "official_other" and _same_person(o, c)
        and _title_words(c.title) <= _title_words(o.title) for o in cands))]
    groups: list[list[_Candidate]] = []
    for c in cands:
        for g in groups:
            if g[0].role == c.role and _same_person(g[0], c):
                g.append(c)
                break
        else:
            groups.append([c])
    out: list[_Candidate] = []
    for g in groups:
        best = next((c for c in g if c.country or c.organization), g[0])
        full = max(g, key=lambda c: (c.person is not None, len(c.name)))
        c = _Candidate(**{**best.__dict__, "person": best.person or full.person,
                          "name": best.name if best.person else full.name})
        if c.country is None and c.organization is None:
            # the same person's office stated with a country elsewhere in the article
            other = next((o for o in cands if _same_person(o, c) and (o.country or o.organization)), None)
            if other is not None:
                c.country, c.organization = other.country, other.organization
            else:
                c.country = c.hint or _holder_country(c.name, c.role)
        out.append(c)
    pending = [c for c in out if c.country is None and c.organization is None]
    if pending:
        home = home_country(doc, entities)
        if home is None:
            # every mention counts as a vote, with the country its group resolved to
            known = [_Candidate(**{**m.__dict__, "country": r.country}) for m in cands for r in out
                     if r.country and r.role == m.role and _same_person(r, m)]
            home = _first_person_country(doc, known)
        home = home or _dateline_country(doc)
        for c in pending:
            if not c.counterpart:  # the counterpart serves another government than the subject
                c.country = home
    out.sort(key=lambda c: (c.start, c.end))
    return tuple(
        Role(id=f"R{i}", person=c.person.id if c.person else None, person_name=c.name, title=c.title,
             role=c.role, country=c.country, organization=c.organization, evidence=evidence(doc, c.start, c.end))
        for i, c in enumerate(out, 1)
    )
