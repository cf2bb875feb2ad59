"""Patterns for the gazetteer EntityRuler that runs before the statistical NER.

Countries, demonyms, capitals and international organisations from
:mod:`pipeline.knowledge.countries`, seas and regions, so that "ROK", "DPRK" or "U.S." are
entities whatever the statistical model thinks. Longest match wins, so:

- names of companies and banks built on a country or city ("Air France", "Singapore Airlines",
  "Bank of Japan", "Swiss National Bank", "China Eastern Airlines") are one ORG;
- places whose name contains a country's ("New Mexico", "Mexico City", "New South Wales",
  "British Columbia": first-level regions, and cities of 100,000+, from
  :mod:`pipeline.knowledge.places`) are one GPE, not a word plus a country;
- a country's long form ("the Republic of Congo", "Islamic Republic of Iran") is one GPE.

Capitals are patterns only from 100,000 inhabitants: smaller ones include words more often
written as names (Victoria, Stanley, Douglas), left to the statistical model.
"""

from __future__ import annotations

from ..knowledge import countries, places

# Regions and bodies of water news writes about; longest match wins over a demonym inside
# ("Korean Peninsula" is a LOC, not NORP + "Peninsula"). No library lists these as places.
_REGIONS = (
    "Korean Peninsula", "South China Sea", "East China Sea", "Yellow Sea", "Sea of Japan", "East Sea",
    "Taiwan Strait", "Strait of Hormuz", "Persian Gulf", "Red Sea", "Black Sea", "Baltic Sea",
    "Mediterranean", "Mediterranean Sea", "Middle East", "Indo-Pacific", "Asia-Pacific", "Pacific Islands",
    "Pacific", "Atlantic", "Arctic", "Indian Ocean", "Pacific Ocean", "Atlantic Ocean", "Horn of Africa",
    "Sahel", "Balkans", "Caucasus", "Central Asia", "Southeast Asia", "East Asia", "Northeast Asia",
    "South Asia", "Europe", "Asia", "Africa", "Latin America", "North America", "South America",
    "Eastern Europe", "Western Europe", "Gulf of Aden", "Gulf of Oman", "Northern Limit Line",
)
# Organisations named "<country> Airlines", "Bank of <country>", ...: written forms around a
# country name, capital or demonym ({} is the place word).
_PLACE_ORGS = ("Air {}", "{} Airlines", "{} Airways", "{} Air Lines", "Bank of {}", "Central Bank of {}",
               "Reserve Bank of {}", "National Bank of {}")
_DEMONYM_ORGS = ("{} National Bank", "{} Central Bank", "{} Airlines", "{} Airways")
_AIRLINE_WORDS = ("Airlines", "Airways")
RULER_CAPITAL_POPULATION = 100_000


def _variants(name: str) -> set[str]:
    forms = {name}
    if "'" in name:
        forms.add(name.replace("'", "’"))
    if name.startswith("the "):
        forms.add(name[4:])
    return forms


def _ruler_capitals(gaz: countries.Gazetteer, hand: dict[str, str]) -> list[str]:
    """Capitals of :data:`RULER_CAPITAL_POPULATION` inhabitants or more, and the hand-kept forms."""
    return [written for written, code in gaz.written_capitals.items()
            if written in hand or any(p.country == code and p.kind == "city" and p.population >= RULER_CAPITAL_POPULATION
                                      for p in places.candidates(written))]


def gazetteer_patterns() -> list[dict]:
    """EntityRuler patterns: token-exact, case-sensitive forms from the country and place tables."""
    gaz = countries.load()
    hand = countries.hand_kept()
    patterns: list[dict] = []
    seen: set[tuple[str, str]] = set()

    def add(label: str, text: str) -> None:
        for form in sorted(_variants(text)):
            if (label, form) not in seen and form.strip():
                seen.add((label, form))
                patterns.append({"label": label, "pattern": form})

    for name in gaz.canonical.values():
        add("GPE", name)
    for written in gaz.written_names:
        add("GPE", written)
    capitals = _ruler_capitals(gaz, hand["capitals"])
    for written in capitals:
        add("GPE", written)
    # "U.S." is an adjective too, but tagged as the country; a demonym that is also a country's
    # name ("New Zealand", "Djibouti") stays a GPE.
    demonyms = {d: c for d, c in gaz.written_demonyms.items() if d != "U.S." and countries.key(d) not in gaz.names}
    for written in demonyms:
        add("NORP", written)
    for written in gaz.written_organizations:
        add("ORG", written)
    for region in _REGIONS:
        add("LOC", region)
    words = {form for (label, form) in seen if label in ("GPE", "NORP")}
    for name in places.multiword_names():
        parts = name.split()
        if any(" ".join(parts[i:j]) in words for i in range(len(parts)) for j in range(i + 1, len(parts) + 1)):
            add("GPE", name)  # "New Mexico", "Mexico City": not "New" + the country
    org_places = [n for n in (*gaz.canonical.values(), *hand["names"], *capitals) if not n.startswith("the ")]
    for place in org_places:
        for form in _PLACE_ORGS:
            add("ORG", form.format(place))
    for demonym in demonyms:
        if not (demonym[:-1] in demonyms and countries.plural_demonym(demonym[:-1]) == demonym):  # not "Koreans"
            for form in _DEMONYM_ORGS:
                add("ORG", form.format(demonym))
    # "China Eastern Airlines", "Thai Airways International": one title-case word between.
    singles = sorted({p for p in org_places if " " not in p} | {d for d in demonyms if " " not in d})
    patterns.append({"label": "ORG", "pattern": [{"ORTH": {"IN": singles}}, {"IS_TITLE": True},
                                                  {"ORTH": {"IN": list(_AIRLINE_WORDS)}}]})
    return patterns


