"""Vocabulary of the quantities stage: qualifiers, verbs of having and placing, noun forms.

Word lists that decide what a number is (a bound, an estimate, a year) and how a counted noun
is named (its singular lemma and category). Knowledge about units themselves (counted military
nouns, currencies, physical units) lives in :mod:`pipeline.knowledge.units`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .. import numbers as num
from ..knowledge.units import tables
from .measures import is_physical

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Words before a number that bound or hedge it; the longest match wins.
APPROXIMATE = {
    ("about",), ("approximately",), ("around",), ("roughly",), ("nearly",), ("almost",), ("some",),
    ("an", "estimated"), ("estimated",), ("~",), ("close", "to"), ("circa",), ("approx.",), ("approx",),
    ("an", "approximate"), ("upwards", "of"), ("just", "under"), ("just", "over"),
}
BOUNDS = {
    ("more", "than"), ("over",), ("at", "least"), ("up", "to"), ("less", "than"), ("fewer", "than"),
    ("as", "many", "as"), ("as", "much", "as"), ("as", "few", "as"), ("at", "most"), ("no", "more", "than"),
    ("no", "fewer", "than"), ("no", "less", "than"), ("under",), ("in", "excess", "of"), ("below",),
    ("above",), ("exceeding",), ("nearly", "all"),
}
QUALIFIERS = sorted(APPROXIMATE | BOUNDS, key=len, reverse=True)
# Qualifiers by their last word, longest first: one dict look-up per number instead of a scan.
QUALIFIERS_BY_LAST: dict[str, list[tuple[str, ...]]] = {}
for _q in QUALIFIERS:
    QUALIFIERS_BY_LAST.setdefault(_q[-1], []).append(_q)

# Verbs whose subject owns the counted thing ("Russia has deployed 150,000 troops").
OWNER_VERBS = frozenset({
    "have", "comprise", "number", "include", "field", "maintain", "keep", "deploy", "send", "station", "base",
    "commit", "provide", "pledge", "announce", "invest", "spend", "contribute", "allocate", "make", "give",
    "offer", "donate", "dispatch", "mobilize", "mobilise", "total", "boast", "operate", "possess", "own",
    "budget", "earmark", "allot", "grant", "lend", "loan", "withdraw", "pull", "move", "rotate", "amass",
    "mass", "position", "transfer", "redeploy", "order", "purchase", "buy", "acquire", "call", "fire",
    "launch", "lead", "command", "approve", "raise", "increase", "boost", "set", "post", "assign", "field",
    "train", "recruit", "lose", "fly", "sail", "bring",
})
LOCATION_PREPS = frozenset({"in", "to", "at", "into", "inside", "within", "across", "throughout", "near",
                             "around", "through", "onto"})
# Extra prepositions that locate only in some contexts: "pulled out of Mali", "$5bn for Ukraine",
# "a strike on Odesa".
WITHDRAW_VERBS = frozenset({"withdraw", "pull", "remove", "recall", "evacuate", "repatriate", "retreat", "redeploy",
                             "bring", "draw"})
FROM_PREPS = frozenset({"from", "out"})
# Place nouns whose possessor is not where the thing is ("massed near Ukraine's border").
EDGE_NOUNS = frozenset({"border", "borders", "frontier", "frontiers", "boundary", "doorstep", "edge"})
# Verbs whose active subject is located where the verb says ("1,000 troops remain in Syria"); for
# other verbs ("25 nations signed the accord in Paris") the place is the event's, not the subject's.
PRESENCE_VERBS = frozenset({"be", "remain", "stay", "live", "arrive", "rotate", "serve", "operate", "patrol",
                             "gather", "mass", "sail", "fly", "land", "train", "wait", "die", "return", "enter",
                             "cross", "move", "head", "deploy", "station", "base", "fight", "hide", "shelter",
                             "flee", "reside", "work"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
OWNER_LABELS = frozenset({"GPE", "NORP"})
NAME_ENT_LABELS = frozenset({"LAW", "PRODUCT", "EVENT", "FAC", "WORK_OF_ART", "ORG"})
DATE_ENT_LABELS = frozenset({"DATE", "TIME"})
PRE_MODIFIERS = frozenset({"other", "more", "additional", "new", "extra", "further", "few", "different",
                            "separate", "fresh", "total", "full"})
ELLIPSIS = frozenset({"more", "others", "other", "additional", "extra", "further"})
# Nouns whose singular form also counts many ("35 aircraft", "500 personnel").
INVARIANT = frozenset({"aircraft", "personnel", "staff", "police", "people", "sheep", "fish", "deer", "offspring",
                        "spacecraft", "hovercraft", "watercraft", "counsel", "crew", "cattle"})
RANGE_LINKS = frozenset({"and", "to", "or", "-", "–", "of"})
_HINT_WORDS = ("zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
               "sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|"
               "thousand|million|billion|trillion|dozen|half|quarter|dozens|scores|hundreds|thousands|millions|billions|tens|"
               "couple|lakh|crore").split("|")
# The pattern opens with the set of every character a match can start with, written case-
# sensitively, so that the regex engine skips from one such character to the next in C; the word
# boundary before a word is a look-behind after its first letter, and each word is tried only
# after its own first letter. The same matches as
# r"\d[\d,.]*|\b(?=[first letters])(?:zero|one|...)\b" with IGNORECASE (about a quarter of its
# time). The set holds both cases of each first letter and the characters IGNORECASE also takes
# for them (the long s "\u017f" for "s").
_HINT_FIRSTS: dict[str, list[str]] = {}
for _w in _HINT_WORDS:
    _HINT_FIRSTS.setdefault(_w[0], []).append(_w[1:])
_HINT_STARTS = "".join(sorted({c for c in "".join(_HINT_FIRSTS) + "".join(_HINT_FIRSTS).upper() + "\u0130\u0131\u017f\u212a"
                               if re.fullmatch("[" + "".join(_HINT_FIRSTS) + "]", c, re.IGNORECASE)}))
NUMBER_HINT = re.compile(
    r"(?-i:[\d" + _HINT_STARTS + r"])(?:(?<=\d)[\d,.]*|(?<!\w.)(?:"
    + "|".join(f"(?<={c})(?:{'|'.join(rests)})" for c, rests in _HINT_FIRSTS.items()) + r")\b)",
    re.IGNORECASE,
)
del _w
# Verbs and nouns of change -> direction: the number they take is the amount of the change ("rose
# 2%", "a cut of 300 troops").
CHANGE_VERBS = {
    # Not "raise" ("raised $10m" is money collected), "advance" ("advanced 5 km") or "lose".
    **dict.fromkeys(("rise", "increase", "grow", "climb", "jump", "gain", "surge", "soar", "rally", "expand",
                     "boost", "add", "swell"), "increase"),
    **dict.fromkeys(("fall", "decrease", "drop", "decline", "slip", "slide", "sink", "plunge", "tumble", "shrink",
                     "cut", "reduce", "lower", "slash", "shed", "ease", "dip", "contract", "trim", "plummet"),
                    "decrease"),
}
# Verbs of movement whose particle "up" may stand before "to" + a level ("edged up to 4.3%",
# "ticked up to 3.9%", "was revised up to 2.1%"); with them "up to" is no bound. Not "rise",
# "jump" or "surge": "prices could rise up to 10%" gives a bound on the rise.
UP_MOVES = frozenset({"edge", "tick", "inch", "creep", "move", "go", "climb", "rally", "bounce", "push", "ratchet",
                      "revise", "bump", "step", "drift", "trend", "head", "pick", "nudge", "round", "mark", "grind",
                      "crawl"})
CHANGE_NOUNS = {
    **dict.fromkeys(("rise", "increase", "growth", "jump", "gain", "surge", "hike", "boost", "expansion",
                     "uptick", "upturn", "addition"), "increase"),
    **dict.fromkeys(("fall", "decrease", "drop", "decline", "cut", "reduction", "loss", "slump", "plunge",
                     "contraction", "downturn", "drawdown", "dip"), "decrease"),
}
AGE_WORDS = frozenset({"aged", "age", "ages"})
# Words after which a bare numeral is still a count or amount ("from 2,000 to 2,500").
BARE_OK = frozenset({"from", "to", "than", "at", "by", "of", "between", "and", "reached", "reach", "totaled",
                      "totalled", "total", "numbered", "is", "are", "was", "were", "about", "nearly", "over",
                      "past"})  # "the yen weakened past 155 per dollar", "the index climbed past 9,000": a level crossed
# Verbs whose bare-number object (or passive subject) is people: wire stories leave the noun out
# once the victims are named ("killing three", "11 were injured", "rescued 40"), and "died",
# "drowned", "survived", "remain missing" say it of their subject ("three died", "11 remain missing").
PEOPLE_OBJECT_VERBS = frozenset({"kill", "injure", "wound", "hurt", "kidnap", "abduct", "rescue", "evacuate",
                                 "arrest", "detain", "hospitalise", "hospitalize", "execute", "displace",
                                 "strand", "trap", "drown", "maim", "behead", "shoot", "stab"})
PEOPLE_SUBJECT_VERBS = frozenset({"die", "drown", "survive", "perish", "remain", "be"})
# What "remain" or "be" must say of its subject to be about people ("11 remain missing", "five were dead").
PEOPLE_STATES = frozenset({"missing", "unaccounted", "hospitalised", "hospitalized", "trapped", "stranded", "dead"})
# Temperature scale names -> the unit a temperature is recorded in (pint's names, as the catalogue
# writes them), whatever the case the text writes the scale in.
TEMPERATURE = {"celsius": "degree Celsius", "centigrade": "degree Celsius", "fahrenheit": "degree Fahrenheit"}


def category_of(unit: str | None) -> str:
    """Quantity category of a counted-noun lemma (currency and percent are decided earlier)."""
    t = tables()
    if unit is None or not unit.strip():
        return "count"  # no noun after the number ("a 250-strong." at a sentence's end)
    u = unit.lower()
    last = u.split()[-1]
    if u in t.personnel or last in t.personnel or u in t.formations or last in t.formations:
        return "personnel"
    if u in t.equipment or last in t.equipment or num.is_designation(unit.upper()):
        return "equipment"
    if u in t.percent:
        return "percent"
    if u in t.measures or last in t.measures or u.split()[0] in t.measures or is_physical(u):
        return "other"
    return "count"


# ("the 2000 elections", "in 2000 troops left"); kept in step with pipeline.dates.
YEAR_CUES = frozenset({"the", "in", "by", "since", "until", "till", "before", "after", "during", "through"})


def looks_like_year(text: str) -> bool:
    return text.isdigit() and len(text) == 4 and 1000 <= int(text) <= 2199


# Nouns that name a value rather than count things: "the 5000 mark", "the 100 level".
LEVEL_NOUNS = frozenset({"mark", "level", "threshold", "barrier", "milestone", "line", "figure", "point"})
# Modifiers that make "company" a military unit ("two infantry companies").
COMPANY_CUES = frozenset({"infantry", "rifle", "tank", "armored", "armoured", "mechanized", "mechanised", "marine",
                           "commando", "airborne", "engineer", "artillery", "military", "army", "paratrooper",
                           "parachute", "reconnaissance", "combat", "guard", "guards", "special", "assault",
                           "security", "police", "support", "ranger", "motorized", "motorised"})


DETERMINERS = frozenset({"the", "these", "those", "all", "both", "its", "their", "his", "her", "our", "your", "my",
                          "every", "each", "any", "top", "last", "first", "next"})
BARE_DEPS = frozenset({"dobj", "pobj", "nsubj", "nsubjpass", "attr", "appos", "npadvmod"})
# Abstract nouns that "one" introduces as a determiner rather than counts ("one thing I know",
# "one important example", "one simple reason"): the guide counts things, people and amounts,
# and a single item of talk (a reason, an example, a lesson) is no count.
DISCOURSE_ONE = frozenset({"thing", "example", "reason", "way", "point", "question", "issue", "word", "lesson",
                           "idea", "aspect", "factor", "fact", "message", "thought", "instance", "note", "sense",
                           "announcement", "update"})
# Singular nouns with which "one" means "a single, undivided" rather than a count (dictionaries
# list the sense and its idioms: "under one roof", "with one voice", "of one mind", "in one piece",
# "in one go", "at one stroke", "in one fell swoop", "one world"): the text stresses unity and
# there is nothing of which one was counted.
UNITY_ONE = frozenset({"world", "roof", "voice", "mind", "heart", "accord", "piece", "go", "swoop", "breath",
                       "stroke", "umbrella", "banner", "future", "flag",
                       "people"})  # "one people": a nation (a count of persons says "one person")
# Prepositions after which "one" and a count noun name the single whole something becomes or sits
# under ("merged into one agency", "under one command"); "under one" is no bound on a count of
# things, which has no value between none and one.
UNITY_PREPOSITIONS = frozenset({"into", "under"})
# Plural subjects that "be one <noun>" makes a single whole ("we are one family").
_PLURAL_PRONOUNS = frozenset({"we", "they", "us", "them"})


def unity_one(doc: "Doc", start: int, noun: "Token") -> bool:
    """True when "one" at ``start`` before ``noun`` means a single undivided whole: an idiom noun
    ("under one roof", "with one voice"), the whole something merges into or sits under ("into
    one agency", "under one command"), or what a plural subject is or becomes ("we want to be one
    unified body", "the two nations became one state")."""
    if noun.lower_ in UNITY_ONE or start > 0 and doc[start - 1].lower_ in UNITY_PREPOSITIONS \
            and category_of(noun.lower_) == "count":
        return True
    if noun.dep_ == "conj" and noun.head.pos_ == "NOUN":  # "we are one people and one nation"
        first = next((c for c in noun.head.children if c.dep_ == "nummod" and c.lower_ == "one"), None)
        return first is not None and unity_one(doc, first.i, noun.head)
    verb = noun.head
    if noun.dep_ != "attr" or verb.lemma_.lower() not in ("be", "become", "remain") \
            or any(c.dep_ == "conj" for c in noun.children):
        return False  # "the victims were one man and two women" lists a count
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "xcomp":  # "we all want to be one ...": the subject of "want"
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return subj is not None and (subj.lower_ in _PLURAL_PRONOUNS or subj.tag_ in ("NNS", "NNPS"))
