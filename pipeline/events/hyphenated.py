"""Keep the lexicon's hyphenated trigger words whole in the tokenizer.

English writes many event words with a hyphen: news-agency style has "cease-fire", British
spelling "co-operate" and "co-ordinate", and nominalised phrasal verbs come as "build-up",
"pull-out" or "pull-back"; the prefix "co-" makes a joint act of a trigger verb ("co-hosted
the summit", "co-chaired the meeting"). spaCy's English tokenizer splits a hyphen between two
letters, so "build-up" becomes "build", "-", "up" with "up" as the head, and "co-chaired"
becomes "co", "-", "chaired" with "co" parsed as the main verb: the lexicon entry written with
the hyphen is never looked up, and the clause loses its verb. A tokenizer special case for each
hyphenated trigger form (and its inflections) keeps the word one token, so the tagger, the
parser and the lexicon see the word the writer wrote.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokenizer import Tokenizer

    from .lexicon import Lexicon

_HYPHENATED = re.compile(r"[a-z]+(?:-[a-z]+)+")


def hyphenated_triggers(lex: "Lexicon") -> frozenset[str]:
    """The trigger forms of the lexicon written with a hyphen (verbs, nouns, light verbs).

    Args:
        lex: The event trigger lexicon (:func:`pipeline.events.lexicon.load`).

    Returns:
        Lower-case forms such as ``"cease-fire"`` and ``"co-operate"``.
    """
    forms = [*lex.verbs, *lex.nouns, *lex.light_verbs]
    return frozenset(f for f in forms if _HYPHENATED.fullmatch(f))


def inflections(word: str) -> tuple[str, ...]:
    """The word with the regular English noun and verb endings ("co-host" -> "co-hosts",
    "co-hosted", "co-hosting"; "co-operate" -> "co-operates", "co-operated", "co-operating").

    Irregular or doubled forms are not made: a hyphenated trigger ends in its second word, and
    the ones in use ("up", "out", "fire", "host", "chair", "operate") take regular endings.
    """
    if word.endswith("e"):
        return word, word + "s", word + "d", word[:-1] + "ing"
    if word.endswith(("s", "x", "ch", "sh")):
        return word, word + "es", word + "ed", word + "ing"
    return word, word + "s", word + "ed", word + "ing"


def special_forms(words: Iterable[str]) -> list[str]:
    """Every inflection of each word, in lower case and with a capital first letter (the
    sentence-initial "Cease-fire talks ...")."""
    out: list[str] = []
    for word in sorted(set(words)):
        for form in inflections(word):
            out += [form, form[0].upper() + form[1:]]
    return out


def keep_hyphenated_words(tokenizer: "Tokenizer", lex: "Lexicon") -> None:
    """Add a tokenizer special case keeping each hyphenated trigger form one token.

    Args:
        tokenizer: The loaded pipeline's tokenizer (changed in place).
        lex: The event trigger lexicon.
    """
    from spacy.symbols import ORTH

    for form in special_forms(hyphenated_triggers(lex)):
        tokenizer.add_special_case(form, [{ORTH: form}])