class EndAnchoredMatcher:
    """The gazetteer ruler's token :class:`~spacy.matcher.Matcher`, run only over the stretches
    of a Doc where one of its patterns can end.

    spaCy's EntityRuler runs its token Matcher over every token of every Doc, and the one token
    pattern above ("China Eastern Airlines") starts with a word set, which the Matcher tests
    with a Python call at each token. Every token pattern here has a fixed length (no operator)
    and a last token whose form (``ORTH``) must be one of a few words ("Airlines", "Airways"), so
    a match ends on such a token and lies in the pattern's length of tokens before it; each test
    looks at its own token only, so the wrapped Matcher over those windows (overlapping ones
    joined) finds the same matches, in the same order, as over the whole Doc. Anything else the
    ruler asks of its Matcher (``add``, ``remove``, ``len``) is the wrapped Matcher's; a pattern
    added afterwards turns the windows off (the whole Doc is matched again).
    """

    def __init__(self, matcher, anchors: dict[int, int]) -> None:
        self.matcher = matcher
        self.anchors = anchors  # ORTH id of a last token -> the longest pattern ending on it

    @classmethod
    def wrap(cls, ruler) -> "EndAnchoredMatcher | None":
        """The wrapper for ``ruler.matcher``, or None when a token pattern is not of that kind."""
        from spacy.strings import get_string_id

        strings = ruler.nlp.vocab.strings
        anchors: dict[int, int] = {}
        patterns = [p for group in ruler.token_patterns.values() for p in group]
        if not patterns:
            return None
        for pattern in patterns:
            if not isinstance(pattern, list) or not pattern or not all(isinstance(spec, dict) and "OP" not in spec
                                                                         for spec in pattern):
                return None
            last = pattern[-1]
            value = last.get("ORTH", last.get("TEXT")) if ("ORTH" in last) != ("TEXT" in last) else None
            if isinstance(value, str):
                ids = {strings.add(value)}  # as the Matcher reads a plain value
            elif isinstance(value, dict) and set(value) == {"IN"} and isinstance(value["IN"], list) \
                    and all(isinstance(v, str) for v in value["IN"]):
                ids = {get_string_id(v) for v in value["IN"]}  # as its set predicate does
            else:
                return None
            for orth in ids:
                anchors[orth] = max(anchors.get(orth, 0), len(pattern))
        return cls(ruler.matcher, anchors)

    def __call__(self, doc, **kwargs):
        import numpy
        from spacy.attrs import ORTH
        from spacy.tokens import Doc

        from ..tokenarrays import merged_windows

        if self.anchors is None or kwargs or not isinstance(doc, Doc):
            return self.matcher(doc, **kwargs)

        n = len(doc)
        if not n:
            return self.matcher(doc)
        orth = doc.to_array(ORTH).reshape(-1)
        windows = []
        for value, length in self.anchors.items():
            for i in numpy.flatnonzero(orth == value).tolist():
                windows.append((max(0, i + 1 - length), i + 1))
        if not windows:
            return []
        out = []
        for s, e in merged_windows(windows):
            out.extend((key, s + a, s + b) for key, a, b in self.matcher(doc[s:e]))
        return out

    def add(self, *args, **kwargs):
        self.anchors = None  # a new pattern: the whole Doc again
        return self.matcher.add(*args, **kwargs)

    def __getattr__(self, name: str):
        if name == "matcher":
            raise AttributeError(name)
        return getattr(self.matcher, name)

    def __len__(self) -> int:
        return len(self.matcher)

    def __contains__(self, key) -> bool:
        return key in self.matcher

    def __reduce__(self):
        return (EndAnchoredMatcher, (self.matcher, self.anchors))
