"""Who a bare title stands for: "the President", "the Vice President", "the Chancellor".

Readouts and statements name a person once with title and name ("President Joseph R. Biden,
Jr. spoke today with Chancellor Olaf Scholz") and then by the title alone ("The President
welcomed ...", "the Chancellor's leadership"). The title refers to the person holding that
office in the article: the role (from the roles stage) whose title ends with the same words,
nearest before the reference.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..records import Role

RANK_MODIFIERS = frozenset({"vice", "deputy", "former", "assistant", "acting", "principal", "under", "associate"})
"""Words that make a different office of the title after them: "the President" is not the
Vice President, "the Secretary" not a Deputy Secretary."""


def office_words(title: str) -> list[str]:
    """The words of a role title before an "of/for" complement, lower case:
    "Secretary of Foreign Affairs" -> ["secretary"], "Prime Minister" -> ["prime", "minister"]."""
    words: list[str] = []
    for w in title.lower().replace(",", " ").split():
        if w in ("of", "for", "to", "on"):
            break
        words.append(w)
    return words


def titled_person(words: tuple[str, ...], at: int, roles: Iterable[Role]) -> str | None:
    """Entity id of the person a bare title refers to, or None.

    Args:
        words: The reference's title words in order, lower case ("vice", "president").
        at: Character offset of the reference (the nearest role named before it wins; after
            it, the nearest after).
        roles: The article's roles.
    """
    n = len(words)
    if n == 0:
        return None
    best: tuple[tuple[bool, int], str] | None = None
    for r in roles:
        if not r.person:
            continue
        title = office_words(r.title)
        if title[-n:] != list(words):
            continue
        if len(title) > n and title[-n - 1] in RANK_MODIFIERS:
            continue
        start = r.evidence.start
        key = (start <= at, start if start <= at else -start)
        if best is None or key > best[0]:
            best = (key, r.person)
    return best[1] if best else None
