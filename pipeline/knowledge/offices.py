"""The office ontology: office words, honorifics, offices and their roles, seats of government.

One place for what the stages know about offices, read from ``pipeline/data/offices.json``
(hand-kept, with a source or reason per entry: no maintained library lists the world's offices).
Entities use the office words to trim titles off person names, quotes use them to find speakers,
roles use the offices to classify titles, to find the country of a title only one country has
("Taoiseach" -> IRL), to read a role's status from the words written with it ("former",
"acting", "-elect") and to look up who held an office on a date (the dated office-holder table);
the article context uses the seats of government.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from ..names import name_key
from ..records import ROLE_CATEGORIES


def _data() -> dict:
    return json.loads(resources.files("pipeline.data").joinpath("offices.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def nomination_lexicon() -> dict:
    """The ``nominations`` section of the ontology: the grammar words of nomination documents
    ("vice X, resigned" reasons and the status each implies, office head words, public and
    private body words), each group with its reason."""
    return _WORDS["nominations"]


@lru_cache(maxsize=1)
def title_abbreviations() -> dict[str, str]:
    """Abbreviated titles written before a name and the title each stands for (``offices.json``
    ``title_abbreviations``, a source per entry): lower case, words without their full stops
    ("atty gen" -> "Attorney General")."""
    return {e["abbreviation"]: e["title"] for e in _WORDS["title_abbreviations"]}


@lru_cache(maxsize=None)
def word_group(key: str) -> frozenset[str]:
    """The words of one word list of the ontology (``offices.json`` ``words[key]``).

    Args:
        key: The list's name ("legislative_staff_heads", "named_after_person", ...).

    Returns:
        The union of its groups' words (each group carries its reason in the data file).
    """
    return _words(_WORDS, key)


def _words(data: dict, key: str) -> frozenset[str]:
    """The union of the word groups of ``words[key]`` (each group carries its reason)."""
    return frozenset(w for group in data["words"][key] for w in group["words"])


_WORDS = _data()  # read once per process; every reader below shares it (nothing mutates it)
COURTESY_TITLES = _words(_WORDS, "courtesy_titles")
"""Forms of address written before a name ("mr", "dame"), lower case without the period."""
HONORIFICS = COURTESY_TITLES | _words(_WORDS, "rank_abbreviations")
"""Courtesy titles and abbreviated ranks written before a name, lower case without the period."""
OFFICE_WORDS = _words(_WORDS, "office_words")
"""Office words the statistical NER sometimes includes at the start of a PERSON span."""
ORG_LAST_WORDS = _words(_WORDS, "organization_last_words")
"""Last words that make a capitalised name a company or body, not a person ("Saturn Corporation")."""

# A leading "acting"-status word ("Acting", "Interim", "Caretaker", "Transitional" before the title):
# the office's category and country are those of the title it qualifies
_ACTING_PREFIX = re.compile(r"^(?:" + "|".join(sorted(
    (re.escape(w) for g in _WORDS["words"]["status_words"] if g["status"] == "acting" for w in g["words"]),
    key=len, reverse=True)) + r")[- ](?=\S)")


@dataclass(frozen=True)
class Holder:
    """Who held an office: one row of the office-holder table."""

    key: frozenset[str]
    """:func:`folded_name_key` of the holder's name"""
    family: frozenset[str]
    """:func:`folded_name_key` of the family name (:func:`family_key`): a shorter name refers to
    the holder only when it has one of these words"""
    name: str
    country: str
    role: str
    start: str | None
    """ISO date the office was taken, or None (undated row: any date)"""
    end: str | None
    """ISO date the office was left, or None (still held, or undated)"""

    def held_on(self, date: str | None) -> bool:
        """Whether the row covers ``date`` (YYYY-MM-DD); an undated row or date always does."""
        if date is None or (self.start is None and self.end is None):
            return True
        return (self.start is None or self.start <= date) and (self.end is None or date < self.end)


_MISSING = object()
_MEMO_MAX = 100_000


