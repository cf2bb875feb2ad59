"""Whether a holder name that the roles stage read (not the NER) looks like a personal name.

Kept apart from :mod:`pipeline.roles` so that each stays a readable size; behaviour is unchanged.
"""

from __future__ import annotations

import re

from ..knowledge.offices import ORG_LAST_WORDS, load_offices
from ..knowledge.wordlists import word_set
from ..names import SUFFIXES


# Derivational endings of English abstract and collective nouns ("Announcements", "Regulations",
# "Partnership", "Readiness"): no surname or given name ends so ("-ings" and "-ence" do: Jennings,
# Lawrence, so they are not here).
_ABSTRACT_NOUN = re.compile(r"(?:ments?|tions?|sions?|ness|nesses|ities|ships?|isms?|ures)$", re.IGNORECASE)


def looks_like_holder_name(name: str, lower_words: frozenset[str] = frozenset()) -> bool:
    """Whether a holder name the roles stage read (not the NER) looks like a personal name.

    Each word must be capitalised; a one-word name must not be an office, status or body word of
    the office ontology ("Nominee", "Coalition", "Order"), the head of a meeting's or a prize's
    name ("Summit", "Award"), an abstract noun ("Announcements"), or a word of more than three letters the
    article also writes in lower case ("Loopholes" in a Title Case heading, "loopholes" in the
    text).

    Args:
        name: The holder's name as written.
        lower_words: The words the article writes in lower case.
    """
    words = [w for w in re.findall(r"[^\s,]+", name) if w.strip(".")]
    if not words or any(not w[:1].isupper() for w in words if w.lower() not in _PARTICLES):
        return False
    if words[0].lower() in SUFFIXES:
        return False  # "Martin Luther King | Jr. Boulevard": the end of a name read after a title word
    if words[0].lower() in _OPENING_FUNCTION_WORDS:
        return False  # "Special Prosecutor | Against Impunity": a remit's words, no name opens with a preposition
    if len(words) > 1 and words[-1].lower().strip(".’'") in _DOCUMENT_WORDS | _GATHERING_WORDS | _AWARD_WORDS:
        return False  # "President Pro Tempore of the Senate Regarding the War | Powers Report": a document's name
    off = load_offices()
    vocab = off.heads | off.modifiers | off.gov_body_words | frozenset(off.status_words) | ORG_LAST_WORDS | _DOCUMENT_WORDS \
        | _GATHERING_WORDS | _AWARD_WORDS
    content = [w.lower().strip(".’'") for w in words if w.lower() not in _PARTICLES]
    if content and all(w in vocab or w.rstrip("s") in vocab for w in content):
        return False  # "Executive Order", "Nominee", "Deputy Secretaries"
    if len(content) == 1:
        w = content[0]
        return not (_ABSTRACT_NOUN.search(w) or len(w) > 3 and w in lower_words)
    return True


# Kinds of official documents, which a heading writes after an office ("Presidential Executive
# Order", "Secretary Statement"): words of a heading, not names.
_DOCUMENT_WORDS = word_set("roles", "document_words")
# Heads of the names of meetings, which end the name after an office word ("the Arctic Leader
# Summit", "a Foreign Ministers Meeting"): words of the meeting's name, not a holder's.
_GATHERING_WORDS = word_set("entities", "gathering_nouns")
# Heads of the names of prizes ("the Young Leader Award"): after an office word they end the
# prize's name, as they end it for the entities stage.
_AWARD_WORDS = word_set("entities", "award_heads")
# English prepositions and conjunctions that open a remit or a heading's phrase, never a personal
# name (closed-class words; the name particles "de", "van", "bin" are listed apart in _PARTICLES).
# "To", "In" and "Or" are left out: they are also family names ("General Secretary To Lam")
_OPENING_FUNCTION_WORDS = frozenset({"against", "for", "of", "on", "at", "by", "with", "from", "into",
                                     "about", "regarding", "and", "the", "through", "under", "over", "between"})
_PARTICLES = frozenset({"de", "da", "del", "der", "van", "von", "bin", "al", "el", "la", "le", "di", "du", "dos", "das"})
