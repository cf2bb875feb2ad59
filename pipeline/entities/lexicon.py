"""Word tables and small span helpers shared by the entities modules.

Hand-kept English function and head words (no library lists them); each table says why it
exists. Country, place and office knowledge lives in :mod:`pipeline.knowledge`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..knowledge.offices import HONORIFICS
from ..records import Geo, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.tokens import Span as SpacySpan

LABELS = frozenset({"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"})

# Capitalised words after which a proper noun is a person's name ("Chancellor Olaf Scholz").
TITLE_HEADS = frozenset({
    "president", "minister", "chancellor", "secretary", "premier", "ambassador", "envoy", "spokesman",
    "spokeswoman", "spokesperson", "senator", "governor", "general", "admiral", "commander", "chief",
    "director", "king", "queen", "prince", "princess", "emperor", "leader", "mayor", "speaker", "adviser",
    "advisor", "chairman", "chairwoman", "counterpart", "colonel", "lieutenant", "captain", "major",
    "sergeant", "marshal", "brigadier", "congressman", "congresswoman", "representative", "commissioner",
    "gen.", "adm.", "col.", "lt.", "maj.", "capt.", "sgt.", "brig.", "rep.", "sen.", "gov.", "amb.",
    "mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "sir", "dame",
    "pm",  # "PM Jane Roe": Prime Minister (entities.pm_titles; capitalised only, see after_title)
})
# Last words of organisation names that often start with a one-word place name: schools, firms,
# airlines, banks, newspapers and venues ("Georgia Tech", "Texas Roadhouse", "Ohio University",
# "Denver Post", "Boston Arena"). A proper noun after a place is a surname only when it is none of
# these: a place word plus one of them names a body, not a person called after the place.
ORG_NAME_HEADS = frozenset({
    "tech", "roadhouse", "airways", "airlines", "air", "university", "college", "institute", "school",
    "academy", "bank", "bancorp", "group", "motor", "motors", "energy", "power", "capital", "partners", "holdings",
    "industries", "steel", "oil", "gas", "mining", "telecom", "media", "foods", "brands", "pharma",
    "insurance", "financial", "securities", "ventures", "systems", "technologies", "labs", "health",
    "times", "post", "journal", "herald", "daily", "news", "tribune", "gazette", "star", "sun", "chronicle",
    "stadium", "arena", "park", "center", "centre", "hall", "garden", "gardens", "speedway", "raceway",
    "airport", "port", "harbor", "harbour", "railways", "rail", "transit", "utilities", "water",
    "united", "city", "rovers", "wanderers", "athletic", "athletics", "rangers", "fc", "zoo", "museum",
})
# Words of office titles that are never a person's name on their own: a span made only of them
# and the office words of the ontology is a title the model tagged as a PERSON ("Nominee" in
# "Jane Roe, Nominee for Under Secretary"; "Ambassador Extraordinary and Plenipotentiary"; "Senate
# Liaison"; "Assistant Legal Adviser"; "Chief Cabinet Secretary").
TITLE_WORDS = frozenset({
    "nominee", "designee", "designate", "elect", "acting", "interim", "emeritus", "emerita", "commandant", "ranking", "extraordinary",
    "plenipotentiary", "liaison", "cabinet", "legal", "counsel", "counselor", "counsellor", "assistant",
    "associate", "principal", "senior", "special", "under", "executive", "attache", "attaché", "consul",
    "delegate", "officer", "official", "aide", "administrator", "inspector", "auditor", "comptroller",
    "treasurer", "whip", "chairperson", "coordinator", "negotiator", "advocate", "solicitor", "attorney",
    "surgeon", "judge", "justice", "magistrate", "prosecutor", "clerk", "undersecretary",
    # religious and traditional titles written before a name ("Reverend Al Sharpton", "Sheikh Tamim")
    "reverend", "pastor", "bishop", "archbishop", "cardinal", "rabbi", "imam", "sheikh", "sheik", "emir",
    "sultan", "ayatollah", "crown", "potus", "flotus", "scotus",
    # "Sec." abbreviates Secretary before a name (and Section in legal text): never a name alone
    "sec",
    # enlisted ranks ("Army Corporal Ana Ruiz", "Specialist Ana Ruiz"; US military rank titles)
    "corporal", "specialist", "seaman", "airman", "ensign",
})
# Last words of honours and programmes named after a person: "a Rhodes Scholar", "an
# Eisenhower Fellow", "the Nobel Prize", "a Fulbright Scholarship" name the honour, not a person.
HONOUR_HEADS = frozenset({
    "scholar", "scholars", "scholarship", "scholarships", "fellow", "fellows", "fellowship", "fellowships",
    "laureate", "laureates", "prize", "prizes", "award", "awards", "medal", "medals", "medalist", "lecture",
    # grants and programmes named after a person ("Pell Grants", "Trump Accounts"; not the singular
    # "Grant", a surname: "Paul Grant")
    "grants", "accounts",
    # plans, bodies and events named after a person, never a surname ("the Walter Roe Commission",
    # "the Jane Doe Conference", "the Roe Plan")
    "plan", "commission", "conference", "initiative", "strategy", "act", "program", "programme",
    # military decorations ("the Bronze Star", "a Purple Heart"; US Army Human Resources Command's
    # list of awards and decorations) and the US Department of Labor's "Registered Apprenticeship"
    # programme: words no surname ends a name with
    "star", "heart", "apprenticeship", "apprenticeships",
})
# Nouns for people that an apposition names: "her husband, Tobias,"; "his manager, Sydney Okwuosa,";
# "Idriss Bamba Kourouma, chairman of the Council"; with the office heads of TITLE_HEADS.
PERSON_NOUNS = frozenset({
    "wife", "husband", "widow", "widower", "son", "daughter", "mother", "father", "brother", "sister",
    "grandson", "granddaughter", "partner", "fiancee", "fiancée", "fiance", "nephew", "niece", "cousin",
    "manager", "coach", "aide", "lawyer", "attorney", "chairperson", "deputy", "nominee", "founder",
    "editor", "analyst", "author", "diplomat", "negotiator", "colleague", "friend",
    # "the ranking member, Ana Ruiz;", "Ana Ruiz, the first woman to lead ...", "a reporter, Ana Ruiz"
    "member", "woman", "man", "reporter", "journalist", "student", "teacher",
})
# Honorifics written without a period are also first names ("Gen Nakatani", "Col" is rarer).
BARE_RANKS = frozenset({"gen", "col", "lt", "maj", "capt", "sgt", "adm", "sen", "rep", "gov", "amb"})
# Descriptive nouns news style writes before a name like a title, capitalised at the start of a
# sentence or after a body's name ("Defender Nicolas Otamendi scored", "Cabinet Member Benny
# Gantz", "Police Constable Mark Evans", "Opposition Leader"'s bare "Opposition Yair Lapid"): the
# AP Stylebook's "occupational descriptions" (lower case before a name, never part of it), the
# positions of team sports, and membership words. None of them is a given name.
DESCRIPTOR_NOUNS = frozenset({
    "member", "opposition", "constable", "detective", "sheriff", "trooper", "firefighter", "lawmaker",
    "legislator", "activist", "campaigner", "economist", "analyst", "striker", "forward", "midfielder",
    "defender", "goalkeeper", "goalie", "winger", "fullback", "centre-back", "center-back", "quarterback",
    "pitcher", "catcher", "batter", "bowler", "batsman", "captain", "coach", "manager", "rookie",
    "veteran", "teammate", "novelist", "author", "singer", "rapper", "actor", "actress", "filmmaker",
    "billionaire", "businessman", "businesswoman", "entrepreneur", "astronaut", "physicist", "dissident",
    "journalist", "photographer", "broadcaster", "comedian", "playwright", "poet", "suspect",
    # people in the news by what they do or own ("Franchisee Ana Ruiz, who runs 60 stores, ...")
    "franchisee", "homeowner", "shopkeeper", "farmer", "teacher", "nurse", "student", "volunteer",
    "designer", "architect", "researcher", "scientist", "founder", "owner",
    # US city and state legislators' one-word titles ("Councilmember Ana Ruiz", "Assemblyman Jo Tan")
    # and the court's "Special Master"
    "councilmember", "councilman", "councilwoman", "councillor", "councilor", "alderman", "alderwoman",
    "assemblymember", "assemblyman", "assemblywoman", "master",
})
# Common nouns after a place name the model takes for a person ("the Zaporizhzhia region").
PLACE_NOUNS = frozenset({"region", "province", "oblast", "district", "county", "prefecture", "state",
                         "area", "city", "town", "village", "governorate", "territory", "border", "river",
                         "island", "islands", "peninsula", "valley", "airport", "port", "base"})
# Head nouns of named stretches of land and water: "Panama Canal Zone", "Taiwan Strait",
# "Donbas Region" are places even when the model calls them facilities or organisations.
GEO_HEADS = frozenset({"zone", "peninsula", "sea", "strait", "straits", "gulf", "bay", "ocean", "corridor",
                       "region", "valley", "basin", "plateau", "desert", "archipelago", "coast", "channel"})
# Head nouns of named buildings and grounds: a country or demonym before them is part of the
# facility's name ("Emirates Stadium", "Korea University Hospital"), not a place of its own.
FACILITY_HEADS = frozenset({"stadium", "arena", "airport", "hospital", "hotel", "tower", "bridge", "center",
                            "centre", "palace", "square", "station", "museum", "cathedral", "mosque", "temple",
                            "park", "hall", "theatre", "theater", "gardens", "room", "building", "library",
                            "auditorium", "pavilion", "campus",
                            # a place of care, a hospital's kind ("Mayo Clinic", "the Civil Justice Clinic")
                            "clinic",
                            # a city or airport gate ("Abbey Gate", "Damascus Gate"; "Gates" is a surname)
                            "gate",
                            # shops and markets, real or online ("Corner Store", "the App Store")
                            "store", "stores", "shop", "mall", "market", "marketplace", "plaza"})
# Lower-case particles inside family names: Romance (de, da, di, del, della, dei, des, du, do,
# dos, das, la, le, and Spanish los, las: "de los Santos", "de las Casas"), Dutch and Low German
# (van, der, den, ter, ten: "van den Berg"), German (von, zu), Scandinavian (af), Welsh (ap),
# Arabic (bin, bint, ibn, al, el), Hebrew (ben).
NAME_PARTICLES = frozenset({"de", "da", "di", "del", "della", "dei", "des", "du", "do", "dos", "das", "la", "le",
                            "los", "las", "van", "von", "der", "den", "ter", "ten", "zu", "af", "ap", "bin", "bint",
                            "ibn", "al", "el", "ben"})
PERSON_LIKE = frozenset({"ORG", "NORP", "GPE", "PRODUCT", "FAC", "LOC", "WORK_OF_ART"})

CAMEL_END = re.compile(r"[a-z][A-Z]$")
_POSSESSIVE = re.compile(r"(?:['’]s?|s['’])$")
LEADING_THE = re.compile(r"^(?:the|The|THE)\s+")
_WS = re.compile(r"\s+")

Item = tuple[int, int, str]
"""An entity candidate: token range ``[start, end)`` of the Doc and its label."""


@dataclass
class Group:
    """Mentions of one entity while they are collected."""

    label: str
    name: str
    country: str | None
    mentions: list[Span] = field(default_factory=list)
    first: int = 0
    geo: Geo | None = None


def clean_span(span: "SpacySpan") -> "SpacySpan | None":
    """Trim whitespace, punctuation and possessive tokens at the edges of an entity span."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].is_space or doc[start].is_punct and doc[start].text not in ("(",)):
        start += 1
    while end > start and (doc[end - 1].is_space or doc[end - 1].is_punct and doc[end - 1].text != "."
                           or doc[end - 1].tag_ == "POS" or doc[end - 1].text in ("'s", "’s")):
        end -= 1
    if end <= start:
        return None
    return doc[start:end]


# Words a web page writes after a name to head that person's biography ("**Ana Ruiz Bio**").
_BIO_HEADS = frozenset({"bio", "biography"})


def name_tail_cut(span: "SpacySpan") -> "SpacySpan | None":
    """A PERSON span without the words at its end that no name ends in: lower-case function
    words ("President Herzog of | Israel": the model took the preposition into the name; no name
    ends in a preposition, conjunction or article, while particles inside one, "bin", "von der",
    stay) and a biography heading's last word ("Ana Ruiz | Bio").

    Args:
        span: A PERSON span of the model.

    Returns:
        The span without those words, or None when nothing is left.
    """
    doc, start, end = span.doc, span.start, span.end
    while end > start and (doc[end - 1].is_lower and doc[end - 1].tag_ in ("IN", "CC", "DT", "TO")
                           or end - start > 1 and doc[end - 1].lower_ in _BIO_HEADS):
        end -= 1
    return doc[start:end] if end > start else None


def norm_name(text: str) -> str:
    """A name as written, on one line, without a trailing possessive or punctuation."""
    text = _WS.sub(" ", text).strip()
    text = _POSSESSIVE.sub("", text) if not text.endswith(".") else text
    return text.strip(" ,;:")


def after_title(doc: "Doc", start: int, *, comma: bool = True) -> bool:
    """Whether token ``start`` follows an office word: "Chancellor | Olaf Scholz", or in an
    apposition "top commander, | Oleksandr Syrskyi" (``comma``)."""
    i = start - 1
    with_comma = comma and i > 0 and doc[i].text == ","
    if with_comma:
        i -= 1
    if i < 0:
        return False
    tok = doc[i]
    if tok.lower_ in _HYPHENED_STATUS and i >= 2 and doc[i - 1].text == "-":
        tok = doc[i - 2]  # "President-elect | Ana Ruiz", "Ambassador-designate | Ana Ruiz"
    return tok.lower_ in TITLE_HEADS and (with_comma or tok.text[:1].isupper())


def after_courtesy_title(doc: "Doc", i: int) -> bool:
    """Whether token ``i`` follows a courtesy title, with or without its period ("Mr. | Roe",
    "MR. | ROBERTS", "Dr | Roe").

    Args:
        doc: The parsed article.
        i: Index of the token after the title.

    Returns:
        True when the token before ``i`` (skipping one full stop) is an honorific.
    """
    j = i - 1
    if j >= 0 and doc[j].text == ".":
        j -= 1
    return j >= 0 and doc[j].lower_.rstrip(".") in HONORIFICS


# Status words hyphened to an office before a name ("President-elect", "Minister-designate").
_HYPHENED_STATUS = frozenset({"elect", "designate", "nominee"})