@dataclass(frozen=True)
class Offices:
    """The loaded ontology (see ``offices.json`` for what each part means)."""

    heads: frozenset[str]
    capital_only: frozenset[str]
    modifiers: frozenset[str]
    connectors: frozenset[str]
    courtesy: frozenset[str]
    gov_body_words: frozenset[str]
    unit_words: frozenset[str]
    """last words of a named formation or public body that is part of a title ("Carrier Strike Group")"""
    bank_words: frozenset[str]
    attribution_verbs: frozenset[str]
    status_words: dict[str, str]
    """word written with a title -> role status ("former" -> "former", "acting" -> "acting")"""
    rules: tuple[tuple[re.Pattern[str], str], ...]
    """(pattern, role) in order, first match wins"""
    private_titles: tuple[re.Pattern[str], ...]
    """offices of companies, not public offices ("CEO"): their holders get no role"""
    country_titles: tuple[tuple[re.Pattern[str], str], ...]
    """(pattern, ISO3) for titles only one country has"""
    publisher_titles: tuple[tuple[re.Pattern[str], str], ...]
    """(pattern, ISO3) for titles a government's own texts write without the country"""
    seats: tuple[tuple[str, re.Pattern[str], str], ...]
    """(written form, pattern, ISO3) of government seats"""
    institutions: tuple[tuple[str, str], ...]
    holders: tuple[Holder, ...]
    holder_index: dict[str, tuple[Holder, ...]]
    """name token -> the holders whose key has it (a lookup reads one token's rows, not the table)"""
    professions: frozenset[str] = frozenset()
    """profession words of posts headed "Chief" ("Chief Scientist"): part of the title, never a surname"""
    _memo: dict[tuple[str, str], object] = field(default_factory=dict, init=False, compare=False, repr=False)
    """(question, title) -> answer of the title look-ups below: the same titles recur in every
    article, and each look-up tries the office patterns in order (not copied by ``replace``)"""

    def _remembered(self, kind: str, title: str, answer: Callable[[str], object]) -> object:
        """``answer(title_key(title))``, remembered per (kind, title)."""
        hit = self._memo.get((kind, title), _MISSING)
        if hit is _MISSING:
            if len(self._memo) > _MEMO_MAX:
                self._memo.clear()  # bounded memory on endless streams
            hit = self._memo[(kind, title)] = answer(title_key(title))
        return hit

    def _first(self, kind: str, title: str, table) -> str | None:
        """The value of the first (pattern, value) row of ``table`` whose pattern finds the
        title's :func:`title_key` without a leading word of the "acting" status ("Acting Secretary
        of State" is the Secretary of State's office held for a time: dev/README.md status
        "acting"), or None; remembered per title."""
        return self._remembered(kind, title, lambda key: _first_match(table, _ACTING_PREFIX.sub("", key, count=1)))

    def holders_named(self, toks: frozenset[str]) -> tuple[Holder, ...]:
        """The table's rows whose name key contains every token of ``toks`` (a folded name key) and
        one of the words of the family name (:func:`names_holder`)."""
        return tuple(h for h in self.holders_containing(toks) if not toks.isdisjoint(h.family))

    def holders_containing(self, toks: frozenset[str]) -> tuple[Holder, ...]:
        """The table's rows whose name key contains every token of ``toks``, family name or not
        (the rows whose given name a first name written alone may be); to resolve a name to its
        holder, use :meth:`holders_named`, which also asks for the family name."""
        if not toks:
            return ()
        rows = min((self.holder_index.get(t, ()) for t in toks), key=len)
        return tuple(h for h in rows if toks <= h.key)

    def is_unit_name(self, words: list[str]) -> bool:
        """Whether lower-case name words end in a formation's or public body's word
        ("carrier strike group 9", "surface transportation board"), a trailing number aside."""
        while words and words[-1].isdigit():
            words = words[:-1]
        return bool(words) and (words[-1] in self.unit_words or " ".join(words[-2:]) in self.unit_words)

    def title_country(self, title: str) -> str | None:
        """ISO3 of a title only one country has ("Taoiseach" -> IRL)."""
        return self._first("country", title, self.country_titles)

    def publisher_title_country(self, title: str) -> str | None:
        """ISO3 of the government whose own texts write ``title`` without naming the country
        ("Deputy Assistant to the President" -> USA), else None."""
        return self._first("publisher", title, self.publisher_titles)

    def is_private(self, title: str) -> bool:
        """Whether a title is a company's office ("Chief Operating Officer"), not a public one."""
        return self._remembered("private", title, lambda key: any(rx.search(key) for rx in self.private_titles))

    def classify(self, title: str) -> str:
        """The role category of a title (first matching office), ``official_other`` if none.

        An office written as another office's possession ("Prime Minister's Diplomatic Adviser",
        "the President's National Security Advisor") is the possessed office: the possessor names
        whose staff it is, not what the holder does. Only a possessive that opens the title counts: a
        possessor whose last word is no office ("Ambassador to the People's Republic of Bangladesh",
        "Women's Minister") or that holds a preposition ("Spokesman for the Prime Minister's Office",
        "Commander of the President's Guard") leaves the title whole.
        """
        return self._remembered("category", title, lambda _key: self._category(title))

    def _category(self, title: str) -> str:
        """:meth:`classify`, not remembered."""
        owner = _POSSESSOR.match(title)
        if owner and not _PREPOSITION.search(owner.group(1)) and self._first("role", owner.group(1).split()[-1], self.rules) is not None:
            return self.classify(owner.group(2))
        role = self._first("role", title, self.rules) or "official_other"
        # The same holds for an office written with the office it serves after "to" ("Special Counsel
        # to the Puerto Rico Attorney General", "Special Envoy to the Prime Minister"): when the whole
        # title reads only as the served office, the post before "to" is the holder's.
        served = _SERVED.match(title)
        if served is not None and role == "official_other" and " and " not in served.group(2).lower() \
                and self._first("role", served.group(2), self.rules) == "official_other" \
                and (post := self._first("role", served.group(1), self.rules)) not in (None, "official_other"):
            return post  # "National Security Advisor to the Vice President": the served office's "vice" is not the post's
        if served is None or role == "official_other" or " and " in served.group(2).lower() \
                or self._first("role", served.group(2), self.rules) != role:
            return role
        post = self._first("role", served.group(1), self.rules)
        # ("Secretary of State to the Minister for Europe": a junior post, no foreign minister)
        return role if post == role else "official_other" if post is None or post in _GOVERNMENT_HEADS else post


