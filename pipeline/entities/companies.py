"""Companies among the organisations: which ORG entities the text marks as businesses, so that
later stages can tell a company ("Boeing Co.", "the carmaker Volta") from a government body or
an international organisation.

A company is marked by form, the way news writes it:

- a legal-form suffix in the name or right after it ("Inc.", "Corp.", "Co.", "Ltd", "LLC",
  "plc", "N.V.", "AG", "SE", "S.A.", "GmbH"; Wikipedia: List of legal entity types by country)
  or a business head noun ending the name ("Helix Dynamics", "Orion Aerospace", "Kestrel
  Holdings");
- a business noun right before the name ("the carmaker Volta", "drone maker Helix",
  "defence contractor Orion") or in an apposition after it ("Volta, the Italian carmaker,");
- the language of shares and executives ("shares of Volta", "Volta's chief executive",
  "Volta shares") and a stock ticker ("(NYSE: VLT)").

Government and international bodies never count (their head words: ministry, department,
agency, council, ...), nor a name the gazetteer knows as an international organisation.
:func:`company_ids` reads the article text around each mention; it is cheap (regular
expressions on a few dozen characters per ORG mention).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..knowledge import countries
from ..records import Entity

# Legal forms written after a company's name (Wikipedia: List of legal entity types by country).
_LEGAL = (r"Inc\.?|Incorporated|Corp\.?|Corporation|Co\.|Cos\.|Company|Ltd\.?|Limited|LLC|L\.L\.C\.|LLP|plc|PLC|"
          r"N\.V\.|NV|B\.V\.|BV|AG|SE|S\.A\.|SA|S\.p\.A\.|SpA|GmbH|AB|ASA|A/S|Oyj|Pty|Pte|Bhd|K\.K\.")
_LEGAL_WORDS = frozenset(f for w in _LEGAL.replace("\\.", ".").split("|")
                         for f in ((w[:-2], w[:-1]) if w.endswith(".?") else (w,)))
_LEGAL_AFTER = re.compile(rf"^,?\s(?:{_LEGAL})(?![\w])")
# Head nouns that end the names of businesses ("Orion Aerospace", "Kestrel Holdings"); not "Bank"
# or "Group", which also end the names of public bodies ("World Bank", "Group of Seven").
_BUSINESS_HEADS = frozenset({
    "holdings", "industries", "technologies", "technology", "aerospace", "dynamics", "motors", "airlines",
    "airways", "pharmaceuticals", "pharma", "electronics", "enterprises", "ventures", "capital", "partners",
    "systems", "shipbuilding", "shipyards", "energy", "petroleum", "oil", "steel", "mining", "telecom",
    "communications", "semiconductor", "semiconductors", "robotics", "automotive", "logistics", "foods", "brands",
    "insurance", "securities", "bancorp", "labs", "software",
})
# Nouns for a business written right before its name, or heading an apposition after it.
_NOUNS = frozenset({
    "company", "companies", "firm", "corporation", "carmaker", "automaker", "airframer", "planemaker", "chipmaker",
    "drugmaker", "shipbuilder", "shipyard", "maker", "manufacturer", "contractor", "retailer", "lender", "insurer",
    "conglomerate", "startup", "start-up", "supplier", "producer", "airline", "carrier", "operator", "miner",
    "developer", "giant", "subsidiary", "bank",
})
_NOUN_PAIRS = frozenset({"defence group", "defense group", "energy group", "investment bank", "automobile maker"})
_BUSINESS_NOUNS = "|".join(sorted(_NOUNS | _NOUN_PAIRS, key=len, reverse=True))
_NOUN_AFTER = re.compile(rf"^,\s+(?:the|a|an|its|which|whose)?\s*(?:[\w’'.&-]+\s+){{0,4}}?(?:{_BUSINESS_NOUNS})\b")
_SHARES_BEFORE = re.compile(r"(?:shares|stock|shareholders|stake)\s+(?:of|in)\s+(?:the\s+)?$", re.I)
# "Volta's shares", "Volta's chief executive", "Volta CEO Ana Ruiz" (not "Volta shares": a verb too)
_SHARES_AFTER = re.compile(r"^(?:['’]s\s+(?:chief executive|CEO|chief financial officer|CFO|shares|stock|"
                           r"shareholders|board of directors|share price|stock price)|\s+(?:chief executive|CEO|CFO|"
                           r"shareholders|share price|stock price))\b")
_TICKER_AFTER = re.compile(r"^\s*\((?:NYSE|NASDAQ|Nasdaq|LSE|TSX|ASX|NYSE American|OTC|TSE|HKEX)\s*:\s*[A-Z0-9.]+\)")
# Head words of public bodies: a name with one of them is no company whatever its context.
_PUBLIC_WORDS = frozenset({
    "ministry", "department", "agency", "council", "commission", "committee", "parliament", "congress", "senate",
    "government", "administration", "office", "bureau", "court", "army", "navy", "force", "forces", "guard",
    "police", "party", "union", "organization", "organisation", "nations", "assembly", "authority", "service",
    "federation", "alliance", "coalition", "university", "institute", "command", "cabinet", "treaty",
})
_WINDOW = 60


def _name_words(name: str) -> list[str]:
    return [w.lower().strip(",.") for w in name.split()]


def _by_name(name: str) -> bool:
    words = _name_words(name)
    if any(w in _PUBLIC_WORDS for w in words):
        return False
    last = name.rsplit(None, 1)[-1].lstrip(",")
    return len(words) >= 2 and (last in _LEGAL_WORDS or words[-1] in _BUSINESS_HEADS)


def _noun_before(before: str) -> bool:
    """A business noun ends the text before the name, "the" allowed after it ("the carmaker |",
    "drone maker |", "investment bank |")."""
    words = before.lower().split()[-3:]
    if words and words[-1] == "the":
        words.pop()
    return bool(words) and (words[-1] in _NOUNS or " ".join(words[-2:]) in _NOUN_PAIRS)


def _by_context(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - _WINDOW):start]
    after = text[end:end + _WINDOW]
    return bool(_noun_before(before) or _LEGAL_AFTER.match(after) or _NOUN_AFTER.match(after)
                or _SHARES_AFTER.match(after) or _TICKER_AFTER.match(after) or _SHARES_BEFORE.search(before))


def company_ids(text: str, entities: Iterable[Entity]) -> tuple[str, ...]:
    """Ids of the ORG entities the text marks as companies (see the module docstring).

    Args:
        text: The article text as ingested (the mentions' offsets index it).
        entities: The article's entities (:func:`pipeline.entities.extract_entities`).

    Returns:
        The entity ids, in the order of ``entities``.
    """
    gaz = countries.load()
    out = []
    for ent in entities:
        if ent.label != "ORG" or gaz.organization(ent.name):
            continue  # an international organisation ("NATO") is no company
        if any(w in _PUBLIC_WORDS for w in _name_words(ent.name)):
            continue
        if _by_name(ent.name) or any(_by_name(m.text) or _by_context(text, m.start, m.end) for m in ent.mentions):
            out.append(ent.id)
    return tuple(out)
