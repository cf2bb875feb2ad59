"""Ages written as bare numbers: "children under the age of 5", "between the ages of 6 and 17",
"adults 65 and over", "35 or younger", "kids under five", "when they turn two". The guide counts no ages (an age is an
attribute of a person, like a duration; the development gold leaves "at the age of nine" out), so
a number read as an age is no quantity.

Ages are told by the words around a number that has no noun of its own: the noun "age" before it
("the age of 13", "ages 12"), a comparison after it ("12 and up", "35 or younger"), or a plural
noun of people compared by "under"/"over" ("children under 5"). A number with its own noun
("children under 5 pounds", "over 500 schools") or money or a percentage is left to the stage.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import numbers as num
from ..knowledge.wordlists import word_set
from .lexicon import AGE_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Doc

# "65 and over", "12 and up", "35 or younger", "five and under"
_AGE_AFTER = frozenset({"older", "younger", "up", "over", "under", "above", "below"})
# "children under 5", "adults over 65", "those under 18"
_AGE_COMPARE = frozenset({"under", "over", "above", "below"})
# Pronouns that stand for people before such a comparison: "those under 18", "anyone over 65".
_PEOPLE_PRONOUNS = frozenset({"those", "anyone", "anybody", "everyone", "everybody"})
# The second end of an age range: "the ages of 6 and 17", "ages 5 to 11", "ages 12-15".
_RANGE_LINKS = frozenset({"and", "to", "through", "-", "–", "or"})
_OLDEST = 130


def is_age(doc: "Doc", start: int, end: int) -> bool:
    """True when the number ``doc[start:end]`` is a person's age (see the module docstring).

    Args:
        doc: The parsed article.
        start: The number's first token.
        end: The token after the number.
    """
    value = _whole(doc, start, end)
    if value is None or not _bare(doc, end):
        return False
    if _age_before(doc, start):
        return True
    if start >= 1 and doc[start - 1].lemma_.lower() == "turn" and doc[start - 1].pos_ in ("VERB", "AUX"):
        return True  # "by the time they turn two", "when she turned 18"
    if start >= 2 and doc[start - 1].lower_ in _RANGE_LINKS and _whole(doc, start - 2, start - 1) is not None \
            and _age_before(doc, start - 2):
        return True  # "between the ages of 6 and 17": the range's second end
    if end + 1 < len(doc) and doc[end].lower_ in ("and", "or") and doc[end + 1].lower_ in _AGE_AFTER \
            and _bare(doc, end + 2):
        return True  # "65 and over", "35 or younger"
    if start >= 2 and doc[start - 1].lower_ in _AGE_COMPARE:
        who = doc[start - 2]
        return who.lower_ in _PEOPLE_PRONOUNS or (who.tag_ in ("NNS", "NNPS") and who.pos_ in ("NOUN", "PROPN")
                                                  and _people(who))
    return False


def _age_before(doc: "Doc", start: int) -> bool:
    """ "age 12", "aged 71", "the age of 13", "ages of 6": the noun "age" right before the number."""
    if start >= 1 and doc[start - 1].lower_ in AGE_WORDS:
        return True
    return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in ("age", "ages")


def _whole(doc: "Doc", start: int, end: int) -> int | None:
    """The value of a small whole number an age can be ("5", "five", "sixty-five"), else None."""
    words = [t.text for t in doc[start:end]]
    if any(num.scale_word(w) for w in words) or any("," in w or "." in w for w in words):
        return None
    value = num.parse(words)
    if value is None or value != int(value) or not 0 < value < _OLDEST:
        return None
    return int(value)


def _bare(doc: "Doc", end: int) -> bool:
    """True when no noun, unit or percent sign follows the number (it counts nothing itself)."""
    if end >= len(doc):
        return True
    nxt = doc[end]
    return not (nxt.pos_ in ("NOUN", "PROPN", "NUM") or nxt.text in ("%", "-", "–") or nxt.lower_ in ("percent", "per"))


def _people(noun) -> bool:
    """A plural noun of people that English compares by age ("children under 5", "adults over
    65", "Americans over 65": a nationality), rather than by a measure ("temperatures over 100")."""
    return noun.lower_ in _AGED_NOUNS or (noun.pos_ == "PROPN" and noun.ent_type_ == "NORP")


# Plural nouns of people that take an age comparison; any other plural keeps its number (a measure
# or score whose unit was left out is still a quantity of the stage's).
_AGED_NOUNS = word_set("quantities", "aged_nouns")