def _first_match(table, key: str) -> str | None:
    """The value of the first (pattern, value) row of ``table`` whose pattern finds ``key``."""
    return next((value for rx, value in table if rx.search(key)), None)


def folded_name_key(name: str) -> frozenset[str]:
    """:func:`pipeline.names.name_key` without accents ("Jean-Noël" ~ "Jean-Noel") and with a "y" after
    a vowel and before a consonant read as "i", for the table: the two romanisations of one diphthong
    in Arabic and other names ("Haytham" ~ "Haitham", "Zayed" stays, "Aymen" ~ "Aimen")."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return frozenset(_Y_DIPHTHONG.sub("i", t) for t in name_key(plain))


_Y_DIPHTHONG = re.compile(r"(?<=[aeou])y(?=[^aeiouy])")


_ROMAN = re.compile(r"^[ivxlc]+$")
_POSSESSOR = re.compile(r"^(.+?)['’]s\s+(\S.*)$")
_PREPOSITION = re.compile(r"\s(?:of|for|in|to|at|with|on)\s", re.I)
_GOVERNMENT_HEADS = frozenset({"head_of_state", "head_of_government", "foreign_minister", "defence_minister"})
"""offices a government has one of: a post "to" another office is never one of them"""
# "Special Counsel to the Attorney General": a post (before "to") and the office it serves (after)
_SERVED = re.compile(r"^(.+?)\s+to\s+(?:the\s+)?(\S.*)$", re.I)


def family_key(name: str, family: str | None = None) -> frozenset[str]:
    """The folded key of a holder's family name: the ``family`` the table writes for the row
    (a name written family-name-first, "Xi Jinping" -> "Xi"; a name its bearer is known by alone
    that is not the last word, "Prayut Chan-o-cha" -> "Prayut"; a two-word surname, "López
    Obrador"), else the name's last word, a generational suffix or a regnal number aside
    ("Joseph R. Biden Jr." -> {"biden"}, "Charles III" -> {"charles"})."""
    if family:
        return folded_name_key(family)
    for word in reversed(name.split()):
        key = folded_name_key(word)
        if key and not all(_ROMAN.match(t) for t in key):
            return key
    return folded_name_key(name)


def names_holder(toks: frozenset[str], key: frozenset[str], family: frozenset[str]) -> bool:
    """Whether a name written in a text (its folded key ``toks``) can name the holder whose full
    name has the key ``key``: every word is one of the holder's and one is the family name.
    A given name alone is not enough: "President Roosevelt" is not Roosevelt Skerrit."""
    return toks <= key and not toks.isdisjoint(family)


def title_key(title: str) -> str:
    """A title as the office patterns see it: lower case, straight apostrophes, single spaces."""
    return " ".join(title.lower().replace("’", "'").split())


def _seat_pattern(name: str) -> str:
    r"""``(?<![\w-])(?<!National )NAME(?![\w-])(?!\s+[Pp]arty\b)`` with the look-behinds moved
    after the (escaped) name."""
    return name + r"(?<![\w-]" + name + r")(?<!National " + name + r")(?![\w-])(?!\s+[Pp]arty\b)"


@lru_cache(maxsize=1)
def load_offices() -> Offices:
    """Read the office ontology once per process.

    Raises:
        ValueError: The data file names a role category outside the record contract.
    """
    data = _WORDS
    rules = tuple((re.compile(o["pattern"]), o["role"]) for o in data["offices"] if o.get("role"))
    unknown = {role for _, role in rules} - set(ROLE_CATEGORIES)
    if unknown:  # a typo in the data file must not produce records outside the contract
        raise ValueError(f"offices.json: unknown role categories {sorted(unknown)}")
    # a seat's name inside a party's or movement's name is no seat ("the Congress party", "African
    # National Congress", "the Kremlin-backed party" keeps its hyphen test). The look-behinds sit
    # after the name (the name not preceded by them: same matches as before it), so the pattern
    # starts with a literal and the regex engine scans for it quickly (seats -60% CPU).
    seats = tuple((s["name"], re.compile(_seat_pattern(re.escape(s["name"]))), s["country"])
                  for s in data["government_seats"])
    holders = tuple(Holder(key=folded_name_key(row[0]), family=family_key(row[0], row[5] if len(row) > 5 else None),
                           name=row[0], country=row[1], role=row[2], start=row[3], end=row[4])
                    for group in data["office_holders"] for row in group["holders"])
    bad = {h.role for h in holders} - set(ROLE_CATEGORIES)
    if bad:
        raise ValueError(f"offices.json: unknown role categories in office_holders {sorted(bad)}")
    return Offices(
        heads=_words(data, "heads"),
        capital_only=_words(data, "heads_capitalized_only"),
        modifiers=_words(data, "modifiers") | _words(data, "title_professions"),
        connectors=_words(data, "connectors"),
        courtesy=_words(data, "courtesy_titles"),
        gov_body_words=_words(data, "government_body_words"),
        unit_words=_words(data, "unit_words"),
        bank_words=_words(data, "national_bank_words"),
        attribution_verbs=_words(data, "attribution_verbs"),
        status_words={w: g["status"] for g in data["words"]["status_words"] for w in g["words"]},
        rules=rules,
        private_titles=tuple(re.compile(o["pattern"]) for o in data["offices"] if o.get("public") is False),
        country_titles=tuple((re.compile(o["pattern"]), o["country"]) for o in data["offices"] if o.get("country")),
        publisher_titles=tuple((re.compile(o["pattern"]), o["country"]) for o in data["offices"]
                               if o.get("country") and o.get("publisher_style")),
        seats=seats,
        institutions=tuple((i["name"], i["country"]) for i in data["title_institutions"]),
        holders=holders,
        holder_index=_index_holders(holders),
        professions=_words(data, "title_professions"),
    )


def _index_holders(holders: tuple[Holder, ...]) -> dict[str, tuple[Holder, ...]]:
    index: dict[str, list[Holder]] = {}
    for h in holders:
        for tok in h.key:
            index.setdefault(tok, []).append(h)
    return {tok: tuple(rows) for tok, rows in index.items()}


@lru_cache(maxsize=1)
def organisation_holders() -> tuple[tuple[frozenset[str], frozenset[str], str, str | None, str | None], ...]:
    """The dated heads of international organisations (``offices.json`` ``organisation_holders``):
    (folded name key, family-name key, organisation, start, end) per row (:func:`family_key`; a
    row may write the family name as a fifth field); an end date is the successor's first day."""
    rows = _WORDS.get("organisation_holders", {}).get("holders", [])
    return tuple((folded_name_key(row[0]), family_key(row[0], row[4] if len(row) > 4 else None), row[1], row[2], row[3])
                 for row in rows)


@lru_cache(maxsize=1)
def vice_president_terms() -> tuple[tuple[frozenset[str], frozenset[str], str, str | None], ...]:
    """The dated terms of US vice presidents (``offices.json`` ``vice_president_terms``): (folded
    name key, family-name key, start, end) per row; end is None while in office."""
    rows = _WORDS.get("vice_president_terms", {}).get("holders", [])
    return tuple((folded_name_key(n), family_key(n), start, end) for n, start, end in rows)
